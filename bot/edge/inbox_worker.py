"""This process's workers on the inbox: the rows it acked itself, handed over at once, and any row that
nobody holds (acked by a `jane serve --no-work`, handed back, or left by a process that stopped or
crashed, once its lease has run out), found by polling.

At most `threads` rows are in hand at a time, so the poller never leases more than the pool can start.
On stop, no new row is taken; the rows in hand get the grace period to finish; the rows this process
kept for itself and did not start are handed back at once, for the next process.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from concurrent.futures import Executor
from datetime import timedelta

from bot.edge import work
from bot.edge.services import Services
from bot.telemetry.tracing import request_scope
from storage.repositories import inbox

log = logging.getLogger(__name__)

RESERVATION = timedelta(seconds=10)  # how long other processes leave a row to the process that acked it
LOG_EVERY = 30.0  # seconds between two log lines about the same failing poll


def worker_name() -> str:
    """This process, uniquely, even when a container's host name and pid repeat after a restart."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class InboxWorker:
    """Carries out kept requests in `pool`, at most `threads` at a time; one per process."""

    def __init__(
        self,
        services: Services,
        pool: Executor,
        *,
        threads: int,
        poll: float,
        name: str | None = None,
        reservation: timedelta = RESERVATION,
    ) -> None:
        self.services, self.pool, self.threads, self.poll = services, pool, threads, poll
        self.name = name or worker_name()
        self.reservation = reservation
        self.stopping = threading.Event()
        self._in_hand = 0
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None
        self._last_complaint = 0.0

    # --- handing rows to the pool -------------------------------------------------------------------

    def submit(self, item_id: int) -> None:
        """A row this process just kept (reserved for it): take it and carry it out in the pool."""
        if self.stopping.is_set():
            return  # stop() hands it back
        self._count(+1)
        self.pool.submit(self._take_and_carry_out, item_id)

    @property
    def in_hand(self) -> int:
        with self._changed:
            return self._in_hand

    def _count(self, change: int) -> None:
        with self._changed:
            self._in_hand += change
            self._changed.notify_all()

    def _take_and_carry_out(self, item_id: int) -> None:
        try:
            if self.stopping.is_set():
                return
            kept = work.take(self.services, item_id, self.name)
            if kept is None:  # taken by the person's earlier row's worker, or waiting behind it
                return
            self._carry_out(kept)
        except Exception as error:  # the database is away: the row waits, reserved, for the poller
            log.warning("could not take inbox row %s: %s", item_id, work.first_line(error))
        finally:
            self._count(-1)

    def _carry_out_held(self, kept: work.Kept) -> None:
        try:
            self._carry_out(kept)
        except Exception:
            log.exception("inbox row %s failed outside its work", kept.taken.id)
        finally:
            self._count(-1)

    def _carry_out(self, kept: work.Kept | None) -> None:
        """The row, then the person's next rows that this worker took on along the way, in order."""
        while kept is not None:
            kept = work.carry_out(self.services, kept, self.name, self.stopping)

    # --- polling for rows nobody holds --------------------------------------------------------------

    def run_due(self) -> int:
        """Take as many due rows as there are idle threads and start them; returns how many."""
        idle = self.threads - self.in_hand
        if idle <= 0 or self.stopping.is_set():
            return 0
        with request_scope(None):
            taken = work.take_due(self.services, self.name, idle)
        for kept in taken:
            self._count(+1)
            self.pool.submit(self._carry_out_held, kept)
        return len(taken)

    def start(self) -> InboxWorker:
        self._thread = threading.Thread(target=self._poll_forever, name="jane-inbox", daemon=True)
        self._thread.start()
        return self

    def _poll_forever(self) -> None:
        while not self.stopping.is_set():
            try:
                self.run_due()
            except Exception as error:  # the database may be away; the loop must outlive it
                now = time.monotonic()
                if now - self._last_complaint > LOG_EVERY:
                    self._last_complaint = now
                    log.warning("the inbox poll failed (%s); trying again", work.first_line(error))
            self.stopping.wait(self.poll)

    # --- stopping -----------------------------------------------------------------------------------

    def stop(self, grace: float) -> int:
        """Take nothing more, give the rows in hand `grace` seconds, hand back what this process kept
        for itself; returns how many rows were still in hand when the grace ran out."""
        self.stopping.set()
        if self._thread is not None:
            self._thread.join(5)
        deadline = time.monotonic() + grace
        with self._changed:
            while self._in_hand and time.monotonic() < deadline:
                self._changed.wait(deadline - time.monotonic())
            left = self._in_hand
        try:
            with self.services.sessions.begin() as session:
                handed = inbox.make_available(session, self.name)
            if handed:
                log.warning("handed %d kept request(s) back for the next process", handed)
        except Exception as error:
            log.warning("could not hand back kept requests (%s); they wait out their reservation", error)
        if left:
            log.warning("left %d request(s) in hand to the next process: their leases run out", left)
        return left
