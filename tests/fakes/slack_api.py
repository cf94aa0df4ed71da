"""A local fake of Slack's Web API on 127.0.0.1: records every call, answers like Slack, fails on demand.

    with FakeSlack() as slack:                      # SLACK_API_URL = slack.url
        slack.fail("chat.postMessage", status=429, retry_after=1)   # the next call gets a 429 …
        slack.fail("chat.postMessage", status=500)                  # … and the one after that a 500
        slack.delay("chat.update", 0.5)                             # every chat.update waits half a second
        slack.calls("chat.postMessage")                             # the calls Slack accepted, in order

Messages posted and updated are kept, so `slack.message(channel, ts)` shows what people see now; their
ts are seconds of the real clock, as Slack's are. Message metadata is kept with them, and
`conversations.history` / `conversations.replies` answer as Slack does: newest first (replies: the thread in
order), `oldest` and `limit` honoured with a cursor, metadata only with `include_all_metadata`.
`slack.drop_answers(method)` makes Slack do a call but the answer never arrive (as when a process dies).
Response URLs (`slack.response_url(name)`) are served too and recorded as method "response_url".
`apps.connections.open` (app-level tokens only) answers `slack.socket_mode_url` (tests.fakes.socket_mode).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER_ID, BOT_ID, TEAM_ID = "UJANE0001", "BJANE0001", "T0TEST001"


@dataclass(frozen=True)
class Call:
    """One request the fake received and how it answered."""

    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    token: str | None = None
    at: float = field(default_factory=time.monotonic)  # when the fake answered (time.monotonic)

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))

    @property
    def text(self) -> str:
        """The message text, with every block's text after it (what a person would read)."""
        parts = [str(self.params.get("text") or "")]
        parts += [_block_text(block) for block in _blocks(self.params.get("blocks"))]
        return "\n".join(p for p in parts if p)

    def buttons(self) -> list[dict[str, Any]]:
        return [
            element
            for block in _blocks(self.params.get("blocks"))
            if block.get("type") == "actions"
            for element in block.get("elements", [])
        ]


@dataclass
class _Failure:
    status: int
    error: str | None = None
    retry_after: int | None = None


@dataclass
class _Plan:
    failures: list[_Failure] = field(default_factory=list)
    delay: float = 0.0
    answer: dict[str, Any] | None = None
    cut_off: int = 0  # how many of the next calls are carried out but never answered


class FakeSlack:
    """The fake server; thread-safe; start() / stop() or use it as a context manager."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._calls: list[Call] = []
        self._plans: dict[str, _Plan] = {}
        self._messages: dict[tuple[str, str], dict[str, Any]] = {}
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None
        self.socket_mode_url: str | None = None  # apps.connections.open answers it (tests.fakes.socket_mode)

    # --- lifecycle ----------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/"

    def response_url(self, name: str = "r") -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/response/{name}"

    def start(self) -> FakeSlack:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01})
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- programming it -----------------------------------------------------------------------------------

    def fail(
        self, method: str, *, status: int = 200, error: str | None = None, retry_after: int | None = None
    ):
        """Make the next call of `method` fail: an HTTP status, or HTTP 200 with {"ok": false, "error": …}."""
        if status == 200 and error is None:
            error = "internal_error"
        with self._lock:
            self._plans.setdefault(method, _Plan()).failures.append(_Failure(status, error, retry_after))

    def delay(self, method: str, seconds: float) -> None:
        """Make every call of `method` take this long before answering."""
        with self._lock:
            self._plans.setdefault(method, _Plan()).delay = seconds

    def drop_answers(self, method: str, count: int = 1) -> None:
        """Carry out the next `count` calls of `method` but never answer them (the connection is cut)."""
        with self._lock:
            self._plans.setdefault(method, _Plan()).cut_off += count

    def answer(self, method: str, data: dict[str, Any]) -> None:
        """Answer every call of `method` with these fields (on top of {"ok": true})."""
        with self._lock:
            self._plans.setdefault(method, _Plan()).answer = data

    def reset(self) -> None:
        with self._lock:
            self._calls.clear()
            self._plans.clear()

    # --- reading what happened ----------------------------------------------------------------------------

    def calls(self, method: str | None = None, *, accepted: bool = True) -> list[Call]:
        """The calls of `method` (all methods when None), only those answered ok unless accepted=False."""
        with self._lock:
            return [
                c for c in self._calls if (method is None or c.method == method) and (c.ok or not accepted)
            ]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Block until predicate() is truthy (re-checked on every call the fake receives); returns it."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                value = predicate()
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out after {timeout}s; calls so far: {self.summary()}")
                self._lock.wait(min(remaining, 0.05))

    def message(self, channel: str, ts: str) -> dict[str, Any] | None:
        """A message as it stands now (after any chat.update)."""
        with self._lock:
            return self._messages.get((channel, ts))

    def summary(self) -> list[str]:
        return [f"{c.method}:{c.status}:{c.response.get('error', 'ok')}" for c in self._calls]

    # --- answering ----------------------------------------------------------------------------------------

    def _handle(
        self, method: str, params: dict[str, Any], token: str | None
    ) -> tuple[int, dict, dict] | None:
        """The answer to a call: (status, body, headers), or None when the answer is to be cut off."""
        with self._lock:
            plan = self._plans.get(method) or _Plan()
            failure = plan.failures.pop(0) if plan.failures else None
            delay = plan.delay
            cut = plan.cut_off > 0 and failure is None
            if cut:
                plan.cut_off -= 1
        if delay:
            time.sleep(delay)
        headers: dict[str, str] = {}
        if failure is not None and failure.status != 200:
            if failure.retry_after is not None:
                headers["Retry-After"] = str(failure.retry_after)
            status, body = (
                failure.status,
                {"ok": False, "error": "ratelimited" if failure.status == 429 else "fatal"},
            )
        elif failure is not None:
            status, body = 200, {"ok": False, "error": failure.error}
        else:
            status, body = 200, self._ok(method, params, plan.answer, token)
        with self._lock:
            self._calls.append(Call(method, params, status, body, token))
            self._lock.notify_all()
        return None if cut else (status, body, headers)

    def _ok(
        self, method: str, params: dict[str, Any], extra: dict[str, Any] | None, token: str | None = None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": True}
        channel = _dm_channel(str(params.get("channel") or ""))
        if method == "auth.test":
            body |= {
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "team_id": TEAM_ID,
                "team": "Test",
                "user": "jane",
            }
        elif method == "chat.postMessage":
            ts = f"{int(time.time())}.{next(self._ts) % 1_000_000:06d}"
            with self._lock:
                self._messages[(channel, ts)] = dict(params)
            body |= {"channel": channel, "ts": ts, "message": {"text": params.get("text"), "ts": ts}}
        elif method in ("conversations.history", "conversations.replies"):
            return body | self._history(method, channel, params)
        elif method == "chat.update":
            key = (channel, str(params.get("ts")))
            with self._lock:
                if key not in self._messages:
                    return {"ok": False, "error": "message_not_found"}
                self._messages[key] = dict(params)
            body |= {"channel": channel, "ts": params.get("ts")}
        elif method == "chat.postEphemeral":
            body |= {"message_ts": f"{1700000000 + next(self._ts)}.000200"}
        elif method in ("views.open", "views.publish", "views.update", "views.push"):
            body |= {"view": {"id": f"V{next(self._ts):08d}", **(params.get("view") or {})}}
        elif method == "apps.connections.open":  # only an app-level token may open a Socket Mode connection
            if not (token or "").startswith("xapp-"):
                return {"ok": False, "error": "not_allowed_token_type"}
            body |= {"url": self.socket_mode_url}
        elif method == "conversations.open":
            body |= {"channel": {"id": _dm_channel(str(params.get("users") or ""))}}
        return body | (extra or {})

    def _handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                params = _params(raw, self.headers.get("content-type") or "")
                token = (self.headers.get("authorization") or "").removeprefix("Bearer ") or params.get(
                    "token"
                )
                if self.path.startswith("/response/"):
                    answered = fake._handle("response_url", {**params, "url": self.path}, None)
                    if answered is None:
                        self.close_connection = True
                        return
                    status, body, headers = answered
                    self._send(status, {"ok": True} if status == 200 else body, headers)
                    return
                method = self.path.split("?")[0].removeprefix("/api/")
                query = dict(parse_qsl(self.path.partition("?")[2]))
                answered = fake._handle(method, {**query, **params}, token)
                if answered is None:  # the call was carried out, but its answer never leaves
                    self.close_connection = True
                    return
                self._send(*answered)

            do_GET = do_POST

            def _send(self, status: int, body: dict, headers: dict[str, str]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json; charset=utf-8")
                self.send_header("content-length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def _history(self, method: str, channel: str, params: dict[str, Any]) -> dict[str, Any]:
        """A channel's messages (history: the top level, newest first; replies: one thread, in order),
        from `oldest` on, `limit` at a time with a cursor; metadata only when asked for all of it."""
        oldest = float(params.get("oldest") or 0)
        thread = str(params.get("ts") or "")
        with self._lock:
            kept = [(ts, dict(m)) for (where, ts), m in self._messages.items() if where == channel]
        if method == "conversations.replies":
            if not thread:
                return {"ok": False, "error": "invalid_arguments"}
            kept = sorted((ts, m) for ts, m in kept if ts == thread or m.get("thread_ts") == thread)
        else:
            kept = sorted(((ts, m) for ts, m in kept if not m.get("thread_ts")), reverse=True)
        kept = [(ts, m) for ts, m in kept if float(ts) >= oldest]
        start = int(params.get("cursor") or 0)
        limit = int(params.get("limit") or 100)
        page = kept[start : start + limit]
        with_metadata = str(params.get("include_all_metadata")).lower() in ("true", "1")
        messages = []
        for ts, posted in page:
            message = {"type": "message", "ts": ts, "text": posted.get("text"), "bot_id": BOT_ID}
            if posted.get("thread_ts"):
                message["thread_ts"] = posted["thread_ts"]
            if with_metadata and isinstance(posted.get("metadata"), dict):
                message["metadata"] = posted["metadata"]
            messages.append(message)
        more = start + limit < len(kept)
        return {
            "messages": messages,
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }


def _params(raw: str, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        try:
            data = json.loads(raw)
        except ValueError:
            return {"_raw": raw}
        return data if isinstance(data, dict) else {"_raw": data}
    params: dict[str, Any] = dict(parse_qsl(raw))
    for name in ("blocks", "view", "attachments", "metadata"):  # form-encoded calls send them as JSON
        if isinstance(params.get(name), str):
            with contextlib.suppress(ValueError):
                params[name] = json.loads(params[name])
    return params


def _dm_channel(channel: str) -> str:
    """Posting to a user id lands in the app's DM with them, whose id starts with D."""
    return "D" + channel[1:] if channel[:1] in ("U", "W") else channel


def _blocks(blocks: Any) -> list[dict[str, Any]]:
    return [b for b in blocks if isinstance(b, dict)] if isinstance(blocks, list) else []


def _block_text(block: dict[str, Any]) -> str:
    text = block.get("text")
    if isinstance(text, dict):
        return str(text.get("text") or "")
    if block.get("type") == "context":
        return " ".join(str(e.get("text") or "") for e in block.get("elements", []) if isinstance(e, dict))
    return ""
