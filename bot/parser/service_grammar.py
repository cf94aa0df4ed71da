"""What asking Jane for what she does herself sounds like, as data: reminders, phases, the VA, single events,
withdrawing a request, and the VA's own queue in words.

Same notation as grammar.py, which puts these tables in order (before the calendar's, because "remind me at 4
to call the lender" names a time and "claim 12" would read as an errand). Named groups carry the slots
(service_slots.py reads them): `p` a phase, `n` a request number, `about` the words naming a request or a
reminder, `which` "newest"/"oldest", `note` and `reason` the VA's words, `client` a client, `event` an event.
"""

from __future__ import annotations

# A phase as people write it: "3", "three", "III" (the message is lower-cased, so "iii").
_PHASE = r"phase (?P<p>[1-3]|one|two|three|iii|ii|i)\b"
# A request as a VA names it: "#12" reads "12" once the punctuation is gone.
_NUMBER = r"(?:(?:request|req|number|no|ticket) )?(?P<n>\d{1,6})"
_IT = r"(?:that one|this one|it|that|this)"
_I_WILL = (
    r"(?:(?:ok|okay|alright|right|sure|fine|cool) )?(?:(?:i will|i can|let me|i am going to|going to|gonna"
    r"|i am gonna|i am|i could|i ll) )?(?:(?:happily|gladly|just|also|now|quickly) )?"
)
_CLAIM_VERB = r"(?:take|claim|grab|pick up|handle|do|get|jump on|start on|work on|have)"
# "ok i'll grab that one", "sure, let me do it": who says they will take something (said with a pronoun)
_I_WILL_SAY = (
    r"(?:(?:ok|okay|alright|right|sure|fine|cool|yep|yes|actually|oh|wait)(?: ,)? )*(?:i will|i can|let me"
    r"|i am going to"
    r"|i am gonna|i could|i ll)(?: just)? "
)
# "... then", "... please": words after a claim that change nothing about it
# ("now" is a moment to the time reader, so it reaches these words as "@h")
_THEN = r"(?: (?:then|please|now|@h|next|thanks|for me|instead|if that is ok|after all|again|anyway))*"
_NOTE = r"(?: (?:,|-|:|and))*(?: (?P<note>.+))?$"
# "what exactly does phase 3 unlock?", "what did phase two give me again?": words that change nothing asked
_ADVERB = (
    r"(?: (?:exactly|actually|precisely|else|again|really|specifically|even|extra|more|additional|new))?"
)
# What a phase brings, said as a verb after it: "what does phase 2 come with?", "what would phase 3 involve?"
_BRING = (
    r"(?:unlock|add|give|include|get|bring|mean|cover|do|offer|let|open up|come with|have|involve|contain"
    r"|entail|allow|enable|consist of|provide|grant)"
)
# the same verb told ("remind me what phase 1 covers") or looked back on ("what phase two gave me")
_BRINGS = (
    r"(?:unlocks|adds|gives|includes|gets|brings|means|covers|does|offers|lets|opens up|comes with|has"
    r"|involves|contains|entails|allows|enables|consists of|provides|grants|is about|gave|covered|included"
    r"|came with|unlocked|added|brought|offered)"
)
# what a phase is made of, named before the verb: "what features come with phase 3?", "what kind of stuff…"
_THINGS = (
    r"(?:(?:kinds?|sorts?|types?) of )?(?:(?:other|extra|more|new) )?(?:things|stuff|features|services|duties"
    r"|perks|benefits|tasks|extras|help|options|jobs|errands|privileges|permissions|access)"
)

# What a phase lets the client do, as the verb before the thing: "which phase would I need to see that?"
_USE = (
    r"(?:do|see|get|have|use|book|access|ask for|track|manage|check|read|send|order|look at|look up|view"
    r"|keep track of|keep an eye on|follow|hear about|know about)"
)
# The client's own phase, by pronoun: "does my phase cover mailing lists?"
_MINE = (
    r"(?:my (?:current |present |existing |own )?(?:phase|plan|level|tier)|this phase"
    r"|the phase i am (?:in|on)|where i am)"
)
# A phase named without capturing which: "the difference between phase 1 and phase 2"
_ANY_PHASE = r"phase (?:[1-3]|one|two|three|iii|ii|i)"
# A duty switched on: "get that turned on", "have it unlocked"
_ON = r"(?:turned (?:back )?on|switched (?:back )?on|unlocked|enabled|activated|added|opened up|sorted)"

PHASE_INFO = (
    r"^(?:what|which) phase (?:am i|are we|i am|we are|is my account|is my plan)(?: currently| now| right now"
    r"| at the moment)?(?: (?:in|on|at)\b|$)",
    r"^(?:what is|tell me) my (?:current )?phase\b|^(?:my|current) phase$",
    # "what phase have you got me on?", "which phase did you put us in?"
    r"^(?:what|which) phase (?:have|did|do) (?:you|they|ben|jane|\w+) (?:got|get|put|set|have|place|placed)"
    r" (?:me|us|my account)(?: currently| now| right now| at the moment)? (?:in|on|at|under)\b",
    # "what does Phase III unlock?", "what else does phase 2 come with?", "what features does phase 3 add?",
    # "what would being on phase 3 get me?"
    rf"^(?:(?:remind me|tell me|so|and|but) )?what(?: {_THINGS})?{_ADVERB} (?:does|would|will|do|did|can"
    rf"|could) (?:being (?:in|on|at) |moving (?:up )?to |going (?:up )?to )?{_PHASE}{_ADVERB} {_BRING}\b",
    # "what would that phase include?": the phase talked about (or the one a refusal named), by pronoun
    rf"^(?:(?:remind me|tell me|so|and|but) )?what(?: {_THINGS})?{_ADVERB} (?:does|would|will|do|can|could)"
    rf" (?:that|this) (?:phase|level|tier){_ADVERB} {_BRING}\b",
    # "what does the next phase give me?", "what would the next level add?": the phase above the client's
    rf"^(?:(?:remind me|tell me|so|and|but) )?what(?: {_THINGS})?{_ADVERB} (?:does|would|will|do|can|could)"
    rf" (?:the )?next (?:phase|level|tier|step up){_ADVERB} {_BRING}\b",
    # "remind me what phase 1 covers", "tell me what phase 3 gets me"
    rf"^(?:remind me|tell me|explain|i forget|i forgot|not sure) what(?: {_THINGS})? {_PHASE}{_ADVERB}"
    rf" {_BRINGS}\b",
    # "what do you do in phase 2?", "what can you do for me in phase 3?"
    rf"^what{_ADVERB} (?:do|would|will|can|could|did) you (?:do|handle|take on|cover|take care of)"
    rf"(?: for (?:me|us))? (?:in|with|at|on|under) {_PHASE}",
    rf"^what (?:are|were) (?:the )?{_PHASE} {_THINGS}\b",
    # "what do I get with phase 3?", "what do phase 2 clients get?", "what would I get if I moved to phase 3?"
    rf"^what{_ADVERB} (?:do|would|will|can|could|does|did) (?:i|we|you|they|clients|people|a client)"
    rf" (?:get|have|receive)(?: (?:extra|more|then))?"
    rf"(?: (?:with|in|from|at|on|under|for|out of)| (?:if|once|when) (?:i|we) (?:go|move|get|am|are|was|were"
    rf"|upgrade|moved|went|got)(?: up)?(?: to| in| on| into)?)? {_PHASE}",
    rf"^what{_ADVERB} (?:do|would|will|can|could|does|did) {_PHASE} (?:clients|people|accounts|members)"
    rf" (?:get|have|receive)\b",
    # "what's included in phase 3?", "what comes with phase II", "what kind of stuff is covered by phase 2?"
    rf"^(?:(?:and|so) )?what(?: {_THINGS})?{_ADVERB} (?:is|are|was|were|comes?|came|would come|will come)"
    r"(?: (?:included|covered|available"
    rf"|offered|unlocked|added|part|on offer))?(?: (?:with|in|of|on|by|under))? {_PHASE}",
    rf"^what (?:are the perks|are the benefits)(?: with| in| of| on)? {_PHASE}",
    rf"^(?:and |what about |how about )?{_PHASE}$",
    rf"^tell me (?:about|more about) {_PHASE}",
    rf"^how (?:do|can|would|could|should|will) (?:i|we) (?:get|move|go|upgrade|level up|advance|graduate"
    rf"|unlock"
    rf"|reach|qualify for|be|get bumped|get moved)(?: up| back| back up)?(?: to| into| for| on)? {_PHASE}",
    rf"^how (?:do|can|would|could|should|might|may) (?:i|we) (?:get|have) {_IT}(?: feature)?"
    rf" (?:unlocked\b|back\b|{_ON})",
    # "what would it take to get the calendar unlocked?": the phase a thing needs
    r"^what (?:would|will|does|do) it take (?:for (?:me|us) )?to (?:get|have) (?:my |the )?(?P<about>"
    r"(?!(?:it|that|this)\b)[\w ]+?) (?:unlocked|turned on|switched on|enabled|activated)\b",
    # "how do i get the calendar unlocked?": the phase the thing named needs
    r"^how (?:do|can|would|could|should|might) (?:i|we) get (?:my |the |our )?(?P<about>"
    r"(?!(?:it|that|this)\b)[\w ]+?) (?:unlocked|turned on|switched on|enabled|activated)\b",
    # "what would I need to do to get that turned on?" after a refusal
    rf"^what (?:would|do|will|should) (?:i|we) (?:need to|have to) do to (?:get|have) {_IT}"
    r" (?:turned on|unlocked|switched on|enabled|activated)\b",
    # "how do I ask to move up?": how a move up is asked for
    r"^how (?:do|can|would|could|should) (?:i|we) (?:ask|request|apply) (?:to|for)"
    r" (?:move|moving|go|going|get|getting) (?:up|higher|to the next phase)\b",
    # "how do I ask him to move me up to phase 2?", "how can I get ana to bump us up?"
    r"^how (?:do|can|would|could|should) (?:i|we) (?:ask|get|tell|request) (?:him|her|them|my va|\w+)"
    rf" to (?:move|bump|put|take|raise|step) (?:me|us) up(?: (?:to|into) {_PHASE})?\b",
    # "how would I get access to that?" after a refusal: the phase the refused ask needs
    rf"^how (?:do|can|would|could|should|might|may) (?:i|we) (?:get|have|gain) access to {_IT}$",
    # "how might I go about having that made available to me?": the same, said at length
    rf"^how (?:do|can|would|could|should|might|may) (?:i|we) (?:go about |set about )?(?:getting|having|get"
    rf"|have|gaining) (?:access to )?{_IT}(?: (?:made available|turned on|unlocked|enabled|switched on"
    rf"|opened up|added))?(?: (?:to|for) (?:me|us))?$",
    # "what would it take to get to phase 2?": how to move up to it
    rf"^what (?:would|will|does|do) it take (?:for (?:me|us) )?to (?:get|move|go|reach|be moved|get moved"
    rf"|get bumped)(?: up)?(?: to| into| on)? {_PHASE}",
    # "what's different about phase two?", "what's new in phase 3?": what it adds
    rf"^what(?: is)? (?:different|new|extra|the difference) (?:about|in|with) {_PHASE}",
    # "what can't you do for me yet?": what the next phase would unlock
    r"^(?:(?:and|so|ok|okay) )?what (?:else )?(?:can not|cannot|could not|will not|are you not able to)"
    r" (?:you )?(?:do|handle|help with|take on)(?: for (?:me|us))?(?: (?:yet|@h|at the moment|right @h))?$",
    rf"^how (?:do|can|would|could|should) (?:i|we) unlock(?: {_IT}\b|$)",
    r"^(?:which|what) phase (?:would|do|will|should|must) (?:i|we) (?:need|have to be in|be in|need to be in)"
    rf"(?: (?:for|to {_USE}) (?P<about>.+?))?$",
    # "is that a phase 2 thing?", "so it's phase 3 I need for that?", "do I need phase 3 to see my deals?":
    # whether the phase named is the one a thing needs (service_slots.py reads the guess)
    rf"^(?:(?:so|and|ok|okay|wait|hmm|but)(?: ,)? )*(?:is|would|will) (?P<about>{_IT}) (?:be )?(?:a |an )?"
    rf"{_PHASE}(?: (?:thing|feature|duty|perk|one|item|level|only))?(?: (?:then|too|only|right|yet))*$",
    # "is ad copy a phase 2 thing?": the thing named, with what it is called in the phases
    rf"^(?:(?:so|and|ok|okay|wait|hmm|but)(?: ,)? )*(?:is|are|would|will) (?!{_IT}\b)(?P<about>.+?)"
    rf" (?:be )?(?:a |an )?{_PHASE} (?:thing|feature|duty|perk|item|only thing)"
    rf"(?: (?:then|too|only|right|yet|though))*$",
    # "so I'd need phase 3 for that?": the guess said as a statement
    rf"^(?:(?:so|and|ok|okay|wait|hmm|but)(?: ,)? )*(?:i|we) (?:would |will |do )?"
    rf"(?:need|have to be (?:in|on)|need to be (?:in|on)) {_PHASE}(?: (?:for|to {_USE}) (?P<about>.+?))?"
    rf"(?: (?:then|right|though))*$",
    rf"^(?:(?:so|and|ok|okay|wait|hmm|but)(?: ,)? )*(?:it is|that is|so it is|it would be|that would be|its"
    rf"|thats)"
    rf" {_PHASE} (?:i|we) (?:would )?(?:need|have to be in|must be in|need to be in)"
    rf"(?: (?:for|to {_USE}) (?P<about>.+?))?(?: (?:then|right))*$",
    rf"^(?:(?:so|and|ok|okay|wait|hmm|but)(?: ,)? )*(?:do|would|will) (?:i|we) (?:need|have to be (?:in|on)"
    rf"|need to be (?:in|on)) {_PHASE}(?: (?:for|to {_USE}) (?P<about>.+?))?(?: (?:then|right))*$",
    # "does my phase cover mailing lists?", "is ad copy included in phase 2?", "can I get ads in my phase?"
    rf"^(?:does|would|will|do) (?:{_MINE}|{_PHASE}|it|that)(?: (?:still|now|already|even|also|actually))?"
    rf" (?:cover|include|allow|unlock|come with"
    rf"|let me {_USE}"
    rf"|give me|get me) (?P<about>.+?)$",
    rf"^(?:is|are) (?P<about>.+?)(?: (?:still|now|already|even|also))? (?:included|covered|part of|allowed"
    rf"|available|unlocked)(?: (?:in|on|by"
    rf"|with|under|at))? (?:{_MINE}|{_PHASE})$",
    rf"^(?:can|could|may) (?:i|we) (?:ask (?:you )?for|get|have|use|{_USE}) (?P<about>.+?) (?:in|on|with|at"
    rf"|under) (?:{_MINE}|{_PHASE})$",
    # "what's the difference between that and phase 2?", "how is phase 2 different?": what that phase adds
    rf"^what(?: is|s)? (?:the )?(?:difference|diff) (?:between (?:that|this|it|mine|my phase|my current phase"
    rf"|where i am|{_ANY_PHASE}) and|with|to|in) {_PHASE}",
    rf"^how (?:is|does|would|will) {_PHASE} (?:be )?(?:different|differ|compare)",
    # "who do I talk to to get that turned on?", "who do I ask about moving up?": who agrees to a change
    rf"^who (?:do|should|can|would|will|could) (?:i|we) (?:talk to|ask|speak to|speak with|talk with|contact"
    rf"|go to|see|reach out to|bug|message)(?: (?:about|to|for|regarding))? (?:(?:get(?:ting)?|hav(?:e|ing))"
    rf" {_IT} {_ON}|(?:moving|bumping|taking|getting) (?:me |us )?up(?: to)?(?: {_ANY_PHASE})?|upgrading"
    rf"|(?:changing|raising) my phase|{_PHASE}"
    # "who do I talk to to move up?"
    rf"|to (?:move|go|step|level|get moved|get bumped) up(?: to {_ANY_PHASE}| a phase)?)",
    # "who do I talk to about that?" right after a phase was talked about: who agrees to it
    r"^who (?:do|should|can|would|will|could) (?:i|we) (?:talk to|ask|speak to|speak with|talk with|contact"
    r"|go to|see|reach out to|bug|message)(?: (?:about|for|regarding) (?:that|it|this|that one))?"
    r"(?: (?:then|now|exactly))*$",
    # "who decides whether i can move up a phase?"
    r"^who (?:decides|approves|says|gets to say|agrees) (?:whether|if) (?:i|we) (?:can |get to |may )?"
    r"(?:move|go|step|get|be) (?:up|moved up|bumped up)\b",
    rf"^who (?:decides|approves|agrees to|signs off on|chooses) (?:my phase|{_MINE}|(?:a |my )?phase"
    rf" (?:changes?|moves?)|(?:if|whether) (?:i|we) (?:move|go|get) up)",
    # "why can you do the hotel but not that??": why the thing refused, beside what was done
    rf"^(?:(?:but|so|ok|hmm)(?: ,)? )*why (?:can|could|will|would|do|does|is|are) .+ (?:but|and) not"
    rf" (?P<about>{_IT})$",
    rf"^why (?:can not|could not|do not|will not|would not) (?:i|you) (?:do|see|get|have|use|access) {_IT}$",
    # "which phase would unlock that?": the phase a thing needs (the thing Jane just refused, by pronoun)
    r"^(?:which|what) phase (?:would |will |does |do |could |can )?unlocks? (?P<about>.+?)$",
    # "how do I get it?" after a phase was talked about: how to reach that phase
    rf"^how (?:do|can|would|could|should) (?:i|we) (?:get|reach|get to|go to|move to|get into|move up to"
    rf"|go up to|upgrade to|get up to|get moved to|get bumped to|get bumped up to|switch to)"
    rf" (?:{_IT}|there)(?: (?:then|from here|exactly))*$",
    # "and I'm on which one right now?", "which one am I on?": the client's own phase, after phase talk
    r"^(?:(?:and|so|ok|wait)(?: ,)? )*(?:i am|we are) (?:on|in|at) (?:which|what)(?: one| phase)?"
    r"(?: (?:right now|now|@[dh]|currently|at the moment|then))*$",
    r"^(?:(?:and|so|ok|wait)(?: ,)? )*(?:which|what) one (?:am i|are we) (?:on|in|at)"
    r"(?: (?:right now|now|@[dh]|currently|at the moment|then))*$",
    # "what phase was that again?", "which phase is that?": the phase the thing refused needs
    r"^(?:(?:and|so|ok|wait)(?: ,)? )*(?:what|which) phase (?:was|is|would be|is it|was it|did you say)"
    r"(?: (?P<about>that|it|this|that one|the [\w' ]+?))?(?: (?:again|then|for|in|under|needed))*$",
    # "what would I need for that?", "what do I need to do that?": the phase the thing refused needs
    rf"^what (?:would|do|will|should|must) (?:i|we) need (?:for|to (?:do|get|see|have|unlock|use))"
    rf" {_IT}(?: (?:then|exactly|again|now|though))*$",
    # "is there a way to do that?", "is there any way I can get that?": how to reach the phase it needs
    rf"^is there (?:a|any|some) way (?:to|i can|i could|we can|for me to) (?:do|get|unlock|have|use|see)"
    rf" {_IT}(?: (?:then|at all|now))*$",
    # "what would it take to get that?", "what does that take?": the same, asked about the cost
    rf"^what (?:would|will|does|do) (?:it|that|this) take(?: (?:for me|for us|me|us))?"
    rf"(?: to (?:do|get|see|have|unlock|use|allow|enable) {_IT}"
    r"(?: (?:turned on|switched on|unlocked|enabled|opened up|allowed|added|back))?)?$",
    # "how do I get to the next one?", "how can I move up to the next level?"
    r"^how (?:do|can|would|could|should) (?:i|we) (?:get|move|go|reach|climb|step|level)(?: up)?"
    r"(?: to| into)? (?:the )?(?:next|higher) (?:one|phase|level|step|stage)$",
    # "how do I move up?", "how can we level up a phase?": to the phase above theirs
    r"^how (?:do|can|would|could|should) (?:i|we) (?:move|go|get|level|step|climb) up"
    r"(?: (?:a|one) (?:phase|level))?(?: (?:then|from here|now))?$",
    # "can I go any higher?", "is there a higher phase?": how to move up, or that there is no higher phase
    r"^(?:can|could|may) (?:i|we) (?:go|move|get|be moved|be upgraded|upgrade|climb)(?: up)?"
    r" (?:any |even |one |a phase )?(?:higher|further)\b",
    # "am I on phase 2 now?", "so are we in phase three yet?": whether the client is in that phase
    rf"^(?:(?:so|and|wait|ok|okay|then)(?: ,)? )*(?:am i|are we|is my account|is my plan)"
    rf"(?: (?:now|already|still|actually|currently|officially|finally|back))* (?:in|on|at) {_PHASE}"
    r"(?: (?:now|@[dh]|yet|already|then|again|currently|at the moment|or not|after all))*$",
    # "is there anything above that?", "what comes after phase 3?": the phase above one talked about
    rf"^(?:(?:so|and|ok|okay)(?: ,)? )*(?:is there |are there |do you have |have you got )?"
    rf"(?:anything|something|any phase|a phase|another phase|one|more|any more|anything more|anything else)"
    rf" (?:above|beyond|higher than|past|after|over) (?:{_IT}|mine|my phase|{_PHASE}|phase iii|that phase)$",
    rf"^what (?:comes|is|phase comes|is there) (?:above|beyond|after|past) (?:{_IT}|mine|my phase|{_PHASE})$",
    r"^is there (?:a|any) (?:higher|next|further) phase\b"
    r"|^is there (?:a|any) phase (?:above|after|higher than|beyond) (?:mine|this one|this|my phase|me)\b",
)
# The verbs of a change of phase, also as the "-ing" a polite ask leaves ("would you mind dropping me down…"
# reads "dropping me down…").
_MOVE_VERB = (
    r"(?:drop(?:ping)?|mov(?:e|ing)|put(?:ting)?|bump(?:ing)?|tak(?:e|ing)|step(?:ping)?|knock(?:ing)?"
    r"|bring(?:ing)?|set(?:ting)?|switch(?:ing)?|go(?:ing)?|return(?:ing)?|revert(?:ing)?|chang(?:e|ing)"
    r"|get(?:ting)?)"
)
_UP = r"(?:(?:moving|bumping|taking|getting) (?:me |us )?up|upgrading(?: me| us)?)"
_ASKING_TO = r"(?:(?:can|could|would|will) you |please |(?:can|could|may) (?:i|we) )?"
# How long a change of phase is meant to last, when it starts, or a word of politeness after it: "for a
# while", "till friday", "for the time being". The change is asked for all the same (a step down applies at
# once: README.md, `phase.request`).
_ASIDE_SAID = (
    r" (?:for (?:a while|a bit|@[hn]|the time being|a few weeks|a few days|the moment)|(?:for|until|till|til"
    r"|through|from|starting(?: from)?|as of) @[dh]|@[dhn]|temporarily|for now|please|again|then|thanks"
    r"|thank you|instead)"
)
# After a phase named, any span of time says the same ("for a week or so", "till january", "while I'm
# travelling"); without one, "put me down for a call at 4" is no phase at all.
PHASE_ASIDE = (
    rf"(?:{_ASIDE_SAID}| (?:just |only |at least |maybe )?(?:for|until|till|til|through|throughout|during"
    r"|while|after|over(?= (?:the|this|next|@d)\b)) (?:[\w@]+ ){0,5}?[\w@]+)"
)
PHASE_REQUEST = (
    # "let's move tom up to phase 2", "can we bump maria down to phase 2?": a VA or an admin proposing a
    # client's new phase (the client named; service_slots.py reads `client`)
    r"^(?:(?:let us|lets|can we|could we|can you|could you|i want to|i would like to|i d like to|please"
    r"|i will|i am going to) )*(?:move|bump|put|raise|take|upgrade|promote|switch|bring|drop|knock|lower)"
    # ("let's move him up to phase 2" right after asking about tom: followup.py reads whom)
    r" (?P<client>(?!(?:me|us|my|it|that|this|up|down|back|on|in|to)\b)[a-z]\w*)"
    r"(?: up| down| back)*"
    r"(?: (?:to|into|onto))?"
    rf" {_PHASE}(?: (?:then|now|please|for @[hd]|for a while|for the time being|for the moment))*$",
    # "honestly, I'd rather go back to phase 1 for now": a client's wish for a phase, said as a preference
    rf"^(?:honestly |actually |tbh |to be honest )*(?:i would|i d|id) (?:rather|prefer to|like to) (?:go|move"
    rf"|drop|step|be|stay|get) (?:back )?(?:down )?(?:up )?(?:to|in|on|into) {_PHASE}(?:{_ASIDE_SAID})*$",
    # "please drop me down to phase 2 for a while", "can you downgrade me to phase one": a client steps down
    rf"^{_ASKING_TO}(?:i (?:want|would like|d like) to |i want you to |let me )?"
    rf"(?:{_MOVE_VERB}|downgrad(?:e|ing)|lower(?:ing)?|demot(?:e|ing))(?: me| us| my phase)?"
    rf"(?: back)? (?:down|downgrade)(?: a phase| one phase)?(?: (?:to|into|onto|on to|on|at) {_PHASE})?"
    rf"(?:{_ASIDE_SAID})*$",
    # "can you drop me down to phase 2 for a week or so", "knock us down a phase while I'm travelling"
    rf"^{_ASKING_TO}(?:i (?:want|would like|d like) to |i want you to |let me )?"
    rf"(?:{_MOVE_VERB}|downgrad(?:e|ing)|lower(?:ing)?|demot(?:e|ing))(?: me| us| my phase)?"
    rf"(?: back)? (?:down|downgrade)(?: (?:to|into|onto|on to|on|at) {_PHASE}| a phase| one phase)"
    rf"(?:{PHASE_ASIDE})*$",
    rf"^{_ASKING_TO}(?:downgrad(?:e|ing)|demot(?:e|ing)|lower(?:ing)?) (?:me|us|my phase|my account)"
    rf"(?: back)? (?:to|into) {_PHASE}",
    # "put me back on phase 3", "switch me to phase 1", "can I go back to phase 2?": to be in that phase
    rf"^{_ASKING_TO}{_MOVE_VERB}(?: me| us| my phase| my account)?(?: back)?"
    rf" (?:to|into|onto|on to|on|at) {_PHASE}(?:{PHASE_ASIDE})*$",
    rf"^(?:ask|tell|ping|message|let) (?:my va|the va|my assistant|\w+)(?: know)? (?:about|for|regarding) "
    rf"(?:{_UP}(?: to)? )?(?:{_PHASE}|an? upgrade|upgrading|{_UP}|{_IT}(?: (?:then|please|now|too|for me"
    rf"|anyway))*$)",
    # "ask ben about getting me to phase 2", "ask my va about putting us on phase 3"
    rf"^(?:ask|tell|ping|message) (?:my va|the va|my assistant|\w+) (?:about|regarding) (?:getting|putting"
    rf"|moving|bumping|taking|switching)(?: me| us)?(?: up)? (?:to|into|on|onto) {_PHASE}",
    # "ok, can you ask ben about getting that turned on?": the phase of the thing just refused
    rf"^(?:(?:can|could|would|will) you |please )?(?:ask|tell|ping|message) (?:my va|the va|my assistant|\w+)"
    rf" (?:about|regarding|to|if (?:i|we) can|if (?:he|she|they) (?:can|could))"
    rf" (?:(?:get(?:ting)?|hav(?:e|ing)|turn(?:ing)?|switch(?:ing)?) (?:me |us )?{_IT} {_ON}"
    # "fine, ask ben about unlocking that"
    rf"|(?:unlock(?:ing)?|enabl(?:e|ing)|activat(?:e|ing)|open(?:ing)? up) {_IT})"
    rf"(?: (?:for me|please|then|too))*$",
    # "ok, ask ben about unlocking the calendar": the phase of the thing named (core.py names its duty)
    r"^(?:(?:can|could|would|will) you |please )?(?:ask|tell|ping|message) (?:my va|the va|my assistant|\w+)"
    r" (?:about|regarding|to|if (?:i|we) can) (?:unlock(?:ing)?|enabl(?:e|ing)|activat(?:e|ing)"
    r"|turn(?:ing)? on|open(?:ing)? up|get(?:ting)? (?:me |us )?access to)"
    r" (?P<about>(?!(?:it|that|this|them)\b)[\w' ]+?)(?: (?:for me|please|then|too))*$",
    rf"^(?:can|could|may) (?:i|we) (?:get |be )?(?:upgrade|upgraded|move|moved|go|bumped|get)(?: up)? (?:to"
    rf"|into)"
    rf" {_PHASE}",
    rf"^(?:i (?:want|would like)|i d like|id like)(?: to)? (?:upgrade |move |go |get )?(?:up )?"
    rf"(?:to )?{_PHASE}",
    rf"^(?:upgrade|move|bump) (?:me|us) (?:up )?to {_PHASE}",
    # "ok put me back up to phase 3 please", "bump me back up to phase three"
    rf"^(?:(?:can|could|would|will) you |please )?(?:put|move|bump|take|bring|switch|get) (?:me|us) back"
    rf"(?: up)? (?:to|into|on(?:to)?) {_PHASE}",
    # "can I jump straight to phase 3?", "could we skip ahead to phase II?"
    rf"^(?:can|could|may) (?:i|we) (?:just )?(?:jump|skip|go|move|get|switch|head)"
    rf"(?: straight| right| directly)?(?: up| ahead| on)? (?:to|into) {_PHASE}",
    # "can you ask ben to move me up to phase 3?", "ask ben to move me up to it": a wish passed on
    rf"^(?:(?:can|could|would|will) you |please )?(?:ask|tell|get|have) (?:my va|the va|my assistant|\w+)"
    rf" (?:to |if (?:i|we) can |if (?:he|she|they) (?:can|could) |whether (?:i|we) can )"
    rf"(?:upgrade|move|bump|put|switch|jump|get|go|take|level|bring)(?: me| us)?(?: back)?"
    rf"(?: up| straight| right)?(?: back)? (?:to|into|on(?:to)?) (?:{_PHASE}|{_IT}\b)",
    # "I think I'm ready to move up to phase 2, can you ask for me?", "we're ready for phase 3"
    rf"^(?:(?:i )?(?:think|guess|feel|reckon) )?(?:i am|we are|i feel|we feel) (?:ready|good) (?:to|for)"
    rf" (?:(?:upgrade|move|go|step|level|get|be)(?: up)?(?: to| into)? )?{_PHASE}",
    # a wish with its lead-in gone ("I'd like to move up to phase 2 please" reads "move up to phase 2")
    rf"^(?:(?:can|could|would|will) you |please )?(?:upgrade|move|go|get|step|bump|level|jump|skip)"
    rf"(?: me| us)?"
    rf"(?: up| straight| right| directly| ahead)? (?:to|into|onto|on to) {_PHASE}",
    # the same wish pointing at a phase just talked about: "move me up to it", "get me onto that one"
    rf"^(?:(?:can|could|would|will) you |please )?(?:upgrade|move|bump|level|get|put|switch) (?:me|us)"
    rf"(?: up)? (?:to|into|onto|on to) {_IT}$",
    r"^(?:(?:can|could|would|will) you |please )?(?:upgrade|move|go|get|step|bump|level)(?: me| us)? up"
    r" (?:a|one|another) phase\b",
    # "can I move up a phase?", "could we go up a level?"
    r"^(?:can|could|may|should) (?:i|we) (?:move|go|step|level|get|be moved|be bumped) up"
    r" (?:a|one|another) (?:phase|level)\b"
    r"|^(?:(?:can|could|would|will) you |please )?(?:upgrade|move|go|get|step|bump)(?: me| us)?(?: up)?"
    r" (?:to|into) (?:the|a) (?:next|higher) phase\b",
)

REMINDER_LIST = (
    r"^(?:what|which|show|list|any|do i (?:still |even )?have any|have i (?:still )?got any"
    r"|are there (?:still )?any|what are|see|view|give me|check)(?: me)?"
    r"(?: are"
    r"| is)?(?: all)?(?: (?:my|the|of my|pending|upcoming|open|active|current))* reminders\b",
    r"^(?:what|which) reminders (?:do|have|did|are|will) (?:i|we|you)\b",
    # "what have I got left on my reminders?"
    r"^what (?:have|do) (?:i|we) (?:got |have )?(?:left |still |coming up |set )?(?:on|in) (?:my|the)"
    r" reminders?\b",
    r"^(?:my )?reminders(?: @d)?$",
    # "what's left on my reminders?", "what's on my reminder list?", "anything in my reminders?"
    r"^(?:what|anything|is there anything)(?: is)?(?: (?:still|else))?"
    r"(?: (?:left|pending|coming up|set|due))? (?:on|in|for) (?:my|the) reminders?(?: list)?\b",
)
# "cancel that reminder" is a pronoun, read against the conversation (followup.py)
REMINDER_CANCEL = (
    r"^(?:cancel|delete|remove|drop|stop|scrap|clear|kill|turn off|forget)(?: my| the)? reminders?"
    r"(?: (?:to|about|for|re|regarding) (?P<about>.+))?$",
    # "cancel the Priya reminder": a reminder named by the words before the noun ("that reminder" is a
    # pronoun)
    r"^(?:cancel|delete|remove|drop|scrap|clear|kill|turn off|forget)(?: my| the)?"
    r" (?P<about>(?!(?:that|this|it|those|these|the|my|a|an|any|all|every)\b)[\w ]+?) reminders?$",
)
# Words before "remind me" that leave it a reminder, whatever it is about: "just remind me … to check my email
# then" is a reminder Jane sends, never the duty its words name.
REMINDER_LEAD = (
    r"(?:(?:just|actually|maybe|instead|rather|then|ok|okay|fine|alright|ugh|hmm+|oh|well|pls|plz|please|but"
    r"|nah|no|and|so|simply|only)(?: ,)? )*"
)
REMINDER_CREATE = (
    rf"^{REMINDER_LEAD}remind (?:me|us)\b(?! (?:of|what|where|who|how|which|when i|when we)\b)",
    r"^(?:set|create|add|make|schedule|put in|give me|set up)(?: me| us)? (?:a |an )?(?:quick )?reminder\b"
    r"(?!.*\b(?:on|in|to|into) (?:my|the|our) {cal}\b)",
    r"^(?:ping|nudge|message|text|dm|buzz|alert) (?:me|us) (?:(?:@[dhn]|in @h|at @h|at \d{1,2}"
    r"(?::\d\d)?) )+(?:to"
    r"|about|re|regarding"
    r"|that)\b",
    r"^(?:ping|nudge|buzz|alert) (?:me|us) (?:to|about|re|regarding) .*@[dh]",
    # "ping me an hour before then to grab the keys": counted back from what was talked about (followup.py)
    r"^(?:ping|nudge|message|text|dm|buzz|alert) (?:me|us) @n (?:before|ahead of|prior to)"
    r" (?:then|it|that|that one|this)\b",
    r"^(?:do not|dont) let (?:me|us) forget\b",
)

_WHO_SAID = r"(?:my va|the va|my assistant|you|they|she|he|\w+)"
REQUEST_WHY = (
    rf"^why did {_WHO_SAID} (?:reject|decline|turn down|refuse|cancel"
    r"|not book|not do|not order|not send|say no to|pass on) (?:my |the |our |that )?(?P<about>.+?)"
    r"(?: request"
    r"| order)?$",
    # "why did she turn it down?", "why did Ana say no to it?"
    rf"^why did {_WHO_SAID} (?:turn|knock) (?P<about>it|that|this|that one) (?:down|back)$",
    rf"^why (?:did|would) {_WHO_SAID} (?:say no|refuse|reject|decline|pass)(?: (?:to|on) )?(?P<about>it|that"
    r"|this|that one)?$",
    # "why'd it get turned down?" ("why'd" reads "why would", as "I'd" reads "I would")
    r"^why (?:was not|were not|has not|have not|did not|is not|are not|was|were|has|have|did|would|is)"
    r" (?:my "
    r"|the |our"
    r" |that |this )?(?P<about>(?!(?:get|got|been|being|getting|go|not)\b).+?)(?: request| order| errand"
    r"| task)?(?: not)? (?:get |got |been |being |getting )?"
    r"(?:booked"
    r"|done|ordered|sent|approved|accepted|rejected|declined|turned down|refused|handled|scheduled|confirmed"
    r"|finished|completed|cancell?ed|made|bought|mailed|picked up|claimed|go through|gone through"
    r"|went through|knocked back|shot down|nixed|vetoed|moved|changed|rescheduled|shortened|taken off)\b",
    r"^how come (?:my |the |our )?(?P<about>.+?)(?: request| order)? (?:was not|were not|did not get|is not"
    r"|has not been|have not been|did not|got|was|were|has been|had been|did) \w+",
    r"^(?:why|how come)(?: not| no| was it rejected| was that rejected| was it declined"
    r"| was it turned down)?$",
    # "why didn't Ana book it?", "why couldn't she do it?"
    rf"^why (?:did not|could not|would not|will not|can not|has not|have not) (?!(?:i|we)\b){_WHO_SAID}"
    r" (?:book|do|schedule"
    r"|confirm|accept|take|order|send|approve|handle|arrange|get|move|change|reschedule|cancel)"
    r" (?:my |the |our |that )?(?P<about>.+?)$",
    # "any reason given?", "did she give a reason?", "what did she say?"
    r"^(?:any|was there a|was there any|is there a) (?:reason|explanation)(?: (?:given|why))?"
    r"(?: for (?:it|that))?$",
    rf"^what did (?!(?:you|i|we|jane)\b){_WHO_SAID} say(?: about (?:it|that))?$",
    # "what was the reason?", "what reason did she give?", "did Ana say why?": the VA's reason
    r"^what (?:was|is|were) (?:the|her|his|their|your|the va s|\w+ s) (?:reason|reasoning|explanation"
    r"|excuse)(?: (?:for|behind) (?:that|it|this|the rejection|rejecting (?:it|that)|turning (?:it|that) down"
    r"|declining (?:it|that)|saying no))?(?: again)?$",
    rf"^(?:what|which) (?:reason|explanation) did {_WHO_SAID} (?:give|have|say)(?: for (?:it|that))?$",
    rf"^did {_WHO_SAID} (?:say|give|mention|tell (?:you|me)|explain) (?:why|a reason|the reason)"
    r"(?: (?:for (?:it|that)|not))?$",
)
REQUEST_CANCEL = (
    r"^(?:cancel|withdraw|call off|scrap|drop|kill|nix|forget about|forget|never ?mind|nevermind|delete"
    r"|remove"
    r"|pull(?! up)) (?:my |the |our |that |this )?(?P<about>[^,]+?) (?:request|order|errand|task|ask)s?"
    # "actually cancel my toner order, found a spare one": a reason after it changes nothing
    r"(?: (?:for now|for @[hd]|please|then|thanks))*(?: [,-] .*"
    # "cancel my toner order found a spare in the closet": the reason, typed without a stop before it
    r"| (?:found|got|bought|turns out|i|we|they|he|she|no longer|do not need|already|because|since)\b.*)?$",
    r"^(?:cancel|withdraw|call off|scrap|drop|delete|remove|pull(?! up)) (?:my |the |our )?(?:request|order"
    r"|errand|task) (?:for|about|to|re) (?P<about>.+)$",
)
# "cancel the business cards, I'll hold off": a withdrawal naming the request by its words alone, whatever
# clause follows. Read after the calendar's tables ("cancel the dentist tomorrow" cancels an event), so
# that a cancellation is never taken for an errand; words that name no request are asked back.
REQUEST_CANCEL_BARE = (
    r"^(?:cancel|withdraw|call off|scrap|scratch|nix|forget about|forget|never ?mind|nevermind)"
    r" (?:my |the |our |those |these |that |this )?(?P<about>(?!(?:it|that|this|them|that one|this one"
    r"|everything|all|all of (?:it|them)|then|now|anyway|for now|on|about|i|we|they|he|she|fixed|found|got"
    r"|sorted|figured|managed|solved|lol|haha|turns out)(?: |$))[^,]+?)"
    r"(?: (?:for now|for @[hd]|@[hd]|please|then|thanks))*(?: [,-] .*)?$",
)

VA_WHO = (
    r"^who (?:is|are) (?:my|our) (?:va|vas|assistant|assistants|virtual assistant|helper)\b",
    r"^who (?:handles|works on|takes care of|does|looks after) (?:my|our) (?:requests|errands|tasks|stuff"
    r"|things|work)$",
    r"^(?:do i have|have i got|is there) (?:a|an) (?:va|assistant|virtual assistant)\b",
    r"^what is my (?:va|assistant) name$",
    # "is my VA ben or ana?": which of the two, said as who it is
    r"^(?:so )?is my (?:va|assistant|virtual assistant) (?:\w+) or (?:\w+)$",
    # "is ben my VA?", "is my VA still ana?": whether the one named is the client's VA, answered Yes or No
    r"^(?:is|so is) (?P<va>(?!(?:it|that|this|there|he|she|my|our|the)\b)[a-z]\w*)(?: (?:still|really"
    r"|actually|now))? (?:my|our) (?:va|assistant|virtual assistant)"
    r"(?: (?:now|still|then|right|again|too))*$",
    r"^(?:is|so is) (?:my|our) (?:va|assistant|virtual assistant)(?: (?:still|really|actually|now))?"
    r" (?P<va>(?!(?:it|that|this|there|the|a|an|busy|away|out|off|free|around|here|on|in|ok|okay)\b)[a-z]\w*)"
    r"(?: (?:now|still|then|right|again))*$",
)

# "when is my next appointment" asks for whatever comes next: the agenda's question, not one event's
_ANY_EVENT = (
    r"(?!(?:(?:next|first|last|upcoming) )?(?:appointments?|meetings?|events?|calls?|plans|bookings?"
    r"|commitments|engagements)(?: @d)*(?: (?:at"
    r"|start|starts|begin|begins|happen|happening|again))?$)"
)
# How an event's end is asked: "… end?", "… be over?", "… wrap up?"
_ENDS = (
    r"(?:end|ends|ending|finish|finishes|finished|over|done|wrap up|wraps up|wrapped up|let out|get out"
    r"|conclude|concludes|close|closes|break up|breaks up"
    r"|go until|go till|run until|run till|last until|last till|go to|run to)"
    r"(?: (?:exactly|again|then|at|by|@d))*$"
)
CALENDAR_EVENT = (
    # ("when is that walkthrough?": the one just talked about, by its name)
    # ("what time is dentist tomorrow": typed quickly, without "the")
    # ("how long did the floor plans take?" asks what a finished request took: the queue's question)
    rf"^(?!how long did\b)(?P<ask>when|what time|where|how long)(?: is| are| was| does| do| will)?"
    rf"(?: (?:my|the|our|that|this)"
    rf"|(?= (?!(?:my|the|our|that|this|a|an|any|your|is|are|was|does|do|will|we|i|you|they)\b)))"
    # "where's tmrw's walkthrough": the day said before the event's name, its possessive gone
    rf"(?: @d(?= [\w-]))?"
    rf" (?:next )?{_ANY_EVENT}"
    rf"(?P<event>(?:[\w-]+ )"
    r"{0,3}?(?:{event}|{events})(?: (?:with|for|at) (?:[\w-]+ ){0,3}?[\w-]+)?)(?: thing)?(?: @d)*"
    r"(?: (?:at|taking place|being held|held|start|starts|begin|begins|happen|happening|again|take|last|run"
    r"|go on|go for))?(?: @d)*"
    r"(?: (?:exactly|again|then|for|@h))?$",  # ("so what time is the walkthrough now?": "now" is when asked)
    # "what time does the walkthrough end?", "when's the walkthrough over?": when it ends (`end`)
    r"^(?P<end>when|what time|till when|until when|how late)(?: is| are| was| does| do| will| would| should)?"
    r" (?:my|the|our|that|this) (?:next )?" + _ANY_EVENT + r"(?P<event>(?:[\w-]+ ){0,3}?(?:{event}|{events})"
    r"(?: (?:with|for|at) (?:[\w-]+ ){0,3}?[\w-]+)?)(?: @d)*(?: be)? " + _ENDS,
    # "who's the coffee with this morning?", "who is my walkthrough with tomorrow?": who else is on it
    rf"^(?:(?:and|so|ok|okay) )*(?P<who>who)(?: is| are| was| will)? (?:my|the|our|that|this) (?:next )?"
    rf"{_ANY_EVENT}(?P<event>(?:[\w-]+ ){{0,3}}?(?:{{event}}|{{events}}))(?: @d)* with(?: @d)*"
    r"(?: (?:again|exactly))?$",
    # "is the walkthrough before the dentist?", "is the coffee after the showing today?": which comes first,
    # answered Yes or No the way round it was asked
    rf"^(?:(?:and|so|ok|okay|but) )*(?P<yes>is|are|was) (?:(?:my|the|our) {_ANY_EVENT}"
    r"(?P<event>(?:[\w-]+ ){0,3}?(?:{event}|{events})(?: with [\w-]+)?)|it|that|that one|this one)(?: @d)*"
    r" (?:still |actually )?"
    r"(?P<order>before|after|earlier than|later than)"
    r" (?:my|the|our) (?P<other>(?:[\w-]+ ){0,3}?(?:{event}|{events}))(?: @d)*$",
    # "what time is lunch with Greg?": a plan with someone names itself without "my" or "the"
    r"^(?P<ask>when|what time|where|how long)(?: is| are| was)?"
    r" (?P<event>{event} with (?:[\w-]+ ){0,2}?[\w-]+)(?: @d)*(?: (?:again|exactly|then))?$",
    r"^(?P<ask>when|what time|where)(?: is| are)? (?:my|the|our) (?:next )?(?P<event>closing|signing)"
    r"(?: @d)*$",
    # "when am I seeing the dentist?", "when do I see the dentist next?": the client doing the event
    rf"^(?P<ask>when|what time|where) (?:am i|are we|do i|do we|will i|will we|shall i|should i)"
    r" (?:seeing|see|meeting|meet|visiting|visit|having|have|going to|off to|due at|due for)(?: with)?"
    r" (?:my|the|our)"
    rf" (?:next )?{_ANY_EVENT}(?P<event>(?:[\w-]+ ){{0,3}}?(?:{{event}}|{{events}}|[\w-]+)(?: (?:with|for|at)"
    r" (?:[\w-]+ ){0,3}?[\w-]+)?)(?: @d)*(?: (?:next|again|then))?$",
    # "where am I meeting Priya today?", "when am I seeing Dana?": the event with someone named
    r"^(?P<ask>when|what time|where) (?:am i|are we|do i|do we|will i|will we) (?:seeing|see|meeting|meet"
    r"|having (?:coffee|lunch|dinner|drinks|breakfast|a call) with|calling|catching up with)(?: with)?"
    r" (?P<event>(?!(?:my|the|our|him|her|them|it|you|anyone|someone|anybody|somebody|a|an)\b)[\w-]+"
    r"(?: [\w-]+)?)(?: @d)*(?: (?:next|again|then))?$",
    # "is the dentist tomorrow?", "is my walkthrough still at 10?", "is coffee with priya tomorrow too?",
    # "do I have a haircut this week?", "is the showing at Lakeview today or tomorrow?": whether the event is
    # then (`yes`), answered Yes or No with when it is
    # ("is the call with Linda confirmed now?" asks after the booking: the request's question)
    rf"^(?!.*\b(?:confirmed|booked|done|finished)\b)(?P<yes>is|are) (?!there\b)(?:(?:my|the|our) )?(?:next )?"
    rf"{_ANY_EVENT}(?P<event>(?:[\w-]+ ){{0,3}}?(?:{{event}}"
    r"|{events})(?: (?:with|for|at) (?:(?!(?:before|after)\b)[\w-]+ ){0,3}?[\w-]+)?)"
    r"(?: (?:still|on|at|for))* @[dh]"
    # "is the walkthrough tomorrow at 9 or 11?": one of two times (`question` "either", `times`)
    r"(?: or (?:at )?(?:@[dh]|\d{1,2}(?::\d{2})?)(?: @d)?)?"
    r"(?: (?:still|again|too|also|as well))?$",
    # "so am I still seeing the dentist at 4:30 tomorrow?": whether it still stands then
    rf"^(?:(?:so|and|ok|okay) )*(?P<yes>am i|are we|will i be|do i)(?: still)? (?:seeing|meeting|having"
    rf"|going to|visiting|see|meet|have|at) (?:the|my|our) {_ANY_EVENT}"
    r"(?P<event>(?:[\w-]+ ){0,3}?(?:{event}|{events}))(?: (?:at|on))?(?: ?@[dh])+(?: (?:still|too|then))?$",
    # "is the walkthrough on my calendar yet?": whether it is there at all (answered Yes with when it is)
    rf"^(?P<yes>is|are) (?!there\b)(?:(?:my|the|our) )?(?:next )?{_ANY_EVENT}"
    rf"(?P<event>(?:[\w-]+ ){{0,3}}?(?:{{event}}"
    r"|{events})(?: (?:with|for) (?:[\w-]+ ){0,3}?[\w-]+)?)(?: (?:still|already))? (?:on|in) (?:my|the)"
    r" (?:calendar|schedule|diary)(?: (?:yet|already|still|now|@d))*$",
    # "is the dentist still on?", "is my walkthrough still happening tomorrow?": whether it still stands
    rf"^(?P<yes>is|are) (?:(?:my|the|our) )?(?:next )?{_ANY_EVENT}(?P<event>(?:[\w-]+ ){{0,3}}?(?:{{event}}"
    r"|{events})(?: (?:with|for) (?:[\w-]+ ){0,3}?[\w-]+)?) still (?:on|happening|going ahead|a go)"
    r"(?: (?:for )?@d)?$",
    # ("do I have any showings this weekend?" lists them: the agenda's)
    # "is there an inspection on my calendar tomorrow?", "do I have a haircut on my schedule friday?"
    rf"^(?:(?P<yes>do|did|will) (?:i|we) (?:still )?(?:have|got|have got)|(?P<there>is there|have i got))"
    rf" (?:a|an|my|the) {_ANY_EVENT}"
    r"(?P<event>(?:[\w-]+ ){0,3}?(?:{event}|{events})(?: (?:with|for) (?:[\w-]+ ){0,3}?[\w-]+)?)"
    r"(?: (?:on|in) (?:my|the) (?:calendar|schedule|diary))?"
    r"(?: (?:booked|scheduled|planned|lined up|coming up))?(?:(?: (?:on|at|for))? @[dh]| (?:any ?time soon"
    r"|soon|coming up|at all))$",
)

# The VA's (and an admin's) own words for what the queue's buttons do.
QUEUE_LIST = (
    # "is there anything awaiting my attention?": what waits for the VA
    r"^(?:(?:is|are) there )?(?:anything|something|any requests?) (?:awaiting|needing|requiring|that needs"
    r"|waiting for) (?:my )?attention\b",
    # "anything new for me?", "did anything come in?": what has arrived (a client asking hears their own)
    r"^(?=.*\b(?:new|fresh|for me|come in|came in|arrived|landed|requests?)\b)"
    r"(?:(?:is|was) there |(?:did|has) |have i got |got )?(?:anything|something|any(?: new)? requests?)"
    r"(?: new| fresh)?(?: (?:for me|come in|came in|arrived|landed|in|@d|yet|right @h|@h|at the moment))*$",
    r"^what (?:came|has come) in(?: for me)?(?: @d| yet)?$",
    r"^(?:is there |are there |do i have |have i got )?(?:anything|something|any \w+)(?: (?:new|fresh|else))?"
    r"(?: (?:that|which))? (?:i|for me to|to) (?:need to |have to |should |must |can |could )?(?:pick up"
    r"|claim|take|grab|do|handle|work on)(?: (?:next|now|yet|@h))*$",
    r"^(?:is there |are there |do i have |have i got )?(?:anything|something|any \w+|what is|whats|what)"
    r"(?: new| else| fresh)? "
    r"(?:in|on)"
    r" (?:my|the) queue\b",
    r"^(?:show|list)(?: me)? (?:my|the) queue\b",
    r"^what (?:is|are)(?: still)? (?:open|pending|waiting|outstanding|unclaimed)(?: requests)?"
    r" (?:across|for|from|with) (?:all )?(?:(?:the|my) )?(?:clients|everyone|everybody|all|the board|the team"
    r"|every client)\b",
    # an admin's "anything open across the board?", "show me everything that's open for everyone"
    r"^(?:is there |are there )?(?:anything|any requests?|what|show me (?:everything|all|what is)"
    r"(?: that is)?)(?: (?:still|currently|now))? (?:open|pending|waiting|outstanding|unclaimed)"
    r" (?:across|for)"
    r" (?:the board|everyone|everybody|all (?:the |my )?clients|every client)\b",
    r"^what (?:needs|need) (?:doing|picking up|to be done|to be picked up|claiming)\b",
    r"^what is waiting (?:for me|to be picked up)\b",
    # "any bookings I need to confirm?", "what needs confirming?", "which bookings are waiting on me?": the
    # bookings waiting for the VA's yes or no (service_slots.py: `waiting: "confirmation"`)
    # "anything else needing confirmation?", "is anything awaiting my approval?"
    r"^(?:(?:are there|is there|is) )?(?:any|anything|something)(?: (?:else|more|bookings?|drafts?))?"
    r" (?:needing|that needs?|requiring|waiting for|awaiting) (?:my |a )?(?:confirmation|approval|sign off"
    r"|ok|okay|yes)\b",
    r"^(?:(?:are there|is there|do i have|have i got|got) )?(?:any|anything|what|which)(?: (?:bookings?"
    r"|appointments?|drafts?|calls?|meetings?|ones?))?(?: (?:that )?(?:i|for me to|do i))?"
    r" (?:need to |have to |should |must |to )?(?:confirm|approve|sign off on|ok|okay)\b",
    r"^what (?:else )?(?:needs|need|is waiting for|is there for me to) (?:confirming|confirmation|approving"
    r"|approval"
    r"|my (?:ok|okay|yes|sign off)|signing off|confirm)\b",
    r"^(?:which|what|any) (?:bookings?|appointments?|drafts?) (?:are |is )?(?:still )?(?:waiting|pending"
    r"|outstanding|unconfirmed)(?: (?:on|for) (?:me|my (?:ok|okay|confirmation)))?\b",
    # "do any bookings need confirming?", "are any bookings waiting for my ok?"
    r"^(?:do|does|are|is) (?:any|there any) (?:bookings?|appointments?|drafts?)(?: still)? (?:need(?:s)?"
    r" (?:confirming|confirmation|approving|approval|my (?:ok|okay|yes))|waiting|pending|unconfirmed)\b",
)
QUEUE_CLAIM = (
    rf"^{_I_WILL}(?:take|claim|grab|pick up|handle) (?:on )?{_NUMBER}{_THEN}$",
    rf"^(?:{_I_WILL}{_CLAIM_VERB}|(?:can|could|may) i {_CLAIM_VERB}|give me|assign me|i want|i will have)"
    r" (?:the )?(?P<which>newest|latest|oldest"
    r"|next|first|top|last|most recent|earliest)(?: one| request| task| item| ticket)?"
    rf"(?: (?:in|on|from) (?:the|my) queue)?{_THEN}$",
    # ("the thank-you notes one": a name's words may hold a hyphen)
    r"^(?:i will|i can|let me|i am going to|i am gonna)(?: (?:happily|gladly|just|also|now))?"
    r" (?:take|claim|grab|pick up|handle|do) the (?P<about>"
    r"(?:[\w-]+ ){0,3}[\w-]+) (?:one|request|order|task|errand)"
    r"(?:(?: ,)? (?:instead|then|now|@h|next|please|myself|for them|for him|for her|after all|again))*$",
    r"^(?:claim|take|grab) the (?P<about>(?:[\w-]+ ){0,3}[\w-]+) (?:one|request|order|task|errand)"
    r"(?:(?: ,)? (?:please|then|now|next|too|as well))*$",
    # "I'll take it", "i can do that one", "let me pick it up", "I'm on it": the request talked about
    rf"^{_I_WILL_SAY}(?:take|claim|grab|pick up|handle|jump on|start on|work on|take care of|look after"
    rf"|deal with) {_IT}{_THEN}$",
    # "i can do that one": a verb this plain claims only with "one" ("I'll do it" may mean the person will)
    rf"^{_I_WILL_SAY}(?:do|get|have) (?:that|this) one{_THEN}$",
    rf"^{_I_WILL_SAY}pick {_IT} up{_THEN}$",
    rf"^(?:(?:ok|okay|alright|sure|fine|cool) )?(?:i am|i will be) on {_IT}{_THEN}$",
    rf"^claim {_IT}{_THEN}$",
)
# "all done with #5 - ordered 6 packs", "just finished up #5", "#5 is all done"
_DONE_LEAD = r"(?:i am |i have |i |we are |it is |that is )?(?:all |just |now |finally |already )?"
QUEUE_DONE = (
    rf"^{_DONE_LEAD}(?:done|finished|completed|closed|wrapped up)(?: up| off)?(?: with)? {_NUMBER}\b{_NOTE}",
    rf"^{_NUMBER} (?:is |was |has been )?(?:all |now |finally |just )?(?:done|finished|complete|completed)\b"
    rf"{_NOTE}",
    rf"^(?:mark|close) {_NUMBER}(?: as)? (?:done|complete|completed|finished)\b{_NOTE}",
    rf"^{_DONE_LEAD}(?:done|finished|completed)(?: up| off)?(?: with)? {_IT}\b{_NOTE}",
    # "done with the envelopes, ordered 3 boxes": the claimed request those words name, and the note
    rf"^{_DONE_LEAD}(?:done|finished|completed|wrapped up)(?: up| off)? with (?:the |my |that |those )?"
    r"(?P<about>(?!(?:it|that|this|them)\b)[a-z][\w' -]*?)(?: (?:one|request|order|errand|job|task))?"
    r"(?: (?:,|-|:|!))+ (?P<note>.+)$",
    # "all done, the Hursts are off the list": the request being worked on, with what was done
    r"^(?:(?:all|just|finally|ok|okay|right) )*(?:done|finished|sorted|complete)(?: (?:,|-|:|!))+"
    r" (?P<note>.+)$",
)
QUEUE_RELEASE = (
    rf"^(?:hand|give|put|send|pass)(?: back)? {_NUMBER}(?: back)?(?: (?:to|in|into) the queue)?$",
    rf"^(?:release|unclaim|return|unassign) {_NUMBER}$",
    rf"^i (?:can not|cannot) (?:do|take|handle) {_NUMBER}\b",
    rf"^(?:hand|give|put|send|pass) {_IT} back\b",
)
BOOKING_CONFIRM = (rf"^(?:confirm|approve|accept) (?:the )?(?:booking )?{_NUMBER}$",)
BOOKING_REJECT = (
    rf"^(?:reject|decline|turn down|refuse|deny) (?:the )?(?:booking )?{_NUMBER}(?: (?:,|-|:|because|since|as"
    r"|due to|reason))*(?: (?P<reason>.+))?$",
    # "reject the dana call, she's travelling", "turn down maria's haircut booking": a waiting booking named
    # by its words (a VA's; "decline the invite" stays a client's errand)
    r"^(?:please )?(?:reject|turn down) (?:the |that |this |[a-z]+ s )?(?P<about>(?!(?:it|that|this|one)\b)"
    r"(?:[\w-]+ ){0,3}?(?:call|booking|meeting|appointment|lunch|dinner|coffee|haircut|showing|one)"
    r"(?: (?:with|for) [\w-]+)?)(?: (?:booking|request|one))?"
    r"(?:(?: (?:,|-|:|because|since|as|due to|reason))+ (?P<reason>.+))?$",
)
# Words after a question about the clients that change nothing asked: "which clients are mine then?"
_STILL = r"(?: (?:then|again|now|@[dh]|please|here|currently|right now|at the moment|these days|so far))*$"
# The clients as a whole: "my clients", "all the clients", "every client", "our client list". Whose they are
# is the asker's role, not the words: a VA hears their own, an admin everyone (README.md, `client.info`).
_CLIENTS = (
    r"(?:(?:all|each|every one|any)(?: of)? )?(?:(?:my|our|the|your) )?(?:current |active |existing )?"
    r"(?:clients|client list|list of (?:(?:my|our|the) )?clients)|(?:every|each) (?:single )?client"
)
_LOOKS_AFTER = (
    r"(?:look(?:s|ing)? after|handl(?:e|es|ing)|work(?:s|ing)? with|cover(?:s|ing)?|serv(?:e|es|ing)"
    r"|support(?:s|ing)?|ha(?:ve|s)|got)"
)
_A_VA = r"(?P<va>(?!(?:i|we|you|my|our|the|your|all|each|every)\b)[a-z]\w*)"
CLIENT_INFO = (
    # "is tom one of my clients?", "is maria my client?": whether the asker looks after them, Yes or No
    r"^(?:(?:so|and|wait) )?is (?P<client>(?!(?:it|that|this|there|he|she)\b)\w+)"
    r"(?: (?:still|really|actually))? (?:one of )?(?P<mine>my) clients?(?: (?:now|still|then))?$",
    # "which clients is ben looking after?", "who does ben look after?", "who are ben's clients?", "ben's
    # clients?": one VA's clients (the possessive is gone once normalised: "ben s clients")
    rf"^(?:which|what) clients (?:is|does|has) {_A_VA} (?:got )?{_LOOKS_AFTER}\b(?: (?:now|then|again))*$",
    rf"^who (?:is|does) {_A_VA} {_LOOKS_AFTER}\b(?: (?:now|then|again|these days))*$",
    rf"^(?:(?:who|which|what) (?:are|is) )?{_A_VA}(?: s)? clients(?: (?:now|then|again))*$",
    rf"^(?:who are|which are|what are|who is on|list|show me|show|give me|pull up|let me see|can i see)"
    rf" (?:{_CLIENTS})(?: (?:we have|i have|we serve|i serve|we work with|i work with|on the books"
    rf"|in the system|you know(?: about| of)?))?"
    # "list every client and their phase": their phases are what a listing shows anyway
    rf"(?: (?:and|with) (?:their|the|each one s|its) phases?)?{_STILL}",
    r"^(?:which|what) clients (?:do i|am i|have i|do we|are we|have we) (?:have|look after|handle|work with"
    r"|manage|support|cover|responsible for|assigned|got|working with|working for|looking after|handling"
    r"|managing|supporting|covering|serving|helping)\b",
    r"^who (?:do i|am i|do we|are we) (?:look after|work for|support|assist|cover|assigned to|working for"
    r"|working with|looking after|supporting|assisting|covering|helping|serving"
    r"|have as (?:clients|a client))\b",
    rf"^(?:which|what|who) (?:clients|people) (?:are|is) (?:mine|ours|on my (?:list|plate|books)){_STILL}",
    # "which phase is each client on?", "what phase are my clients in?": every client, with their phases
    rf"^(?:what|which) phases? (?:is|are) (?:{_CLIENTS}|each of them|everyone)(?: (?:in|on|at))?{_STILL}",
    # "who's looking after tom?", "who handles maria these days?": that client, with their VA
    r"^who(?: is)? (?:looking after|handling|handles|works with|working with|working for|assigned to"
    r"|responsible for|in charge of|the va for|the va of|taking care of|covering|looks after)"
    r" (?P<client>(?!(?:me|us|my|the|it|that|this)\b)\w+)(?: (?:now|currently|these days"
    r"|at the moment|then))?$",
    # "who's tom's VA?" (the possessive is gone once normalised: "who is tom va")
    r"^who is (?P<client>(?!(?:my|your|our|the)\b)\w+) (?:va|assistant|virtual assistant)"
    r"(?: (?:now|@h|then|these days|at the moment|currently|again))?$",
    # "what's tom waiting on?", "what has tom asked for?", "what does maria need from me?": that client's
    # open requests
    r"^what (?:is|are|has|have|does|did)"
    r" (?P<client>(?!(?:i|we|it|that|this|the|my|our|they|you)\b)\w+)"
    r" (?:still )?(?:waiting (?:on|for)|asked (?:me |us )?for|asking (?:me |us )?for"
    r"|need(?:ed)?(?: from (?:me|us))?|got open|got (?:waiting|pending))"
    r"(?: (?:now|right now|right @h|@h|@d|at the moment|today|still|then))?$",
    # "what's he allowed to ask me for?", "what can tom ask us for?": that client, with the duties they have
    r"^what (?:is|can|may|does|could) (?P<client>(?!(?:i|we|you|it|that|this)\b)\w+) (?:allowed to |able to"
    r" |get to )?(?:ask|have) (?:me |us )?(?:for|do)\b",
    # "what phase is tom on now?", "what phase is tom currently in?"
    r"^(?:what|which) phase is (?P<client>(?!(?:the|my|our|a|an|this|that)\b)\w+(?: \w+)??)"
    r"(?: (?:currently|now|right now|still|at the moment|these days))? (?:in|on|at)"
    r"(?: (?:currently|now|right now|still|at the moment|these days|today|@d|@h))?$",
    # "is tom on phase 1?", "is maria still in phase III?": whether a client is in that phase, Yes or No
    r"^(?:is|so is) (?P<client>(?!(?:it|that|this|there|the|my|our|i|he|she)\b)\w+)(?: (?:still|now|currently"
    rf"|already|actually))? (?:on|in|at) {_PHASE}(?: (?:now|still|yet|then|right|already|too|@h|@d))*$",
    # "is ben tom's VA?", "is ana his VA too?": whether that VA looks after that client, Yes or No
    r"^(?:is|so is) (?P<va>(?!(?:it|that|this|there|the|my|our|i|he|she)\b)\w+)(?: (?:still|now|currently"
    r"|actually|really))? (?P<client>(?!(?:my|our|the|your)\b)\w+)(?: s)? (?:va|assistant|virtual assistant)"
    r"(?: (?:now|still|then|right|again|too|@h|@d))*$",
    # "what's tom's phase these days?" (the possessive is gone once normalised: "what is tom phase")
    r"^(?:what|which) is (?P<client>(?!(?:the|my|our|your|a|an|this|that|his|her|their|its)\b)\w+)"
    r" (?:current )?phase(?: (?:currently|now|right now|at the moment|these days|today|@d))?$",
)

SERVICE_INTENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("reminder.list", REMINDER_LIST),
    ("reminder.cancel", REMINDER_CANCEL),
    ("reminder.create", REMINDER_CREATE),
    ("request.why", REQUEST_WHY),
    ("request.cancel", REQUEST_CANCEL),
    ("phase.info", PHASE_INFO),
    ("phase.request", PHASE_REQUEST),
    ("va.who", VA_WHO),
    ("client.info", CLIENT_INFO),
    ("queue.list", QUEUE_LIST),
    ("queue.claim", QUEUE_CLAIM),
    ("queue.done", QUEUE_DONE),
    ("queue.release", QUEUE_RELEASE),
    ("booking.confirm", BOOKING_CONFIRM),
    ("booking.reject", BOOKING_REJECT),
)
