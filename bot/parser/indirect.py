"""A question asked politely or indirectly, put the way it would be asked straight out.

"Hi Jane, sorry to bother you — I was wondering whether I might be free tomorrow at 10:30?" asks "am I
free tomorrow at 10:30?"; "could you tell me where the Jones walkthrough is tomorrow?" asks "where is the
Jones walkthrough tomorrow?"; "would you mind cancelling the dentist for me, if it's not too much trouble?"
asks "cancel the dentist for me". The grammar then reads it as it reads any direct question (README.md,
"Polite and indirect asks"). Greetings and apologies before the ask are left to the polite openings every
message loses (template.py, `body`). What is not one of these frames is left exactly as it was typed.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE
# "could you please provide a summary of the deals at offer?": a summary asked for is the things shown
_SUMMARY_OF = re.compile(
    r"(?P<asking>\b(?:(?:could|can|would|will) you (?:please |kindly |just )?|please )?)"
    r"(?P<mine>\b(?:can|could|may) (?:i|we) (?:please |just )?)?"
    r"\b(?:provide|give|send|get)(?: me| us)?(?: with)? (?:a |an )?(?:brief |quick |short |full |little )?"
    r"(?:(?P<update>(?:status )?update|status|progress report)|summary|overview|rundown|run-down|breakdown"
    r"|list) (?:of|on)\b",
    _FLAGS,
)


# "I'd like to see everything that's open across all the clients": what is to be shown
_LIKE_TO_SEE = re.compile(
    r"\bi(?:'d| would|d)(?: really| very much| so much)? (?:like|love) to see"
    r" (?=(?:everything|all|what|a list|the list|my|the)\b)",
    _FLAGS,
)


# "ask ben whether he'd be comfortable moving me up to that": asking the VA to do it
_ASK_WHETHER = re.compile(
    r"\bask (?P<who>\w+) (?:whether|if) (?:he|she|they)(?:'d| would| will| might|d)? (?:be (?:comfortable"
    r"|happy|willing|ok|okay|able|open to)(?: with)? |mind |consider |agree to )(?P<stem>\w+?)ing\b",
    _FLAGS,
)
# "what are we asking for it again?": the price asked, as "how much are we asking for it?"
_ASKING_FOR = re.compile(r"\bwhat (?:are|were) (?:we|you|they) asking for\b", _FLAGS)
_STEMS = {"mov": "move", "rais": "raise", "upgrad": "upgrade", "putt": "put", "lett": "let", "tak": "take"}


def _asked_to(match: re.Match[str]) -> str:
    stem = match.group("stem").lower()
    return f"ask {match.group('who')} to {_STEMS.get(stem, stem)}"


def _summary_asked(match: re.Match[str]) -> str:
    """ "give me a summary of …" is "show me …"; "could you give me an update on the duplex?" asks after
    it."""
    if match.group("update"):
        return "any update on"
    if match.group("mine"):  # "can I get a summary of my deals?" asks to be shown them
        return "show me"
    return f"{match.group('asking')}show me"


# Courtesies that soften an ask without changing it, wherever they stand.
_SOFTENERS = (
    r"if (?:it'?s|it is|that'?s|that is) not too much (?:trouble|bother)|if you don'?t mind (?:me|my) asking",
    r"if i (?:may|might|can) ask|if possible|if at all possible",
    # "…, just so I have it written down": why it is asked, which asks nothing more
    r"just so (?:i|we) (?:have it|have that|know|can plan|can note it)(?: (?:written )?down| noted)?",
    # "and just so I can plan the evening with my husband, what does tomorrow look like?": why, before it
    r"(?:and |so )?(?:just )?so (?:that )?(?:i|we) (?:can|could) (?:plan|sort|organi[sz]e|figure out|work out"
    r"|tell|let)\b[^,?.]*(?=\s*,)",
    # ("if you could tell me …" is a frame of its own, so "if you could" alone is no courtesy)
    r"if (?:it'?s|it is|that'?s|that is) no (?:trouble|bother)|if you(?:'d| would) be so kind"
    r"|if you please|if you would(?=\s*[.!?]*$)",
    r"if (?:that'?s|that is) (?:alright|all right|ok|okay|fine|possible)|if possible",
    r"if you don'?t mind|if you do not mind|at your convenience",
    r"when you (?:get|have) a (?:chance|sec|second|minute|moment)|if you have a (?:minute|sec|second|moment)",
    r"whenever (?:it'?s|it is) convenient|whenever you (?:can|get a chance)",
    r"roughly|approximately|more or less",
    # "what, pray, is the next step there?", "pray tell": an old courtesy inside the question
    r"pray(?= ?,)|pray tell|do tell|in full",
    # "I meant Dana, sorry": an apology closing the message
    r"sorry(?: about that| for the (?:confusion|mix-?up))?(?=\s*[.!?]*\s*$)",
    # "… while he's at it": the VA who will do it, whoever says it
    r"while (?:the va|\w+)(?:'?re|'?s| are| is) (?:at it|in there|out)",
)
# "could you have the sign-ins added to the list?", "can you have ben screen my email?": a thing had done by
# someone is asked for as it is when got done ("… get ben to screen …"), never "have they been added?"
_HAVE_IT_DONE = re.compile(
    r"\b(?P<asked>(?:could|can|would|will) you(?: please| kindly)?) have (?!(?:a (?:look|word|chat|think|go"
    r"|try|minute|moment|second|sec)|any (?:idea|news|update)|time|to|been|had|got|done|seen|lunch|dinner"
    r"|coffee|breakfast|drinks|fun|no|enough|one)\b)(?=\w)",
    _FLAGS,
)
_HEDGE = re.compile(rf"\s*[,–—-]?\s*\b(?:{'|'.join(_SOFTENERS)})\b\s*(?=[,.!?]|$|\s)", _FLAGS)
# A closing sentence of thanks after the ask ("… not Thursdays. Thanks for your patience!"), or one asking to
# hear back ("Am I busy at 10:30 tomorrow? Let me know asap, they're holding it for me.")
_THANKS_AFTER = re.compile(
    r"(?<=[.!?])\s+(?:thanks|thank you|many thanks|cheers"
    r"|(?:please |just )?let me know(?! (?:what|who|where|which|how many|how much|my|the)\b))"
    r"\b[^.!?]*[.!?]*\s*$",
    _FLAGS,
)
# "has ana picked it up yet, do you know?": the frame said after the question, which is asked straight out
_KNOW_AFTER = re.compile(
    r"\s*,\s*(?:do you (?:happen to )?know|any idea|if you know|do you think|(?:may|might|if) i (?:may )?ask)"
    r"\s*\?*\s*$",
    _FLAGS,
)
# "could I possibly have them by Friday?": a softening word inside the ask
_POSSIBLY = re.compile(r"\b(could|can|may|might) (i|we) (?:possibly|perhaps|maybe|just) ", _FLAGS)
# The words of a courteous frame: "could you possibly …", "would you be so kind as to …", "I'd be most
# obliged if you would …"
_COURTEOUS_WORDS = r"please|kindly|possibly|perhaps|maybe|just|also|at least|now|then"
_KIND_AS = r"(?:be so kind as|be kind enough|be so good as|be good enough|be able|find time|be willing) to"
_OBLIGED = (
    r"i(?:'d| would|d| should| shall|'ll| will)? be (?:(?:most|very|so|ever so|really|extremely|much|truly"
    r"|terribly|awfully|deeply|eternally|hugely) )*(?:grateful|obliged|thankful|delighted|pleased|glad|happy"
    r"|appreciative) (?:if|should) you (?:could|would|might|can|will|were to)(?: (?:please|kindly|just))?"
)
# The frames of an indirect question, and what follows them: a wh-clause or a "whether"/"if" clause.
_WONDERING = (
    # "I wonder whether you might tell me how …"
    r"i (?:wonder|was wondering|am wondering|wondered) (?:if|whether) you (?:could|might|would|can)"
    r"(?: (?:please|kindly|possibly|perhaps))? (?:tell me|let me know|find out)"
    r"|(?:i )?(?:was |am )?(?:just )?(?:hoping|hope|wondering|wanted to ask(?: you)?)"
    r" (?:if |whether |that )?you"
    r" (?:could|would"
    r"|might|can) (?:tell me|let me know)"
    r"|(?:i was|i am|i'm|im|just|was just|i was just|i'm just)\s+(?:wondering|curious)"
    # "could you tell me …", "might you kindly let me know …", "would you be so kind as to tell me …"
    rf"|(?:could|can|would|will|might|may) (?:you|u)(?: (?:{_COURTEOUS_WORDS}))*(?: {_KIND_AS})?"
    r" (?:tell me|let me know|remind me|check|find out|confirm|explain|inform me|advise me|update me on"
    r"|show me)"
    r"|would it be possible (?:for you )?to (?:tell me|let me know|find out|check)"
    r"|would you mind (?:telling me|letting me know|checking|confirming|reminding me|showing me)"
    r"|(?:do|would|might) you (?:happen to )?know|any idea"
    # "I'd be grateful if you could let me know …", "would you be able to tell me …", "do let me know …",
    # "I wonder whether …"
    rf"|{_OBLIGED} (?:let me know|tell me|check|confirm|show me|find out|inform me|advise me)"
    r"|(?:would|will) you be able to (?:tell me|let me know|check|confirm|show me|find out|remind me)"
    r"|(?:please |do |just )+(?:let me know|tell me)|i (?:wonder|am wondering|was wondering)"
    # "I'd like to know …", "I was hoping to find out …", "might I ask …"
    # "I'd like to know …", "I should very much like to know …", "I wish to know …"
    r"|i(?:'d| would|d| should| shall)?(?: very much| so much| really)? (?:like|love|wish|want|care|need)"
    r" to (?:know|find out|hear|check|learn|understand|ask)"
    r"|i (?:was )?hop(?:ing|e) to (?:find out|learn|hear|know|check)|(?:might|may|can|could) i ask"
    # "might I see what reminders I have?"
    r"|(?:might|may|could) i (?:see|hear|know|find out|check)"
    # "I should be interested to know what has been done this week", "might I trouble you for the price …"
    r"|i(?:'d| would| should|d)? (?:be )?(?:very |most )?interested to (?:know|hear|learn|see)"
    r"|(?:might|may|could|can) i (?:trouble|bother) you (?:for|to tell me|with)"
)
_ASKING = (
    r"(?:(?P<yesno>whether|if)\s+|(?P<wh>how many \w+|how much(?: \w+)?|how long|how soon|what time|what day"
    r"|which \w+(?= (?:i|i'm|im|we|you|it|they|he|she|the|my|our|that|this)\b)|what \w+(?= (?:i|i'm|im|we"
    r"|you|it|they|he|she|the|my|our|that|this)\b)"
    # "which phase tom is on": the thing asked which of, then a person named and their verb
    r"|(?:which|what) (?!(?:that|this|the|my|our|your|it|i|we|you|they|he|she|of|one|ones)\b)\w+"
    r"(?! (?:\d|one|two|three|iii|ii|i)\b)(?= [\w'-]+(?: [\w'-]+)? (?:is|are|was|were|has|have|had|does|do"
    r"|did|will|would|can)\b)"
    r"|how|what|when|where|who|whom|why|which)\s+)"
)
_INDIRECT = re.compile(rf"^(?P<lead>.*?)\b(?:{_WONDERING})\s*,?\s+{_ASKING}(?P<clause>.+)$", _FLAGS)
# "could you tell me what's open across all the clients?", "would you mind showing me what's waiting for
# me?": the question asked whole after the frame, its verb already in place
_TOLD_WHOLE = re.compile(
    rf"^(?P<lead>.*?)\b(?:{_WONDERING}|(?:show|tell|give) me)\s*,?\s+"
    r"(?=(?:what'?s|where'?s|when'?s|who'?s|how'?s|what (?:did|does|do|has|have|is|are|was|were)"
    r"|who (?:did|does|has|is))\b)",
    _FLAGS,
)
# "would you kindly let me know the status of the Jones deal?", "could you remind me of its asking price?":
# a thing asked for by name after the frame, asked as "what is …"
_THING_ASKED = re.compile(
    rf"^(?P<lead>.*?)\b(?:{_WONDERING})(?: of)?\s+(?P<thing>(?:the|its|his|her|their|my) (?:status|latest"
    r"|price|asking price|close date|closing date|next step|amount|address|stage)\b.*)$",
    _FLAGS,
)
# "which phase I'm on, and what the next one would give me": a second indirect question after the first
_AND_ASKING = re.compile(
    r"(\s*,?\s+and\s+(?:also\s+)?,?\s*)(?=(?:whether|if|how|what|when|where|who|which)\b)", _FLAGS
)
_ASKED = re.compile(rf"^{_ASKING}(?P<clause>.+)$", _FLAGS)
# The subject of a clause and the verb that goes before it in a question ("the walkthrough is" → "is the
# walkthrough"); "I might be free" asks "am I free".
_SUBJECT = (
    r"(?P<subject>i|we|you|it|they|he|she|anyone|anybody|someone|somebody|everything|things|that|this"
    # "whether anything of mine is still waiting"
    r"|(?:anything|something|nothing) of (?:mine|ours)"
    r"|(?:the|my|our|your|that|this|those|these)(?: [\w'-]+){1,6}?"
    # "the Oak Ave deal and the Baker Street duplex": two things asked about together
    r"(?: and (?:the |my |our )?[\w'-]+(?: [\w'-]+){0,5}?)?"
    # "ana's note on the toner": a possessive names the subject, however long
    r"|[\w-]+'s(?: [\w'-]+){1,4}?|[\w'-]+(?: [\w'-]+)??)"
)
_AUX = r"(?P<aux>is|are|am|was|were|has|have|had|will|would|can|could|does|do|did|should|might|may|must)"
_CONTRACTED = {"i'm": ("i", "am"), "im": ("i", "am"), "it's": ("it", "is"), "we're": ("we", "are"),
               "they're": ("they", "are"), "that's": ("that", "is"), "you're": ("you", "are"),
               "he's": ("he", "is"), "she's": ("she", "is"), "i'd": ("i", "would"),
               "we'd": ("we", "would"), "they'd": ("they", "would"), "it'd": ("it", "would"),
               "i've": ("i", "have"), "ive": ("i", "have"), "we've": ("we", "have"),
               "you've": ("you", "have"),
               "they've": ("they", "have")}  # fmt: skip
_CLAUSE = re.compile(rf"^{_SUBJECT} {_AUX}\b(?P<rest>.*)$", _FLAGS)
_GOT_CLAUSE = re.compile(rf"^{_SUBJECT} got\b(?P<rest> \w+ed\b.*| done\b.*| sent\b.*| booked\b.*)$", _FLAGS)
# "anything's come in", "nothing's changed": "'s" before a past participle is "has"
_HAS_DONE = re.compile(
    r"^(?P<subject>[\w-]+)'s (?P<rest>(?:already |just |ever |still |actually )?(?:come|been|gone|arrived"
    r"|happened|changed|moved|landed|got|gotten|done|finished|closed|shown|turned|popped)\b.*)$",
    _FLAGS,
)
_CONTRACTED_CLAUSE = re.compile(
    r"^(?P<word>i'm|im|it's|we're|they're|that's|you're|he's|she's|i'd|we'd|they'd|it'd|i've|ive|we've|you've"
    r"|they've)\b(?P<rest>.*)$",
    _FLAGS,
)
# A clause in the past with no helping verb ("ben said", "the condo ever closed"): asked with "did", the verb
# in its plain form
_PAST = {
    "said": "say", "did": "do", "sent": "send", "wrote": "write", "got": "get", "told": "tell",
    "made": "make", "found": "find", "sold": "sell", "ordered": "order", "booked": "book", "closed": "close",
    "moved": "move",
    "called": "call", "confirmed": "confirm", "signed": "sign", "finished": "finish", "mailed": "mail",
    "printed": "print", "posted": "post", "updated": "update", "picked": "pick", "claimed": "claim",
    "logged": "log", "spent": "spend", "put": "put", "rejected": "reject", "handled": "handle",
}  # fmt: skip
_PAST_CLAUSE = re.compile(
    rf"^{_SUBJECT} (?P<adverb>(?:ever|already|actually|finally|even) )?(?P<verb>{'|'.join(_PAST)})\b"
    r"(?P<rest>.*)$",
    _FLAGS,
)
# A clause with no helping verb at all ("what tomorrow looks like", "how long it runs", "what it went for",
# "which clients I look after"): asked with "do", "does" or "did", the verb in its plain form. The verbs are
# those such questions use; a word that is none of them leaves the clause as it was typed.
_MAIN_VERBS = frozenset(
    (
        "look", "run", "go", "take", "start", "end", "finish", "close", "cost", "last", "happen", "mean",
        "hold",
        "need", "cover", "include", "unlock", "give", "get", "handle", "work", "stand", "sit", "come",
        "leave", "sell", "list", "say", "want", "owe", "charge", "pay", "begin", "involve", "require",
        "offer", "send", "book", "email", "deliver", "clash", "conflict", "overlap", "fit", "suit",
    )
)  # fmt: skip
_PAST_OF = {"went": "go", "ran": "run", "took": "take", "came": "come", "began": "begin", "sold": "sell",
            "said": "say", "gave": "give", "got": "get", "left": "leave", "paid": "pay", "sat": "sit",
            "stood": "stand", "meant": "mean"}  # fmt: skip
_MAIN_CLAUSE = re.compile(rf"^{_SUBJECT} (?P<verb>[a-z]+)\b(?P<rest>.*)$", _FLAGS)
_PLURAL_SUBJECTS = frozenset(("i", "we", "you", "they"))
_PRONOUNS = frozenset(("i", "we", "you", "they", "it", "he", "she"))
# "have" as the verb itself ("I have any reminders left"), not a helping one ("anyone has picked it up")
_HAVING = re.compile(r"^ (?:any|a|an|some|no|anything|something|enough|time|plans)\b", _FLAGS)
# "did" as the verb itself, not a helping one: nothing, or a word that is no verb, after it
_DONE_AS_VERB = re.compile(
    r"^(?:$|[?.!,]| (?:for|to|with|on|about|at|in|yesterday|today|this|last|so far|all|that|it|there"
    r"|the|my|our|a|an)\b)",
    _FLAGS,
)
# "I might be free", "I'd be free": a state asked about is asked in the present ("am I free")
_WOULD_BE = re.compile(r"^(?:might|may|would|will|could|should) be\b", _FLAGS)
_BE = {"i": "am", "we": "are", "you": "are", "they": "are"}
# "would you mind cancelling the dentist", "would you be so kind as to remind me", "would it be possible to
# push it back": the ask itself
_MIND = re.compile(r"^(?P<lead>.*?)\bwould you mind (?P<verb>\w+ing)\b", _FLAGS)
_KIND = re.compile(
    rf"^(?P<lead>.*?)\b(?:(?:would|could|will|might) you(?: (?:{_COURTEOUS_WORDS}))* {_KIND_AS}"
    r"|would it be possible (?:for you )?to"
    r"|is there any (?:way|chance) (?:you could|to)|i was hoping you could"
    # "I wonder whether you might arrange a call …", "I should like you to arrange tea with …"
    r"|i (?:wonder|was wondering|am wondering|wondered) (?:if|whether) you (?:could|might|would|can)"
    r"(?: (?:please|kindly|possibly|perhaps))?"
    r"|i(?:'d| would| should|d) (?:very much )?(?:like|want|wish) you to"
    # "hoping you can book …", "I hope you could order …": the ask, said as a hope of what Jane can do
    r"|(?:i )?(?:am )?(?:hope|hoping) (?:that )?you (?:can|could|will|would|might)"
    r"|i was wondering if you could|could i ask you to|may i ask you to"
    rf"|{_OBLIGED}"
    r"|i(?:'d| would|d) appreciate it if you (?:could|would)|would you be able to|do you think you could"
    # "I was hoping to book a call with my accountant tomorrow at 4:45": the ask, said as a hope
    r"|i (?:was |am )?hoping to(?= (?:book|schedule|set up|order|get|arrange|move|cancel|add)\b)"
    # "could you possibly book a call with the inspector then?"
    rf"|(?:could|can|would|will|might) you(?: (?:{_COURTEOUS_WORDS}))+"
    # "might you book …": asked with "might" alone
    r"|might you(?= \w)"
    # a VA's "could I claim #5, please?", "could I take the pens one?": the move itself
    r"|(?:could|can|may|might) i(?: (?:please|just|also))?(?= (?:claim|pick up|release|hand back|confirm"
    r"|reject|decline|approve|log|finish)\b"
    r"| (?:take|grab) (?:#|it\b|that one\b|this one\b|the [\w' -]+ one\b))"
    # "could you log 20m on it, please?", "could you make it 5:15 instead?": a move or a change, asked
    # (an errand asked so, "could you order more envelopes?", keeps its words: the VA reads them)
    r"|(?:could|can|would|will) (?:you|u)(?= (?:log|knock|take \d+|claim|release|hand|make it|make that"
    r"|move it|push it|change it|shift it|bring it|set it|put it|turn it|switch it|start it|stop it"
    r"|send it|have it|keep it)\b)"
    # "I'd be grateful for an update on the Baker Street duplex": the thing wished for, asked
    r"|i(?:'d| would|d) (?:be (?:grateful|thankful) for|appreciate|love)(?= (?:an?|the|some|any) ))"
    # ("might you also tell me which one closes first?" is an indirect question: _indirect reads it)
    rf"\s+(?!(?:(?:{_COURTEOUS_WORDS}) )*(?:tell me|let me know|check|confirm|find out|explain"
    r"|remind me (?:of|what|when|where|who|how|which|whether|if))\b)",
    _FLAGS,
)
# What only tells why before a polite ask: a statement ("I've just realised…", "she's stuck…") that ends
# with a stop, a dash or a comma.
_TOLD = re.compile(
    r"^\s*(?:(?:oh|ah|well|so|hmm|ok|okay|right|on second thoughts?|actually)(?: dear| no| man)?[,!]?\s+)*"
    # "How very kind of ana.", "Splendid.", "Thank you kindly.": a courtesy before the ask asks nothing
    r"(?:(?:how (?:very |terribly |most )?kind|thank you|thanks|many thanks|splendid|lovely|wonderful|perfect"
    r"|excellent|marvellous|marvelous|very good|very well|good|great|much appreciated)\b[^.!?]*"
    r"|i|i've|i'm|im|ive|i just|we"
    r"|we've|we're|she|he|they|she's|he's|they're|it|it's|that|there|there's|the \w+(?: \w+)? (?:is|are|has"
    r"|have|just|can't|cannot|won't))\b",
    _FLAGS,
)
_TOLD_END = re.compile(r"(?:[.!;:]|\s[-–—]+|,)\s*$")

# Verbs whose "-ing" form an ask may use ("would you mind cancelling…"), to find their plain form.
_VERBS = frozenset(
    (
        "cancel", "call", "book", "schedule", "reschedule", "move", "push", "order", "send", "set", "put",
        "get", "make", "tell", "let", "check", "remind", "write", "draft", "print", "mail", "add", "drop",
        "take", "give", "change", "update", "find", "pull", "show", "arrange", "confirm", "email", "text",
        "ring", "organise", "organize", "bump", "shift", "sort", "pick", "look", "ask", "turn", "switch",
        "stop", "start", "screen", "post", "buy", "grab", "lock", "pencil", "clear", "log", "list", "remove",
        "delete", "leave", "keep", "hand", "forward", "file", "scan", "pay", "reply", "hold", "reject",
        "decline", "approve", "claim", "release", "finish", "mark",
    )
)  # fmt: skip


# "and might I be free at 11:30 instead?": a state asked about with "might I be" is "am I"
_MIGHT_I_BE = re.compile(
    r"\b(?:might|may|would|could|will|should|shall) i be (?=(?:free|busy|available|around|clear)\b)", _FLAGS
)


# "how long is it expected to run?", "when is the Lakeview listing due to close?": when it happens, asked
# with "does" ("how long does it run?"), as the plain question reads
_EXPECTED_TO = re.compile(
    r"^(?P<wh>(?:(?:and|so|ok|okay)\s*,?\s+)*(?:how long|when|what time|how soon|at what time))"
    r" (?:is|are|was|were) (?P<subject>it|that|this|they|(?:the|my|our) [\w'-]+(?: [\w'-]+){0,4}?)"
    r" (?:expected|supposed|meant|due|scheduled|going|set|slated|likely) to"
    r" (?P<verb>run|last|take|end|finish|close|start|begin|wrap up)\b",
    _FLAGS,
)


# Yes/no questions put another way, as the form Jane reads: "is confirming appointments covered now?" asks
# "does my phase cover confirming appointments?"; "would 5:15 clash with anything?" asks "am I busy at
# 5:15?"; "is my calendar empty the day after tomorrow?" asks whether that day is clear
_ASKED_PLAINLY = (
    (
        re.compile(
            r"^(?P<lead>(?:(?:so|and|ok|okay|but)\s*,?\s+)*)(?:is|are) (?P<thing>(?!(?:it|that|this|they)\b)"
            r"[\w' -]+?) (?:covered|included|allowed|part of my phase)(?: (?:now|yet|then|too|as well|at all"
            r"|by my phase|under my phase|in my phase|with my phase))*\s*\?*\s*$",
            _FLAGS,
        ),
        r"\g<lead>does my phase cover \g<thing>?",
    ),
    (
        re.compile(
            r"^(?P<lead>(?:(?:so|and|ok|okay|but)\s*,?\s+)*)(?:would|will|does|do|could) (?:at )?"
            r"(?P<when>\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?: (?:tomorrow|today|on \w+day|\w+day))?)"
            r" (?:clash|conflict|overlap) with anything\s*\?*\s*$",
            _FLAGS,
        ),
        r"\g<lead>am i busy at \g<when>?",
    ),
    (
        re.compile(r"^(?P<lead>.*?)\bis my (?:calendar|schedule|diary) (?:empty|clear|free)\b", _FLAGS),
        r"\g<lead>is my day clear",
    ),
)


def _asked_plainly(text: str) -> str:
    for pattern, plain in _ASKED_PLAINLY:
        text = pattern.sub(plain, text, count=1)
    return text


# Old-fashioned ways of asking, as the plain words Jane reads: "I should be glad of a summary of my deals"
# asks to be shown them; "how matters stand with the Jones sale" asks where things stand; "where the
# walkthrough is to take place" asks where it is
_OLD_FASHIONED = (
    (
        re.compile(
            r"\bi(?:'d| would| should|d)? (?:be )?(?:very |most |so )?(?:glad|grateful|pleased|obliged)"
            r" (?:of|for) (?:a |an )?(?:brief |quick |short |full )?(?:summary|overview|rundown|list)"
            r" (?:of|on)\b",
            _FLAGS,
        ),
        "show me",
    ),
    (
        re.compile(
            r"^(?:(?:and|so|but)\s+)?(?:how|where) (?:do )?matters (?:stand|lie)"
            r" (?:with|on|regarding|as regards|in respect of)\b",
            _FLAGS,
        ),
        "where do things stand with",
    ),
    (
        re.compile(
            r"\b(?:how|where) matters (?:stand|lie|are) (?:with|on|regarding|as regards"
            r"|in respect of)\b",
            _FLAGS,
        ),
        "where things stand with",
    ),
    (re.compile(r"\b(is|are) to (?:take place|be held|happen)\b", _FLAGS), r"\1"),
    (re.compile(r"\bat liberty\b", _FLAGS), "free"),  # "should I be at liberty at a quarter to five?"
    (re.compile(r"\b(?:on|in) (?:my|our) behalf\b", _FLAGS), "for me"),
)


def direct(text: str) -> str:
    """The message with a polite or indirect frame around its ask put as the ask itself; else `text`."""
    for pattern, plain in _OLD_FASHIONED:
        text = pattern.sub(plain, text)
    said = _ASKING_FOR.sub("how much are we asking for", _ASK_WHETHER.sub(_asked_to, text))
    said = _SUMMARY_OF.sub(_summary_asked, _LIKE_TO_SEE.sub("show me ", said))
    said = _HAVE_IT_DONE.sub(r"\g<asked> get ", _HEDGE.sub("", said))
    said = _MIGHT_I_BE.sub("am i ", _THANKS_AFTER.sub("", said))
    said = _POSSIBLY.sub(r"\1 \2 ", _KNOW_AFTER.sub("?", said))
    for rewrite in (_kindly, _indirect, _minded, _told_whole, _thing_asked, _expected_to, _asked_plainly):
        said = rewrite(said)
    return said if said.strip(" ,.!?") else text


def _indirect(text: str) -> str:
    match = _INDIRECT.match(text)
    if match is None:
        return text
    clause, tail = _split_tail(match.group("clause"))
    first, *joined = _AND_ASKING.split(clause)
    asked = _inverted(first, (match.group("wh") or "").lower())
    for joint, part in zip(joined[::2], joined[1::2], strict=True):
        again = _ASKED.match(part)
        wh = (again.group("wh") or "").lower() if again else ""
        asked += joint + (_inverted(again.group("clause"), wh) if again else part)
    return f"{_unless_context(match.group('lead'), asked)}{asked}{tail or '?'}"


def _split_tail(clause: str) -> tuple[str, str]:
    """The clause up to its question mark (or sentence end), and what follows it."""
    end = re.search(r"[?.!](?:\s|$)", clause)
    return (clause[: end.start()], clause[end.start() :]) if end else (clause, "")


_WHICH_THING_DOES = re.compile(
    r"[\w'-]+ (?:is|are|was|were|has|have|had|will|would|can|could|need|needs) (?!(?:on|in|at)\b)\w", _FLAGS
)


def _inverted(clause: str, wh: str) -> str:
    """ "where the walkthrough is tomorrow" → "where is the walkthrough tomorrow"; "anyone has picked it
    up" → "has anyone picked it up"; a clause whose subject is the question word stays as it is."""
    lead = f"{wh} " if wh else ""
    if wh in ("which", "what") and re.match(r"(?:one|ones|of)\b", clause, _FLAGS):
        return f"{lead}{clause}"  # "which one closes first", "which of those are at offer": asked as they are
    if wh and re.match(rf"{_AUX}\b", clause, _FLAGS):
        return f"{lead}{clause}"  # "how much time has been logged": the question word is the subject
    if wh == "which" and _WHICH_THING_DOES.match(clause):
        # "which bookings are waiting on me": the thing asked which of, then its verb
        return f"{lead}{clause}"
    has_done = _HAS_DONE.match(clause)
    if has_done is not None:  # "whether anything's come in for me" asks "has anything come in for me"
        return f"{lead}has {has_done.group('subject')} {has_done.group('rest')}"
    contracted = _CONTRACTED_CLAUSE.match(clause)
    if contracted:
        subject, aux = _CONTRACTED[contracted.group("word").lower()]
        rest = contracted.group("rest")
    else:
        found = _CLAUSE.match(clause)
        got = _GOT_CLAUSE.match(clause) if found is None else None
        if got is not None:  # "whether the toner order got done" asks "did the toner order get done"
            return f"{lead}did {got.group('subject')} get{got.group('rest')}"
        done = _with_do(clause) if found is None else None
        if done is not None:  # "what time my agenda gets sent" asks "what time does my agenda get sent"
            return f"{lead}{done}"
        past = _PAST_CLAUSE.match(clause) if found is None else None
        if past is not None and (base := _PAST.get(past.group("verb").lower())):
            # "what ben said about the Parkers" asks "what did ben say about the Parkers"
            return f"{lead}did {past.group('subject')} {past.group('adverb') or ''}{base}{past.group('rest')}"
        if found is None:
            return f"{lead}{clause}"
        subject, aux, rest = found.group("subject"), found.group("aux"), found.group("rest")
        if aux.lower() in ("have", "has") and (_HAVING.match(rest) or not rest.strip(" ,.!?")):
            # "whether I have any reminders left" asks "do I have any reminders left"
            do = "do" if aux.lower() == "have" else "does"
            return f"{lead}{do} {subject} have{rest}"
        if aux.lower() in ("did", "does", "do") and _DONE_AS_VERB.match(rest):
            return f"{lead}{aux} {subject} do{rest}"  # "what you did for me" asks "what did you do for me"
        if wh in ("which", "what") and _asks_of_itself(subject, rest):
            return f"{lead}{clause}"  # "which phase would unlock that": the question's own subject
    if _WOULD_BE.match(f"{aux}{rest}"):
        aux, rest = _BE.get(subject.lower(), "is"), rest[len(" be") :]
    return f"{lead}{aux} {subject}{rest}"


def _with_do(clause: str) -> str | None:
    """ "the day after that looks like" → "does the day after that look like"; "it went for" → "did it go
    for"; None when the clause has no verb Jane knows where one would stand."""
    for length in range(1, 6):  # the subject's words, fewest first: "the day after that" before its verb
        words = clause.split(" ")
        if len(words) <= length:
            return None
        subject, verb, rest = " ".join(words[:length]), words[length].lower(), " ".join(words[length + 1 :])
        if _MAIN_CLAUSE.match(f"{subject} {verb}") is None:
            continue
        base, past = _base_of(verb)
        if base is None:
            continue
        do = "did" if past else "do" if _plural(subject) else "does"
        return f"{do} {subject} {base}{' ' + rest if rest else ''}"
    return None


def _plural(subject: str) -> bool:
    """ "I", "we", "things", "the Hendersons": a subject asked about with "do", not "does"."""
    last = subject.lower().split()[-1]
    return last in _PLURAL_SUBJECTS or last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _base_of(verb: str) -> tuple[str | None, bool]:
    """A verb's plain form, and whether it was in the past: "looks" → ("look", False), "went" → ("go",
    True); (None, False) for a word that is none of the verbs such clauses use."""
    if verb in _PAST_OF:
        return _PAST_OF[verb], True
    for base in (verb, verb[:-1], verb[:-2]):  # "look", "looks", "finishes"
        if base in _MAIN_VERBS and (base == verb or verb in (f"{base}s", f"{base}es")):
            return base, False
    for base in (verb[:-2], verb[:-1]):  # "closed", "started"
        if base in _MAIN_VERBS and verb.endswith("d"):
            return base, True
    return None, False


def _asks_of_itself(subject: str, rest: str) -> bool:
    """Whether "which phase would unlock that" is already in question order: one word after "which", then
    a helping verb and a verb ("which phase tom is on" has a subject of its own after the word)."""
    after = rest.split()
    if subject.lower() in _PRONOUNS:
        return False  # "what it would take": a pronoun is never the thing "what" asks which of
    return " " not in subject and bool(after) and _base_of(after[0].lower())[0] is not None


def _expected_to(text: str) -> str:
    match = _EXPECTED_TO.match(text)
    if match is None:
        return text
    do = "do" if _plural(match.group("subject")) else "does"
    asked = f"{match.group('wh')} {do} {match.group('subject')} {match.group('verb')}"
    return f"{asked}{text[match.end() :]}"


def _thing_asked(text: str) -> str:
    match = _THING_ASKED.match(text)
    return f"{_unless_context(match.group('lead'))}what is {match.group('thing')}" if match else text


def _told_whole(text: str) -> str:
    match = _TOLD_WHOLE.match(text)
    return f"{match.group('lead')}{text[match.end() :]}" if match else text


def _minded(text: str) -> str:
    match = _MIND.match(text)
    if match is None:
        return text
    plain = _plain_verb(match.group("verb"))
    if plain is None:
        return text
    return f"{_unless_context(match.group('lead'))}{plain}{text[match.end() :]}"


def _kindly(text: str) -> str:
    match = _KIND.match(text)
    if match is None:
        return text
    # "I was hoping you could have the flyers printed": having a thing done, asked of Jane, is getting it done
    asked = _HAVE_DONE.sub("get ", text[match.end() :])
    return f"{_unless_context(match.group('lead'))}{asked}"


_HAVE_DONE = re.compile(
    r"^have (?=(?:the|my|our|some|a|an|these|those|more|any)\b"
    # "have ad copy written", "have more printer paper ordered": the thing, then what is to be done to it
    r"|(?:[\w'-]+ ){1,6}(?:written|ordered|printed|sent|done|made|booked|mailed|delivered|drafted|posted"
    r"|signed|scanned|filed|cleaned|fixed|updated|added|picked up|dropped off|taken off|removed|put on)\b)",
    _FLAGS,
)


def _unless_context(lead: str, asked: str = "") -> str:
    """What stood before a polite ask, unless it only told why: "Oh dear, I've just realised she's stuck in
    a meeting until 1 — would it be possible to push it back an hour?" asks to push it back, and its "1"
    is no time asked for. A question that points ("when it is expected to close") keeps what was told: it
    names what "it" is (core.py reads the two apart)."""
    told = _TOLD.match(lead) and _TOLD_END.search(lead)
    return "" if told and not _POINTS_BACK.search(asked) else lead


_POINTS_BACK = re.compile(r"\b(?:it|that one|this one|that deal|this deal)\b", _FLAGS)


def _plain_verb(gerund: str) -> str | None:
    """ "cancelling" → "cancel", "moving" → "move", "calling" → "call"; None for a verb Jane ignores."""
    stem = gerund[:-3].lower()
    for candidate in (stem, f"{stem}e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        if candidate in _VERBS:
            return candidate
    return None
