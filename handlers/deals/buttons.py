"""The deals' buttons: a client's "which deal?" choices, and a VA's App Home Update and New deal, which
open the deal form in Slack (the console types `/deal N STAGE [note]` and `/deal new @client STAGE NAME`)."""

from __future__ import annotations

from handlers.core import conversation as state
from handlers.core.buttons import ButtonAction, Click
from handlers.core.context import Context
from handlers.core.reply import Reply
from handlers.deals import home, status
from handlers.phases import gate

CHOICES_SHOWN = "the number is on the deal's button when Jane asks which one"


def pick(ctx: Context, click: Click) -> Reply | None:
    """A "which deal?" button: the gate again (phases change), then the deal only if it is the clicker's,
    shown in the conversation it was asked in (to the clicker alone in a channel, and to them alone for
    a refusal); the conversation then talks about that deal."""
    refusal = gate.check(ctx.asker, status.PICK_ASK)
    reply = refusal or status.pick(ctx, click.value)
    state.note(ctx, reply)
    if refusal is not None or reply.ephemeral or not ctx.thread.channel or ctx.thread.shared:
        return reply
    ctx.notify.post(ctx.thread, reply, key=f"deal-pick:{click.key}")
    return None


BUTTONS = (
    ButtonAction(status.PICK, "/pick", pick, numbers=CHOICES_SHOWN),
    ButtonAction(home.UPDATE, "/deal", None),
    ButtonAction(home.NEW, "/deal new", None),
)
