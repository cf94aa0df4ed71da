"""How an answer says what it talked about, so that a follow-up can refer to it (README.md, "Follow-ups:
`--context`"): `Reply.extras["topics"]`, topic kind → fields, in the shape `parse` reads without `at`
(the conversation stamps that when it keeps them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from handlers.core.reply import Reply
from storage.models import Request

TOPICS = "topics"  # the key in Reply.extras


def with_topics(reply: Reply, **kinds: Mapping[str, Any]) -> Reply:
    """The reply, also saying that it talked about these topics (besides any it named before)."""
    named = {**stated(reply), **{kind: dict(fields) for kind, fields in kinds.items()}}
    return replace(reply, extras={**reply.extras, TOPICS: named})


def stated(reply: Reply) -> dict[str, dict[str, Any]]:
    """The topics a reply says it talked about (none for most)."""
    named = reply.extras.get(TOPICS)
    if not isinstance(named, Mapping):
        return {}
    return {kind: dict(fields) for kind, fields in named.items() if isinstance(fields, Mapping)}


def request_topic(request: Request) -> dict[str, Any]:
    """A request as the `request` topic, for "is it done yet?" and "cancel that"."""
    return {"id": request.id, "duty": request.duty, "text": request.text}
