"""People, roles and client profiles: roles are data, and a client's duties follow phase and overrides."""

from sqlalchemy import select

from handlers.phases.duties import granted_duties
from storage.models import ClientProfile, Person
from storage.repositories import people


def test_people_are_created_and_read_back(sessions, cast):
    with sessions() as session:
        carla = people.find(session, "U0CARLA")
        assert (carla.name, carla.tz, carla.is_va, carla.is_admin) == (
            "Carla",
            "America/Chicago",
            False,
            False,
        )
        assert carla.client.phase == 2
        assert carla.client.va.user_id == "U0VERA"
        assert people.get(session, carla.id).user_id == "U0CARLA"
        assert people.find(session, "U0NOBODY") is None
        assert [p.user_id for p in people.admins(session)] == ["U0ADMIN"]
        assert [p.user_id for p in people.vas(session)] == ["U0OTTO", "U0VERA"]
        assert [c.person.user_id for c in people.clients(session)] == ["U0CARLA", "W0DAN"]
        assert [c.person.user_id for c in people.clients(session, va=cast.va)] == ["U0CARLA"]


def test_upsert_updates_what_is_given_and_keeps_the_rest(session, cast):
    again = people.upsert(session, "U0CARLA", email="carla@example.com", name=None)
    session.commit()
    assert again.id == cast.client.id
    assert (again.name, again.email) == ("Carla", "carla@example.com")
    assert session.scalars(select(Person).where(Person.user_id == "U0CARLA")).unique().all() == [again]


def test_a_person_of_a_team_is_found_before_a_teamless_one(session):
    teamless = people.upsert(session, "U0SAM", name="Sam anywhere")
    in_team = people.upsert(session, "U0SAM", "T1", name="Sam of T1")
    session.commit()
    assert people.find(session, "U0SAM", "T1").id == in_team.id
    assert people.find(session, "U0SAM", "T2").id == teamless.id


def test_make_client_is_idempotent_and_sets_the_phase(session, cast):
    profile = people.make_client(session, cast.client, phase=3)
    assert profile is cast.client.client and profile.phase == 3
    assert len(session.scalars(select(ClientProfile)).all()) == 2


def test_who_serves_a_client(cast):
    assert people.serves(cast.va, cast.client.client)
    assert people.serves(cast.admin, cast.client.client)
    assert not people.serves(cast.other_va, cast.client.client)
    assert not people.serves(cast.client, cast.client.client)


def test_overrides_grant_and_withhold_on_top_of_the_phase(sessions, cast):
    with sessions.begin() as session:
        profile = people.find(session, "U0CARLA").client
        people.set_override(session, profile, "sales_tracking", True)
        people.set_override(session, profile, "ad_copy", False)
    with sessions() as session:
        profile = people.find(session, "U0CARLA").client
        assert profile.override_map == {"ad_copy": False, "sales_tracking": True}
        duties = granted_duties(profile.phase, profile.override_map)
        assert "sales_tracking" in duties and "ad_copy" not in duties and "call_email_screening" in duties
    with sessions.begin() as session:
        profile = people.find(session, "U0CARLA").client
        people.set_override(session, profile, "ad_copy", None)
        people.set_override(session, profile, "sales_tracking", False)
    with sessions() as session:
        assert people.find(session, "U0CARLA").client.override_map == {"sales_tracking": False}


def test_removing_a_va_leaves_their_clients_without_one(sessions, cast):
    with sessions.begin() as session:
        orphans = people.remove_va(session, people.find(session, "U0VERA"))
        assert [c.person.user_id for c in orphans] == ["U0CARLA"]
    with sessions() as session:
        vera, carla = people.find(session, "U0VERA"), people.find(session, "U0CARLA")
        assert not vera.is_va
        assert carla.client is not None and carla.client.va_id is None and carla.client.phase == 2
        assert people.find(session, "W0DAN").client.va.user_id == "U0OTTO"
