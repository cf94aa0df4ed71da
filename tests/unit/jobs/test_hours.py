"""Working hours for VAs and quiet hours for clients, each in the person's own zone."""

from datetime import UTC, datetime

from handlers.proactive.hours import client_available_at, va_available_at, work_hours
from storage.models import Person


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_a_va_is_reached_only_inside_their_hours_in_their_zone():
    va = Person(user_id="UVA", tz="Europe/London", work_start="09:00", work_end="18:00")
    assert va_available_at(va, utc(2026, 11, 2, 10)) == utc(2026, 11, 2, 10)
    assert va_available_at(va, utc(2026, 11, 2, 18, 30)) == utc(2026, 11, 3, 9)


def test_custom_hours_and_a_broken_value_falls_back_to_the_default():
    night_shift = Person(user_id="UVA", tz="UTC", work_start="22:00", work_end="06:00")
    assert va_available_at(night_shift, utc(2026, 11, 2, 23)) == utc(2026, 11, 2, 23)
    assert va_available_at(night_shift, utc(2026, 11, 2, 12)) == utc(2026, 11, 2, 22)
    assert work_hours(Person(user_id="U", work_start="nine", work_end="18:00"))[0].hour == 9


def test_a_client_is_not_messaged_at_night_but_in_the_morning():
    client = Person(user_id="UCL", tz="America/Chicago")
    ten_pm = utc(2026, 11, 3, 4)  # 22:00 CST on Nov 2
    assert client_available_at(client, ten_pm, "21:00-07:00") == utc(2026, 11, 3, 13)  # 07:00 CST
    noon = utc(2026, 11, 2, 18)
    assert client_available_at(client, noon, "21:00-07:00") == noon


def test_an_unknown_zone_counts_as_utc():
    client = Person(user_id="UCL", tz="Mars/Olympus")
    assert client_available_at(client, utc(2026, 11, 2, 3), "21:00-07:00") == utc(2026, 11, 2, 7)
