"""The morning agenda's settings (Phase III, daily_schedule): "send my agenda at 7:30", "stop the agenda".

Slots: `time` ("07:30"), or `stop` (true); optional `weekdays` (true: weekdays only, false: every day),
which alone ("and only on weekdays") changes the days of the agenda already set. Each answer names the
setting as the conversation's `agenda` topic, so "actually, make it 7" changes it again.
"""

from __future__ import annotations

from datetime import datetime, time

from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.home import Item, Section
from handlers.core.reply import Button, Reply, answered_first
from handlers.core.timefmt import plain_time
from handlers.core.topics import with_topics
from handlers.phases.duties import is_granted
from handlers.proactive import job_plan
from handlers.proactive.hours import is_quiet, quiet_hours
from storage.models import ClientProfile

# The time every client's agenda starts at (the column's default)
_STARTING_TIME = ClientProfile.__table__.c.agenda_time.default.arg


def handle(ctx: Context, ask: Ask) -> Reply:
    slots = ask.slots or {}
    profile = ctx.client
    if profile is None:  # the gate lets only clients through for a duty; this is belt and braces
        return Reply(say.AGENDA_WHICH_TIME)
    if slots.get("ask") == "when":  # "when do you send my agenda?"; "is my agenda on?" is answered Yes or No
        said = _when_sent(profile)
        if slots.get("question") == "yes_no":
            said = answered_first(bool(profile.agenda_time), said)
        # (asked while it is off, the time it had stays the one talked about: "turn it back on" restores it)
        return _topic(Reply(said), profile) if profile.agenda_time else Reply(said)
    if slots.get("stop"):
        was = profile.agenda_time
        return with_topics(stop(ctx, profile), agenda={"time": was, "weekdays": profile.agenda_weekdays_only})
    weekdays = slots.get("weekdays")
    at = _clock(slots.get("time")) or (_clock(profile.agenda_time) if weekdays is not None else None)
    restarted = slots.get("refers_to") == "agenda" or slots.get("start")
    if at is None and restarted and profile.agenda_time is None:
        at = _clock(_STARTING_TIME)  # "turn it back on", its old time no longer talked about: the usual one
    if at is None and slots.get("start"):
        return _topic(Reply(_when_sent(profile)), profile)  # "turn my agenda on" when it is on: when it comes
    if at is None:
        return Reply(say.AGENDA_WHICH_TIME)
    return _topic(send_at(ctx, profile, at, None if weekdays is None else bool(weekdays)), profile)


def _when_sent(profile: ClientProfile) -> str:
    at = _clock(profile.agenda_time)
    if at is None:
        return say.AGENDA_ALREADY_OFF
    return say.AGENDA_IS.format(time=_show(at), days=describe_days(profile))


def _topic(reply: Reply, profile: ClientProfile) -> Reply:
    return with_topics(reply, agenda={"time": profile.agenda_time, "weekdays": profile.agenda_weekdays_only})


def send_at(ctx: Context, profile: ClientProfile, at: time, weekdays: bool | None = None) -> Reply:
    """Set the agenda time (and optionally the days); refused inside the client's quiet hours."""
    quiet = getattr(ctx.settings, "client_quiet_hours", None)
    if is_quiet(at, quiet):
        quiet_start, quiet_end = quiet_hours(quiet)
        return Reply(say.AGENDA_AT_NIGHT.format(quiet_start=_show(quiet_start), quiet_end=_show(quiet_end)))
    profile.agenda_time = f"{at:%H:%M}"
    if weekdays is not None:
        profile.agenda_weekdays_only = weekdays
    _replan(ctx, profile)
    return Reply(say.AGENDA_SET.format(time=_show(at), days=describe_days(profile)))


def stop(ctx: Context, profile: ClientProfile) -> Reply:
    if not profile.agenda_time:
        return Reply(say.AGENDA_ALREADY_OFF)
    profile.agenda_time = None
    _replan(ctx, profile)
    return Reply(say.AGENDA_STOPPED)


def describe_days(profile: ClientProfile) -> str:
    return say.AGENDA_WEEKDAYS if profile.agenda_weekdays_only else say.AGENDA_EVERY_DAY


def _replan(ctx: Context, profile: ClientProfile) -> None:
    """Have the job runner recompute the agenda's next time now (it sends nothing on a replan)."""
    job_plan.replan(ctx.session, profile.person_id, ctx.now)
    ctx.notify.refresh_home(ctx.asker)


def _clock(value: object) -> time | None:
    try:
        hours, _, minutes = str(value).partition(":")
        return time(int(hours), int(minutes or 0))
    except (TypeError, ValueError):
        return None


def _show(at: time) -> str:
    return plain_time(datetime.combine(datetime.min, at))


def _show_stored(hhmm: str) -> str:
    """A stored agenda time ("07:30", checked when it was set) as the client reads it ("7:30 AM")."""
    at = _clock(hhmm)
    if at is None:
        raise ValueError(f"not an agenda time: {hhmm!r}")
    return _show(at)


# --- App Home ------------------------------------------------------------------------------------------

TIME_ACTION, STOP_ACTION, DAYS_ACTION = "agenda.time", "agenda.stop", "agenda.days"
HOME_TIMES = ("07:00", "07:30", "08:00", "08:30", "09:00")


def home_section(ctx: Context) -> Section | None:
    """The agenda's settings in the App Home, for a client who holds daily_schedule."""
    profile = ctx.client
    if profile is None or not is_granted("daily_schedule", profile.phase, profile.override_map):
        return None
    if profile.agenda_time:
        text = say.AGENDA_HOME_ON.format(time=_show_stored(profile.agenda_time), days=describe_days(profile))
    else:
        text = say.AGENDA_HOME_OFF
    times = tuple(
        Button(_show_stored(at), TIME_ACTION, at, "primary" if at == profile.agenda_time else None)
        for at in HOME_TIMES
    )
    days = (
        (say.AGENDA_HOME_EVERY_DAY, "every")
        if profile.agenda_weekdays_only
        else (say.AGENDA_HOME_WEEKDAYS, "weekdays")
    )
    others: tuple[Button, ...] = (Button(days[0], DAYS_ACTION, days[1]),)
    if profile.agenda_time:
        others += (Button(say.AGENDA_HOME_STOP, STOP_ACTION, "stop", "danger"),)
    return Section(say.AGENDA_HOME_TITLE, (Item(text, times), Item("", others)))


def clicked(ctx: Context, action: str, value: str) -> Reply | None:
    """An App Home button: a Reply only when the click is refused or makes no sense."""
    profile = ctx.client
    if profile is None or not is_granted("daily_schedule", profile.phase, profile.override_map):
        return Reply(say.AGENDA_NOT_YOURS)
    if action == STOP_ACTION:
        stop(ctx, profile)
        return None
    if action == DAYS_ACTION and value in ("every", "weekdays"):
        profile.agenda_weekdays_only = value == "weekdays"
        _replan(ctx, profile)
        return None
    at = _clock(value) if action == TIME_ACTION else None
    if at is None:
        return Reply(say.AGENDA_WHICH_TIME)
    reply = send_at(ctx, profile, at)
    return reply if profile.agenda_time != f"{at:%H:%M}" else None
