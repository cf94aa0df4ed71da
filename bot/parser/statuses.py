"""Status questions ("where are we on X?") as data: the frame finds X, and X decides what is asked about.

X naming a request ("the paper order", "my requests") makes it `request.status`; X naming deals in
general ("all my deals") makes it `deal.pipeline`; anything else names one deal. Weak frames ("where is
X", "when is X") also fit questions about anything at all, so they count only when X sounds like a deal.
A frame may also catch a `tail` after its verb; a tail that names something ("did the buyers sign the
Morales contract") names the deal better than a bare role such as "the buyers".
"""

from __future__ import annotations

_PROGRESS = (
    r"going|coming|coming along|progressing|looking|moving|shaping up|going along|proceeding|moving along"
    r"|working out|turning out"
)
# How one asks after a person as much as after a deal: "how's Sarah doing?", "is Sarah ok?"
_WELLBEING = r"doing|holding up|feeling|getting on|getting along|keeping|hanging in(?: there)?"
_DEAL_EVENT = (
    r"close|closed|sign|signed|fund|funded|accept|accepted|counter|countered|come back|came back|go through"
    r"|gone through|went through|fall through|fallen through|fell through|settle|settled|record|recorded"
    r"|pass|passed|clear|cleared|been accepted|been signed|been countered|been approved|get approved"
    r"|get accepted|get signed|get countered|appraise|appraised|respond|responded|make an offer"
    r"|made an offer|go under contract|gone under contract|went under contract|get an offer"
    r"|gotten an offer|get any offers|got an offer|get funded|close escrow|come in|came in|arrive|arrived"
    r"|sell|sold"
    r"|come through|came through|happen|happened|been scheduled|been done|been completed|start|started"
)
# News a client announces ("the Jones deal closed!"): they want the deal's record, so it reads as a status.
_DEAL_NEWS = (
    r"closed|sold|signed|funded|recorded|fell through|went through|went under contract|is under contract"
    r"|went pending|is pending|got accepted|was accepted|accepted|got countered|countered|got an offer"
    r"|got multiple offers|appraised|cleared|is dead|died|expired|cancell?ed|backed out|walked|listed"
)

STATUS: tuple[str, ...] = (
    # "where things stand with …" as asked inside "I was wondering where things stand with …"
    r"^where (?:are we|do we stand|do things stand|are things|we at|are we at|do i stand|things stand"
    r"|we stand|things are|we are)\b"
    r"(?: (?:at|now))?(?: (?:on|with|at|re|regarding|about|for|in))? (?P<obj>.+?)(?: (?:at|now|so far))?$",
    r"^(?:what is |what was |what are |what were |give me |get me |can i get |send me |i need |i want "
    r"|pull up |bring up |show me |show )?(?:the |a |an |any )?"
    r"(?:current |latest |quick |last |new |recent |full |whole |most recent )?(?:status|update|updates|news"
    r"|progress|note|notes"
    r"|scoop|latest|word|rundown|lowdown|story|situation|state|next steps?|timeline|closing date|close date"
    r"|eta|hold ?up|delay|history|record|details)(?: update)? (?:of|on|for|with|about|re|regarding|from|in)"
    r" (?P<obj>.+)$",
    r"^(?:any|anything|got any|is there any|are there any|have you heard any|heard any)(?: new| more"
    r"| fresh)? (?:news|update|updates|word|progress|movement|luck|change|changes|developments?|feedback"
    r"|activity|response|answer)(?: yet)?(?: on| about| with| from| re| regarding| for| in)? (?P<obj>.+)$",
    # "anything new on the Jones deal?", "anything new with the Hendersons"
    r"^(?:is there |got |have you got )?(?:anything|something) (?:new|fresh|happening|going on)(?: yet)?"
    r" (?:on|about|with|from|re|regarding|for|in) (?P<obj>.+)$",
    # "how's it going with the Wilsons" before "how is X going", which would read X as "it"
    r"^how (?:is|are) (?:it|things|everything) (?:going |looking |moving )?(?:with|on|for) (?P<obj>.+)$",
    rf"^how (?:is|are|was|were)(?: things with| it going with)? (?P<obj>.+?) (?:{_PROGRESS})\b",
    # "could you tell me how the Baker Street duplex is getting on?": the question inside a request
    rf"^(?:tell me|let me know|i wonder|wondering|any idea|do you know|update me on) how (?P<obj>.+?)"
    rf" (?:is|are) (?:{_PROGRESS}|getting on|doing)\b",
    r"^what is (?:happening|going on|new|up|the story|the deal|the situation|the plan|the holdup"
    r"|taking so long|taking forever|(?:still )?(?:pending|outstanding|left|missing|needed)|the hold up"
    r"|the delay|the latest|the status|the word|the news)(?: now| today)? (?:with|on|about"
    r"|for|re|regarding) (?P<obj>.+)$",
    # "when does jones close?": whatever is asked when it closes is a deal
    r"^when (?:does|will|is|do|did) (?P<obj>(?!(?:it|that|this|they|we|i|you|he|she|the office|the bank)\b)"
    r"[\w' -]+?) (?:close|closing|going to close|expected to close|set to close|supposed to close"
    r"|meant to close|due to close|scheduled to close)"
    r"(?: (?:again|now|then))?$",
    # "is the lakeview under contract yet?": whatever a yes/no question asks a deal's stage of is a deal
    r"^(?:is|are|has|have) (?P<obj>(?!(?:it|that|this|they|them|anything|everything|any|all|we|i|you|there"
    r"|my calendar|the office)\b)[\w' -]+?) (?:(?:gone|went|got|gotten|been|already|finally|yet|still) )*"
    r"(?:under contract|in escrow|pending|contingent|funded|qualified|(?:at|in|past) (?:the )?(?:offer"
    r"|negotiation|showing|proposal|closing)(?: stage)?|(?:to|into) (?:the )?(?:offer|negotiation|closing)"
    r"(?: stage)?)"
    r"(?: (?:yet|already|now|still))?$",
    # "did the Maple Court condo end up selling?": whether it sold (a yes/no about its stage)
    r"^did (?P<obj>(?!(?:it|that|this|they|we|i|you)\b)[\w' -]+?) (?:end up|finally|eventually|actually)"
    r" (?:selling|closing|going through)(?: (?:in the end|after all))?$",
    # "what did the maple court condo end up selling for?": the price it went for
    r"^what did (?P<obj>(?!(?:it|that|this|they|we|i|you)\b)[\w' -]+?) (?:end up |finally |eventually )?"
    r"(?:sell|selling|go|going|close|closing) for$",
    # "who's handling the oak ave listing?", "who handled the condo?": its owner (ASKS, "owner")
    r"^who(?: is| was| has been| had)? (?:handling|handled|working on|worked on|running|ran|managing|managed"
    r"|in charge of|responsible for|dealing with|dealt with|looking after|looked after|on) (?P<obj>.+)$",
    r"^when (?:is|are|will be|does) (?:the )?(?:closing|close|signing|funding|settlement|close of escrow|coe)"
    r" (?:on|for|with|at) (?P<obj>.+)$",
    # "how many days till oak closes?": counted to its close date (ASKS, "close"), whatever names it
    r"^how (?:many (?:days|weeks)|long|much longer) (?:till|until|til|before|to) (?P<obj>(?!(?:it|that|this"
    r"|they|we|i|you)\b)[\w' -]+?) (?:closes|close|is closing|closing|finally closes|goes under contract"
    r"|funds)(?: (?:again|now|then))?$",
    # "how long has the duplex been sitting at offer?": its age in the stage (ASKS, "age")
    r"^how long (?:has|have) (?P<obj>(?!(?:it|that|this|they)\b).+?) (?:been )?(?:sitting|stuck|sat|parked"
    r"|been|stayed)(?: (?:at|in) (?:the )?[\w /]+?)?(?: (?:for|now|so far))?$",
    r"^how (?:close|far|long|soon)(?: away)?(?: are we| is it| until| till| before| do we have| are we from"
    r"| is)?(?: (?:to|from|until|till|before))?(?: (?:closing|close|closes|signing|finishing|wrapping up"
    r"|getting|we close))?(?: (?:on|with|the deal on|for))? (?!been\b)(?P<obj>.+?)(?: (?:closing|closes|close"
    r"|closed|to close))?$",
    # "did the buyers sign the Morales contract?": the deal may be named after the event (see `tail`)
    rf"^(?:did|has|have|had) (?P<obj>.+?) (?:ever |finally |already |yet )?(?:{_DEAL_EVENT})\b"
    r"(?: (?:on|for|with|at|from|to|in|of|back on|back for))?(?: (?P<tail>.+))?$",
    r"^(?:check on|check in on|look in on|check the status of|update me on|fill me in on|catch me up on"
    r"|brief me on|bring me up to speed on|keep me posted on|keep me updated on|remind me where we are"
    r" (?:on|with)|tell me where we are (?:on|with)|what about|how about|status check on|status)"
    r" (?P<obj>(?!@)[^,]+?)$",  # ("how about now, what's on tomorrow?" turns to no deal)
    r"^(?:what|which) (?:stage|phase|step|status) (?:is|are) (?P<obj>.+?)(?: (?:in|at|on))?$",
    r"^(?:what|whatever|what ever) happened (?:to|with) (?P<obj>.+)$",
    r"^(?:are we|is it|is everything|are things)(?: still)? (?:on track|on schedule|good|ok|set|ready)"
    r" (?:to|for) (?:close|closing|sign|signing|fund|funding|settle)(?: on| with)? (?P<obj>.+)$",
    r"^(?:any|are there any|did we get any|have we gotten any|have we had any|got any|did (?:we|they) get)"
    r" (?:new |more )?(?:offers?|showings?|interest|bites|calls|feedback) (?:on|for|at) (?P<obj>.+)$",
    r"^when (?:do|will|are|should|can) (?:we|they|i) (?:close|closing|sign|signing|fund|settle) (?:on|with"
    r"|for) (?P<obj>.+)$",
    r"^(?:what is |whats )?(?:the )?(?:status|latest|update|updates|news|progress)(?P<obj>)$",
)

# A deal's amount against a figure, in the words normalize.py leaves: "over 500k", "under 300 , 000" (from
# "$300,000"), "more than half a million", "north of 1.2m"
AMOUNT_COMPARED = (
    r"(?P<compare>over|above|more than|higher than|greater than|bigger than|north of|at least|under|below"
    r"|less than|lower than|smaller than|south of|at most)"
    r" (?P<figure>(?:a |half a |one )?(?:million|mil)"
    r"|\d[\d.]*(?: , \d{3})*(?: ?(?:k|ok|m|mil|million|thousand|grand))?)"
)

WEAK_STATUS: tuple[str, ...] = (
    # "who updated the lakeview listing last?", "who last touched the duplex?": who changed it last
    r"^who (?:last |most recently )?(?:updated|changed|touched|moved|edited) (?P<obj>.+?)(?: (?:last|most"
    r" recently))?$",
    # "what's next on the lakeview listing?", "what comes next with the duplex?": its next step, asked of
    # anything ("what's next on the list?"), so it counts only for a deal
    r"^what (?:is|comes|happens) next (?:on|for|with|in) (?P<obj>.+)$",
    # "how much is the Oak Ave deal worth?": the worth of anything, so it counts only for a deal
    r"^(?:how much|what) (?:is|are|was|would be) (?P<obj>.+?) (?:worth|going for|listed at|priced at"
    r"|selling for|under contract for|valued at)(?: now| today)?$",
    # "what did the Maple Court condo sell for?", "how much did the duplex go for?": the price it went at
    r"^(?:how much|what) (?:did|does|will|would) (?P<obj>.+?) (?:go|sell|close|settle|end up|fetch|list)"
    r" (?:for|at)(?: in the end| finally| eventually)?$",
    # "is the Baker Street duplex over 500k?", "is it worth more than $400,000?": its amount against a figure
    r"^(?:is|was|are|were) (?P<obj>.+?)(?: (?:worth|priced|listed|going|selling|valued|under contract))?"
    r"(?: (?:at|for))? " + AMOUNT_COMPARED + r"(?: (?:now|still|yet|then))?$",
    # "how much is the Elm St deal?", "what's the price on the Oak Ave one?": its amount, asked of anything,
    # so it counts only for a deal
    r"^how much (?:is|was|are|were) (?!(?:a|an|one|some)\b)(?P<obj>.+?)(?: (?:now|today|again|then))?$",
    r"^what (?:is|was|are|were) (?:the )?(?:price|amount|asking price|sale price|list price|listing price"
    r"|value|number|figure) (?:on|of|for) (?P<obj>.+?)(?: (?:now|today|again|then))?$",
    r"^where (?:is|are|does|do) (?P<obj>.+?) (?:at|stand|standing)(?: (?:now|these days|lately|currently"
    r"|right now|at the moment))?$",
    r"^what (?:is|are) (?P<obj>.+?) at(?: now| right now| these days)?$",
    r"^when (?:is|will|does|do|are|should|can)(?: we)? (?P<obj>.+?) (?:close|closing|closes|fund|funding"
    r"|settle|settling|record|expected to close|supposed to close|going to close|set to close"
    r"|scheduled to close|happen|happening|wrap|wrapping up|finali[sz]e|sign|signing|go under contract"
    r"|be done|done|finish|going out|go out|be ready|arrive|arriving|ship|shipping|be sent|get sent)\b",
    r"^(?:did|have|has) (?:we|you|i|they|anyone|anybody)(?: ever| already| yet)? (?:hear|heard|get|got"
    r"|gotten|receive|received)(?: back| anything| any news| word| a response| an answer)? (?:on|about|from"
    r"|re|regarding) (?P<obj>.+)$",
    r"^(?:is|are) (?P<obj>.+?) (?:getting|seeing|having|drawing|attracting|generating) (?:any|some|a lot of"
    r"|lots of|much|many|more) (?:showings|offers|interest|traffic|activity|bites|feedback|calls|hits)\b",
    r"^(?:is|are) (?P<obj>.+?) (?:still |now |finally |actually )?(?:on track|on schedule|on time|moving"
    r"|progressing|happening|going through|closing|going to close|set to close|still on|alive|dead|stuck"
    r"|delayed|in trouble|at risk|under contract|pending|closed|in escrow|funded|signed"
    r"|approved|accepted|moving forward|a go|going ahead|(?:being |getting |been )?(?:pushed|pushed back"
    r"|delayed|postponed|extended|moved|rescheduled))\b",
    # "is the jones deal at offer yet?", "has the Oak Ave deal reached offer?": a stage reached, yes or no
    r"^(?:is|are) (?P<obj>.+?) (?:still |now |finally |actually |already )?(?:at|in|past|beyond) (?:the )?"
    r"{stage_name}(?: stage| phase| step)?(?: (?:yet|now|already|still))?$",
    r"^(?:has|have|did) (?P<obj>.+?) (?:finally |already |actually )?(?:reached|reach|hit|gotten to|got to"
    r"|get to|made it to|make it to|moved to|move to|gone to|go to|moved into|gone into|entered)(?: the)?"
    r" {stage_name}"
    r"(?: stage| phase| step)?(?: (?:yet|now|already))?$",
    r"^(?:did|has|have|had|was|were) (?P<obj>.+?) (?:get |gotten |got |been |just )*(?:pushed|pushed back"
    r"|delayed|postponed|extended|moved|rescheduled|held up|stuck)\b",
    r"^(?P<obj>.+?) (?:status|update|progress|news|status update)$",
)

# Frames that fit a question about a person at least as well ("how's Sarah?", "where is Sarah?",
# "tell me about Sarah"): they ask about a deal only when its subject carries a deal cue (DEAL_CUE).
PERSONAL: tuple[str, ...] = (
    r"^where (?:is|are) (?P<obj>.+?)(?: now)?$",
    r"^tell me (?:about|(?:a (?:little|bit|little bit) )?more about) (?P<obj>.+)$",
    rf"^how (?:is|are|was|were) (?P<obj>.+?) (?:{_WELLBEING})\b",
    r"^(?:is|are) (?P<obj>.+?) (?:still |now |actually )?(?:ok|okay|good|alright|all right|alive|dead"
    r"|fine)\b",
    # "how's the Baker deal", with no "going" after it
    r"^how (?:is|are|was|were) (?!(?:it|things|everything|you|your|life|the weather)\b)(?P<obj>.+?)$",
    # "how did the Maple Court condo end up?", "where did we land on the Maple Court condo?"
    r"^how did (?P<obj>.+?) (?:end up|turn out|go|work out|pan out|wind up)$",
    r"^where did (?:we|i|you|things) (?:land|end up|leave (?:it|things)) (?:on|with) (?P<obj>.+?)$",
)

# Statements of news, weak too; tried only when no clause of the message asks for anything ("We just
# listed 12 Oak. Can you write the description?" is a request for ad copy).
NEWS: tuple[str, ...] = (
    rf"^(?P<obj>.+?)(?: (?:just|finally|officially|has|have|had|is|was|got))* (?:{_DEAL_NEWS})"
    r"(?: (?:on|with))?(?: (?:our|the|my|their|an?) (?:offer|counter|counteroffer|contract|appraisal))?"
    r"(?: (?:today|yesterday|@d|@h|this morning|last night))*$",
    r"^(?:we|i|they)(?: just| finally| officially)? (?:closed|sold|signed|listed|lost|got an offer)"
    r"(?: on)? (?P<obj>.+?)(?: (?:today|yesterday|@d|@h|this morning|last night))*$",
)

# What the object of a status question is made of.
REQUEST_OBJECT = r"\b(?:{request}|{supply}|{mailing}|{list}|{tasknoun})\b"
DEALS_OBJECT = (
    r"^(?:(?:all|my|our|the|open|active|current|pending|of|every|any) )*(?:{deals}|pipeline)$"
    r"|^(?:anything|something|any of (?:them|those|these)|any)$"  # "did anything close last month?"
)
DEAL_OBJECT = r"\b{dealnoun}\b"
# What makes a subject a deal rather than a person: a deal word, a street address or a company's suffix
# (recognize.py also takes a name after "the": "the Hendersons").
DEAL_CUE = r"\b(?:{dealnoun}|{street}|{company})\b|\d"
EMPTY_OBJECT = r"^(?:{thing})?$"
LEADING = r"^(?:(?:the|a|an|my|our|that|this|those|these|on|with|about|for|of|re) )+"
TRAILING = (
    r"(?: (?:still|now|yet|so far|at the moment|going|please|jane|for me|at|today"
    r"|(?:(?:in|on|during|over|since|by|before|after|for) )?@\w))+$"
)

# What a question about one deal asks for, first match wins (the `ask` slot): "how long has it been sitting
# there" asks its age in the stage before "when" questions ask the closing date.
ASKS: tuple[tuple[str, str], ...] = (
    (
        "age",
        # ("how long's it been at offer?" reads "how long is it been": the "'s" is "has")
        r"^(?:how long|how many (?:days|weeks|months)) (?:has|have|did|is(?= \w+ been\b))"
        r" (?:it|that|this|they|the \w+|\w+(?: \w+)?) (?:been )?(?:sitting|stuck|been|sat|stayed|in|at|there"
        r"|parked|under)\b",
    ),
    # "last updated", not "any update on": asking for news is the status itself
    (
        "updated",
        r"\b(?:who|when)\b.*\bupdated\b|\blast (?:updated?|change|changed|touched|edit|edited"
        r"|activity)\b|\b(?:latest|last|newest|most recent) note\b"
        # "who moved it into contract?": who made the last change
        r"|^who (?:moved|changed|updated|advanced|pushed|put|took) (?:it|that|this|the \w+(?: \w+)?)\b",
    ),
    (
        "close",
        r"\b(?:when|what date|what day|how soon)\b.*\b(?:close|closing|closes|coe|close of escrow)\b"
        r"|\bclos(?:e|ing) date\b"
        # "how many days till it closes?": counted to the close date, which says it
        r"|\bhow (?:many (?:days|weeks)|long) (?:till|until|til|before|to)\b.*\bclos(?:e|es|ing)\b"
        # "when was that?" right after where a deal stands: the day it closed (or will)
        r"|^(?:and |so )?when (?:was|is|will be|would be) (?:that|it)(?: again| exactly| then)?$",
    ),
    (
        "next_step",
        r"\bnext (?:step|steps|move|thing|milestone)\b|\bwhat (?:needs to|has to|must|should)"
        r" happen next\b|\bwhat (?:is|comes) next\b|\bwhat is left(?: to do)?\b",
    ),
    (
        "owner",
        r"^who(?: is| was| has been| had)? (?:handling|handled|working|worked|on|running|ran|managing|managed"
        r"|in charge of|responsible for|the agent|the lead|dealing with|dealt with|looking after|looked after"
        r"|taking care of|took care of|looking into|in charge|on top of|overseeing|oversaw)\b",
    ),
    ("compared", r"\b" + AMOUNT_COMPARED + r"(?: (?:now|still|yet|then))?$"),
    (
        "amount",
        r"\bhow much\b|\bpriced?\b|\bprice\b|\bworth\b|\bvalued?\b|\bamount\b|\bsale price\b|\bcost\b"
        r"|\blisted at\b|\bgoing for\b|\bselling for\b|\bexpected to (?:sell|go|close) (?:for|at)\b"
        # "and the asking on it?", "what's it under contract at?": the price by the trade's words
        r"|\b(?:the|its|their) asking\b|\basking price\b|\bunder contract (?:at|for)\W*$"
        # "what did it go for?", "what did they sell it for?", "what'd it close at?": the price it went at
        r"|^(?:(?:and|so|ok|okay|oh|hmm|remind me) )*what (?:did|does|will|would|could|is|was)"
        r" (?:it|that|this|they|we|the \w+|\w+) (?:go|going|sell|selling|close|settle|end up|fetch|get|list"
        r"|listed|sold|go off)(?: (?:it|that|this))?(?: (?:for|at))\b"
        r"|\b(?:went|gone|sold|settled|ended up|goes|sells) (?:for|at) (?:how much|what)\b"
        # "what was the offer on it again?": the amount the offer was made at
        r"|^(?:(?:and|so|ok|okay|oh) )*what (?:was|is|were) (?:the|our|their) offer (?:on|for)\b"
        r"|^(?:how much|what) (?:did|does|will|would)\b.* (?:go|sell|close|settle|end up|fetch|list)"
        r"(?: it| that)? (?:for|at)(?: in the end| finally| eventually)?$",
    ),
    ("stage", r"\b(?:what|which) (?:stage|phase|step|status)\b"),
    # "is it under contract yet?": a stage asked about only in a yes/no question (news says it, see YES_NO)
    (
        "stage",
        r"^(?:is|are|has|have|did|was|were)\b.*\b(?:under contract|in escrow|pending|closed|sold"
        r"|contingent|listed|funded|signed|qualified)\b"
        # "is the jones deal at offer yet?", "has it reached negotiation?"
        r"|^(?:is|are|has|have|did)\b.*\b(?:at|in|past|beyond|reached|reach|hit|gotten to|got to|get to"
        r"|made it to|make it to|moved to|move to|gone to|go to|moved into|gone into|entered)(?: the)?"
        r" (?:offers?|negotiations?|showing|proposal|qualified|contract|escrow|leads?|prospects?|closing)"
        r"(?: stage| phase| step)?(?: (?:yet|now|@h|already|still))?$"
        # "did the maple court condo close?", "has baker street sold yet?"
        r"|^(?:did|has|have)\b.*\b(?:close|sell|sold|closed|selling|closing)"
        r"(?: (?:yet|already|after all|in the end|finally))?$",
    ),
)
# Asks that fit a request as well as a deal ("who's handling it?"): a pronoun goes to whichever was last.
SHARED_ASKS = frozenset(("owner",))
# "is the Baker Street duplex under contract yet?": a yes/no question about the stage it names.
YES_NO = r"^(?:is|are|has|have|did|was|were)\b"
