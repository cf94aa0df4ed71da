"""Booking (appointment_scheduling): Jane drafts, a VA confirms, and only then Jane creates the event.

The draft lives in the request's `details`; the event id is derived from the request, so however often
Confirm is pressed, by however many VAs on however many processes, the calendar gets one event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from handlers.calendar import changes
from handlers.calendar.draft import DEFAULT_MINUTES, end_of, file_draft, new_event, title_of
from handlers.calendar.problems import problem_reply, send_access_lost
from handlers.calendar.taken import clash
from handlers.calendar.windows import read
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape, link_target
from handlers.core.naming import names
from handlers.core.reply import Button, Reply
from handlers.core.timefmt import day_window, span, zone_of
from handlers.core.topics import request_topic, stated, with_topics
from handlers.phases import duties
from handlers.queue import intake
from handlers.queue.booking_card import BOOKING, Draft, card, draft_of, draft_topic, kind_of
from handlers.queue.requests import CANCEL, refresh_homes, when
from handlers.queue.requests import card as queue_card
from integrations.calendar import CalendarAccessLost, CalendarError, Created, Event
from storage.models import Request
from storage.repositories import requests as repo

DUTY = "appointment_scheduling"


def book(ctx: Context, ask: Ask) -> Reply:
    """Check the slot for conflicts, store the draft as a request awaiting confirmation, post the VA card."""
    assert ctx.client is not None, "the gate lets only clients reach a calendar duty"
    slots = ask.slots or {}
    if slots.get("action") in ("move", "cancel"):
        return _change(ctx, ask, slots)
    if slots.get("action") == "edit":
        return redraft(ctx, ask, slots)
    title = title_of(slots)
    start = read(slots.get("start"), ctx.zone)
    if not isinstance(start, datetime) or _no_clock_time(slots, start, ctx.zone):
        return _when_asked(ctx, title, start)
    if start < ctx.now:
        return Reply(say.CAL_BOOK_PAST.format(title=escape(title)))
    end = end_of(slots, start, title, ctx.zone)
    clashes = _clashes(ctx, start, end)
    if isinstance(clashes, Reply):
        return clashes
    draft: Draft = {
        "title": title, "start": start.isoformat(), "end": end.isoformat(),
        "attendees": [str(a) for a in slots.get("attendees") or ()],
        "conflicts": _spans(clashes),
    }  # fmt: skip
    request = file_draft(ctx, ask, draft)
    text = say.CAL_BOOK_DRAFTED.format(title=escape(title), when=span(start, end, ctx.zone, with_day=True))
    return _drafted(ctx, request, text, clashes)


def redraft(ctx: Context, ask: Ask, slots: Mapping[str, Any]) -> Reply:
    """A correction to a booking ("move it to 4", "make it 45 minutes"): while it waits for the VA, the same
    request re-timed and its card redrawn in place; once confirmed, a move for the VA; once turned down or
    cancelled, a fresh draft at the new time."""
    number = slots.get("request")
    request = None
    if isinstance(number, int) and not isinstance(number, bool):
        request = repo.locked(ctx.session, number)
    draft = draft_of(request) if request is not None else None
    if request is None or draft is None or request.client_id != ctx.asker.id:
        return Reply(say.CAL_REDRAFT_GONE)
    times = {key: slots[key] for key in ("start", "end", "duration_minutes") if key in slots}
    if request.status == "done":  # the VA reads a change of person in the client's words on the move
        event = {"event": draft["title"], "from_start": draft["start"], "from_end": draft["end"]}
        return _change(ctx, ask, {"action": "move", **event, **times})
    if "attendees" in slots:  # "oops, not Linda — I meant Dana": the same booking with someone else
        draft = {
            **draft,
            "title": str(slots.get("title") or draft["title"]),
            "attendees": list(slots["attendees"]),
        }
    change = kind_of(draft) != "booking"
    if request.status == "cancelled" and change:  # turned down or withdrawn: the event, from where it is
        was = draft.get("was") or [draft["start"], draft["end"]]
        event = {"event": draft["title"], "from_start": was[0], "from_end": was[1]}
        return _change(ctx, ask, {"action": "move", **event, **times})
    if request.status == "cancelled":
        again = {**times, "title": draft["title"], "attendees": draft.get("attendees", [])}
        return book(ctx, replace(ask, slots=again))
    title = draft["title"]
    start = read(slots.get("start"), ctx.zone)
    if not isinstance(start, datetime):
        return Reply(say.CAL_BOOK_WHEN.format(title=escape(title)))
    if start < ctx.now:
        return Reply(say.CAL_BOOK_PAST.format(title=escape(title)))
    end = end_of(slots, start, title, ctx.zone)
    clashes = _clashes(ctx, start, end)
    if isinstance(clashes, Reply):
        return clashes
    if change:  # the event itself is no clash, and "move it to 6 instead" of taking it off is a move
        clashes = [other for other in clashes if other.id != draft.get("changes")]
        draft = cast(Draft, {key: value for key, value in draft.items() if key != "cancel"})
    retimed = {"start": start.isoformat(), "end": end.isoformat()}
    request.details = {BOOKING: {**draft, **retimed, "conflicts": _spans(clashes)}}
    request.due_at = start
    request.text = f"{request.text}\n{ask.text}"  # the VA reads the correction under the first words
    ctx.notify.update_card(request, card(request))
    refresh_homes(ctx, request)
    if change:
        return changes.told(ctx, request, clashes)
    text = say.CAL_REDRAFTED.format(title=escape(title), when=span(start, end, ctx.zone, with_day=True))
    return _drafted(ctx, request, text, clashes)


def _clashes(ctx: Context, start: datetime, end: datetime) -> list[Event] | Reply:
    """The events on the client's calendar that overlap start-end (named, so the heads-up can say which),
    or the reply saying why the calendar can't tell."""
    try:
        return changes.taking_the_time(ctx, start, end)
    except CalendarError as error:
        return problem_reply(ctx, error)


def _spans(clashes: list[Event]) -> list[list[str]]:
    """The clashes as the draft keeps them for the VA's card: their times."""
    return [[event.start.isoformat(), event.end.isoformat()] for event in clashes]


def _drafted(ctx: Context, request: Request, text: str, clashes: list[Event]) -> Reply:
    """The client's answer about a draft waiting for the VA: its first clash, named, and Cancel."""
    assert request.due_at is not None, "a draft is due when it starts"
    day = request.due_at.astimezone(ctx.zone).date()
    notes = tuple(say.CAL_BOOK_CONFLICT.format(clash=clash(event, ctx.zone, day)) for event in clashes[:1])
    cancel = Button(say.CANCEL, CANCEL, str(request.id), "danger")
    return with_topics(Reply(text, sections=notes, buttons=(cancel,)), draft=draft_topic(request))


def _no_clock_time(slots: Mapping[str, Any], start: datetime, zone: ZoneInfo) -> bool:
    """A day ("on Monday": local midnight to midnight) or a part of one ("Saturday morning"), not a time.

    The parser gives a clock time as a half-hour slot and an explicit range with `duration_minutes`, so
    any other window is a day or a part of one. Both are asked back rather than drafted (a 24-hour or
    6-hour appointment is never what was meant, and picking an hour for the client would be a guess).
    """
    end = read(slots.get("end"), zone)
    if not isinstance(end, datetime):
        return False
    if _whole_days(start, end):
        return True
    return slots.get("duration_minutes") is None and end - start != timedelta(minutes=DEFAULT_MINUTES)


def _whole_days(start: datetime, end: object) -> bool:
    return (
        start.timetz().replace(tzinfo=None) == time(0)
        and isinstance(end, datetime)
        and end - start >= timedelta(days=1)
    )


def _when_asked(ctx: Context, title: str, day: object) -> Reply:
    """ "When should I book it?", kept as the conversation's `question`, so that "2pm please" books it (on
    the day already said, if one was)."""
    question: dict[str, Any] = {"intent": "calendar.schedule", "title": title}
    if isinstance(day, datetime):
        start, end = day_window(day.astimezone(ctx.zone).date(), ctx.zone)
        question.update(start=start.isoformat(), end=end.isoformat())
    return with_topics(Reply(say.CAL_BOOK_WHEN.format(title=escape(title))), question=question)


def _change(ctx: Context, ask: Ask, slots: Mapping[str, Any]) -> Reply:
    """Moving or cancelling an event: one found on the calendar, with (for a move) where it goes, is drafted
    for the VA to confirm (changes.py); anything less is a request in words for the VA. Moving a booking
    still waiting for the VA, named by its words, re-times that draft."""
    waiting = _waiting_draft(ctx, str(slots.get("event") or "")) if slots["action"] == "move" else None
    if waiting is not None and (times := _moved(waiting, slots, ctx.zone) or _next_to(ctx, waiting, slots)):
        return redraft(ctx, ask, {**times, "request": waiting.id})
    if slots["action"] == "move" and "start" not in slots and isinstance(slots.get("shift_minutes"), int):
        slots = _shifted(ctx, slots)  # "push the walkthrough back an hour": from its time on the calendar
    beside = slots.get("relative") in ("before", "after")
    if slots["action"] == "move" and beside and _no_time_said(slots, ctx):
        slots = _beside(ctx, slots)  # "move the dentist to right after the walkthrough (tomorrow)"
    if slots["action"] == "move" and slots.get("same_day") and "start" in slots:
        slots = _on_its_day(ctx, slots)  # "move the dentist to 5:30": the dentist's day, at 5:30
    moving = _open_move(ctx, slots.get("request")) if slots["action"] == "move" else None
    if moving is not None and (new := _moment(slots, "start", "end", ctx.zone)):
        return _retimed_move(ctx, ask, moving, slots, new)
    drafted = changes.drafted(ctx, ask, slots)  # an event on the calendar, and where it goes: Jane drafts it
    if drafted is not None:
        return drafted
    event = str(slots.get("event") or say.CAL_CHANGE_SOME_EVENT)
    was = _moment(slots, "from_start", "from_end", ctx.zone)
    if was:
        event = say.CAL_CHANGE_EVENT_AT.format(event=event, when=was)
    if slots["action"] == "cancel":
        what = say.CAL_CHANGE_CANCEL.format(event=event)
    elif new := _moment(slots, "start", "end", ctx.zone):
        what = say.CAL_CHANGE_MOVE.format(event=event, when=new)
    else:
        what = say.CAL_CHANGE_MOVE_ANYTIME.format(event=event)
    text = say.CAL_CHANGE_WORDS.format(what=what[:1].upper() + what[1:], words=ask.text)
    reply = intake.handle(ctx, replace(ask, text=text, duty=DUTY, slots={}), what=what)
    if slots["action"] != "move":
        return reply
    return _with_a_clash_noted(ctx, slots, _moving_topic(reply, _where_it_is(ctx, slots)))


def _where_it_is(ctx: Context, slots: Mapping[str, Any]) -> Mapping[str, Any]:
    """A move asked with no new time ("can you reschedule the dentist?"), with the event's own time where the
    calendar has it, so that "never mind, make it 5:30" re-words that request rather than filing another."""
    if "start" in slots:
        return slots
    event = changes.next_named(ctx, str(slots.get("event") or ""), slots)
    if event is None or not isinstance(event.start, datetime) or not isinstance(event.end, datetime):
        return slots
    return {**slots, "event": event.title, "start": event.start.isoformat(), "end": event.end.isoformat()}


def _shifted(ctx: Context, slots: Mapping[str, Any]) -> Mapping[str, Any]:
    """A move by so much later or earlier, as a move from the event's time to the new one: the next event
    whose title the words name, on the day said (else within four weeks). One the calendar cannot find or
    read stays a move "to a new time", the words telling the VA the rest."""
    event = changes.next_named(ctx, str(slots.get("event") or ""), slots)
    if event is None:
        return slots
    shift = timedelta(minutes=int(slots["shift_minutes"]))
    assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
    moved = {"start": (event.start + shift).isoformat(), "end": (event.end + shift).isoformat()}
    was = {"from_start": event.start.isoformat(), "from_end": event.end.isoformat()}
    return {**slots, **moved, **was, "event": event.title}


def _beside(ctx: Context, slots: Mapping[str, Any]) -> Mapping[str, Any]:
    """A move to right before or after another event, as a move from the event's time to the one next to
    that other event on its day (the event keeps its length). Either event not found on the calendar
    leaves a move "to a new time", the words telling the VA the rest."""
    event = changes.next_named(ctx, str(slots.get("event") or ""), {})
    said = "start" in slots and "end" in slots
    day = {"from_start": slots["start"], "from_end": slots["end"]} if said else {}
    other = changes.next_named(ctx, str(slots.get("other") or ""), day)  # on the day said, if one was
    if event is None or other is None or event.id == other.id:
        return slots
    assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
    assert isinstance(other.start, datetime) and isinstance(other.end, datetime)
    length = event.end - event.start
    start = other.end if slots["relative"] == "after" else other.start - length
    moved = {"start": start.isoformat(), "end": (start + length).isoformat()}
    was = {"from_start": event.start.isoformat(), "from_end": event.end.isoformat()}
    return {**slots, **moved, **was, "event": event.title}


def _next_to(ctx: Context, request: Request, slots: Mapping[str, Any]) -> dict[str, Any] | None:
    """A draft still waiting for the VA, moved to right before or after another event ("make it just before
    the walkthrough instead"): its new times, its length kept; None when that event is not found."""
    draft = draft_of(request)
    other = changes.next_named(ctx, str(slots.get("other") or ""), {})
    if draft is None or other is None or slots.get("relative") not in ("before", "after"):
        return None
    assert isinstance(other.start, datetime) and isinstance(other.end, datetime)
    length = datetime.fromisoformat(draft["end"]) - datetime.fromisoformat(draft["start"])
    start = other.end if slots["relative"] == "after" else other.start - length
    minutes = int(length.total_seconds() // 60)
    return {"start": start.isoformat(), "end": (start + length).isoformat(), "duration_minutes": minutes}


def _no_time_said(slots: Mapping[str, Any], ctx: Context) -> bool:
    """Whether a move names no time of its own: none at all, or only a day ("… right after the walkthrough
    tomorrow": the day the other event is on)."""
    start = read(slots.get("start"), ctx.zone)
    return not isinstance(start, datetime) or _whole_days(start, read(slots.get("end"), ctx.zone))


def _on_its_day(ctx: Context, slots: Mapping[str, Any]) -> Mapping[str, Any]:
    """A move to a time of day alone, as a move to that time on the event's own day (the event keeping its
    length); an event the calendar cannot find or read keeps the day the words gave."""
    event = changes.next_named(ctx, str(slots.get("event") or ""), slots)
    new = read(slots.get("start"), ctx.zone)
    if event is None or not isinstance(new, datetime):
        return slots
    assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
    day = event.start.astimezone(ctx.zone).date()
    start = datetime.combine(day, new.astimezone(ctx.zone).timetz())
    moved = {"start": start.isoformat(), "end": (start + (event.end - event.start)).isoformat()}
    was = {"from_start": event.start.isoformat(), "from_end": event.end.isoformat()}
    return {**slots, **moved, **was, "event": event.title}


def _moving_topic(reply: Reply, slots: Mapping[str, Any]) -> Reply:
    """The event asked to move, at its new time and with the request that asks it, so that "make it 2
    instead" re-times that request rather than filing a second one."""
    request = stated(reply).get("request", {}).get("id")
    if not slots.get("event") or not slots.get("start") or not isinstance(request, int):
        return reply
    moved = {"title": slots["event"], "start": slots["start"], "end": slots.get("end") or slots["start"]}
    return with_topics(reply, event={**moved, "request": request})


def _open_move(ctx: Context, number: object) -> Request | None:
    """The asker's own request to move an event, while the VA can still act on it."""
    if not isinstance(number, int) or isinstance(number, bool):
        return None
    request = repo.get(ctx.session, number)
    if request is None or request.client_id != ctx.asker.id or request.duty != DUTY:
        return None
    return request if request.status in ("queued", "claimed") and draft_of(request) is None else None


def _retimed_move(ctx: Context, ask: Ask, request: Request, slots: Mapping[str, Any], new: str) -> Reply:
    """The move asked of the VA, to another time: the same request re-worded and its card updated in place."""
    event = str(slots.get("event") or say.CAL_CHANGE_SOME_EVENT)
    what = say.CAL_CHANGE_MOVE.format(event=event, when=new)
    request.text = say.CAL_CHANGE_WORDS.format(what=what[:1].upper() + what[1:], words=ask.text)
    ctx.notify.update_card(request, queue_card(request, request.owner))
    refresh_homes(ctx, request)
    if request.owner is not None:
        told = Reply(say.CAL_MOVE_RETIMED_OWNER.format(client=ctx.asker.user_id, what=escape(what)))
        ctx.notify.tell(request.owner, told, key=f"request:{request.id}:retimed:{ask.text}")
    cancel = Button(say.CANCEL, CANCEL, str(request.id), "danger")
    reply = Reply(say.CAL_MOVE_RETIMED.format(what=escape(what)), buttons=(cancel,))
    reply = with_topics(reply, request=request_topic(request))
    return _with_a_clash_noted(ctx, slots, _moving_topic(reply, slots))


def _with_a_clash_noted(ctx: Context, slots: Mapping[str, Any], reply: Reply) -> Reply:
    """A move asked of the VA, with a heads-up when the new time overlaps something else on the calendar
    (the event being moved does not count); a calendar that cannot tell leaves the request as it is."""
    start, end = read(slots.get("start"), ctx.zone), read(slots.get("end"), ctx.zone)
    if not isinstance(start, datetime) or _no_clock_time(slots, start, ctx.zone):
        return reply
    if not isinstance(end, datetime) or end <= start:
        end = start + timedelta(minutes=DEFAULT_MINUTES)
    found = _clashes(ctx, start, end)
    if isinstance(found, Reply):
        return reply
    moved = str(slots.get("event") or "")
    which = changes.KIND_OF_EVENT.sub(" ", moved).strip() or moved
    others = [event for event in found if not (which and names(which, event.title))]
    if not others:
        return reply
    day = start.astimezone(ctx.zone).date()
    note = say.CAL_MOVE_CONFLICT.format(clash=clash(others[0], ctx.zone, day))
    return replace(reply, sections=(*reply.sections, note))


def _waiting_draft(ctx: Context, words: str) -> Request | None:
    """The one booking of the asker's still waiting for the VA that `words` name ("the Hendersons call")."""
    which = changes.KIND_OF_EVENT.sub(" ", words).strip() or words
    drafts = [
        request
        for request in repo.open_requests(ctx.session, ctx.asker)
        if request.status == "awaiting_confirmation" and (draft := draft_of(request)) is not None
        and names(which, draft["title"])
    ]  # fmt: skip
    return drafts[0] if which and len(drafts) == 1 else None


def _moved(request: Request, slots: Mapping[str, Any], zone: ZoneInfo) -> dict[str, Any] | None:
    """The draft's new times: the time named (its length kept), or its own shifted ("back an hour")."""
    draft = draft_of(request)
    if draft is None:
        return None
    start, end = read(draft["start"], zone), read(draft["end"], zone)
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return None
    new = read(slots.get("start"), zone)
    shift = slots.get("shift_minutes")
    if isinstance(new, datetime):
        begin = new
    elif isinstance(shift, int) and not isinstance(shift, bool):
        begin = start + timedelta(minutes=shift)
    else:
        return None
    minutes = int(slots.get("duration_minutes") or (end - start).total_seconds() // 60)
    finish = begin + timedelta(minutes=minutes)
    return {"start": begin.isoformat(), "end": finish.isoformat(), "duration_minutes": minutes}


def _moment(slots: Mapping[str, Any], start_slot: str, end_slot: str, zone: ZoneInfo) -> str | None:
    """A slot's time as the queue shows due dates: "Fri 27 Nov, 5:00 PM", or only the day for a whole day."""
    start = read(slots.get(start_slot), zone)
    if not isinstance(start, datetime):
        return None
    return when(start, _whole_days(start, read(slots.get(end_slot), zone)), zone)


def confirm(ctx: Context, request_id: int) -> Reply:
    """A VA confirms a draft: create the event (idempotently), mark the request done, tell the client."""
    found = _booking(ctx, request_id, "confirm")
    if isinstance(found, Reply):
        return found
    request, draft = found
    profile = request.client.client
    if profile is None or not duties.is_granted(DUTY, profile.phase, profile.override_map):
        return Reply(say.CAL_BOOK_NOT_GRANTED_VA.format(client=request.client.user_id), ephemeral=True)
    change = kind_of(draft) != "booking"
    failed = say.CAL_CHANGE_FAILED_VA if change else say.CAL_BOOK_FAILED_VA
    try:
        if change:  # the same change made again is harmless: Confirm may be pressed twice
            ctx.calendar_for(profile).change(changes.change_for(draft))
            made: dict[str, Any] = {}
        else:
            created = ctx.calendar_for(profile).create(new_event(request))
            made = {"event": created.id, "link": created.link}
    except CalendarAccessLost as error:
        send_access_lost(ctx, request.client, error, key=f"booking:{request.id}:access-lost")
        problem = say.CAL_VA_ACCESS_LOST.format(client=request.client.user_id)
        return Reply(failed.format(problem=problem), ephemeral=True)
    except CalendarError as error:
        return Reply(failed.format(problem=str(error)), ephemeral=True)
    outcome = repo.move(ctx.session, request.id, "confirm", ctx.asker)
    if not outcome.moved:
        return _already(outcome.request)
    request.details = {BOOKING: {**draft, **made, "by": ctx.asker.user_id}}
    ctx.notify.update_card(request, card(request))
    refresh_homes(ctx, request, ctx.asker)
    zone = zone_of(request.client)
    if change:
        told = changes.done_told(draft, zone)
    else:
        told = _booked(draft, Created(id=made["event"], link=made["link"]), zone)
    ctx.notify.tell(request.client, told, key=f"booking:{request.id}:booked", request=request)
    done = say.CAL_CHANGED_VA if change else say.CAL_BOOKED_VA
    return Reply(done.format(client=request.client.user_id), ephemeral=True)


def reject(ctx: Context, request_id: int, note: str | None = None) -> Reply:
    """A VA turns a draft down: nothing reaches the calendar; the client is told, with the VA's reason."""
    found = _booking(ctx, request_id, "reject")
    if isinstance(found, Reply):
        return found
    request, draft = found
    outcome = repo.move(ctx.session, request.id, "reject", ctx.asker, note)
    if not outcome.moved:
        return _already(outcome.request)
    request.details = {BOOKING: {**draft, "by": ctx.asker.user_id}}
    ctx.notify.update_card(request, card(request))
    refresh_homes(ctx, request, ctx.asker)
    reason = say.CAL_REJECTED_REASON.format(note=escape(note)) if note else ""
    told = Reply(_turned_down(draft, reason, zone_of(request.client)))
    ctx.notify.tell(request.client, told, key=f"booking:{request.id}:rejected", request=request)
    return Reply(say.CAL_REJECTED_VA.format(client=request.client.user_id), ephemeral=True)


def _turned_down(draft: Draft, reason: str, zone: ZoneInfo) -> str:
    """What the client is told when the VA turns a draft down: the booking not made, or the event left as it
    was."""
    kind, title = kind_of(draft), escape(draft["title"])
    if kind == "booking":
        return say.CAL_REJECTED.format(title=title, reason=reason)
    was = draft.get("was") or [draft["start"], draft["end"]]
    when = span(datetime.fromisoformat(was[0]), datetime.fromisoformat(was[1]), zone, with_day=True)
    return say.CAL_REJECTED_CHANGE[kind].format(title=title, reason=reason, was=when, when=when)


def _booking(ctx: Context, request_id: int, action: str) -> tuple[Request, Draft] | Reply:
    """The locked booking request and its draft when this VA may act on it now, else the refusal."""
    request = repo.locked(ctx.session, request_id)
    draft = draft_of(request) if request is not None else None
    if request is None or draft is None:
        return Reply(say.CAL_NOT_A_BOOKING, ephemeral=True)
    if not repo.may_act(ctx.asker, request, action):
        return Reply(say.NOT_YOURS, ephemeral=True)
    if request.status != "awaiting_confirmation":
        return _already(request)
    return request, draft


def _already(request: Request) -> Reply:
    state = say.STATUS_STATE[request.status].format(owner=say.SOMEONE)
    return Reply(say.ALREADY_IN_STATE.format(status=state), ephemeral=True)


def _booked(draft: Draft, created: Created, zone: ZoneInfo) -> Reply:
    start, end = datetime.fromisoformat(draft["start"]), datetime.fromisoformat(draft["end"])
    when = span(start, end, zone, with_day=True)
    more = (
        say.CAL_BOOKED_LINK.format(link=link_target(created.link)) if created.link else say.CAL_BOOKED_LOCAL
    )
    return Reply(say.CAL_BOOKED.format(title=escape(draft["title"]), when=when), sections=(more,))
