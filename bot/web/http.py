"""HTTP requests and responses as plain values, for the routes `jane serve` answers besides Slack's."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.edge.services import Services


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes


@dataclass(frozen=True)
class HttpResponse:
    status: int
    body: str | bytes | dict = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, data: dict) -> HttpResponse:
        return cls(status, json.dumps(data), {"content-type": "application/json"})

    @classmethod
    def text(cls, status: int, text: str) -> HttpResponse:
        return cls(status, text, {"content-type": "text/plain; charset=utf-8"})


Route = Callable[[HttpRequest, "Services"], HttpResponse]  # what a route answers a request with
