from datetime import date

import pytest

from handlers.hours.report import Days


@pytest.mark.parametrize(
    ("first", "after", "label"),
    [
        ((2026, 11, 1), (2026, 12, 1), "November 2026"),
        ((2026, 11, 23), (2026, 11, 30), "the week Mon 23 Nov – Sun 29 Nov"),
        ((2026, 11, 24), (2026, 11, 27), "Tue 24 Nov – Thu 26 Nov"),
    ],
)
def test_days_say_whether_they_are_a_month_a_week_or_a_run(first, after, label):
    assert Days(date(*first), date(*after)).label() == label
