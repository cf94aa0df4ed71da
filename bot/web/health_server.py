"""/healthz, /readyz and /metrics on a port of their own: for Socket Mode and `jane worker`, which serve no
Slack HTTP (bot/web/health.py answers them)."""

from __future__ import annotations

import logging
import threading
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from bot.web.health import register_health
from bot.web.server import Web

if TYPE_CHECKING:
    from bot.edge.services import Services

log = logging.getLogger(__name__)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args) -> None:  # probes every few seconds would drown the log
        pass


class HealthServer:
    """/healthz, /readyz and /metrics on their own port, in a background thread."""

    def __init__(self, services: Services, host: str, port: int) -> None:
        web = Web(None, services, routes=register_health)
        self.server = make_server(
            host, port, web, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
        )
        self.thread = threading.Thread(target=self.server.serve_forever, name="jane-health", daemon=True)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def start(self) -> HealthServer:
        self.thread.start()
        log.warning(
            "health checks on http://%s:%s/healthz, /readyz and /metrics", *self.server.server_address[:2]
        )
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
