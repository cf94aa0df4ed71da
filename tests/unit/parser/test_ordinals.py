"""A choice picked by its place in the list Jane showed."""

import pytest

from bot.parser.ordinals import place_in


@pytest.mark.parametrize(
    ("words", "count", "index"),
    [
        ("the second one", 3, 1),
        ("ok the first one please", 2, 0),
        ("the last one", 4, 3),
        ("2nd", 2, 1),
        ("the fifth one", 2, None),  # past the end of what was shown
        ("the second one", 0, None),
        ("the Oak Ave one", 2, None),  # named, not placed
        ("second thoughts, cancel it", 2, None),
    ],
)
def test_a_place_picks_that_choice_and_nothing_past_the_list(words, count, index):
    assert place_in(words, count) == index
