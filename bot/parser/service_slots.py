"""The slots of the intents Jane answers herself (service_grammar.py), from what their pattern caught."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bot.parser.clockpieces import on_clock
from bot.parser.message import Message
from bot.parser.normalize import restore
from bot.parser.service_grammar import PHASE_ASIDE, REMINDER_LEAD
from bot.parser.template import body
from bot.parser.vocabulary import expand
from bot.parser.when import When, local, resolve

PHASES = {"1": 1, "one": 1, "i": 1, "2": 2, "two": 2, "ii": 2, "3": 3, "three": 3, "iii": 3}
# Words that point back at something said before: with them a slot is the conversation's, not the message's.
PRONOUNS = frozenset(
    ("it", "that", "this", "that one", "this one", "he", "she", "they", "him", "her", "them")
)
REMINDER_HOUR = 9  # "remind me tomorrow about X": a day without a time is reminded of at the start of work

_REMINDER_HEAD = re.compile(
    rf"^{REMINDER_LEAD}(?:remind (?:me|us)|(?:set|create|add|make|schedule|put in|give me|set up)(?: me| us)?"
    r" (?:a |an )?(?:quick )?reminder|(?:ping|nudge|message|text|dm|buzz|alert) (?:me|us)"
    r"|(?:do not|dont) let (?:me|us) forget)\b"
)
_TITLE_EDGES = re.compile(
    r"^(?:(?:to|about|that|re|regarding|at|on|in|for|by|of|,|and|please)\s+)+"
    r"|(?:\s+(?:to|about|at|on|in|for|by|and|please|then|instead|for now|,))+$"
)
_TOKEN = re.compile(r"@\w")
_HOW = re.compile(
    r"^how\b(?! (?:is|does|would|will) phase \S+ (?:be )?(?:different|differ|compare))"
    r"|^(?:can|could|may|is there)\b"
    r"|^what (?:would|will|does|do) it take (?:for (?:me|us) )?to \w+(?=.* phase)"
    r"|^what (?:would|do|will|should) (?:i|we) (?:need to|have to) do to\b"
)  # "can I go any higher?", "what would it take to get to phase 2?" ask how to move up
_NEED = re.compile(
    r"\b(?:need|why)\b|^what (?:would|will|does|do) (?:it|that|this) take\b"
    r"|^(?:which|what) phase (?:would |will |does |do |could |can )?unlocks?\b"
    r"|^(?:what|which) phase (?:was|is|would be|is it|was it|did you say) (?:that|it|this|the)\b"
)
# "is that a phase 2 thing?", "does my phase cover mailing lists?": a yes/no about the phase a thing needs
_GUESSED = re.compile(
    r"^(?:(?:so|and|ok|okay|wait|hmm|but)(?: ,)? )*(?:is|are|would|will|do|does|can|could|may|it is|that is"
    r"|its|thats"
    r"|so it is|it would be|that would be"
    # "so I'd need phase 3 for that?": a statement asked as a question
    r"|(?:i|we) (?:would |will |do )?(?:need|have to be|need to be) phase)\b(?!.*\b(?:what|which)\b)"
    # "is there a higher phase?", "can I go any higher?" ask what is above, or how to get there
    r"(?<!is there)(?! there\b| (?:i|we) (?:go|move|be|upgrade|climb|level|step|get (?:up|moved|bumped)))"
)
# "does phase 3 cover …?": any phase from the one named on would do, where "is it a phase 3 thing?" names one
_COVERS = re.compile(
    r"\b(?:cover|include|included|covered|allow|allowed|unlock|unlocked|available|part of"
    r"|come with|let me|give me|get me|in my|on my|under my)\b"
)
# "who do I talk to to get that turned on?": who agrees to a change of phase
_WHO = re.compile(r"^who\b")
# "am I on phase 2 now?": whether the client is in the phase named, answered yes or no
_IN_PHASE = re.compile(r"\b(?:am i|are we|is my account|is my plan)\b(?: \w+)? (?:in|on|at) phase\b")
# "is there anything above that?": the phase after the one named or talked about
_ABOVE = re.compile(r"\b(?:above|beyond|higher than|past|after|over) (?:it|that|this|phase)\b")
# "drop me down to phase 2": a client stepping down, which applies at once (never a proposal)
_DOWN = re.compile(r"\b(?:down|downgrade|demote|lower)\b")
# "switch me to phase 1", "put me back on phase 3": to be in that phase, as the client's own `/phase N` is
_MOVE = re.compile(
    r"\b(?:put(?:ting)?|mov(?:e|ing)|switch(?:ing)?|set(?:ting)?|tak(?:e|ing)|return(?:ing)?|revert(?:ing)?"
    r"|go(?:ing)?|bring(?:ing)?|chang(?:e|ing)|get(?:ting)?|drop(?:ping)?) (?:me|us|my|back|to)\b"
)
# "for a week or so", "till things calm down": how long the change lasts says nothing of its direction
_ASIDES = re.compile(rf"(?:{PHASE_ASIDE})+$")
_CURRENT = re.compile(
    r"\b(?:am i|are we|i am|we are|my (?:current )?phase|my account|my plan|current phase)\b"
    r"|\bphase (?:have|did|do) \w+ (?:got|get|put|set|have|place|placed) (?:me|us)\b"
)
_ASK_WHERE = {"where": "where", "how long": "length"}  # any other word asks when
# "and maria, what phase is she on?": a person named in a clause of their own before the question
_NAMED_FIRST = re.compile(
    r"(?:^|, )(?:(?:and|so|ok|okay|now|also|then|what about|how about) )*"
    r"(?P<name>[a-z][\w'-]*(?: [a-z][\w'-]*)?)"
    r" [,-] (?:and |so |then )?(?:what|which) phase\b"
)
_NOT_A_NAME = PRONOUNS | {"ok", "okay", "thanks", "great", "cool", "right", "well", "sure", "yes", "no"}
_AT_HOUR = re.compile(r"\bat (\d{1,2})(?::([0-5]\d))?\b")


# Words that only round a question off: "what phase do I need for that then?" points at "that".
_AFTERWORDS = re.compile(r"(?: (?:then|though|tho|again|exactly|anyway|anyways))+$")
# "how long has ana spent on the sign-ins now?": when it is asked, after the words naming the request
_WHEN_SAID = re.compile(r"(?: (?:@h|now|so far|yet|to date|in total|altogether|all told))+$")


def _words(message: Message, key: str) -> str | None:
    """A caught group in the client's casing, unless it only points back ("it", "that one")."""
    value = _AFTERWORDS.sub("", (message.groups.get(key) or "").strip(" ,"))
    if not value or value in PRONOUNS:
        return None
    return restore(value, message.cased)


# What may stand between a request's number and the note or reason after it.
_LEAD_IN = re.compile(
    r"^[\s,:;.\-–—]*(?:(?:is |was |has been )?(?:all |now |finally |just )?"
    r"(?:done|finished|complete|completed)\b[\s,:;.\-–—]*)?"
    r"(?:(?:because|since|as|with (?:the |a )?note|note|reason)\b[\s:,\-–—]*)?",
    re.I,
)


_POINTED_AT = re.compile(
    r"\b(?:done|finished|completed|closed|wrapped up)(?: up| off)?(?: with)?"
    r" (?:that one|this one|it|that|this)\b",
    re.I,
)


_FIRST_BREAK = re.compile(r"^[^,:!–—-]*?(?:\s*[,:!–—-])+")


def _as_typed(message: Message, key: str) -> str | None:
    """Free text for someone else to read (a Done note, a reject reason) exactly as it was typed: the words
    after the request's number in the message itself, not the parser's normalised reading of them (which
    spells out "can't" and turns "tomorrow" into a time token)."""
    caught = _words(message, key)
    number = message.groups.get("n")
    if caught is None:
        return caught
    # the request as it was named: by its number, or by pronoun ("done with that one, got a P-touch"), or
    # by the first break after the words ("done with the envelopes, ordered 3 boxes", "all done, …")
    named = re.search(rf"#?\b0*{number}\b", message.clean) if number else _POINTED_AT.search(message.clean)
    named = named or (_FIRST_BREAK.search(message.clean) if message.groups.get("n") is None else None)
    tail = message.clean[named.end() :] if named else ""
    tail = _LEAD_IN.sub("", tail).strip()
    return tail or caught


def _number(message: Message) -> dict[str, Any]:
    number = message.groups.get("n")
    return {"request": int(number)} if number else {}


def phase_info(message: Message, subject: str | None) -> dict[str, Any]:
    """`phase` named (1-3), `ask`: "current", "what" it adds, "how" to get there, "need" (for what). A yes/no
    about the phase a thing needs ("is that a phase 2 thing?") names its `guess` instead: the phase named, or
    "mine" for the client's own, and `covers` when any phase from it on would do ("does phase 3 cover …?")."""
    phase = PHASES.get(message.groups.get("p") or "")
    if phase is not None and _IN_PHASE.search(message.body):
        return {"ask": "current", "phase": phase, "question": "yes_no"}
    guessed = _GUESSED.match(message.body)
    if guessed:
        about = _words(message, "about")
        covers = {"covers": True} if _COVERS.search(message.body) else {}
        guess = {"ask": "need", "question": "yes_no", "guess": phase or "mine", **covers}
        return {**guess, "about": about} if about else guess
    if _WHO.match(message.body):
        return {"ask": "how", **({"phase": phase} if phase else {})}
    if _ABOVE.search(message.body):
        return {"ask": "above", **({"phase": phase} if phase else {})}
    if _HOW.search(message.body):
        ask = "how"
    elif _NEED.search(message.body):
        ask = "need"
    elif phase is None and _CURRENT.search(message.body):
        ask = "current"
    else:
        ask = "what"
    slots: dict[str, Any] = {"ask": ask}
    slots.update({"phase": phase} if phase else {})
    about = _words(message, "about")
    return {**slots, "about": about} if about else slots


def phase_request(message: Message, subject: str | None) -> dict[str, Any]:
    """`phase` (the next one when none is named), and `step: "down"` when the client asks to step down."""
    phase = PHASES.get(message.groups.get("p") or "")
    slots: dict[str, Any] = {"phase": phase} if phase else {}
    named = _words(message, "client")
    if named:  # "let's move tom up to phase 2": a VA's or an admin's proposal for that client
        return {**slots, "client": named}
    about = _words(message, "about")
    if about and not phase:  # "ask ben about unlocking the calendar": core.py reads the phase it needs
        return {"about": about}
    asked = _ASIDES.sub("", message.body)
    if _DOWN.search(asked):
        return {**slots, "step": "down"}
    return {**slots, "step": "to"} if phase and _MOVE.search(asked) else slots


def reminder(message: Message, subject: str | None) -> dict[str, Any]:
    """`due` (a date-time; `due_exact` false when Jane chose the hour) and `title`, what to be reminded of."""
    slots: dict[str, Any] = {}
    when = resolve(message.pieces, message.now, message.zone) or _at_hour(message)
    if when is not None and when.exact:
        slots["due"] = when.start.isoformat()
    elif when is not None:
        start_of_work = local(when.start.date(), REMINDER_HOUR * 60, message.zone)
        slots.update({"due": max(when.start, start_of_work).isoformat(), "due_exact": False})
    words = _AT_HOUR.sub(" ", _TOKEN.sub(" ", _REMINDER_HEAD.sub("", message.body)))
    words = _TITLE_EDGES.sub("", " ".join(words.split())).strip()
    return {**slots, "title": restore(words, message.cased)} if words else slots


def _at_hour(message: Message) -> When | None:
    """ "ping me at 5 about the appraisal": a bare hour that only a reminder's words make a time."""
    found = _AT_HOUR.search(message.words)
    if found is None or int(found.group(1)) > 23:
        return None
    minute = on_clock(int(found.group(1)) * 60 + int(found.group(2) or 0), None, None)
    start = local(message.now.date(), minute, message.zone)
    start = start if start > message.now else start + timedelta(days=1)
    return When(start, start, True)


def about(message: Message, subject: str | None) -> dict[str, Any]:
    """`about`: the client's words naming a request or reminder ("the printer paper")."""
    words = _words(message, "about")
    return {"about": words} if words else {}


def claim(message: Message, subject: str | None) -> dict[str, Any]:
    which = message.groups.get("which")
    which = "newest" if which in ("newest", "latest", "last", "most recent", "top") else which and "oldest"
    return {**_number(message), **({"which": which} if which else {}), **about(message, subject)}


def done(message: Message, subject: str | None) -> dict[str, Any]:
    note = _as_typed(message, "note")
    about = _words(message, "about")
    return {**_number(message), **({"about": about} if about else {}), **({"note": note} if note else {})}


def reject(message: Message, subject: str | None) -> dict[str, Any]:
    reason = _as_typed(message, "reason")
    about = _words(message, "about")
    named = {"about": about} if about else {}
    return {**_number(message), **named, **({"reason": reason} if reason else {})}


_WHOSE = frozenset(("his", "her", "their"))


def client(message: Message, subject: str | None) -> dict[str, Any]:
    """`client`: the words naming one client ("Tom"), and `ask` "phase" for their phase. A pronoun named
    just before ("and maria - what phase is she on?") is that person. `va` instead: the words naming a VA
    whose clients are asked for ("which clients is ben looking after?")."""
    va = "me" if message.groups.get("mine") else _words(message, "va")  # "is tom one of my clients?"
    their = _words(message, "client")
    if va and their:  # "is ben tom's VA?", "is ana his VA too?": whether that VA looks after them
        whose = {} if their.lower() in _WHOSE else {"client": their}  # "his": the client talked about
        return {"ask": "va", "va": va, **whose, "question": "yes_no"}
    if va or message.groups.get("va") in THIRD_PERSON:  # "which clients is ben …?", "his clients?"
        return {"va": va or str(message.groups["va"])}
    slots: dict[str, Any] = {"ask": "phase"} if " phase " in f" {message.body} " else {}
    if (phase := PHASES.get(message.groups.get("p") or "")) is not None:  # "is tom on phase 1?"
        slots.update({"phase": phase, "question": "yes_no"})
    if _WAITING_ON.search(message.body):
        slots = {"ask": "requests"}  # "what's tom waiting on?": their open requests
    name = _words(message, "client")
    if name and name.lower() in _WHOSE:  # "who's his VA?": the client talked about, by pronoun
        name = None
    named = _NAMED_FIRST.search(message.words)
    pointing = message.groups.get("client") in PRONOUNS
    if name is None and pointing and named and named["name"] not in _NOT_A_NAME:
        name = restore(named["name"], message.cased)
    if name and _EVERY_CLIENT.match(name) or not name and _ALL_CLIENTS.search(message.body):
        return {}  # "which phase is each client on?": all of them, each with their phase
    return {**slots, "client": name} if name else slots


# "his clients?", "which clients is she looking after?": a VA named by pronoun (followup.py reads whom)
THIRD_PERSON = frozenset(("his", "her", "their", "he", "she", "they"))
_WAITING_ON = re.compile(
    r"\b(?:waiting (?:on|for)|asked (?:me |us )?for|asking (?:me |us )?for|need|needs|needed|got open"
    r"|got waiting|got pending)\b"
)
_ALL_CLIENTS = re.compile(r"\b(?:clients|each client|every client|everyone|each of them)\b")
_EVERY_CLIENT = re.compile(
    r"^(?:each|every|all|any)(?: (?:single|one|of))?(?: (?:my|the|our))? (?:clients?|one|of them)$"
    r"|^everyone$",
    re.IGNORECASE,
)
# "what time's the walkthrough for it?": what it is for (the deal talked about) is no part of its name
_FOR_IT = re.compile(r"\s+(?:for|on|of) (?:it|that|this|that one|this one|them)$", re.IGNORECASE)


def event(message: Message, subject: str | None) -> dict[str, Any]:
    """`event` (the words naming it), `ask` ("when", "where", "length", "end", "who", or "before"/"after" with
    `other` naming the event it is asked against), the window to look in, if named, and `question:
    "yes_no"` when asked whether it is then ("is the dentist tomorrow?"; asked at a clock time with no day,
    `time` "HH:MM" instead of a window: "is the dentist at 4:30?")."""
    asked = "end" if message.groups.get("end") else _ASK_WHERE.get(message.groups.get("ask") or "", "when")
    asked = "who" if message.groups.get("who") else asked
    order = message.groups.get("order")
    if order:  # "is the walkthrough before the dentist?": which side of the other event it falls
        asked = "before" if order in ("before", "earlier than") else "after"
        other = _words(message, "other")
        order_slots = {"other": other} if other else {}
    slots: dict[str, Any] = {"ask": asked, **(order_slots if order else {})}
    # ("is the dentist today or tomorrow?" asks which: `question` "either", answered with when it is)
    offered = times_offered(message) if " or " in message.words else []
    either_or = bool(offered) or any(" or " in message.words[slice(*piece.at)] for piece in message.pieces)
    slots.update(
        {"question": "either" if either_or else "yes_no"}
        if message.groups.get("yes") or message.groups.get("there")
        else {}
    )
    name = _words(message, "event")
    name = _FOR_IT.sub("", name) if name else name
    slots.update({"event": name} if name else {})
    # ("what time is the walkthrough now?": "now" says when it is asked, not when to look)
    timed = [piece for piece in message.pieces if piece.kind != "moment"]
    if offered and message.groups.get("yes"):  # "is the walkthrough tomorrow at 9 or 11?"
        days = resolve([piece for piece in timed if piece.kind == "day"], message.now, message.zone)
        day = {"start": days.start.isoformat(), "end": days.end.isoformat()} if days else {}
        return {**slots, "times": offered, **day}
    when = resolve(timed, message.now, message.zone)
    if when is not None and slots.get("question") == "yes_no" and all(p.kind == "clock" for p in timed):
        # "is the dentist at 4:30?" with no day: whether its next one is at that time, whatever the day
        return {**slots, "time": when.start.astimezone(message.zone).strftime("%H:%M")}
    if when is not None:
        slots.update({"start": when.start.isoformat(), "end": when.end.isoformat()})
    return slots


_OR_BARE_HOUR = re.compile(
    r"\b(?:or|otherwise|failing that|if not(?: (?:how|what) about)?) (?:at )?(\d{1,2})(?::(\d{2}))?"
    r"(?: (am|pm))?\b"
)


def times_offered(message: Message) -> list[str]:
    """The clock times an either-or question offers ("at 9 or 11": "09:00" and "11:00"; a bare hour is read
    as a time of the office day), or none when it offers days instead."""
    clocks = [piece for piece in message.pieces if piece.kind == "clock" and piece.minute is not None]
    minutes = [on_clock(piece.minute, piece.meridiem, None) for piece in clocks if piece.minute is not None]
    bare = _OR_BARE_HOUR.search(message.words)
    if len(minutes) == 1 and bare and not any(piece.at[0] <= bare.start(1) < piece.at[1] for piece in clocks):
        minutes.append(on_clock(int(bare.group(1)) * 60 + int(bare.group(2) or 0), bare.group(3), None))
    return [f"{minute // 60:02d}:{minute % 60:02d}" for minute in minutes] if len(minutes) > 1 else []


def number(message: Message, subject: str | None) -> dict[str, Any]:
    return _number(message)


# "are the flyers done yet?", "did the toner get ordered?": the words naming one request, when a status
# question names it rather than "it" or "my requests" (the handler answers about the request they fit)
_STATUS_NAMED = re.compile(
    expand(
        r"^(?:are|is|was|were|did|has|have|had) (?:my |the |our |those |these |that |this )?"
        r"(?P<about>(?!(?:it|that|this|they|them|those|these|anything|everything|something|all|any|my|our|the|your"
        r"|{someone}|{request})\b)"
        r"[\w' -]+?)(?: (?:{request}))?(?: (?:get|got|been|being|already|all|finally|even|ever|now))*"
        r" (?:{done})"
        # "did the sign-ins get added to my list?": where it went says no more about which request
        r"(?: (?:to|on|in|into|onto|for|at) (?:my|the|our) [\w ]+?)?"
        r"(?: (?:yet|already|now|so far|by now|at all|too|as well|@d|@h))*$"
    )
)
# "did ben get the folders?", "did ben get the brochures out?": what someone did with the request's things
_DID_GET = re.compile(
    expand(
        r"^(?:did (?:{someone}|\w+)(?: (?:actually|already|ever|finally|really))? (?:get|buy|order|send|mail"
        r"|print|book|finish|do|make|pick up|grab|confirm"
        r"|call|email|post|file|pay|schedule|update|fix|deliver|submit|sort out|sort|handle)"
        # "has ben already sent out the holiday cards?"
        r"|(?:has|have) (?:{someone}|\w+)(?: already| finally| actually)? (?:got|gotten|bought|ordered"
        r"|sent out|sent|mailed|printed|booked|finished|done|made|picked up|grabbed))"
        r" (?:my |the |our |those |these |that |this )?(?P<got>(?!(?:it|that|this|them)\b)[\w -]+?)"
        r"(?: (?:{request}))?(?: (?:out|off|done|sent|in|ordered|booked))?(?: (?:yet|already|@d|@h))*$"
    )
)


# "what's still open for me?", "anything pending?": only what is open was asked about, not what was finished
_OPEN_ONLY = re.compile(
    r"\b(?:open|pending|outstanding|in progress|on the go|waiting|unfinished|incomplete|not done|left"
    r"|unclaimed|in the queue|queued)\b"
)


# "is the newsletter one still on?", "who has the coffee pods?": one request named by its words, asked whether
# it still stands or who has it
_STILL_NAMED = re.compile(
    r"^(?:is|are) (?:my |the |our |that |this )?"
    r"(?P<about>(?!(?:it|that|this|they|them|anything|everything|any|there)\b)[\w -]+?)"
    r"(?: (?:one|request|order|errand|thing))? still (?:on|open|happening|going|pending|active|live"
    r"|waiting|in the queue|there|a go)\b"
    r"|^who (?:has|is got|has got|is on|is doing|is handling|is working on|took care of|took|picked up"
    r"|grabbed|handled|dealt with|did|sorted out|sorted|ordered|sent|is taking care of|has taken care of"
    r"|added|printed|mailed|posted|wrote|finished|updated)"
    r" (?!(?:my |the |our )?(?:it|that|this|them|those|these|requests?|stuff|everything)$)(?:my |the |our )?"
    r"(?P<held>[\w@ -]+?)"
    r"(?: (?:one|request|order|errand|thing))?(?: (?:to|on|in|into|onto|for) (?:my|the|our) [\w -]+?)?"
    r"(?: (?:now|then|again))?$"
    r"|^is (?:anyone|anybody|someone|somebody|a va|my va|(?!(?:it|that|this|there)\b)\w+) (?:on|working on"
    r"|handling|doing) (?:my |the |our )?"
    r"(?P<on>[\w -]+?)(?: (?:one|request|order|errand|thing|job|task|stuff))(?: (?:yet|already|now|@h))?$"
    r"|^is (?!(?:it|that|this|there)\b)\w+ (?:on|working on|handling|doing) (?:my|the|our)"
    r" (?P<onto>[\w' -]+?)(?: (?:yet|already|now|@h))?$"
    r"|^(?:has|have|did) (?:anyone|anybody|someone|somebody|a va|my va|\w+)"
    r" (?:picked up|pick up|claimed|claim|taken|take|grabbed|grab|started(?: on)?|start on)"
    r" (?:my |the |our )?"
    r"(?P<taken>(?!(?:it|that|this|them|requests?)\b)[\w -]+?)"
    r"(?: (?:one|request|order|errand|thing))?(?: (?:yet|already|now|@h))?$"
)
# (the body is read over the template, where "now" is the time token @h)
# "what's the status of my paper order?", "any news on the toner order?": a word or two before "order" or
# "request" name which one
_NAMED_BEFORE_NOUN = re.compile(
    expand(
        r"\b(?:my|our|the|that|this) (?!(?:open|pending|outstanding|current|active|recent|last|latest"
        r"|previous|existing|unfinished|incomplete|other|new|old|first|second|all)\b)"
        r"(?P<about>\w+(?: \w+)?) (?:{request})$"
    )
)
# The yes/no a status question asks, so the answer's first word answers it: "has anyone picked it up?" asks
# whether it is taken, "is it done yet?" whether it is done, "is it still on?" whether it still stands.
_ASKED = tuple(
    (asked, re.compile(pattern))
    for asked, pattern in (
        (
            "taken",
            r"^(?:has|have|did|is|are)\b.*\b(?:picked (?:it |that |this |them )?up|claimed"
            r"|taken (?:it|that|this)|grabbed|assigned|on (?:it|that|this)|working on|handling|started)\b"
            r"|^(?:is |has )?(?:anyone|anybody|someone|somebody|a va|my va) (?:on|working on|handling|picked"
            r"|claimed|grabbed|taken|started on|got to|gotten to|got (?:it|that|this|them|the|my|our))\b"
            # "did anyone pick up the lamp order?", "is ana on the flyers?"
            # ("did ben take the hursts off yet?" asks whether the errand is done: taking them off is it)
            r"|^did\b.*\b(?:pick (?:it |that |this |them )?up|claim|take(?!.*\b(?:off|out|away|down)\b)|grab"
            r"|start on)\b"
            r"|^is (?!(?:it|that|this|there)\b)\w+ (?:on|working on|handling) (?:my|the|our)\b",
        ),
        (
            "done",
            r"^(?:is|are|has|have|did|was|were)\b.*\b(?:done|finished|finish|complete|completed|sorted|handled"
            r"|taken care of|dealt with|ready|through|sent|ordered|shipped|arrived|happened|happen|booked"
            r"|confirmed|printed|mailed|delivered|on (?:my|the) calendar|in (?:my|the) calendar"
            r"|go out|gone out|went out|go through|gone through)\b"
            # "did the sign-ins get added?", "has it been sent?": whatever the verb, asked whether it happened
            r"|^(?:is|are|has|have|did|was|were)\b.*\b(?:get|got|gotten|been) \w+(?:ed|en|wn|t)\b"
            # "did ben order it?": what was done, in the plain form after "did"
            r"|^did\b.*\b(?:take \w+(?: \w+)? (?:off|out|away|down)|order|send|book|mail|print|confirm|finish"
            r"|do|buy|get|call|handle|sort|submit|pay"
            r"|schedule|post|email|file|deliver|ship|get (?:it|that|this|them))\b",
        ),
        # "still on track" asks how it goes, not whether it stands
        (
            "open",
            r"^(?:is|are)\b.*\bstill (?:on(?! (?:track|schedule|time|target|hold|course))|open|happening"
            r"|going|pending|active|live|waiting|a go)\b",
        ),
    )
)


# "did the envelope order ever go through?": the request, then whether it went through
_WENT_THROUGH = re.compile(
    r"^did (?:my |the |our |that |those )?(?P<went>(?!(?:it|that|this|they|you|he|she|we|i)\b)[\w -]+?)"
    r"(?: (?:order|request|errand))? (?:ever |actually |finally |already )?"
    r"(?:go through|come through|happen)\b"
)


def _request_named(asked_about: str) -> re.Match | None:
    return (
        _TIME_ON.match(asked_about)
        or _DUE_OF.match(asked_about)
        or _STILL_NAMED.match(asked_about)
        or _DID_GET.match(asked_about)
        or _WENT_THROUGH.match(asked_about)
        or _STATUS_NAMED.match(asked_about)
        or _SAID_ABOUT.match(asked_about)
    )


# "when's it due now?", "when's the newsletter due?": when the request is due (`asked` "due")
_DUE_ASKED = re.compile(r"^when (?:is|was|will) [\w' -]+? (?:due|needed)\b")
# "when's the newsletter due?": the request those words name
_DUE_OF = re.compile(
    r"^when (?:is|was|will) (?:the |my |our )?(?P<due_of>(?!(?:it|that|this|they|them)\b)[\w' -]+?)"
    r" (?:due|needed|supposed to be (?:done|ready|sent|out))(?: (?:by|now|again|then))*$"
)
# "how long did the pens take?", "how much time did ben spend on the brochures?": the time logged on the
# request those words name (a pronoun, "did that take", is the request talked about)
_TIME_ON = re.compile(
    r"^how (?:long|much time|many (?:hours|minutes|mins|hrs))"
    r"(?: (?:did|has|have|was|were|had) (?:(?:\w+ )?(?:spend|spent|put|log|logged|work|worked) (?:in )?on"
    r"|(?:been )?(?:spent|logged|put in) on) (?P<spent_on>.+?)"
    r"| (?:did|has|have|was|were|had) (?P<took>.+?) (?:take|taken|took|end up taking|wind up taking"
    r"|end up being|come to|add up to)(?: (?:her|him|them|you))?)"
    r"(?: (?:in total|all up|altogether|overall|in the end|to do|to sort out|so far|until now|yet))?\W*$"
)
_NOT_A_REQUEST = frozenset(
    ("it", "that", "this", "them", "those", "that one", "this one", "you", "she", "he")
)

# "what did ben say about the holiday cards?", "what was ana's note on the toner?": the request the VA's note
# was on, by its words (a pronoun, "about them", is the request talked about)
_SAID_ABOUT = re.compile(
    expand(
        r"^(?:what (?:did|has) \w+ (?:{said_verb})"
        r"|(?:what (?:was|is) )?(?!(?:a|an|the|send|write|leave|add|post|draft|email|text|put|forward|get"
        r"|make)\b)\w+ (?:{note_noun})|did \w+ (?:say|leave"
        r"|write|add|put) (?:anything|a note|any note|something|any notes))"
        r" (?:about|on|re|regarding|for) (?:my |the |our |those |these )?"
        r"(?P<noted>(?!(?:it|that|this|them|those|these)$)[\w' -]+?)(?: (?:request|order|one|errand))?$"
    )
)


def time_spent_on(message: Message) -> str | None:
    """The words naming what time was spent on ("the lease" in "how long did ben spend on the lease?")."""
    named = _TIME_ON.match(message.body) or _TIME_ON.match(message.words)
    words = next((words for words in named.groupdict().values() if words), None) if named else None
    return restore(words, message.cased) if words and words not in _NOT_A_REQUEST else None


def request_status(message: Message, subject: str | None) -> dict[str, Any]:
    """`about`: the words naming the one request a status question asks about ("the flyers"); `open`: the
    question asks only what is still open; `asked`: the yes/no it asks (see `request_asked`)."""
    # the words, where a day inside the name left the body no match ("the sign-ins from sunday's open house")
    named = _request_named(message.body) or _request_named(message.words)
    asked = request_asked(message.words)
    if named and named.re is _DUE_OF:
        return {"about": restore(named.group("due_of"), message.cased), "asked": "due"}
    if named and named.re is _TIME_ON:
        about = _WHEN_SAID.sub("", next(words for words in named.groupdict().values() if words))
        named_one = {} if about in _NOT_A_REQUEST else {"about": restore(about, message.cased)}
        return {**named_one, "asked": "time"}
    if named:  # "did the open house sign-ins get added?": its name says which, "open" or not
        about = _WHEN_SAID.sub("", next(words for words in named.groupdict().values() if words))
        return {"about": restore(about, message.cased), **asked}
    if subject:  # "any update on the walkthrough confirmation?": the status frame caught the words naming it
        return {"about": restore(subject, message.cased), **asked}
    before_noun = _NAMED_BEFORE_NOUN.search(message.body)
    if before_noun:
        return {"about": restore(before_noun["about"], message.cased), **asked}
    whether = listing_asked(message.body)
    return {"open": True, **asked, **whether} if _OPEN_ONLY.search(message.body) else {**asked, **whether}


# "is my queue empty?", "is anything of mine still waiting?": the yes/no a question about all the requests
# asks (`question` "empty" or "any"), answered Yes or No first
_ASKED_EMPTY = re.compile(
    r"^(?:(?:and|so|ok|okay|hey) )*(?:is|are) (?:my|the|our) (?:queue|requests|list|to do list|plate|board)"
    r"(?: (?:still|now|finally|already|completely|totally))? (?:empty|clear|cleared|done)\b"
)
_ASKED_ANY = re.compile(
    r"^(?:(?:and|so|ok|okay|hey) )*(?:(?:is|are|do i have|have i got|is there|are there|does|do) )?"
    r"(?:anything|any (?:requests?|work|tasks?|errands?)|any of (?:mine|my requests|them))\b(?! else\b)"
)


def listing_asked(body: str) -> dict[str, Any]:
    if _ASKED_EMPTY.match(body):
        return {"question": "empty"}
    return {"question": "any"} if _ASKED_ANY.match(body) else {}


# What may open a question without changing it: "and is the ad copy done yet?", "wait, is oak ave under
# contract now?"
QUESTION_LEAD = re.compile(
    r"^(?:(?:and|so|ok|okay|but|oh|also|hey|well|then|cool|great|thanks|sorry|wait|hmm|hm|um|actually"
    r"|right|(?:a )?(?:different|another|other|new|unrelated|separate) (?:question|thing|topic)|unrelated"
    r"|switching gears|changing the subject|on another note|btw|by the way)(?: ,| -)? )+"
)


def request_asked(words: str) -> dict[str, Any]:
    """`asked` ("taken", "done" or "open") when the status question is a yes/no one, "time" when the time
    spent on it is asked, "due" when its due date; nothing otherwise."""
    # "and is the ad copy done yet?", "hi again! has anyone picked it up?": the question without its opening
    question = QUESTION_LEAD.sub("", body(words))
    if _TIME_ON.match(question):
        return {"asked": "time"}
    if _DUE_ASKED.match(question):  # "when's it due now?": when, not whether
        return {"asked": "due"}
    return next(({"asked": asked} for asked, pattern in _ASKED if pattern.search(question)), {})


# A VA asking what waits for their yes or no: the bookings, not the whole queue
_TO_CONFIRM = re.compile(
    r"\b(?:confirm\w*|approv\w*|sign(?:ing)? off|bookings?|appointments?|drafts?|my ok)\b"
)


def queue_list(message: Message, subject: str | None) -> dict[str, Any]:
    """`waiting: "confirmation"` when only the bookings waiting for the VA's yes or no are asked for."""
    return {"waiting": "confirmation"} if _TO_CONFIRM.search(message.body) else listing_asked(message.body)


def va_who(message: Message, subject: str | None) -> dict[str, Any]:
    """`va`: the one named when whether they are the client's VA was asked ("is ben my VA?")."""
    named = _words(message, "va")
    return {"va": named, "question": "yes_no"} if named else {}


BUILDERS: dict[str, Callable[[Message, str | None], dict[str, Any]]] = {
    "va.who": va_who,
    "queue.list": queue_list,
    "request.status": request_status,
    "phase.info": phase_info,
    "phase.request": phase_request,
    "reminder.create": reminder,
    "reminder.cancel": about,
    "request.why": about,
    "request.cancel": about,
    "client.info": client,
    "queue.claim": claim,
    "queue.done": done,
    "queue.release": number,
    "booking.confirm": number,
    "booking.reject": reject,
}
