"""Calendar arithmetic on plain dates: the day a word means, seen from today, preferring the future."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

WEEK = timedelta(days=7)


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekday_date(today: date, weekday: int, modifier: str | None) -> date:
    """A weekday: bare, the coming one (today counts); "next", the one in next week; "last", looking back."""
    if modifier in ("last", "past"):
        return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)
    if modifier == "next":
        return monday_of(today) + WEEK + timedelta(days=weekday)
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def month_day(today: date, month: int, day: int, year: int | None, past: bool = False) -> date | None:
    """A month and day, in the year that keeps it ahead of today (or behind it, when looking back)."""
    years = (year,) if year else ((today.year, today.year - 1) if past else (today.year, today.year + 1))
    for candidate_year in years:
        if day > calendar.monthrange(candidate_year, month)[1]:
            continue
        candidate = date(candidate_year, month, day)
        if year or (candidate <= today if past else candidate >= today):
            return candidate
    return None


def day_of_month(today: date, day: int, which: str | None = None) -> date | None:
    """ "the 15th": this month's if still ahead, otherwise the next month that has such a day."""
    start = add_months(today.replace(day=1), 1 if which == "next" else 0)
    for months in range(3):
        first = add_months(start, months)
        if day <= calendar.monthrange(first.year, first.month)[1] and first.replace(day=day) >= today:
            return first.replace(day=day)
    return None


def period(today: date, unit: str, modifier: str | None) -> tuple[date, date]:
    """The calendar week, month, quarter or year a modifier names, as [first day, day after the last)."""
    step = {"next": 1, "following": 1, "last": -1, "past": -1}.get((modifier or "this").split()[-1], 0)
    if unit == "week":
        first = monday_of(today) + step * WEEK
        return first, first + WEEK
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    anchor = today.replace(day=1, month=1 if unit == "year" else today.month - (today.month - 1) % months)
    first = add_months(anchor, step * months)
    return first, add_months(first, months)


def weekend(today: date, modifier: str | None) -> tuple[date, date]:
    """This weekend (from today if it already started) or next week's."""
    saturday = monday_of(today) + timedelta(days=5)
    if modifier in ("next", "the following"):
        saturday += WEEK
    elif modifier in ("last", "past"):
        saturday -= WEEK
    return max(saturday, today) if modifier in (None, "this") else saturday, monday_of(saturday) + WEEK


def month_window(today: date, month: int, past: bool) -> tuple[date, date]:
    """A month named alone ("in March"): the coming one, or the last one when looking back."""
    year = today.year
    if past and month > today.month:
        year -= 1
    elif not past and month < today.month:
        year += 1
    first = date(year, month, 1)
    return first, add_months(first, 1)


def end_of(today: date, unit: str, step: int) -> date:
    """The last working day of this (or next) week, or the last day of this (or next) month."""
    if unit == "week":
        return monday_of(today) + step * WEEK + timedelta(days=4)
    return add_months(today.replace(day=1), step + 1) - timedelta(days=1)


def holiday(today: date, rule: tuple[int, ...], past: bool = False) -> date:
    """The next (or, looking back, the last) date of a holiday: (month, day) or (month, weekday, nth)."""
    for year in (today.year, today.year - 1) if past else (today.year, today.year + 1):
        found = date(year, rule[0], rule[1]) if len(rule) == 2 else nth_weekday(year, *rule)
        if (found <= today) if past else (found >= today):
            break
    return found


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth weekday of a month (Thanksgiving: the 4th Thursday of November); -1 is the last."""
    if nth < 0:
        last = add_months(date(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
