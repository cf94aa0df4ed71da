"""The reminder job kind: one job per reminder, run by whichever runner takes it when it falls due.

The reminder's own conditional move from pending to sent, in the job's transaction with the DM's outbox
row, is what makes it go out once: two runners, a retried run or a cancel racing the send cannot both win.
A job outlives its process in the jobs table, so a reminder due while nothing ran goes out at the restart.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from handlers.core import messages as say
from handlers.core.reply import Reply
from handlers.core.timefmt import zone_of
from handlers.proactive.hours import client_available_at, is_quiet
from handlers.proactive.job_run import JobRun
from handlers.reminders import show
from storage.models import Reminder
from storage.repositories import jobs
from storage.repositories import reminders as repo

KIND = "reminder"
LATE = timedelta(minutes=15)  # a reminder this much past its time was not sent when it was asked for


def key(reminder_id: int) -> str:
    return f"reminder:{reminder_id}"


def schedule(session: Session, reminder: Reminder) -> None:
    """Create or move the reminder's job to its time."""
    jobs.schedule(session, key(reminder.id), KIND, reminder.due_at, {"reminder_id": reminder.id})


def run(run: JobRun) -> datetime | None:
    """Send the reminder if it is still pending and due; the job's next run, or None when it is done."""
    reminder_id = run.payload.get("reminder_id")
    reminder = repo.get(run.session, reminder_id) if isinstance(reminder_id, int) else None
    if reminder is None or reminder.status != repo.PENDING:
        return None  # cancelled, or sent by an earlier run
    if reminder.due_at > run.now:
        return reminder.due_at  # moved later since the job was taken
    held = _held_for_morning(run, reminder)
    if held is not None:
        return held
    if not repo.mark_sent(run.session, reminder.id, run.now):
        again = repo.get(run.session, reminder.id)  # changed by someone else meanwhile: follow it
        return again.due_at if again is not None and again.status == repo.PENDING else None
    run.notify.tell(reminder.person, due_reply(reminder, run.now), key=key(reminder.id))
    return None


def due_reply(reminder: Reminder, now: datetime) -> Reply:
    text = say.REMINDER_DUE_UNTITLED
    if reminder.title:
        text = say.REMINDER_DUE.format(title=show.title(reminder))
    if now - reminder.due_at < LATE:
        return Reply(text)
    zone = zone_of(reminder.person)
    return Reply(text, sections=(say.REMINDER_LATE.format(when=show.moment(reminder.due_at, zone, now)),))


def _held_for_morning(run: JobRun, reminder: Reminder) -> datetime | None:
    """A late reminder (the runners were down) that would now fall in a client's quiet hours waits until
    they end: they asked for a daytime message, not one in the middle of their night. One they asked to
    get at night goes out late rather than hours later."""
    if run.now - reminder.due_at < LATE or reminder.person.client is None:
        return None
    quiet = run.world.settings.client_quiet_hours
    if is_quiet(reminder.due_at.astimezone(zone_of(reminder.person)).time(), quiet):
        return None
    opens = client_available_at(reminder.person, run.now, quiet)
    return opens if opens > run.now else None
