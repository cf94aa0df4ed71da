"""One message in every form the slot builders and the follow-up rules need: a leaf value type."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from bot.parser.piece import Piece


@dataclass(frozen=True)
class Message:
    """One message in every form the slot builders need."""

    clean: str  # markup stripped, the client's casing
    words: str  # normalised
    body: str  # templated, without polite openings
    cased: Mapping[str, str]
    pieces: Sequence[Piece]
    now: datetime
    zone: tzinfo
    groups: Mapping[str, str | None] = field(default_factory=dict)  # what the deciding pattern caught
