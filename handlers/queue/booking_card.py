"""The VA's card for a booking draft: what Jane understood, in the client's zone, with Confirm / Reject."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NotRequired, TypedDict, cast
from zoneinfo import ZoneInfo

from handlers.core import messages as say
from handlers.core.mrkdwn import escape, quote
from handlers.core.reply import Button, Reply
from handlers.core.timefmt import plain_span, zone_of
from handlers.core.topics import request_topic
from storage.models import Request

BOOKING = "booking"  # the key of the draft in Request.details
CONFIRM, REJECT = "booking.confirm", "booking.reject"
QUOTE_LIMIT = 500


class Draft(TypedDict):
    """A booking as Jane drafted it (times are ISO moments), and who decided on it and what was created."""

    title: str
    start: str
    end: str
    attendees: NotRequired[list[str]]
    conflicts: NotRequired[list[list[str]]]  # [start, end] of each clashing busy block
    by: NotRequired[str]  # the Slack user id of the VA who confirmed or rejected it
    event: NotRequired[str]
    link: NotRequired[str | None]
    # A change of an event already on the calendar (changes.py): its calendar id, its times before the
    # change, and whether it is taken off rather than moved
    changes: NotRequired[str]
    was: NotRequired[list[str]]
    cancel: NotRequired[bool]


def draft_of(request: Request) -> Draft | None:
    """The booking draft of a request, or None for a request that is not a booking."""
    draft = (request.details or {}).get(BOOKING)
    well_formed = isinstance(draft, dict) and {"title", "start", "end"} <= draft.keys()
    return cast(Draft, draft) if well_formed else None  # stored JSON, checked for the keys read


def kind_of(draft: Draft) -> str:
    """ "booking" for a new event, "move" or "cancel" for a change to one already on the calendar."""
    if not draft.get("changes"):
        return "booking"
    return "cancel" if draft.get("cancel") else "move"


def drafted_when(request: Request) -> str | None:
    """When a booking is drafted for, in the client's zone as the VA's card says it; None for any other
    request."""
    draft = draft_of(request)
    return _span(draft["start"], draft["end"], zone_of(request.client)) if draft is not None else None


def draft_topic(request: Request) -> dict[str, Any]:
    """A booking as a conversation's `draft` topic, for "move it to 4" and "cancel that" (or, once turned
    down, "let's do Friday instead", which drafts it afresh); a change of an event says which (`change`
    "move" or "cancel"), so "keep it where it is" takes it back."""
    draft = draft_of(request)
    assert draft is not None, "only a booking request is a draft"
    start, end = datetime.fromisoformat(draft["start"]), datetime.fromisoformat(draft["end"])
    minutes = int((end - start).total_seconds() // 60)
    change = {"change": kind_of(draft)} if kind_of(draft) != "booking" else {}
    return {"request": request.id, "start": draft["start"], "end": draft["end"], "duration_minutes": minutes,
            "title": draft["title"], **change}  # fmt: skip


def request_topics(request: Request) -> dict[str, dict[str, Any]]:
    """The topics an answer about one request leaves: the request, and for a booking its draft too, so that
    "let's do Friday instead" after "why wasn't it booked?" changes (or drafts afresh) that booking."""
    booking = {"draft": draft_topic(request)} if draft_of(request) is not None else {}
    return {"request": request_topic(request), **booking}


def card(request: Request) -> Reply:
    """Plain times, zone named: a VA elsewhere must see the client's wall-clock time, not their own."""
    draft, zone = draft_of(request), zone_of(request.client)
    assert draft is not None, "a booking card is drawn only for a request holding a draft"
    when, kind = _span(draft["start"], draft["end"], zone), kind_of(draft)
    was = _span(draft["was"][0], draft["was"][-1], zone) if kind == "move" and draft.get("was") else when
    headline = say.CAL_CARDS[kind].format(
        client=request.client.user_id, title=escape(draft["title"]), when=when, was=was
    )
    sections = [say.CAL_CARD_WORDS.format(text=quote(request.text, QUOTE_LIMIT))]
    if draft.get("attendees"):
        sections.append(say.CAL_CARD_PEOPLE.format(people=escape(", ".join(draft["attendees"]))))
    if draft.get("conflicts"):
        spans = [_span(a, b, zone) for a, b in draft["conflicts"]]
        sections.append(say.CAL_CARD_CONFLICT.format(when="; ".join(spans)))
    sections.append(_state(request, draft))
    if request.status == "cancelled" and request.note:  # the VA's reason, so the other VAs see it too
        sections.append(say.CAL_CARD_REASON.format(note=escape(request.note)))
    buttons: tuple[Button, ...] = ()
    if request.status == "awaiting_confirmation":
        buttons = (
            Button(say.CAL_CONFIRM, CONFIRM, str(request.id), "primary"),
            Button(say.CAL_REJECT, REJECT, str(request.id), "danger"),
        )
    return Reply(headline, sections=tuple(sections), buttons=buttons)


def turned_down_by(request: Request) -> str | None:
    """The Slack id of the VA who turned a booking down; None for any other request, or a booking the client
    withdrew (both end "cancelled")."""
    draft = draft_of(request)
    return draft.get("by") if draft is not None and request.status == "cancelled" else None


def _state(request: Request, draft: Draft) -> str:
    actor = draft.get("by") or say.SOMEONE
    states = say.CAL_CARD_STATE if kind_of(draft) == "booking" else say.CAL_CARD_CHANGE_STATE
    if request.status == "cancelled":
        turned_down = turned_down_by(request)
        how = say.CAL_CARD_REJECTED_BY.format(actor=turned_down) if turned_down else say.CAL_CARD_CANCELLED
        return states["cancelled"].format(how=how)
    return states.get(request.status, "").format(actor=actor)


def _span(start: str, end: str, zone: ZoneInfo) -> str:
    return plain_span(datetime.fromisoformat(start), datetime.fromisoformat(end), zone)
