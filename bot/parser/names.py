"""The names in a message: a meeting's title and attendees, a deal's words, a pipeline stage."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.parser.normalize import restore
from bot.parser.vocabulary import STAGES, expand

_QUOTED = re.compile(
    r"(?:^|\s)[\"'\u201c\u2018]([^\"'\u201d\u2019]{2,80}?)[\"'\u201d\u2019](?=\s|$|[,.!?:;])"
)
_WISH = re.compile(
    r"^(?:(?:i|we) (?:need|want|would like|would love|could use)(?: to)?"
    r"|(?:(?:i|we) (?:am|are) )?(?:thinking(?: of| about)?|planning(?: on)?|hoping(?: to)?|maybe"
    r"|probably))\s+"
)
_HEAD = re.compile(
    r"^(?:(?:re-?)?schedule|book|set up|setup|arrange|organi[sz]e|plan|line up|put|add|pencil|block"
    r"|hold|save|make|create|get|have|grab|do|host|throw|invite|set|lock in|move|push|bump|shift|slide|swap"
    r"|switch|change|delay|cancel|call off|scrap|scratch|nix|delete|remove|clear|drop|kill|axe|postpone"
    r"|squeeze|fit|slot|find (?:a |some )?(?:good )?time (?:to|for)|find|shorten|cut|trim|extend|lengthen"
    r"|stretch)"
    r"(?: in| off| out| up| back| down)?(?: me| us)?\s+"
)
_ON_CALENDAR = re.compile(expand(r"\b(?:on|in|into|to|onto|for) (?:my|the|our|his|her|their) {cal}\b"))
_CALLED = re.compile(r"\b(?:called|named|titled|labell?ed)\s+(.+)$")
_TOKENS = re.compile(r"@\w|\s,")
_DETERMINERS = re.compile(r"^(?:(?:a|an|the|my|our|their|his|her|some|another|quick|new|me|us)(?:\s+|$))+")
_EDGES = re.compile(
    r"^(?:(?:for|on|at|to|with|from|in|about|re|and|,)\s+)+"
    r"|(?:\s+(?:for|on|at|to|with|from|in|about|re|and|me|us|please|,|-|by|this|next|starting|then|instead"
    r"|again|too|also|as well))+$"
)
_WITH = re.compile(r"\bwith\s+(.+?)(?=\s+(?:at|on|for|about|to|re|regarding|in|from|@\w|,|tomorrow|today"
                   r"|this|next|who|which|that)\b|\s+@|\s*$)")  # fmt: skip
_INVITE = re.compile(r"^invite\s+(.+?)\s+to\b")
_SPLIT = re.compile(r"\s*(?:,|\band\b|\bwith\b|&|\+)\s*")
_NOT_PEOPLE = {"me", "us", "him", "her", "them", "you", "it", "everyone", "", "a", "the"}
_STAGES = tuple((stage, re.compile(rf"\b(?:{words})\b")) for stage, words in STAGES)
_MAX_TITLE_WORDS = 10
# "the Elm one", "the listing itself": words that stand for the deal rather than name it
_ONE = re.compile(r"(?<=\w) (?:ones?|itself)$")
# "the Elm St place under contract (at)": the stage it is at says what is asked, not which deal
_AT_ITS_STAGE = re.compile(r"(?<=\w) (?:under contract|in escrow|in contract|at offer)$")
_NO_TITLE = {"it", "that", "this", "something", "time", "a time", "calendar", "schedule", "day"}


def title(body: str, clean: str, cased: Mapping[str, str]) -> str | None:
    """What to call the event: a quoted title, else the words after the verb, without times or places."""
    quoted = _QUOTED.search(clean)
    if quoted:
        return quoted.group(1).strip()
    words = _ON_CALENDAR.sub(" ", _HEAD.sub("", _WISH.sub("", body)))
    called = _CALLED.search(words)
    words = called.group(1) if called else words
    words = " ".join(_TOKENS.sub(" ", words).split())
    words = _DETERMINERS.sub("", _EDGES.sub("", words).strip())
    if words.startswith("with "):  # "move my 2pm with Linda": the meeting is named by who it is with
        words = "meeting " + words
    words = _EDGES.sub("", words).strip()
    if not words or words in _NO_TITLE:
        return None
    words = restore(" ".join(words.split()[:_MAX_TITLE_WORDS]), cased)
    return words[0].upper() + words[1:]


def attendees(body: str, cased: Mapping[str, str]) -> list[str]:
    """The people an event is with: "lunch with Sam and Dana" gives ["Sam", "Dana"]."""
    found = _WITH.search(body) or _INVITE.search(body)
    if not found:
        return []
    names = (_DETERMINERS.sub("", name).strip() for name in _SPLIT.split(found.group(1)))
    return [_capitalised(restore(name, cased)) for name in names if name not in _NOT_PEOPLE][:10]


def deal_words(subject: str, cased: Mapping[str, str]) -> str:
    """The deal as the client named it, in their casing: "the jones closing" reads "Jones closing", and "the
    Elm one" reads "Elm" and "the listing itself" "listing" (those words stand for the deal)."""
    return restore(_ONE.sub("", _AT_ITS_STAGE.sub("", subject)), cased)


def stage(body: str) -> str | None:
    """The pipeline stage a question names ("under contract", "closed"), if any."""
    return next((name for name, pattern in _STAGES if pattern.search(body)), None)


def _capitalised(name: str) -> str:
    return " ".join(word[:1].upper() + word[1:] if word.islower() else word for word in name.split())
