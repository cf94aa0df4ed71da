"""Phase changes: proposals decided once, direct changes, overrides, all on one audit trail."""

import pytest
from sqlalchemy.exc import IntegrityError

from storage.models import PhaseChange
from storage.repositories import people, phases


@pytest.fixture
def carla(session, cast):
    return cast.client.client


def trail(session, profile):
    return [(c.status, c.from_phase, c.to_phase, c.duty, c.granted) for c in phases.history(session, profile)]


def test_an_accepted_proposal_raises_the_phase(session, cast, carla):
    proposal = phases.propose(session, carla, 3, by=cast.va, note="ready for the calendar")
    assert phases.propose(session, carla, 3, by=cast.va).id == proposal.id  # asked twice: one proposal
    assert carla.phase == 2
    decision = phases.decide(session, proposal.id, True, by=cast.client)
    session.commit()
    assert decision.decided and decision.change.status == phases.ACCEPTED
    assert decision.change.decided_by_id == cast.client.id and decision.change.decided_at is not None
    session.expire_all()
    assert people.find(session, "U0CARLA").client.phase == 3
    assert trail(session, carla) == [("accepted", 2, 3, None, None)]


def test_the_database_refuses_a_second_open_proposal_for_a_phase(session, cast, carla):
    phases.propose(session, carla, 3, by=cast.va)
    phases.decide(session, phases.propose(session, carla, 1, by=cast.va).id, False, by=cast.client)
    phases.propose(session, carla, 1, by=cast.client)  # a closed proposal does not count
    session.add(PhaseChange(client_id=carla.person_id, status=phases.PROPOSED, from_phase=2, to_phase=3))
    with pytest.raises(IntegrityError):
        session.flush()


def test_a_declined_proposal_changes_nothing(session, cast, carla):
    proposal = phases.propose(session, carla, 3, by=cast.va)
    assert phases.decide(session, proposal.id, False, by=cast.client).change.status == phases.DECLINED
    assert carla.phase == 2
    assert phases.open_proposals(session, carla) == []


def test_only_the_first_decision_counts(sessions, cast):
    with sessions.begin() as session:
        proposal_id = phases.propose(session, people.find(session, "U0CARLA").client, 3, by=cast.client).id
    with sessions.begin() as session:
        assert phases.decide(session, proposal_id, False, by=cast.va).decided
    with sessions.begin() as session:
        late = phases.decide(session, proposal_id, True, by=cast.va)
        assert not late.decided and late.change.status == phases.DECLINED
    with sessions() as session:
        assert people.find(session, "U0CARLA").client.phase == 2


def test_a_direct_change_applies_at_once_and_withdraws_open_proposals(session, cast, carla):
    raise_ = phases.propose(session, carla, 3, by=cast.va)
    lowered = phases.apply(session, carla, 1, by=cast.client, note="too fast")
    assert carla.phase == 1 and lowered.status == phases.APPLIED
    assert phases.get(session, raise_.id).status == phases.WITHDRAWN
    assert not phases.decide(session, raise_.id, True, by=cast.client).decided
    assert carla.phase == 1
    assert trail(session, carla) == [("withdrawn", 2, 3, None, None), ("applied", 2, 1, None, None)]


def test_accepting_one_proposal_withdraws_the_others(session, cast, carla):
    to_three = phases.propose(session, carla, 3, by=cast.va)
    to_one = phases.propose(session, carla, 1, by=cast.client)
    phases.decide(session, to_one.id, True, by=cast.va)
    assert carla.phase == 1
    assert phases.get(session, to_three.id).status == phases.WITHDRAWN
    assert phases.withdraw(session, to_three.id, by=cast.va) is False


def test_overrides_are_recorded_and_take_effect(session, cast, carla):
    phases.override(session, carla, "sales_tracking", True, by=cast.admin)
    phases.override(session, carla, "ad_copy", False, by=cast.admin)
    phases.override(session, carla, "ad_copy", None, by=cast.admin)
    assert carla.override_map == {"sales_tracking": True}
    assert trail(session, carla) == [
        ("applied", None, None, "sales_tracking", True),
        ("applied", None, None, "ad_copy", False),
        ("applied", None, None, "ad_copy", None),
    ]


def test_a_new_client_starts_the_trail(session, cast, carla):
    phases.record_start(session, carla, by=None)
    assert trail(session, carla) == [("applied", None, 2, None, None)]
