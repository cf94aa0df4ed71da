"""What time spent, hours and the weekly review sound like, as data (same notation as grammar.py, which
puts these tables first: "send my weekly review at 4" is not a request to send a mailing, and "log 30m on
#12" is not an errand). Named groups carry slots (hours_slots.py reads them): `who` a person or a client.
"""

from __future__ import annotations

# The review by its names; "weekly" (or "week") is always said, so a "summary" alone stays the agenda's.
REVIEW = (
    r"(?:weekly (?:review|recap|report|summary|round ?up|digest|update|check in)|week in review"
    r"|end of (?:the )?week (?:review|recap|report|summary))"
)
_SHOW = r"(?:show|give|send|get|pull up|tell)(?: me)?"
_WEEKDAY = r"(?:mon|tues?|wednes|thu|thurs?|fri|satur|sun)(?:day)?s?"
_THE = r"(?: my| the| a| our)?"
# a day or a time follows somewhere: "... on mondays at 9", "... monday mornings instead"
_WHEN = rf"(?=.*(?:@[dh]|\b{_WEEKDAY}\b|\b\d{{1,2}}(?::\d\d)?\b))"

# "when does my weekly review get sent?": the setting asked about, not changed ("review" alone with a word of
# sending: "when is my review?" may be an event)
REVIEW_ASKED = (
    rf"^(?:(?:so|and|ok|okay|remind me) )*(?:when|what day|what time|which day)"
    # "when do i get my weekly review?"
    rf"(?: is| does| will| do| would)?(?: (?:i|we) (?:get|receive|see))?{_THE}"
    rf" (?:{REVIEW}(?: (?:get|be|being|go|going|usually|normally|typically))*"
    rf"(?: (?:sent|sent out|go out|going out|come|coming|arrive|delivered|scheduled|set))?"
    rf"|review (?:(?:get|be|being|usually|normally|typically) )?(?:sent|sent out|go out|going out|come|coming"
    rf"|arrive|delivered|scheduled))(?: (?:now|@h|again|then|these days|to me|usually|normally))*$"
)
# "is my weekly review still on?": whether it is sent at all (answered Yes or No, with the day and time)
REVIEW_ON = (
    rf"^(?:(?:so|and|ok|okay) )*(?:is|are){_THE} {REVIEW}s?(?: (?:still|even|actually|currently))?"
    r" (?:on|switched on|turned on|set up|running|active|going|coming|happening|enabled)"
    r"(?: (?:now|then|still|at all|anymore|any more))*$"
)
REVIEW_SETTINGS = (
    r"^(?:stop|cancel|pause|disable|turn off|switch off|unsubscribe(?: me)? from|no more|quit|end"
    r"|do not send(?: me)?|i do not (?:want|need)|please stop)"
    rf"(?: sending(?: me)?| the| my| your| this| a| that)* {REVIEW}s?\b",
    r"^(?:send|give|dm|message|deliver|email|get|move|change|set|switch|push|shift|make|put)(?: me)?"
    rf"{_THE} {REVIEW}\b(?: (?:to|for|on|at|every|each|come|comes|arrive|go out|{_WEEKDAY})\b| @[dh])",
    # "resume my weekly review", "turn the weekly review back on", "start sending the weekly review again"
    rf"^(?:(?:start|turn on|switch on|resume|restart|bring back|unpause)(?: sending(?: me)?)?{_THE} {REVIEW}"
    rf"|(?:turn|switch|put){_THE} {REVIEW} (?:back )?on|bring{_THE} {REVIEW} back)(?: again| back| on)*"
    r"(?: please| thanks)?$",
    # "move the review to monday", "push my review to friday at 3": the one review that is Jane's to move (an
    # event called a review names itself: "move the design review to monday")
    r"^(?:move|change|switch|push|shift|set|put|send|deliver) (?:the|my) review(?: (?:to|for|on))?"
    rf" (?:@[dh]|(?:every )?{_WEEKDAY})\b",
    # "turn the review back on" (no other review is Jane's to turn on)
    r"^(?:(?:turn|switch|put) (?:the|my) review back on|(?:resume|restart|unpause) (?:the|my) review)"
    r"(?: again| please| thanks)*$",
    rf"^(?:i (?:want|would like)|i d like|id like){_THE} {REVIEW}\b",
    # "can my weekly review come monday mornings at 9 instead?", "I'd rather get the weekly review on
    # sundays", "have my weekly review sent on Wednesdays at 10", "weekly review on mondays at 9 please"
    rf"^(?:(?:can|could|would|will|should|may) )?(?:my|the|our|that|this) {REVIEW}"
    rf" (?:come|arrive|go out|be sent"
    rf"|be moved|be delivered|be|move|happen|land|show up|get sent)\b{_WHEN}",
    rf"^(?:i would rather|i d rather|id rather|i would prefer|i d prefer|id prefer|i prefer|(?:can|could|may)"
    rf" i)(?: to)?(?: (?:get|have|receive|see))?{_THE} {REVIEW}\b{_WHEN}",
    rf"^(?:have|get|let|make) (?:my|the|our) {REVIEW} (?:sent|delivered|moved|come|arrive|go out|be sent)\b"
    rf"{_WHEN}",
    rf"^(?:my |the |our )?{REVIEW} (?:on|at|every|each|for|{_WEEKDAY})\b{_WHEN}",
    # "fine, sunday at 6pm for the weekly review then": the day and time first, what they are for after ("for
    # the review" with no verb names no event: nothing is booked or moved)
    rf"^(?:(?:fine|ok|okay|so|alright|then|how about|what about) (?:, )?)*(?:on )?(?:@[dh]|{_WEEKDAY})\b[^,]*"
    rf" for{_THE} (?:{REVIEW}|review)(?: (?:then|please|instead|thanks))*$",
    # "when does my weekly review get sent?", "so when's my review sent now?": when it comes, asked
    REVIEW_ASKED,
    REVIEW_ON,
)

_LOG_VERB = (
    r"(?:log|logged|add|added|record|recorded|track|tracked|book|booked|bill|billed|put in|put|spent|spend)"
)
_TAKE_OFF_VERB = r"(?:take|took|knock|remove|subtract|deduct|shave|cut|strip)"
_AMOUNT = (
    r"(?:[-+] ?)?(?:@n|\d[\d.:]*(?: ?(?:h|hr|hrs|hours?|m|mins?|minutes?))?|an? (?:hour|minute)"
    r"|half an hour)"
    r"(?: (?:and )?(?:@n|\d+ ?(?:m|mins?|minutes?)))?"
)
TIME_LOG = (
    rf"^(?:i )?{_LOG_VERB}(?: (?:another|an extra|a further|extra))? {_AMOUNT}(?: (?:of time|more|of work))?"
    r"(?: (?:on|to|for|against))? (?:request |req |number |no |ticket )?(?:\d{1,6}\b|@[hd](?:$| ,))",
    # "put an hour and a half on the Baker ad", "I've spent an hour on the movers one so far": a request
    # named by its words (the VA's own requests say which)
    rf"^(?:i )?(?:have |ve )?{_LOG_VERB}(?: (?:another|an extra|a further|extra))? {_AMOUNT}"
    r"(?: (?:of time|more|of work))? (?:on|to|for|against) (?:the |my |that |those )?"
    r"(?!(?:it|that|this|them|one|request|req|number|no|ticket)\b)[a-z][\w' -]*(?: , .*)?$",
    # "log 1:15 on #3": hours and minutes, which the template reads as a clock time (@h)
    r"^(?:i )?(?:log|logged|add|added|put in|record|recorded|track|tracked) @h (?:on|to|for|against)"
    r" (?:request |req |number |no |ticket )?\d{1,6}\b",
    # "log a bit on #3": time said in words Jane cannot count, asked back (hours_slots.py keeps them)
    rf"^(?:i )?{_LOG_VERB} (?:a |some )?(?:bit|while|little|little bit|few|couple|time|some time|lots"
    r"|loads|ages|a lot)(?: (?:of time|more|extra))? (?:on|to|for|against) (?:request |req |number |no"
    r" |ticket )?\d{1,6}\b",
    # "take 15 minutes off #5", "remove 15m from #5": a correction, logged as time taken away
    rf"^(?:i )?{_TAKE_OFF_VERB} {_AMOUNT}(?: (?:of time|of work))?(?: (?:off|from|off of) (?:request |req"
    r" |number |no |ticket )?\d{1,6}\b| (?:off |off of )?@[hd]$)",
)

_SPENT = (
    r"(?:spend|spent|log|logged|work|worked|put in|put into|bill|billed|clock|clocked|charge|charged|record"
    r"|recorded|track|tracked)"
)
_HOURS_NOUN = (
    r"(?:hours|time sheet|timesheet|time logged|billable hours|billed hours|hours logged|hours worked"
    r"|hours spent|time spent|time tracked|time billed|hours billed|time recorded)"
)
# "for Tom", "on Maria's requests", "by Ben": whom the hours were spent for or by (hours_slots.py reads
# them from the words after the verb; `for`/`on` name a client when someone else did the work).
_HOURS_PLAIN = r"(?:many hours|much time|many minutes)"
_SO_FAR = r"(?:in total|total|altogether|so far)"
HOURS_REPORT = (
    rf"^how {_HOURS_PLAIN}(?: (?:did|has|have|does|do|was|were|is))?"
    rf"(?: (?P<who>(?!(?:been|already)\b)[\w@]+(?: (?!{_SPENT}\b)\w+)?))?"
    rf"(?: (?:been|already|actually|really|in total|total))* {_SPENT}\b"
    # ("how much time did ben spend on the holiday cards?" asks about that request)
    r"(?! on (?:the|my|our) (?!(?:requests|account|stuff|work|errands|tasks|things)\b))",
    # "my hours this month", "ok what about my own hours?", "and my own time logged this month?"
    r"^(?:(?:what|how) about |and )?(?:(?:show|give|tell|get|pull up)(?: me)? )?(?:my |our |the |your"
    rf" |this month s |total |own )*(?:{_HOURS_NOUN}|(?<=own )time)"
    r"(?: (?:for|of|by|on) (?P<who_for>[\w@]+(?: \w+)?))?(?: @d)?$",
    # "how many hours for Tom this month?", "how much time on Maria's requests last month?"
    rf"^how {_HOURS_PLAIN}(?: (?:in total|total|altogether|so far))?(?: @d)? (?:for|on|by) (?P<who_by>[\w@]+)"
    r"(?: s)?(?: (?:requests|account|work|errands))?(?: (?:in total|total|altogether|so far))?(?: @d)?$",
    # "how many hours this month?", "how much time so far this week?": everyone's the asker may see
    rf"^how {_HOURS_PLAIN}(?: {_SO_FAR})? @d(?: {_SO_FAR})?$",
    # "how much has been logged against Tom?", "how much did we bill Maria last month?"
    r"^how much (?:has|have|was|were|did|is) (?:(?P<who_much>(?!been\b)[\w@]+) )?(?:been )?(?:logged|billed"
    r"|tracked|clocked|recorded|charged|invoiced|log|bill|track|clock|record|charge|invoice)\b",
    # "how much work did Ben do for Tom?"
    r"^how much (?:work )?(?:did|has|have|does|do|was) (?P<who_work>(?!(?:it|that|this|they|the)\b)[\w@]+)"
    r"(?: (?:already|actually))? (?:do|done|put in|get done|got done)\b",
    # "what's Tom's total this month?", "what are Ben's hours for November?"
    r"^what (?:is|are|was|were) (?P<who_total>(?!(?:my|our|your|the|this|that|his|her|their)\b)[a-z][\w-]*)"
    r" (?:total|hours|total hours|hours total|total time|time total|time)(?: (?:logged|so far|spent))?"
    r"(?: (?:for|in|during|over))?(?: @d)?$",
    # "what has been logged for Tom this month?", "what did Ben log for Maria?"
    rf"^what (?:time )?(?:has|have|was|were|did) (?:(?P<who_what>(?!been\b)[\w@]+) )?(?:been )?{_SPENT}\b"
    r"(?:(?: (?:for|on|by) [\w@]+)(?: @d)?| @d(?: so far)?)$",
    r"^(?:what are|what were|whats|what is) (?:my|our|the|your) (?:billable )?(?:hours|timesheet"
    r"|time sheet)\b",
)

_DID = (
    r"(?:do|done|get done|gotten done|got done|accomplish|accomplished|achieve|achieved|finish|finished"
    r"|complete|completed|work on|worked on|been up to|been doing|been working on)"
)
REVIEW_WEEK = (
    r"^what (?:did|have|has) (?:you|jane|my va|my assistant|the team|you guys|\w+)(?: all)?"
    rf" {_DID}(?: for (?:me|us))?(?: so far)?(?: @d)?(?: so far)?$",
    r"^what (?:got|was|has been|have been|did you get|did we get|have you got|have you gotten)"
    r" (?:done|finished|completed|accomplished)(?: for (?:me|us))?(?: @d)?(?: so far)?$",
    rf"^(?:{_SHOW} )?(?:my |the |a |this |our )?(?:{REVIEW}|recap of (?:the|my|this) week"
    r"|review of (?:the|my|this) week)(?: now| so far| please)?$",
    r"^(?:recap|review|summari[sz]e|sum up)(?: (?:my|the|this|our))? week$",
    r"^how (?:was|did) (?:my|our|the) week(?: go)?$",
    # "did anything get done for me last week?", "has much been done for us this week?"
    r"^(?:(?:did|has|have|was|were) )?(?:anything|much|any work|stuff|things)(?: (?:get|got|been))?"
    rf" {_DID}(?: for (?:me|us))?(?: @d)?(?: so far)?$",
)

HOURS_INTENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("review.settings", REVIEW_SETTINGS),
    ("time.log", TIME_LOG),
    ("hours.report", HOURS_REPORT),
    ("review.week", REVIEW_WEEK),
)
