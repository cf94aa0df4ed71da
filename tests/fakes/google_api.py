"""A fake Google on 127.0.0.1: the token endpoint, the consent page and Calendar v3, through real HTTP.

Point Jane at it the way an operator would: GOOGLE_API_ENDPOINT=`fake.api_root`, and the `token_uri` of
the service-account file (`fake.service_account_info()`) or OAuth client file (`fake.oauth_client()`).
Failures are programmable per call kind ("events.list", "events.insert", "events.get", "events.patch",
"events.delete", "freebusy", "token"): `fail(kind, 429, times=1)`, `fail(kind, 500)` (for ever),
`delay[kind] = 1.0`, `lose_responses`, `hold[kind] = threading.Event()` (answer only once the test sets it).
"""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.fakes.google_calendar_state import CalendarState
from tests.fakes.google_tokens import CLIENT_ID, CLIENT_SECRET, TokenDesk, private_pem


@dataclass
class Call:
    kind: str
    method: str
    path: str
    params: dict[str, str]
    body: dict | None
    status: int = 0


@dataclass
class Failure:
    status: int
    times: int | None  # None: every time
    reason: str = "backendError"


@dataclass
class FakeGoogle:
    calendar: CalendarState = field(default_factory=CalendarState)
    tokens: TokenDesk = field(default_factory=TokenDesk)
    calls: list[Call] = field(default_factory=list)
    failures: dict[str, list[Failure]] = field(default_factory=dict)
    delay: dict[str, float] = field(default_factory=dict)  # seconds before answering, after doing the work
    lose_responses: dict[str, int] = field(default_factory=dict)  # do the work, then hang up this many times
    hold: dict[str, threading.Event] = field(default_factory=dict)  # answer that kind only once it is set

    def start(self) -> FakeGoogle:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        serve = lambda: self._server.serve_forever(poll_interval=0.02)  # noqa: E731  (quick shutdown)
        self._thread = threading.Thread(target=serve, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_root(self) -> str:
        return f"{self.url}/calendar/v3/"

    def fail(self, kind: str, status: int, times: int | None = None, reason: str = "backendError") -> None:
        self.failures.setdefault(kind, []).append(Failure(status, times, reason))

    def calls_of(self, *kinds: str) -> list[Call]:
        return [call for call in self.calls if not kinds or call.kind in kinds]

    def calendar_calls(self) -> list[Call]:
        return [call for call in self.calls if call.kind != "token"]

    def service_account_info(self) -> dict:
        return {
            "type": "service_account", "project_id": "jane-test", "private_key_id": "k1",
            "private_key": private_pem(), "client_email": "jane@jane-test.iam.gserviceaccount.com",
            "client_id": "1", "token_uri": f"{self.url}/token",
        }  # fmt: skip

    def oauth_client(self) -> dict:
        return {"web": {
            "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "auth_uri": f"{self.url}/o/oauth2/auth",
            "token_uri": f"{self.url}/token", "redirect_uris": [],
        }}  # fmt: skip

    def answer(self, kind: str, method: str, path: str, params: dict, body: dict | None, headers) -> tuple:
        """(status, JSON body or None to hang up, extra headers) for one request; records it."""
        call = Call(kind, method, path, params, body)
        self.calls.append(call)
        if kind in self.hold:
            self.hold[kind].wait(10)
        failure = self._failure(kind)
        if failure is not None:
            call.status = failure.status
            return failure.status, _error(failure.status, failure.reason), {}
        status, payload, extra = self._dispatch(kind, method, path, params, body, headers)
        time.sleep(self.delay.get(kind, 0))
        call.status = status
        if self.lose_responses.get(kind):
            self.lose_responses[kind] -= 1
            return status, None, {}
        return status, payload, extra

    def _dispatch(self, kind, method, path, params, body, headers) -> tuple:
        if kind == "consent":
            return 302, {}, {"Location": self.tokens.consent(params)}
        if kind == "token":
            status, payload = self.tokens.token(body or {}, _basic(headers.get("Authorization", "")))
            return status, payload, {}
        bearer = headers.get("Authorization", "").removeprefix("Bearer ")
        if bearer not in self.tokens.access_tokens:
            challenge = 'Bearer realm="https://accounts.google.com/", error="invalid_token"'
            return 401, _error(401, "authError"), {"WWW-Authenticate": challenge}
        status, payload = self.calendar.handle(kind, path, params, body, self.url)
        return status, payload, {}

    def _failure(self, kind: str) -> Failure | None:
        for failure in self.failures.get(kind, []):
            if failure.times is None:
                return failure
            if failure.times > 0:
                failure.times -= 1
                return failure
        return None


def _handler_for(fake: FakeGoogle) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as httplib2 uses it
        wbufsize = 1 << 16  # headers and body in one write: no Nagle / delayed-ACK stall on loopback

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def do_PATCH(self) -> None:
            self._serve("PATCH")

        def do_DELETE(self) -> None:
            self._serve("DELETE")

        def _serve(self, method: str) -> None:
            parsed = urllib.parse.urlsplit(self.path)
            params = dict(urllib.parse.parse_qsl(parsed.query))
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = _body(raw, self.headers.get("Content-Type", ""))
            kind = _kind(method, parsed.path)
            status, payload, extra = fake.answer(kind, method, parsed.path, params, body, self.headers)
            if payload is None:  # a lost response: the work is done, the answer never arrives
                self.close_connection = True
                return
            if status == HTTPStatus.NO_CONTENT:  # events.delete's answer: no body, nor its type or length
                data, headers = b"", extra
            else:
                data = json.dumps(payload).encode()
                headers = {"Content-Type": "application/json", **extra, "Content-Length": str(len(data))}
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (a timeout test)
                self.close_connection = True

        def log_message(self, *args) -> None:  # quiet tests
            pass

    return Handler


def _kind(method: str, path: str) -> str:
    if path == "/token":
        return "token"
    if path == "/o/oauth2/auth":
        return "consent"
    if path.endswith("/freeBusy"):
        return "freebusy"
    tail = path.split("/events", 1)[1] if "/events" in path else None
    if tail is None:
        return "unknown"
    if tail in ("", "/"):
        return "events.insert" if method == "POST" else "events.list"
    return {"PATCH": "events.patch", "DELETE": "events.delete"}.get(method, "events.get")


def _body(raw: bytes, content_type: str) -> dict | None:
    if not raw:
        return None
    if "json" in content_type:
        return json.loads(raw)
    return dict(urllib.parse.parse_qsl(raw.decode()))


def _basic(header: str) -> tuple[str, str] | None:
    if not header.startswith("Basic "):
        return None
    user, _, password = base64.b64decode(header[6:]).decode().partition(":")
    return urllib.parse.unquote(user), urllib.parse.unquote(password)


def _error(status: int, reason: str) -> dict:
    message = {"duplicate": "The requested identifier already exists."}.get(reason, reason)
    errors = [{"domain": "global", "reason": reason, "message": message}]
    return {"error": {"code": status, "message": message, "errors": errors}}
