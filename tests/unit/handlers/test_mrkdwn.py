"""Quoting people's words: one line, escaped, clipped; words too long to show whole start at the ask."""

from handlers.core.mrkdwn import quote


def test_short_words_are_shown_whole_and_escaped():
    assert quote("order <more>  toner\n& paper") == "order &lt;more&gt; toner &amp; paper"


def test_long_words_are_clipped_with_an_ellipsis():
    said = quote("please order " + "very " * 30 + "many pens")
    assert len(said) == 80 and said.endswith("…") and said.startswith("please order very")


def test_long_words_start_at_the_ask_past_the_scene_set_before_it():
    said = (
        "Hi Jane, the team's been asking for a proper holiday party this year. "
        "Can you get three caterer quotes for the 18th?"
    )
    assert quote(said) == "… Can you get three caterer quotes for the 18th?"


def test_long_words_with_no_ask_in_them_are_clipped_from_the_start():
    said = "The toner ran out this morning. The printer in the back office is blinking red again today."
    assert quote(said).startswith("The toner ran out this morning.")


def test_the_sentence_just_before_the_ask_is_kept_when_it_fits():
    said = (
        "We're hosting the brokers on Friday. I noticed we're out of coffee pods. "
        "Could you order a couple of boxes?"
    )
    assert quote(said) == "… I noticed we're out of coffee pods. Could you order a couple of boxes?"
