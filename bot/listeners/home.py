"""App Home: publish the person's Home when they open the tab (and handlers refresh it when things change)."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltResponse

from bot.edge.handoff import accept, route
from bot.edge.incoming import Incoming
from bot.edge.services import Services, Unit
from storage.models import Person

HOME = "home"


def register(app: App) -> None:
    route(HOME, publish)
    app.event("app_home_opened")(on_home_opened)


def on_home_opened(ack: Ack, body: dict, event: dict, services: Services) -> BoltResponse | None:
    # The Messages tab fires the same event; only the Home tab has a view to publish.
    if event.get("tab", "home") == "home" and services.home_view is not None:
        return accept(services, ack, Incoming.from_event(body, event), body, HOME)
    return None


def publish(unit: Unit, person: Person, incoming: Incoming) -> None:
    """Re-arm the person's Home row; the sender builds the view from the database when it sends it."""
    unit.notify.refresh_home(person)
