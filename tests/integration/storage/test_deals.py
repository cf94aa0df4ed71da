"""Deals: added, read, listed per client, and every change kept as one history row per field."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from storage.repositories import deals

MONDAY = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
FRIDAY = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


@pytest.fixture
def deal_id(sessions, cast):
    with sessions.begin() as session:
        deal = deals.add(
            session,
            cast.client,
            "Jones closing",
            "under_contract",
            next_step="inspection Tuesday",
            close_date=date(2026, 12, 15),
            amount=Decimal("450000"),
            by=cast.va,
            now=MONDAY,
        )
        return deal.id


def test_a_deal_is_stored_and_read_back(sessions, cast, deal_id):
    with sessions() as session:
        deal = deals.get(session, deal_id)
        assert (deal.name, deal.stage, deal.next_step) == (
            "Jones closing",
            "under_contract",
            "inspection Tuesday",
        )
        assert deal.close_date == date(2026, 12, 15)
        assert deal.amount == Decimal("450000.00")
        assert deal.client_id == cast.client.id and deal.updated_by.user_id == "U0VERA"
        assert deal.created_at == deal.stage_changed_at == deal.updated_at == MONDAY
        assert deals.history(session, deal) == []
        assert deals.find_by_name(session, cast.client, "  JONES closing ").id == deal_id
        assert deals.find_by_name(session, cast.other_client, "Jones closing") is None


def test_an_update_writes_one_row_per_changed_field(sessions, cast, deal_id):
    with sessions.begin() as session:
        deal = deals.get(session, deal_id)
        written = deals.update(
            session,
            deal,
            by=cast.admin,
            note="call with the buyer",
            now=FRIDAY,
            stage="closing",
            next_step="sign Friday",
            amount=Decimal("450000.00"),  # the same amount: no row
            close_date=date(2026, 12, 15),  # the same date: no row
        )
        assert [(c.field, c.from_value, c.to_value) for c in written] == [
            ("stage", "under_contract", "closing"),
            ("next_step", "inspection Tuesday", "sign Friday"),
        ]
    with sessions() as session:
        deal = deals.get(session, deal_id)
        assert deal.stage == "closing" and deal.stage_changed_at == FRIDAY and deal.updated_at == FRIDAY
        assert deal.updated_by_id == cast.admin.id
        history = deals.history(session, deal)
        assert [(c.field, c.actor.user_id, c.note, c.at) for c in history] == [
            ("stage", "U0ADMIN", "call with the buyer", FRIDAY),
            ("next_step", "U0ADMIN", "call with the buyer", FRIDAY),
        ]


def test_history_is_append_only_and_dates_and_amounts_read_plainly(sessions, cast, deal_id):
    with sessions.begin() as session:
        deal = deals.get(session, deal_id)
        deals.update(session, deal, by=cast.va, close_date=date(2027, 1, 8), now=FRIDAY)
        deals.update(session, deal, by=cast.va, amount=Decimal("455000.5"), next_step=None, now=FRIDAY)
    with sessions() as session:
        deal = deals.get(session, deal_id)
        rows = [(c.field, c.from_value, c.to_value) for c in deals.history(session, deal)]
        assert rows == [
            ("close_date", "2026-12-15", "2027-01-08"),
            ("next_step", "inspection Tuesday", None),  # in the order of deals.FIELDS
            ("amount", "450000.00", "455000.50"),
        ]
        assert deal.stage_changed_at == MONDAY  # the stage did not change


def test_an_update_that_changes_nothing_leaves_the_deal_alone(sessions, cast, deal_id):
    with sessions.begin() as session:
        deal = deals.get(session, deal_id)
        assert deals.update(session, deal, by=cast.admin, stage="under_contract", now=FRIDAY) == []
    with sessions() as session:
        deal = deals.get(session, deal_id)
        assert deal.updated_at == MONDAY and deal.updated_by_id == cast.va.id


def test_an_unknown_field_is_refused(session, cast, deal_id):
    with pytest.raises(ValueError, match="client_id"):
        deals.update(session, deals.get(session, deal_id), client_id=cast.other_client.id)


def test_for_client_is_theirs_only_soonest_close_first(sessions, cast, deal_id):
    with sessions.begin() as session:
        deals.add(session, cast.client, "Smith listing", "lead")
        deals.add(session, cast.client, "Abbott condo", "offer", close_date=date(2026, 12, 1))
        deals.add(session, cast.other_client, "Dan's deal", "lead")
    with sessions() as session:
        names = [d.name for d in deals.for_client(session, cast.client)]
        assert names == ["Abbott condo", "Jones closing", "Smith listing"]
        leads = deals.for_client(session, cast.client, stages=["lead", "qualified"])
        assert [d.name for d in leads] == ["Smith listing"]
