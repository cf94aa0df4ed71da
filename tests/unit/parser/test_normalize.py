import pytest

from bot.parser.normalize import normalize


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("nvm, ill do it myself", "never mind , i will do it myself"),
        ("ok ill take it", "ok i will take it"),
        ("pls add the 6 ppl from last night", "please add the 6 people from last night"),
        ("wanna know abt the Jones deal rn", "want to know about the jones deal right now"),
        ("np tho", "no problem though"),
    ],
)
def test_text_speak_reads_as_the_words_it_stands_for(typed, read):
    assert normalize(typed) == read


def test_ill_after_being_is_still_about_health():
    assert normalize("I am ill today, move my 2pm") == "i am ill today , move my 2pm"
