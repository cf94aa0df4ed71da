import pytest

from bot.parser.fronted import unfronted


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("and the walkthrough tmrw, where's that at?", "where's the walkthrough tmrw at?"),
        ("the Baker Street one - when does it close?", "when does the Baker Street close?"),
        ("nice 🎉 and the lakeview one, is that under contract yet?", "is the lakeview under contract yet?"),
        ("ok, my dentist appt, can you move it to 5?", "can you move my dentist appt to 5?"),
        ("what about the toner order, is that done yet?", "is the toner order done yet?"),
        # a verb's particle stays with its verb: "picked it up" is "picked up the paper order"
        ("back to the paper order — has anyone picked it up?", "has anyone picked up the paper order?"),
    ],
)
def test_a_thing_named_first_takes_the_place_of_its_pronoun(said, asked):
    assert unfronted(said) == asked


@pytest.mark.parametrize(
    "said",
    [
        "the printer is broken, can you fix it?",  # a sentence about the thing, not its name
        "the Jones deal, any news?",  # nothing pointed at
        "my calendar, is it this or that?",  # two things that could be pointed at
        "what's on my calendar today?",
    ],
)
def test_anything_else_is_left_as_it_is(said):
    assert unfronted(said) == said
