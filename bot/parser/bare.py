"""A question of a word or two right after an answer ("where?", "who?", "price?", "booked yet?"), spelled out
as the question it stands for about what was talked about last, so that it reads like one asked in full.

The question asked depends on what the talk was about: "who?" after an event asks who it is with, after a
deal who handles it, after a request who has it. Read over the normalised words (normalize.py).
"""

from __future__ import annotations

import re

from bot.parser.context import Topic, Topics
from bot.parser.vocabulary import expand

_BARE = re.compile(
    r"^(?:(?:and|so|ok|okay|but|hmm|um|oh|right)(?: ,)? )*(?P<q>where(?: at)?|when|what time|who(?: with)?"
    r"|with who|with whom|how much|for how much|(?:the )?price|cost|worth|closing when|when closing"
    r"|when is closing"  # "closing when?" as fronted.py puts it back in order
    r"|(?:the )?clos(?:e|ing) date|next|next steps?|what next|status|stage|what stage"
    r"|booked|confirmed|done|finished|picked up|claimed|anyone on it|how long)"
    r"(?: (?:then|again|exactly|though|now|yet|already))*$"
)
# The words of a bare question → what it asks: a key of _SPELLED below
_ASKS = {
    "where": "where", "where at": "where", "when": "when", "what time": "when",
    "who": "who", "who with": "who", "with who": "who", "with whom": "who",
    "how much": "price", "for how much": "price", "price": "price", "the price": "price", "cost": "price",
    "worth": "price", "closing when": "close", "when closing": "close", "when is closing": "close",
    "close date": "close",
    "closing date": "close", "the close date": "close", "the closing date": "close",
    "next": "next", "next step": "next", "next steps": "next", "what next": "next",
    "status": "status", "stage": "stage", "what stage": "stage",
    "booked": "booked", "confirmed": "booked", "done": "done", "finished": "done",
    "picked up": "taken", "claimed": "taken", "anyone on it": "taken", "how long": "length",
}  # fmt: skip
# (what was talked about, what is asked) → the question in full
_SPELLED = {
    ("event", "where"): "where is it?",
    ("event", "when"): "when is it?",
    ("event", "close"): "when is it?",
    ("event", "who"): "who is it with?",
    ("event", "length"): "how long is it?",
    ("deal", "where"): "where are we on it?",
    ("deal", "status"): "where are we on it?",
    ("deal", "when"): "when does it close?",
    ("deal", "close"): "when does it close?",
    ("deal", "who"): "who is handling it?",
    ("deal", "price"): "what's it priced at?",
    ("deal", "next"): "what's the next step on it?",
    ("deal", "stage"): "what stage is it at?",
    ("request", "when"): "when is it?",
    ("request", "who"): "who has it?",
    ("request", "status"): "where does it stand?",
    ("request", "done"): "is it done yet?",
    ("request", "booked"): "is it booked yet?",
    ("request", "taken"): "has anyone picked it up yet?",
    ("reminder", "when"): "when is it?",
}
for _key in [key for key in _SPELLED if key[0] == "request"]:
    _SPELLED[("draft", _key[1])] = _SPELLED[_key]  # a booking waiting for the VA is a request too
# What only one kind of thing is asked: a price is a deal's, "booked yet?" a request's
_ONLY = {
    "price": ("deal",), "next": ("deal",), "stage": ("deal",), "length": ("event",),
    "booked": ("draft", "request"), "done": ("request", "draft"), "taken": ("request", "draft"),
}  # fmt: skip
_TALKED_OF = ("event", "deal", "request", "draft", "reminder")


def spelled_out(words: str, topics: Topics) -> str | None:
    """The question in full that a bare one stands for, or None when `words` are no bare question or
    nothing was talked about that it could ask about."""
    match = _BARE.match(words)
    if match is None:
        return None
    asked = _ASKS[match.group("q")]
    topic: Topic | None = topics.latest(*_ONLY.get(asked, _TALKED_OF))
    if topic is not None:
        return _SPELLED.get((topic.kind, asked))
    refused = topics.get("refused")
    spelled = _SPELLED.get(("deal", asked))
    if refused is None or refused is not topics.newest() or spelled is None:
        return None
    if not str(refused.text("intent")).startswith("deal."):
        return None
    # "price?" right after a deal question was refused: that deal question again, to be refused again
    named = topics.last_slot("deal")
    return re.sub(r"\bit\b", f"the {named}" if isinstance(named, str) else "the deal", spelled)


# A word or two that stands for a whole question of its own kind, by what was talked about last (over the
# normalised words): (pattern, the kinds of topic it needs (None: any or none), the question in full, where
# `{g}` is the pattern's group `g` and `{day}` the day talked about).
_LEAD = r"^(?:(?:and|so|ok|okay|but|hmm|oh|what about|how about)(?: ,)? )*"
_JUST_TALKED_OF = ("phase", "window", "slot")
_TERSE: tuple[tuple[re.Pattern[str], tuple[str, ...] | None, str], ...] = tuple(
    (re.compile(_LEAD + pattern + r"(?: (?:then|again|now|please))*$"), kinds, question)
    for pattern, kinds, question in (
        # "afternoon?" after "anything tmrw morning?": that day's other part
        (r"(?:the )?(?P<part>morning|afternoon|evening)", ("window",), "what about in the {part}?"),
        (
            r"(?:the |that )?(?:whole|full|entire) day|all day|that day",
            ("window", "slot"),
            "what is on {day}?",
        ),
        # "2?", "and 3?" after phase talk: what that phase gives
        (r"(?:phase )?(?P<p>[1-3]|one|two|three|ii|iii)", ("phase",), "what does phase {p} give me?"),
        # a VA's or an admin's shorthand
        (r"(?:my |the )?queue", None, "what is in my queue?"),
        (r"(?:my |the )?clients", None, "who are my clients?"),
        (r"(?P<who>(?!(?:my|the|your|our|his|her|their)\b)[a-z]+) phase", None, "what phase is {who} on?"),
        (r"(?:his|her) phase", ("client",), "what phase is he on?"),
        (r"(?:his|her) va", ("client",), "who is his va?"),
        # "how do i unlock?" after a refusal: how to reach the phase it needs
        (r"how (?:do|can|would) (?:i|we) unlock", ("refused",), "how do i get that unlocked?"),
        # "move to 5:30" after an event or a booking was talked about: that one, moved
        (r"(?P<verb>move|push|shift|bump) to (?P<rest>.+)", ("event", "draft"), "{verb} it to {rest}"),
        # "when is that reminder again?": the reminder talked about
        (
            r"(?:when|what time) is (?:that|the|my) reminder(?: (?:for|set for))?",
            ("reminder",),
            "when is it?",
        ),
        # "the other?" after Jane asked which deal
        (r"(?:the )?other(?: one)?", ("deals",), "i meant the other one"),
        # "what does the next one give me?" after phase talk: the phase above
        (
            r"(?:what (?:is|does|would|will|do|about) )?(?:in )?the (?:next|following) one"
            r"(?: (?:give|unlock|add|bring|include|cover|get)s?(?: me| us)?)?",
            ("phase",),
            "what does the next phase give me?",
        ),
    )
)
# "any left?", "anything else pending?" right after reminders or requests were talked about: that list again
_LEFT = re.compile(
    _LEAD
    + r"(?:are there |is there |do i have |have i got |got )?(?:any|anything|any more|anymore|any others?"
    r"|what is|what(?:'s| is) still|others)(?: (?:ones?|more|else))? (?:left|remaining|pending|outstanding"
    r"|still (?:open|pending|there|set))(?: (?:then|now|at all))*$"
)
_LISTED_AGAIN = {
    "reminder": "what reminders do i have?",
    "request": "what requests do i have open?",
    "draft": "what requests do i have open?",
}


# "dentist?" right after a question about another event: the same question about this one
_EVENT_ALONE = re.compile(
    expand(
        # (one asked with "what about" and a person or a day: "what about my coffee with Priya today?"; the
        # rest, "and the dentist?", are the follow-up rules')
        r"^(?:the |my )?(?P<event>(?:[\w-]+ )?(?:{event}|{events}))$"
        r"|^(?:(?:and|so|ok|okay)(?: ,)? )*(?:what about|how about) (?:the |my )?"
        r"(?P<event2>(?:[\w-]+ )?(?:{event}|{events})(?: with [a-z]+)?)(?P<day2> today| tomorrow)?$"
    )
)
_ASKED_AGAIN = {
    "where": "where is the {event}?",
    "length": "how long is the {event}?",
    "who": "who is the {event} with?",
    "end": "when does the {event} end?",
}


# "and when does it get sent now?", "when do you send it?" right after the agenda or the review was set
_WHEN_SENT = re.compile(
    _LEAD + r"(?:(?:just to check|to check|sorry)(?: ,)? )*when (?:(?:does|do|will|is|would) (?:it|that)"
    r" (?:get sent|come|arrive|go out|be sent|sent|coming|arriving|going out|land|show up)"
    r"|(?:do|will|would) you send (?:it|that))"
    r"(?: (?:out|now|then|again|exactly|these days))*(?:(?: ,)? (?:just so|so) .*)?$"
)
_SENT_WHEN = {"agenda": "when does my agenda come?", "review": "when does my weekly review get sent?"}


# "is it still on?", "still happening?" right after an event was talked about: that event, asked yes or no
_STILL_ON = re.compile(
    _LEAD + r"(?:is (?:it|that|that one) )?(?:still|definitely) (?:on|happening|going ahead|going on|booked)"
    # "so is it still on for tomorrow then?": the day it is asked of
    r"(?: (?:for |on )?(?P<day>today|tonight|tomorrow|the day after tomorrow|(?:this |next )?(?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)))?(?: then)?$"
)


def _left_of(topics: Topics) -> str | None:
    """The list "any left?" asks for again: of the kind talked about last, or of the kind just withdrawn
    (a withdrawal leaves only what it was, `last`)."""
    listed = topics.latest(*_LISTED_AGAIN)
    if listed is not None:
        return _LISTED_AGAIN[listed.kind]
    withdrawn = topics.last_intent() in ("conversation.withdraw", "reminder.cancel", "request.cancel")
    kind = next((kind for kind in _LISTED_AGAIN if topics.last_slot(kind) is not None), None)
    return _LISTED_AGAIN[kind] if withdrawn and kind is not None else None


def spelled_terse(words: str, topics: Topics) -> str | None:
    """The question in full that a terse one stands for ("afternoon?", "2?", "queue?", "dentist?"), or
    None."""
    event = _EVENT_ALONE.match(words) if topics.last_intent() == "calendar.event" else None
    if event is not None:
        asked = topics.last_slot("ask")
        named, day = event.group("event") or event.group("event2"), event.group("day2")
        if event.group("event2") and " with " not in named and not day:
            return None  # "what about the dentist?": the follow-up rules ask it again, marked as one
        question = _ASKED_AGAIN.get(str(asked), "when is the {event}?").format(event=named)
        return f"{question[:-1]}{day or ''}?"  # "what about my coffee with Priya today?"
    if _LEFT.match(words) and (left := _left_of(topics)) is not None:
        return left
    still_on = _STILL_ON.match(words)
    talked_of = topics.latest("event", "request", "draft", "deal") if still_on else None
    if still_on and talked_of is not None and talked_of.kind == "event" and talked_of.text("title"):
        day = f" {still_on.group('day')}" if still_on.group("day") else ""
        return f"is the {talked_of.text('title')} still on{day}?"
    if _WHEN_SENT.match(words):
        setting = topics.latest(*_SENT_WHEN)
        # with nothing set to point at, "it" is asked back like any other pronoun (never an errand to send)
        return _SENT_WHEN[setting.kind] if setting is not None else "when is it?"
    for pattern, kinds, question in _TERSE:
        match = pattern.match(words)
        if match is None:
            continue
        topic = topics.latest(*kinds) if kinds else None
        if kinds and topic is None:
            continue
        if topic is not None and topic.kind in _JUST_TALKED_OF and topics.newest() is not topic:
            continue  # "2?" is a phase only right after phase talk, "afternoon?" a part of the day just asked
        day = topic.times.get("start") if topic is not None else None
        said_day = f"{day:%A %B} {day.day}".lower() if day is not None else "that day"
        spelled = question.format(
            **{key: value or "" for key, value in match.groupdict().items()}, day=said_day
        )
        # a question in full is never terse itself (so it is read once, not spelled out again)
        return None if any(other.match(spelled.strip(" ?")) for other, _, _ in _TERSE) else spelled
    return None
