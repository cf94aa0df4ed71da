"""A per-client answer cache: the same calendar question within 60 seconds costs no second Calendar call.

Keeping it per process (not in the database) is acceptable because an answer is never more than 60
seconds stale, and Jane's own bookings and changes invalidate the client's entries in the process that
made them; another process may show the earlier answer for at most the rest of those 60 seconds. Nothing here
is needed by another process for correctness: it only saves Google calls.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from datetime import datetime
from typing import TypeVar, cast

from integrations.calendar import Agenda, Busy, CalendarGateway, Created, EventChange, NewEvent

TTL_SECONDS = 60.0
MAX_ENTRIES = 2000

# (client, question, window start, window end): the client comes first, so one client's answers can go.
Key = tuple[Hashable, str, str, str]
Answer = TypeVar("Answer")


class AnswerCache:
    """Answers by key for `ttl` seconds, shared by every thread of a process.

    A per-key lock makes concurrent identical questions wait for the first one's answer instead of each
    calling Google (a slow Google would otherwise turn one question asked twice into two calls).
    """

    def __init__(self, ttl: float = TTL_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self._clock = ttl, clock
        self._entries: dict[Key, tuple[float, object]] = {}
        self._key_locks: dict[Key, threading.Lock] = {}
        self._lock = threading.Lock()

    def get_or_fetch(self, key: Key, fetch: Callable[[], Answer]) -> Answer:
        with self._lock_for(key):
            hit = self._fresh(key)
            if hit is not None:
                # A key names one kind of question, always fetched the same way, so its answer has this type.
                return cast(Answer, hit[1])
            value = fetch()  # errors propagate and are not cached
            with self._lock:
                self._prune()
                self._entries[key] = (self._clock(), value)
            return value

    def invalidate(self, client_key: Hashable) -> None:
        """Forget every answer about one client (after Jane changed their calendar)."""
        with self._lock:
            for key in [k for k in self._entries if k[0] == client_key]:
                del self._entries[key]

    def _fresh(self, key: Key) -> tuple[float, object] | None:
        with self._lock:
            hit = self._entries.get(key)
        return hit if hit is not None and self._clock() - hit[0] < self.ttl else None

    def _lock_for(self, key: Key) -> threading.Lock:
        with self._lock:
            return self._key_locks.setdefault(key, threading.Lock())

    def _prune(self) -> None:
        # Called under self._lock; drops expired answers and bounds memory for many clients.
        now = self._clock()
        for key in [k for k, (at, _) in self._entries.items() if now - at >= self.ttl]:
            del self._entries[key]
        while len(self._entries) >= MAX_ENTRIES:
            del self._entries[next(iter(self._entries))]
        if len(self._key_locks) > 2 * MAX_ENTRIES:  # a lock in use is kept, so no question runs twice
            self._key_locks = {k: v for k, v in self._key_locks.items() if v.locked() or k in self._entries}


class CachedCalendar:
    """A CalendarGateway that answers repeated reads from the cache and forgets them when Jane writes."""

    def __init__(self, inner: CalendarGateway, cache: AnswerCache, client_key: Hashable) -> None:
        self.inner, self.cache, self.client_key = inner, cache, client_key

    @property
    def remote(self) -> bool:
        """Whether asking it may wait on the network (Google), as opposed to Jane's own database."""
        return bool(getattr(self.inner, "remote", True))

    def agenda(self, start: datetime, end: datetime) -> Agenda:
        key = (self.client_key, "agenda", start.isoformat(), end.isoformat())
        return self.cache.get_or_fetch(key, lambda: self.inner.agenda(start, end))

    def busy(self, start: datetime, end: datetime) -> list[Busy]:
        key = (self.client_key, "busy", start.isoformat(), end.isoformat())
        return list(self.cache.get_or_fetch(key, lambda: tuple(self.inner.busy(start, end))))

    def create(self, event: NewEvent) -> Created:
        try:
            return self.inner.create(event)
        finally:
            self.cache.invalidate(self.client_key)

    def change(self, change: EventChange) -> None:
        try:
            self.inner.change(change)
        finally:
            self.cache.invalidate(self.client_key)
