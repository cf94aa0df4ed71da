"""GET /healthz, /readyz and /metrics, on `jane serve`'s HTTP server or on a small one of their own
(`--health-port`, for Socket Mode and `jane worker`, which serve no HTTP otherwise).

/healthz says the process and its database answer (restart me if not); /readyz says Jane can do her
work (send me traffic if so): the schema is the one this code expects, Slack told her who she is, and
Slack has not refused her token.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from bot.telemetry import metrics
from bot.web.http import HttpRequest, HttpResponse
from storage import migrate
from storage.db import database_answers

if TYPE_CHECKING:
    from bot.edge.services import Services
    from bot.web.server import Web  # the server registers these routes on itself

log = logging.getLogger(__name__)


def register_health(web: Web) -> None:
    web.route("GET", "/healthz", healthz)
    web.route("GET", "/readyz", readyz)
    web.route("GET", "/metrics", metrics_page)


def healthz(request: HttpRequest, services: Services) -> HttpResponse:
    # On the ack path's engine, whose waits are short: a probe must answer fast, busy database or not.
    engine = services.ack_sessions.kw["bind"] if services.ack_sessions is not None else services.engine
    if database_answers(engine):
        return HttpResponse.json(200, {"ok": True, "database": "ok"})
    return HttpResponse.json(503, {"ok": False, "database": "unreachable"})


def readyz(request: HttpRequest, services: Services) -> HttpResponse:
    checks, reasons = {}, []
    for name, check in (("schema", _schema), ("slack", _slack)):
        state, reason = check(services)
        checks[name] = state
        if reason:
            reasons.append(reason)
    if reasons:
        return HttpResponse.json(503, {"ok": False, **checks, "reason": "; ".join(reasons)})
    return HttpResponse.json(200, {"ok": True, **checks})


def metrics_page(request: HttpRequest, services: Services) -> HttpResponse:
    body, content_type = metrics.exposition(services.sessions, services.clock)
    return HttpResponse(200, body, {"content-type": content_type})


def _schema(services: Services) -> tuple[str, str | None]:
    try:
        revision = migrate.current(services.engine)
    except SQLAlchemyError:
        return "unreachable", "the database does not answer"
    if revision == migrate.head():
        return "current", None
    if revision is not None and not migrate.is_known(revision):
        return "newer", f"the database is at revision {revision}, newer than this code ({migrate.head()})"
    return "older", f"the database is at revision {revision or 'none'}; run `jane db upgrade`"


def _slack(services: Services) -> tuple[str, str | None]:
    if services.token_state.refusal is None and not services.identity_known:
        try:
            services.identity()  # auth.test: serve asks at start-up, so this is only a retry after a failure
        except Exception as error:
            log.warning("readyz: Slack's auth.test failed: %s", error.__class__.__name__)
    refusal = services.token_state.refusal
    if refusal is not None:
        return refusal, f"Slack refused the bot token ({refusal})"
    if not services.identity_known:
        return "unknown", "Slack has not said who Jane is yet (auth.test failed)"
    return "ok", None
