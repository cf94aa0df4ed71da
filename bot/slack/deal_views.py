"""The deal modal in Block Kit (render.py keeps Reply → blocks): pick a deal or a client, then the fields.

Option values and private_metadata carry only ids ("deal:7", "client:3"); the server re-checks them on
submit. Every input block uses the same action id, so reading the view is one loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.slack.render import clip, plain_text
from handlers.core import messages
from handlers.core.mrkdwn import escape
from handlers.deals.stages import Pipeline
from handlers.deals.text import money
from storage.models import Deal

VIEW = "deal.save"  # callback_id of the deal modal
INPUT = "value"  # the action id of every input
PICK, NAME, STAGE, NEXT, CLOSE, AMOUNT, NOTE = (
    "pick",
    "name",
    "stage",
    "next_step",
    "close_date",
    "amount",
    "note",
)
LABEL_LIMIT, OPTIONS_LIMIT = 75, 100  # Slack's limits for an option's text and a select's groups/options


@dataclass(frozen=True)
class ClientDeals:
    """One client the VA serves and that client's open deals, for the picker."""

    client_id: int
    name: str
    deals: Sequence[Deal]


def pick_modal(clients: Sequence[ClientDeals], pipe: Pipeline) -> dict[str, Any]:
    """/deal: one picker (a new deal for a client, or one of their open deals), then blank fields."""
    groups = [
        {
            "label": plain_text(clip(client.name, LABEL_LIMIT)),
            "options": [
                _option(messages.DEAL_MODAL_NEW.format(client=client.name), f"client:{client.client_id}")
            ]
            + [_option(deal.name, f"deal:{deal.id}") for deal in client.deals[: OPTIONS_LIMIT - 1]],
        }
        for client in clients[:OPTIONS_LIMIT]
    ]
    picker = {"type": "static_select", "action_id": INPUT, "option_groups": groups,
              "placeholder": plain_text(messages.DEAL_MODAL_PICK_HINT)}  # fmt: skip
    blocks = [
        _input(PICK, messages.DEAL_MODAL_PICK, picker, optional=False),
        _input(NAME, messages.DEAL_MODAL_NAME),
    ]
    blocks += _fields(pipe, None)
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": messages.DEAL_MODAL_KEEP}]})
    return _modal("", blocks)


def deal_modal(deal: Deal, client_name: str, pipe: Pipeline) -> dict[str, Any]:
    """The App Home's Update: one deal's fields, filled in with what is stored now."""
    intro = messages.DEAL_MODAL_FOR.format(
        name=escape(deal.name), client=escape(client_name), stage=pipe.label(deal.stage)
    )
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": intro}}, *_fields(pipe, deal)]
    return _modal(f"deal:{deal.id}", blocks)


def read(view: dict[str, Any]) -> tuple[str | None, dict[str, str | None]]:
    """(the picked "deal:ID" / "client:ID", the other inputs as strings) from a submitted view."""
    values = (view.get("state") or {}).get("values") or {}
    texts: dict[str, str | None] = {}
    for block in (PICK, NAME, STAGE, NEXT, CLOSE, AMOUNT, NOTE):
        element = (values.get(block) or {}).get(INPUT) or {}
        chosen = (element.get("selected_option") or {}).get("value")
        found = chosen or element.get("selected_date") or element.get("value")
        texts[block] = found if isinstance(found, str) else None
    picked = texts.pop(PICK) or str(view.get("private_metadata") or "") or None
    return picked, texts


def _fields(pipe: Pipeline, deal: Deal | None) -> list[dict[str, Any]]:
    stages = [_option(pipe.label(stage), stage) for stage in pipe.ids]
    stage: dict[str, Any] = {"type": "static_select", "action_id": INPUT, "options": stages}
    next_step = {"type": "plain_text_input", "action_id": INPUT, "max_length": 2000}
    close = {"type": "datepicker", "action_id": INPUT}
    amount = {"type": "plain_text_input", "action_id": INPUT, "max_length": 20}
    note = {"type": "plain_text_input", "action_id": INPUT, "multiline": True, "max_length": 2000,
            "placeholder": plain_text(messages.DEAL_MODAL_NOTE_HINT)}  # fmt: skip
    if deal is not None:  # Slack rejects empty initial values, so only what is stored is filled in
        stage["initial_option"] = next((o for o in stages if o["value"] == deal.stage), None) or stages[0]
        if deal.next_step:
            next_step["initial_value"] = deal.next_step[:2000]
        if deal.close_date:
            close["initial_date"] = deal.close_date.isoformat()
        if deal.amount is not None:
            amount["initial_value"] = money(deal.amount).lstrip("$")
    return [
        _input(STAGE, messages.DEAL_MODAL_STAGE, stage),
        _input(NEXT, messages.DEAL_MODAL_NEXT, next_step),
        _input(CLOSE, messages.DEAL_MODAL_CLOSE, close),
        _input(AMOUNT, messages.DEAL_MODAL_AMOUNT, amount),
        _input(NOTE, messages.DEAL_MODAL_NOTE, note),
    ]


def _modal(metadata: str, blocks: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": VIEW,
        "private_metadata": metadata,
        "title": plain_text(messages.DEAL_MODAL_TITLE),
        "submit": plain_text(messages.DEAL_MODAL_SUBMIT),
        "close": plain_text(messages.CANCEL),
        "blocks": blocks,
    }


def _input(block_id: str, label: str, element: dict | None = None, optional: bool = True) -> dict[str, Any]:
    element = element or {"type": "plain_text_input", "action_id": INPUT, "max_length": 200}
    return {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": plain_text(label),
        "element": element,
    }


def _option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain_text(clip(text, LABEL_LIMIT)), "value": value}
