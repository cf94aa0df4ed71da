"""The calendar's buttons: a booking draft's Confirm and Reject (with the reason for the client), "Book it"
on an availability answer that offered a booking, and the App Home's "Connect Google Calendar", which
sends a fresh sign-in link by DM."""

from __future__ import annotations

from handlers.calendar import booking, offer
from handlers.calendar.home import CONNECT_LINK
from handlers.calendar.problems import link_reply
from handlers.core import messages
from handlers.core.buttons import ButtonAction, Click, NoteFirst, on_record
from handlers.core.context import Context
from handlers.queue.booking_card import CONFIRM, REJECT

REJECT_REASON = NoteFirst(
    verb="reject", title=messages.CAL_REJECT_MODAL_TITLE, submit=messages.CAL_REJECT_MODAL_SUBMIT,
    label=messages.CAL_REJECT_MODAL_REASON, hint=messages.CAL_REJECT_MODAL_REASON_HINT,
    required=True,  # the client is told why
)  # fmt: skip


def send_connect_link(ctx: Context, click: Click) -> None:
    """Connect / Reconnect: a fresh one-time link, by DM, to the client who clicked (and only to them)."""
    reply = link_reply(ctx, ctx.asker)
    if reply is not None:
        ctx.notify.tell(ctx.asker, reply, key=f"calendar-connect:{click.key}")


BUTTONS = (
    ButtonAction(
        CONFIRM,
        "/confirm",
        on_record(lambda ctx, request, _: booking.confirm(ctx, request), messages.BUTTON_OUT_OF_DATE),
    ),
    ButtonAction(REJECT, "/reject", on_record(booking.reject, messages.BUTTON_OUT_OF_DATE), REJECT_REASON),
    ButtonAction(
        offer.BOOK_OFFER, "/book", offer.take_up, numbers="the number is on Jane's offer to book it"
    ),
    # The console never sets up Google sign-in, so it never shows this one.
    ButtonAction(CONNECT_LINK, None, send_connect_link),
)
