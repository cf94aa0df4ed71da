"""Builds day and span pieces from matched date words: "friday", "the 15th", "next week", "in March"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.parser import dates
from bot.parser.dateparse import parse_date
from bot.parser.piece import Piece, count
from bot.parser.timewords import HOLIDAYS, MONTHS, ORDINALS, PARTS, WEEKDAYS

_THIS = (None, "on", "this", "the coming", "this coming", "upcoming")  # modifiers meaning the coming one


def day(match: re.Match, now: datetime, past: bool) -> Piece | None:
    g, today = match.groupdict(), now.date()
    found = _calendar_day(g, today, past) if _is_calendar_day(g) else _relative_day(g, today)
    return Piece("day", match.span(), **found) if found else None


def _is_calendar_day(g: dict) -> bool:
    return any(g[name] for name in ("y", "mo2", "mon", "mon4", "d5", "d6", "d7", "ow", "end", "holiday"))


def _calendar_day(g: dict, today: date, past: bool) -> dict | None:
    """A date written as a date: "12/2", "2026-12-10", "Dec 10", "the 3rd of December", "the 15th"."""
    if g["y"] or g["mo2"]:
        year = int(g["y"] or g["y2"] or 0) or None
        year = year + 2000 if year and year < 100 else year
        found = dates.month_day(today, int(g["mo"] or g["mo2"]), int(g["d"] or g["d2"]), year, past)
    elif g["mon"] or g["mon4"]:
        year = int(g["y3"] or g["y4"] or 0) or None
        found = dates.month_day(today, MONTHS[g["mon"] or g["mon4"]], int(g["d3"] or g["d4"]), year, past)
    elif g["holiday"]:
        found = dates.holiday(today, HOLIDAYS[g["holiday"]], past)
    elif g["d5"] or g["d6"] or g["d7"] or g["ow"]:
        which = g["which"] or ("next" if g["d6"] else None)
        number = ORDINALS[g["ow"]] if g["ow"] else int(g["d5"] or g["d7"] or 1)
        found = dates.day_of_month(today, number, which)
    else:
        found = dates.end_of(today, "week" if "week" in g["end"] else "month", 1 if "next" in g["end"] else 0)
    return {"day": found} if found else None


def _relative_day(g: dict, today: date) -> dict:
    """A day named from today: "friday", "next tuesday", "tomorrow", "in 3 days", "a week from friday"."""
    if g["wd"]:
        modifier = None if g["wmod"] in _THIS else g["wmod"]
        return {
            "day": dates.weekday_date(today, WEEKDAYS.index(g["wd"]), modifier),
            "weekday": modifier is None,
        }
    if g["rel"]:
        offsets = {"after": 2, "before": -2, "tomorrow": 1, "yesterday": -1}  # "day after tomorrow" first
        offset = next((days for key, days in offsets.items() if key in g["rel"]), 0)
        tonight = {"hours": PARTS["tonight"]} if g["rel"] == "tonight" else {}
        return {"day": today + timedelta(days=offset), **tonight}
    number, unit = count(g["n"] or g["n2"]), g["unit"] or g["unit2"]
    base = today + timedelta(days=1) if g["base"] == "tomorrow" else today
    if g["base"] in WEEKDAYS:
        base = dates.weekday_date(today, WEEKDAYS.index(g["base"]), None)
    if unit.startswith("month"):
        return {"day": dates.add_months(base, int(number))}
    return {"day": base + timedelta(days=number * (7 if unit.startswith("week") else 1))}


SUNDAY = 6


def span(match: re.Match, now: datetime, past: bool) -> Piece:
    """A window of days: "the rest of the week", "this weekend", "next month", "in March"."""
    g, today = match.groupdict(), now.date()
    if g["rest"]:
        first = today + timedelta(days=1) if g["rest"].startswith("later") else today
        end = dates.monday_of(today) + dates.WEEK
        # asked on a Sunday, what is left of the week is at most today: the week ahead is what is meant
        window = first, end + dates.WEEK if today.weekday() == SUNDAY else end
    elif g["wkend"]:
        window = dates.weekend(today, g["wmod"])
    elif g["unit"]:
        window = dates.period(today, g["unit"], g["mod"])
    elif g["n"]:
        days = int(count(g["n"])) * (7 if g["nunit"] == "weeks" else 1)
        window = today, today + timedelta(days=days)
    elif g["back"]:
        days = int(count(g["back"])) * (7 if g["backunit"] == "weeks" else 1)
        window = today - timedelta(days=days - 1), today + timedelta(days=1)
    elif g["early"]:
        monday = dates.monday_of(today) + dates.WEEK
        later = monday + timedelta(days=3), monday + timedelta(days=5)
        window = (monday, monday + timedelta(days=2)) if g["early"] == "early" else later
    else:
        window = dates.month_window(today, MONTHS[g["mon"]], past)
    return Piece("span", match.span(), day=window[0], until=window[1])


def through(match: re.Match, now: datetime, past: bool) -> Piece | None:
    """ "between now and Friday", "tomorrow through Friday": from today (or tomorrow) up to and including
    that weekday ("move it from tomorrow to Friday" names two days, the old and the new)."""
    tomorrow = bool(match.group("tmw") or match.group("tmw2"))
    if tomorrow and _MOVING.search(match.string, 0, match.start()):
        return None
    first = now.date() + timedelta(days=1 if tomorrow else 0)
    last = dates.weekday_date(now.date(), WEEKDAYS.index(match.group("wd")), match.group("wmod"))
    return Piece("span", match.span(), day=first, until=max(last, first) + timedelta(days=1))


# "move the dentist from Monday to Tuesday" names two days, the old and the new, not a span
_MOVING = re.compile(
    r"\b(?:move|moving|push|bump|shift|reschedule|slide|change|switch|postpone|swap|delay)\b"
)


def weekdays(match: re.Match, now: datetime, past: bool) -> Piece | None:
    """ "Monday through Wednesday": the first weekday ahead, up to and including the second one."""
    if _MOVING.search(match.string, 0, match.start()):
        return None
    modifier = None if match.group("wmod") in _THIS else match.group("wmod")
    first_weekday, last_weekday = WEEKDAYS.index(match.group("wd1")), WEEKDAYS.index(match.group("wd2"))
    first = dates.weekday_date(now.date(), first_weekday, modifier)
    last = first + timedelta(days=(last_weekday - first_weekday) % 7)
    return Piece("span", match.span(), day=first, until=last + timedelta(days=1))


def fallback(match: re.Match, now: datetime, past: bool) -> Piece | None:
    """A date shape the own rules skip: dateparser reads it, and spelled-out ordinals are ours."""
    found = parse_date(match.group(), now.date())
    if found is None:  # dateparser reads no spelled-out ordinals: "december twenty-fifth"
        words = match.group().replace("the ", "").replace(" of ", " ").split()
        month = next((MONTHS[word] for word in words if word in MONTHS), None)
        ordinal = ORDINALS.get(" ".join(word for word in words if word not in MONTHS))
        found = dates.month_day(now.date(), month, ordinal, None, past) if month and ordinal else None
    return Piece("day", match.span(), day=found) if found else None
