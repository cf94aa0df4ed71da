"""The people form: the stranger notice's "Add as client" / "Add as VA" and the App Home's Add and Change
open it; its submission adds, changes or removes the person (handlers/people/roster.py, admins only).
Slack's `user_change` event keeps the names, time zones and emails of people Jane knows current.

Who a new person is comes from Slack's users.info, asked after the unit of work has committed (no Web API
call holds a transaction open), just before the form opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.edge.handoff import accept, answer, on_action, route
from bot.edge.incoming import Incoming
from bot.edge.services import SLACK_SIDE, Services, Unit
from bot.slack import people_views, render
from handlers.core import messages
from handlers.core.reply import Reply
from handlers.people import roster
from handlers.people.buttons import ADD, EDIT
from storage.models import Person
from storage.repositories import people

log = logging.getLogger(__name__)


SAVE, PROFILE = "people:save", "people:profile"


def register(app: App) -> None:
    app.action(render.action_pattern(ADD))(on_action("people:add", open_add))
    app.action(render.action_pattern(EDIT))(on_action("people:change", open_change))
    route(SAVE, save)
    app.view(people_views.VIEW)(on_submit)
    route(PROFILE, refresh, strangers=False)
    app.event("user_change")(on_user_change)


def open_add(unit: Unit, person: Person, incoming: Incoming) -> Callable[[], object] | None:
    if not person.is_admin:
        _refuse(unit, incoming)
        return None
    role, _, user_id = (incoming.value or "").partition(":")
    role = roster.VA if role == roster.VA else roster.CLIENT
    client, trigger_id = unit.services.client, incoming.trigger_id
    assert client is not None, SLACK_SIDE

    def open_form() -> object:
        profile = slack_profile(client, user_id) if user_id else roster.Profile()
        return client.views_open(
            trigger_id=trigger_id, view=people_views.form(user_id or None, role, profile)
        )

    return open_form


def open_change(unit: Unit, person: Person, incoming: Incoming) -> Callable[[], object] | None:
    target = people.find(unit.session, incoming.value or "")
    if not person.is_admin or target is None:
        _refuse(unit, incoming)
        return None
    role = roster.CLIENT if target.client is not None else roster.VA
    va = target.client.va.user_id if target.client is not None and target.client.va else None
    profile = roster.Profile(target.name, target.tz, target.email)
    view = people_views.form(target.user_id, role, profile, changing=True, current_va=va)
    client, trigger_id = unit.services.client, incoming.trigger_id
    assert client is not None, SLACK_SIDE
    return lambda: client.views_open(trigger_id=trigger_id, view=view)


def on_submit(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], services: Services
) -> BoltResponse | None:
    """Mistakes in the form are shown in it at once; the save is kept and runs after the ack."""
    change, _, errors = people_views.read(view)
    if errors or change is None:
        ack(response_action="errors", errors=errors)
        return None
    return accept(services, ack, Incoming.from_view(body, view), body, SAVE)


def save(unit: Unit, person: Person, incoming: Incoming) -> None:
    change, profile, _ = people_views.read(incoming.extra["view"])
    if change is not None:
        reply = roster.save(unit.context(person), change, profile)
        answer(unit, incoming, reply, key=f"answer:{incoming.key}")


def on_user_change(
    ack: Ack, body: dict[str, Any], event: dict[str, Any], services: Services
) -> BoltResponse | None:
    user = _user(event)
    if not isinstance(user.get("id"), str):
        ack()
        return None
    return accept(services, ack, Incoming.from_event(body, event), body, PROFILE)


def refresh(unit: Unit, person: Person, incoming: Incoming) -> None:
    """The profile of someone Jane knows changed (a stranger's change is dropped before this runs)."""
    roster.refresh(unit.context(person), person.user_id, profile_of(incoming.extra.get("profile") or {}))


def _user(event: dict[str, Any]) -> dict[str, Any]:
    found = event.get("user")
    return found if isinstance(found, dict) else {}


def slack_profile(client: WebClient, user_id: str) -> roster.Profile:
    """users.info, as far as Slack answers; the form still opens (with less filled in) when it does not."""
    try:
        return profile_of(client.users_info(user=user_id)["user"])
    except (SlackApiError, KeyError, TypeError):
        log.warning("users.info did not say who %s is; the people form opens without their profile", user_id)
        return roster.Profile()


def profile_of(user: dict[str, Any]) -> roster.Profile:
    """Name, time zone and email from a Slack user object."""
    found = user.get("profile")
    details: dict[str, Any] = found if isinstance(found, dict) else {}

    def text(value: object) -> str | None:
        return value.strip() if isinstance(value, str) and value.strip() else None

    name = text(details.get("real_name")) or text(user.get("real_name")) or text(user.get("name"))
    return roster.Profile(name=name, tz=text(user.get("tz")), email=text(details.get("email")))


def _refuse(unit: Unit, incoming: Incoming) -> None:
    answer(unit, incoming, Reply(messages.PEOPLE_ADMINS_ONLY, ephemeral=True), key=f"answer:{incoming.key}")
