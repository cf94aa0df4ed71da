"""What Jane drafts from a booking request's slots, the draft filed for a VA to confirm, and the event she
creates once a VA confirms it."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from handlers.calendar.windows import read
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.queue.booking_card import BOOKING, Draft, card, draft_of
from handlers.queue.requests import refresh_homes
from integrations.calendar import NewEvent
from storage.models import Request
from storage.repositories import requests as repo

BOOKING_DUTY = "appointment_scheduling"  # a booking and a change of an event alike
DEFAULT_MINUTES = 30
MEAL_MINUTES = {"breakfast": 60, "lunch": 60, "dinner": 90}  # a meal rarely takes the default half hour


def title_of(slots: Mapping[str, Any]) -> str:
    """ "Lunch with Sam": the parsed title, with the attendees it doesn't already name."""
    title = str(slots.get("title") or say.CAL_BOOK_DEFAULT_TITLE).strip()
    people = [str(p) for p in slots.get("attendees") or () if str(p).lower() not in title.lower()]
    if people:
        title = say.CAL_BOOK_WITH.format(title=title, people=", ".join(people))
    return title[:1].upper() + title[1:]


def end_of(slots: Mapping[str, Any], start: datetime, title: str, zone: ZoneInfo) -> datetime:
    """An explicit duration wins, then an explicit range ("noon to 1:30"); the parser's default
    half-hour slot for a bare time gives way to the meal's usual length."""
    end = read(slots.get("end"), zone)
    if (
        slots.get("duration_minutes") is None
        and isinstance(end, datetime)
        and end > start
        and end - start != timedelta(minutes=DEFAULT_MINUTES)
    ):
        return end
    # Elapsed time, not wall-clock time: a 3-hour meeting across a daylight-saving change lasts 3 hours.
    return (start.astimezone(UTC) + timedelta(minutes=_minutes(slots, title))).astimezone(zone)


def new_event(request: Request) -> NewEvent:
    """The confirmed draft as the event to create, under the request's own key."""
    draft = draft_of(request)
    assert draft is not None, "only a booking request is confirmed into an event"
    return NewEvent(
        key=event_key(request), title=draft["title"], start=datetime.fromisoformat(draft["start"]),
        end=datetime.fromisoformat(draft["end"]), attendees=tuple(draft.get("attendees", ())),
        description=say.CAL_CARD_WORDS.format(text=request.text),
    )  # fmt: skip


def event_key(request: Request) -> str:
    """A Google-valid event id (base32hex), unique to this request and the same on every retry."""
    seed = f"jane-booking:{request.id}:{request.created_at.isoformat()}".encode()
    return base64.b32hexencode(hashlib.sha256(seed).digest()[:20]).decode().lower()


def _minutes(slots: Mapping[str, Any], title: str) -> int:
    given = slots.get("duration_minutes")
    if isinstance(given, int) and 0 < given <= 24 * 60:
        return given
    return next((m for word, m in MEAL_MINUTES.items() if word in title.lower()), DEFAULT_MINUTES)


def file_draft(ctx: Context, ask: Ask, draft: Draft) -> Request:
    """A draft (a booking or a change) stored as the asker's request awaiting a VA's confirmation, its card
    posted to the VA queue and the homes that list it redrawn."""
    request = repo.create(
        ctx.session, ctx.asker, ask.duty or BOOKING_DUTY, ask.text, status="awaiting_confirmation",
        due_at=datetime.fromisoformat(draft["start"]), channel=ctx.news_thread.channel,
        thread_ts=ctx.news_thread.ts, details={BOOKING: draft},
    )  # fmt: skip
    ctx.notify.post_card(request, card(request))
    refresh_homes(ctx, request)
    return request
