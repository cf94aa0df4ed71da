"""Builds clock pieces from matched words: "at 3", "3-4pm", "in 2 hours", "this afternoon", "for 45 min"."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.parser.piece import Piece, count
from bot.parser.timewords import END_OF_DAY, HINTS, NUMBERS, OFFICE_PM_HOURS, PARTS, START_OF_DAY

_NAMED = {"noon": 12 * 60, "midday": 12 * 60, "midnight": 24 * 60}
_WORD_MINUTES = {"thirty": 30, "fifteen": 15, "forty-five": 45}


def clock(match: re.Match, now: datetime, past: bool) -> Piece | None:
    found = _clock_minutes(match.groupdict())
    if found is None:
        return None
    # "for 4 on Friday" may be a party of four: a time read only from context gives way to any other
    guess = bool(match.group("hq") or match.group("hv"))
    return Piece("clock", match.span(), minute=found[0], meridiem=found[1], guess=guess)


# "move my 2 to 4", "push Priya 10 to 11": an hour someone owns, moved to another, is two times, not a range
_OWNED = re.compile(
    r"\b(?:my|our|your|his|her|their|the|move|push|bump|shift|reschedule|slide|change|switch)\s+(?:\w+\s+)?$"
)


def clock_range(match: re.Match, now: datetime, past: bool) -> Piece | None:
    owned = bool(_OWNED.search(match.string, 0, match.start()))
    found = _range_minutes(match.groupdict(), owned)
    if found is None:
        return None
    return Piece("range", match.span(), minute=found[0], minute_end=found[1], meridiem=found[2])


# "what's still open now?": a "now" after what is still so says "at this point", not a time asked about
_STILL_SO = re.compile(
    r"\bstill (?:open|pending|outstanding|left|waiting|in progress)(?: for (?:me|us))?\s+(?:right\s+)?$"
)


def moment(match: re.Match, now: datetime, past: bool) -> Piece | None:
    """ "now", or "in 2 hours": a moment counted from now."""
    if match.group("n") is None:
        if _STILL_SO.search(match.string, 0, match.start()):
            return None
        return Piece("moment", match.span(), moment=now)
    scale = 60 if match.group("unit").startswith("hour") else 1
    return Piece("moment", match.span(), moment=now + timedelta(minutes=count(match.group("n")) * scale))


# what may stand before a greeting's "morning": "hey jane morning!", "good morning"
_BEFORE_GREETING = re.compile(r"(?:(?:hey|hi|hello|hiya|yo|ok|okay|jane|good)\W*)*")


def part(match: re.Match, now: datetime, past: bool) -> Piece | None:
    if not match.group("this") and _BEFORE_GREETING.fullmatch(match.string, 0, match.start()):
        return None  # "Morning! what's on today?", "hey jane morning!": a greeting, not a time
    today = now.date() if match.group("this") == "this" else None
    return Piece("part", match.span(), day=today, hours=PARTS[match.group("part")])


def length(match: re.Match, now: datetime, past: bool) -> Piece | None:
    minutes = _length_minutes(match.groupdict())
    return Piece("length", match.span(), minutes=minutes) if minutes else None


def hint(match: re.Match, now: datetime, past: bool) -> Piece:
    """ "dinner", "breakfast": no time of their own, but they tell "at 7" from 07:00."""
    return Piece("hint", match.span(), hours=PARTS[HINTS[match.group("hint")]])


def _clock_minutes(g: dict) -> tuple[int, str | None] | None:
    """(minutes after midnight, meridiem) of one clock time; meridiem None where only context can tell."""
    if g["ap"]:
        hour, minute = int(g["h"]), int(g["m"] or 0)
        if g["ap"] in ("am", "pm") and 1 <= hour <= 12:
            return _to24(hour, g["ap"]) + minute, g["ap"]
        return (hour * 60 + minute, "24h") if hour > 12 else (hour * 60 + minute, None)
    if g["hc"]:
        hour = int(g["hc"])
        sure = hour > 12 or hour == 0 or g["hc"].startswith("0")
        return hour * 60 + int(g["mc"]), "24h" if sure else None
    if g["hb"] or g["hq"] or g["hv"]:
        hour = int(g["hb"] or g["hq"] or g["hv"])
        return None if hour > 23 else (hour * 60, "24h" if hour > 12 or hour == 0 else None)
    if g["hw"]:
        return int(NUMBERS[g["hw"]]) * 60 + _WORD_MINUTES.get(g["mw"] or "", 0), None
    if g["named"]:
        return _NAMED[g["named"]], "24h"
    if g["frac"]:
        hour = int(g["hf"]) if g["hf"].isdigit() else int(NUMBERS[g["hf"]])
        offset = 30 if g["frac"] == "half" else 15
        return hour * 60 + (offset if g["way"] in ("past", "after") else -offset), None
    if g["eod"]:
        return END_OF_DAY, "24h"
    return START_OF_DAY, "24h"  # "first thing": the start of the office day


def _range_minutes(g: dict, owned: bool = False) -> tuple[int, int, str | None] | None:
    """(start, end, meridiem) of "3-4pm", "from 2 to 3:30", "between 11 and 1", "noon to 1:30", "9 to 12";
    None if not a time range. A bare end hour is read later, in context, as the first one after the start."""
    sep, lead, a1, a2 = g["sep"], g["lead"], g["a1"], g["a2"]
    if sep == "and" and lead != "between":
        return None
    bare = not (a1 or a2) or bool(g["n1"] or g["n2"])  # "9 to 12", "noon to 1:30": no meridiem typed
    if sep == "to" and not (lead or (a2 and not a1) or (g["m1"] and g["m2"]) or (bare and not owned)):
        return None  # "move my 2pm to 4pm", "move my 2 to 4" are two times, not a range
    a1, a2 = ("pm" if g["n1"] else a1), ("pm" if g["n2"] else a2)  # noon is 12pm
    h1, h2 = (12 if g["n1"] else int(g["h1"])), (12 if g["n2"] else int(g["h2"]))
    start, end = h1 * 60 + int(g["m1"] or 0), h2 * 60 + int(g["m2"] or 0)
    if a2 and h2 <= 12:
        end = _to24(h2, a2) + int(g["m2"] or 0)
        start = _to24(h1, a1 or a2) + int(g["m1"] or 0) if h1 <= 12 else start
        if start >= end and not a1:
            start = _to24(h1, "am") + int(g["m1"] or 0)
        return (start, end, "24h") if start < end else None
    if a1 and h1 <= 12:
        start = _to24(h1, a1) + int(g["m1"] or 0)
        end = end + 720 if end <= start and end < 720 else end
        return (start, end, "24h") if start < end else None
    if h1 > 12 or h2 > 12:
        return (start, end, "24h") if start < end else None
    return start, end, None


def on_clock(minute: int, meridiem: str | None, hours: tuple[int, int] | None) -> int:
    """A bare hour read in context: the afternoon for "this afternoon at 3", office hours otherwise."""
    if meridiem:
        return minute
    hour = minute // 60
    if hours:
        return minute + 720 if hours[0] >= 12 and hour < 12 else minute
    return minute + 720 if hour in OFFICE_PM_HOURS else minute


def _length_minutes(g: dict) -> int | None:
    """Minutes of "for 30 minutes", "a 2 hour", "an hour and a half", "1 hour 15 minutes"."""
    if g["half"]:
        return 30
    if g["hh"]:
        return 90
    if g["short"]:
        minutes = int(g["short"]) * (60 if g["short_unit"] == "h" else 1) + int(g["short_more"] or 0)
        return minutes if 0 < minutes <= 24 * 60 else None
    scale = 60 if g["unit"].startswith("h") else 1
    total = count(g["n"]) * scale + (30 if g["andhalf"] and scale == 60 else 0)
    total += count(g["n2"]) if g["n2"] else 0
    return int(total) if 0 < total <= 24 * 60 else None


def _to24(hour: int, meridiem: str) -> int:
    return (hour % 12 + (12 if meridiem == "pm" else 0)) * 60
