"""One id per Slack request, carried from the ack through the work thread to every message it sends.

The id lives in a context variable: set where a request enters (the Bolt app's dispatch), copied into
every thread pool by `CarryingExecutor`, and stored on the outbox rows the request writes, so that a send
from the retry loop, minutes later, logs the same id as the request that wrote it.
"""

from __future__ import annotations

import contextvars
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from typing import Any

_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("jane_request_id", default=None)


def new_id() -> str:
    return uuid.uuid4().hex[:16]


def current() -> str | None:
    """The id of the request this code runs for, if any."""
    return _request_id.get()


@contextmanager
def request_scope(request_id: str | None) -> Iterator[str | None]:
    """Run the block as part of request `request_id` (None: as part of none)."""
    token = _request_id.set(request_id)
    try:
        yield request_id
    finally:
        _request_id.reset(token)


class CarryingExecutor(Executor):
    """Wraps an executor so each task runs in a copy of the submitter's context (its request id)."""

    def __init__(self, inner: Executor) -> None:
        self.inner = inner

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        return self.inner.submit(contextvars.copy_context().run, fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.inner.shutdown(wait=wait, cancel_futures=cancel_futures)
