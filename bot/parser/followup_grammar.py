"""What a follow-up sounds like, as data: regular expressions over the normalised message (lower case,
contractions expanded) or, where they name `@` tokens, over its template (template.py: `@d` a day or window,
`@h` a clock time, `@n` a length, and here `@r` a day counted from the one talked about, "the day after").

followup.py reads a message against the conversation with these tables; README.md lists what each follow-up
resolves to.
"""

from __future__ import annotations

# Interjections before the point: "oh right, sorry, I meant 5:15", "ok, cancel it then", "no, not that one".
LEAD = (
    r"^(?:(?:no|nope|nah|sorry|oops|whoops|oh|ah|right|wait|hm+|um|uh|actually|i mean|i (?:actually )?meant"
    r"|meant|rather"
    r"|correction|make that|my bad|my mistake|not (?:that|this) one either|not that either|not that one"
    r"|not that"
    r"|ok|okay|so|and|but|then|also|well|jane"
    r"|on second thoughts?|second thoughts|come to think of it|thinking about it|scratch that idea"
    # "on reflection, I would prefer Friday, not Thursday": the change itself follows
    r"|on reflection|(?:i|we) (?:would|d) (?:prefer|rather|rather have|sooner)|(?:i|we) prefer"
    r"|yes|yeah|yep|great|perfect|cool|good|nice|awesome|excellent|lovely|hey|please|thanks|thank you"
    r"|kindly|thank you kindly|thanks so much|thank you so much|thanks a lot|many thanks|i see|right"
    r"|understood"
    r"|sorry about that|my apologies|oh wait|hang on|hold on|one sec|one second|wait a sec|wait a second"
    # "sorry, I was thinking of the Elm Street one": what was meant
    r"|i was thinking of|i was thinking about|i was talking about|i am talking about|i was asking about"
    # "never mind, make it 2 instead": the first plan dropped for the one said next (alone, it withdraws)
    r"|never ?mind(?= ?, \w)"
    r"|no wait|fine|alright|all right|sure|ugh|urgh|argh|meh|erm|er|eh|ahh|uhh|umm|hmm+|welp|oh well|ah well"
    r"|sigh|wow|whoa|phew|whew|bummer|yay|yikes|oof|ouch|omg|geez|jeez|man|dang|darn|shoot|sweet|aw+|shucks"
    r"|ok then|fine then|alright then|lol|haha|lmao|heh|ha|oh well then|pls|plz|you know what|tbh|honestly"
    # "wait, wrong day - I meant the day after tomorrow", "sorry wrong deal, I meant the Elm St one"
    r"|wrong (?:day|date|time|deal|one|length|slot|person|week|month)|(?:that is|that was) wrong"
    # a reason about length before the change itself: "it'll probably run long, make it an hour"
    r"|(?:it|this|that|we|they|he|she|the (?:call|meeting|session|appointment))(?: will| would| might| may"
    r"| could| is going to| is gonna| is| are)?(?: probably| likely| definitely| surely| prob| def)?"
    r" (?:run|go|take|need|be|last|drag)(?: on)? (?:long|longer|over|a while|a bit longer|forever|ages"
    r"|more time|extra time|longer than (?:that|planned|usual|expected))(?: i think| tbh)? ,"
    r")(?: ,| -)? )+"
)
# A lead that corrects what was just said rather than adds to it.
CORRECTING = (
    r"\b(?:no|nope|nah|sorry|oops|whoops|wait|actually|i mean|i meant|meant|rather|correction|make that"
    r"|my bad|my mistake|not that|second thoughts?|wrong|thinking of|thinking about|talking about)\b"
)

# "the day after (that)", "the morning after", "the next day": a day counted from the one talked about,
# in days (`RELATIVE_DAYS`, over the words) and as the token `@r` (`RELATIVE_TOKEN`, over the template).
RELATIVE_DAYS = (
    (r"\b(?:day|morning|afternoon|evening|night) after\b(?! tomorrow)|\bthe (?:next|following) (?:day|morning"
     r"|afternoon|evening)\b", 1),
    (r"\b(?:day|morning|afternoon|evening|night) before\b(?! yesterday)|\bthe previous day\b", -1),
    (r"\bweek after\b", 7),
    (r"\bweek before\b", -7),
)  # fmt: skip
RELATIVE_TOKEN = (
    # ("tomorrow after 4pm" is a time of that day: "after" a time is no day counted)
    r"(?:the )?(?:day|week) (?:after|before)(?: (?:that|this|it|next))?"
    r"|(?:the )?@d (?:after|before)(?! @h)(?: (?:that|this|it|next))?"
    r"|the (?:next|following|previous) (?:day|@d)"
)
# Nothing but a time, maybe with "and", "what about", "then", "instead": "and at 2?", "what about 11:30
# then?", "what about the same time the day after?" (the time kept, the day moved).
# "what is on friday?" is a question of its own (the agenda), whatever was asked before.
TIME_ONLY = (
    r"^(?!(?:and |so |ok |okay )*what is (?:on |happening |going on |planned |@))"
    r"(?:(?:what|how)(?: about)? |and |is |for |on |at |by |in |the |maybe |or |say |just |only |try "
    # "so is 3 definitely free?", "would 11:15 work?": whether the time is free
    r"|so |then |ok |okay |would |will |does |do |definitely |still "
    # "anything after 1?", "and before 10?": the window talked about, bounded (slots.open_ended)
    r"|same time |anything |(?:(?:any|some)thing |what is )?(?:after|before|later than|earlier than) )*"
    r"(?:@[dhnr]"
    r"|\d{1,2}(?::\d\d)?)(?: (?:@[dhnr]|\d{1,2}(?::\d\d)?|and|or|then|instead|too|again|that|there|though|,"
    r"|please|one|work|works|ok|okay|good|rather|for me|for @h|at|on|same time|same day|that day"
    r"|that same day|free|open|clear|available|still|definitely|actually|really|right|correct|yes|yeah|be"
    r"|would|will|is|fine|suit me|possible|doable|better))*$"
)
# A time-only follow-up that asks whether the time is free rather than choosing it: "is 3 definitely free?",
# "so 11:15 would work?" (over the words)
ASKS_IF_FREE = r"\b(?:free|open|clear|available)\b|\b(?:work|works|fine|ok|okay|good|suit me)\b(?=.*\?)"
# A bare number that can only be a time in a follow-up: "make it 7", "how about 2?", "can we do 3 instead".
BARE_HOUR = (
    # ("actually make that reminder 10": the thing named before the hour)
    r"(?:^|\b(?:it|that|about|do|at|to|for|try|make|say|maybe|and|meant|mean|is|so|reminder|agenda|review) )"
    r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?"
    r"(?= instead| then| please| ,|$| works?| ok| okay| would| is| for now| definitely| still| really| free)"
)

# "move it to 4", "push it back an hour", "make it 45 minutes", "let's do Monday instead", "rebook it for
# friday" (a booking turned down, tried again): an edit of the thing last arranged, when what follows the
# verb is only a time (EDIT_REST). A verb that moves something needs a pronoun: "move tomorrow's 10am to
# Thursday" names its own event.
EDIT = (
    r"^(?:(?:can|could|would|will) (?:we|you|i) |let us |lets |please |how about we |maybe |just )?(?:"
    r"(?:move|push"
    r"|bump|shift|slide|change|switch|reschedule|put|set|pull|extend|shorten|cut|trim|lengthen|stretch|book"
    r"|rebook|re book|redo"
    r"|schedule|keep|leave) (?:(?:the|that|this|my) (?:booking|meeting|call|appointment|reminder|time|draft"
    r"|agenda|slot|one)|it|that|this)(?: again)?"
    r"|(?:make|do|try|go with)(?: (?:(?:the|that|this|my) (?:booking|meeting|call|appointment|reminder|time"
    r"|draft|agenda|slot|one)|it|that|this))?)\b"
)
EDIT_REST = (
    r"^(?:\s*(?:@[dhnr]|\d{1,2}(?::\d\d)?|instead|then|please|just|only|long|longer|shorter|later|earlier|back|up"
    r"|actually|anyway|tho|though|after all|again"
    r"|forward"
    r"|ahead|out|down|to|at|on|for|by|and|an|a|the|same time|,))*\s*$"
)
# "it only takes 90 minutes", "should just be an hour", "the call needs 45 min tops": how long the thing
# just arranged really is, said as a statement (over the template: the length is @n and nothing else follows).
LENGTH_SAID = (
    r"^(?:(?:it|that|this|we|i|they|the (?:booking|meeting|call|appointment|inspection|session|one|thing))"
    r"(?: one)? )?"
    r"(?:(?:will|should|would|might|can|is going to|is gonna|only|just|really|actually|probably|realistically"
    r"|usually|normally) )*(?:take|takes|need|needs|last|lasts|run|runs|be|is)"
    r"(?: (?:only|just|about|around|roughly|like|more|maybe|max|at most|under|less than))* @n"
    r"(?: (?:tops|max|at most|long|or so|at the most|at most))?$"
    # "actually 30 minutes is plenty", "an hour should be enough", "an hour's plenty"
    r"|^@n (?:(?:is|should be|will be|would be|ought to be) )?(?:plenty|enough|fine|sufficient|all i need"
    r"|loads)$"
)
# "send it at 7:15 then", "have it come at 8 instead": the morning agenda or weekly review talked about, sent
# at another time (over the template; what follows must be only a time, as EDIT_REST says). A message that
# names the agenda or the review says itself which; "send it at 3" about anything else is asked back.
SEND_SETTING = (
    r"^(?:(?:can|could|would|will) you |please |just |then |maybe )?(?:send|deliver|have|get|schedule|set|do)"
    r"(?: me)? (?:it|that|this|them|one)(?: (?:come|arrive|go out|sent|out|over|to me|coming|arriving"
    r"|going out))?\b"
)
# "thursday would be better", "could it be at 3?", "I'd rather do friday": a new day or time said as a wish,
# right after something was arranged (over the words). Read only when the message has such a word and says
# nothing against the time ("I'm out friday" is no wish for friday).
RETIME_CUE = (
    r"\b(?:better|rather|prefer|preferably|instead|works?|make|change|move|switch|go (?:for|with)|say"
    r"|how about|what about|can it be|could it be|should be|can we|could we|let us|lets|push|bump|shift"
    r"|(?:we|let us|lets) do|try|meant|mean|is fine|would be (?:good|great|ideal|perfect)"
    # "half past nine would be more convenient", "three o'clock would suit rather better"
    r"|(?:more|most) convenient|suits? (?:me )?(?:rather |much |far )?better|preferable"
    # "could it come at 6:45?": the agenda or a reminder asked to arrive at another time
    r"|(?:can|could|would|will) (?:it|that|this|they) (?:come|arrive|go out|land|show up|be sent|get sent))\b"
)
RETIME_AGAINST = (
    r"\b(?:not|no longer|can not|cannot|cant|out|away|busy|off|unavailable|never|except|but not)\b"
)
# "friday at 2 instead of tomorrow": what follows names the old time, not the new one
INSTEAD_OF = r"\b(?:instead of|rather than|in place of)\b"
LATER, EARLIER = r"\b(?:back|later|out|delay)\b", r"\b(?:up|forward|earlier|ahead|sooner)\b"

# "cancel that", "never mind", "scrap it": withdrawing the last thing asked for (`noun` names its kind).
WITHDRAW = (
    # "ugh never mind, the buyers backed out", "oh wait, never mind cancel that": a sigh says nothing more
    r"^(?:(?:ugh|oh|ok|okay|wait|actually|lol|hm+|ah|oops|whoops|well|so|no|sorry|just"
    # "forgive me, jane, but I have thought better of it. please do cancel that."
    r"|(?:forgive me|pardon me|my apologies|apologies)(?: , jane)?(?: ,)?(?: but)?"
    r"(?: i (?:have |ve )?(?:thought better of it|changed my mind))?)(?: ,)? )*(?:"
    r"(?:(?:please|kindly)(?: do)? )?(?:cancel|scrap|scratch|drop|kill|nix|undo|call off|abort|forget"
    r"|disregard|ignore)"
    r"(?: (?:it|that|this"
    r"|that one|all that|the whole thing|my|the))?(?: (?:whole|entire))?(?: (?P<noun>reminder|booking|meeting"
    r"|call|appointment"
    r"|request|order|errand|task|draft|one))?(?: (?:then|please|for now|after all|too|instead|actually"
    r"|altogether|entirely|completely"
    r"|anyway|anyways|though|tho))*(?: ,.*)?$"
    r"|(?:never ?mind|nevermind|nvm|nm|forget (?:it|that|about it|about that)|do not bother|dont bother"
    r"|no need|call it off|scratch that|scrap that|do not do it|do not worry about it)"
    # "nvm forget it", "never mind, scratch that": two ways of saying it in one breath
    r"(?:(?: ,)? (?:forget (?:it|that|about it|about that)|scratch that|scrap that|do not bother|dont bother"
    r"|no need))?"
    r"(?: (?:that|this|it|about it|about that|on (?:it|that|all of it|all that|everything|both)|all of it"
    r"|the whole thing|everything))?(?: (?:then|please|after all|thanks|actually|anyway))*"
    # "nvm fixed it myself lol": what happened instead, said straight after
    r"(?: (?:i|we|they|he|she|it|fixed|found|got|sorted|figured|managed|solved|turns out)\b.*)?"
    # "nvm dont need it", "never mind, no longer needed": why, said without a subject
    r"(?:(?: ,)? (?:(?:i|we) )?(?:do not|dont|no longer|will not|wont) need(?:ed)?"
    r"(?: (?:it|that|this|one|them|any of (?:it|that|them|this)|either|both))?"
    r"(?: (?:anymore|any more|after all|now|thanks))*|(?: ,)? no longer needed)?"
    r"(?: (?:cancel|scrap|drop) (?:it|that|this)(?: (?:reminder|booking|request|order|one))?)?(?: ,.*)?$)"
)
# Withdrawn from what kind of topic, by the noun the client used.
WITHDRAW_NOUNS = {
    "reminder": ("reminder",),
    **dict.fromkeys(("booking", "meeting", "call", "appointment", "draft"), ("draft", "event")),
    **dict.fromkeys(("request", "order", "errand", "task"), ("request",)),
}
# Only cancelling names an event on the calendar: "never mind" after "when is my dentist?" drops the question.
CANCELS_EVENT = r"\b(?:cancel|call off|delete|remove)\b"

AFFIRM = (
    r"yes|yeah|yep|yup|sure|ok|okay|sounds good|sounds great|perfect|great|please|yes please|absolutely"
    r"|definitely|of course|that works(?: for me)?|works for me|that suits me|why not"
    # "yes please, that would be lovely": the courtesy that takes an offer up
    r"|that (?:would|will) be (?:great|lovely|wonderful|perfect|brilliant|ideal|fantastic|fab|marvellous"
    r"|marvelous|splendid|super|excellent|very kind|much appreciated|most kind)(?: thanks| thank you)?"
    r"|alright|all right|cool"
    r"|awesome"
    r"|lovely|nice|thanks|thank you|good|fine|sure thing|ok then|go on"
)
CONFIRM = (
    r"(?:book|schedule|do|confirm|lock|grab|take|send|set|put)(?: it| that| this| them)(?: in| up)?"
    r"|go ahead(?: and (?:book|do|schedule|confirm) (?:it|that)| and ask(?: (?:them|him|her|my va|the va))?)?"
    r"(?: with it)?|go for it|do it|please do"
    r"|let us do (?:it|that)|make it so|yes do|yes book it"
    # "ok, ask ben then": the VA by name (a name, not "ask questions" or "ask around")
    r"|ask (?:them|him|her|my va|the va|my assistant"
    r"|(?!(?:questions?|around|about|if|whether|why|what|how|for|someone|somebody|anyone)\b)\w+)"
)
DECLINE = (
    r"no|nope|nah|no thanks|no thank you|not now|not yet|maybe later|do not|dont|no need|that is ok|it is ok"
    r"|i am good|all good|pass|skip it|leave it|not really|i am fine|no way|not right now|not at the moment"
    r"|not today|not for now|not just yet|not just now|not quite yet|not at present|not at this time"
    r"|maybe not|probably not|another time|some other time|perhaps (?:later|another time|not)"
    r"|maybe another time|i will pass|hold off|i will think about it|let me think about it|i am ok|i am okay"
    r"|(?:i think )?i will (?:leave it|hold off|skip it|pass on it|wait)(?: (?:then|there))?"
)
# What may follow a no and still leave it a no: "nah that's fine, not right now", "no, I'm good for now".
DECLINE_TAIL = (
    r"thanks|thank you|though|for now|then|really|that is fine|that is ok|that is okay|that is alright"
    r"|that is quite (?:alright|all right|ok|okay|fine)(?: for now)?"
    r"|it is fine|it is alright|all good|i am good|i am fine|i am ok|i am okay"
)

# "and only on weekdays", "and on weekends too": the morning agenda's days, said as an afterthought.
# Said as a wish too: "and send it every day, weekends too", "have it come every day, including weekends".
AGENDA_DAYS = (
    r"^(?P<wish>(?:(?:could|can|would|will) you )?(?:please )?(?:send|have|get|make|do|deliver|keep)"
    r" (?:it|that|the agenda|my agenda)(?: (?:come"
    r"|coming|sent|arrive|arriving|go out|going out))? "
    # "could it be weekdays only, please?", "can it just come on weekdays?"
    r"|(?:could|can|would|should) (?:it|that|the agenda|my agenda) (?:be|come|just be|just come|only come) )?"
    r"(?P<only>(?:only|just|also|but) )?(?:on |at |over |during )?(?:the )?"
    r"(?P<days>weekdays|weekends?|work ?days|business days"
    r"|every day"
    r"|everyday|daily|saturdays? and sundays?)(?: (?:only|too|also|as well))?"
    r"(?: (?:please|actually|then|instead|thanks|from now on|going forward|for now))*"
    r"(?: ,)?(?: (?:including|with|and|plus|on) (?:the )?(?:weekends?|saturdays? and sundays?)"
    r"|(?: on)? (?:the )?(?:weekends?|saturdays? and sundays?) (?:too|also|as well|included))?"
    r"(?: (?:please|actually|then|instead|thanks))*$"
)
EVERY_DAY = r"^(?:weekends?|every day|everyday|daily|saturdays? and sundays?)$"
# "no weekends please", "skip the weekends", "mon-fri only": weekdays only, said by leaving the weekend out
# (over the whole message: "no" is no interjection here). "including weekends": every day.
AGENDA_NO_WEEKENDS = (
    r"^(?:(?:and|but|ok|okay|so|please|just|only|actually|oh|then|hmm) (?:, )?)*(?:(?:no|skip|not on|not"
    r"|without|except|minus|drop|leave out|cut out|nothing on)(?: the)? (?:weekends?|saturdays? (?:and|or)"
    r" sundays?)|(?:on )?(?:mon(?:day)?|monday) ?(?:-|to|through|thru|till|until) ?fri(?:day)?(?: only)?)"
    r"(?: (?:please|only|then|thanks|thank you|though|actually|instead|from now on|going forward))*$"
)
AGENDA_WEEKENDS_TOO = (
    r"^(?:(?:and|but|ok|okay|so|please|actually|oh|then|hmm) (?:, )?)*(?:including|incl|with|plus|add)"
    r" (?:the )?(?:weekends?|saturdays? and sundays?)(?: (?:too|as well|please|then|thanks|actually))*$"
)

# "the Oak Ave one", "no, the other Jones one", "what about the other one?": a deal named after a tie.
DEAL_CHOICE = (
    r"^(?:(?:what|how) about |i (?:actually )?meant |i mean |meant |i said |i want )?(?:the )?"
    r"(?P<other>other )?(?!(?:has|have|had|is|are|was|were|did|does|do|can|could|will|would|what|when|where"
    r"|who|how|why)\b)(?:one "
    r"(?:on"
    r"|at|in|for|with|from) (?:the )?)?(?P<name>(?:[\w-]+ ){0,4}?[\w-]+)??(?P<one> (?:one|deal|listing"
    r"|property|house|place|file|address))?(?: (?:please|then"
    r"|again|instead|thanks))*$"
)
# "could you tell me about that one instead?": what was talked about, asked about in general ("tell me about
# it" alone is an idiom of agreement, so "it" needs "more")
TELL_ABOUT = (
    r"^(?:(?:can|could|would) you |please )?tell me (?:(?:a little|a bit|a little bit) )?"
    r"(?:more about (?:it|that|this)|(?:more )?about (?:that one|this one|that deal|this deal|that listing"
    r"|this listing))"
    r"(?: (?:instead|then|again|please|now))*$"
)
# Words that point back at the deal (or the request) talked about; "what about the other one?" is a choice.
POINTING = (
    r"\b(?:it|its|that|this|them|there|that one|this one|the deal|the property|the listing|my listing"
    r"|the house|the place|that deal|this deal|the home|the file)\b"
)
# "the listing", "my listing": a pointer that is also a word of one deal's name ("Lakeview listing"), which
# the handler prefers when it names one ("the listing price" is a price, not a deal)
KIND_POINTER = (
    r"\b(?:the|my|our|that|this) (?P<noun>listing|closing|sale|purchase)\b(?! (?:price|agent|date|agreement"
    r"|photos?|description|copy|ads?|details|paperwork|documents?)\b)"
)
# "which one closes first?", "which of those are at offer?": the deals just listed.
OF_THOSE = (
    r"^(?:which|what|how many|any)(?: \w+)? (?:one|ones|of (?:those|them|these|the (?:deals|two|three)"
    r"|my (?:open )?(?:deals|listings)))\b"
    # "which closes first?": the deals just listed (or, with none, every open deal) by expected close
    r"|^(?:so |and |ok )?which(?: deal| listing)? (?:closes|will close|is closing|is going to close"
    r"|is set to close|should close|closes out)(?: first| soonest| next)\b"
)
CLOSES_FIRST = r"\bclos\w* (?:first|soonest|next)\b|\bfirst to close\b|\bnext to close\b|\bsoonest\b"

# "and the Parkers too", "and my emails as well", "and the Lakeview listing?": the last request or question
# again, about something else.
ALSO = (
    r"^(?P<what>.+?)(?: (?:too|as well|also|with it|with that|with them|along with it))"
    r"(?: (?:please|thanks|thank you))?$"
)
# What "and … too" adds when it reads as an errand only by its noun: "some pens", "a box of staples", or a
# bare plural of a word or three ("pens", "sticky notes").
MORE_OF = (
    r"^(?:please )?(?:some|a|an|the|more|extra|another|a few|a couple(?: of)?|few|couple(?: of)?|a box of"
    r"|a pack of|two|three|four|five|\d+)\b|^(?:[a-z-]+ ){0,2}[a-z-]+s$"
)
# "and add staples to that", "throw in some highlighters with it too": more of the same, added to the request
# just made (over the words, the lead gone). What it is added to is a pronoun or the request by its kind, so
# "add the Garcias to the newsletter list" stays an errand of its own. Only what is put somewhere goes "on" or
# "in" it: "order business cards with my number on them" is an errand about the cards.
ADD_TO = (
    r"^(?:please |also |can you |could you |pls )*(?:(?:add|include|throw in|toss in|tack on|put|stick)"
    r"(?: in| on)? (?P<what>.+?) (?:to|on|onto|in|into|with)|(?:get|grab|order|pick up) (?P<got>.+?)"
    r" (?:to|with)) (?:it|that|this|them|that one"
    r"|this one|the (?:order|request|list|errand)|that (?:order|request|list)|my (?:order|request))"
    r"(?: (?:too|as well|also|please|then|thanks|as well please))*$"
)
# "and add some staples too": the verb before what "… too" adds
ADDING_VERB = r"^(?:(?:please|also|pls) )*(?:add|include|throw in|toss in|tack on|get|grab|order|pick up) "
# "am I free at 10 that day?", "and at 2 then?": a time on the day last talked about.
THAT_DAY = r"\b(?:(?:on )?(?:that|the same|that same) day|then)\b"
# A message shaped as a follow-up ("and send it to Ana too", "actually, print that out"): a lead that adds
# to or corrects what was said, and a pronoun that points back. It is asked back, never made an errand.
ADDING_LEAD = r"\b(?:and|also|actually|plus|oh and)\b"
POINTING_OBJECT = r"\b(?:it|that|this|them|those)\b"
ANAPHOR = r"\b(?:that|then|it|this|there|those)\b"
# "is there a higher phase?": a "there" that only says something exists, and points at nothing.
EXISTENTIAL = r"\b(?:is|are|was|were) there\b"
# "where is it?", "when does it start?", "what time's it kick off?": the event talked about ("what time's it
# start" reads "what time it start" once normalised, so the auxiliary is optional).
EVENT_POINTED = (
    r"^(?P<ask>when|where|what time|who)(?: (?:is|does|do|will|was|did))? (?:it|that|this)(?: one| meeting"
    r"| call| appointment| event| thing)?"
    r"(?: (?:start|starts|begin|begins|kick off|kicks off|get going|get started|happen|happening|taking place"
    r"|held|again|at|with|for|exactly|then|now))*$"
)

# "an hour later", "and 30 minutes earlier?": a shift alone (over the template, after the lead), of what was
# arranged or asked about last
SHIFT_ALONE = (
    r"^(?:(?:what|how)(?: about)? |maybe |or )?@n (?:later|earlier|sooner|after that|before that|after"
    r"|before)"
    r"(?: (?:then|instead|please|maybe))*$"
)

# "what's open now?", "anything still open?" (over the template): free time, or after talk of requests, those
# still open
WHATS_OPEN = (
    r"^(?:what is|what|anything|is anything|is there anything)(?: still)? open(?: for (?:me|us))?(?: @h)?$"
)

# "oops, not Linda — I meant Dana", "with Dana, not Linda", "sorry, I meant Dana": the person a booking is
# with, corrected (over the words: `old` or `was` is who it is not, `new` who it is)
SOMEONE_ELSE = (
    r"^(?:(?:oops|whoops|sorry|no|nope|actually|wait|oh|my bad|ah)(?: ,)? )*"
    # ("sorry, not Linda — Dana": after who it is not and a break, the name alone says who it is)
    r"(?:not (?P<old>[a-z]+)(?: ,| -)* (?:(?:i meant|i mean|meant|it is|it should be|should be|make it"
    r"|it is with|with) )?|(?:i meant|i mean|meant|it is|it should be|should be|make it|it is with|with) )"
    r"(?P<new>[a-z]+)"
    r"(?: (?:instead|please|sorry))*(?:(?: ,)? not (?:with )?(?P<was>[a-z]+))?(?: (?:instead|please|sorry))*$"
)

# "sorry, Diana not Dana": the person meant, then the one written (a name that was in the booking decides)
SOMEONE_ELSE_BARE = (
    r"^(?:(?:oops|whoops|sorry|no|nope|actually|wait|oh|my bad|ah)(?: ,)? )*(?P<new>[a-z]+)(?: ,)? not"
    r" (?:with )?(?P<was>[a-z]+)(?: (?:instead|please|sorry))*$"
)

# "and the dentist?", "what about the showing?" right after a question about one event: the same question
# about another (over the words after the lead; the lead's "and" or the "what about" says it is one more)
ANOTHER_EVENT = (
    r"^(?:(?:what|how) about |i (?:actually )?meant |i mean |meant )?(?:the |my |our )?"
    r"(?P<event>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}?)"
    r"(?: (?:then|too|again|one|as well|please))*$"
)

# "what time do I need to be there?", "when should I get there?": when the event talked about is
# "how long will it take?", "how long is that one?": the length of the event talked about
HOW_LONG = (
    r"^how long (?:is|will|does|do|would|did|was)(?: it| that| this)(?: one| meeting| call| appointment"
    r"| event| thing)?(?: (?:take|last|run|go|be|go on|go for|going to (?:take|last|run|be)"
    r"|(?:supposed|meant|expected|scheduled|likely) to (?:take|last|run|be|go on)))?"
    r"(?: (?:for|again|exactly|then|roughly))*$"
)
# "what time does it end?", "when will that be over?", "how late does it go?": when the event ends
EVENT_ENDS = (
    r"^(?:when|(?:at )?what time|till when|until when|how late)(?: (?:is|does|do|will|would|should|is it))?"
    r" (?:it|that|this)(?: one| meeting| call| appointment| event| thing)?(?: be)?"
    r" (?:end|ends|finish|finishes|over|done|finished|wrap up|wraps up|let out|get out|conclude|concludes"
    r"|go|run|last"
    r"|go until|go till|run until|run till|last until|last till)(?: (?:at|again|exactly|then|roughly|by))*$"
)
BE_THERE = (
    r"^(?P<ask>when|what time) (?:do|should|must|will|shall|would) (?:i|we)"
    r" (?:need to |have to |got to |want to )?(?:be|get|arrive|leave|head|go|show up|turn up)"
    r"(?: (?:there|over there|over|in|out|for it|for that))?"
    r"(?: (?:by|then|again|exactly))*$"
)

# A remark, not an ask (over the words after the lead, with no question mark): "ugh, that one's been dragging
# on forever", "ok cool, I'll head over there straight after breakfast". It gets a short answer, never an
# offer to pass it on.
REMARK = (
    r"^(?:it|that|that one|this|this one|they|he|she|it all|the whole thing|(?:those|these|the) (?:buyers?"
    r"|sellers?|clients?|agents?|lenders?|owners?|tenants?|inspectors?|people|folks|guys|team))"
    r"(?: is| are| has| have| was"
    r"| were| will| would| had)?"
    r"(?: (?:been|really|so|just|still|already|totally|kind of|kinda|always|taking|going))*"
    r" \w+ing\b"
    r"|^(?:i will|i ll|i am going to|i am gonna|i am heading|i am off|we will|we are going to|we are gonna)"
    r" (?!(?:need|want|have to|like)\b)\w+"
    # "the buyers on that one are so slow", "ana's been busy", "the sellers are gonna be thrilled": how
    # someone or something is, in words of feeling or pace
    r"|^(?:it|that|this|they|he|she|we|the [\w-]+(?: [\w-]+)?(?: on (?:that|this|it)(?: one)?)?|\w+)"
    r"(?: (?:is|are|was|were|has been|have been|been|is going to be|are going to be|will be|seem|seems"
    r"|looks?|sounds?))(?: (?:so|really|very|super|just|always|such|totally|pretty|gonna be|going to be))*"
    r" (?:slow|fast|quick|busy|great|amazing|awesome|thrilled|happy|excited|annoying|annoyed|frustrating"
    r"|crazy|nuts|tired|exhausted|late|long|a pain|the worst|the best|lovely|nice|cool|fun|boring"
    r"|stressful|stressed|nervous|relieved|over the moon|on it|on fire|killing it|a lifesaver|hopeless"
    r"|impossible|difficult|picky|pushy|flaky|on a roll|crushing it|a star|a legend)\b"
    # "I really hate the dentist", "I always forget", "just got back from the showing": the client's own lot
    r"|^i (?:really |just |always |totally |so |kind of |kinda )*(?:hate|love|dread|forget|forgot|miss"
    r"|am dreading|am exhausted|am tired|am beat|am wiped)\b"
    r"|^(?:i )?(?:just )?(?:got back|got home|got in|got out|made it back)\b"
    # "ugh, totally forgot about the dentist": what the client forgot, said with its subject left out
    r"|^(?:(?:totally|completely|clean|just|so) )*forgot (?:about |all about )?(?:the|my|that|this)\b"
    # "that walkthrough always runs long", "the dentist usually takes forever": how something goes
    r"|^(?:it|that|this|the|my|these|those)(?: [\w-]+){0,2} (?:always |usually |often |sometimes |never"
    r" |really |just |probably |will |might )*(?:runs?|goes|go|takes?|drags?|ran|went|took|dragged|overruns?"
    r"|starts?|started) (?:on )?(?:long|late|over|forever|ages|a while|longer|early)\b"
    # "that walkthrough always drags on", "the team call always goes on and on"
    r"|^(?:it|that|this|the|my|these|those)(?: [\w-]+){0,2} (?:always |usually |often |never |really )*"
    r"(?:drags?|dragged|goes|go|went) on(?: and on| forever)?$"
    # "a quiet day for once. thanks!", "what a week": what the day or the news is like, maybe with thanks
    r"|^(?:(?:what|such|finally|at last) )?(?:an? )?(?:[\w-]+ ){0,2}(?:day|week|morning|afternoon|evening"
    r"|change"
    r"|relief|surprise|one)(?: (?:for once|for a change|at last|finally|today|tomorrow))?"
    r"(?: , (?:thanks|thank you|cheers|ty)(?: (?:so much|a lot|again|jane))?)?$"
)

# "what else have I got that day?", "anything else that day?", "what else is on then?": the rest of the day
# talked about (over the words; the message names "that day" or "then" besides, see THAT_DAY).
ELSE_THAT_DAY = (
    r"^(?:(?:so|and|ok|okay|then) )*(?:what else|anything else|is there anything else|(?:do|will) i have"
    r" anything else|have i got anything else|got anything else|what other (?:things|stuff|meetings|events"
    r"|appointments|calls))\b"
)

# "take 10m off it, I double counted the drive": time taken off the request talked about (a correction)
TAKE_OFF_IT = (
    r"^(?:take|knock|shave|remove|subtract|deduct|cut) (?:(?:@n|(?P<spent>\d+(?:[.:]\d+)? ?(?:h|hr|hrs|m|min"
    r"|mins)))) (?:off|off of|from) (?P<pointed>it|that|this|that one|this one|the request)"
    r"(?: (?:too|please))*"
    r"(?:(?: (?:,|-|:))? (?P<note>.+))?$"
)
# "add another 10 minutes to it": more time on the request time was just logged on (over the template). What
# the VA adds after a break once the request is pointed at is their note: "log 25m on it, formatting" (after
# "on it" the break may be left out: "log 20m on it called 3 stores"). A minus takes time off: "oops log -15m
# on it".
MORE_TIME = (
    r"^(?:(?:add|log|put|put in|plus|and|record|book|bill|track|i spent|spent|i logged|logged|i put in)"
    r" )?(?:(?:another|an extra|a further) )?(?P<minus>- ?)?(?:@n|(?P<spent>\d+"
    r"(?:[.:]\d+)? ?(?:h|hr|hrs|m|min|mins)(?: \d+ ?(?:m|min|mins))?"
    # "log 1:15 on it" (hours and minutes, read as a clock time), "log a bit on it" (asked again)
    r"|a (?:little )?bit|a little|some time|a while)|(?P<clock>@h))(?: more| extra)?(?: (?:to|on|for)"
    r" (?P<pointed>it|that|this|that one|this one|the request))?(?: (?:too|as well|please))*"
    r"(?:(?(pointed)(?: (?:,|-|:))?|(?<=[a-z]) (?:,|-|:)) (?P<note>.+))?$"
)
# "and ben?", "what about Tom then?", "and for maria?", "ben this month": the hours just reported, for
# someone else (over the template, so a window named with it is `@d`); `prep` says how the name was put.
OTHER_PERSON = (
    r"^(?:(?:what|how) about |and |(?:and )?(?:the )?same (?=for|on|by)|(?:and )?(?:do|now) )?"
    r"(?P<first>@d (?=for|on|by))?(?:(?P<prep>for|on|by) )?(?P<who>[a-z][\w.'-]*)(?: s)?(?: (?:requests"
    r"|hours|time|account|work|total))?"
    # "and ben for tom?": someone, and the client their time went to
    r"(?: (?:for|on) (?P<client>(?!@)[a-z][\w.'-]*)(?: s)?)?"
    r"(?: (?:for|in|during|over|from))?(?P<when> @d)?(?: (?:then|too|please|instead|as well|again))*$"
)
# "and the month before?", "what about the previous month?": the month before the one just looked back on.
MONTH_BEFORE = (
    r"^(?:(?:what|how) about |and )?(?:the )?(?:month before(?: that)?|previous month|prior month"
    r"|preceding month)$"
)
NOT_A_PERSON = (
    r"^(?:it|that|this|those|these|them|the|a|an|what|which|who|how|why|when|where|yes|no|ok|okay|thanks"
    r"|sure|please|nothing|all|total|everything|hours|time|then|now|more|another|same|other|again|one)$"
)
# "how much time was that in total?", "how many hours did that take?", "what's the total?": the time the
# review or the hours just given add up to (over the words).
TIME_OF_THAT = (
    r"^(?:and |so |ok |okay )?(?:how (?:much time|many hours|many minutes|long)(?: (?:was|is|did|does|has"
    r"|were|went))?(?: (?:that|it|this|those|they|all that|all of that|all of it|them|all|everything))?"
    r"(?: (?:take|took|come to|add up to|amount to|total|been|spent|in total|altogether|all together"
    r"|overall|together|in all|all told|on it|on that|on them|on those|logged))*"
    r"|(?:what is|what was|whats) (?:the|that in) (?:total|time|hours|sum)(?: time| hours| spent| logged)?"
    r"(?: (?:on|for) (?:that|it|those|them|all that))?(?: (?:in total|altogether|overall|then))?"
    r"|(?:the |and the )?total(?: time| hours)?(?: (?:then|please|spent|logged))?"
    r"|(?:how much|how many hours|how much time) in (?:total|all)"
    # "and how much time did he log on that?": what the VA talked about put in
    r"|how (?:much time|many hours|many minutes|long) (?:did|has|have) (?:he|she|they) (?:spend|spent|log"
    r"|logged|put in|work|worked)(?: on (?:that|it|those|them|all that|all of that))?"
    r"(?: (?:in total|altogether|overall|all together))?)$"
)

# "stop it", "turn it off", "start it again": the morning agenda or weekly review just talked about, switched.
_SWITCHED = r"(?: (?:sending|doing|it|that|this|them|those|the whole thing|me))*"
# "for now", "for a bit", "until further notice": how long it stays off, which changes nothing ("for now" is
# no calendar "now" here); a reason after a comma ("i'm on vacation next week") is said, not asked for.
_FOR_A_WHILE = (
    r"(?: (?:please|pls|for now|for the moment|for the time being|for a (?:bit|while|few days|week|couple"
    r" of (?:days|weeks))|(?:for|over) (?:the|this|next) (?:week|weekend|month|holidays?)|until further"
    r" notice|until i say(?: so)?|until i am back|altogether|all together|for good|then|entirely|completely"
    r"|too|instead|thanks|thank you))*"
    r"(?: ,? (?:i am|i will be|i ll be|we are|we will be|since|because|cause|as|while|until|till|it is|this"
    r" is|that is) .*)?"
)
SWITCH_OFF = (
    r"^(?:(?:please|just|maybe|ok|okay|so|then|can you|could you|let us|lets) )*(?:(?:stop|pause|disable"
    r"|cancel|end|quit|halt|suspend|turn off|switch off|shut off|hold off on|hold off)"
    rf"{_SWITCHED}|(?:turn|switch|shut){_SWITCHED} off){_FOR_A_WHILE}$"
    r"|^(?:no more|(?:i |we )?(?:do not|no longer) (?:want|need) (?:it|that|them)(?: (?:any ?more|at all))?)"
    r"(?: (?:please|then|thanks))*$"
)
SWITCH_ON = (
    rf"^(?:please )?(?:(?:start|resume|restart|turn on|switch on|bring back|unpause){_SWITCHED}(?: back| on)*"
    rf"|(?:turn|switch|bring){_SWITCHED}(?: back)?(?: on| back))(?: (?:again|please|then|after all))*$"
)
# "book lunch with Sam then", "put a call with Linda in for that time": a booking at the time just talked
# about (over the words, at the end of the message).
AT_THAT_TIME = (
    r"(?: (?:for|at|on|in for|in at|in|into))? (?:then|that time|that slot|that spot|the same time|there"
    r"(?<=in there))(?: then)?$"
)
