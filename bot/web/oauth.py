"""The "Connect Google Calendar" web routes on `jane serve`'s HTTP server (README: "The connect link").

GET /google/connect?t=…  → the signed one-time link is checked and spent; 302 to Google's consent page, with
    a cookie that proves, at the callback, that the sign-in came back to the browser that opened the link.
GET /google/callback?state=…&code=…  → the state is spent; the code traded for tokens; the Google account
    compared with the client's email; the grant stored encrypted or nothing stored; the client (and on a
    wrong account, their VA) told in Slack; a plain page.
Any process behind the load balancer can serve either step, since every pending state lives in the database.
"""

from __future__ import annotations

import html
import logging
from http.cookies import CookieError, SimpleCookie

from bot.edge.services import Services
from bot.web.http import HttpRequest, HttpResponse
from handlers.calendar.connection import tell_connected, tell_wrong_account
from handlers.core import messages
from integrations.sentences import CONNECT_DENIED, CONNECT_EXPIRED, CONNECT_NOT_SET_UP, CONNECT_WRONG_ACCOUNT
from storage.repositories import people

log = logging.getLogger(__name__)

COOKIE = "jane_google_connect"


def connect(request: HttpRequest, services: Services) -> HttpResponse:
    if not services.settings.google_oauth_client_file:
        return page(404, CONNECT_NOT_SET_UP)
    from integrations import google_oauth  # Google's OAuth libraries load only where they are used

    try:
        with services.sessions.begin() as session:
            started = google_oauth.open_link(session, services.settings, _one(request, "t"))
    except google_oauth.ConnectError as error:
        log.info("Google connect link refused: %s", error)
        return page(400, str(error))
    headers = {"location": started.url, "cache-control": "no-store", "set-cookie": _cookie(services, started)}
    return HttpResponse(302, b"", headers)


def callback(request: HttpRequest, services: Services) -> HttpResponse:
    settings = services.settings
    if not settings.google_oauth_client_file:
        return page(404, CONNECT_NOT_SET_UP)
    if _one(request, "error"):  # the person said no on Google's page
        return page(400, CONNECT_DENIED)
    from integrations import google_oauth
    from integrations.google_identity import same_account

    state = _one(request, "state")
    try:
        with services.sessions.begin() as session:  # spent first: once, whatever follows
            pending = google_oauth.spend(session, state)
        google_oauth.require_same_browser(settings, pending, _browser_proof(request))
        grant = google_oauth.exchange(settings, pending, _one(request, "code"))
    except google_oauth.ConnectError as error:
        log.info("Google connect refused: %s", error)
        return page(400, str(error))
    with services.unit_of_work() as unit:
        client = people.get(unit.session, pending.client_id)
        if client is None or client.client is None:  # no longer a client since the link was made
            return page(400, CONNECT_EXPIRED)
        if not same_account(client.email, grant.email):
            log.info("Google connect for client %s refused: signed in as another account", client.user_id)
            tell_wrong_account(unit.notify, client, grant.email, key=state)
            return page(403, CONNECT_WRONG_ACCOUNT)
        google_oauth.store(settings, client, grant)
        tell_connected(unit.notify, client, key=state)
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


def _cookie(services: Services, started) -> str:
    """The browser's proof for this sign-in: only sent back to Jane's Google pages, never to scripts."""
    from integrations.connect_link import browser_proof
    from integrations.google_oauth import SIGN_IN_LIFETIME
    from integrations.google_settings import sealing_secret

    proof = browser_proof(sealing_secret(services.settings), started.state)
    secure = "; Secure" if str(services.settings.public_url).startswith("https://") else ""
    seconds = int(SIGN_IN_LIFETIME.total_seconds())
    # SameSite=Lax: the cookie still comes back on the top-level redirect from Google to the callback.
    return f"{COOKIE}={proof}; Max-Age={seconds}; Path=/google/; HttpOnly; SameSite=Lax{secure}"


def _browser_proof(request: HttpRequest) -> str | None:
    try:
        morsel = SimpleCookie(request.headers.get("cookie", "")).get(COOKIE)
    except CookieError:
        return None
    return morsel.value if morsel is not None else None


def _one(request: HttpRequest, name: str) -> str:
    values = request.query.get(name) or [""]
    return values[0][:500]
