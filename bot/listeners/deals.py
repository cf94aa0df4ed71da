"""/deal, the deal modal, and the App Home's Update and New deal buttons, which open it.

Every command, click and submission is re-checked on the server: a VA acts only for their own clients
(an admin for all), and a client only ever sees their own deals, and only while their phase allows it.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltResponse

from bot.edge.handoff import After, accept, answer, on_action, on_command, open_modal, route
from bot.edge.incoming import Incoming
from bot.edge.services import Services, Unit
from bot.settings import Settings
from bot.slack import deal_views, render
from handlers.core import messages
from handlers.core.mrkdwn import MENTION
from handlers.core.reply import Reply, record_id
from handlers.deals import edits as deal_edits
from handlers.deals import form as deal_form
from handlers.deals import home as deal_home
from handlers.deals.form import DealForm
from handlers.deals.stages import configured
from storage.models import Deal, Person
from storage.repositories import deals as repo
from storage.repositories import people

log = logging.getLogger(__name__)

COMMAND = "/deal"


def register(app: App) -> None:
    app.command(COMMAND)(on_command("deal:command", open_picker))
    app.action(render.action_pattern(deal_home.NEW))(on_action("deal:new", open_picker))
    app.action(render.action_pattern(deal_home.UPDATE))(on_action("deal:update", open_deal))
    route(SAVE, save)
    app.view(deal_views.VIEW)(on_submit)


SAVE = "deal:save"


def on_submit(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], services: Services
) -> BoltResponse | None:
    """Mistakes in the form are shown in the modal at once (no database needed); the save runs after."""
    form = _form(view, services.settings)
    if form is None:  # a state shaped unlike Slack's: no 500 (Slack would retry it)
        log.warning("ignored a deal form submission whose state is malformed")
        ack()
        return None
    if form.errors:
        ack(response_action="errors", errors=form.errors)  # field names are the modal's block ids
        return None
    return accept(services, ack, Incoming.from_view(body, view), body, SAVE)


def _form(view: dict[str, Any], settings: Settings) -> DealForm | None:
    try:
        picked, texts = deal_views.read(view)
    except (AttributeError, TypeError):
        return None
    return deal_form.read_form(picked, texts, configured(settings))


def open_picker(unit: Unit, person: Person, incoming: Incoming) -> After | None:
    """/deal [@client]: the modal offers only the clients this person serves (an admin: every client)."""
    if not (person.is_va or person.is_admin):
        _refuse(unit, incoming, messages.DEAL_VA_ONLY)
        return None
    served = people.clients(unit.session, None if person.is_admin else person)
    named = MENTION.search(incoming.text or "")
    if named:
        target = people.find(unit.session, named.group(1), incoming.team_id)
        served = [profile for profile in served if target is not None and profile.person_id == target.id]
        if not served:
            _refuse(unit, incoming, messages.DEAL_NOT_YOURS)
            return None
    if not served:
        _refuse(unit, incoming, messages.DEAL_NO_CLIENTS)
        return None
    pipe = configured(unit.services.settings)
    by_client: dict[int, list[Deal]] = {}
    for deal in repo.open_for_va(unit.session, person, pipe.closed_ids):
        by_client.setdefault(deal.client_id, []).append(deal)
    choices = [
        deal_views.ClientDeals(p.person_id, p.person.label, by_client.get(p.person_id, ())) for p in served
    ]
    return _opener(unit, incoming, deal_views.pick_modal(choices, pipe))


def open_deal(unit: Unit, person: Person, incoming: Incoming) -> After | None:
    """The App Home's Update: the deal's modal, only for its client's VA or an admin."""
    deal_id = record_id(incoming.value)
    deal = repo.served_by(unit.session, person, deal_id) if deal_id is not None else None
    if deal is None:
        _refuse(unit, incoming, messages.DEAL_NOT_YOURS)
        return None
    client = people.get(unit.session, deal.client_id)
    assert client is not None, "a deal's client row outlives it (the foreign key cascades)"
    return _opener(
        unit, incoming, deal_views.deal_modal(deal, client.label, configured(unit.services.settings))
    )


def save(unit: Unit, person: Person, incoming: Incoming) -> None:
    """Save a submitted deal form: read again from the kept submission, which was checked at the ack."""
    form = _form(incoming.extra.get("view") or {}, unit.services.settings)
    if form is None or form.errors:
        return
    reply = deal_edits.save(unit.context(person), form)
    answer(unit, incoming, reply, key=f"answer:{incoming.key}")


def _opener(unit: Unit, incoming: Incoming, view: dict[str, Any]) -> After:
    return open_modal(unit, incoming, view)


def _refuse(unit: Unit, incoming: Incoming, text: str) -> None:
    answer(unit, incoming, Reply(text, ephemeral=True), key=f"answer:{incoming.key}")
