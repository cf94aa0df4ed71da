"""The "Connect Google Calendar" web routes on `jane serve`'s HTTP server.

GET /google/connect?state=…  → 302 to Google's consent page (state and PKCE challenge from the database)
GET /google/callback?state=…&code=…  → tokens stored encrypted; the client is told in Slack; a plain page.
Any process behind the load balancer can serve either step, since the pending state lives in the database.
"""

from __future__ import annotations

import html
import logging

from bot.edge.services import Services
from bot.web.http import HttpRequest, HttpResponse
from handlers.core import messages
from handlers.core.reply import Reply
from integrations.sentences import CONNECT_DENIED, CONNECT_NOT_SET_UP

log = logging.getLogger(__name__)


def connect(request: HttpRequest, services: Services) -> HttpResponse:
    if not services.settings.google_oauth_client_file:
        return page(404, CONNECT_NOT_SET_UP)
    from integrations import google_oauth  # Google's OAuth libraries load only where they are used

    try:
        with services.sessions.begin() as session:
            url = google_oauth.authorization_url(session, services.settings, _one(request, "state"))
    except google_oauth.ConnectError as error:
        return page(400, str(error))
    return HttpResponse(302, b"", {"location": url, "cache-control": "no-store"})


def callback(request: HttpRequest, services: Services) -> HttpResponse:
    if not services.settings.google_oauth_client_file:
        return page(404, CONNECT_NOT_SET_UP)
    if _one(request, "error"):  # the person said no on Google's page
        return page(400, CONNECT_DENIED)
    from integrations import google_oauth

    state = _one(request, "state")
    try:
        # Three steps, so that no transaction waits on Google: spend the state, trade the code, store.
        with services.sessions.begin() as session:
            pending = google_oauth.spend(session, state)
        grant = google_oauth.exchange(services.settings, pending, _one(request, "code"))
        with services.unit_of_work() as unit:
            client = google_oauth.store(unit.session, services.settings, grant)
            unit.notify.tell(client, Reply(messages.CAL_CONNECTED), key=f"calendar-connected:{state}")
            unit.notify.refresh_home(client)
    except google_oauth.ConnectError as error:
        log.info("Google connect refused: %s", error)
        return page(400, str(error))
    return page(200, messages.CAL_CONNECTED_PAGE)


def page(status: int, sentence: str) -> HttpResponse:
    """A minimal HTML page with one sentence (the browser tab the person lands on)."""
    title = html.escape(messages.CAL_CONNECT_PAGE_TITLE)
    body = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><p>{html.escape(sentence)}</p></body></html>"
    )
    return HttpResponse(
        status, body, {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"}
    )


def _one(request: HttpRequest, name: str) -> str:
    values = request.query.get(name) or [""]
    return values[0][:500]
