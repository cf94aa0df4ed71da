"""Ids read back from buttons, modals and commands: a forged or odd one is "gone", never a crash."""

from __future__ import annotations

import pytest

from bot.slack import render
from handlers.core import messages
from handlers.core.reply import MAX_ID, record_id
from handlers.deals import command as deal_command
from handlers.deals import form as deal_form
from handlers.deals import status as deals
from handlers.deals.stages import DEFAULT
from handlers.phases import commands as phase
from tests.unit.handlers.trust_cast import add_cast

ODD = ["²", "", " ", "-1", "+1", "1.0", "٣", "1" * 20, str(MAX_ID + 1), None]
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


@pytest.fixture
def cast(session):
    return add_cast(session)


@pytest.mark.parametrize("value", ODD)
def test_only_plain_ascii_digits_within_the_id_range_are_ids(backend, value):
    assert record_id(value) is None


def test_a_plain_id_is_read(backend):
    assert [record_id(v) for v in ("7", "0042", str(MAX_ID))] == [7, 42, MAX_ID]


@pytest.mark.parametrize("value", ["²", "", "-1", "1" * 20])
def test_handlers_answer_an_odd_id_as_gone(cast, session, value):
    client, va = cast.ctx(session, cast.client), cast.ctx(session, cast.va)
    assert phase.decide(client, value, True).text == messages.PHASE_PROPOSAL_GONE
    assert deals.pick(client, value).text == messages.DEAL_GONE
    assert deal_command.update(va, f"#{value} won").text.startswith(messages.DEAL_COMMAND_USAGE[:20])
    form = deal_form.read_form(f"deal:{value}", {"stage": "won"}, DEFAULT)
    assert form.deal_id is None and form.client_id is None
    assert render.read_note_modal({"private_metadata": f"{value}|C1"})[0] is None
