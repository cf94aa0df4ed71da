"""The deal modal's values as a checked form: ids, trimmed text, a date and an amount.

Everything here is pure, so the modal's mistakes are shown in it at once, before any database work.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from handlers.core import messages
from handlers.core.reply import record_id
from handlers.deals.stages import Pipeline

MAX_NAME, MAX_TEXT = 200, 2000
MAX_AMOUNT = Decimal("999999999999.99")  # what the amount column holds


@dataclass(frozen=True)
class DealForm:
    """What the deal modal submitted; None is a field left empty, which keeps its value."""

    deal_id: int | None = None
    client_id: int | None = None
    name: str | None = None
    stage: str | None = None
    next_step: str | None = None
    close_date: date | None = None
    amount: Decimal | None = None
    note: str | None = None
    errors: dict[str, str] = field(default_factory=dict)  # field → what is wrong with it


def read_form(picked: str | None, texts: dict[str, str | None], pipe: Pipeline) -> DealForm:
    """The form from raw modal values: `picked` is "deal:ID" or "client:ID"; the rest are plain strings."""
    kind, _, number = (picked or "").partition(":")
    number_id = record_id(number)
    ids = {kind: number_id} if kind in ("deal", "client") and number_id is not None else {}
    amount = _amount(texts.get("amount"))
    form = DealForm(
        deal_id=ids.get("deal"),
        client_id=ids.get("client"),
        name=_text(texts.get("name"), MAX_NAME),
        stage=_text(texts.get("stage"), 40),
        next_step=_text(texts.get("next_step"), MAX_TEXT),
        close_date=_date(texts.get("close_date")),
        amount=amount if isinstance(amount, Decimal) else None,
        note=_text(texts.get("note"), MAX_TEXT),
    )
    return replace(form, errors=_problems(form, pipe, picked=bool(ids), amount_ok=amount is not False))


def _problems(form: DealForm, pipe: Pipeline, *, picked: bool, amount_ok: bool) -> dict[str, str]:
    """What the VA must fix before saving, by field; a new deal needs a name and a stage."""
    errors = {} if picked else {"pick": messages.DEAL_ERROR_PICK}
    if not amount_ok:
        errors["amount"] = messages.DEAL_ERROR_AMOUNT
    if form.client_id is not None and form.name is None:
        errors["name"] = messages.DEAL_ERROR_NAME
    if (form.stage is not None and form.stage not in pipe.ids) or (form.client_id and form.stage is None):
        errors["stage"] = messages.DEAL_ERROR_STAGE
    return errors


def _text(value: str | None, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split()) if limit <= MAX_NAME else value.strip()  # names and stages are one line
    return text[:limit] or None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None  # only a forged payload gives a datepicker a non-date; it changes nothing


def _amount(value: str | None) -> Decimal | None | bool:
    """The amount as a Decimal, None when empty, False when it is not an amount."""
    if not value or not value.strip():
        return None
    try:
        amount = Decimal(value.strip().replace(",", "").lstrip("$"))
    except InvalidOperation:
        return False
    return amount if amount.is_finite() and Decimal(0) <= amount <= MAX_AMOUNT else False
