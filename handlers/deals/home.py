"""The deals section of the App Home: a VA's clients' open deals with Update buttons; a client's own.

Each list is read scoped in the repository: a VA's by the clients they serve (an admin's: everyone's), a
client's by their own id, and only when the client holds sales tracking.
"""

from __future__ import annotations

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.home import MAX_ITEMS, Item, Section
from handlers.core.reply import Button
from handlers.deals.stages import configured
from handlers.deals.text import deal_name, details, mention_or_someone
from handlers.phases.duties import is_granted
from storage.repositories import deals as repo
from storage.repositories import people

UPDATE = "deal.update"  # an App Home button: open the deal modal for one deal (value: the deal id)
NEW = "deal.new"  # an App Home button: open the deal modal to add a deal


def home_section(ctx: Context) -> Section | None:
    """Open deals for a VA or admin (with buttons) or for a client who holds sales tracking."""
    pipe = configured(ctx.settings)
    if ctx.asker.is_va or ctx.asker.is_admin:
        found = repo.open_for_va(ctx.session, ctx.asker, pipe.closed_ids)
        if not found:
            return None  # nothing to keep up to date yet; /deal adds the first one
        clients = {deal.client_id: people.get(ctx.session, deal.client_id) for deal in found}
        items = [
            Item(
                f"{mention_or_someone(clients[deal.client_id])} · "
                + messages.DEAL_HOME_LINE.format(name=deal_name(deal), details=details(deal, pipe, ctx.zone)),
                (Button(messages.DEAL_HOME_UPDATE, UPDATE, str(deal.id)),),
            )
            for deal in found[:MAX_ITEMS]
        ]
        add = Item(messages.DEAL_HOME_COUNT.format(count=len(found)), (Button(messages.DEAL_HOME_ADD, NEW),))
        return Section(messages.DEAL_HOME_TITLE, (add, *items))
    profile = ctx.client
    if profile is None or not is_granted("sales_tracking", profile.phase, profile.override_map):
        return None  # nothing is read for a client whose phase does not include deals
    found = repo.open_for_client(ctx.session, ctx.asker, pipe.closed_ids)
    lines = [
        messages.DEAL_HOME_LINE.format(name=deal_name(d), details=details(d, pipe, ctx.zone)) for d in found
    ]
    return Section(messages.DEAL_HOME_TITLE, (Item("\n".join(lines) or messages.DEAL_HOME_NONE),))
