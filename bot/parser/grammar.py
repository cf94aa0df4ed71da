"""What each intent and duty sounds like, as data: regular expressions over the normalised message.

The recogniser tries the tables top to bottom and the first pattern that matches wins, so the order is
part of the grammar: scheduling before availability before agenda (those three live in
calendar_grammar.py), with what Jane does herself before them (service_grammar.py), then requests, the
pipeline, status questions, and last the errands. `{name}`
expands to a word class of vocabulary.py; time expressions have already been replaced by `@d` (a day or
window), `@h` (a clock time) and `@n` (a length), which `{when}` matches. Patterns see the message
without polite openings ("can you", "please").
"""

from __future__ import annotations

from bot.parser.calendar_grammar import AGENDA, AVAILABILITY, SCHEDULE
from bot.parser.hours_grammar import HOURS_INTENTS
from bot.parser.service_grammar import CALENDAR_EVENT, REQUEST_CANCEL_BARE, SERVICE_INTENTS

SMALLTALK = (
    # sounds before closing words ("hmm ok, thanks", "ah ok thanks", "and thank you so much"); alone, "hmm"
    # says nothing
    r"(?:(?:hm+|ah+|oh|um+|uh+|erm|er|and|wow|whoa|sigh|bummer|yay|yikes|oof|ouch|aw+|dang|darn|shoot"
    r"|oh well|oh no|shucks|aw shucks|oops|whoops|oopsie)(?: ,)? )*"
    r"(?:(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day|night)|morning|gm"
    r"|what is up|sup|how are you(?: doing| today)?|how is it going|how are things(?: with you)?"
    r"|how is (?:your|the|ur) (?:day|week|morning|afternoon|evening|weekend)(?: going| been| looking)?"
    r"(?: (?:so far|btw|by the way|today))*|how has your (?:day|week) been"
    r"|how are you(?: doing)? (?:btw|by the way|today|these days)|how are things(?: going)?(?: btw)?"
    r"|ugh|phew|whew|oof|sigh|oh no|oh dear|yikes|bummer|welp|argh|oh man|oh boy|wow|whoa|yay|woohoo"
    r"|oops|whoops|oopsie"
    r"|(?:long|busy|tough|crazy|rough|good) (?:day|week|morning)|what a (?:day|week)"
    # "wow, that's a lot going on", "that's a lot": a reaction to the answer
    r"|(?:that is|thats|it is) (?:a lot|quite a lot|a lot going on|loads|plenty|busy|full on|a full day"
    r"|a busy one)(?: going on)?"
    r"|thanks|thank you|thanks a lot|many thanks|thanks a (?:bunch|ton|million)"
    r"|much appreciated|appreciate it|appreciate you|appreciate ya|cheers|great|awesome|perfect|cool|nice"
    # "I appreciate it!", "I really appreciate your help", "that helps a lot"
    r"|(?:i |we )?(?:really |truly |do |so )?appreciate (?:it|that|this|you|your help)"
    r"(?: (?:a lot|so much|very much))?"
    r"|(?:that|this|it) (?:really |totally |definitely )?helps(?: (?:a lot|a ton|loads|heaps|so much))?"
    r"|sweet"
    r"|ok|okay|got it|sounds good|will do|bye|goodbye|see you|see ya|later"
    r"|(?:have|enjoy) (?:a|the|your) (?:good|nice|great|wonderful|lovely|fantastic|brilliant|great|fab"
    r"|super|productive|relaxing|restful)? ?(?:day|night|weekend|one|evening|afternoon|morning|week"
    r"|rest of (?:the|your) (?:day|week|evening|afternoon))"
    r"|(?:that is|thats|that was|this is|it is|it was) (?:most|very|really|so|super|extremely|ever so"
    r"|incredibly|truly|terribly|awfully|immensely|hugely)? ?(?:helpful"
    r"|useful|kind|great|perfect|clear|(?:such )?a (?:(?:big|huge|great|real|massive|tremendous) )?help)"
    r"|(?:(?:it is|it s) )?(?:nice|great|good|lovely|a pleasure|pleased|glad) to (?:meet|e meet) you"
    r"|nice meeting you|pleased to make your acquaintance"
    # "you're a star", "ana is a star": praise, of Jane or of the VA
    r"|(?:you are|your|youre|(?!(?:what|who|which|where|how|when|why|it|this|that|there|here)\b)\w+ is"
    r"|she is|he is|they are) (?:(?:the|a|an|such a|an absolute) )?(?:best|lifesaver|life saver|star|gem"
    r"|amazing|awesome|great|legend|rockstar|hero)|you rock|lol|haha|yes|yeah|yup"
    r"|(?:(?:that|this|it) (?:is|was) )?(?:(?:super|very|so|really|most|extremely) )?(?:helpful|useful)"
    r"|(?:that|this|it) was (?:(?:super|very|so|really) )?(?:quick|fast|great|perfect|easy)"
    # "great, thanks — that's a relief", "thanks, that'll do for now", "fingers crossed he says yes"
    r"|(?:that is |thats |what )?(?:a )?(?:relief|weight off my mind)"
    r"|(?:that|this) will do(?: for (?:now|today))?"
    r"|fingers crossed(?: (?:he|she|they|it|that)\b.*)?"
    # "phew, one less thing", "that's one less thing to worry about"
    r"|(?:that is |thats )?one (?:less|fewer) thing(?: to (?:worry|think) about)?"
    # "you've been ever so helpful", "you have been a great help"
    r"|you (?:have|ve) been (?:(?:so|very|really|ever so|such|super|incredibly|a) )*(?:helpful|great|kind"
    r"|amazing|wonderful|brilliant|a (?:great |big |huge )?help|a star|a lifesaver)"
    r"|no|yep|nope|sure|maybe (?:later|another time|some other time|next time|not|not yet|not now)"
    # "sorry about that!", "my bad", "talk later!", "ok good"
    r"|sorry about that|sorry (?:for|about) (?:the|all the|all this|all that|this|that) (?:confusion|mix ?up"
    r"|trouble|runaround|run around|back and forth|hassle|bother|fuss|mess|chaos|change of plans?"
    r"|inconvenience|flip flopping|going back and forth)|my bad|good|great stuff|nice one"
    r"|talk (?:to you )?(?:later|soon|tomorrow)|ttyl|catch you later|speak (?:soon|later)|have a good one"
    # closing the talk: "ok cool, that's all for now", "that'll be all", "nothing else for today"
    r"|(?:that is|that will be|that would be|this is|it is) (?:all|it|everything)"
    r"(?: i (?:need|needed|had|have))?"
    r"(?: (?:for now|for today|for the moment|for tonight|today|then|from me))?"
    r"|(?:nothing|that is nothing) (?:else|more)(?: (?:for now|for today|from me|right now|then))?"
    r"|(?:all|i am) set(?: (?:for now|for today|then))?"
    # closing a topic: "ok, thanks - I'll think about it", "cool, I'll let you know", "noted"
    r"|(?:(?:i will|i ll|will|let me|i need to|i want to|i have to|i might|i may) )?"
    r"(?:think (?:about|on|over) (?:it|that|this)|think it over|have a think|mull (?:it|that) over"
    r"|sleep on it|let (?:you|them|him|her|everyone|the team) know|pass (?:it|that) on|get back to you"
    r"|circle back|check back|check in|be in touch|keep (?:it|that|this) in mind"
    r"|check and (?:let you know|get back to you))"
    r"(?: (?:later|soon|tomorrow|then|first))?"
    r"|no (?:rush|hurry|stress|pressure)|take your time|whenever(?: you can)?"
    r"|noted|good to know|(?:that )?makes sense|fair enough|no worries|no problem|all good|(?:that is|it is)"
    r" (?:fine|ok|okay|alright|all right|helpful)|understood|gotcha|got you|that helps|i see|ok then"
    r"|alright|all right|(?:that is|thats) (?:good|useful|helpful|great|nice) to know"
    r"|(?:that|it) (?:suits me|works for me|works)(?: (?:much|so much|a lot))?"
    r"(?: (?:better|fine|great|perfectly))?"
    r"|(?:thanks|thank you)(?: so much| very much| a lot)? for (?:the (?:info|help|update|heads up)"
    r"|letting me know|that|your help"
    r"|explaining|your (?:patience|time|understanding)|understanding)"
    r"|thank you for (?:your (?:patience|time|understanding|help)|understanding)"
    r"|(?:thanks|thank you|cheers)(?: so much| very much| ever so much| a lot| a million| a bunch)? for"
    r" (?:(?:pulling|putting) (?:that|this|it"
    r"|all that|all this) together|(?:looking|checking) into (?:it|that|this)"
    r"|(?:checking|looking|asking|sorting)(?: (?:it|that|this|for me))?"
    r"|the (?:quick )?(?:check|answer|reply|reminder|rundown|info))"
    r"|wonderful|lovely|brilliant|excellent|fantastic|amazing"
    # old-fashioned courtesies: "Very good. Thank you kindly.", "How very kind of ana.", "Much obliged."
    r"|very good|very well|splendid|marvell?ous|most kind|(?:much|most|very) obliged(?: to you)?"
    r"|(?:i am|i m) (?:much |most |very )?obliged(?: to you)?"
    r"|how (?:very |most |terribly )?kind(?: of (?:you|her|him|them|[a-z]{2,15}))?"
    # "yay, thank you ben!": thanks to someone by name, closing the message
    r"|(?:thanks|thank you|cheers|ty)(?: so much| very much| a lot)? (?!(?:for|to|and|but|that|it)\b)"
    r"[a-z]{2,15}$"
    r"|(?:that is|that was) (?:very |really |so )?(?:kind|lovely|wonderful|brilliant)(?: of you)?)"
    r"(?: jane| there| again| so much| very much| too| all| anyway| anyways| though| either way| kindly"
    r"| both| you both| you two| guys| everyone| folks| team| ever so much| so very much)*"
    r"(?: [,-]| and)? ?)+"
)
HELP = (
    r"(?:(?:(?:can|could|would) you )?help(?: me)?(?: out)?|help please|i need help|need help|commands"
    r"|command list|list commands|menu|options"
    r"|usage|instructions|how does (?:this|it|jane)(?: thing| bot| app)? work"
    r"|how (?:do|can|should) i use (?:this|you|jane|it)(?: thing| bot| app)?"
    r"|what (?:(?:kind|kinds|sort|sorts|type|types) of )?(?:things |stuff |tasks )?can (?:you|jane)"
    r" (?:do|handle|help(?: me)? with)(?: for (?:me|us))?|what can you do|what can you help (?:me )?with"
    r"|what (?:(?:kind|kinds|sort|sorts|type|types) of )?(?:things |stuff |questions |requests |tasks )?"
    r"(?:can|should|do) i (?:ask|say|request|send|type)(?: you| jane)?(?: to do| for| about| to help with)?"
    r"|what do you do|who are you"
    r"|what are you|what are (?:my|the|your) (?:options|commands|features|abilities|skills|capabilities)"
    r"|what are you (?:able to|capable of|good for|for)(?: do| doing| help(?: me)?(?: with)?| handle)?"
    r"|how can you help(?: me)?|can you help(?: me)?"
    # "can you help me with something?": the polite opening is gone from the body, left with the vague ask
    r"|(?:(?:(?:can|could|would) you )?help(?: me)?(?: out)? |(?:i )?need (?:a hand|some help|help) )?"
    r"(?:out )?with (?:something|a thing|a few things|stuff|some stuff|something quick)"
    r"|what can i (?:say|do|ask)"
    r"|what am i (?:allowed|able) to (?:ask|ask for|ask you for|ask you to do|request)"
    r"|show (?:me )?(?:the )?(?:commands|help|options|menu)|what else can you do"
    r"|how do i (?:talk to|work with) (?:you|jane)|what do i (?:say|type)|examples?)(?: jane| please| ,"
    r"| exactly| again| here| for me"
    # "what can I ask you for right now?", "… at my phase": what the client's phase allows is the help
    r"| right now| now| currently| at the moment| at this point| for now| so far| yet| today| then"
    r"| (?:in|on|at|with) (?:my|this) (?:phase|level|plan))*"
)

# "actually", "sorry", "no" before a message that is whole without them ("actually cancel my printer paper
# order", "actually just stop the morning agenda"): the rest is read for these intents, which name what they
# are about (see recognize.py).
INTERJECTION = (
    r"^(?:(?:actually|sorry|no|nope|nah|oh|oh wait|wait|oops|whoops|hmm|hm|well|right|on second thoughts?"
    r"|second thoughts|you know what|come to think of it|my bad|i mean|in fact|just|ugh|ok|okay|so|then"
    r"|never mind|nevermind|forget it|forget that)"
    r"(?: ,| -)? )+"
)
SELF_CONTAINED = frozenset(
    (
        "request.cancel", "request.why", "reminder.create", "reminder.list", "reminder.cancel", "phase.info",
        "phase.request", "va.who", "client.info", "queue.list", "queue.claim", "queue.done", "queue.release",
        "booking.confirm", "booking.reject", "review.settings", "review.week", "agenda.settings",
        "hours.report", "time.log",
    )
)  # fmt: skip

# The duty an intent always needs (a task's duty depends on the errand: see errands.py).
INTENT_DUTIES = {
    "agenda.settings": "daily_schedule",
    "calendar.agenda": "daily_schedule",
    "calendar.availability": "daily_schedule",
    "calendar.event": "daily_schedule",
    "calendar.schedule": "appointment_scheduling",
    "deal.status": "sales_tracking",
    "deal.pipeline": "sales_tracking",
}

# The morning agenda's own settings come first: "send my agenda at 7:30" is not a question
# about 7:30, and "stop the morning agenda" is not an errand. AGENDA_STOP also drives the `stop` slot.
AGENDA_NOUN = r"(?:agenda|schedule|calendar|briefing|rundown|summary|day)"
# How often the agenda comes: "every day", "on weekdays", "on weekends" (the `weekdays` slot, slots.py)
AGENDA_CADENCE = (
    r"(?:every|each) (?:day|@d|weekday|weekend|week ?day)|everyday|daily|(?:on )?(?:the )?(?:weekdays"
    r"|weekends|work ?days|business days)|(?:on )?saturdays? and sundays?|(?:7|seven) days(?: a week)?"
    r"|monday (?:to|through|thru) friday"
    # "send my morning agenda at 7 from now on": from today on, as every setting is
    r"|from (?:now|@h|today|@d) on|going forward|from here on(?: out)?|for now on|moving forward"
)
AGENDA_STOP = (
    r"^(?:stop|cancel|pause|disable|turn off|switch off|unsubscribe(?: me)? from|no more|quit|end|skip"
    r"|do not send(?: me)?|i do not (?:want|need)|please stop)(?: sending(?: me)?| the| my| your| this)*"
    r"(?: (?:daily|morning|@d|everyday|automatic|auto))* (?:agenda|briefing|rundown|summary)\b"
)
_WEEKENDS_TOO = (
    # (a message's body has lost its closing "too": "…every day at 7:45, weekends too?" ends ", weekends")
    r"(?: ,)?(?: (?:the )?(?:weekends?|saturdays? and sundays?)(?: (?:included|too|also|as well)|$)"
    r"| (?:including|incl(?: ,)?|with|plus|and) (?:the )?(?:weekends?|saturdays? and sundays?))?"
)
# "every day please, weekends included": a courtesy said between how often and the weekends changes nothing
_COURTESY = r"(?: (?:please|thanks|thank you))*"
_HOW_OFTEN = (
    rf"(?: (?:only|also|just))?(?: (?:{AGENDA_CADENCE}))+(?: (?:too|also|as well|only))?{_COURTESY}"
    rf"{_WEEKENDS_TOO}{_COURTESY}"
)
_SENDING = (
    r"(?:send|sending|sent|deliver|delivering|delivered|get|getting|dm|email|text|message|come|comes|coming"
    r"|arrive|arrives|arriving|go out|goes out|going out|get sent|show up|showing up)"
)
_MY_AGENDA = r"(?:(?:my|the) )?(?:(?:daily|morning|@d) )*(?:agenda|briefing|rundown|summary)"
# "from now on, ...", "going forward ...": said before a standing wish ("from now" is an `@h` token)
_FROM_NOW = (
    r"(?:(?:from @h on|from here on(?: out)?|going forward|in (?:the )?future|starting @d)(?: ,)?"
    r" (?:please )?)?"
)
# "when do you send my agenda?", "what time does my agenda get sent?": the setting asked about
AGENDA_ASKED = (
    rf"^(?:(?:so|and|ok|okay|remind me) )*(?:(?:when|what time|at what time|how often|what days?)(?: (?:do"
    rf"|does|will|would|is|are|should))?(?: you| jane| it)?(?: (?:usually|normally))? (?:{_SENDING}(?: me"
    rf"| out)? {_MY_AGENDA}|{_MY_AGENDA}(?: (?:usually|normally))? {_SENDING})\b"
    # "is my morning agenda on?", "is the agenda still switched on?"
    rf"|(?:is|are) {_MY_AGENDA} (?:still |even )?(?:on|switched on|turned on|set up|running|active|going)\b)"
)
AGENDA_SET = (
    # "send the morning agenda at 7:15": "the morning" is one `@d` token, its article with it
    rf"^{_FROM_NOW}(?:send|give|dm|message|text|deliver|email|get)(?: me)?(?: my| the| a|(?= @d))"
    r"(?: (?:daily|morning|@d))*"
    rf" {AGENDA_NOUN}\b(?: (?:every|each) (?:day|@d|weekday|morning))?"
    r"(?: on weekdays| every| each| daily)? @h",
    # "send me my agenda at 6 every morning": a bare hour, made a time of day by how often it comes
    rf"^{_FROM_NOW}(?:send|give|dm|message|text|deliver|email|get)(?: me)?(?: my| the| a|(?= @d))"
    rf"(?: (?:daily|morning|@d))* {AGENDA_NOUN}\b(?: at| by| around)? \d{{1,2}}(?: \d\d)?"
    r" (?:every|each|daily|on weekdays)\b",
    # "could my morning agenda come at 7:15 instead?", "have the agenda arrive by 7": when it comes
    rf"^(?:(?:could|can|would|will|should|may) )?(?:(?:you )?(?:have|let|make) )?{_MY_AGENDA} (?:come|comes"
    r"|arrive|arrives|go out|goes out|be sent|get sent|show up|be delivered|land)(?: (?:at|by|around|for))?"
    r" @h",
    r"^(?:change|move|set|switch|push|make|shift)(?: my| the)(?: (?:daily|morning|@d))*"
    r" (?:agenda|briefing|rundown)\b(?: (?:message|email|dm))?(?: time)?(?: (?:to|at|for))? (?:@h|\d)",
    # "send my agenda every day", "... on weekends too", "send me the agenda every day, weekends included":
    # how often, with no time (the time already set stays; without one the handler asks for it)
    r"^(?:send|give|dm|message|text|deliver|email|get)(?: me)?(?: my| the| a)?(?: (?:daily|morning|@d))*"
    rf" {AGENDA_NOUN}\b{_HOW_OFTEN}$",
    # "turn the morning agenda back on", "start sending the agenda again": no time (the one it had, or asked)
    r"^(?:(?:start|turn on|switch on|resume|restart|bring back|unpause)(?: sending(?: me)?)?"
    r"(?: my| the|(?= @d))(?: (?:daily|morning|@d))* (?:agenda|briefing|rundown)|(?:turn|switch|put)"
    r"(?: my| the|(?= @d))(?: (?:daily|morning|@d))* (?:agenda|briefing|rundown) (?:back )?on|bring"
    r"(?: my| the|(?= @d))(?: (?:daily|morning|@d))* (?:agenda|briefing|rundown) back)(?: again| back| on)*"
    r"(?: please| thanks)?$",
    rf"^(?:(?:(?:i|we) (?:want|would like|d like|need|would prefer|prefer)|(?:can|could|may) (?:i|we) (?:get"
    rf"|have|receive)) )?(?:(?:my|the|a) )?(?:(?:daily|morning|@d) )*(?:agenda|briefing|rundown)\b"
    rf"{_HOW_OFTEN}$",
    # "can i get my agenda at 6:30 every morning", "i want my briefing at 7 on weekdays": a standing time
    rf"^(?:(?:i|we) (?:want|would like|d like|need|would prefer|prefer)|id like|(?:can|could|may) (?:i|we)"
    rf" (?:get|have|receive)) (?:(?:my|the|a) )?(?:(?:daily|morning|@d) )*"
    rf"(?:agenda|briefing|rundown|summary)\b"
    rf"(?: (?:{AGENDA_CADENCE}))*(?: (?:at|by|around))? (?:every )?(?:@h|\d{{1,2}}(?: \d\d)?)"
    rf"(?: (?:{AGENDA_CADENCE}|every @d))*{_WEEKENDS_TOO}$",
    # "when do you send my agenda?": a question about the setting, answered with it
    AGENDA_ASKED,
)

REQUEST_STATUS = (
    r"^(?:what|which|show|list|any|how|where|status|check|give|tell|see|view|are|is|did|have|has|do|can"
    r"|cancel|update)\b.*\b(?:my|our|all|any|open|pending|outstanding|current|active|recent|last|latest"
    r"|previous|existing|unfinished|incomplete|the) (?:\w+ ){0,2}{request}\b",  # "the coffee pod order"
    # A deal's news is not a request's: "has the appraisal come in?" asks about a deal. "Have the carpets
    # cleaned next week" is an errand, said the way one has a thing done by a time (no "been", "yet" or
    # "already").
    r"^(?!(?!.*\b(?:{request}|{supply}|{mailing}|{tasknoun})\b).*\b{dealnoun}\b)"
    r"(?!have (?:the|my|our|them|someone|somebody|a|an|some|all)\b(?!.*\b(?:been|yet|already)\b)(?=.*@[dh]))"
    r"(?:did|has|have|was|were|is|are|had)\b.*\b{done}\b",
    r"^did (?:{someone}|\w+) (?:ever |already |actually |finally )?{did_verb}\b",
    r"^(?:has|have|did|is|are) {someone} (?:\w+ )?(?:claimed|picked|taken|started|looked|gotten|got|touched"
    r"|seen|grabbed|accepted|worked|working|handling|on it|on that|on this"
    # "is anyone on the plumber thing yet?" ("anyone on it yet?" below)
    r"|on (?:my|the|our) (?:[\w-]+ ){0,3}?(?:thing|one|request|order|errand|job|task|stuff))\b",
    # "is ana on the flyers?", "has ana grabbed the printing yet?": someone, by name, on a request named
    r"^(?:is|has|did) (?!(?:i|we|it|that|this|there|the|my|our|a|an|he|she|they|you)\b)\w+ (?:already |even "
    r"|still |actually )?(?:on|working on|handling|grabbed|grab|picked up|pick up|claimed|claim|taken|take"
    r"|started on|start on) (?:my|the|our) (?!.*\bphase\b)[\w' -]+?(?: (?:yet|already|now|@h))?$",
    # "has ben picked it up yet?", "has she started on it?": anyone, by name, on the request talked about
    r"^(?:has|have|did|is) (?!(?:i|we|the|my|our|a|an)\b)\w+ (?:already |actually |finally |even )?(?:claimed"
    r"|picked|pick|taken|take|started|start|begun|begin|grabbed|grab|accepted|accept|touched|touch|looked|look"
    r"|gotten|got|get|working|handling|done|finished|finish)(?: up| on| at| into| to)? (?:it|that|this"
    r"|that one|this one|them)(?: up)?(?: (?:yet|already|now|@h|so far))*$",
    # "anyone on it yet?", "anyone picked that up yet?": the question with its "has" left out
    r"^(?:{someone}) (?:on|working on|handling|looking at|picked|picking|claimed|grabbed|taken|started on"
    r"|got to|gotten to) (?:it|that|this|that one|this one)(?: up)?"
    r"(?: (?:yet|already|now|@h))?$",
    # "how much time did the toner take?", "how long did the pens take?": the time logged on a request
    r"^how (?:long|much time|many (?:hours|minutes)) (?:did|has|have|had) (?!(?:it|that|this|they)\b)"
    r"(?!.*\b{dealnoun}\b).+ (?:take|taken|end up taking|wind up taking)"
    r"(?: (?:in total|altogether|overall))?$",
    # "when's it due now?", "when's the newsletter due?": when the request is due (its status says)
    r"^when (?:is|was|will) (?:(?:the|my|our) )?(?!(?:meeting|call|closing|walkthrough|appointment)\b)"
    r"[\w' -]+? (?:due|needed|supposed to be (?:done|ready|sent|out))(?: (?:by|now|@h|again|then))*$",
    # "how long did it take her?", "how long did that one take?": the time put in on the request talked about
    r"^how (?:long|much time) (?:did|has|had) (?:it|that|this|they|that one|this one) (?:take|taken"
    r"|end up taking)(?: (?:her|him|them|you))?(?: (?:in total|altogether|overall|in the end))?$",
    # "how long did ben spend on the lease?": the time a VA put in on a request (a deal is not worked on)
    r"^how (?:long|much time|many (?:hours|minutes)) (?:did|has|have|had) (?!(?:i|we|you)\b)\w+"
    r" (?:spend|spent|put in|log|logged|work|worked) on (?!(?:it|that|this|them)\b)(?!.*\b{dealnoun}\b).+$",
    # "who's handling the Baker Street duplex?" asks about a deal (statuses.py, "owner")
    r"^(?:who is|who|who has)(?: been)? (?:working on|handling|doing|on|assigned|claimed|taking care of|got"
    r"|going to (?:do|handle|take care of|work on|pick up)|gonna (?:do|handle|take)|will (?:do|handle)"
    r"|has|took|did|handled|dealt with|sorted)\b(?!.*\b{dealnoun}\b)",
    # "who has the lease renewals?": who holds a thing asked for, whatever it is called (a deal is handled)
    r"^who (?:has|has got|s got|got) (?:my |the |our )?(?!(?:it|that|this|them)$)\w",
    # "who picked up the envelopes?", "who grabbed my chair order?": who took the request
    r"^who (?:picked up|grabbed|claimed|took on) (?:my |the |our )?"
    r"(?!(?:it|that|this|them)$)\w",
    # "who ordered the toner?", "who sent them?": who did the errand (its status names who finished it; a
    # pronoun is the request talked about)
    r"^who (?:ordered|sent|added|printed|mailed|posted|wrote|finished|updated|did|handled|sorted out"
    r"|took care of) (?:my |the |our |it$|that$|this$|them$|those$)(?!.*\b{dealnoun}\b)",
    # "do I have anything else still open with her at the moment?"
    r"^(?:what is|what are|anything|is anything|is there anything|what|do i have anything|have i got anything"
    r"|do i have any(?: \w+)?)(?: of mine| of ours)?(?: else)?(?: still)? (?:pending|outstanding"
    r"|open|in progress|in the queue|queued|left|waiting|unclaimed|not done|overdue|late)\b"
    # ("what's pending closing" asks about deals, "anything open on my calendar tomorrow?" about free time)
    r"(?!.*\b(?:{deals}|{dealnoun}|close|calendar|schedule|diary)\b)(?!.*@[dh])",
    r"^(?:my |open |pending |outstanding )+{request}$",
    # "what did ben say about the holiday cards?", "what was ana's note on the toner?", "did ben say anything
    # about them?": what the VA said when they finished it
    r"^what (?:did|has) \w+ (?:{said_verb}) (?:about|on|re|regarding|for)\b",
    # ("ana's note on the toner?" alone asks the same; "send a message about …" is an errand)
    r"^(?:what (?:was|is) )?(?!(?:a|an|the|send|write|leave|add|post|draft|email|text|put|forward|get"
    r"|make)\b)\w+"
    r" (?:{note_noun}) (?:on|about|for|re|regarding)\b",
    r"^did \w+ (?:say|leave|write|add|put) (?:anything|a note|any note|something|any notes)"
    r"(?: (?:about|on|for|re)\b|$)",
    # "is the garcias thing still on?": something asked for, by the words that say only that it was
    r"^(?:is|are) (?:my |the |our |that |this )?(?:[\w-]+ ){1,3}(?:thing|one|stuff|errand|job|task)s? still"
    r" (?:on|open|happening|going|pending|active|live|a go)\b",
    # "is it still open?", "are they still pending?": the request talked about (followup.py reads which)
    r"^(?:is|are) (?:it|that|this|they|those) still (?:open|pending|waiting|outstanding|in the queue)$",
    # "show me everything that's still open", "what have I still got open?", "what do we have pending?"
    r"^(?:show me|list|give me|show|tell me)(?: all)? (?:everything|all|what is|whatever is|what)(?: that is"
    r"| that s| which is)?(?: still)? (?:open|pending|outstanding|in progress|unfinished|not done)$",
    # ("what have I got open with ben right now?": with whom, and when asked, say nothing more)
    r"^what (?:have|do) (?:i|we)(?: still)? (?:got|have)(?: still)? (?:open|pending|outstanding|in progress"
    r"|on the go|unfinished)(?: (?:with|for) \w+)?"
    r"(?: (?:right now|now|@[dh]|at the moment|currently|still))?$",
    # "what tasks are still open?", "which jobs are done"
    r"^(?:what|which|how many|any)(?: (?:open|pending|outstanding|unfinished|other|more|new))? {request}"
    r" (?:are|is|have|has|do|did|still|were|remain|left)\b(?!.*\b(?:{deals}|{dealnoun})\b)",
    r"^what (?:are|is) {someone} (?:currently |still |already )?(?:working on|handling|doing for (?:me"
    r"|us))\b",
    # "what's ben got on his plate from me now?": what is open with the VA
    r"^what (?:is|has|does|have|do) (?:{someone}|\w+) (?:got |have |get )?on"
    r" (?:his|her|their|your|the) plate\b",
)

PIPELINE = (
    r"\bpipeline\b",
    # "did any of my deals move this week?": the deals that changed stage in that time
    r"^(?:did|have|has) (?:any|anything|any of) (?:(?:my|our|the) )?deals? (?:move|moved|change|changed"
    r"|progress|progressed|advance|advanced|shift|shifted|go anywhere)\b",
    r"^(?:what|which|how many|how much|list|show|give|pull up|summari[sz]e|summary|overview|report|rundown"
    r"|recap|status|any|all|my|our|count|tell me about|where (?:are|do) (?:we|things)|how are|how is"
    r"|breakdown|total|(?:can|could|may) (?:i|we) (?:see|get|have)|let me see)\b.*\b{deals}\b"
    r"(?! (?:on|for|at|with|from) )",
    r"^(?:what|which|anything|how many|what all|what else)(?: (?:did|have|has|do|does|will|is|are) (?:we"
    r"|i)(?: got| gotten)?)? (?:is |are |has |have )?(?:closing|closed|close|closes|sell|sold|list|sign"
    r"|signed|lose|lost|win|won|went under contract|gone under contract|go under contract|listed|sold"
    r"|pending|under contract"
    r"|in escrow|going to close|set to close|fell through|expired)\b(?! (?:with|on|for) (?:the|my|our)\b)",
    # "new listings", "my open deals this week", not "the new listings flyer is printed" (a thing named after
    # the deals is what is talked about)
    r"^(?:my |all |our |the |all my |all of my |any )?(?:{stage_word} )*{deals}\b(?! (?:on|for|at|with"
    r"|from) )(?! (?!(?:this|last|next|please|now|so|right|that|which|in|at|by|closing|closed|sold|pending"
    r"|under|i|we|do|are|is|were|was|have|has|and|or|to|with|of|by|then|too|again|still|currently|only)\b)"
    r"[a-z]+)",
    r"^(?:how|hows)(?: is| are| does| do)? (?:my|our|the) (?:sales|business|numbers|quarter|month|year"
    r"|production|volume|book of business)\b",
    r"\b(?:sales|closing|production) (?:numbers|figures|report|summary|volume|totals?|stats|statistics)\b",
    r"^(?:what is |what was |show me )?(?:my |our |the )?(?:total |sales |closed )*(?:volume|gci|production"
    r"|commissions?|revenue)\b(?! (?:schedule|calendar))",
    r"^how (?:many|much)(?: \w+){0,2} (?:have|did|do|will) (?:we|i) (?:close|sell|closed|sold|list|listed)\b",
    r"^(?:show|list|give)(?: me)? (?:everything|all|anything|what is)(?: that is)? (?:under contract"
    r"|in escrow|pending|closing|closed|active|listed|sold)\b",
    # "what's in negotiation?": a stage alone names deals ("pending" and "open" ask about requests)
    r"^(?:what|which|anything|what all|what else|whats)(?: is| are)? (?:still |currently |now )?(?:in"
    r" negotiation|negotiating|being negotiated|in escrow|under contract|in contract|contingent|stalled"
    r"|listed|on the market|expired|withdrawn|fell through|in the pipeline|in play|active|live|hot|dead)\b",
    # "what moved to offer this week?", "what's in the Negotiation stage?": deals by the stage they are in
    r"^(?:what|which|anything|any deals?|how many(?: deals?)?|who)(?: (?:deals?|else|all))?(?: (?:has|have"
    r"|did|is|are))?(?: just| recently)? (?:moved?|went|go|gone|got|gotten|advanced?|progressed?|slipped|slip"
    r"|dropped|drop|came|come|made it|fell|entered)(?: back| forward| up| down)? (?:to|into|in|through)"
    r"(?: the)? {stage_name}\b",
    r"^(?:what|which|anything|how many|who)(?: deals?)?(?: is| are)?(?: still| currently| now)? (?:in|at|on)"
    r"(?: the)? (?:\w+ ){1,2}(?:stage|phase|column|bucket)\b",
    # "what's sitting at offer right now?", "which deals are at proposal?": deals by the stage they are at
    r"^(?:what|which|anything|what all|what else)(?: (?:deals?|ones?))? (?:is|are)(?: (?:still|currently|now"
    r"|sitting|stuck|parked|waiting|just))* (?:at|in)(?: the)? {stage_name}(?: stage)?\b(?! (?:for|on|with"
    r"|from|of|by) )",
    # "I'd love a quick overview of all my open deals", "I want a rundown of my deals": wished for
    # ("I'd love …" is said as a request: what is left is "an overview of my deals")
    r"^(?:(?:(?:i would|i d|id|i|we would|we d) (?:like|love)|i want|i need|we need|(?:can|could) (?:i|we)"
    r" (?:get|have))(?: to (?:see|get|have))? )?(?:a |an |the )?(?:quick |brief |short |full |little )?"
    r"(?:overview|rundown|run down|summary|list|recap|breakdown|look|update|snapshot)(?: (?:of|on|at))?"
    r" (?:all )?(?:(?:of )?(?:my|our|the) )?(?:open |active |current )?{deals}\b",
    # "give me a rundown of the deals at the offer stage": the deals at one stage, listed
    r"^(?:give|show|list|send|tell)(?: me| us)? (?:(?:a|an|the) )?(?:(?:quick|brief|short) )?"
    r"(?:(?:rundown|overview|summary|list|recap|breakdown) (?:of|on) )?(?:(?:the|my|our|all|all of) )*{deals}"
    r" (?:at|in) (?:the )?"
    r"{stage_name}(?: stage)?$",
    # "any still at the lead stage?", "any deals at offer?": whether any deal is at that stage
    r"^(?:any|anything)(?: (?:deals?|ones?|of (?:them|my deals|our deals|those)))?(?: (?:still|currently|now"
    r"|sitting|stuck|parked|waiting))* (?:at|in)(?: the)? {stage_name}(?: stage)?(?: (?:still|now|yet))?$",
)

INTENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *HOURS_INTENTS,  # time spent, hours, the weekly review and its settings: before the agenda's settings
    ("agenda.settings", (AGENDA_STOP, *AGENDA_SET)),
    *SERVICE_INTENTS,
    ("calendar.schedule", SCHEDULE),
    ("calendar.availability", AVAILABILITY),
    ("calendar.event", CALENDAR_EVENT),
    ("calendar.agenda", AGENDA),
    ("request.status", REQUEST_STATUS),
    ("deal.pipeline", PIPELINE),
    ("request.cancel", REQUEST_CANCEL_BARE),
)

# Last resort before "unknown": a calendar word and a time, in a message no other rule read.
CALENDAR_FALLBACK = r"\b(?:{cal}|{agendanoun}|{events})\b.*@[dh]|@[dh].*\b(?:{cal}|{agendanoun}|{events})\b"
