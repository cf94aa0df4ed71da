"""Finding a request by the words a person names it with, whatever generic noun they put after them."""

import pytest

from handlers.core.naming import names


@pytest.mark.parametrize(
    "words",
    ["garcias thing", "the Garcias one", "garcias stuff", "the newsletter list job", "Garcia"],
)
def test_a_generic_noun_after_the_telling_words_still_names_the_request(words):
    assert names(words, "please add the Garcias to the newsletter list")


@pytest.mark.parametrize("words", ["flyers thing", "the toner one"])
def test_words_the_request_does_not_have_name_nothing(words):
    assert not names(words, "please add the Garcias to the newsletter list")
