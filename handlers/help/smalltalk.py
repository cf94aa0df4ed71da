"""Smalltalk: greetings, thanks and goodbyes get a short human answer."""

from __future__ import annotations

import re

from handlers.core import messages
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape
from handlers.core.reply import Reply

# (pattern, answer), the first match wins
ANSWERS = (
    # "ok, thanks - I'll think about it": the topic is left open for later, whatever thanks come with it
    (
        re.compile(
            r"\b(think (about|on|over|it)|have a think|mull|sleep on it|let you know|get back to you"
            r"|circle back|be in touch|keep (it|that|this) in mind)\b",
            re.I,
        ),
        messages.SMALLTALK_LATER,
    ),
    # "lol never mind", "nvm", "forget it, I'll do it myself" with nothing of theirs to call off: a shrug back
    (
        re.compile(
            r"\b(never ?mind|nvm|forget (it|that|about it)|no need"
            r"|do(n't|nt| not) (bother|worry about it))\b",
            re.I,
        ),
        messages.SMALLTALK_NEVER_MIND,
    ),
    (re.compile(r"\b(thanks|thank you|thx|ty|cheers|appreciate)\b", re.I), messages.SMALLTALK_THANKS),
    (re.compile(r"\bhow are (you|things)\b|\bhow's it going\b", re.I), messages.SMALLTALK_HOW_ARE_YOU),
    # "that's all I needed for now. Have a wonderful afternoon!": a farewell with a wish, wished back
    (
        re.compile(
            r"\b(have a (\w+ )?(day|afternoon|evening|weekend|night|week|one)|enjoy (your|the) \w+)\b", re.I
        ),
        messages.SMALLTALK_YOU_TOO,
    ),
    (
        re.compile(
            r"\b(bye|goodbye|see you|good night|talk later|(that'?s|that is) (all|everything|it)\b)",
            re.I,
        ),
        messages.SMALLTALK_BYE,
    ),
    (
        re.compile(
            r"\b(hi|hello|hey|hiya|(good )?(morning|afternoon|evening)|gm|yo|howdy|greetings)\b", re.I
        ),
        messages.SMALLTALK_HELLO,
    ),
    (
        re.compile(
            r"\b(got it|noted|good to know|makes sense|fair enough|understood|gotcha|got you|i see|that helps"
            r"|helpful)\b",
            re.I,
        ),
        messages.SMALLTALK_NOTED,
    ),
)


_THANKED = re.compile(r"\b(thanks|thank you|thx|ty|cheers)\b", re.I)


def handle(ctx: Context, ask: Ask) -> Reply:
    if (ask.slots or {}).get("remark"):  # "that one's been dragging on forever": heard, nothing to do
        thanked = _THANKED.search(ask.text)  # "a quiet day for once. thanks!": the thanks is answered
        return Reply(messages.SMALLTALK_THANKS if thanked else messages.SMALLTALK_REMARK)
    for pattern, answer in ANSWERS:
        if pattern.search(ask.text):
            return Reply(answer.format(name=escape(_first_name(ctx))))
    return Reply(messages.SMALLTALK_DEFAULT)


def _first_name(ctx: Context) -> str:
    name = (ctx.asker.name or "").strip()
    return name.split()[0].capitalize() if name else "there"
