"""A polite or indirect ask put the way it would be asked straight out (bot.parser.indirect)."""

import pytest

from bot.parser.indirect import direct


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        # the question inside "I was wondering whether/how …", the verb put before its subject
        ("I was wondering whether I might be free tomorrow at 10:30?", "am I free tomorrow at 10:30?"),
        ("could you tell me where the walkthrough is tomorrow?", "where is the walkthrough tomorrow?"),
        ("I was wondering how many hours ana has spent on it?", "how many hours has ana spent on it?"),
        ("I was wondering whether anyone has picked it up yet?", "has anyone picked it up yet?"),
        ("could you remind me who my VA is?", "who is my VA?"),
        ("Would you mind telling me what that phase would include?", "what would that phase include?"),
        # a clause with no helping verb asks with "do", "does" or "did"
        ("could you tell me what the day after that looks like?", "what does the day after that look like?"),
        ("do you happen to know how long it runs?", "how long does it run?"),
        ("do you happen to know what it went for?", "what did it go for?"),
        ("would you mind telling me which clients I look after?", "which clients do I look after?"),
        ("could you remind me what time my agenda gets sent?", "what time does my agenda get sent?"),
        ("I was wondering where things stand with the oak deal", "where do things stand with the oak deal?"),
        ("do you happen to know which phase tom is on?", "which phase is tom on?"),
        # the frame said after the question, a softening word inside it, a VA's move asked
        ("has ana picked it up yet, do you know?", "has ana picked it up yet?"),
        ("could I possibly have them by Friday?", "could I have them by Friday?"),
        ("could you log 20m on it, please?", "log 20m on it, please?"),
        ("would you mind leaving it where it is after all?", "leave it where it is after all?"),
        # more frames: "I'd like to know", "I was hoping to find out", "might I ask"; "might I be free"
        (
            "I'd like to know where things stand on the Jones deal.",
            "where do things stand on the Jones deal.",
        ),
        ("I was hoping to find out when you send my agenda now.", "when do you send my agenda now."),
        ("I see. Might I ask which phase would unlock that?", "which phase would unlock that?"),
        ("And might I be free at 11:30 instead?", "And am i free at 11:30 instead?"),
        ("Could you let me know whether I have any reminders left?", "do I have any reminders left?"),
        ("Could you let me know what you did for me this week?", "what did you do for me this week?"),
        # what only told why before the frame goes, courtesies after the ask too
        ("I'm doing my books tonight. Could you let me know what ben did?", "what did ben do?"),
        ("Would it be possible to move it to 5:30, if that's not too much trouble?", "move it to 5:30?"),
        ("And what time does it start, if you'd be so kind?", "And what time does it start?"),
        (
            "On second thought, I'd rather you didn't — would you mind cancelling that reminder?",
            "cancel that reminder?",
        ),
        (
            "Could you kindly tell me where tomorrow's walkthrough is taking place?",
            "where is tomorrow's walkthrough taking place?",
        ),
        (
            "Would you kindly let me know the status of the Jones deal?",
            "what is the status of the Jones deal?",
        ),
        ("Could you kindly remind me of its asking price?", "what is its asking price?"),
        ("could you kindly remind me at 3 to call Bob?", "remind me at 3 to call Bob?"),  # a reminder still
        ("Could you kindly tell me what phase 2 would add?", "what would phase 2 add?"),
        ("I was hoping you could have the open-house flyers printed.", "get the open-house flyers printed."),
        (
            "I was hoping to book a call with my accountant tomorrow at 4:45.",
            "book a call with my accountant tomorrow at 4:45.",
        ),
        ("And how long did that take, may I ask?", "And how long did that take?"),
        ("Thank you. And what about today, if I may ask?", "Thank you. And what about today?"),
        (
            "I'd be grateful if you could let me know whether my afternoon is clear tomorrow.",
            "is my afternoon clear tomorrow.",
        ),
        ("I wonder whether that slot is actually free?", "is that slot actually free?"),
        ("And do let me know what time it starts.", "And what time does it start."),
        ("I'd be grateful if you could move it to 5:30.", "move it to 5:30."),
        (
            "I'd be grateful for an update on the Baker Street duplex.",
            "an update on the Baker Street duplex.",
        ),
        (
            "Would you be able to tell me where things stand on the Jones deal?",
            "where do things stand on the Jones deal?",
        ),
        ("my apologies — could you make it 5:15 instead?", "my apologies — make it 5:15 instead?"),
        ("could you order more envelopes?", "could you order more envelopes?"),  # an errand keeps its words
        # a question word that is the subject stays where it is
        ("would you mind telling me which phase would unlock that?", "which phase would unlock that?"),
        ("do you happen to know which one closes first?", "which one closes first?"),
        (
            "would you mind telling me which of those are at the offer stage?",
            "which of those are at the offer stage?",
        ),
        ("could you let me know what got done for me this week?", "what got done for me this week?"),
        # two indirect questions joined by "and"
        (
            "I was hoping you could tell me which phase I'm on, and what the next phase would give me?",
            "which phase am i on, and what would the next phase give me?",
        ),
        # the ask inside "would you mind …ing", "would you be so kind as to", "would it be possible to"
        ("Would you mind cancelling the dentist for me?", "cancel the dentist for me?"),
        ("would you be so kind as to remind me at 3:30 to call Bob?", "remind me at 3:30 to call Bob?"),
        ("would it be possible to push it back an hour?", "push it back an hour?"),
        # courtesies around the ask go, and what only told why before it
        # (a greeting before it is the polite opening every message loses, template.py)
        ("Hi Jane, sorry — could you tell me where it is?", "Hi Jane, sorry — where is it?"),
        ("Oh, and some staples too, if possible!", "Oh, and some staples too!"),
        ("Oh dear, she's stuck until 1 — would it be possible to push it back?", "push it back?"),
        # an ask before the polite one is no mere reason, and stays
        ("Please order paper. Would you mind calling the bank?", "Please order paper. call the bank?"),
        ("I meant Wednesdays. Thanks for your patience!", "I meant Wednesdays."),
        # a clause in the past asked with "did", and a whole question told after "tell me", "show me"
        ("would you mind telling me what ben said about the Parkers?", "what did ben say about the Parkers?"),
        (
            "I was wondering whether the Maple Court condo ever closed?",
            "did the Maple Court condo ever close?",
        ),
        ("would you mind showing me what's waiting for me?", "what's waiting for me?"),
        ("Could you tell me what's open across all the clients?", "what's open across all the clients?"),
        ("could you possibly book a call with the inspector then?", "book a call with the inspector then?"),
        # a possessive or a long subject, and a pronoun that is no "which" or "what" of its own
        ("Would you mind telling me what ana's note on the toner was?", "what was ana's note on the toner?"),
        (
            "could you tell me what the price of the baker duplex is?",
            "what is the price of the baker duplex?",
        ),
        (
            "Might I ask what it would take to get that turned on?",
            "what would it take to get that turned on?",
        ),
        # old-fashioned courtesy: "I should like to know", "might you", "I'd be most obliged if you would"
        ("I should like to know where the walkthrough will be.", "where is the walkthrough."),
        ("Might you tell me what reminders I have?", "what reminders do I have?"),
        ("Might I see what reminders I have?", "what reminders do I have?"),
        (
            "Would you be so kind as to tell me how the Jones deal is progressing?",
            "how is the Jones deal progressing?",
        ),
        (
            "Splendid. I'd be most obliged if you would book a call with Mr. Henderson then.",
            "book a call with Mr. Henderson then.",
        ),
        (
            "And might you also remind me tomorrow at 4 to collect the dry cleaning?",
            "And remind me tomorrow at 4 to collect the dry cleaning?",
        ),
        (
            "How very kind of ana. Might you tell me what tomorrow looks like now?",
            "what does tomorrow look like now?",
        ),
        ("would you be good enough to move it to 5:30?", "move it to 5:30?"),
        # a VA's and an admin's courtesy
        ("Would you mind showing me which bookings are waiting on me?", "which bookings are waiting on me?"),
        ("Could you show me which phase each client is on?", "which phase is each client on?"),
        ("Do you know whether anything's come in for me?", "has anything come in for me?"),
        ("And would you happen to know what phase tom is on?", "And what phase is tom on?"),
        (
            "Would you mind rejecting the haircut, the salon is closed tomorrow?",
            "reject the haircut, the salon is closed tomorrow?",
        ),
        ("Could I claim #5, please?", "claim #5, please?"),
        ("could I take a meeting at 3 today", "could I take a meeting at 3 today"),
        # "expected to", "due to": when it happens, asked plainly
        ("And how long is it expected to run?", "And how long does it run?"),
        ("when is the Lakeview listing due to close?", "when does the Lakeview listing close?"),
    ],
)
def test_an_indirect_ask_is_asked_straight_out(typed, asked):
    assert direct(typed) == asked


@pytest.mark.parametrize(
    "typed",
    [
        "thanks, jane",  # courtesies with no ask around them stay as they are
        "tell me what phase 3 gets me",  # a frame the grammar reads as it is
        "would you mind if I called later",  # no ask of Jane's inside
        "would you mind waiting a bit",  # no verb Jane acts on
        "what's on tomorrow?",
    ],
)
def test_anything_else_is_left_as_typed(typed):
    assert direct(typed) == typed
