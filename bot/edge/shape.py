"""Which Slack payloads Jane hands to Bolt: those with the shape Bolt relies on for their kind, and not of a
kind Slack has retired (README: "Hostile input"). Both HTTP and Socket Mode ask here before dispatching."""

from __future__ import annotations

from typing import Any

# Workflow Steps from apps were retired by Slack; their payloads are acknowledged and otherwise ignored.
RETIRED_KINDS = frozenset({"workflow_step_edit"})
RETIRED_EVENTS = frozenset(
    {"workflow_step_execute", "workflow_step_deleted", "workflow_published", "workflow_unpublished",
     "workflow_deleted"}
)  # fmt: skip


# The parts of a payload Bolt itself reads before any listener runs (to find the team, user, channel and
# event), at every level it looks: objects it calls .get on, and ids it expects as text or an object.
OBJECTS = ("event", "message", "previous_message", "item", "assistant_thread", "view", "container", "state")
IDS = ("enterprise", "team", "user", "channel")


def retired(body: Any) -> bool:
    """A payload of a kind Jane acknowledges and ignores."""
    if not isinstance(body, dict):
        return False
    kind, event = body.get("type"), body.get("event")
    if isinstance(kind, str) and kind in RETIRED_KINDS:
        return True
    event_type = event.get("type") if isinstance(event, dict) else None
    return kind == "event_callback" and isinstance(event_type, str) and event_type in RETIRED_EVENTS


def well_formed(body: Any) -> bool:
    """Whether a payload has the shape Bolt relies on for its kind (Bolt itself fails on others)."""
    return isinstance(body, dict) and _readable_by_bolt(body) and _complete_for_kind(body)


def _readable_by_bolt(part: dict, depth: int = 0) -> bool:
    if depth > 3:  # Bolt looks no deeper than an event's message's item
        return True
    authorizations = part.get("authorizations")
    if authorizations is not None and not (
        isinstance(authorizations, list) and all(isinstance(a, dict) for a in authorizations)
    ):
        return False
    for key in IDS:
        value = part.get(key)
        if value is not None and not isinstance(value, str | dict):
            return False
    inner = [part.get(key) for key in OBJECTS if part.get(key) is not None]
    inner += authorizations[:1] if authorizations else []
    return all(isinstance(child, dict) and _readable_by_bolt(child, depth + 1) for child in inner)


def _complete_for_kind(body: dict) -> bool:
    kind = body.get("type")
    if kind is None:  # a slash command's form fields
        return not body or (isinstance(body.get("command"), str) and isinstance(body.get("user_id"), str))
    if not isinstance(kind, str):
        return False
    if kind == "event_callback":
        event = body.get("event")
        return isinstance(event, dict) and isinstance(event.get("type"), str)
    if kind in ("block_actions", "interactive_message"):
        actions = body.get("actions")
        return (
            _has_user(body)
            and isinstance(actions, list)
            and bool(actions)
            and all(isinstance(a, dict) and isinstance(a.get("action_id"), str) for a in actions)
        )
    if kind in ("view_submission", "view_closed"):
        view = body.get("view")
        return _has_user(body) and isinstance(view, dict) and isinstance(view.get("type"), str)
    if kind in ("shortcut", "message_action", "block_suggestion"):
        return _has_user(body)
    return True


def _has_user(body: dict) -> bool:
    user = body.get("user")
    return isinstance(user, dict) and isinstance(user.get("id"), str)
