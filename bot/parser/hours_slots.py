"""The slots of time spent, hours and the weekly review (hours_grammar.py), from the message's own words."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.parser.hours_grammar import REVIEW_ASKED, REVIEW_ON
from bot.parser.message import Message
from bot.parser.normalize import restore
from bot.parser.times import scan
from bot.parser.vocabulary import expand
from bot.parser.when import resolve
from handlers.core.duration import UnreadableDuration, read_minutes

_LOG = re.compile(
    r"\b(?:log|logged|add|added|record|recorded|track|tracked|book|booked|bill|billed|put in|put|spent|spend)"
    r"(?: (?:another|an extra|a further|extra))? (?P<spent>.+?)(?: (?:of time|more|of work))?"
    r"(?: (?:on|to|for|against))? (?:request |req |number |no |ticket )?(?P<n>\d{1,6})\b"
    r"(?: (?:,|-|:|and|for|because))*(?: (?P<note>.+))?$"
)
_TAKEN_OFF = re.compile(
    r"\b(?:take|took|knock|remove|subtract|deduct|shave|cut|strip) (?P<spent>.+?)(?: (?:of time|of work))?"
    r" (?:off|from|off of) (?:request |req |number |no |ticket )?(?P<n>\d{1,6})\b"
    r"(?: (?:,|-|:|and|for|because))*(?: (?P<note>.+))?$"
)
# "put an hour and a half on the Baker ad": time on a request named by its words
_LOG_NAMED = re.compile(
    r"\b(?:log|logged|add|added|record|recorded|track|tracked|book|booked|bill|billed|put in|put|spent|spend)"
    r"(?: (?:another|an extra|a further|extra))? (?P<spent>.+?)(?: (?:of time|more|of work))?"
    r" (?:on|to|for|against) (?:the |my |that |those )?(?P<about>[a-z][\w' -]*)$"
)
# Words after a request's name that name no part of it: "the movers one so far"
_NAMING_ONLY = re.compile(r"(?: (?:one|request|order|errand|job|task|so far|today|already|this week))+$")
_PLEASANTRIES = re.compile(expand(r"(?:^|\s+)(?:{trailer}|,)(?:\s+(?:{trailer}|,))*$"))
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|days|s|\.)?\b|\b(tues|thur|thurs)(?:days?)?\b|\b(wednesday|saturday)s?\b"
)
_BARE_HOUR = re.compile(r"\b(?:to|at|for|around) (\d{1,2})(?::(\d{2}))?\b")
_STOP = re.compile(
    r"^(?:stop|cancel|pause|disable|turn off|switch off|unsubscribe|no more|quit|end|do not send|i do not"
    r"|please stop)\b"
)
_REVIEW_ASKED = re.compile(REVIEW_ASKED)
_REVIEW_ON = re.compile(REVIEW_ON)
_SELF_ONLY = frozenset({"did", "has", "have", "does", "do", "was", "were", "is"})
_EVERYONE = frozenset({"client", "clients", "va", "vas", "person", "everyone", "everybody", "each"})
_WHO_GROUPS = ("who", "who_for", "who_by", "who_what", "who_much", "who_work", "who_total")
# "for Tom", "on Maria", "by Ben" over the template (so "on @d" names a day, not a person)
_FOR_WHOM = re.compile(r"\b(?P<prep>for|on|by|against) (?P<name>[a-z][\w.'-]*)")
# "how much did we bill Maria?": the client billed
_BILLED = re.compile(r"\b(?:bill|billed|charge|charged|invoice|invoiced) (?P<name>[a-z][\w.'-]*)")
# "for him", "on her": the person talked about, resolved against the conversation (followup.py)
_POINTED_PERSON = frozenset({"him", "her"})
_NOT_WHOM = frozenset(
    {
        "me", "us", "you", "him", "her", "them", "it", "that", "this", "these", "those", "the", "a", "an",
        "my", "our", "your", "his", "their", "all", "each", "every", "any", "everyone", "everybody", "anyone",
        "requests", "request", "clients", "client", "work", "time", "average", "total", "hours", "now",
    }
)  # fmt: skip
AFTERNOON_UNTIL = 7  # "at 4" for a weekly review is 4 PM: a bare hour up to 7 is an afternoon one


def time_log(message: Message, subject: str | None) -> dict[str, Any]:
    """`request` (or `about`, the words naming it), and `minutes` (negative: a correction), or `spent` (the
    words Jane could not read); `note`, the VA's words after the number."""
    taken = _TAKEN_OFF.search(message.words)
    found = taken or _LOG.search(message.words) or _LOG_NAMED.search(message.words)
    if found is None:
        return {}
    named = found.groupdict().get("about")
    about = {"about": restore(_NAMING_ONLY.sub("", named), message.cased)} if named else {}
    slots: dict[str, Any] = {"request": int(found["n"])} if found.groupdict().get("n") else about
    try:
        minutes = read_minutes(found["spent"], signed=True)
        slots["minutes"] = -abs(minutes) if taken else minutes
    except UnreadableDuration:
        # "an hour and a half": a length the scanner read where the Done form's reader cannot
        length = next((piece.minutes for piece in message.pieces if piece.kind == "length"), None)
        if length:
            slots["minutes"] = -abs(length) if taken else length
        else:
            slots["spent"] = restore(found["spent"], message.cased)
    note = _PLEASANTRIES.sub("", found.groupdict().get("note") or "").strip()
    if note:
        slots["note"] = restore(note, message.cased)
    return slots


def review_settings(message: Message, subject: str | None) -> dict[str, Any]:
    """`stop`, or the review's `day` (0 Monday … 6 Sunday) and `time` ("16:00")."""
    if _REVIEW_ON.match(message.body):
        return {"ask": "when", "question": "yes_no"}  # "is my weekly review still on?"
    if _REVIEW_ASKED.match(message.body):
        return {"ask": "when"}  # "when does my weekly review get sent?"
    if any(_STOP.search(clause.strip()) for clause in message.body.split(" , ")):  # "actually, stop …"
        return {"stop": True}
    slots: dict[str, Any] = {}
    day = _WEEKDAY.search(message.words)
    if day:
        word = next(group for group in day.groups() if group)
        slots["day"] = _DAYS.index(word[:3])
    clock = next(
        (piece for piece in message.pieces if piece.kind == "clock" and piece.minute is not None), None
    )
    bare = _BARE_HOUR.search(message.words)
    if clock is not None and clock.minute is not None:
        minute = clock.minute
        if clock.meridiem is None and minute // 60 <= AFTERNOON_UNTIL and minute >= 60:
            minute += 12 * 60
        slots["time"] = f"{minute // 60:02d}:{minute % 60:02d}"
    elif bare and 0 < int(bare[1]) < 24 and int(bare[2] or 0) < 60:
        hour = int(bare[1]) + (12 if int(bare[1]) <= AFTERNOON_UNTIL else 0)
        slots["time"] = f"{hour:02d}:{int(bare[2] or 0):02d}"
    return slots


def looking_back(message: Message, subject: str | None) -> dict[str, Any]:
    """`start`/`end`: the days asked about, read as past ones ("in October" is last October)."""
    pieces = [piece for piece in scan(message.words, message.now, True) if piece.kind != "moment"]
    when = resolve(pieces, message.now, message.zone, clip=False)
    return {"start": when.start.isoformat(), "end": when.end.isoformat()} if when else {}


def hours(message: Message, subject: str | None) -> dict[str, Any]:
    """`who` (a person or a client, in the asker's casing; "I" and "you" as said), `client` (the client the
    time went to, when someone else is `who`: "how much time did Ana log for Tom?") and the days."""
    slots = looking_back(message, subject)
    groups = message.groups
    who = next((groups[key] for key in _WHO_GROUPS if groups.get(key)), None)
    # ("hours by client this month?": every client, as the report lists them anyway)
    # ("the hours by client for this week": "client" and what follows it name everyone)
    who = who if who and who.split()[0] not in _SELF_ONLY | _EVERYONE and "@" not in who else None
    named = {found["prep"]: found["name"] for found in reversed(list(_FOR_WHOM.finditer(message.body)))}
    pointed = next((name for name in named.values() if name in _POINTED_PERSON and name != who), None)
    named = {prep: name for prep, name in named.items() if name not in _NOT_WHOM and name != who}
    billed = _BILLED.search(message.body)
    if billed and billed["name"] not in _NOT_WHOM and billed["name"] != who:
        named.setdefault("for", billed["name"])
    by, whom = named.get("by"), named.get("for") or named.get("on") or named.get("against") or pointed
    who = who or by
    if whom and who:
        slots["client"] = restore(whom, message.cased)
    who = who or whom
    if who:
        slots["who"] = restore(who, message.cased)
    return slots


BUILDERS: dict[str, Callable[[Message, str | None], dict[str, Any]]] = {
    "time.log": time_log,
    "review.settings": review_settings,
    "review.week": looking_back,
    "hours.report": hours,
}
