"""The proactive duties' buttons: the appointment checklist's Confirmed, and the morning agenda's App Home
settings (a time, weekdays or every day, stop), and the weekly review's (a day, a time, stop)."""

from __future__ import annotations

from handlers.core import messages
from handlers.core.buttons import ButtonAction, Click
from handlers.core.context import Context
from handlers.core.reply import Reply, record_id
from handlers.proactive import agenda_settings, notices, review_settings
from handlers.proactive.hours import client_available_at

CHECKLIST_SHOWN = "the number is on the appointment's button in the checklist"


def confirm_appointment(ctx: Context, click: Click) -> Reply | None:
    """The first click wins; the checklist is redrawn in place and the client is told (by day)."""
    check_id = record_id(click.value)
    if check_id is None:
        return Reply(messages.CHECK_GONE, ephemeral=True)
    outcome = notices.confirm(ctx, check_id)
    if outcome.client is not None and outcome.client_note is not None:
        # A VA may work at the client's night: the message waits until the client's quiet hours end.
        quiet = getattr(ctx.settings, "client_quiet_hours", None)
        opens = client_available_at(outcome.client, ctx.now, quiet)
        key = f"confirmed:{click.value}"
        ctx.notify.tell(
            outcome.client, outcome.client_note, key=key, not_before=opens if opens > ctx.now else None
        )
    card = click.card
    if outcome.card is not None and card.channel and card.ts:
        ctx.notify.update(card.channel, card.ts, outcome.card, key=f"checklist:{click.key}")
        return outcome.refusal
    return outcome.refusal or outcome.card  # nowhere to redraw it (the console): show it


def _agenda(action: str):
    def handle(ctx: Context, click: Click) -> Reply | None:
        """Apply the click; the refreshed Home shows the outcome, so only a refusal is answered."""
        return agenda_settings.clicked(ctx, action, click.value)

    return handle


def _review(action: str):
    def handle(ctx: Context, click: Click) -> Reply | None:
        """Apply the click; the refreshed Home shows the outcome, so only a refusal is answered."""
        return review_settings.clicked(ctx, action, click.value)

    return handle


def _review_stop(word: str) -> bool:
    return word == "stop"


def _review_day(word: str) -> bool:
    return len(word) == 1 and word.isdecimal()


def _agenda_stop(word: str) -> bool:
    return word == "stop"


def _agenda_days(word: str) -> bool:
    return word in ("every", "weekdays")


BUTTONS = (
    ButtonAction(notices.CONFIRM_ACTION, "/confirmed", confirm_appointment, numbers=CHECKLIST_SHOWN),
    ButtonAction(
        agenda_settings.STOP_ACTION, "/agenda", _agenda(agenda_settings.STOP_ACTION), typed=_agenda_stop
    ),
    ButtonAction(
        agenda_settings.DAYS_ACTION, "/agenda", _agenda(agenda_settings.DAYS_ACTION), typed=_agenda_days
    ),
    ButtonAction(agenda_settings.TIME_ACTION, "/agenda", _agenda(agenda_settings.TIME_ACTION), typed=bool),
    *(
        ButtonAction(action, "/review", _review(action), typed=typed)
        for action, typed in (
            (review_settings.STOP_ACTION, _review_stop),
            (review_settings.DAY_ACTION, _review_day),
            (review_settings.TIME_ACTION, bool),
        )
    ),
)
