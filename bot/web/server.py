"""The WSGI app: POST /slack/events into Bolt, the health checks, and any route other modules mount.

To mount a route (e.g. the Google OAuth callback), add one line to `register_routes` below:
    web.route("GET", "/google/callback", google.callback)   # callback(request, services) -> HttpResponse
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from slack_bolt import App
from slack_bolt.request import BoltRequest

from bot.edge.shape import retired, well_formed
from bot.web import health, oauth
from bot.web.http import HttpRequest, HttpResponse, Route
from bot.web.signature import signed_by_slack

if TYPE_CHECKING:
    from bot.edge.services import Services

log = logging.getLogger(__name__)

MAX_BODY = 1 << 20  # Slack's payloads are far smaller; anything bigger is not Slack
# How much of a too-large body is read and dropped before the 413, so that a client still sending it gets
# the answer instead of a broken pipe; beyond this the connection is simply left to close.
MAX_DRAIN = 4 << 20
SLACK_PATH = "/slack/events"
REASONS = {
    200: "OK", 204: "No Content", 302: "Found", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
    405: "Method Not Allowed", 411: "Length Required", 413: "Payload Too Large", 500: "Internal Server Error",
    503: "Service Unavailable",
}  # fmt: skip


def register_routes(web: Web) -> None:
    """Routes besides Slack's; one line per module."""
    health.register_health(web)  # GET /healthz, /readyz, /metrics
    web.route("GET", "/google/connect", oauth.connect)  # "Connect Google Calendar" → Google
    web.route("GET", "/google/callback", oauth.callback)  # Google → Jane: store the grant


class Web:
    """A small WSGI app; gunicorn (`jane serve`) or any WSGI server runs it."""

    def __init__(
        self, bolt: App | None, services: Services, *, routes: Callable[[Web], None] = register_routes
    ):
        """Slack's route when there is a Bolt app, and those `routes` registers."""
        self.bolt = bolt
        self.services = services
        self.routes: dict[tuple[str, str], Route] = {}
        if bolt is not None:
            self.route("POST", SLACK_PATH, self._slack)
        routes(self)

    def route(self, method: str, path: str, handler: Route) -> None:
        self.routes[(method.upper(), path)] = handler

    def __call__(self, environ: dict[str, Any], start_response) -> Iterable[bytes]:
        response = self._respond(environ)
        body = response.body
        if isinstance(body, dict):
            body = json.dumps(body)
        payload = body.encode() if isinstance(body, str) else body
        headers = [(name, value) for name, value in response.headers.items()]
        headers.append(("content-length", str(len(payload))))
        start_response(f"{response.status} {REASONS.get(response.status, 'Status')}", headers)
        return [payload]

    def _respond(self, environ: dict[str, Any]) -> HttpResponse:
        method, path = environ.get("REQUEST_METHOD", "GET").upper(), environ.get("PATH_INFO", "")
        handler = self.routes.get((method, path))
        if handler is None:
            known = any(route_path == path for _, route_path in self.routes)
            return HttpResponse.text(405 if known else 404, "method not allowed" if known else "not found")
        try:
            request = _read(environ, method, path)
        except _BadRequest as error:
            return HttpResponse.text(error.status, str(error))
        try:
            return handler(request, self.services)
        except Exception:
            log.exception("%s %s failed", method, path)
            return HttpResponse.text(500, "internal error")

    def _slack(self, request: HttpRequest, services: Services) -> HttpResponse:
        # The signature first: what Slack did not sign is refused before any of it is parsed.
        if not signed_by_slack(services.settings.slack_signing_secret or "", request.headers, request.body):
            return HttpResponse.text(401, "invalid request signature")
        try:
            text = request.body.decode("utf-8")
            # Bolt only reads the query, but types it as an invariant Dict[str, Sequence[str]].
            bolt_request = BoltRequest(
                body=text,
                query=request.query,  # type: ignore[arg-type]
                headers=dict(request.headers),
            )
        except Exception:  # not UTF-8, not JSON, a `payload=` that is not JSON …
            return HttpResponse.text(400, "malformed request")
        if retired(bolt_request.body):
            return HttpResponse.text(200, "")
        if not well_formed(bolt_request.body):
            log.info("refused a signed Slack payload that Bolt could not read (400)")
            return HttpResponse.text(400, "malformed request")
        assert self.bolt is not None  # the route exists only with a Bolt app
        response = self.bolt.dispatch(bolt_request)
        headers = {name: values[0] for name, values in response.headers.items() if values}
        return HttpResponse(response.status, response.body or "", headers)


class _BadRequest(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _read(environ: dict[str, Any], method: str, path: str) -> HttpRequest:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise _BadRequest(400, "bad content-length") from None
    if length > MAX_BODY:
        if length <= MAX_DRAIN:
            _drain(environ["wsgi.input"], length)
        raise _BadRequest(413, "request too large")
    body = environ["wsgi.input"].read(length) if length > 0 else b""
    headers = {
        key[5:].lower().replace("_", "-"): value for key, value in environ.items() if key.startswith("HTTP_")
    }
    if environ.get("CONTENT_TYPE"):
        headers["content-type"] = environ["CONTENT_TYPE"]
    headers["content-length"] = str(length)
    return HttpRequest(method, path, parse_qs(environ.get("QUERY_STRING", "")), headers, body)


def _drain(stream, length: int) -> None:
    while length > 0:
        chunk = stream.read(min(length, 1 << 16))
        if not chunk:
            return
        length -= len(chunk)
