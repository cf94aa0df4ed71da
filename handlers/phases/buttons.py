"""The phase buttons: "Ask my VA about Phase N" (from the gate's refusal and the App Home), and a
proposal's Accept and Decline."""

from __future__ import annotations

from handlers.core.buttons import ButtonAction, Click
from handlers.core.context import Context
from handlers.core.reply import Reply
from handlers.phases import commands, trust

PROPOSALS_SHOWN = "/home lists the proposals waiting for you"


def ask_about_phase(ctx: Context, click: Click) -> Reply:
    return commands.request(ctx, click.value)


def decide(accept: bool):
    """Accept or Decline; once the proposal is closed, its card shows the outcome instead of the buttons."""

    def handle(ctx: Context, click: Click) -> Reply | None:
        reply = commands.decide(ctx, click.value, accept)
        card = click.card
        if not (reply.extras.get(trust.SETTLED) and card.channel and card.ts):
            return reply
        # Keyed by the card, so only the first outcome is ever shown on it.
        ctx.notify.update(
            card.channel, card.ts, Reply(reply.text), key=f"phase-card:{card.channel}:{card.ts}"
        )
        return None

    return handle


BUTTONS = (
    ButtonAction(commands.REQUEST, "/ask", ask_about_phase, numbers="the phase you'd like: 2 or 3"),
    ButtonAction(trust.ACCEPT, "/accept", decide(accept=True), numbers=PROPOSALS_SHOWN),
    ButtonAction(trust.DECLINE, "/decline", decide(accept=False), numbers=PROPOSALS_SHOWN),
)
