"""What each intent and duty sounds like, as data: regular expressions over the normalised message.

The recogniser tries the tables top to bottom and the first pattern that matches wins, so the order is
part of the grammar: scheduling before availability before agenda, then requests, the pipeline, status
questions, and last the errands. `{name}` expands to a word class of vocabulary.py; time expressions
have already been replaced by `@d` (a day or window), `@h` (a clock time) and `@n` (a length), which
`{when}` matches. Patterns see the message without polite openings ("can you", "please").
"""

from __future__ import annotations

SMALLTALK = (
    r"(?:(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day|night)|morning|gm"
    r"|what is up|sup|how are you(?: doing| today)?|how is it going|thanks|thank you|thanks a lot|many thanks"
    r"|much appreciated|appreciate it|cheers|great|awesome|perfect|cool|nice|ok|okay|got it|sounds good"
    r"|will do|bye|goodbye|see you|see ya|later|have a (?:good|nice|great) (?:day|night|weekend|one)"
    r"|you are (?:the best|a lifesaver|a life saver|a star|a gem|amazing|awesome|great)|you rock|lol|haha|yes"
    r"|no|yep|nope|sure)(?: jane| there| again| so much| very much| too| all)*(?: ,)? ?)+"
)
HELP = (
    r"(?:help|help me|help please|i need help|need help|commands|command list|list commands|menu|options"
    r"|usage|instructions|how does (?:this|it|jane)(?: thing| bot| app)? work|how do i use (?:this|you|jane|it)"
    r"(?: thing| bot| app)?|what (?:(?:kind|kinds|sort|sorts|type|types) of )?(?:things |stuff |tasks )?can"
    r" (?:you|jane) (?:do|handle|help(?: me)? with)(?: for (?:me|us))?|what can you do"
    r"|what can you help (?:me )?with|what (?:can|should) i ask(?: you| jane)?(?: to do| for| to help with)?|what do you do|who are you"
    r"|what are you|what are (?:my|the|your) (?:options|commands|features|abilities|skills)"
    r"|what are you (?:able to|capable of|good for|for)(?: do| doing| help(?: me)?(?: with)?| handle)?|how can you help(?: me)?|can you help(?: me)?"
    r"|what can i (?:say|do|ask)|show (?:me )?(?:the )?(?:commands|help|options|menu)|what else can you do"
    r"|how do i (?:talk to|work with) (?:you|jane)|what do i (?:say|type)|examples?)(?: jane| please| ,)*"
)

# The duty an intent always needs (a task's duty depends on the errand: see errands.py).
INTENT_DUTIES = {
    "agenda.settings": "daily_schedule",
    "calendar.agenda": "daily_schedule",
    "calendar.availability": "daily_schedule",
    "calendar.schedule": "appointment_scheduling",
    "deal.status": "sales_tracking",
    "deal.pipeline": "sales_tracking",
}

# The morning agenda's own settings (issue #7) come first: "send my agenda at 7:30" is not a question
# about 7:30, and "stop the morning agenda" is not an errand. AGENDA_STOP also drives the `stop` slot.
AGENDA_NOUN = r"(?:agenda|schedule|calendar|briefing|rundown|summary|day)"
AGENDA_STOP = (
    r"^(?:stop|cancel|pause|disable|turn off|switch off|unsubscribe(?: me)? from|no more|quit|end|skip"
    r"|do not send(?: me)?|i do not (?:want|need)|please stop)(?: sending(?: me)?| the| my| your| this)*"
    r"(?: (?:daily|morning|@d|everyday|automatic|auto))* (?:agenda|briefing|rundown|summary)\b"
)
AGENDA_SET = (
    r"^(?:send|give|dm|message|text|deliver|email|get)(?: me)?(?: my| the| a)(?: (?:daily|morning|@d))*"
    rf" {AGENDA_NOUN}\b(?: (?:every|each) (?:day|@d|weekday|morning))?"
    r"(?: on weekdays| every| each| daily)? @h",
    r"^(?:change|move|set|switch|push|make|shift)(?: my| the)(?: (?:daily|morning|@d))*"
    r" (?:agenda|briefing|rundown)\b(?: (?:message|email|dm))?(?: time)?(?: (?:to|at|for))? (?:@h|\d)",
)

SCHEDULE = (
    r"^(?:re-?)?schedule\b(?!.*\b(?:newsletter|e-?blast|email blast|posts?|tweets?|mailers?|postcards?"
    r"|mailing|social media|instagram|facebook)\b)",
    r"^book\b(?!.*\b{travel}\b)",
    r"^(?!.*\b(?:on|to|onto|off|from|into) (?:the|our|my) (?:\w+ ){0,2}(?:lists?|{list})\b)(?:set up|setup"
    r"|arrange|organi[sz]e|plan|line up|set|lock in|make|create|hold|host|throw|add|put|pencil|block|slot"
    r"|squeeze|fit)(?: me| us)?(?: in)? (?:a |an |the |my |some |another |our |that )?(?:@n "
    r"|@[dh] )?(?:\w+ ){0,2}?{event}\b(?! (?:list|supplies|paper|ad|copy|pods?|filters?|beans|visitors"
    r"|guests|attendees|sign-?ups|leads|signs|flyers?|photos|pictures))",
    r"^(?:get|grab|do|have) (?:a |an |some )?(?:quick )?{event} (?:with|@[dh]|on|at)\b",
    r"^(?:get|find)(?: me| us)? (?:a |an )?(?:\w+ ){0,2}?(?:appointment|consultation|consult|session)\b",
    # "I need a 45 min zoom with Tom next Tuesday": a wish for an event with someone or at a time
    r"^(?:i|we) (?:need|want|would like|would love|could use)(?: to (?:have|get|do|grab|set up|book))?"
    r" (?:a |an |some )?(?:quick |short )?(?:@n )?{event} (?:with\b|@[dh]|(?:on|at|for) @)",
    r"^(?:put|add|pencil|stick|throw|block|hold|save|mark|note|enter|slot|fit|squeeze|get|place|drop"
    r"|pop)\b.*\b(?:on|in|into|to|onto|for) (?:my|the|our|his|her|their|\w+) {cal}\b",
    r"^(?:pencil|block|hold|save|reserve|carve out)(?: me| us)? (?:in|off|out|some time|time|@n|@[dh])",
    r"^(?:move|push|bump|shift|slide|reschedule|change|switch|swap|cancel|postpone|delay|clear|drop)(?: back"
    r"| up| out)? (?:my |the |our |this |that )?(?:@[dh] )?(?:\w+ ){0,2}?(?:{event}|@[dh])\b",
    r"^(?:invite|add) (?:\w+ ){1,3}to (?:the |my |our |a |an |this |that )?(?:[@\w]+ ){0,2}{event}\b",
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
    r"^@h(?: (?:ok|okay|good|work|works|free|open|fine|possible|doable|any good))?$",
    # "I'm slammed today, can you answer my phone": a statement before a request is only its context
    r"^(?:i am|we are)(?: still| actually| really)? {free}\b(?!.* , \w)",
    r"^(?:let me know|tell me|check|see|find out)(?: if| whether) @[dh](?: @[dh])*(?: (?:is|would|will"
    r"|still))? (?:{free}|ok|okay|good|fine|work|works|doable)\b",
    r"\b(?:am i|are we|will i be|would i be|(?<=. )i am|(?<=. )we are|is (?:my |the )?(?:@[dh]|calendar"
    r"|schedule|day|afternoon|morning|evening))(?: still| actually| really)? {free}\b",
    r"^(?:is|are|would|will|does|do) (?:@[dh]|that|there|it|anything)\b.*\b(?:{free}|ok|okay|good|work|works"
    r"|doable|possible|a problem)\b",
    r"^(?:do i have|have i got|got|is there|are there|any|have i|i have|do we have|will i have"
    r"|is there any)(?: any| some| a| an| enough)?(?: (?:free|open|spare|available|empty|quick"
    r"|good))? (?:{gap}\b|@n)",
    r"^(?:do i have|have i got|is there|do we have|is anything|have i) (?:anything|something|stuff"
    r"|a conflict|conflicts|any conflicts)(?: (?:booked|scheduled|on))? @h",
    r"^(?:can|could|should) (?:i|we) (?:do|fit|squeeze|take|make|have|handle|manage|hop on|jump on|swing"
    r"|accept|add|book|schedule|set up|meet)\b.*@[dh]",
    r"^(?:when|what time|what times|what days?)(?: is| are| am i| do i| would i| will i| can i| could i"
    r"| should i)? (?:my |i |a |the )?(?:next |first |earliest |soonest )?(?:free|open|available|good|best"
    r"|clear)",
    r"^(?:what|when|which)(?: times?| days?| slots?)?(?: is| are)? (?:still )?(?:free|open|available)\b",
    r"^when (?:can|could|should) (?:i|we) (?:meet|fit|squeeze|do|see|have|schedule|book)\b",
    r"\b(?:my|your|our) (?:availability|free time|openings|open slots|free slots)\b|\b(?:first|next"
    r"|earliest|soonest|any) (?:opening|openings|free slot|open slot|free window|gap)\b",
    r"^{free}(?: (?:at|on|for|between|from|this|anytime|any time|later))? ?(?:@[dh]|$)",
    r"^(?:find|get|give|show|tell|send)(?: me)? (?:a |an |some |my |the |any )?(?:free|open|available|spare"
    r"|good) (?:time|times|slots?|hours?|windows?|spots?|days?)\b",
    r"^(?:any|what|which)(?: free| open)? (?:openings|availability|free time|free slots|open slots|gaps)\b",
)

AGENDA = (
    r"^@d$",
    r"^(?:(?:tell|show|let|remind) me (?:know )?|can i see |i want to see |i would like to see )?(?:what"
    r"|which)(?: all| else)? (?:is|are|do i have|have i got|do we have|did i have|will i have|is there"
    r"|have i)(?: got)?(?: {agenda_idiom})?(?: for me| for us)?(?: (?:for|on|in|at|during))?(?: (?:my"
    r"|the) {cal})?(?: (?:for|on|in|at|during))? ?(?:@[dh]|$)",
    r"^(?:(?:tell|show|let) me (?:know )?)?what (?:do|did|will|have) (?:i|we) (?:have|got|get"
    r"|doing)\b(?! to do)",
    r"^(?:(?:tell|show|let) me (?:know )?)?what (?:am i|are we|i am|we are) (?:doing|up to)\b",
    r"^(?:what|which|how many) (?:{events}|{agendanoun}) (?:do|did|will|have) (?:i|we) (?:have|got)\b",
    r"\b(?:what|everything|anything) (?:i|we) (?:have|got|have got)\b(?! to do)",
    r"^(?:show|list|get|give|send|email|e-mail|text|read|pull up|bring up|open|check|display|share|forward"
    r"|dm|tell|print|look at|review|go over|pull|fetch|grab|walk me through|run through|remind me of|(?:can"
    r"|could|may) i (?:get|have|see)|i (?:need|want|would like))(?: me| us)?(?: (?:my|the|our|@d|whole|full"
    r"|entire|upcoming|next|first|daily|weekly|remaining|rest of|all))* (?:{cal}|{agendanoun})\b",
    r"^(?:my |the |our |@d )*(?:{cal}|agenda|appointments|meetings|events|showings|lineup"
    r"|itinerary)(?: (?:for|on|of|in|at|please))*(?: @[dh])?$",
    r"^(?:any|anything|are there any|is there anything|do i have any|do i have anything|have i got any"
    r"|got any|is anything|are any|how many)\b.*\b{events}\b",
    r"^(?:any|anything|is there anything|(?:do|will) (?:i|we) have (?:anything|stuff|something|much|a lot)"
    r"|have (?:i|we) got (?:anything|stuff|much)|got anything)(?: (?:on|in"
    r"|for|planned|scheduled|booked|going on|going|happening|else|on the books|on the docket|on deck|on tap"
    r"|on my plate|lined up|coming up|in store))*(?: (?:my|the) {cal})?(?: (?:for|on|in))? ?(?:@d|$)",
    r"^(?:what|how)(?: is| does| will)? (?:my|the|our) (?:day|week|morning|afternoon|evening|weekend|@d"
    r"|{cal})\b.*\b(?:look|looking|looks|shaping|like)\b",
    r"^(?:what|how) (?:is|are|does|will) @d (?:look|looking|shaping)",
    r"^what (?:is|are) (?:my|the|our) (?:{cal}|plans|appointments|meetings|events|showings|day|lineup"
    r"|itinerary)\b(?! (?:{dealnoun})\b)",
    r"^how (?:busy|booked|packed|full|slammed|crazy|hectic|swamped|heavy) (?:am i|is my|are we|is @d"
    r"|will i be|does my)\b",
    r"^how (?:is|does) (?:my |the )?(?:@d|day|week)(?: look| looking)?$",
    r"^(?:when|what time|at what time)\b.*\b(?:{event}|{events})\b",
    r"^(?:run|walk|take|talk) me through (?:my |the )?(?:@d|day|week|{cal}|{agendanoun})",
    r"^(?:show|give|send|tell|read|email|text)(?: me| us)? (?:my |the )?@d$",
    r"^(?:brief me on|fill me in on|go over|prep me for|preview|remind me what i have)(?: my| the)? (?:@d"
    r"|day|week|{cal})",
    r"^who (?:am i|do i|are we) (?:meeting|seeing|have|meet|talking to|see)\b",
    r"^where (?:am i|do i need to be|should i be|do i have to be|am i supposed to be)\b",
    r"^(?:give me |send me |what is )?(?:a |the |my )?(?:rundown|run-down|overview|summary|recap|preview"
    r"|brief|briefing|heads up|lowdown) (?:of|for|on) (?:my |the )?(?:@d|day|week|{cal}|morning)\b",
)

REQUEST_STATUS = (
    r"^(?:what|which|show|list|any|how|where|status|check|give|tell|see|view|are|is|did|have|has|do|can"
    r"|cancel|update)\b.*\b(?:my|our|all|any|open|pending|outstanding|current|active|recent|last|latest"
    r"|previous|existing|unfinished|incomplete|the) (?:\w+ )?{request}\b",
    # A deal's news is not a request's: "has the appraisal come in?" asks about a deal.
    r"^(?!(?!.*\b(?:{request}|{supply}|{mailing}|{tasknoun})\b).*\b{dealnoun}\b)(?:did|has|have|was|were|is"
    r"|are|had)\b.*\b{done}\b",
    r"^did (?:{someone}|\w+) (?:ever |already |actually |finally )?{did_verb}\b",
    r"^(?:has|have|did|is|are) {someone} (?:\w+ )?(?:claimed|picked|taken|started|looked|gotten|got|touched"
    r"|seen|grabbed|accepted|worked|working|handling|on it|on that|on this)\b",
    r"^(?:who is|who|who has)(?: been)? (?:working on|handling|doing|on|assigned|claimed|taking care of|got"
    r"|has|took)\b",
    r"^(?:what is|what are|anything|is anything|is there anything|what)(?: still)? (?:pending|outstanding"
    r"|open|in progress|in the queue|queued|left|waiting|unclaimed|not done|overdue|late)\b(?!.*\b{deals}\b)",
    r"^(?:my |open |pending |outstanding )+{request}$",
    r"^what (?:are|is) {someone} (?:currently |still |already )?(?:working on|handling|doing for (?:me|us))\b",
)

PIPELINE = (
    r"\bpipeline\b",
    r"^(?:what|which|how many|how much|list|show|give|pull up|summari[sz]e|summary|overview|report|rundown"
    r"|recap|status|any|all|my|our|count|tell me about|where (?:are|do) (?:we|things)|how are|how is"
    r"|breakdown|total)\b.*\b{deals}\b(?! (?:on|for|at|with|from) )",
    r"^(?:what|which|anything|how many|what all|what else)(?: (?:did|have|has|do|does|will|is|are) (?:we"
    r"|i))? (?:is |are |has |have )?(?:closing|closed|close|closes|sell|sold|list|sign|signed|lose|lost|win"
    r"|won|went under contract|gone under contract|go under contract|listed|sold|pending|under contract"
    r"|in escrow|going to close|set to close|fell through|expired)\b",
    r"^(?:my |all |our |the |all my |all of my |any )?(?:{stage_word} )*{deals}\b(?! (?:on|for|at|with"
    r"|from) )",
    r"^(?:how|hows)(?: is| are| does| do)? (?:my|our|the) (?:sales|business|numbers|quarter|month|year"
    r"|production|volume|book of business)\b",
    r"\b(?:sales|closing|production) (?:numbers|figures|report|summary|volume|totals?|stats|statistics)\b",
    r"^how (?:many|much)(?: \w+){0,2} (?:have|did|do|will) (?:we|i) (?:close|sell|closed|sold|list|listed)\b",
    r"^(?:show|list|give)(?: me)? (?:everything|all|anything|what is)(?: that is)? (?:under contract"
    r"|in escrow|pending|closing|closed|active|listed|sold)\b",
    # "what's in negotiation?": a stage alone names deals ("pending" and "open" ask about requests)
    r"^(?:what|which|anything|what all|what else|whats)(?: is| are)? (?:still |currently |now )?(?:in"
    r" negotiation|negotiating|being negotiated|in escrow|under contract|in contract|contingent|stalled"
    r"|listed|on the market|expired|withdrawn|fell through|in the pipeline|in play|active|live|hot|dead)\b",
)

INTENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("agenda.settings", (AGENDA_STOP, *AGENDA_SET)),
    ("calendar.schedule", SCHEDULE),
    ("calendar.availability", AVAILABILITY),
    ("calendar.agenda", AGENDA),
    ("request.status", REQUEST_STATUS),
    ("deal.pipeline", PIPELINE),
)

# Last resort before "unknown": a calendar word and a time, in a message no other rule read.
CALENDAR_FALLBACK = r"\b(?:{cal}|{agendanoun}|{events})\b.*@[dh]|@[dh].*\b(?:{cal}|{agendanoun}|{events})\b"
