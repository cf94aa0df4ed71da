"""A question of a word or two right after an answer ("where?", "who?", "price?", "booked yet?"), spelled out
as the question it stands for about what was talked about last, so that it reads like one asked in full.

The question asked depends on what the talk was about: "who?" after an event asks who it is with, after a
deal who handles it, after a request who has it. Read over the normalised words (normalize.py).
"""

from __future__ import annotations

import re

from bot.parser.context import Topic, Topics

_BARE = re.compile(
    r"^(?:(?:and|so|ok|okay|but|hmm|um|oh|right)(?: ,)? )*(?P<q>where(?: at)?|when|what time|who(?: with)?"
    r"|with who|with whom|how much|for how much|(?:the )?price|cost|worth|closing when|when closing"
    r"|(?:the )?clos(?:e|ing) date|next|next steps?|what next|status|stage|what stage"
    r"|booked|confirmed|done|finished|picked up|claimed|anyone on it|how long)"
    r"(?: (?:then|again|exactly|though|now|yet|already))*$"
)
# The words of a bare question → what it asks: a key of _SPELLED below
_ASKS = {
    "where": "where", "where at": "where", "when": "when", "what time": "when",
    "who": "who", "who with": "who", "with who": "who", "with whom": "who",
    "how much": "price", "for how much": "price", "price": "price", "the price": "price", "cost": "price",
    "worth": "price", "closing when": "close", "when closing": "close", "close date": "close",
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
    return _SPELLED.get((topic.kind, asked)) if topic is not None else None
