"""Reminders by Jane: "remind me at 4 to call the lender", "what reminders have I got?", "cancel my reminder
about the inspection", and the Cancel button. Anyone Jane knows may set one, in any phase: Jane sends it
herself (handlers/reminders/job.py), so no VA is involved and no request is filed.

Slots (README.md, `jane parse`): `due` (an ISO moment; `due_exact: false` when Jane chose the hour),
`title`; a correction ("make it 5") adds `action: "edit"` and `reminder` (its id); a cancel has `about`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from handlers.calendar.event_question import next_named
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape, quote
from handlers.core.naming import named
from handlers.core.reply import Button, Reply
from handlers.core.timefmt import plain_time
from handlers.core.topics import with_topics
from handlers.phases import duties
from handlers.proactive.hours import client_available_at, is_quiet, quiet_hours
from handlers.reminders import job, show
from integrations.calendar import CalendarError
from storage.models import Reminder
from storage.repositories import reminders as repo

CANCEL = "reminder.cancel"  # the Cancel button's action (value: the reminder id)
CALENDAR_DUTY = "daily_schedule"  # reading the calendar, which a reminder before an event needs
MORNING = time(9)  # a bare date is reminded of at the start of the working day, as the parser does
MAX_BUTTONS = 5
# How a reminder is counted from an event named: minutes before its start or after its end, or a day either
# side of its day (reminded at MORNING, as a bare date is)
_COUNTED_FROM_AN_EVENT = ("before_minutes", "after_minutes", "before_days", "after_days")


def create(ctx: Context, ask: Ask) -> Reply:
    """Set a reminder (or move one, for a correction); the confirmation carries Cancel."""
    slots = ask.slots or {}
    if slots.get("action") == "edit":
        return _move(ctx, slots)
    timed = _timed_by_event(ctx, slots)  # "remind me an hour before (after) the walkthrough"
    if isinstance(timed, Reply):
        return timed
    slots = timed
    title = " ".join(str(slots.get("title") or "").split())
    about = say.REMINDER_ABOUT.format(title=escape(title)) if title else ""
    due, exact = _due(slots, ctx.zone)
    if due is None:  # kept as the conversation's `question`: "4:30pm" then sets it
        asked = Reply(say.REMINDER_WHEN.format(about=about))
        return with_topics(asked, question={"intent": "reminder.create", "title": title}) if title else asked
    notes: list[str] = []
    if ctx.client is not None:
        due, notes = _mind_quiet_hours(ctx, due, exact)
    if not exact and not notes:
        notes.append(say.REMINDER_PICKED_HOUR.format(time=plain_time(due.astimezone(ctx.zone))))
    if due <= ctx.now:  # a time named is past; an hour Jane chose is past while the part named goes on
        return Reply((say.REMINDER_PAST if exact else say.REMINDER_PICK_TIME).format(about=about))
    reminder = repo.create(ctx.session, ctx.asker, title, due, exact=exact)
    job.schedule(ctx.session, reminder)
    ctx.notify.refresh_home(ctx.asker)
    return _confirmation(ctx, reminder, notes, _counting(slots))


def list_pending(ctx: Context, ask: Ask) -> Reply:
    """The asker's reminders still to come, soonest first, each with its own Cancel."""
    pending = repo.pending(ctx.session, ctx.asker)
    if not pending:
        return Reply(say.REMINDER_LIST_NONE)
    headline = say.REMINDER_LIST.format(count=len(pending), s="" if len(pending) == 1 else "s")
    lines = "\n".join(show.line(r, ctx.zone, ctx.now) for r in pending)
    return Reply(headline, sections=(lines,), buttons=_cancel_buttons(pending))


def cancel_named(ctx: Context, ask: Ask) -> Reply:
    """ "cancel my reminder about the inspection": the one it names; asked back when several fit."""
    picked = (ask.slots or {}).get("reminder")
    if isinstance(picked, int) and not isinstance(picked, bool):  # "the second one" of those Jane listed
        return cancel(ctx, picked)
    pending = repo.pending(ctx.session, ctx.asker)
    about = str((ask.slots or {}).get("about") or "")
    fitting = named(about, pending, lambda r: r.title) if about else list(pending)
    if len(fitting) == 1:
        return cancel(ctx, fitting[0].id)
    if not pending:
        return Reply(say.REMINDER_LIST_NONE)
    shown = fitting or pending  # nothing fits the words: every reminder to pick from
    lines = "\n".join(show.line(r, ctx.zone, ctx.now) for r in shown)
    text = say.REMINDER_WHICH if fitting else say.REMINDER_NONE_ABOUT.format(about=quote(about))
    asked = Reply(text, sections=(lines,), buttons=_cancel_buttons(shown))
    # kept as the conversation's `question`, so that "the second one" answers it
    return with_topics(asked, question={"intent": "reminder.cancel", "listed": [r.id for r in shown]})


def cancel(ctx: Context, reminder_id: int) -> Reply:
    """Cancel one of the asker's reminders (the Cancel button, "cancel that", "cancel my reminder …")."""
    reminder = repo.get(ctx.session, reminder_id)
    if reminder is None:
        return Reply(say.REMINDER_GONE, ephemeral=True)
    if reminder.person_id != ctx.asker.id:
        return Reply(say.REMINDER_NOT_YOURS, ephemeral=True)
    if not repo.cancel(ctx.session, reminder.id):  # sent or cancelled meanwhile, by a runner or a click
        return _already(ctx, reminder)
    # The job stays: it finds the reminder cancelled when it runs and drops itself, which never races a
    # runner holding it right now.
    ctx.notify.refresh_home(ctx.asker)
    return Reply(say.REMINDER_CANCELLED.format(label=show.label(reminder, ctx.zone, ctx.now)))


def _move(ctx: Context, slots: Mapping[str, Any]) -> Reply:
    """ "make it 5" about the reminder just set: the same reminder at the new time."""
    reminder_id = slots.get("reminder")
    reminder = repo.get(ctx.session, reminder_id) if isinstance(reminder_id, int) else None
    if reminder is None or reminder.person_id != ctx.asker.id:
        return Reply(say.REMINDER_GONE_MOVE)
    timed = _timed_by_event(ctx, {**slots, "title": reminder.title})  # "… half an hour before it"
    if isinstance(timed, Reply):
        return timed
    slots = timed
    due, exact = _due(slots, ctx.zone)
    about = say.REMINDER_ABOUT.format(title=escape(reminder.title)) if reminder.title else ""
    if due is None:
        return Reply(say.REMINDER_WHEN.format(about=about))
    if due <= ctx.now:
        return Reply(say.REMINDER_PAST.format(about=about))
    if not repo.move(ctx.session, reminder.id, due, exact=exact):
        return _already(ctx, reminder)
    moved = repo.get(ctx.session, reminder.id)
    assert moved is not None, "a reminder just moved is still there"
    job.schedule(ctx.session, moved)
    ctx.notify.refresh_home(ctx.asker)
    when = show.moment(moved.due_at, ctx.zone, ctx.now)
    reply = _confirmation(ctx, moved, [], _counting(slots))
    text = say.REMINDER_MOVED.format(when=when, title=show.title(moved)) if moved.title else reply.text
    return Reply(text, buttons=reply.buttons, extras=reply.extras)


def _counting(slots: Mapping[str, Any]) -> dict[str, Any]:
    """How a reminder was counted from an event ("45 minutes before the walkthrough"), kept on its topic so
    "oops, I meant the dentist" counts the same from that one."""
    counted = {key: slots[key] for key in _COUNTED_FROM_AN_EVENT if isinstance(slots.get(key), int)}
    return {**counted, "event": str(slots["event"])} if counted and slots.get("event") else {}


def _confirmation(
    ctx: Context, reminder: Reminder, notes: Sequence[str], counting: Mapping[str, Any] | None = None
) -> Reply:
    when = show.moment(reminder.due_at, ctx.zone, ctx.now)
    if reminder.title:
        text = say.REMINDER_SET.format(when=when, title=show.title(reminder))
    else:
        text = say.REMINDER_SET_UNTITLED.format(when=when)
    cancel_button = Button(say.REMINDER_CANCEL, CANCEL, str(reminder.id), "danger")
    topics = {"reminder": {**show.topic(reminder, ctx.zone), **(counting or {})}}
    return Reply(text, sections=tuple(notes), buttons=(cancel_button,), extras={"topics": topics})


def _mind_quiet_hours(ctx: Context, due: datetime, exact: bool) -> tuple[datetime, list[str]]:
    """A time the client named is kept even in their quiet hours (they asked for it), with a heads-up;
    an hour Jane chose moves to the end of their quiet hours."""
    quiet = getattr(ctx.settings, "client_quiet_hours", None)
    if not is_quiet(due.astimezone(ctx.zone).time(), quiet):
        return due, []
    start, end = (plain_time(datetime.combine(date.min, t)) for t in quiet_hours(quiet))
    if exact:
        return due, [say.REMINDER_IN_QUIET.format(quiet_start=start, quiet_end=end)]
    picked = client_available_at(ctx.asker, due, quiet)
    was, now_at = plain_time(due.astimezone(ctx.zone)), plain_time(picked.astimezone(ctx.zone))
    note = say.REMINDER_QUIET_MOVED.format(time=was, quiet_start=start, quiet_end=end, picked=now_at)
    return picked, [note]


def _timed_by_event(ctx: Context, slots: Mapping[str, Any]) -> Mapping[str, Any] | Reply:
    """The slots with `due` read off the calendar when the reminder is counted from an event and has no
    time of its own; the slots as they are otherwise."""
    return _beside_the_event(ctx, slots) if _counting(slots) and not slots.get("due") else slots


def _beside_the_event(ctx: Context, slots: Mapping[str, Any]) -> Mapping[str, Any] | Reply:
    """The reminder's time, counted back from the start of the next event the words name (or on from its
    end), read off the client's calendar; a sentence when Jane may not read it (their phase) or does not
    find the event."""
    words = str(slots["event"])
    title = str(slots.get("title") or "")
    asked = {"question": {"intent": "reminder.create", "title": title or words}}
    profile = ctx.client
    if profile is None or not duties.is_granted(CALENDAR_DUTY, profile.phase, profile.override_map):
        return with_topics(Reply(say.REMINDER_EVENT_UNSEEN.format(event=escape(words))), **asked)
    try:
        event = next_named(ctx, words)
    except CalendarError:
        event = None
    if event is None or not isinstance(event.start, datetime):
        return with_topics(Reply(say.REMINDER_EVENT_NOT_FOUND.format(event=escape(words))), **asked)
    after = slots.get("after_minutes")
    days = int(slots.get("after_days") or 0) - int(slots.get("before_days") or 0)
    if days:  # "the day after the walkthrough": that morning, an hour Jane chose
        day = event.start.astimezone(ctx.zone).date() + timedelta(days=int(days))
        due = datetime.combine(day, MORNING, ctx.zone)
        return {**slots, "due": due.isoformat(), "due_exact": False, "title": title or event.title}
    if isinstance(after, int):
        ends = event.end if isinstance(event.end, datetime) else event.start
        due = ends + timedelta(minutes=after)
    else:
        due = event.start - timedelta(minutes=int(slots["before_minutes"]))
    return {**slots, "due": due.isoformat(), "title": title or event.title}


def _due(slots: Mapping[str, Any], zone: ZoneInfo) -> tuple[datetime | None, bool]:
    """The `due` slot as an aware moment, and whether the person named the time (a bare date: 9:00)."""
    value = slots.get("due")
    if not isinstance(value, str) or not value:
        return None, True
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None, True
    if "T" not in value and " " not in value:
        return datetime.combine(moment.date(), MORNING, zone), False
    aware = moment if moment.tzinfo else moment.replace(tzinfo=zone)
    return aware, slots.get("due_exact") is not False


def _cancel_buttons(reminders: Sequence[Reminder]) -> tuple[Button, ...]:
    return tuple(
        Button(say.REMINDER_CANCEL_ONE.format(title=" ".join(r.title.split()) or r.id), CANCEL, str(r.id))
        for r in reminders[:MAX_BUTTONS]
    )


def _already(ctx: Context, reminder: Reminder) -> Reply:
    state = repo.get(ctx.session, reminder.id)
    status = state.status if state is not None else repo.CANCELLED
    template = say.REMINDER_ALREADY.get(status, say.REMINDER_ALREADY["cancelled"])
    return Reply(template.format(label=show.label(reminder, ctx.zone, ctx.now)), ephemeral=True)
