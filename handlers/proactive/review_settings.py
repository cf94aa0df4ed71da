"""The weekly review's day and time (every client; Friday 16:00 unless they say otherwise): "send my weekly
review on Thursday at 3pm", "stop the weekly review", or the App Home's buttons.

Slots: `stop` (true), or `day` (0 Monday … 6 Sunday) and/or `time` ("15:00").
"""

from __future__ import annotations

from datetime import time

from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.home import Item, Section
from handlers.core.reply import Button, Reply, answered_first
from handlers.core.topics import with_topics
from handlers.proactive import job_plan
from handlers.proactive.hours import is_quiet, quiet_hours
from handlers.proactive.schedule import parse_hhmm
from storage.models import ClientProfile

DEFAULT_DAY, DEFAULT_TIME = 4, "16:00"


def handle(ctx: Context, ask: Ask) -> Reply:
    slots = ask.slots or {}
    profile = ctx.client
    if profile is None:
        return Reply(say.REVIEW_ONLY_CLIENTS)
    if slots.get("ask") == "when":  # "when does my weekly review get sent?"; "is it still on?": Yes or No
        said = _when_sent(profile)
        if slots.get("question") == "yes_no":
            said = answered_first(bool(profile.review_time), said)
        return _topic(Reply(said), profile)
    if slots.get("stop"):  # the topic keeps the day and time it had, so "start it again" brings them back
        was = {"day": profile.review_day, "time": profile.review_time}
        return with_topics(stop(ctx, profile), review=was)
    day, at = _weekday(slots.get("day")), _clock(slots.get("time"))
    if day is None and at is None:
        if profile.review_time:
            return Reply(say.REVIEW_WHEN)
        day, at = profile.review_day, parse_hhmm(DEFAULT_TIME)  # "start my weekly review": as it was
    return _topic(send_on(ctx, profile, day, at), profile, day)


def _when_sent(profile: ClientProfile) -> str:
    if not profile.review_time:
        return say.REVIEW_IS_OFF
    day = say.WEEKDAY_NAMES[profile.review_day]
    return say.REVIEW_IS.format(day=day, time=show(parse_hhmm(profile.review_time)))


def _topic(reply: Reply, profile: ClientProfile, day: int | None = None) -> Reply:
    """The answer, naming the setting as the conversation's `review` topic, so that "actually make it
    Monday" changes it again (ARCHITECTURE.md, "Conversations"); a day asked for at a time refused at night
    is the topic's day, so "ok, make it 8pm then" keeps it."""
    day = profile.review_day if day is None else day
    return with_topics(reply, review={"day": day, "time": profile.review_time})


def send_on(ctx: Context, profile: ClientProfile, day: int | None, at: time | None) -> Reply:
    """Set the review's day and/or time (what is not given stays); refused inside the quiet hours."""
    at = at or parse_hhmm(profile.review_time or DEFAULT_TIME)
    refusal = _at_night(ctx, at)
    if refusal is not None:
        return refusal
    profile.review_time = f"{at:%H:%M}"
    if day is not None:
        profile.review_day = day
    _replan(ctx, profile)
    return Reply(say.REVIEW_SET.format(day=say.WEEKDAY_NAMES[profile.review_day], time=show(at)))


def stop(ctx: Context, profile: ClientProfile) -> Reply:
    if not profile.review_time:
        return Reply(say.REVIEW_ALREADY_OFF)
    profile.review_time = None
    _replan(ctx, profile)
    return Reply(say.REVIEW_STOPPED)


def _at_night(ctx: Context, at: time) -> Reply | None:
    quiet = getattr(ctx.settings, "client_quiet_hours", None)
    if not is_quiet(at, quiet):
        return None
    quiet_start, quiet_end = quiet_hours(quiet)
    return Reply(say.AGENDA_AT_NIGHT.format(quiet_start=show(quiet_start), quiet_end=show(quiet_end)))


def show(at: time) -> str:
    return f"{at.hour % 12 or 12}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"


def _replan(ctx: Context, profile: ClientProfile) -> None:
    job_plan.replan_review(ctx.session, profile.person_id, ctx.now)
    ctx.notify.refresh_home(ctx.asker)


def _weekday(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 6 else None


def _clock(value: object) -> time | None:
    try:
        return parse_hhmm(str(value)) if value is not None else None
    except ValueError:
        return None


# --- App Home ------------------------------------------------------------------------------------------

DAY_ACTION, TIME_ACTION, STOP_ACTION = "review.day", "review.time", "review.stop"
HOME_TIMES = ("09:00", "12:00", "16:00", "17:00")
HOME_DAYS = range(5)  # Monday to Friday; any day by message


def home_section(ctx: Context) -> Section | None:
    """The review's day and time, for every client."""
    profile = ctx.client
    if profile is None:
        return None
    on = profile.review_time is not None
    if on:
        at = show(parse_hhmm(profile.review_time or DEFAULT_TIME))
        text = say.REVIEW_HOME_ON.format(day=say.WEEKDAY_NAMES[profile.review_day], time=at)
    else:
        text = say.REVIEW_HOME_OFF
    days = tuple(
        Button(
            say.WEEKDAY_NAMES[day][:3],
            DAY_ACTION,
            str(day),
            "primary" if on and day == profile.review_day else None,
        )
        for day in HOME_DAYS
    )
    times = tuple(
        Button(show(parse_hhmm(at)), TIME_ACTION, at, "primary" if at == profile.review_time else None)
        for at in HOME_TIMES
    )
    stop_button = (Button(say.REVIEW_HOME_STOP, STOP_ACTION, "stop", "danger"),) if on else ()
    return Section(say.REVIEW_HOME_TITLE, (Item(text, days), Item("", times + stop_button)))


def clicked(ctx: Context, action: str, value: str) -> Reply | None:
    """An App Home button: a Reply only when the click is refused or makes no sense."""
    profile = ctx.client
    if profile is None:
        return Reply(say.REVIEW_ONLY_CLIENTS)
    if action == STOP_ACTION:
        stop(ctx, profile)
        return None
    day = _weekday(int(value)) if action == DAY_ACTION and value.isdecimal() and len(value) == 1 else None
    at = _clock(value) if action == TIME_ACTION and len(value) <= 5 else None
    if day is None and at is None:
        return Reply(say.REVIEW_WHEN)
    refusal = _at_night(ctx, at) if at is not None else None
    if refusal is None:
        send_on(ctx, profile, day, at)  # the refreshed Home shows the outcome
    return refusal
