"""The deal modal's Block Kit: ids only in values, stored values filled in, and read back as submitted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.slack import deal_views
from handlers.deals.stages import DEFAULT
from storage.models import Deal


def submitted(view: dict, **chosen) -> dict:
    """The view as Slack submits it, with the inputs' current (initial) values plus `chosen` ones."""
    values = {}
    for block in view["blocks"]:
        element = block.get("element") or {}
        state = {}
        if "initial_option" in element:
            state["selected_option"] = element["initial_option"]
        if "initial_date" in element:
            state["selected_date"] = element["initial_date"]
        if "initial_value" in element:
            state["value"] = element["initial_value"]
        if block.get("block_id") in chosen:
            state = chosen[block["block_id"]]
        if block.get("type") == "input":
            values[block["block_id"]] = {deal_views.INPUT: state}
    return {**view, "state": {"values": values}}


def test_the_update_modal_is_filled_in_and_reads_back_unchanged():
    stored = {"next_step": "Walkthrough", "close_date": date(2026, 12, 4), "amount": Decimal("412000.50")}
    deal = Deal(id=7, name="Jones closing", stage="offer", **stored)
    view = deal_views.deal_modal(deal, "Maria", DEFAULT)
    assert view["callback_id"] == deal_views.VIEW and view["private_metadata"] == "deal:7"
    picked, texts = deal_views.read(submitted(view))
    assert picked == "deal:7"
    assert texts == {
        "name": None, "stage": "offer", "next_step": "Walkthrough", "close_date": "2026-12-04",
        "amount": "412,000.50", "note": None,
    }  # fmt: skip


def test_the_picker_offers_a_new_deal_and_the_open_deals_per_client():
    deals = [Deal(id=n, name=f"Deal {n}", stage="lead") for n in range(1, 150)]
    view = deal_views.pick_modal([deal_views.ClientDeals(3, "Maria", deals)], DEFAULT)
    [group] = view["blocks"][0]["element"]["option_groups"]
    values = [option["value"] for option in group["options"]]
    assert values[0] == "client:3" and values[1] == "deal:1" and len(values) == deal_views.OPTIONS_LIMIT
    chosen = {"pick": {"selected_option": {"value": "deal:5"}}, "note": {"value": "Called"}}
    picked, texts = deal_views.read(submitted(view, **chosen))
    assert (picked, texts["note"], texts["stage"]) == ("deal:5", "Called", None)
