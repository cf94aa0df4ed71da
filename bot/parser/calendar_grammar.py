"""What asking about the calendar sounds like, as data: booking, free time and the agenda.

Part of the grammar (grammar.py explains the notation and puts these tables in order): scheduling is tried
before availability, and availability before the agenda, because "can you book me at 3" and "am I free at
3" both name a time and would also read as "what is at 3".
"""

from __future__ import annotations

SCHEDULE = (
    # "schedule the carpet cleaners" (a vendor, and no event with them) is an errand
    r"^(?:re-?)?schedule\b(?!.*\b(?:newsletter|e-?blast|email blast|posts?|tweets?|mailers?|postcards?"
    r"|mailing|social media|instagram|facebook)\b)(?!(?!.*\b{event}\b).*\b{travel}\b)",
    r"^book\b(?!$)(?!.*\b{travel}\b)",
    # "book a call with the plumber tomorrow at 9": a call (an event) with a vendor, not the vendor hired
    r"^book (?:a |an |me a |me an |in a )?(?:quick )?(?:call|meeting|chat|zoom|video call|phone call|coffee"
    r"|lunch|catch up|catch-up) with\b",
    r"^(?!.*\b(?:on|to|onto|off|from|into) (?:the|our|my) (?:\w+ ){0,2}(?:lists?|{list})\b)(?:set up|setup"
    r"|arrange|organi[sz]e|plan|line up|set|lock in|make|create|hold|host|throw|add|put|pencil|block|slot"
    r"|squeeze|fit)(?: me| us)?(?: in)? (?:a |an |the |my |some |another |our |that )?(?:@n "
    r"|@[dh] )?(?:\w+ ){0,2}?{event}\b(?! (?:list|supplies|paper|ad|copy|pods?|filters?|beans|visitors"
    r"|guests|attendees|sign-?ups|leads|signs|flyers?|photos|pictures|reservations?))",
    r"^(?:get|grab|do|have) (?:a |an |some )?(?:quick )?{event} (?:with|@[dh]|on|at)\b",
    r"^(?:get|find)(?: me| us)? (?:a |an )?(?:\w+ ){0,2}?(?:appointment|consultation|consult|session)\b",
    # "I need a 45 min zoom with Tom next Tuesday": a wish for an event with someone or at a time
    r"^(?:i|we) (?:need|want|would like|would love|could use)(?: to (?:have|get|do|grab|set up|book))?"
    r" (?:a |an |some )?(?:quick |short )?(?:@n )?{event} (?:with\b|@[dh]|(?:on|at|for) @)",
    r"^(?:put|add|pencil|stick|throw|block|hold|save|mark|note|enter|slot|fit|squeeze|get|place|drop"
    r"|pop)\b.*\b(?:on|in|into|to|onto|for) (?:(?:my|the|our|his|her|their|\w+) )?{cal}\b",
    r"^(?:pencil|block|hold|save|reserve|carve out)(?: me| us)? (?:in|off|out|some time|time|@n|@[dh])",
    # "put Board prep in at 1 for an hour", "pencil the lender call in for @d": a thing of the client's own
    r"^(?:put|pencil|block|slot|stick|pop|throw) (?!(?:it|that|this|me|us)\b)(?:[\w'-]+ ){1,4}?in"
    r" (?:at |for |on )?@[dh]",
    # moving or cancelling an event is a calendar.schedule too, with an `action` slot (slots.py)
    r"^(?:move|push|bump|shift|slide|reschedule|change|switch|swap|cancel|postpone|delay|clear|drop)(?: back"
    r"| up| out)? (?:my |the |our |this |that )?(?:@[dh] )?(?:\w+ ){0,2}?(?:{event}|@[dh])\b",
    # "shorten the walkthrough to half an hour", "extend my 2pm to an hour": a move to a new length
    r"^(?:shorten|cut|trim|extend|lengthen|stretch)(?: down| back| out)? (?:my |the |our |this |that )?"
    r"(?:@[dh] )?(?:\w+ ){0,2}?(?:{event}|@[dh])\b.*@n",
    # "move my thing with the hendersons to 1:30": an event named by who it is with, whatever it is called
    r"^(?:move|push|bump|shift|slide|reschedule|change|switch|postpone|delay)(?: back| up| out)?"
    r" (?:my |the |our |this |that )(?:thing|one|appointment|booking|plans?|get together|catch up) with"
    r" (?:the )?[\w'-]+",
    # "delete the photos friday" is no event: these verbs need one, or a clock time ("remove my 2pm")
    r"^(?:call off|scrap|nix|delete|remove) (?:my |the |our |this |that )?(?:@[dh] )?(?:\w+ ){0,2}?"
    r"(?:{event}|@h)\b",
    # ("add the Nguyens to my open house mailing list" adds them to a list, not to the open house)
    r"^(?:invite|add) (?:\w+ ){1,3}to (?:the |my |our |a |an |this |that )?(?:[@\w]+ ){0,2}{event}\b"
    r"(?! (?:mailing |email |e-mail |contact |guest |sign-?up |newsletter )?lists?\b)",
    r"\bsend (?:\w+ ){0,3}(?:a |an )?(?:calendar |meeting |zoom )?invite\b",
    r"^(?:a |an )?(?:quick )?(?:@n )?{event}(?: with (?:\w+ ){0,2}\w+)?(?: (?:on|at|for|from))? @[dh]",
    r"^(?:meet|meeting|see|sit down|catch up|get together|touch base|connect|talk"
    r"|chat)(?: up)? with (?:\w+ ){1,3}?(?:on |at |for )?@[dh]",
    r"^meet (?:\w+ ){1,3}?(?:on |at |for )?@[dh]",
    r"^meet(?: up)? (?:on |at )?@[dh]",
    r"^find (?:a |some )?(?:good )?time (?:to|for|when)\b",
    r"^(?:put|pencil|sign|write) (?:me|us) (?:down|in) for\b",
    r"^get (?:me|us) (?:on|in|into) (?:a |an |the )?(?:\w+ )?{event}\b",
    r"\bget (?:me|us|him|her|them) (?:scheduled|booked|on (?:the|my|his|her|their) {cal})\b",
)

AVAILABILITY = (
    # "next free 2 hours this week", "when do I next have an hour free?": the earliest free stretch
    r"^(?:(?:when|what) is |find me |show me |find )?(?:my |the )?(?:first|next|earliest|soonest)(?: (?:free"
    r"|open|available|spare))? (?:hour|half hour|@n|slot|opening|window|gap)\b"
    r"|^when do i next have @n (?:free|open|clear)\b"
    # "when's the earliest I've got 2 free hours tomorrow?", "find me 2 hours free on friday"
    r"|^(?:when is the (?:earliest|first|soonest)(?: time)?|find me|when do i have|when will i have)"
    r"(?: (?:i|that i))?(?: have| have got| got| get| can get)?(?: my| the)?(?: first| next| earliest)?"
    r" (?:an? )?(?:hour|@n) (?:free|open|clear)\b",
    # "would lunch with Greg tomorrow at 12:30 work?", "does a call with Linda at 3 suit me?"
    r"^(?:would|will|does|do|could|can|is) (?:a |an |the |my |our )?(?:quick |short )?(?:@n )?(?:\w+ ){0,2}?"
    r"{event}(?: with (?:[\w'-]+ ){1,3}?)?(?: ?@[dh])+ (?:work|be ok|be okay|be fine|be possible|be doable"
    r"|fit|suit me|be free|clash|conflict)\b",
    # "does that clash with anything?", "does it run into the dentist?": whether the time talked of is taken
    r"^(?:does|would|will|could|might|is) (?:that|it|this)(?: one| slot| time| booking| call| meeting)?"
    r"(?: (?:still|now|then))? (?:clash|clashes|conflict|overlap|collide|run into|bump into|interfere"
    r"|crash into|clashing|conflicting|overlapping)(?: with)?(?: (?:anything|something|any ?thing else"
    r"|(?:my |the |a |an )?[\w' -]+?))?(?: (?:now|then|at all))?$",
    # "2 is free right?", "so 11:15 would work?", "and is 2 definitely free?": the time said, then whether
    r"^(?:(?:so|and|then|ok|okay) )*@h(?: @d)? (?:is|would be|will be|should be|would|will|should|could"
    r"|does|do)(?: still| definitely| actually| really)? (?:{free}|ok|okay|fine|good|work|works|be ok"
    r"|be fine|be free|be good|suit me)(?: (?:right|yes|yeah|correct|then|too|yet|for me|though))*$",
    r"^(?:(?:so|and|then|ok|okay) )*is @h(?: @d)?(?: still| actually| really| even| definitely| truly)?"
    r" (?:{free}|ok|okay|fine|good)(?: (?:right|then|too|yet|for me|though))*$",
    # "can I do 11:30 tomorrow?": whether that time is free
    r"^(?:can|could) (?:i|we) (?:do|make|manage) (?:@[dh] )*@h(?: @d)*$",
    # "what about 3pm?" (the "about" may read as part of the time: "what @h")
    r"^(?:(?:what|how)(?: about)? |and )?@h(?: (?:ok|okay|good|work|works|free|open|fine|possible|doable"
    r"|any good))?$",
    # "I'm slammed today, can you answer my phone": a statement before a request is only its context
    r"^(?:i am|we are)(?: still| actually| really| definitely| totally| completely| def)? {free}\b"
    r"(?!.* , \w)",
    r"^(?:let me know|tell me|check|see|find out)(?: if| whether) @[dh](?: @[dh])*(?: (?:is|would|will"
    r"|still))? (?:{free}|ok|okay|good|fine|work|works|doable)\b",
    # "r u busy tmrw at 2?": chat-speak for "am I busy …" (Jane keeps no calendar of her own), with a time
    r"^(?:(?:so|and|ok|okay|hey) )*are you(?: still| even| actually)? {free}\b(?=.*@[dh])",
    # "can you check if I am free": "I am" inside a question; "screen my calls, I'm swamped" only says why
    r"\b(?:am i|are we|will i be|would i be|(?<=. )(?<! , )i am|(?<=. )(?<! , )we are"
    r"|is (?:my |the |that )?(?:@[dh]|calendar"
    r"|schedule|day|afternoon|morning|evening)(?: (?:slot|spot|block|window|time|hour))?(?: @[dh])?)"
    r"(?: still| actually| really| even| definitely| truly)? {free}\b",
    # ("is anything still open?" with no time asks after requests, not the calendar)
    # ("is there anything still open for me?" asks after requests)
    r"^(?:is|are|would|will|does|do) (?:@[dh]|that|there|it|anything)\b"
    r"(?!(?: anything)?(?: of (?:mine|ours))?(?: still)? open(?: for (?:me|us))?$)"
    r".*\b(?:{free}|ok|okay|good|work|works|doable|possible|a problem)\b",
    # "do I even have time then?": the adverb asks the same
    r"^(?:do i(?: still| actually| really| even)? have|have i got|got|is there|are there|any|have i|i have"
    r"|do we have|will i have|is there any)(?: any| some| a| an| enough)?(?: (?:free|open|spare|available"
    r"|empty|quick|good))? (?:{gap}\b|@n)",
    r"^(?:do i have|have i got|is there|do we have|is anything|have i) (?:anything|something|stuff"
    r"|a conflict|conflicts|any conflicts)(?: (?:booked|scheduled|on))? @h",
    r"^(?:can|could|should) (?:i|we) (?:do|fit|squeeze|take|make|have|handle|manage|hop on|jump on|swing"
    r"|accept|add|book|schedule|set up|meet)\b.*@[dh]",
    r"^(?:when|what time|what times|what days?)(?: is| are| am i| do i| would i| will i| can i| could i"
    r"| should i)? (?:my |i |a |the )?(?:next |first |earliest |soonest )?(?:free|open|available|good|best"
    r"|clear)",
    # "what's still open for me?" with no time asks about requests: a bare "open" is free time with a time
    r"^(?:what|when|which)(?: times?| days?| slots?)?(?: is| are)? (?:still )?(?:free|available)\b"
    r"|^(?:what|when|which)(?:(?: times?| days?| slots?)(?: is| are)? (?:still )?open\b"
    r"|(?: is| are)? (?:still )?open\b(?=.*@[dh]))",
    r"^when (?:can|could|should) (?:i|we) (?:meet|fit|squeeze|do|see|have|schedule|book)\b",
    r"\b(?:my|your|our) (?:availability|free time|openings|open slots|free slots)\b|\b(?:first|next"
    r"|earliest|soonest|any) (?:opening|openings|free slot|open slot|free window|gap)\b",
    r"^{free}(?: (?:at|on|for|between|from|this|anytime|any time|later))? ?(?:@[dh]|$)",
    r"^(?:find|get|give|show|tell|send)(?: me)? (?:a |an |some |my |the |any )?(?:free|open|available|spare"
    r"|good) (?:time|times|slots?|hours?|windows?|spots?|days?)\b",
    r"^(?:any|what|which)(?: free| open)? (?:openings|availability|free time|free slots|open slots|gaps)\b",
    r"^(?:any|are there any|do i have any|is there a|is there any|got any) (?:conflicts?|clash(?:es)?"
    r"|overlaps?"
    r"|double bookings?)\b",
)

# "when's my first free hour tomorrow?", "next opening on friday", "first free 30 minutes": the earliest free
# stretch of that length (the `first_free` slot, in minutes; a bare "slot" or "opening" is half an hour).
FIRST_FREE = (
    r"\b(?:first|next|earliest|soonest)(?: (?:free|open|available|spare|empty|clear))? (?:(?P<hour>hour)"
    r"|(?P<half>half hour|half an hour)|(?P<length>@n)|slot|opening|window|gap|spot|block|stretch)\b"
    r"|\bnext have (?P<length2>@n) (?:free|open|clear)\b"
    r"|^(?:when is the (?:earliest|first|soonest)|find me|when do i have|when will i have)\b.*?"
    r"(?:(?P<hour2>an? hour)|(?P<length3>@n)) (?:free|open|clear)\b"
)
# An availability question asked the other way round: "am I busy at 2?" is answered "No" when free (the
# `question` slot). "do I have anything at 4" asks whether something is there, so it is one too.
BUSY_QUESTION = (
    r"\b(?:busy|booked|tied up|blocked|taken|unavailable|occupied|slammed|swamped|double booked|double-booked"
    r"|overbooked|committed|conflicts?|clash(?:es)?|overlaps?|run into|bump into|collide|interfere)\b"
    r"|^(?:do i have|have i got|is there|do we have"
    r"|is anything|have i|are there|will i have)(?: any)? (?:anything|something|stuff|a conflict|conflicts"
    r"|meetings?|appointments?|events?)\b"
)
# Whether there is anything at all in the window, a yes/no the agenda answers "Yes —" or "No —" first:
# "anything tomorrow after 4?", "is there anything on my calendar thursday?", "any meetings friday?"
ANYTHING_QUESTION = (
    r"^(?:(?:and|so|ok|okay|hm+) )*(?:(?:is there|are there|do i have|have i got|do we have|got|will i have"
    r"|have i) )?(?:anything|something|any (?:meetings?|appointments?|appts?|events?|plans|calls?))\b"
    r"(?! else\b)"
)
# Whether there is any free time at all: "any gap in the morning?", "got any free time tomorrow?", "is there
# an opening on friday?" is answered Yes when some stretch is free (the `question` slot "gap"), not only when
# the whole window is.
GAP_QUESTION = (
    r"\b(?:any|some|an?)(?: \w+)? (?:gaps?|openings?|free time|spare time|time free|free slots?|open slots?"
    r"|free windows?|breathing room|wiggle room|breaks?|free spots?|open spots?|free hours?|window)\b(?!-)"
)
# The closing clause of a compound message, "lunch with Sam tomorrow at 12:30 - am I free?": the plan
# names the time, this clause only asks about it.
COMPOUND_CHECK = (
    r"^(?:(?:so|and|but|ok|okay|then|also) )?(?:am i|are we|will i be|would i be|am i going to be|is that"
    r"|would"
    r" that|will that|does that|is it|can i make (?:it|that)|could i make (?:it|that)|is that slot"
    r"|is that time"
    r"|does that time|would that time|do i have anything|do i have a conflict|any conflicts?)(?: still"
    r"| actually"
    r"| even| really)?(?: (?:{free}|ok|okay|good|fine|work|works|doable|possible|a problem|clash|conflict"
    r"|then))*(?: (?:for me|then|for it|with you))?$"
)
# The plan an availability question names in passing: "am I free for lunch with Greg tomorrow at 12:30?",
# "do I have time for a quick call with Dana at 3?", "can I fit in coffee with Priya on Friday at 9?" (the
# `title` and `attendees` of a booking Jane then offers).
PLAN_IN_QUESTION = (
    r"(?:\b(?:for|fit in|fit|squeeze in|squeeze|do|have|make|grab|take)(?: in)?|^(?:would|will|does|do|could"
    r"|can|is)) (?:a |an |the |my |our |some"
    r" |that )?(?:quick |short |long |little |working )?(?:@n )?"
    r"(?P<plan>(?:(?!(?:at|on|with|for|and)\b)[\w'-]+ ){0,2}?{event}"
    r"(?: with (?:(?!(?:at|on|for)\b)[\w'-]+ ){0,3}?(?!(?:at|on|for)\b)[\w'-]+)?)(?= @| ,| at\b"
    r"| on\b| for\b| then\b| instead\b|$)"
)
# "how does my day look?" names no day, yet asks about today: the window a bare word means.
DEFAULT_WINDOWS = (
    (r"\b(?:my|the|our) (?:whole |entire |full )?day\b", "today"),
    (r"\b(?:my|the|our) (?:whole |entire |full )?week\b", "this week"),
    (r"\b(?:my|the|our) weekend\b", "this weekend"),
)

AGENDA = (
    r"^@d$",
    # "anything after 4 tomorrow?", "is there anything before noon today?": the day, bounded (slots.py)
    r"^(?:(?:and|so|ok|okay) )?(?:is there |do i have |have i got |got )?anything(?: on)?(?: @d)?"
    r"(?: (?:after|before|later than|earlier than))? @h(?: @d)?$",
    # "what about tomorrow?", "and friday?": a bare follow-up about a day asks what is on it
    r"^(?:and |so |ok |okay )?(?:(?:what|how) about |and )@d(?: @d)*$",
    r"^(?:(?:tell|show|let|remind) me (?:know )?|can i see |i want to see |i would like to see )?(?:what"
    r"|which)(?: all| else)? (?:is|are|do i have|have i got|do we have|did i have|will i have|is there"
    r"|have i)(?: got)?(?: {agenda_idiom})?(?: for me| for us)?(?: (?:for|on|in|at|during))?(?: (?:my"
    r"|the) {cal})?(?: (?:for|on|in|at|during))? ?(?:@[dh]|$)",
    r"^(?:(?:tell|show|let) me (?:know )?)?what (?:do|did|will|have) (?:i|we) (?:have|got|get"
    r"|doing)\b(?! to do)(?!.*\b(?:{deals}|{stage_word})$)"  # "what have we got under contract": deals
    r"(?! (?:still )?(?:open|pending|outstanding|in progress|on the go|unfinished)\b)",  # ones asked for
    r"^(?:do|will) (?:i|we) have (?:any |a )?(?:closings?|signings?)\b.*@d",  # ones the client attends
    r"^(?:(?:tell|show|let) me (?:know )?)?what (?:am i|are we|i am|we are) (?:doing|up to)\b",
    r"^(?:what|which|how many) (?:{events}|{agendanoun}) (?:do|did|will|have) (?:i|we) (?:have|got)\b",
    r"\b(?:what|everything|anything) (?:i|we) (?:have|got|have got)\b(?! to do)",
    r"^(?:show|list|get|give|send|email|e-mail|text|read|pull up|bring up|open|check|display|share|forward"
    r"|dm|tell|print|look at|review|go over|pull|fetch|grab|walk me through|run through|remind me of|(?:can"
    r"|could|may) i (?:get|have|see)|i (?:need|want|would like))(?: me| us)?(?: (?:my|the|our|@d|whole|full"
    r"|entire|upcoming|next|first|daily|weekly|remaining|rest of|all))* (?:{cal}|{agendanoun})\b",
    r"^(?:my |the |our |@d )*(?:{cal}|agenda|appointments|meetings|events|showings|lineup"
    r"|itinerary)(?: (?:for|on|of|in|at|please))*(?: @[dh])?$",
    # "any walkthroughs this week?" asks the calendar; "any update on the walkthrough confirmation?" does not
    r"^(?:any|anything|are there any|is there anything|do i have any|do i have anything|have i got any"
    r"|got any|is anything|are any|how many)\b(?! (?:new |fresh |more )?(?:update|updates|news|word|progress"
    r"|luck|movement|feedback|developments?) (?:on|about|re|regarding|with|from|for)\b).*\b{events}\b",
    r"^(?:any|anything|is (?:there )?(?:anything|something)|(?:do|will) (?:i|we) have (?:anything|stuff"
    r"|something|much|a lot)|have (?:i|we) got (?:anything|stuff|much)|got anything)(?: (?:on|in|for"
    r"|planned|scheduled|booked|going on|going|happening|else|on the books|on the docket|on deck|on tap"
    r"|on my plate|lined up|coming up|in store|(?:i|we) (?:should|need to) know about))*(?: (?:my|the)"
    r" {cal})?(?: (?:for|on|in))? ?(?:@d|$)",
    r"^(?:what|how)(?: is| does| will)?(?: the rest of)? (?:my|the|our) (?:day|week|morning|afternoon"
    r"|evening|weekend|@d|{cal})\b.*\b(?:look|looking|looks|shaping|like|hold|holds)\b",
    # "what does tomorrow hold?", "what does Friday have in store?"
    r"^(?:what|how) (?:is|are|does|do|will) @d (?:look|looking|shaping|hold|have in store)",
    r"^what (?:is|are) (?:my|the|our) (?:{cal}|plans|appointments|meetings|events|showings|day|lineup"
    r"|itinerary)\b(?! (?:{dealnoun})\b)",
    r"^how (?:busy|booked|packed|full|slammed|crazy|hectic|swamped|heavy) (?:am i|is my|are we|is @d"
    r"|will i be|does my)\b",
    r"^how (?:is|does) (?:my |the )?(?:@d|day|week)(?: look| looking)?$",
    r"^(?:when|what time|at what time)\b.*\b(?:{event}|{events})\b",
    r"^(?:run|walk|take|talk) me through (?:my |the )?(?:@d|day|week|{cal}|{agendanoun})",
    r"^(?:(?:can|could|would|will) (?:you|u) )?(?:show|give|send|tell|read|email|text)(?: me| us)?"
    r" (?:my |the |everything (?:on |for )?|all (?:of )?)?@d(?: (?:together|both|please|too))*$",
    r"^(?:brief me on|fill me in on|go over|prep me for|preview|remind me what i have)(?: my| the)? (?:@d"
    r"|day|week|{cal})",
    r"^who (?:am i|do i|are we) (?:meeting|seeing|have|meet|talking to|see)\b",
    # "what's after the 10 o'clock?", "anything before noon tomorrow?": the day from or up to a time
    r"^(?:what|anything|is there anything|(?:what|anything) do i have|what have i got)(?: is| else)?(?: on)?"
    r" (?:after|before|later than|earlier than) (?:the |my )?@h",
    # "who's my 2 o'clock with", "where is my next showing": one event named by its time or place in line
    r"^(?:who|where|what) is (?:my|the|our) (?:next |first |last )?(?:@h|{event}|{events})(?: (?:with|at"
    r"|about|for))?$",
    r"^where (?:am i|do i need to be|should i be|do i have to be|am i supposed to be)\b",
    r"^(?:give me |send me |what is )?(?:a |the |my )?(?:rundown|run-down|overview|summary|recap|preview"
    r"|brief|briefing|heads up|lowdown|lay of the land|game plan|snapshot|breakdown) (?:of|for|on) (?:my "
    r"|the )?(?:@d|day|week|{cal}|morning)\b",
)
