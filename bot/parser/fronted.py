"""A thing named first and then pointed at: "and the walkthrough tmrw, where's that at?" is asked as
"where's the walkthrough tmrw at?", so the question is about what it names, not the last topic."""

from __future__ import annotations

import re

# The thing named up front, then a clause that asks about it or acts on it through a pronoun.
_LEADS = (
    r"^\s*(?:(?:and|so|ok|okay|oh|also|plus|what about|how about|nice|great|cool|perfect|thanks|awesome|wow"
    r"|yay|ah|now|ugh|hmm|right|sorry|well|hey|hi|quick one|quick question|quick q|btw|lol|haha|oof|argh"
    r"|man|sigh|ooh)[^\w\s]*\s*,?\s+"
    r"(?:[^\w\s]+\s+)*)*"
)
_ASKED = (
    r"(?:\s*(?:,|\s-+|\s[\u2013\u2014])\s*"
    # "and the oak avenue one whats the next step there": dictated, with no stop after the thing named
    r"|(?:(?<=\bone)|(?<=\bdeal)|(?<=\blisting)|(?<=\bduplex)|(?<=\bcondo))\s+"
    r"(?=(?:whats|what|where|wheres|when|whens|who|whos|how|is|has|did)\b))"
    r"(?P<asked>(?:where|when|what|who|how|which|whats|wheres|whens|whos|hows|is|are|was|were|has|have|did"
    r"|does|do|can|could|will|would"
    r"|please|cancel|move|push|reschedule|call off|under contract|in escrow|at|past|still|already|closed"
    r"|sold)\b[^,]*)$"
)
_FRONTED = re.compile(
    _LEADS + r"(?P<thing>(?:the|my|our)\s+[^,?!.;:]+?|[\w'.-]+(?:\s+[\w'.-]+){0,3}?\s+(?:deal|listing"
    r"|closing|sale|purchase|duplex|condo|house|home|property|walkthrough|showing|inspection|appointment"
    # "jones elm street — where are we?": an address is what a deal is called
    r"|street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|boulevard|blvd"
    r"|meeting|call|request|order|reminder|thing|stuff))" + _ASKED,
    re.IGNORECASE,
)
# "what about Lakeview, is that under contract?", "back to the duplex - who updated it last?": after words
# that turn to it, any name is the thing, whatever it is called
_TURNED_TO = re.compile(
    _LEADS
    + r"(?:what about|how about|back to|going back to|as for)\s+"
    + r"(?!(?:now|then|today|tonight|tomorrow|later|this week|next week)\b)"
    + r"(?P<thing>[\w'.-]+(?:\s+[\w'.-]+){0,3}?)"
    + _ASKED,
    re.IGNORECASE,
)
# "elm st jones — where are we at?": any short name before a dash, when what follows asks where a thing
# stands or a fact of it, of nothing in particular (fronted.py's other patterns want a noun such as "deal")
_DASHED = re.compile(
    _LEADS + r"(?P<thing>[\w'.]+(?:\s+[\w'.]+){0,3}?)\s+(?:-+|[\u2013\u2014])\s+(?P<asked>[^,]+?)\s*\??\s*$",
    re.IGNORECASE,
)
# A thing named, not a sentence about it: "the printer is broken, can you fix it?" stays as it is.
_SENTENCE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|am|i|we|you|they|he|she|s|re)\b",
    re.IGNORECASE,
)
_ONE = re.compile(r"(?<=\w)\s+one$", re.IGNORECASE)
# ("this month", "that day" name a time, not the thing)
_POINTER = re.compile(
    r"\b(?:that one|this one|it|that|this)\b(?! (?:week|month|year|morning|afternoon|evening|weekend|day"
    r"|time)\b)|(?<=\w) there$",
    re.IGNORECASE,
)

# A verb's particle after the pronoun: "has anyone picked it up", "can you send it out"
_PARTICLE = re.compile(r"\s+(up|out|back|over|off|in|through)\b", re.IGNORECASE)

# "jones deal - under contract yet?", "the condo, at offer yet?": a stage asked with its verb left out
_BARE_STAGE = re.compile(
    r"^(?:under contract|in escrow|at (?!\d)|past|still|already|closed|sold)\b", re.IGNORECASE
)
# "jones deal - are we at offer yet?": "we" stands for the deal, as "it" would
_WE_ASKED = re.compile(r"^(are|were|have|did) we\b", re.IGNORECASE)
_AS_IT = {"are": "is it", "were": "was it", "have": "has it", "did": "did it"}
# "jones deal - where are we?": where the thing stands
_WHERE_WE = re.compile(
    r"^where are we(?: at| on (?:it|that|this)| with (?:it|that|this))?(?=\W*$)", re.IGNORECASE
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")
# What a question asks of some thing without pointing at it: "what's the next step?", "what's the price?"
_OF_A_THING = re.compile(
    r"\b(?:next step|next steps|status|price|amount|stage|close date|closing date|latest|update"
    r"|timeline|next)\W*$",
    re.IGNORECASE,
)


# "team call what time?", "dentist tmrw where?": a thing named, then only the question word about it
_THEN_ASKED = re.compile(
    _LEADS + r"(?P<thing>[\w'.-]+(?:\s+[\w'.-]+){0,3}?)\s*(?:,|\s-+)?\s+(?P<wh>what time|when|where|how long)"
    r"(?: (?:again|exactly))?\s*\?*\s*$",
    re.IGNORECASE,
)
_NOT_A_THING = re.compile(
    r"^(?:it|that|this|then|there|and|so|ok|okay|now|today|tomorrow|tmrw)$", re.IGNORECASE
)


# A sentence that only names a thing: "ugh, the dentist.", "ok so the Baker Street one."
# ("lol the dentist, my favourite.": an aside after the thing names nothing more)
_ALONE = re.compile(
    _LEADS + r"(?P<thing>(?:the|my|our)\s+[\w' -]+?)(?:\s*,\s*[\w' -]{1,30})?\s*[.!]+$", re.IGNORECASE
)


def unfronted(text: str) -> str:
    """The message with the thing it names first put in place of the pronoun that points at it; any other
    message as it is. The thing may open a later sentence: "ok nvm then. the walkthrough tmrw, where's that
    at?" asks where the walkthrough is, and "Long day. What about Lakeview, is that under contract yet? I
    told them I'd call back." whether Lakeview is."""
    sentences = _SENTENCES.split(text)
    for index in range(len(sentences) - 1, 0, -1):
        if (asked := _unfronted(sentences[index])) != sentences[index]:
            return " ".join([*sentences[:index], asked, *sentences[index + 1 :]])
        # "ugh, the dentist. what time is that one again?": the thing alone in the sentence before
        alone = _ALONE.match(sentences[index - 1])
        if alone is None or _SENTENCE.search(alone.group("thing").replace("'", " ")):
            continue
        pointed = f"{alone.group('thing')}, {sentences[index]}"
        if (asked := _unfronted(pointed)) != pointed:
            return " ".join([*sentences[: index - 1], asked, *sentences[index + 1 :]])
    return _unfronted(text)


def _dashed(text: str) -> re.Match[str] | None:
    dashed = _DASHED.match(text)
    if dashed is None:
        return None
    asked = dashed.group("asked")
    of_nothing = _OF_A_THING.search(asked) is not None and _POINTER.search(asked) is None
    return dashed if _WHERE_WE.match(asked) or of_nothing else None


# "the showing — where?", "team call - what time?", "and the showing today — where?": a thing, a dash, and
# only the question word
_DASHED_WH = re.compile(
    r"^\s*(?:(?:and|so|ok|okay|also|oh)\s+)?"
    r"(?P<thing>(?:the |my |our )?[\w'.]+(?: [\w'.]+){0,3}?)\s+(?:-+|[\u2013\u2014])\s+"
    r"(?P<wh>where|when|what time|how long)\s*\?*\s*$",
    re.IGNORECASE,
)


# "lakeview under contract yet", "oak closed?": a stage asked after with its "is" left out
_BARE_STAGE_ASKED = re.compile(
    r"^\s*(?P<thing>(?!(?:i|we|you|they|he|she|it|that|this|and|or|but|so|what|which|how|any|anything|all"
    r"|those|these|ones?|show|list|give|get|find|tell|display|see|pull|deals?|everything|every|my|our|contracts?"
    r"|properties|listings|homes|houses)\b)(?:the )?[\w'.-]+(?: [\w'.-]+){0,3}?)\s+"
    r"(?P<stage>under contract|closed|sold|in escrow)(?P<yet>\s+(?:yet|already|now))?\s*\?*\s*$",
    re.IGNORECASE,
)


def _unfronted(text: str) -> str:
    bare_stage = _BARE_STAGE_ASKED.match(text)
    if bare_stage and not _SENTENCE.search(bare_stage.group("thing")):
        thing, stage, yet = (
            bare_stage.group("thing"),
            bare_stage.group("stage"),
            bare_stage.group("yet") or "",
        )
        verb = "has" if stage.lower() in ("closed", "sold") else "is"  # "has oak closed?", "is it in escrow?"
        return f"{verb} {thing} {stage}{yet}?"
    dashed_wh = _DASHED_WH.match(text)
    if dashed_wh and not _SENTENCE.search(dashed_wh.group("thing")):
        return f"{dashed_wh.group('wh')} is {dashed_wh.group('thing')}?"
    bare = _THEN_ASKED.match(text)
    if bare and not _NOT_A_THING.match(bare.group("thing")) and not _SENTENCE.search(bare.group("thing")):
        return f"{bare.group('wh')} is {bare.group('thing')}?"  # "team call what time?": when it is
    match = _TURNED_TO.match(text) or _FRONTED.match(text) or _dashed(text)
    if not match or _SENTENCE.search(match.group("thing").replace("'", " ")):
        return text
    asked = match.group("asked")
    asked = f"is it {asked}" if _BARE_STAGE.match(asked) else asked
    asked = _WE_ASKED.sub(lambda verb: _AS_IT[verb.group(1).lower()], asked)
    asked = _WHERE_WE.sub("where is it at", asked)
    pointers = list(_POINTER.finditer(asked))
    if not pointers and (_OF_A_THING.search(asked) or match.re is _DASHED):
        # "back to the duplex — what's the next step?": a question of something, asked of the thing turned to
        return f"{asked.rstrip(' ?')} on {_ONE.sub('', match.group('thing').strip())}?"
    if len(pointers) != 1:  # nothing pointed at, or more than one thing that could be
        return text
    pointer = pointers[0]
    thing = _ONE.sub("", match.group("thing").strip())  # "the lakeview one" names the lakeview deal
    if pointer.group().strip().lower() == "there":  # "what's the next step there": on the thing named
        thing = f" on {thing}"
    particle = _PARTICLE.match(asked, pointer.end())
    if particle and pointer.group().lower() in ("it", "that", "this"):  # "picked it up": "picked up the X"
        return f"{asked[: pointer.start()]}{particle.group(1)} {thing}{asked[particle.end() :]}"
    return f"{asked[: pointer.start()]}{thing}{asked[pointer.end() :]}"
