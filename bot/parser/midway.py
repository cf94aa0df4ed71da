"""A message that changes its mind halfway: "what's on my calendar today, no wait sorry, I mean tomorrow",
"can you book a call with Dana tomorrow at 1, no actually 3pm works better", "what's the status on the Elm St
deal, wait no, the Oak Ave one". The words after the change replace what they correct in the words before
it (a day for a day, a clock time for a clock time, a name for the thing the first part named), and the
message is read as if it had been said right the first time (README.md, "Corrections").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from bot.parser.model import Parsed

# "…, no wait sorry, I mean …", "…, no actually …", "… - wait no, …": where the mind changes
_CHANGE = re.compile(
    r"^(?P<head>.+?\w)\W*\s+(?:no,? wait|wait,? no|no,? actually|actually,? no|no,? sorry|sorry,? no|no no"
    r"|oops|wait|no)(?:\W*\s+(?:sorry|sry|srry|soz|i mean|i meant|make (?:that|it)|actually|rather"
    r"|scratch that|no))*"
    r"\W*\s+(?P<tail>\w.*?)(?P<stop>\W*)$",
    re.IGNORECASE,
)
# What the new words say besides the correction: "3pm works better", "tomorrow instead", "the Oak Ave one"
_TAIL_FILLER = re.compile(
    r"\s+(?:works better|would be better|is better|would work better|instead|please|then|i think|sorry"
    r"|if that works|if possible)\b.*$",
    re.IGNORECASE,
)
_DAY = (
    r"(?:today|tonight|tomorrow|tmrw|tmr|(?:next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|the day after(?: tomorrow)?|this (?:morning|afternoon|evening)|next week)"
)
_CLOCK = r"(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midday)"
_KINDS = (
    ("day", re.compile(rf"\b{_DAY}\b", re.IGNORECASE)),
    ("clock", re.compile(rf"(?<![\w:]){_CLOCK}(?![\w:])", re.IGNORECASE)),
)
_NAMING_SLOTS = ("deal", "event", "about")
_KIND_WORD = re.compile(r"\s+(?:deal|listing|sale|closing|one)$", re.IGNORECASE)
_MOST_WORDS = 6  # a correction is short: "the Oak Ave one", "3pm works better"
_THE_ONE = re.compile(r"^(?:the\s+)?(?P<name>.+?)(?:\s+one)?$", re.IGNORECASE)


def changed_midway(clean: str, read: Callable[[str], Parsed]) -> str | None:
    """The message as it would read said right the first time, or None when it does not change its mind
    (or the change replaces nothing the first part said)."""
    change = _CHANGE.match(clean)
    if change is None:
        return None
    head, tail = change.group("head"), _TAIL_FILLER.sub("", change.group("tail")).strip(" ,.!?")
    if not tail or len(tail.split()) > _MOST_WORDS:
        return None
    first = read(head)
    if first.intent in ("unknown", "smalltalk", "help"):
        return None
    fixed = _new_time(head, tail) or _new_name(head, tail, first.slots)
    # the message's own stop kept: "… I mean tomorrow?" is still a question after a story
    fixed = fixed and f"{fixed}{change.group('stop').strip()}"
    return fixed if fixed is not None and read(fixed).intent == first.intent else None


def _new_time(head: str, tail: str) -> str | None:
    """A day or a clock time said again: the last one of its kind in the first part, replaced."""
    for kind, pattern in _KINDS:
        said = pattern.fullmatch(tail)
        found = list(pattern.finditer(head))
        if said and found:
            last, new = found[-1], said.group()
            if kind == "clock" and last.group().lower().startswith("at") and not new.lower().startswith("at"):
                new = f"at {new}"  # "at 1", corrected "3pm": at 3pm
            return f"{head[: last.start()]}{new}{head[last.end() :]}"
    return None


def _new_name(head: str, tail: str, slots: Mapping[str, Any]) -> str | None:
    """A thing named again ("the Oak Ave one"): the words the first part named it by, replaced."""
    name = _THE_ONE.match(tail)
    for key in _NAMING_SLOTS:
        named = slots.get(key)
        if not isinstance(named, str) or not name:
            continue
        at = head.lower().rfind(named.lower())
        if at >= 0:  # "the Elm St deal" corrected "the Oak Ave one": the Oak Ave deal
            kind = _KIND_WORD.search(named)
            new = f"{name.group('name')}{kind.group() if kind else ''}"
            return f"{head[:at]}{new}{head[at + len(named) :]}"
    return None
