"""Combines the time pieces of a message into one window or moment in the client's zone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from bot.parser.clockpieces import on_clock
from bot.parser.piece import Piece

SLOT_MINUTES = 30  # "am I free at 3" asks about a half-hour slot


@dataclass(frozen=True)
class When:
    """A resolved window [start, end); `exact` when the client named a clock time."""

    start: datetime
    end: datetime
    exact: bool
    minutes: int | None = None  # a length the client named


def first(pieces: Sequence[Piece], *kinds: str) -> Piece | None:
    return next((piece for piece in pieces if piece.kind in kinds), None)


def resolve(pieces: Sequence[Piece], now: datetime, zone: tzinfo, clip: bool = True) -> When | None:
    """The window the pieces name; `clip` starts "this week" today rather than last Monday."""
    length = first(pieces, "length")
    minutes = length.minutes if length else None
    moment, dated = first(pieces, "moment"), _dated(pieces)
    if moment is not None and moment.moment is not None and not _now_aside(moment, dated, now):
        start = moment.moment.astimezone(zone)
        return When(start, start + timedelta(minutes=minutes or SLOT_MINUTES), True, minutes)
    clock, part = _clock(pieces), first(pieces, "part") or first(pieces, "hint")
    hours = part.hours if part else (dated.hours if dated else None)
    if clock is not None:
        return _at_clock(clock, dated, hours, minutes, now, zone)
    if part is not None and part.kind == "part" or dated is not None and dated.hours:
        return _part_of_day(dated, hours, now, zone, minutes)
    if dated is not None:
        return _days(dated, now, zone, clip, minutes)
    return None


def _now_aside(moment: Piece, dated: Piece | None, now: datetime) -> bool:
    """ "what's tomorrow looking like now?": a bare "now" beside another day means "at this point"."""
    return moment.moment == now and dated is not None and dated.day is not None and dated.day != now.date()


def _dated(pieces: Sequence[Piece]) -> Piece | None:
    """The day asked about: "Saturday the 5th" is the 5th (the date outranks the weekday beside it)."""
    days = [piece for piece in pieces if piece.kind in ("day", "span")]
    dated = next((piece for piece in days if not piece.weekday), days[0] if days else None)
    return dated or next((piece for piece in pieces if piece.kind == "part" and piece.day), None)


def _clock(pieces: Sequence[Piece]) -> Piece | None:
    """The clock time asked about; a number only guessed to be a time gives way to any other."""
    clocks = [piece for piece in pieces if piece.kind in ("clock", "range")]
    return next((piece for piece in clocks if not piece.guess), clocks[0] if clocks else None)


def _at_clock(clock: Piece, dated: Piece | None, hours, minutes, now: datetime, zone: tzinfo) -> When:
    clock_minute = clock.minute or 0  # a clock piece always has its minute
    start_minute = on_clock(clock_minute, clock.meridiem, hours)
    day = _day_of(dated, now)
    start = local(day, start_minute, zone)
    if start < now and (dated is None or dated.weekday):
        day += timedelta(days=1 if dated is None else 7)  # a bare time or weekday stays ahead of now
        start = local(day, start_minute, zone)
    if clock.kind == "range":
        end_minute = (clock.minute_end or clock_minute) + (start_minute - clock_minute)
        end_minute += 720 if end_minute <= start_minute else 0
        end = local(day, end_minute, zone)
        return When(start, end, True, minutes or int((end - start).total_seconds() // 60))
    return When(start, start + timedelta(minutes=minutes or SLOT_MINUTES), True, minutes)


def _part_of_day(dated: Piece | None, hours, now: datetime, zone: tzinfo, minutes) -> When:
    day = _day_of(dated, now)
    if dated is None and local(day, hours[1] * 60, zone) <= now:
        day += timedelta(days=1)  # "in the morning", asked in the evening, is tomorrow's
    return When(local(day, hours[0] * 60, zone), local(day, hours[1] * 60, zone), False, minutes)


def _days(dated: Piece, now: datetime, zone: tzinfo, clip: bool, minutes) -> When:
    first_day = _day_of(dated, now)
    last = dated.until or first_day + timedelta(days=1)
    if clip and first_day < now.date() < last:
        first_day = now.date()
    return When(local(first_day, 0, zone), local(last, 0, zone), False, minutes)


def _day_of(dated: Piece | None, now: datetime) -> date:
    """The day a dated piece names (every one names a day), else today."""
    return dated.day if dated is not None and dated.day is not None else now.date()


def whole_day(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """`day` from its midnight to the next, in `zone`."""
    return local(day, 0, zone), local(day + timedelta(days=1), 0, zone)


def local(day: date, minute: int, zone: tzinfo) -> datetime:
    """Wall-clock minutes after midnight on `day`, with the offset that day really has (DST included)."""
    naive = datetime.combine(day, time()) + timedelta(minutes=minute)
    # A round trip through UTC moves a time that the spring-forward gap skipped to the real one.
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
