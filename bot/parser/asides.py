"""What only surrounds an ask. "Sorry, last thing. My broker needs it for the forecast. When is it expected to
close?" asks "When is it expected to close?": the sentences before it are an apology and a reason. A
sentence is such an aside when it apologises, thanks or exclaims, or when it is a statement (someone, then
what they did or are) that asks nothing when read alone (README.md, "Stories, reasons and courtesies").

Each sentence is read alone by the caller's `read`, with the conversation's context, so "sorry, tomorrow"
(a correction) or "the Oak one" (an answer) is never taken for an aside.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.parser.model import Parsed

# Where one sentence ends and the next begins: a full stop, "!" or "?" and a space, or a dash between spaces
# ("one more thing, sorry — how long is it expected to run?"); the dash kept with the part before it
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=\S)|(?<=\s[-–—])\s+|(?<=\s[-–—]{2})\s+"
    # "I'm doing my monthly audit and I'd like to see everything open": a statement, then the ask in it
    r"|,?\s+(?:and|so)\s+(?=(?:i(?:'d| would) (?:like|love)|i need|i want|can you|could you|would you"
    r"|show me|tell me|let me know)\b)",
    re.IGNORECASE,
)
# A part that ends at a dash: only an apology, a thanks or a statement stands before one as an aside
# ("and Tom Baker - what phase is he at?" names who is asked about; "add "Closing - 22 Pine" …" is a title)
_DASHED = re.compile(r"\s+[-–—]+$")
_ASIDES_TRIED = 4  # sentences looked at before the ask: a story longer than this is read whole
# "Sorry", "so sorry to keep asking", "apologies for the bother", "my bad": an apology, and what it is for
_APOLOGY = re.compile(
    r"^(?:oh,?\s+|so\s+|really\s+|very\s+|terribly\s+|i'?m\s+(?:so\s+|really\s+)?)?"
    r"(?:sorry|sry|soz|apologies|my apologies|my bad|oops|whoops|pardon me|forgive me)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# An apology said last: "quick one, sorry", "one more thing sorry"
_SORRY_AFTER = re.compile(r"^(?P<rest>.+?),?\s+(?:sorry|sry|soz)$", re.IGNORECASE)
# What an apology is for ("sorry to pile on", "sorry for the bother", "sorry if this is a repeat")
_APOLOGISED_FOR = re.compile(r"^\s+(?:to|for|about|if|that|again|in advance)\b", re.IGNORECASE)
# "sorry, last thing", "apologies, one more question", "sorry Maria, bad news": a few words that ask nothing
_FILLER = re.compile(
    r"^(?i:(?:(?:one|a)\s+)?(?:last|more|other|another|quick|small|little|final|one more)?\s*"
    r"(?:thing|one|question|q|request|favou?r|ask|bit of news|news|update)"
    # (a name in capitals, "sorry Maria"; never a day, which "sorry, Friday" corrects to)
    r"|(?:bad|good|sad|some|great)\s+news)$"
    r"|^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|To(?:day|morrow|night)$)[A-Z][a-z]+$",
)
# Someone, then what they did or are: "Linda's in town", "She asked to meet tomorrow", "The Jones buyers
# called last night", "My broker needs it", "Just catching up now", "Took longer than I thought"; after a
# greeting or "ok" too. ("I meant the Oak Ave one." names what comes next: a correction, no statement.)
STATEMENT = re.compile(
    r"^(?:(?:ok|okay|so|well|oh|hmm|also|and|but|anyway|right|honestly|look|(?:good )?(?:morning|afternoon"
    r"|evening)|hi|hello|hey)(?:,? jane)?[,.!]?\s+)*(?!i (?:actually )?mean)"
    r"(?:i|i'm|im|i've|ive|i'd|i'll|we|we're|we've|we'll|they|they're|they've|they'll|she|she's|he|he's"
    r"|my|our|it|it's|its|there's|that's|this|\w+'s|just|been|got|had|took|spent|finished|feeling|still"
    r"|turns out|apparently"
    # "hope the weekend treated you well": a wish with its "I" left out
    r"|hope (?:you|your|the|all|everything|things)\b"
    # "Before I panic about tomorrow —", "Since we're on it": a clause of the speaker's own, before the ask
    r"|(?:before|since|because|as|now that|although|though|while) (?:i|we)\b"
    # "Priya wants to go over the rate lock", "Dana called": someone by name, then what they do or did
    r"|(?-i:[A-Z][a-z]+)(?: (?:from|at) (?:the |our |my )?(?:[\w'-]+ ){0,2}?[\w'-]+(?= (?:just |only |already"
    r" |still |really )?(?:[a-z]+ed|[a-z]+s|is|was|has|had|rang|said|told|came|went|got|left|sent)\b))?"
    r" (?:just |only |already |still |really )?"
    r"(?:[a-z]+ed|[a-z]+s|is|was|has|had|can|will"
    r"|won't|can't|rang|said|told|came|went|got|left|sent|wants?|needs?)(?= )"
    r"|(?:the|my|our|her|his|their|a|an) (?:[\w'-]+ ){0,5}?(?:[a-z]+ed|[a-z]+s|rang|said|told|is|are|was"
    r"|were|has|have|had|will|won't|can't|just|keeps?|wants?|needs?)(?= )"
    # "price is dropping", "traffic was awful", "quarter end is looming": a thing without "the", then what it
    # is or does
    r"|(?!(?:what|who|whom|whose|where|when|which|how|why|is|are|was|were|can|could|will|would|do|does|did"
    r"|has|have|should|shall|may|might|let|please|and|or|but|so)\b)[a-z]+(?: [a-z]+)? (?:is|are|was|were)"
    r"(?= ))"
    r"\b",
    re.IGNORECASE,
)
# Statements that are asks in all but form: "I need …", "I'd like …", "I meant …" ("I'll take the pens one"
# reads as a claim alone, so it is never taken for an aside either)
_ASKS_AS_A_STATEMENT = re.compile(
    r"^(?:i|we)\s*(?:'d|would|'ll|will|am|'m|was|were|have|'ve)?\s*(?:just\s+|really\s+|also\s+|still\s+)?"
    r"(?:need|like|want|wonder|wondering|love|appreciate|mean|meant|finished|done"
    r"|have to|got to|gotta|hoping|hope|prefer|rather|should like|be grateful|be obliged|ask|asking)\b",
    re.IGNORECASE,
)
# What a sentence read alone may be to ask nothing: nothing understood, a thanks, a general errand
_ASKS_NOTHING = frozenset(("unknown", "smalltalk", "task.create"))
_SHORT = 4  # words: "Darn", "Long morning", "Just catching up now" ask nothing when they read as nothing
# "never mind", "no thanks" are smalltalk that answers: not an aside
_ANSWERS = re.compile(r"\b(?:never ?mind|nvm|forget (?:it|that)|no thanks?|no thank you|not now)\b", re.I)


def leading_asides(text: str, read: Callable[[str], Parsed]) -> tuple[str, str] | None:
    """(the asides, the ask) when `text` opens with sentences that only surround its ask; None otherwise."""
    sentences = _SENTENCE_END.split(text.strip())
    if len(sentences) < 2:
        return None
    lead = 0
    while lead < min(len(sentences) - 1, _ASIDES_TRIED) and _is_aside(sentences[lead], read):
        lead += 1
    if lead == 0:
        return None
    return _joined(sentences[:lead]), _the_ask(sentences[lead:])


# Someone named first in a story ("Priya wants to go over the rate lock …"), whom the ask may call "her"
_NAMED_SUBJECT = re.compile(
    r"^(?:(?:so|well|oh|ok|okay|hey|hi|and|but)[,]?\s+)*(?P<who>(?-i:[A-Z][a-z]+))(?:'s)?"
    # "Priya from the bank called": where they are from says no more of who
    r"(?: (?:from|at|over at|with) (?:the |our |my )?(?:[\w'-]+ ){0,2}?[\w'-]+(?= (?:just |[a-z]+ed|[a-z]+s"
    r"|is|was|has|had|rang|said|told|came|went|got|left|sent)\b))?"
    r" (?:just |only |already |still |really )?(?:[a-z]+ed|[a-z]+s|is|was|has|had|can|will|rang|said|told"
    r"|came|went|got|left|sent|wants?|needs?|in)\b",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(("I", "The", "My", "Our", "Sorry", "Thanks", "This", "That", "It", "There", "Just"))
# "Book a call with her at 4:30?": the person the story named, pointed at from the ask
_HER_OR_HIM = re.compile(r"\b(?P<by>with|for|to|call|email|text|meet|ring) (?:her|him)\b", re.IGNORECASE)


def with_the_named(story: str, ask: str) -> str:
    """The ask with "her" or "him" put as the person the story opened with; the ask as it is otherwise."""
    named = _NAMED_SUBJECT.match(story)
    if named is None or named.group("who") in _NOT_A_NAME:
        return ask
    return _HER_OR_HIM.sub(lambda found: f"{found.group('by')} {named.group('who')}", ask, count=1)


def _joined(sentences: list[str]) -> str:
    return " ".join(_DASHED.sub("", sentence) for sentence in sentences)


def _the_ask(sentences: list[str]) -> str:
    """The sentences of the ask as said, a dash inside kept ("Before I start on the mailing — did ben say
    …?" is no mailing asked for) and one it ends on dropped."""
    return _DASHED.sub("", " ".join(sentences))


def trailing_asides(text: str, read: Callable[[str], Parsed]) -> str | None:
    """The ask without the sentences after it that only surround it ("I meant Dana, not Linda. Long
    morning."); None when nothing after the ask is such an aside. After a question, any statement is only
    why it was asked ("… what does tomorrow look like? I can't remember what time the dentist is.")."""
    sentences = _SENTENCE_END.split(text.strip())
    end = len(sentences)
    while end > max(1, len(sentences) - _ASIDES_TRIED) and (
        _is_aside(sentences[end - 1], read) or _after_a_question(sentences, end - 1)
    ):
        end -= 1
    return _the_ask(sentences[:end]) if end < len(sentences) else None


# The speaker's own plans: "I'll grab a coffee and head out", "I'm off to the showing now"
_OWN_PLANS = re.compile(
    r"^(?:(?:ok|okay|so|well|anyway|right)[,]?\s+)*(?:i'll|i will|i'm|im|i am|we'll|we're)\b", re.I
)


# "cool, I'll head over there after lunch": what Jane said taken, then what the speaker will do
_TAKEN_THEN_PLANS = re.compile(
    r"^(?:(?:ok|okay|cool|great|perfect|alright|got it|sounds good|thanks|thank you|nice|lovely)[,!.]?\s+)+"
    r"(?:i'll|i will|we'll|we will)\b(?!.*\b(?:you|jane|someone|anyone)\b)"
    r"(?!\s+(?:need|want|have to|like|require)\b)",
    re.I,
)


def only_talk(text: str, read: Callable[[str], Parsed]) -> bool:
    """Whether `text` is thanks or the like, with at most the speaker's own plans or a remark beside it
    ("Thanks, that helps a lot. I'll grab a coffee and head out, talk later.", "ugh, dentists. thanks
    Jane"): nothing asked of anyone."""
    sentences = [part for part in _SENTENCE_END.split(text.strip()) if part.strip()]
    if len(sentences) == 1:  # "cool, I'll head over there after lunch": an answer taken, then own plans
        said = _DASHED.sub("", sentences[0]).strip().rstrip(".!").strip()
        if not _TAKEN_THEN_PLANS.match(said) or said.endswith("?") or any(c.isdigit() for c in said):
            return False
        # ("ok thanks, I'll ask her to check her mailbox again": what the speaker will do, whatever it names)
        reading = read(said)
        return reading.intent in _ASKS_NOTHING and "follow_up" not in reading.slots
    if not 1 < len(sentences) <= _ASIDES_TRIED:
        return False
    thanked = False
    for sentence in sentences:
        said = _DASHED.sub("", sentence).strip().rstrip(".!").strip()
        if any(character.isdigit() for character in said) or said.endswith("?"):
            return False
        reading = read(said)
        if reading.intent == "smalltalk" and "follow_up" not in reading.slots:
            thanked = True
        elif _a_remark(said, reading):
            continue  # "ugh, dentists. thanks Jane"
        elif not (_OWN_PLANS.match(said) and _plans_only(said, reading)):
            return False
    return thanked


def _plans_only(said: str, reading: Parsed) -> bool:
    return reading.intent in _ASKS_NOTHING and not _named_errand(reading) and "follow_up" not in reading.slots


def _a_remark(said: str, reading: Parsed) -> bool:
    """A few words that read as nothing at all: "ugh, dentists", "long day", "what a week"."""
    return reading.intent == "unknown" and not reading.slots and len(said.split()) <= _SHORT


def _after_a_question(sentences: list[str], index: int) -> bool:
    """Whether sentence `index` is a statement after the question that came before it."""
    said = sentences[index].strip()
    asked = any(sentence.rstrip().endswith("?") for sentence in sentences[:index])
    statement = STATEMENT.match(said) is not None and _ASKS_AS_A_STATEMENT.match(said) is None
    return asked and statement and not said.endswith("?")


def _is_aside(sentence: str, read: Callable[[str], Parsed]) -> bool:
    dashed = _DASHED.search(sentence) is not None
    said = _DASHED.sub("", sentence).strip().rstrip(".!").strip()
    if not said or said.endswith("?") or '"' in said:
        return False
    if _ANSWERS.search(said):  # a withdrawal, unless it withdraws nothing ("ok, never mind the calendar")
        reading = read(said)
        return reading.intent == "smalltalk" and not reading.slots
    said = _SORRY_AFTER.sub(r"sorry, \g<rest>", said)  # "quick one, sorry" as "sorry, quick one"
    apology = _APOLOGY.match(said)
    if apology is not None:
        rest = apology.group("rest")
        if not rest.strip() or _APOLOGISED_FOR.match(rest):
            return True
        rest = rest.lstrip(" ,;:-–—").strip()
        fillers = re.split(r"\s*,\s*", rest)  # "sorry Maria, bad news": a name, then words that ask nothing
        if all(_FILLER.match(part) for part in fillers):
            return True
        said, dashed = rest, False  # "sorry, they're a bit anxious": the apology, then a statement
    if STATEMENT.match(said) and not _ASKS_AS_A_STATEMENT.match(said):
        return _asks_nothing(said, read, _A_STATEMENT)
    return _asks_nothing(said, read, _BEFORE_A_DASH if dashed else _A_FEW_WORDS)


# How a sentence is read for asking nothing (`_asks_nothing`)
_A_STATEMENT, _A_FEW_WORDS, _BEFORE_A_DASH = "statement", "a few words", "before a dash"


def _asks_nothing(words: str, read: Callable[[str], Parsed], kind: str) -> bool:
    """Whether `words` read alone ask nothing. A statement may read as nothing or as a general errand; a
    few other words only as nothing or a thanks (a longer sentence that is no statement may be an errand:
    "Coffee pods for the office."); words before a dash only as a thanks."""
    if any(character.isdigit() for character in words):
        return False  # a number is a time, an amount or a request's number: part of some ask
    reading = read(words)
    if "follow_up" in reading.slots and (kind != _A_STATEMENT or "refers_to" in reading.slots):
        return False  # (a statement's "too" or "it" that finds nothing to follow is still a statement)
    if reading.intent == "smalltalk":
        return True
    if kind == _A_STATEMENT:
        # ("We're out of coffee pods." asks for some; "The Jones family called and left a voicemail." only
        # tells what happened)
        told = _WHAT_HAPPENED.search(words) is not None
        return reading.intent in _ASKS_NOTHING and (told or not _named_errand(reading))
    return kind == _A_FEW_WORDS and reading.intent == "unknown" and len(words.split()) <= _SHORT


# A statement of what someone did: "called twice", "left a rambling voicemail", "said she'd be late"
_WHAT_HAPPENED = re.compile(
    r"\b(?:called|rang|phoned|left|said|told|texted|emailed|messaged|mentioned|came|went|dropped by"
    r"|stopped by|showed up)\b",
    re.IGNORECASE,
)


def _named_errand(reading: Parsed) -> bool:
    return reading.intent == "task.create" and reading.duty not in (None, "general")
