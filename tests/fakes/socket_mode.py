"""A local fake of Slack's Socket Mode WebSocket endpoint on 127.0.0.1: says hello, sends envelopes, records
the acks the app sends back.

    with FakeSocketMode() as socket_mode, FakeSlack() as slack:
        slack.socket_mode_url = socket_mode.url     # apps.connections.open answers with it
        ...                                         # the app connects
        socket_mode.wait_connected()
        envelope_id = socket_mode.send(payloads.message_event("U…", "hi"))   # an events_api envelope
        socket_mode.wait_for_ack(envelope_id)       # {"envelope_id": …, "payload"?: …}

Envelopes have Slack's shape: {"envelope_id", "type", "payload", "accepts_response_payload"} plus, for
events, "retry_attempt" and "retry_reason". The kind follows the payload, as Slack's does: an
event_callback is "events_api", a slash command's fields "slash_commands", anything else "interactive".
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

APP_ID = "A0JANE001"


class FakeSocketMode:
    """The fake WebSocket server; thread-safe; start() / stop() or use it as a context manager."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._connections: list[ServerConnection] = []
        self._acks: list[dict[str, Any]] = []
        self._server = serve(self._session, "127.0.0.1", 0, compression=None, server_header=None)
        self._thread: threading.Thread | None = None

    # --- lifecycle ----------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """What apps.connections.open answers: where the app opens its WebSocket."""
        host, port = self._server.socket.getsockname()[:2]
        return f"ws://{host}:{port}/link/?ticket=test-ticket&app_id={APP_ID}"

    def start(self) -> FakeSocketMode:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()

    def __enter__(self) -> FakeSocketMode:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- talking to the app -------------------------------------------------------------------------------

    def send(
        self,
        payload: dict[str, Any],
        *,
        envelope_id: str | None = None,
        retry_attempt: int = 0,
        retry_reason: str = "",
    ) -> str:
        """Send one envelope over the open connection; its envelope id (new unless given, as for a retry)."""
        envelope_id = envelope_id or str(uuid.uuid4())
        kind = _kind(payload)
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "payload": payload,
            "type": kind,
            "accepts_response_payload": kind != "events_api",
        }
        if kind == "events_api":
            envelope |= {"retry_attempt": retry_attempt, "retry_reason": retry_reason}
        self._connection().send(json.dumps(envelope))
        return envelope_id

    def wait_connected(self, timeout: float = 5.0) -> None:
        self._wait(lambda: self._connections, timeout, "no Socket Mode connection was opened")

    def wait_for_ack(self, envelope_id: str, count: int = 1, timeout: float = 5.0) -> dict[str, Any]:
        """The app's `count`-th acknowledgement of that envelope (one per delivery of it)."""
        acks = self._wait(
            lambda: len(found := self._acks_of(envelope_id)) >= count and found,
            timeout,
            f"envelope {envelope_id} was not acknowledged {count} time(s)",
        )
        return acks[count - 1]

    def acks(self, envelope_id: str | None = None) -> list[dict[str, Any]]:
        """Every message the app sent (acks), in order; only those for `envelope_id` when given."""
        with self._lock:
            return list(self._acks) if envelope_id is None else self._acks_of(envelope_id)

    @property
    def connections(self) -> int:
        """How many connections are open now."""
        with self._lock:
            return len(self._connections)

    # --- the server side ----------------------------------------------------------------------------------

    def _session(self, connection: ServerConnection) -> None:
        connection.send(json.dumps(_hello()))
        with self._lock:
            self._connections.append(connection)
            self._lock.notify_all()
        try:
            for message in connection:
                ack = json.loads(message)
                with self._lock:
                    self._acks.append(ack if isinstance(ack, dict) else {"_raw": ack})
                    self._lock.notify_all()
        except ConnectionClosed:
            pass
        finally:
            with self._lock:
                self._connections.remove(connection)
                self._lock.notify_all()

    def _acks_of(self, envelope_id: str) -> list[dict[str, Any]]:
        return [a for a in self._acks if a.get("envelope_id") == envelope_id]

    def _connection(self) -> ServerConnection:
        with self._lock:
            if not self._connections:
                raise AssertionError("the app has no open Socket Mode connection")
            return self._connections[-1]

    def _wait(self, predicate: Callable[[], Any], timeout: float, failure: str) -> Any:
        deadline = time.monotonic() + timeout
        with self._lock:
            while not (value := predicate()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"{failure} within {timeout}s; acks so far: {self._acks}")
                self._lock.wait(remaining)
            return value


def _kind(payload: dict[str, Any]) -> str:
    if payload.get("type") == "event_callback":
        return "events_api"
    if "command" in payload and "type" not in payload:
        return "slash_commands"
    return "interactive"


def _hello() -> dict[str, Any]:
    return {
        "type": "hello",
        "num_connections": 1,
        "debug_info": {"host": "applink-test", "build_number": 1, "approximate_connection_time": 18060},
        "connection_info": {"app_id": APP_ID},
    }
