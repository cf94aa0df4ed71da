"""Finding a request by the words a person names it with, whatever generic noun they put after them."""

import pytest

from handlers.core.naming import names


@pytest.mark.parametrize(
    "words",
    ["garcias thing", "the Garcias one", "garcias stuff", "the newsletter list job", "Garcia"],
)
def test_a_generic_noun_after_the_telling_words_still_names_the_request(words):
    assert names(words, "please add the Garcias to the newsletter list")


@pytest.mark.parametrize(
    ("words", "asked_for"),
    [
        ("the walkthrough confirmation", "please call the sellers and confirm tomorrow's walkthrough"),
        ("the reservation", "reserve a table for four at Nico's"),
        ("the email screening", "please screen my email today"),
        ("my coffee pod request", "order some more coffee pods"),
        ("my toner order", "can you order a new tonner cartridge?"),  # one letter mistyped
        ("the keybaord", "order a new wireless keyboard"),  # two letters swapped
        ("the flyer", "print 50 flyers for the open house"),
    ],
)
def test_another_form_of_a_word_names_the_same_request(words, asked_for):
    assert names(words, asked_for)


@pytest.mark.parametrize(
    ("words", "asked_for"),
    [
        ("the tones", "order more toner"),
        ("paper", "print flyers"),
        ("mailing list", "ad copy for the listing"),
        ("the meet", "book the team meeting"),
    ],
)
def test_a_word_that_only_looks_alike_names_nothing(words, asked_for):
    assert not names(words, asked_for)


@pytest.mark.parametrize("words", ["flyers thing", "the toner one"])
def test_words_the_request_does_not_have_name_nothing(words):
    assert not names(words, "please add the Garcias to the newsletter list")
