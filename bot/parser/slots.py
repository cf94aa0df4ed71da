"""The slots of each intent (README, "`jane parse`"), built from the time pieces and names in a message."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from bot.parser import hours_slots, names, service_slots, statuses
from bot.parser.calendar_grammar import (
    ANYTHING_QUESTION,
    BUSY_QUESTION,
    DEFAULT_WINDOWS,
    FIRST_FREE,
    GAP_QUESTION,
    PLAN_IN_QUESTION,
)
from bot.parser.followup_grammar import EARLIER, LATER
from bot.parser.grammar import AGENDA_ASKED, AGENDA_STOP
from bot.parser.message import Message
from bot.parser.times import Piece, scan
from bot.parser.timewords import END_OF_DAY, START_OF_DAY
from bot.parser.vocabulary import expand
from bot.parser.when import When, local, resolve

# An event already on the calendar, moved or cancelled rather than booked (see `_schedule`)
_MOVE = re.compile(
    r"^(?:move|push|bump|shift|slide|reschedule|re-schedule|change|switch|swap|postpone|delay|pull)\b"
)
# A move to a new length: "shorten the walkthrough to half an hour", "make the dentist an hour long"
_RESIZE = re.compile(
    r"^(?:shorten|cut|trim|extend|lengthen|stretch)\b"
    r"|^make (?:my|the|our) (?!(?:it|that|this)\b)[\w' ]+? (?:@d )?(?:only |just )?@n(?: long)?$"
)
_CANCEL = re.compile(r"^(?:cancel|call off|scrap|scratch|nix|delete|remove|clear|drop|kill|axe)\b")
_LOOKING_BACK = re.compile(
    r"\b(?:closed|sold|did|was|were|went|moved|advanced|progressed|entered|last|past|lost|fell|won|ago"
    r"|have we|had)\b"
)


def slots_for(intent: str, subject: str | None, message: Message) -> dict[str, Any]:
    """The slots found for `intent`, holding only those that were found."""
    builder = _BUILDERS.get(intent)
    return builder(message, subject) if builder else {}


def _window(message: Message, subject: str | None, reach: int = 24 * 60) -> dict[str, Any]:
    when = open_ended(message, resolve(message.pieces, message.now, message.zone), reach)
    slots = _span(when)
    if when and when.minutes and when.exact:
        slots["duration_minutes"] = when.minutes
    return slots


# "what's after 10?", "am I free before noon?": a time with "after" or "before" bounds a window, not a slot
_SIDE = re.compile(r"\b(?P<side>after|before|later than|earlier than)\s+(?:the\s+|my\s+)?$")
_SIDE_INSIDE = re.compile(r"(?P<side>after|before)\b")


def open_ended(message: Message, when: When | None, reach: int) -> When | None:
    """The rest of the day from a time said "after", or the day up to one said "before": an agenda reads
    to midnight, an availability question to the end of the office day (`reach`, minutes after midnight)."""
    clock = next((piece for piece in message.pieces if piece.kind == "clock"), None)
    if when is None or not when.exact or clock is None or when.minutes or _has(message, "range", "moment"):
        return when
    side = _SIDE.search(message.words, 0, clock.at[0]) or _SIDE_INSIDE.match(message.words, clock.at[0])
    if side is None:
        return when
    day = when.start.date()
    if side.group("side") in ("after", "later than"):
        end = local(day, max(reach, when.start.hour * 60 + when.start.minute + 60), message.zone)
        return When(when.start, end, False)
    opening = local(day, 0 if reach > END_OF_DAY else START_OF_DAY, message.zone)
    # from now on, unless the bound is past: "anything before noon today?" at 3 PM asks about the morning
    start = max(opening, message.now) if message.now < when.start else opening
    return When(start, when.start, False) if start < when.start else when


def _has(message: Message, *kinds: str) -> bool:
    return any(piece.kind in kinds for piece in message.pieces)


# "how many meetings have I got tomorrow?": the events counted, then listed
_COUNTED = re.compile(
    r"^(?:(?:and|so|ok|okay) )*how many (?:meetings|events|appointments|appts|things|calls|items|bookings)\b"
)


# "what's my last appointment tomorrow?", "when's my first meeting?": one end of the day asked about
_PICKED = re.compile(
    r"\b(?P<pick>first|last|earliest|latest|final) (?:meeting|appointment|appt|event|call|booking|one)\b"
    # "what's first up tomorrow?", "what's on last today?", "what have I got first thing tomorrow?"
    r"|^(?:(?:so|and|ok|okay) )*what (?:is |have i got |do i have |comes )?(?:on |up )?(?P<end>first|last)"
    r"(?: (?:thing|up|on))?\b"
)
_PICKS = {"first": "first", "earliest": "first", "last": "last", "latest": "last", "final": "last"}


def _agenda(message: Message, subject: str | None) -> dict[str, Any]:
    """The window asked about; "how does my day look?" names none, yet asks about today; `count` when the
    events are counted, `pick` ("first" or "last") when one end of the window is asked about, `question`
    "any" when whether there is anything at all was asked ("anything tomorrow after 4?")."""
    counted = {"count": True} if _COUNTED.match(message.body) else {}
    picked = _PICKED.search(message.words)
    pick = {"pick": _PICKS[picked.group("pick") or picked.group("end")]} if picked else {}
    if not counted and not pick and ANYTHING_ASKED.match(message.body):
        pick = {"question": "any"}
    # ("first thing" asked of the agenda is the day's first event, not 9 o'clock: core.py widens the window)
    return {**_agenda_window(message, subject), **counted, **pick}


def _agenda_window(message: Message, subject: str | None) -> dict[str, Any]:
    slots = _window(message, subject)
    if slots or message.pieces:
        return slots
    phrase = next((phrase for pattern, phrase in _DEFAULT_WINDOWS if pattern.search(message.body)), None)
    return _span(resolve(scan(phrase, message.now), message.now, message.zone)) if phrase else {}


def _availability(message: Message, subject: str | None) -> dict[str, Any]:
    """The slot asked about; `question` "busy" when asked the other way round, "gap" when any free time
    answers it; `times` ("HH:MM", the slot's first) when other times on its day are offered; a compound's
    plan `title`."""
    slots = _window(message, subject, reach=END_OF_DAY)
    if _BUSY_QUESTION.search(message.body):
        slots["question"] = "busy"
    elif _GAP_QUESTION.search(message.body):
        slots["question"] = "gap"
    plan = message.groups.get("plan")
    timed = any(piece.kind in ("clock", "range") for piece in message.pieces)  # a slot, not whole days
    if timed and _OTHER_TIME.search(message.words) and (offered := service_slots.times_offered(message)):
        slots["times"] = offered  # "am I free at 10:30, if not how about 11:30?": each answered in turn
    if not timed and (first := _first_free(message)):
        slots["first_free"] = first
    if not plan and timed and (named := _PLAN_IN_QUESTION.search(message.body)):
        plan = named.group("plan")
    if plan:
        title = names.title(plan, message.clean, message.cased)
        people = names.attendees(plan, message.cased)
        slots.update({"title": title} if title else {})
        slots.update({"attendees": people} if people else {})
    return slots


# What offers a second time to try: "at 10:30 or 11:30?", "at 10:30, if not how about 11:30", "otherwise 2?"
_OTHER_TIME = re.compile(r"\b(?:or|if not|otherwise|failing that|else)\b")


def _first_free(message: Message) -> int | None:
    """The minutes of the earliest free stretch asked for: "first free hour" 60, "next opening" 30."""
    asked = _FIRST_FREE.search(message.body)
    if asked is None:
        return None
    if asked.group("length") or asked.group("length2") or asked.group("length3"):
        length = next((piece.minutes for piece in message.pieces if piece.kind == "length"), None)
        return int(length) if length else None
    return 60 if asked.group("hour") or asked.group("hour2") else 30


def _schedule(message: Message, subject: str | None) -> dict[str, Any]:
    """A new booking's `start`/`end`/`duration_minutes`, `title` and `attendees`; for an event already on
    the calendar, `action` ("move" or "cancel"), `event` (its name) and `from_start`/`from_end` (its time),
    and `same_day` when a move names a time of day alone (the event's own day is meant)."""
    moves = _MOVE.match(message.body) or _RESIZE.match(message.body)
    action = "cancel" if _CANCEL.match(message.body) else "move" if moves else None
    slots: dict[str, Any] = {"action": action} if action else {}
    on_day = None  # "push tomorrow's walkthrough back an hour": the day says which event, not where to
    target = _target(message)
    resized = _RESIZE.match(message.body)
    if resized and (length := next((p.minutes for p in message.pieces if p.kind == "length"), None)):
        slots["duration_minutes"] = length  # "shorten the walkthrough to half an hour": its new length
    if action != "cancel" and not resized:
        when = resolve(target, message.now, message.zone)
        shift = _shift(message) if action == "move" and (when is None or not when.exact) else None
        if shift:
            slots["shift_minutes"] = shift
            on_day = when
        else:
            slots.update(_span(when))
            if when and when.minutes:
                slots["duration_minutes"] = when.minutes
    if action:
        source = message.pieces if resized else _source(message, action)  # a new length: the day is its own
        was = resolve(source, message.now, message.zone) or on_day
        slots.update({"from_start": was.start.isoformat(), "from_end": was.end.isoformat()} if was else {})
        clock_only = all(piece.kind in ("clock", "range") for piece in target)
        if action == "move" and was is None and "start" in slots and clock_only:
            slots["same_day"] = True  # "move the dentist to 5:30": on the dentist's own day
    title = names.title(message.body, message.clean, message.cased)
    title = _PARTICLE.sub("", title) if title and action == "move" else title
    beside = _BESIDE.match(title or "") if action == "move" else None
    if beside is not None:  # "move the dentist to right after the walkthrough": timed by the other event
        title = beside.group("event")
        slots.update({"relative": beside.group("side").lower(), "other": beside.group("other")})
    people = names.attendees(message.body, message.cased)
    slots.update({"event" if action else "title": title} if title else {})
    slots.update({"attendees": people} if people else {})
    return slots


# "push the walkthrough back an hour", "bring the call forward 30 minutes": which way, and by how much (the
# words a follow-up moves a booking with)
_LATER, _EARLIER = re.compile(LATER), re.compile(EARLIER)


def _shift(message: Message) -> int | None:
    """The minutes a move shifts an event by (negative for earlier), when it names no new time."""
    length = next((piece.minutes for piece in message.pieces if piece.kind == "length"), None)
    if not length:
        return None
    later, earlier = _LATER.search(message.words), _EARLIER.search(message.words)
    return length if later and not earlier else -length if earlier and not later else None


# "move the dentist to right after the walkthrough", "… to just before my showing": the event, which side
# of another it goes, and that other event's name
_BESIDE = re.compile(
    r"^(?P<event>.+?) to (?:right |just |straight |immediately |directly )?(?P<side>after|before)"
    r" (?:the |my |our )?(?P<other>[\w' -]+?)$",
    re.IGNORECASE,
)
# "push the walkthrough back an hour": which way it moves is no part of the event's name
_PARTICLE = re.compile(
    r"\s+(?:back|up|forward|out|ahead|later|earlier|sooner|down|long|just|only)$", re.IGNORECASE
)


def _source(message: Message, action: str) -> Sequence[Piece]:
    """When the event moved or cancelled is now: for a move, the times named before "to"."""
    cut = message.words.rfind(" to ")
    if action == "cancel":
        return message.pieces
    return [piece for piece in message.pieces if piece.at[1] <= cut] if cut >= 0 else []


def _target(message: Message) -> Sequence[Piece]:
    """For "move my 4pm today to tomorrow", the pieces after "to", keeping the old time if no new one."""
    cut = message.words.rfind(" to ")
    if not _MOVE.match(message.body) or cut < 0:
        return message.pieces
    after = [piece for piece in message.pieces if piece.at[0] > cut]
    clocks = ("clock", "range")
    if after and not any(piece.kind in clocks for piece in after):
        after += [piece for piece in message.pieces if piece.kind in clocks][:1]
    elif after and all(piece.kind in clocks for piece in after):  # "my 2pm Friday call to 4": same day
        after = [piece for piece in message.pieces if piece.kind == "day" and piece.at[0] < cut][:1] + after
    return after or message.pieces


def _deal(message: Message, subject: str | None) -> dict[str, Any]:
    """The deal's words, and what about it is asked (`ask`); a yes/no question about a stage says so."""
    spent = service_slots.time_spent_on(message)
    if spent:  # "how long did ben spend on the lease?": time is logged on requests, whatever they name
        return {"deal": spent, "asked": "time"}
    slots: dict[str, Any] = {"deal": names.deal_words(subject, message.cased)} if subject else {}
    # "wait, is oak ave under contract now?" asks as it would without "wait"
    asked = deal_ask(service_slots.QUESTION_LEAD.sub("", message.body))
    # "is the Linda call still on?": words that may name a request instead keep the yes/no they ask
    return {**slots, **(asked or service_slots.request_asked(message.words))}


def deal_ask(body: str) -> dict[str, Any]:
    """`ask` (statuses.ASKS) and, for "is it under contract yet?", the `stage` with `question` "yes_no"."""
    ask = next((name for name, pattern in _ASKS if pattern.search(body)), None)
    if ask is None:
        return {}
    if ask == "compared":  # "is it over 500k?": its amount, against the figure said
        return {"ask": "amount", **compared(body)}
    stage = names.stage(body) if ask == "stage" else None
    if stage and _YES_NO.search(body):
        return {"ask": ask, "stage": stage, "question": "yes_no"}
    return {"ask": ask}


_COMPARED = re.compile(statuses.AMOUNT_COMPARED)
_ABOVE = ("over", "above", "more than", "higher than", "greater than", "bigger than", "north of", "at least")
_SCALE = {"k": 1_000, "ok": 1_000, "thousand": 1_000, "grand": 1_000, "m": 1_000_000, "mil": 1_000_000,
          "million": 1_000_000}  # fmt: skip


def compared(body: str) -> dict[str, Any]:
    """`compare` ("over" or "under") and the `figure` it is against, in whole units: "over 500k" is
    `{"compare": "over", "figure": 500000}`."""
    said = _COMPARED.search(body)
    if said is None:
        return {}
    figure = said.group("figure").replace(" , ", "")
    number = re.match(r"[\d.]+", figure)
    scale = next((_SCALE[word] for word in _SCALE if figure.endswith(word)), 1)
    amount = (float(number.group()) if number else 0.5 if figure.startswith("half") else 1.0) * scale
    side = "over" if said.group("compare") in _ABOVE else "under"
    return {"compare": side, "figure": round(amount)}


_CLOSE_VERB = re.compile(r"\b(?:close|closes|to close)\b")
_MOVED_VERB = re.compile(
    r"\b(?:move|moved|moving|change|changed|advance|advanced|progress|progressed|shift|shifted|budge|budged"
    r"|went|gone|go|update|updated)\b"
)


def _pipeline(message: Message, subject: str | None) -> dict[str, Any]:
    past = bool(_LOOKING_BACK.search(message.words))
    pieces = scan(message.words, message.now, past) if past else message.pieces
    # "under contract right now", "what's in my pipeline this morning?": when it is asked, no window
    pieces = [piece for piece in pieces if piece.kind not in ("moment", "part")]
    slots = _span(resolve(pieces, message.now, message.zone, clip=False))
    stage = names.stage(message.body)
    if stage == "closing" and slots and _CLOSE_VERB.search(message.body):
        return slots  # "which deals close in the next 30 days?": their expected close, at any stage
    # "did any of my deals move this week?": stage changes in the window, not closings
    moved: dict[str, Any] = {"moved": True} if slots and _MOVED_VERB.search(message.body) else {}
    # "are any of my deals under contract?", "is anything closing this week?", "did any of my deals move in
    # the past 7 days?": answered Yes or No first
    moved.update({"question": "yes_no"} if _ANY_ASKED.match(message.body) else {})
    return {**slots, **moved, "stage": stage} if stage else {**slots, **moved}


_ANY_ASKED = re.compile(
    r"^(?:(?:and|so|ok) )?(?:(?:are|is|do i have|have i got|are there|is there|did|have|has|will) )?"
    r"(?:any|anything)\b"
)


def _due(message: Message, subject: str | None) -> dict[str, Any]:
    when = resolve(message.pieces, message.now, message.zone)
    if when is None or when.end <= message.now:
        return {}  # ("we ran out of toner yesterday, order more": when it ran out, not when it is due)
    if when.exact:
        return {"due": when.start.isoformat()}
    return {"due": (when.end - timedelta(hours=12)).date().isoformat()}  # the window's last day


def _agenda_settings(message: Message, subject: str | None) -> dict[str, Any]:
    """`stop`, or the agenda's new `time` ("07:30"; a bare hour is a morning one) and maybe `weekdays`, or
    `start` when it is only switched on again; `ask: "when"` when the setting is asked about."""
    if _AGENDA_ASKED.match(message.body):
        # "is my morning agenda on?" is answered Yes or No first
        return {"ask": "when", **({"question": "yes_no"} if _IS_IT_ON.search(message.body) else {})}
    if _AGENDA_STOP.search(message.body):
        # "don't send my agenda on weekends" keeps it on weekdays rather than stopping it
        return {"weekdays": True} if _WEEKENDS.search(message.words) else {"stop": True}
    slots: dict[str, Any] = {}
    clock = next((piece for piece in message.pieces if piece.kind == "clock"), None)
    bare = _BARE_HOUR.search(message.words)
    if clock is not None and clock.minute is not None:
        slots["time"] = f"{clock.minute // 60:02d}:{clock.minute % 60:02d}"
    elif bare and int(bare.group(1)) < 24 and int(bare.group(2) or 0) < 60:
        slots["time"] = f"{int(bare.group(1)):02d}:{int(bare.group(2) or 0):02d}"
    if _WEEKDAYS.search(message.words):
        slots["weekdays"] = True
    elif _EVERY_DAY.search(message.words):
        slots["weekdays"] = False
    if "time" not in slots and _STARTED_AGAIN.search(message.words):
        slots["start"] = True  # "turn the morning agenda back on": at the time it had, or the usual one
    return slots


_AGENDA_STOP, _AGENDA_ASKED = re.compile(AGENDA_STOP), re.compile(AGENDA_ASKED)
_STARTED_AGAIN = re.compile(r"\b(?:back on|turn (?:it |my |the )?(?:\w+ )*on|start|restart|resume|again)\b")
_IS_IT_ON = re.compile(r"^(?:(?:so|and|ok|okay) )*(?:is|are)\b")
_WEEKENDS = re.compile(r"\b(?:on |at |over )?(?:the )?(?:weekends?|saturdays?|sundays?)\b")
_BARE_HOUR = re.compile(r"\b(?:to|at|for) (\d{1,2})(?::(\d{2}))?\b")
_WEEKDAYS = re.compile(
    r"\b(?:weekdays?|week days?|work ?days?|business days?|monday (?:to|through|thru) friday"
    r"|(?:not|no|except|skip|skipping|without)(?: on| the)? weekends?)\b"
)
# "on weekends" too: the agenda comes on weekdays only or every day, so asking for weekends is every day
_EVERY_DAY = re.compile(
    r"\b(?:every day|everyday|each day|daily(?! (?:agenda|briefing|rundown|summary|schedule))|7 days"
    r"|seven days|weekends?|saturdays? and sundays?)\b"
)


_BUSY_QUESTION = re.compile(expand(BUSY_QUESTION))
ANYTHING_ASKED = re.compile(expand(ANYTHING_QUESTION))
_GAP_QUESTION = re.compile(expand(GAP_QUESTION))
_FIRST_FREE = re.compile(expand(FIRST_FREE))
_PLAN_IN_QUESTION = re.compile(expand(PLAN_IN_QUESTION))
_DEFAULT_WINDOWS = tuple((re.compile(pattern), phrase) for pattern, phrase in DEFAULT_WINDOWS)
_ASKS = tuple((name, re.compile(pattern)) for name, pattern in statuses.ASKS)
_YES_NO = re.compile(statuses.YES_NO)


def _span(when: When | None) -> dict[str, Any]:
    return {"start": when.start.isoformat(), "end": when.end.isoformat()} if when else {}


_BUILDERS: dict[str, Callable[[Message, str | None], dict[str, Any]]] = {
    "agenda.settings": _agenda_settings,
    "calendar.agenda": _agenda,
    "calendar.availability": _availability,
    "calendar.event": service_slots.event,
    "calendar.schedule": _schedule,
    "deal.status": _deal,
    "deal.pipeline": _pipeline,
    "task.create": _due,
    **service_slots.BUILDERS,
    **hours_slots.BUILDERS,
}
