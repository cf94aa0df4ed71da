"""Smalltalk: greetings, thanks and goodbyes get a short human answer."""

from __future__ import annotations

import re

from handlers.core import messages
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape
from handlers.core.reply import Reply

# (pattern, answer), the first match wins
ANSWERS = (
    (re.compile(r"\b(thanks|thank you|thx|ty|cheers|appreciate)\b", re.I), messages.SMALLTALK_THANKS),
    (re.compile(r"\bhow are (you|things)\b|\bhow's it going\b", re.I), messages.SMALLTALK_HOW_ARE_YOU),
    (re.compile(r"\b(bye|goodbye|see you|good night|talk later)\b", re.I), messages.SMALLTALK_BYE),
    (
        re.compile(r"\b(hi|hello|hey|good (morning|afternoon|evening)|yo|howdy)\b", re.I),
        messages.SMALLTALK_HELLO,
    ),
)


def handle(ctx: Context, ask: Ask) -> Reply:
    for pattern, answer in ANSWERS:
        if pattern.search(ask.text):
            return Reply(answer.format(name=escape(_first_name(ctx))))
    return Reply(messages.SMALLTALK_DEFAULT)


def _first_name(ctx: Context) -> str:
    name = (ctx.asker.name or "").strip()
    return name.split()[0].capitalize() if name else "there"
