"""Which duty an errand belongs to, as data: per duty, ways to recognise it, each a set of patterns that
must all match somewhere in the message. Duties are tried in order; `general` is the fallback for an
errand that names no duty but starts like a request ("get quotes from three movers").

The order settles overlaps: confirming comes before mailing ("call the Carters and confirm"), one
drink or meal for the client before supplies ("grab me a coffee" is no coffee order), supplies
before ad copy ("copy paper"), list upkeep before mailings ("take the Hursts off the newsletter list"),
and sending to a list is a mailing ("mail the brochures to the Westside list").
"""

from __future__ import annotations

CONFIRMATIONS = (
    (r"\b(?:re-?)?confirm(?:s|ed|ing|ation|ations)?\b",),
    (
        r"\b(?:double|triple)[- ]?check\b|\bcheck (?:with (?:\w+ ){1,3})?(?:that|if|whether)\b|\bmake sure\b"
        r"|\bverify\b|\bremind (?!me\b)|\breminders?\b|\bfind out (?:if|whether)\b|\b(?:call|text|ping|ask"
        r"|reach out to|check in with|follow up with)\b(?: \w+){0,3} (?:about|regarding|re|to see if|if"
        r"|whether)\b",
        r"\b{confirmable}\b",
    ),
    (r"\brsvps?\b",),
)

SCREENING = (
    (r"\b{screen}\b(?: (?:all|any|my|the|our|incoming|new|today|unread|important|work|office))* {inbox}\b",),
    (r"\b(?:triage|screen|screening)\b",),
    (r"\b(?:inbox|voicemails?|voice mail)\b",),
    (r"\btake (?:a )?messages?\b",),
    (
        r"\b(?:if|when(?! (?:is|are|do|does|did|will|was|can|should|would)\b)"
        r"|in case) (?:\w+ ){1,3}?(?:calls?|e-?mails?|texts?|reach(?:es)? out|rings?|phones?"
        r"|gets? in touch|calls? back|writes? back)\b",
    ),
    (r"\b(?:hold|forward|route|divert|pick up) (?:all )?(?:my |the )?(?:calls|phones?)\b",),
)

SUPPLIES = (
    # the verb governs the supply: "get the keys copied for the lockbox" wants no lockbox
    (r"\b{acquire}\b(?: \w+){0,4}? {supply}\b",),
    (
        r"^(?:(?:some|more|new|a|an|the|extra|another|\d+) )*{supply}(?: (?:and|,) (?:(?:some|more|new|a|an"
        r"|the|extra|\d+) )*{supply})*(?: (?:for|to|from|in|at|by) (?!.*\b(?:is|are|was|broke|broken"
        r"|jammed|not)\b).*)?$",
    ),
    (
        r"\b(?:out of|low on|running low|running out|ran out|run out|almost out)\b(?! (?:town|the office"
        r"|office|pocket|state|the country|my mind|time|the loop|options))",
    ),
    (r"\b(?:office|printer|shipping|cleaning|kitchen|break room) supplies\b",),
)

AD_COPY = (
    (
        r"\b{write}\b",
        r"\b{adnoun}\b(?! paper| machine| of the| of our)",
    ),
    (
        r"\b(?:copy|caption|blurb|tagline|headline|ad|advertisement|description|post|script|spot) (?:for"
        r"|about|advertising|promoting)\b",
    ),
    (r"\b(?:advertise|advertising|promote|promoting)\b",),
)

MAILING_LISTS = (
    (
        r"\b{list_edit}\b",
        r"\b{list}\b",
    ),
    (
        r"\b(?:add|adding|put|move|include|remove|take|drop|delete|get|subscribe|unsubscribe)\b",
        r"\b(?:on|off|to|from|onto|into) (?:the|our|my|this|that|their|his|her) (?:\w+ ){0,2}lists?\b",
    ),
    (r"\b(?:unsubscribe|subscribe|opt(?:ed)? out|sign-?ups|signups)\b",),
    # "sign up the open house visitors for the newsletter"
    (r"\bsign(?:ed|ing)? (?:\w+ ){0,5}?up\b", r"\b(?:newsletter|mailing|e-?mails?|drip|{list})\b"),
    (
        r"\b(?:add|put|remove|take|drop|subscribe|unsubscribe|sign)\b.*\b(?:to|on|onto|from|off) (?:the|our"
        r"|my) (?:\w+ )?(?:newsletter|mailing|e-?mail blast|drip|mailchimp|database|crm)\b",
    ),
    (
        r"\b(?:mailing|contact|email|distribution|newsletter|subscriber|client) lists?\b",
        r"^(?!.*\b{send}\b)",
    ),
)

MAILINGS = (
    (r"\b{send}\b(?! (?:me|us)\b)",),  # "send me three options" reports back: no mailing
    (r"^(?!(?:print|copy|scan|laminate|make copies)\b)", r"\b{mailing}\b"),  # printing flyers is no mailing
)

GENERAL = (
    (
        # a bare verb ("cancel", "cancel it") names no errand: cancelling a request is its Cancel button
        r"(?:^|, )(?:{errand})\b(?!(?: (?:it|that|this|them|those|everything|all))?$)"
        r"(?! me (?:about|something|more|what|how|why|who|when|if))"
        r"(?!(?: me)? (?:a |an |some )?(?:good |funny |new |fun )?(?:joke|story|poem|song|haiku|limerick"
        r"|riddle|fun fact|movie|film|tv show|show to watch|book to read)s?\b)",
    ),
    (r"^(?:i|we) (?:need|want|would like|could use)\b(?! to know| help$)",),
    (r"^(?:can|could|should) we (?:{errand})\b",),
    (r"^(?:need|want)\b",),
    (
        r"\b(?:have|get) (?:someone|somebody|a \w+|the \w+) (?:to )?(?:come|fix|look|clean|repair|install"
        r"|deliver|pick|drop)\b",
    ),
)

# "grab me a coffee": one drink or meal for the client is an errand, not the office's supplies
ONE_SERVING = (
    (
        r"\b(?:a|an|one|two|a cup of|a glass of|a bottle of) (?:\w+ )?{serving}\b(?! (?:machines?|makers?"
        r"|pods?|beans|filters?|supplies|cups|delivery|service|cooler|dispenser|bottles))",
    ),
)

DUTIES: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("appointment_confirmations", CONFIRMATIONS),
    ("call_email_screening", SCREENING),
    ("general", ONE_SERVING),
    ("office_supplies", SUPPLIES),
    ("ad_copy", AD_COPY),
    ("mailing_lists", MAILING_LISTS),
    ("mailings", MAILINGS),
    ("general", GENERAL),
)
