"""Deals as plain handler calls over a real database: the client's questions and the VA's updates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import MappingProxyType, SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from bot.errors import JaneError
from bot.settings import load_settings
from handlers.core import messages
from handlers.core.context import Ask, Context, Thread
from handlers.core.timefmt import plain_dates
from handlers.deals import command as deal_command
from handlers.deals import edits as deal_edits
from handlers.deals import form as deal_form
from handlers.deals import home as deal_home
from handlers.deals import status as deals
from handlers.deals.form import DealForm
from handlers.deals.stages import DEFAULT, configured, from_labels
from handlers.deals.text import money, span
from storage.models import DealChange, Person
from storage.repositories import deals as repo
from storage.repositories import people
from tests.unit.handlers.trust_cast import RecordingNotifier

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # 09:00 in Chicago


@dataclass
class Found:
    match: str | None = None
    candidates: tuple[str, ...] = ()


@dataclass
class FakeMatcher:
    """Stands in for the parser's match_deal: one name containing every word wins; several tie."""

    seen: list[list[str]] = field(default_factory=list)

    def __call__(self, words: str, names):
        self.seen.append(list(names))
        fits = [n for n in names if all(w in n.lower() for w in words.lower().split())]
        return Found(fits[0]) if len(fits) == 1 else Found(None, tuple(fits))


@dataclass
class World:
    session: object
    ana: Person  # VA of maria
    ben: Person  # VA of tom
    admin: Person
    maria: Person  # Phase III
    tom: Person  # Phase III, another VA's client
    pat: Person  # Phase II, ana's
    notify: RecordingNotifier = field(default_factory=RecordingNotifier)
    matcher: FakeMatcher = field(default_factory=FakeMatcher)
    settings: object = None

    def ctx(self, who: Person, now: datetime = NOW) -> Context:
        return Context(self.session, who, now, self.notify, lambda _: None, Thread(), self.settings)

    def ask(self, who: Person, intent: str, **slots) -> object:
        ask = Ask("…", intent, "sales_tracking", MappingProxyType(slots))
        if intent == "deal.status":
            return deals.status(self.ctx(who), ask, match=self.matcher)
        return deals.pipeline(self.ctx(who), ask)

    def deal(self, client: Person, name: str, stage: str, days_in_stage: int = 12, **fields):
        return repo.add(self.session, client, name, stage, now=NOW - timedelta(days=days_in_stage), **fields)


@pytest.fixture
def world(session) -> World:
    admin = people.upsert(session, "UADMIN", name="sam", is_admin=True)
    ana = people.upsert(session, "UANA", name="ana", is_va=True)
    ben = people.upsert(session, "UBEN", name="ben", is_va=True)
    clients = {}
    for user_id, name, phase, va in (
        ("UMARIA", "maria", 3, ana),
        ("UTOM", "tom", 3, ben),
        ("UPAT", "pat", 2, ana),
    ):
        clients[name] = people.upsert(session, user_id, name=name, tz="America/Chicago")
        people.make_client(session, clients[name], phase).va_id = va.id
    session.flush()
    return World(session, ana, ben, admin, clients["maria"], clients["tom"], clients["pat"])


def text_of(reply) -> str:
    return plain_dates(reply.plain())


# --- the client's side: one deal --------------------------------------------------------------------------


def test_a_named_deal_is_described_from_stored_data(world):
    deal = world.deal(
        world.maria, "Jones closing", "offer", next_step="Walkthrough", amount=Decimal("412000"),
        close_date=date(2026, 12, 4),
    )  # fmt: skip
    repo.update(world.session, deal, by=world.ana, note="Signed Friday", stage="under_contract",
                now=NOW - timedelta(days=12))  # fmt: skip
    reply = world.ask(world.maria, "deal.status", deal="jones")
    said = text_of(reply)
    assert reply.text == "*Jones closing* is at *Under contract* — for 12 days."
    assert "*Next step:* Walkthrough" in said and "$412,000" in said and "closes Fri, Dec 4" in said
    assert "Last updated 12 days ago by <@UANA>" in said
    assert "<@UANA>: Offer → Under contract — “Signed Friday”" in said


def test_a_deal_pointed_at_as_a_listing_is_the_one_called_a_listing(world):
    world.deal(world.maria, "Baker Street duplex", "offer")
    world.deal(world.maria, "Lakeview listing", "proposal")
    reply = world.ask(world.maria, "deal.status", deal="Baker Street duplex", noun="listing")
    assert reply.text.startswith("*Lakeview listing* is at")


def test_a_pointer_no_deal_is_called_keeps_the_deal_talked_about(world):
    world.deal(world.maria, "Baker Street duplex", "offer")
    world.deal(world.maria, "Lakeview listing", "proposal")
    reply = world.ask(world.maria, "deal.status", deal="Baker Street duplex", noun="sale")
    assert reply.text.startswith("*Baker Street duplex* is at")


def test_a_closed_deal_says_when_it_closed_and_no_next_step(world):
    world.deal(
        world.maria, "Jones closing", "closed_won", days_in_stage=3, next_step="Walkthrough",
        amount=Decimal("412000"), close_date=date(2026, 12, 4),
    )  # fmt: skip
    said = text_of(world.ask(world.maria, "deal.status", deal="jones"))
    assert "$412,000 · closed Sun, Nov 22" in said
    assert "closes" not in said and "Walkthrough" not in said and "Next step" not in said
    listed = text_of(
        world.ask(world.maria, "deal.pipeline", stage="closed", **window("2026-11-01", "2026-12-01"))
    )
    assert "closed Sun, Nov 22" in listed and "closes" not in listed


def test_only_the_last_few_history_entries_are_shown_newest_first(world):
    deal = world.deal(world.maria, "Jones closing", "lead")
    for number, stage in enumerate(("qualified", "proposal", "offer", "under_contract"), start=1):
        repo.update(world.session, deal, by=world.ana, stage=stage, now=NOW - timedelta(days=10 - number))
    said = text_of(world.ask(world.maria, "deal.status", deal="jones"))
    assert said.index("Offer → Under contract") < said.index("Proposal / showing → Offer")
    assert "Lead → Qualified" not in said and said.count("\n• ") == deals.HISTORY_SHOWN


def test_two_deals_that_fit_are_asked_back_with_buttons_and_no_data(world):
    first = world.deal(world.maria, "Jones closing", "offer", amount=Decimal("1"))
    second = world.deal(world.maria, "Jones listing", "lead")
    reply = world.ask(world.maria, "deal.status", deal="jones")
    assert reply.text == messages.DEAL_WHICH.format(words="jones")
    assert [(b.action, b.value) for b in reply.buttons] == [
        ("deal.pick", str(first.id)),
        ("deal.pick", str(second.id)),
    ]
    assert "$1" not in text_of(reply) and "Offer" not in text_of(reply)


def test_the_matcher_only_ever_sees_the_askers_own_deals(world):
    world.deal(world.maria, "Jones closing", "offer")
    world.deal(world.tom, "Jones estate", "offer")
    world.ask(world.maria, "deal.status", deal="jones")
    assert world.matcher.seen == [["Jones closing"]]


def test_a_miss_lists_the_clients_open_deals_only(world):
    world.deal(world.maria, "Baker duplex", "offer")
    world.deal(world.maria, "Old farm", "closed_lost")
    world.deal(world.tom, "Tom's loft", "offer")
    reply = world.ask(world.maria, "deal.status", deal="smith")
    assert reply.text == messages.DEAL_NOT_FOUND.format(words="smith")
    assert (
        "*Baker duplex*" in text_of(reply)
        and "Old farm" not in text_of(reply)
        and "loft" not in text_of(reply)
    )


def test_a_client_without_deals_is_told_so(world):
    world.deal(world.tom, "Jones estate", "offer")
    assert world.ask(world.maria, "deal.status", deal="jones").text == messages.DEAL_NO_DEALS


def test_a_pick_is_rechecked_against_the_clicker(world):
    mine = world.deal(world.maria, "Jones closing", "offer")
    theirs = world.deal(world.tom, "Jones estate", "offer")
    assert deals.pick(world.ctx(world.maria), str(mine.id)).text.startswith("*Jones closing*")
    for forged in (str(theirs.id), "x", "", None, "9" * 30):
        assert deals.pick(world.ctx(world.maria), forged).text == messages.DEAL_GONE


# --- the client's side: the pipeline ----------------------------------------------------------------------


@pytest.fixture
def pipeline(world):
    world.deal(
        world.maria,
        "Jones closing",
        "under_contract",
        amount=Decimal("412000"),
        close_date=date(2026, 11, 30),
    )
    world.deal(
        world.maria, "Baker duplex", "offer", amount=Decimal("534000.50"), close_date=date(2026, 12, 21)
    )
    world.deal(world.maria, "Lakeview", "lead")
    world.deal(world.maria, "Old farm", "closed_lost", days_in_stage=40, close_date=date(2026, 11, 10))
    world.deal(world.maria, "Elm St", "closed_won", days_in_stage=30, close_date=date(2026, 10, 27))
    world.deal(world.maria, "Maple condo", "closed_won", close_date=date(2026, 11, 7))
    world.deal(world.tom, "Tom's loft", "offer", amount=Decimal("999"), close_date=date(2026, 11, 28))
    return world


def window(first: str, end: str) -> dict:
    """A half-open window of local days in Chicago, as the parser's ISO 8601 slots."""
    zone = ZoneInfo("America/Chicago")
    return {
        name: datetime.fromisoformat(day).replace(tzinfo=zone).isoformat()
        for name, day in (("start", first), ("end", end))
    }


def test_the_pipeline_is_summed_up_by_stage_in_pipeline_order(pipeline):
    reply = pipeline.ask(pipeline.maria, "deal.pipeline")
    assert reply.text == "You have 3 open deals worth $946,000.50:"
    lines = reply.sections[0].splitlines()
    assert [line.split("*")[1] for line in lines] == ["Lead", "Offer", "Under contract"]
    assert "Tom" not in reply.plain()


def test_negotiation_names_the_offer_and_contract_stages(pipeline):
    reply = pipeline.ask(pipeline.maria, "deal.pipeline", stage="negotiation")
    assert reply.text == "2 deals in *Offer* or *Under contract*:"
    assert (
        "Baker duplex" in reply.plain() and "Jones closing" in reply.plain() and "loft" not in reply.plain()
    )


def test_closing_this_month_reads_open_deals_close_dates(pipeline):
    reply = pipeline.ask(
        pipeline.maria, "deal.pipeline", stage="closing", **window("2026-11-01", "2026-12-01")
    )
    assert text_of(reply).startswith("1 deal expected to close between Sun, Nov 1 and Mon, Nov 30:")
    listed = reply.plain()
    assert "Jones closing" in listed and all(name not in listed for name in ("Old farm", "Maple", "loft"))


def test_closed_last_month_reads_stage_changes_in_the_window(pipeline):
    reply = pipeline.ask(
        pipeline.maria, "deal.pipeline", stage="closed", **window("2026-10-01", "2026-11-01")
    )
    said = text_of(reply)
    assert said.startswith("2 deals closed between Thu, Oct 1 and Sat, Oct 31:")
    assert "Elm St* — Closed won" in said and "Old farm* — Closed lost" in said


def test_open_deals_and_unknown_stages(pipeline):
    assert pipeline.ask(pipeline.maria, "deal.pipeline", stage="open").text.startswith(
        "You have 3 open deals"
    )
    unknown = pipeline.ask(pipeline.maria, "deal.pipeline", stage="banana")
    assert "banana" in unknown.text and "Under contract" in unknown.text


def test_a_deployment_pipeline_names_its_own_stages(world):
    world.settings = SimpleNamespace(pipeline="New, Listing, Pending, Sold, Closed - withdrawn")
    world.deal(world.maria, "Lakeview", "listing")
    world.deal(world.maria, "Jones closing", "under_contract")
    world.deal(world.maria, "Old farm", "closed_withdrawn")
    reply = world.ask(world.maria, "deal.pipeline")
    assert reply.text == "You have 2 open deals:" and "*Pending* (1)" in reply.plain()


@pytest.mark.parametrize(
    "labels", ["", "Lead", "Lead, Lead, Closed won", "Lead, Offer", "Won, Lost", "Lead, --, Won"]
)
def test_a_pipeline_needs_open_and_closed_stages_each_named_once(labels):
    with pytest.raises(ValueError):
        from_labels(labels)


def test_jane_pipeline_is_checked_at_start_up():
    with pytest.raises(JaneError, match="JANE_PIPELINE"):
        load_settings(_env_file=None, JANE_PIPELINE="Lead, Offer")
    assert configured(load_settings(_env_file=None)) == DEFAULT


# --- the VA's side ----------------------------------------------------------------------------------------


def form(pick: str, **texts) -> DealForm:
    return deal_form.read_form(pick, texts, DEFAULT)


def test_the_form_is_read_and_checked():
    read = form(
        "client:7", name="  Jones   closing ", stage="offer", amount="$412,000.50", close_date="2026-12-04"
    )
    assert (read.client_id, read.name, read.stage) == (7, "Jones closing", "offer")
    assert (read.amount, read.close_date, read.errors) == (Decimal("412000.50"), date(2026, 12, 4), {})
    assert form("deal:x").errors == {"pick": messages.DEAL_ERROR_PICK}
    assert set(form("deal:3", amount="lots", stage="banana").errors) == {"amount", "stage"}
    assert form("deal:3", amount="-5").errors == {"amount": messages.DEAL_ERROR_AMOUNT}


def test_a_va_adds_a_deal_for_their_client_with_its_first_history_line(world):
    reply = deal_edits.save(
        world.ctx(world.ana), form(f"client:{world.maria.id}", name="Jones", stage="lead")
    )
    [deal] = repo.for_client(world.session, world.maria)
    assert "Added *Jones*" in reply.text
    [opened] = repo.history(world.session, deal)
    assert (opened.field, opened.from_value, opened.to_value, opened.actor_id) == (
        "stage",
        None,
        "lead",
        world.ana.id,
    )
    assert {"UANA", "UMARIA"} <= set(world.notify.homes)


@pytest.mark.parametrize("who", ["ana", "maria"])
def test_nobody_adds_or_updates_deals_of_a_client_they_do_not_serve(world, who):
    theirs = world.deal(world.tom, "Tom's loft", "offer")
    actor = getattr(world, who)
    for pick in (f"client:{world.tom.id}", f"deal:{theirs.id}"):
        reply = deal_edits.save(world.ctx(actor), form(pick, name="Mine now", stage="closed_won"))
        assert reply.text == messages.DEAL_NOT_YOURS
    assert [d.name for d in repo.for_client(world.session, world.tom)] == ["Tom's loft"]
    assert theirs.stage == "offer" and repo.history(world.session, theirs) == [] and world.notify.told == []


def test_a_stage_change_is_told_to_a_phase_three_client_once_with_the_note(world):
    deal = world.deal(world.maria, "Jones closing", "offer")
    reply = deal_edits.save(
        world.ctx(world.ana), form(f"deal:{deal.id}", stage="under_contract", note="Signed!")
    )
    [told] = world.notify.told
    change = world.session.get(DealChange, int(told.key.removeprefix("deal-change:")))
    assert (told.to, change.deal_id, change.to_value) == ("UMARIA", deal.id, "under_contract")
    assert told.reply.text == "Update on *Jones closing*: it's moved from Offer to *Under contract*."
    assert told.reply.sections == ("<@UANA> says: Signed!",)
    assert "Offer → Under contract" in reply.text and "told <@UMARIA>" in reply.plain()


def test_other_changes_and_phase_two_clients_tell_nobody(world):
    mine = world.deal(world.maria, "Jones closing", "offer")
    pats = world.deal(world.pat, "Pat's condo", "offer")
    deal_edits.save(world.ctx(world.ana), form(f"deal:{mine.id}", next_step="Call the lender", amount="5"))
    deal_edits.save(world.ctx(world.ana), form(f"deal:{pats.id}", stage="under_contract"))
    assert pats.stage == "under_contract" and mine.next_step == "Call the lender" and world.notify.told == []


def test_an_admin_updates_any_deal_and_a_note_alone_is_history(world):
    deal = world.deal(world.tom, "Tom's loft", "offer")
    reply = deal_edits.save(world.ctx(world.admin), form(f"deal:{deal.id}", note="Called the buyers"))
    [note] = repo.history(world.session, deal)
    assert (note.field, note.note, deal.updated_by_id) == ("note", "Called the buyers", world.admin.id)
    assert "Updated *Tom's loft*" in reply.text
    unchanged = deal_edits.save(world.ctx(world.admin), form(f"deal:{deal.id}", stage="offer"))
    assert unchanged.text == messages.DEAL_UNCHANGED.format(name="Tom's loft")


def test_a_new_deal_needs_a_name_and_a_stage(world):
    read = form(f"client:{world.maria.id}", next_step="Call")
    assert set(read.errors) == {"name", "stage"}
    with pytest.raises(ValueError):
        deal_edits.save(world.ctx(world.ana), read)
    assert repo.for_client(world.session, world.maria) == []


def test_a_one_line_update_reads_a_several_word_stage_and_a_note(world):
    deal = world.deal(world.maria, "Jones closing", "offer")
    reply = deal_command.update(world.ctx(world.ana), f"{deal.id} Under contract both sides signed")
    assert deal.stage == "under_contract" and "Offer → Under contract" in reply.text
    [told] = world.notify.told
    assert told.reply.sections == ("<@UANA> says: both sides signed",)
    assert "Stages: Lead" in deal_command.update(world.ctx(world.ana), f"{deal.id} haggling").text
    assert deal_command.update(world.ctx(world.ben), f"{deal.id} lead").text == messages.DEAL_NOT_YOURS


def test_a_one_line_new_deal_names_the_client_the_stage_and_the_name(world):
    maria = f"<@{world.maria.user_id}>"
    reply = deal_command.update(world.ctx(world.ana), f"new {maria} under contract Lakeside condo")
    [deal] = repo.for_client(world.session, world.maria)
    assert (deal.name, deal.stage) == ("Lakeside condo", "under_contract") and "Lakeside condo" in reply.text
    refused = deal_command.update(world.ctx(world.ben), f"new {maria} lead Elm lot")
    assert refused.text == messages.DEAL_NOT_YOURS
    for unread in (f"new {maria} lead", "new maria lead Elm lot", f"new {maria} haggling Elm lot"):
        assert deal_command.update(world.ctx(world.ana), unread).text.startswith("Type /deal N STAGE")
    assert len(repo.for_client(world.session, world.maria)) == 1


def test_a_one_line_new_deal_finds_the_client_in_the_vas_own_workspace(world):
    for person in (world.ana, world.maria):
        person.team_id = "T0ACME"
    world.session.flush()
    deal_command.update(world.ctx(world.ana), f"new <@{world.maria.user_id}> lead Elm lot")
    assert [deal.name for deal in repo.for_client(world.session, world.maria)] == ["Elm lot"]


# --- the App Home -----------------------------------------------------------------------------------------


def test_the_home_shows_a_va_their_clients_open_deals_with_update_buttons(world):
    mine = world.deal(world.maria, "Jones closing", "offer")
    world.deal(world.maria, "Old farm", "closed_lost")
    theirs = world.deal(world.tom, "Tom's loft", "offer")
    ana = deal_home.home_section(world.ctx(world.ana))
    updates = [b.value for item in ana.items for b in item.buttons if b.action == deal_home.UPDATE]
    assert updates == [str(mine.id)] and "loft" not in str(ana) and "Old farm" not in str(ana)
    admin = deal_home.home_section(world.ctx(world.admin))
    assert {b.value for item in admin.items for b in item.buttons} >= {str(mine.id), str(theirs.id)}


def test_the_home_shows_a_client_their_own_deals_only_in_phase_three(world):
    world.deal(world.maria, "Jones closing", "offer")
    world.deal(world.pat, "Pat's condo", "offer")
    maria = deal_home.home_section(world.ctx(world.maria))
    assert "Jones closing" in maria.items[0].text and maria.items[0].buttons == ()
    assert deal_home.home_section(world.ctx(world.pat)) is None


# --- how deals read ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delta", "said"),
    [
        (timedelta(minutes=5), "less than an hour"),
        (timedelta(hours=1), "1 hour"),
        (timedelta(hours=30), "1 day"),
        (timedelta(days=12), "12 days"),
        (timedelta(days=59), "59 days"),
        (timedelta(days=95), "3 months"),
    ],
)
def test_spans_read_in_the_unit_people_use(delta, said):
    assert span(delta) == said


def test_amounts_read_as_currency():
    assert (money(Decimal("412000")), money(Decimal("1234.5")), money("7.00")) == (
        "$412,000",
        "$1,234.50",
        "$7",
    )


# --- one fact about a deal, answered as asked -------------------------------------------------------------


@pytest.fixture
def baker(world):
    deal = world.deal(
        world.maria, "Baker Street duplex", "offer", days_in_stage=12, amount=Decimal("534000"),
        close_date=date(2026, 12, 16),
    )  # fmt: skip
    step = "Inspection report due Friday"
    repo.update(world.session, deal, by=world.ana, next_step=step, now=NOW - timedelta(days=2))
    return deal


@pytest.mark.parametrize(
    ("ask", "said"),
    [
        ("close", "*Baker Street duplex* is expected to close Wed, Dec 16 — in 21 days."),
        ("next_step", "The next step on *Baker Street duplex* (at *Offer*): Inspection report due Friday"),
        ("owner", "<@UANA>, your VA, looks after *Baker Street duplex*. Last updated 2 days ago by <@UANA>."),
        ("amount", "The amount on *Baker Street duplex* is $534,000."),
        ("age", "*Baker Street duplex* has been at *Offer* for 12 days (since Fri, Nov 13)."),
        ("stage", "*Baker Street duplex* is at *Offer* — for 12 days."),
    ],
)
def test_a_question_about_one_thing_answers_that_thing(world, baker, ask, said):
    reply = world.ask(world.maria, "deal.status", deal="baker", ask=ask)
    assert text_of(reply) == said
    # the deal is what was talked about, with its next step for "when's that inspection report due?"; its
    # close date, once asked, is the day talked about ("put the closing on for that day")
    closing = {"window": {"start": "2026-12-16T00:00:00-06:00", "end": "2026-12-17T00:00:00-06:00"}}
    assert reply.extras["topics"] == {
        "deal": {"name": "Baker Street duplex", "next": "Inspection report due Friday"},
        **(closing if ask == "close" else {}),
    }


def test_who_last_updated_it_names_the_person_and_the_latest_change(world, baker):
    said = text_of(world.ask(world.maria, "deal.status", deal="baker", ask="updated"))
    assert said.startswith("*Baker Street duplex*: Last updated 2 days ago by <@UANA>.")
    assert "The latest change:\n• " in said


def test_missing_facts_are_said_plainly(world):
    world.deal(world.maria, "Lakeview listing", "proposal")
    for ask, said in (
        ("close", "There's no expected close date on *Lakeview listing* yet — it's at *Proposal / showing*."),
        ("next_step", "No next step is noted on *Lakeview listing* yet — it's at *Proposal / showing*."),
        ("amount", "No amount is noted on *Lakeview listing* yet."),
    ):
        assert text_of(world.ask(world.maria, "deal.status", deal="lakeview", ask=ask)) == said


def test_a_closed_deal_says_when_it_closed_and_has_no_next_step(world):
    world.deal(world.maria, "Jones closing", "closed_won", days_in_stage=3, next_step="Walkthrough")
    assert text_of(world.ask(world.maria, "deal.status", deal="jones", ask="close")) == (
        "*Jones closing* has closed: *Closed won* on Sun, Nov 22."
    )
    assert "no next step" in text_of(world.ask(world.maria, "deal.status", deal="jones", ask="next_step"))


@pytest.mark.parametrize(
    ("stage", "asked", "said"),
    [
        ("offer", "under contract", "No, not yet — *Baker* is at *Offer* (for 12 days)."),
        ("under_contract", "under contract", "Yes — *Baker* is at *Under contract*, since Fri, Nov 13."),
        ("closing", "under contract", "Yes — *Baker* is past that: it's at *Closing*, since Fri, Nov 13."),
        (
            "closed_won",
            "under contract",
            "Yes — *Baker* is past that: it's at *Closed won*, since Fri, Nov 13.",
        ),
        ("closed_lost", "under contract", "No — *Baker* is *Closed lost* (since Fri, Nov 13)."),
        ("offer", "closed", "No, not yet — *Baker* is at *Offer* (for 12 days)."),
        ("closed_lost", "closed", "Yes — *Baker* is at *Closed lost*, since Fri, Nov 13."),
        ("closed_won", "sold", "Yes — *Baker* is at *Closed won*, since Fri, Nov 13."),
        ("closed_lost", "sold", "No — *Baker* is *Closed lost* (since Fri, Nov 13)."),
    ],
)
def test_a_yes_no_stage_question_is_answered_with_the_word_that_answers_it(world, stage, asked, said):
    world.deal(world.maria, "Baker", stage, days_in_stage=12)
    reply = world.ask(world.maria, "deal.status", deal="baker", ask="stage", stage=asked, question="yes_no")
    assert text_of(reply) == said


def test_a_yes_no_question_about_a_stage_nobody_has(world):
    world.deal(world.maria, "Baker", "offer")
    said = text_of(world.ask(world.maria, "deal.status", deal="baker", stage="auction", question="yes_no"))
    assert said.startswith("I don't have a stage called “auction”.")


def test_which_one_closes_first_orders_open_deals_by_expected_close(world):
    world.deal(world.maria, "Oak Ave", "offer", close_date=date(2027, 1, 8))
    world.deal(world.maria, "Elm St", "under_contract", close_date=date(2026, 12, 4))
    world.deal(world.maria, "Lakeview", "proposal")
    world.deal(world.maria, "Old one", "closed_won", close_date=date(2026, 11, 1))
    world.deal(world.tom, "Tom's", "offer", close_date=date(2026, 11, 30))  # never another client's
    said = text_of(world.ask(world.maria, "deal.pipeline", order="close")).splitlines()
    assert said[0] == "*Elm St* is expected to close first, Fri, Dec 4."
    assert said[1] == "*In order of expected close:*"
    assert [line.split(" — ")[0] for line in said[2:4]] == ["• *Elm St*", "• *Oak Ave*"]
    assert said[4] == "No expected close date yet: *Lakeview*."
    at_offer = text_of(world.ask(world.maria, "deal.pipeline", order="close", stage="offer"))
    assert at_offer == "*Oak Ave* is expected to close first, Fri, Jan 8."
