"""Sends outbox rows to Slack: right after the commit that wrote them, and again from a retry loop.

A row is leased to one sender at a time (on any number of processes), so it is never sent twice at once.
The Web API client itself retries 429 (honouring Retry-After), 5xx and connection errors; a row that
still fails is retried later with capped backoff (never before a 429's Retry-After) for as long as it
matters (the horizon, JANE_OUTBOX_HORIZON_HOURS), so a Slack outage delays a message and never loses it;
one that outlives its horizon is given up, logged, counted and listed by `jane admin outbox`.
A queue card's first send posts it and records its ts; later sends update it in place (chat.update).

Every post carries its outbox key in Slack's message metadata. A post that may have reached Slack without
Jane hearing back (its sender died holding it, or the call was cut off) is looked for in the channel or
thread first, and marked sent when it is there, so a crash never doubles a message.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient
from sqlalchemy.orm import Session, sessionmaker

from bot.outbox.notify import CARD, HOME, RESPONSE_URL, URL
from bot.outbox.slack_urls import is_slack_url
from bot.outbox.token import TOKEN_REFUSALS, TokenState
from bot.telemetry import metrics
from bot.telemetry.tracing import request_scope
from storage.models import OutboxMessage, Person
from storage.repositories import outbox, requests
from storage.types import utcnow

log = logging.getLogger(__name__)

# Errors that no retry will cure: the message is given up (and logged) instead of retried.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found", "not_in_channel", "is_archived", "invalid_blocks", "invalid_blocks_format",
        "msg_too_long", "no_text", "user_not_found", "user_not_in_channel", "cant_update_message",
        "message_not_found", "edit_window_closed", "invalid_arguments", "invalid_arg_name", "not_found",
        "invalid_user", "cannot_dm_bot", "restricted_action", "response_url_not_slack",
    }
)  # fmt: skip


SENT, FAILED, AGAIN = "sent", "failed", "again"  # what became of one row's send
METADATA_TYPE = "jane_outbox"  # Slack message metadata's event_type on every post, with the outbox key
LOOK_BACK = timedelta(minutes=2)  # how long before its row was queued a post is looked for
LOOKUP_PAGES = 5  # pages of history read looking for a post in doubt
# A person's App Home is published at once, then at most once per this many seconds: the changes made
# meanwhile (a burst of requests all shown on one VA's Home) go out together, in one build and one
# views.publish, as Slack's per-user rate limit on views.publish would have them anyway.
HOME_INTERVAL = 1.0
# While the process has people's requests in hand, a changed Home waits for them (up to this many
# seconds): building Homes would take the interpreter from the answers, and a Home published after the
# burst shows all of it at once.
HOME_PATIENCE = 5.0
BUSY_LOOK = 0.1  # seconds between two looks at whether the requests in hand are done


class ResponseUrlError(Exception):
    """Slack refused a response_url post."""


class NotSlackUrl(Exception):
    """A response_url that is not Slack's (bot/outbox/slack_urls.py): never posted to, never retried."""


HomeView = Callable[[Session, Person], dict[str, Any] | None]


class Delivery:
    """One sender per process; `deliver(ids)` after a commit, `start()` for the retry loop."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        client: WebClient,
        *,
        home_view: HomeView | None = None,
        interval: float = 2.0,
        clock: Callable[[], datetime] = utcnow,
        grace: float = 5.0,
        token_state: TokenState | None = None,
        horizon: timedelta = outbox.HORIZON,
        read_sessions: sessionmaker[Session] | None = None,
        home_interval: float = HOME_INTERVAL,
        home_patience: float = HOME_PATIENCE,
    ):
        self.sessions = sessions
        # For what a send only reads (a card's ts, a Home's contents): on SQLite these take no write lock.
        self.read_sessions = read_sessions or sessions
        self.client = client
        self.home_view = home_view
        self.interval = interval
        self.clock = clock  # injectable so tests travel through backoffs instead of sleeping
        self.grace = grace  # seconds the retry loop leaves a new row to its writer
        self.token_state = token_state or TokenState()  # once Slack refuses the token, nothing is sent
        self.horizon = horizon  # how long a failing message is retried before it is given up
        self.home_interval = home_interval  # seconds between two publishes of one App Home
        self.home_patience = home_patience  # how long a Home waits for the requests in hand, at most
        self._work_busy: Callable[[], bool] = lambda: False
        self._active = 0
        self._active_lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._homes: queue.SimpleQueue[list[OutboxMessage] | None] = queue.SimpleQueue()
        self._home_thread: threading.Thread | None = None

    # --- sending ------------------------------------------------------------------------------------------

    def deliver(self, ids: Iterable[int]) -> int:
        """Send these rows now, if no other sender holds them; returns how many were sent."""
        ids = list(ids)
        return self._send_taken(ids) if ids else 0

    def lease(self, session: Session, ids: list[int]) -> list[OutboxMessage]:
        """Lease the rows just written, in their writer's own transaction, for `send_leased` after it."""
        return outbox.take_written(session, ids, now=self.clock()) if ids else []

    def send_leased(self, rows: list[OutboxMessage]) -> int:
        """Send rows their writer leased in its own transaction (`lease`), sparing a transaction: people's
        messages now; App Homes by one publisher thread, one after another, since building a Home is the
        costliest send: each Home at once, then at most once per `home_interval`, with the newest content
        (the changes made meanwhile are published together)."""
        homes = [row for row in rows if HOME in row.payload]
        now = [row for row in rows if HOME not in row.payload]
        if homes:
            with self._active_lock:
                self._active += 1  # busy until published
                if self._home_thread is None:
                    self._home_thread = threading.Thread(target=self._publish, name="jane-homes", daemon=True)
                    self._home_thread.start()
            self._homes.put(homes)
        return self._send_taken([row.id for row in now], leased=now) if now else 0

    def defer_homes_while(self, busy: Callable[[], bool]) -> None:
        """Have changed Homes wait (up to `home_patience`) while `busy()`: requests are in hand."""
        self._work_busy = busy

    def _publish(self) -> None:
        """The publisher thread: Homes in hand (leased, each row once) go out when their interval since
        their last publish has passed and the requests in hand are done (or the Home waited its patience);
        until then, more changes of the same Homes are absorbed."""
        waiting: dict[int, OutboxMessage] = {}  # leased Home rows not published yet, by row id
        since: dict[int, float] = {}  # when each waiting row came in (monotonic)
        absorbed = 0  # batches behind `waiting` (each counted busy by send_leased)
        last: dict[int, float] = {}  # when each Home row was last published (monotonic)
        stopping = False
        while waiting or not stopping:
            now = time.monotonic()
            busy = bool(waiting) and not stopping and self._work_busy()
            next_at = min((self._home_due(i, last, since, busy) for i in waiting), default=None)
            if not stopping and (next_at is None or next_at > now):
                wait = None if next_at is None else next_at - now
                if busy and wait is not None:  # the requests in hand may be done before then
                    wait = min(wait, BUSY_LOOK)
                try:
                    homes = self._homes.get(timeout=wait)
                except queue.Empty:
                    homes = []
                if homes is None:
                    stopping = True  # publish what is in hand, then end
                else:
                    absorbed += bool(homes)
                    for row in homes:
                        waiting[row.id] = row
                        since.setdefault(row.id, time.monotonic())
                continue
            due = [r for i, r in waiting.items() if stopping or self._home_due(i, last, since, busy) <= now]
            for row in due:
                del waiting[row.id], since[row.id]
                last[row.id] = now
            try:
                self._send_taken([row.id for row in due], leased=due)
            except Exception:
                log.exception("publishing App Homes failed; the outbox retries them")
            finally:
                if not waiting:
                    with self._active_lock:
                        self._active -= absorbed
                    absorbed = 0
            for row_id in [i for i, at in last.items() if now - at > self.home_interval]:
                del last[row_id]  # only the Homes published within the interval need remembering

    def _home_due(self, row_id: int, last: dict[int, float], since: dict[int, float], busy: bool) -> float:
        """When a waiting Home may go: its interval after its last publish, and while the process is busy,
        not before it has waited its patience."""
        at = last.get(row_id, 0.0) + self.home_interval
        return max(at, since[row_id] + self.home_patience) if busy else at

    def run_due(self, limit: int = 50, *, grace: float = 0.0) -> int:
        """Send every row that is due (retries, and first tries that were missed); returns how many.

        Rows that became due less than `grace` seconds ago are skipped: the retry loop leaves them to the
        sender that wrote them (`deliver` right after the commit), so the two do not race for a new row.
        """
        return self._send_taken(None, limit=limit, grace=timedelta(seconds=grace))

    @property
    def busy(self) -> bool:
        """Whether this sender is sending right now (for tests and shutdown)."""
        with self._active_lock:
            return self._active > 0

    def _send_taken(
        self,
        ids: list[int] | None,
        limit: int = 50,
        grace: timedelta = timedelta(0),
        leased: list[OutboxMessage] | None = None,
    ) -> int:
        if self.token_state.refusal:  # the messages wait, pending, for a process with a valid token
            if leased:
                with self.sessions.begin() as session:
                    for row in leased:
                        outbox.release(session, row.id)
            return 0
        with self._active_lock:
            self._active += 1
        try:
            return self._send_rounds(ids, limit, grace, leased)
        finally:
            with self._active_lock:
                self._active -= 1

    def _send_rounds(
        self, ids: list[int] | None, limit: int, grace: timedelta, leased: list[OutboxMessage] | None
    ) -> int:
        sent = 0
        for _ in range(3):  # a living row re-armed while it was being sent goes round again
            if leased is not None:
                rows, leased = leased, None
            else:
                with self.sessions.begin() as session:
                    rows = outbox.take(session, ids=ids, limit=limit, now=self.clock() - grace)
            rows.sort(key=lambda row: (HOME in row.payload, row.id))  # people's answers before App Homes
            tried = {row.id: self._send_as_its_request(row) for row in rows}
            outcomes = {
                row_id: outcome for row_id, outcome in tried.items() if not isinstance(outcome, _Posted)
            }
            posted = [outcome for outcome in tried.values() if isinstance(outcome, _Posted)]
            outcomes |= self._mark_sent(posted)
            sent += sum(outcome is SENT for outcome in outcomes.values())
            again = [row_id for row_id, outcome in outcomes.items() if outcome is AGAIN]
            if not again or ids is None:
                break
            ids = again
        return sent

    def _send_as_its_request(self, row: OutboxMessage) -> str | _Posted:
        """Send one row, logging under the id of the request that wrote it; once the token is refused,
        the rest of the batch is handed back untried."""
        with request_scope(row.request_id):
            if self.token_state.refusal:
                return self._held(row, self.token_state.refusal)
            return self._send(row)

    def _send(self, row: OutboxMessage) -> str | _Posted:
        """Send one leased row: _Posted (to be marked sent with the others of its batch), FAILED (recorded
        for a later try or given up), or AGAIN when it was re-armed meanwhile and its newer content must go
        now."""
        try:
            method, payload, revision = self._prepare(row)
            found = self._find_posted(row, payload) if method == "chat.postMessage" and row.in_doubt else None
            if found is not None:
                log.warning("outbox %s was posted before its sender heard back; not posting again", row.id)
                return _Posted(row, method, found, revision)
            result = self._call(method, payload, row.payload)
        except SlackApiError as error:
            # Only an answer from Slack itself (ok: false, a 429) says for sure that nothing was posted.
            unsure = error.response.status_code >= 500
            return self._failed(row, _reason(error), _retry_after(error), in_doubt=unsure)
        except NotSlackUrl:
            return self._failed(row, "response_url_not_slack")
        except Exception as error:  # connection refused, timeouts, a home view that failed to build
            return self._failed(row, f"{error.__class__.__name__}: {error}", in_doubt=True)
        return _Posted(row, method, result, revision)

    def _find_posted(self, row: OutboxMessage, payload: dict[str, Any]) -> dict[str, Any] | None:
        """The post of this row if Slack has it (found by the outbox key in its metadata), else None."""
        channel = str(payload.get("channel") or "")
        if channel[:1] in ("U", "W"):  # a DM named by the person: its history is the IM channel's
            opened = self.client.conversations_open(users=channel)
            channel = str((opened.get("channel") or {}).get("id") or channel)
        since = (row.queued_at or row.created_at) - LOOK_BACK
        asking: dict[str, Any] = {
            "channel": channel, "oldest": f"{since.astimezone(UTC).timestamp():.6f}",
            "include_all_metadata": True, "limit": 200,
        }  # fmt: skip
        thread = payload.get("thread_ts")
        for _ in range(LOOKUP_PAGES):
            if thread:
                page = self.client.conversations_replies(ts=thread, **asking)
            else:
                page = self.client.conversations_history(**asking)
            for message in page.get("messages") or []:
                metadata = message.get("metadata") or {}
                if metadata.get("event_type") == METADATA_TYPE and (
                    (metadata.get("event_payload") or {}).get("key") == row.key
                ):
                    return {"ok": True, "channel": channel, "ts": message.get("ts")}
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return None
            asking["cursor"] = cursor
        return None

    def _call(self, method: str | None, payload: dict[str, Any], stored: dict[str, Any]) -> dict[str, Any]:
        if method is None:
            return {"skipped": True}
        if method == RESPONSE_URL:
            if not is_slack_url(stored.get(URL), self.client.base_url):
                raise NotSlackUrl()
            response = WebhookClient(stored[URL], retry_handlers=self.client.retry_handlers).send_dict(
                payload
            )
            ok = response.status_code < 300
            metrics.slack_call(RESPONSE_URL, "ok" if ok else f"http_{response.status_code}")
            if not ok:
                raise ResponseUrlError(f"HTTP {response.status_code}: {response.body}"[:200])
            return {"ok": True}
        # A Web API method answers JSON; `data` is bytes only for file downloads.
        return cast(dict[str, Any], self.client.api_call(method, json=payload).data)

    def _prepare(self, row: OutboxMessage) -> tuple[str | None, dict[str, Any], int]:
        """The call to make for a row, and the revision of the row it sends."""
        payload = {k: v for k, v in row.payload.items() if not k.startswith("_")}
        if CARD in row.payload:
            with self.read_sessions() as session:
                card = requests.card_of(session, row.payload[CARD])
            if card is not None:
                payload.pop("thread_ts", None)
                payload.pop("unfurl_links", None)
                channel, ts = card
                return "chat.update", {**payload, "channel": channel, "ts": ts}, row.revision
        if row.method == "chat.postMessage":
            payload["metadata"] = {"event_type": METADATA_TYPE, "event_payload": {"key": row.key}}
        if HOME in row.payload:
            with self.read_sessions() as session:
                # The revision is read before the Home is built from the database: the view holds every
                # change re-armed up to it, so it is sent as that revision (and sent once, not again).
                revision = outbox.revision_of(session, row.id)
                person = session.get(Person, row.payload[HOME])
                view = self.home_view(session, person) if self.home_view and person else None
            revision = row.revision if revision is None else revision
            if view is None:
                return None, payload, revision
            return row.method, {**payload, "view": view}, revision
        return row.method, payload, row.revision

    def _mark_sent(self, posted: list[_Posted]) -> dict[int, str]:
        """Mark a batch's sent rows in one transaction (and record a new card's ts): SENT, or AGAIN for a
        row re-armed while it was being sent."""
        if not posted:
            return {}
        outcomes = {}
        with self.sessions.begin() as session:
            for row, method, result, revision in ((p.row, p.method, p.result, p.revision) for p in posted):
                if method == "chat.postMessage" and CARD in row.payload and result.get("ts"):
                    channel = result.get("channel") or row.payload["channel"]
                    requests.set_card(session, row.payload[CARD], channel, result["ts"])
                marked = outbox.release(
                    session, row.id, revision=revision, status="sent", sent_at=utcnow(), in_doubt=False,
                    result=_small(result), attempts=OutboxMessage.attempts + 1,
                )  # fmt: skip
                if not marked:  # re-armed while we sent: free the lease so the newest content goes out
                    outbox.release(session, row.id)
                outcomes[row.id] = SENT if marked else AGAIN
        for row, method in ((p.row, p.method) for p in posted):
            with request_scope(row.request_id):
                log.info("outbox %s sent: %s %s", row.id, method or "nothing to send", row.key)
        return outcomes

    def _failed(
        self, row: OutboxMessage, error: str, retry_after: float | None = None, *, in_doubt: bool = False
    ) -> str:
        """Record a failed send; AGAIN when the row was re-armed meanwhile, since an older revision's
        failure must neither kill nor delay the newer content."""
        with self.sessions.begin() as session:
            # The conditional write also locks the row until commit, so no re-arm slips in between.
            if not outbox.release(session, row.id, revision=row.revision):
                outbox.release(session, row.id)
                return AGAIN
            if error in TOKEN_REFUSALS:
                self.token_state.observe(error)
                outbox.hold(session, row.id, error)
                return FAILED
            unsure = in_doubt and row.method == "chat.postMessage"  # only a post can be doubled
            self._record_failure(session, row, error, retry_after, unsure)
        return FAILED

    def _held(self, row: OutboxMessage, refusal: str) -> str:
        """Hand a leased row back untried: it stays pending, its attempts uncounted, for a valid token."""
        with self.sessions.begin() as session:
            outbox.release(session, row.id)
            outbox.hold(session, row.id, refusal)
        return FAILED

    def _record_failure(
        self, session: Session, row: OutboxMessage, error: str, retry_after: float | None, in_doubt: bool
    ) -> None:
        permanent = error in PERMANENT_ERRORS
        log.log(
            logging.ERROR if permanent else logging.WARNING,
            "outbox %s (%s %s) failed: %s%s", row.id, row.method, row.key, error,
            "; giving up" if permanent else "; will retry",
        )  # fmt: skip
        if permanent:
            outbox.mark_dead(session, row.id, error)
            metrics.OUTBOX_DEAD_LETTERS.labels("refused").inc()
            return
        now = self.clock()
        if outbox.mark_failed(session, row.id, error, now=now, horizon=self.horizon, in_doubt=in_doubt):
            metrics.OUTBOX_DEAD_LETTERS.labels("expired").inc()
            log.error(
                "outbox %s (%s %s) given up: still failing after %.0f hours (%s); see `jane admin outbox`",
                row.id, row.method, row.key, self.horizon.total_seconds() / 3600, error,
            )  # fmt: skip
            return
        if retry_after:  # Slack said when it will take calls again: not before then
            message = session.get_one(OutboxMessage, row.id)
            message.next_attempt_at = max(message.next_attempt_at, now + timedelta(seconds=retry_after))

    # --- the retry loop -----------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="jane-delivery", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._home_thread is not None:
            self._homes.put(None)
            self._home_thread.join(timeout)
            self._home_thread = None
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def poke(self) -> None:
        """Run the loop now instead of at its next tick."""
        self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.interval)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                while self.run_due(grace=self.grace) and not self._stop.is_set():
                    pass
            except Exception:
                log.exception("the outbox retry loop failed; trying again in %ss", self.interval)


@dataclass(frozen=True)
class _Posted:
    """A row Slack took (or that needed no call), to be marked sent with the rest of its batch."""

    row: OutboxMessage
    method: str | None
    result: dict[str, Any]
    revision: int  # the row's revision that was sent (a Home's, as read when it was built)


def _retry_after(error: SlackApiError) -> float | None:
    """The seconds Slack asked to wait before calling again (HTTP 429), if it said."""
    for name, value in (error.response.headers or {}).items():
        if name.lower() == "retry-after":
            try:
                return float(value[0] if isinstance(value, list) else value)
            except (TypeError, ValueError):
                return None
    return None


def _reason(error: SlackApiError) -> str:
    """Slack's error code for a refusal (HTTP 200), or the HTTP status for a failure."""
    code, status = error.response.get("error"), error.response.status_code
    return code if status == 200 and code else f"HTTP {status}" + (f" ({code})" if code else "")


def _small(result: dict[str, Any]) -> dict[str, Any]:
    """What is worth keeping of a Web API answer (not the echoed message)."""
    return {k: result[k] for k in ("ok", "channel", "ts", "skipped") if k in result}
