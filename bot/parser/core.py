"""`parse(text, now, tz, context)`: a pure function from a message to what its writer means.

The intents and slots are the README's, section "`jane parse`".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, tzinfo
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from bot.parser import followup_grammar
from bot.parser.asides import STATEMENT, leading_asides, only_talk, trailing_asides, with_the_named
from bot.parser.bare import spelled_out, spelled_terse
from bot.parser.context import Topics, read_topics
from bot.parser.followup import follow_up, turn, weekly_days
from bot.parser.fronted import unfronted
from bot.parser.indirect import direct
from bot.parser.message import Message
from bot.parser.midway import changed_midway
from bot.parser.model import CAUGHT_ALL, UNKNOWN, Parsed
from bot.parser.normalize import casing, normalize, strip_markup
from bot.parser.ordinals import place_in
from bot.parser.piece import Piece
from bot.parser.recognize import asked_after, recognise
from bot.parser.service_slots import PRONOUNS, request_asked
from bot.parser.slots import slots_for
from bot.parser.template import body, templated, within
from bot.parser.times import scan
from bot.parser.vocabulary import expand
from bot.parser.when import whole_day
from handlers.phases.duties import described_by, phase_of


def parse(text: str, now: datetime, tz: str | tzinfo, context: Mapping[str, Any] | None = None) -> Parsed:
    """What a client means by `text`, with times resolved in their zone `tz` against `now`; `context` holds
    the conversation's last topics (README.md, `jane parse --context`), against which follow-ups are read."""
    return _parse(text, now, tz, context, reasons=True)


def _parse(
    text: str, now: datetime, tz: str | tzinfo, context: Mapping[str, Any] | None, reasons: bool
) -> Parsed:
    """`parse`; with `reasons` False, a part of a message read without looking for a reason inside it again
    (the message's own reasons were looked for once: looking again in each part would grow with the number
    of commas as a power, not in step with it)."""
    clean = unfronted(direct(strip_markup(text or "")))
    if not clean:
        return UNKNOWN
    named = _named_then_asked(clean)
    if named is not None:
        return _parse(named, now, tz, context, reasons)
    if reasons and (midway := changed_midway(clean, lambda head: _parse(head, now, tz, context, False))):
        return _parse(midway, now, tz, context, reasons)  # "… today, no wait sorry, I mean tomorrow"
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    now = now.astimezone(zone) if now.tzinfo else now.replace(tzinfo=zone)
    topics = read_topics(context, zone)
    normalized = normalize(clean)
    spelled = spelled_out(normalized, topics) if context else None
    spelled = spelled or spelled_terse(normalized.strip(" ?!."), topics)
    if spelled is not None:  # "where?", "price?": the question in full about what was talked about
        return _parse(spelled, now, zone, context, reasons)
    words = weekly_days(normalized, topics)
    pieces = scan(words, now)
    cased = casing(clean)
    template = templated(words, pieces)
    if context and (answered := _answered_question(words, template, topics, now, zone)) is not None:
        return answered  # "2pm please" after "when should I book Call with Dana?": the ask asked about
    if context and (another := _another_reminder(words, topics, now, zone)) is not None:
        return another  # "and one at 5 to chase the inspector" right after a reminder was set
    request = body(template)
    found = recognise(words, request, cased)
    if found.intent in ("unknown", "deal.status") and (listed := _listed_deal_words(words, topics)):
        # "whats next on baker" after the deals were listed: a deal's word typed in lower case names it
        cased = {**cased, **listed}
        found = recognise(words, request, cased)
    request = found.body or request
    kept = within(words, pieces, template, request)
    message = Message(clean, words, request, cased, kept, now, zone, found.groups)
    slots = slots_for(found.intent, found.subject, message)
    followed = follow_up(turn(message, template, found, slots, topics))
    ordinary = Parsed(found.intent, found.duty, phase_of(found.duty), MappingProxyType(slots))
    reading = followed or ordinary
    if reasons:
        followed = _asked_with_a_reason(clean, now, zone, context, reading, followed is None) or followed
        if (followed or ordinary).intent in CAUGHT_ALL:
            followed = _read_past_asides(clean, now, zone, context, followed or ordinary) or followed
    if reasons and (followed or ordinary).intent in CAUGHT_ALL | _NAMED_AGAIN.keys():
        followed = _named_then_pointed(clean, now, zone, context) or followed
    if reasons and ("?" in clean or _INTO_A_QUESTION.search(clean)):
        followed = _asked_after_a_preface(clean, now, zone, context, followed or ordinary) or followed
    if reasons:
        followed = _asked_past_the_asides(clean, now, zone, context, followed or ordinary) or followed
    if reasons:
        followed = _asked_after_statements(clean, now, zone, context, followed or ordinary) or followed
    caught_all = (followed or ordinary).intent in CAUGHT_ALL and not _an_errand(followed or ordinary)
    if reasons and caught_all:
        followed = _followed_up_then_remarked(clean, now, zone, context) or followed
    if reasons and followed is not None and followed.slots.get("follow_up") == "correction":
        followed = _corrected_after_a_dash(clean, now, zone, context, followed) or followed
    if reasons and _needs_a_duty(followed or ordinary):
        reading = followed or ordinary
        followed = _with_the_duty_named(reading, now, zone, topics) or followed
    if followed is not None and followed.intent == "request.status" and "asked" not in followed.slots:
        # "is it done yet?" about the request talked about: the yes/no it asks, as when the request is named
        followed = replace(followed, slots=MappingProxyType({**followed.slots, **request_asked(words)}))
    reading = followed or ordinary
    if (
        reasons
        and reading.intent in CAUGHT_ALL
        # (as said: the thanks a closing sentence gave is what makes "ugh, dentists. thanks Jane" talk)
        and only_talk(strip_markup(text or ""), lambda part: _parse(part, now, zone, context, False))
    ):
        return Parsed("smalltalk", None, None, MappingProxyType({}))  # thanks, and the client's own plans
    if reading.intent == "calendar.agenda" and _FIRST_THING.search(words):
        return _the_whole_day(reading, zone)  # "what's first thing tomorrow?", also as a follow-up
    if reasons and reading is ordinary and _an_event_either_day(reading, clean, kept, words, request):
        return _parse(f"is the {clean}", now, zone, context, reasons=False)  # "dentist today or tmrw?"
    if reasons and reading.intent == "unknown" and not reading.slots and _NOW_AT_THE_END.search(clean):
        # "any deals at offer right now?", "who looks after tom now?": when it is asked, which asks nothing
        again = _parse(_NOW_AT_THE_END.sub("", clean), now, zone, context, reasons)
        return again if again.intent != "unknown" else reading
    return reading


_NOW_AT_THE_END = re.compile(
    r"\s*,?\s+(?:right now|rn|now|currently|at the moment|atm|at present|as things stand|these days)"
    r"(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)


def _an_event_either_day(
    reading: Parsed, clean: str, pieces: Sequence[Piece], words: str, request: str
) -> bool:
    """Whether a plan named alone with no time, on one day or another, was asked about rather than asked
    for: "dentist today or tmrw?" asks which day the dentist is (nothing is booked on "today or tomorrow");
    "book lunch with sam today or tomorrow?" asks for a booking."""
    if reading.intent != "calendar.schedule" or not clean.rstrip().endswith("?") or "action" in reading.slots:
        return False
    named = re.sub(r"^(?:the|my|our) ", "", request.removesuffix(" @d"))
    if named != str(reading.slots.get("title") or "").lower():
        return False
    either = [piece for piece in pieces if " or " in words[slice(*piece.at)]]
    return bool(either) and not any(piece.kind in ("clock", "range", "moment") for piece in pieces)


# "first thing" in a question about the first event is the day's first event, not the half hour from 9
_FIRST_THING = re.compile(r"\bfirst thing\b")


def _the_whole_day(reading: Parsed, zone: tzinfo) -> Parsed:
    start = reading.slots.get("start")
    if not reading.slots.get("pick") or not isinstance(start, str):
        return reading
    first, last = whole_day(datetime.fromisoformat(start).astimezone(zone).date(), zone)
    whole = {"start": first.isoformat(), "end": last.isoformat()}
    return replace(reading, slots=MappingProxyType({**reading.slots, **whole}))


def subject_asked_after(text: str, now: datetime, tz: str | tzinfo) -> str | None:
    """The words a question that fits a person as well as a deal asks after ("how's lakeview doing?"), for
    the client's deals to decide whether they name one; None for any other message."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    words = normalize(unfronted(direct(strip_markup(text or ""))))
    return asked_after(body(templated(words, scan(words, now.astimezone(zone))))) if words else None


def _with_the_duty_named(reading: Parsed, now: datetime, zone: tzinfo, topics: Topics) -> Parsed | None:
    """ "do I need phase 3 to see my deals?": the question with the duty its words name, read as an ask of
    their own ("see my deals"), by the duty catalogue's words ("booking appointments"), or without their
    verb ("my deals"); a thing named loosely ("the phone thing") is the one Jane refused. None when no duty
    is named."""
    about, slots_ask = str(reading.slots["about"]), reading.slots.get("ask")
    duty = _parse(about, now, zone, None, reasons=False).duty
    if duty in (None, _ANY_ERRAND):
        duty = named.id if (named := described_by(about)) else None
    if duty is None and " " in about:
        duty = _parse(about.split(" ", 1)[1], now, zone, None, reasons=False).duty
    if duty not in (None, _ANY_ERRAND) and (reading.intent == "phase.request" or slots_ask == "how"):
        slots = {key: value for key, value in reading.slots.items() if key != "about"}
        return replace(reading, slots=MappingProxyType({**slots, "phase": phase_of(duty)}))
    if duty not in (None, _ANY_ERRAND):
        return replace(reading, slots=MappingProxyType({**reading.slots, "duty": duty}))
    refused = topics.get("refused") if _A_THING.match(about) else None
    if refused is None:
        return None
    duty, phase = refused.text("duty"), refused.number("phase")
    refusal = {**({"duty": duty} if duty else {}), **({"phase": phase} if phase else {})}
    return replace(reading, slots=MappingProxyType({**reading.slots, **refusal}))


# What Jane asked "when?" of, said again with the answer's time: a booking, or a reminder
_ASKED_AGAIN = {"calendar.schedule": "book {title} {when}", "reminder.create": "remind me {when} to {title}"}
_TIME_ONLY = re.compile(expand(followup_grammar.TIME_ONLY))
_LEAD = re.compile(expand(followup_grammar.LEAD))


def _answered_question(
    words: str, template: str, topics: Topics, now: datetime, zone: tzinfo
) -> Parsed | None:
    """The ask in full, when the message only answers Jane's last question: when ("when should I book Call
    with Dana?" answered "2pm please", "when should I remind you?" answered "tomorrow morning"), or which
    request ("which one do you mean?" answered "the mailing list one", "#6"), or one of those listed by its
    place ("the second one"); None otherwise."""
    question = topics.get("question")
    if question is None or topics.newest() is not question:
        return None
    asked = question.text("intent") or ""
    said = template[lead.end() :] if (lead := _LEAD.match(template)) else template
    spoken = words[said_lead.end() :] if (said_lead := _LEAD.match(words)) else words
    marks = {"follow_up": "confirm", "refers_to": "question"}
    listed = [item for item in question.fields.get("listed") or [] if isinstance(item, int)]
    place = place_in(spoken, len(listed)) if asked in _PICKED_BY_PLACE else None
    if place is not None:  # "the second one": the choice shown in that place
        return Parsed(asked, None, None, MappingProxyType({_PICKED_BY_PLACE[asked]: listed[place], **marks}))
    if asked in (*_WHICH_REQUEST, "reminder.cancel"):  # "the appraisal one" after "which one?"
        which = _WHICH_ANSWER.match(spoken.strip(" ,"))
        if which is None:
            return None
        number = int(which.group("n")) if which.group("n") else None
        named = {_PICKED_BY_PLACE[asked]: number} if number else {"about": which.group("about")}
        return Parsed(asked, None, None, MappingProxyType({**named, **marks}))
    form, title = _ASKED_AGAIN.get(asked), question.text("title")
    if form is None or title is None or "@" not in said or not _TIME_ONLY.match(body(said).strip(" ,")):
        return None
    day = question.times.get("start")
    if day is not None and "@d" not in said:  # "what time on Thursday?" answered "2pm": that day
        spoken = f"{spoken} on {day:%A %B} {day.day}"
    reading = _parse(form.format(title=title, when=spoken), now, zone, None, reasons=False)
    if reading.intent != asked:
        return None
    return replace(reading, slots=MappingProxyType({**reading.slots, **marks}))


# "and one at 5 to chase the inspector", "another for friday about the keys": one more of the same
_ANOTHER_ONE = re.compile(
    r"^(?:and |also |plus |oh and )?(?:one more|another one|another|one)(?: more)? (?P<rest>.+)$"
)


def _another_reminder(words: str, topics: Topics, now: datetime, zone: tzinfo) -> Parsed | None:
    """One more reminder, said right after one was set, by "one" alone; None for anything else."""
    another = _ANOTHER_ONE.match(words)
    last = topics.get("last")
    if another is None or last is None or topics.last_intent() != "reminder.create":
        return None
    reading = _parse(f"remind me {another.group('rest')}", now, zone, None, reasons=False)
    counted_from_event = "event" in reading.slots  # "and one 2 hours before the walkthrough to …"
    if reading.intent != "reminder.create" or "due" not in reading.slots and not counted_from_event:
        return None
    before = topics.get("reminder")
    said_day = any(piece.kind in ("day", "span", "weekdays", "through") for piece in scan(words, now))
    if before is not None and "due" in before.times and "due" in reading.slots and not said_day:
        # "and one at 9am …" after a reminder for tomorrow at 8: tomorrow too
        due = datetime.fromisoformat(str(reading.slots["due"]))
        day = before.times["due"].astimezone(due.tzinfo).date()
        moved = due.replace(year=day.year, month=day.month, day=day.day)
        reading = replace(reading, slots=MappingProxyType({**reading.slots, "due": moved.isoformat()}))
    return replace(
        reading, slots=MappingProxyType({**reading.slots, "follow_up": "ellipsis", "refers_to": "last"})
    )


# The VA's moves Jane asks "which one?" of, and an answer naming one: "the mailing list one", "#6", "6"
_WHICH_REQUEST = frozenset(("queue.claim", "queue.done", "queue.release", "request.cancel"))
# What a choice picked by its place is, by the question that listed the choices (the slot it fills)
_PICKED_BY_PLACE = {**dict.fromkeys(_WHICH_REQUEST, "request"), "reminder.cancel": "reminder"}
_WHICH_ANSWER = re.compile(
    r"^(?:(?:number|no|request) )?(?P<n>\d{1,6})(?: ,)?(?: please| thanks| thank you)?$"
    r"|^(?:the |that )?(?P<about>(?!(?:one|it|that|this)$)(?!(?:what|where|when|who|how|why|which|is|are|am"
    r"|can|could|do|does|did|will|would|should|i|we|you|never|cancel|no|yes|not)\b)[\w'-]+(?: [\w'-]+){0,3}?)"
    r"(?: one| request| order| errand)?(?: ,)?(?: please| thanks| thank you)?$"
)


def _listed_deal_words(words: str, topics: Topics) -> dict[str, str]:
    """The message's words that are words of a deal just listed ("baker" of "Baker Street duplex"), as the
    client would have capitalised them; none without a list of deals in the conversation."""
    listed = topics.get("deals")
    names = listed.fields.get("names") if listed is not None else None
    if not isinstance(names, list):
        return {}
    spelled = (re.findall(r"\w+", name.lower()) for name in names if isinstance(name, str))
    name_words = {word for words_of_one in spelled for word in words_of_one} - _COMMON_DEAL_WORDS
    return {word: word.capitalize() for word in words.split() if word in name_words}


# Words of deal names that name no one deal: "the Jones deal", "a listing"
_COMMON_DEAL_WORDS = frozenset(("jones", "the", "st", "ave", "street", "avenue", "listing", "deal", "condo"))
_ANY_ERRAND = "general"  # the duty of words that name no other: no answer to which phase a thing needs
# "the phone thing", "that calendar stuff": a thing named only loosely, as a pronoun would point at it
_A_THING = re.compile(r"^(?:the|that|this) (?:[\w'-]+ ){1,3}(?:thing|one|stuff|bit|request)$", re.IGNORECASE)


def _needs_a_duty(reading: Parsed) -> bool:
    """Whether a question about the phase a thing needs names the thing in words only ("mailing lists"), or a
    wish to move up names the thing it is for ("ask ben about unlocking the calendar")."""
    slots = reading.slots
    named = isinstance(slots.get("about"), str) and slots["about"] not in PRONOUNS
    if reading.intent == "phase.request" or slots.get("ask") == "how" and reading.intent == "phase.info":
        # "ask ben about unlocking the calendar", "how do I get the calendar unlocked?": the phase it needs
        return named and "duty" not in slots and "phase" not in slots
    return reading.intent == "phase.info" and slots.get("ask") == "need" and named and "duty" not in slots


# Reasons that only say why, even where they hold a time: "… I meant Dana, sorry, long morning" (the kind of
# day it has been), "make it 5 instead — 5:30 is too close to school pickup" (what is wrong with the time)
_WHY_ONLY = (
    r"(?:long|busy|crazy|rough|hectic|tough|mad|manic) (?:day|morning|week|afternoon|night|one)\b"
    r"|\d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)? (?:is|was|would be|will be|won't|doesn't|does not|clashes)\b"
)
# "make it 11, the walkthrough runs till 11", "can you cancel the toner order? we're switching printers": an
# ask, then why. The reason is a statement of its own (a subject first, or "because"); a second ask after it
# ("and book Sam at 5") is no reason, so the whole message keeps its reading. A subject may be anyone named
# with what they are doing or how they are: "courier's running late", "traffic is bad".
_REASON = re.compile(
    r"(?:\s*[,;:–—]\s*|\s+-\s+|\s*[.!?]+\s+)(?=(?:because|since|cause|cuz|coz|bc|as|i|i'm|im|i've|ive|i'll|ill|we"
    r"|we're|were|my|our|the|that's|it|it's|its|there|there's|he|she|they|he's|she's|they're|want|wanna|need|gotta"
    r"|their|his|her|your|these|those|this|before|after|so|otherwise|that way|ahead of|in time for"
    # "just got back", but "ok forget it, just order a box of pens" is an ask of its own
    r"|just(?! (?:order|book|get|send|buy|schedule|add|print|mail|email|set|make|put|pick|grab|ask|find"
    r"|remind|move|cancel|push|call|text|tell|show)\b)"
    r"|on (?:vacation|holiday|leave|pto)|out of (?:the office|office|town)|travell?ing|away|forgot"
    r"|totally forgot|missed|meant to"
    # "make it an hour, Sam always runs over": how someone usually is
    r"|[a-z]+ (?:always|usually|often|never|tends to|keeps) [a-z]+"
    # "hand #5 back, swamped today": how the speaker is, the subject left out
    r"|(?:swamped|slammed|snowed under|flat out|out sick|off sick|stuck|tied up|buried)\b"
    rf"|{_WHY_ONLY}"
    # "hand #5 back, can't get to the store today": what the speaker cannot do, the subject left out
    r"|can't|can’t|cant|cannot|can not|won't|won’t|couldn't|couldn’t|could not|no time|too busy)\b"
    r"|(?:(?:a|an|the) )?[a-z]+(?:['’]s| is| are| was| were)(?: (?:not|still|already|just|now|also|really"
    r"|probably|running|getting))? (?:[a-z]+ing|late|early|out|off|away|busy|back|gone|sick|closed|full"
    r"|delayed|stuck|bad|slammed|swamped|plenty|enough)\b"
    # "weekends r for me", "evenings are kept for family": what something is kept for
    r"|[a-z]+ (?:are|r|is) (?:(?:kept|meant|saved|reserved) )?for \w+"
    # "maria moved the shoot", "ben already called them": someone and what they did
    r"|[a-z]+ (?:already |just )?(?:[a-z]{3,}ed|took|went|got|said|told|did|made|found|sent|came|left|bought"
    r"|sold|paid|brought|gave|wrote|spoke|met|saw|heard|rang|cancell?ed)\b)"
    r"|\s+(?=(?:because|since|cause|cuz|coz|bc)\b)"
    # "can you push it to 5:30 I have a showing", "what time is the dentist again i always forget": said
    # without a stop, a reason opens with "I" and what the client has, is, keeps doing or forgets
    r"|(?<!\bwhen)(?<!\bif)(?<!\bwhere)(?<!\bthat)(?<!\bwhat)(?<!\bhow)(?<!\band)(?<!\bso)(?<!\bcan)"
    r"(?<!\bcould)(?<!\bshould)(?<!\bwould)(?<!\bdo)(?<!\bdid)(?<!\bam)(?<!\bwhich)(?<!\bwho)(?<!\bwhy)"
    r"\s+(?=(?:i have|i ve|i've|ive|i am|i'm|im|i always|i keep|i forgot|i need|i got|i can't|i cant"
    r"|i just|i already)\b)"
    # "scrap that ill call them myself": what the client will do instead (after "that" too)
    r"|(?<!\bwhen)(?<!\bif)(?<!\bso)(?<!\band)(?<!\bwhat)\s+(?=(?:i will|i'll|ill|i'd rather|id rather)\b)"
    # after a question mark the ask is over: "can u push it to 11? buyers running late"
    r"|\s*\?+\s+(?=\w)",
    re.IGNORECASE,
)
_SAYS_WHY = re.compile(_WHY_ONLY, re.IGNORECASE)
_SECOND_ASK = re.compile(
    r"\b(?:and|also|plus|then)\s+(?:can|could|please|book|schedule|add|order|send)\b", re.I
)
# What a message with a reason after it may be read as without it: a correction or withdrawal of what was
# just arranged, a question about what was talked about ("when does it close? the buyers are asking"), or,
# when the whole message reads as nothing or as a general errand, any ask Jane answers herself. Never a bare
# "ok" or "yes": "ok, I have a call then" confirms nothing.
_REASONED = ("correction", "withdraw")
_POINTED = ("pronoun", "ellipsis")
# An offer taken up in words that say so ("book it", "go ahead"), which a reason may follow; a bare "ok" or
# "yes" before a statement takes up nothing
_TAKEN_UP = re.compile(r"\b(?:book|schedule|go ahead|do it|confirm|lock)\b", re.IGNORECASE)
_NOT_ANSWERED = frozenset(("unknown", "smalltalk", "help", "task.create"))
# A reason is the last clause or two; trying only the last few places a reason could start keeps a long
# message (Slack allows 4,000 characters) within a few readings.
_REASONS_TRIED = 3


def _asked_with_a_reason(
    clean: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None, whole: Parsed, ordinary: bool
) -> Parsed | None:
    """An ask followed by its reason, read without the reason (the longest head that is one); None when the
    message is no such thing, and the reading of the whole (`whole`, a follow-up unless `ordinary`)
    stands. A reason may name a time of its own ("make it 3 instead, I have a call at 4"), so a correction
    is the head's; and it is never part of the words that name what is asked about (`_NAMING`)."""
    kind = whole.slots.get("follow_up")
    # ("I'll take the coffee pods one. Maria sounded desperate." is no remark on the talk: an ask, then why)
    caught_all = ordinary and whole.intent in CAUGHT_ALL or whole.slots.get("remark") is True
    asked_back = whole.intent == "unknown" and kind is not None
    corrected = kind == "correction" and "refers_to" in whole.slots
    named = kind is None and whole.intent not in _NOT_ANSWERED
    if not (ordinary or caught_all or asked_back or corrected or named):
        return None
    for reason in list(_REASON.finditer(clean))[: -_REASONS_TRIED - 1 : -1]:
        if reason.start() == 0 or _SECOND_ASK.search(clean, reason.end()):
            continue
        head = _parse(clean[: reason.start()], now, zone, context, reasons=False)
        said = head.slots.get("follow_up")
        if corrected:
            if said == "correction" and head.slots.get("refers_to") == whole.slots.get("refers_to"):
                # unless what follows is a change of its own: "move it to 3, the day after" (a statement,
                # "5:30 is too close to pickup" or "long morning", only says why)
                why = clean[reason.end() :]
                tail = _parse(why, now, zone, context, reasons=False)
                return None if "follow_up" in tail.slots and not _SAYS_WHY.match(why) else head
            continue
        if named and not ordinary:
            why = clean[reason.end() :]
            if _names_without_the_reason(whole, head) or _reason_read_as_name(whole, head, why):
                return head
            continue
        if said in _REASONED or said in _POINTED and "refers_to" in head.slots:
            return head  # a correction or withdrawal with nothing to refer to is asked back, never filed
        if said == "confirm" and _TAKEN_UP.search(clean, 0, reason.start()):
            return head  # "just book it anyway, the dentist can wait"
        if (caught_all or asked_back) and head.intent not in _NOT_ANSWERED and said is None:
            return head
        if _names_without_the_reason(whole, head):
            return _given_the_reason(head, clean[reason.end() :])
        if _time_only_in_the_reason(whole, head, clean[reason.start() : reason.end()]):
            return head
        if head.intent in ("queue.release", "queue.claim") and "request" in head.slots:
            return head  # "hand #5 back, swamped today": a move on a request by its number, then why
    return None


def _given_the_reason(head: Parsed, why: str) -> Parsed:
    """A booking turned down by its name ("reject the dana call, she's travelling"), with the why the client
    will read; any other head as it is."""
    if head.intent != "booking.reject" or "reason" in head.slots or not why.strip():
        return head
    return replace(head, slots=MappingProxyType({**head.slots, "reason": why.strip()}))


# Words that soften an ask without changing it: "weekdays only though", "can my weekly review at least come
# mondays?", "and a morning agenda too, like 7:30?". Read again without them only when the message reads as
# nothing, so a pattern that counts on one ("too early", "is it still on?") never loses it.
_HEDGE = re.compile(
    r"\s*\b(?:though|tho|at least|even|also|anyway|anyways|perhaps|possibly|kindly|totally|completely"
    r"|actually|kinda|kind of|sort of|sorta|honestly|literally|basically"
    r"|entirely|fully|really|definitely|too(?=\s*(?:[,.!?]|like\b|$))|then(?=\s*[.!?]*\s*$))\b",
    re.IGNORECASE,
)
# "is my dentist thing still tomorrow?": a "thing" after the words that name it adds nothing to them
_THING = re.compile(
    r"\b(?!(?:the|a|an|one|any|some|every|that|this|no|first|last|other|same|only|whole|next|my|your|our"
    r"|each|another|of|real|main|big|little|good|bad|weird)\b)([a-z]+) thing\b(?! (?:is|was|to)\b)",
    re.IGNORECASE,
)
# "that one's still at offer, right?": a statement with a tag is the yes/no question it asks
_TAGGED = re.compile(
    r"^(?:(?:ok|okay|so|and)\s+)*(?P<subject>it|that one|this one|that|this)(?:['’]s| is)\s+(?P<rest>.+?)"
    r"\s*,?\s*(?:right|correct|yeah|yes)\s*\?*$",
    re.IGNORECASE,
)
_TAKEN_BACK = re.compile(
    r"(?:never ?mind|nvm|forget it|forget that|ignore (?:that|me|this))\b", re.IGNORECASE
)
# Where a statement before an ask ends: "ok im back, turn it back on", "long day. what's on tomorrow?"
_PREFACE_END = re.compile(r"\s*[,;:.!?]+\s+|\s+[-–—]+\s+")


# What a second reading must not be to be taken: "im new to this, what can u help me with" is a call for help.
_UNREAD = _NOT_ANSWERED - {"help"}


def _read_past_asides(
    clean: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None, reading: Parsed
) -> Parsed | None:
    """A message that reads as nothing (or as a general errand) read again past what only surrounds its ask:
    a tag (`_TAGGED`), softening words (`_HEDGE`, `_THING`), then a statement before the ask ("ok im back,
    turn it back on"; an errand's first clause is the errand, "screen my calls, I'm swamped", unless a later
    one is a follow-up that found its topic). Only a reading Jane answers herself, a follow-up that found
    its topic, or a "never mind" is taken; None otherwise."""
    asked = _TAGGED.sub(r"is \g<subject> \g<rest>?", clean)
    plain = " ".join(_THING.sub(r"\1", _HEDGE.sub("", asked)).split())
    # a follow-up asked back was understood ("book lunch with Sam then", with no time talked about): only
    # what may stand before it is looked past
    starts = [] if "follow_up" in reading.slots else [0]
    starts += [end.end() for end in _PREFACE_END.finditer(plain)][:_REASONS_TRIED]
    for start in starts:
        if start == 0 and plain == clean:
            continue
        again = _parse(plain[start:], now, zone, context, reasons=False)
        said = again.slots.get("follow_up")
        if said and "refers_to" in again.slots:
            return again  # "oops, that was too much - log -15m on it": what was talked about, after all
        if reading.intent == "task.create" and start:
            continue  # an errand's first clause is the errand: "screen my calls, I'm swamped"
        if said is None and again.intent not in _UNREAD:
            return again
        if again.intent == "smalltalk" and _TAKEN_BACK.match(plain[start:]):
            return again  # "lol sorry, cat on the keyboard. never mind": nothing was asked after all
    return None


# "no, the Elm one. what stage is it at?", "sorry, I meant the dentist — what time is that?", "sorry, I meant
# maria — what phase is she on?": a deal, an event or a client named again in one sentence, and pointed at in
# the next
_SENTENCE_END = re.compile(r"\s*[.!?;]+\s+|\s+[-–—]+\s+")


def _named_then_pointed(
    clean: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None
) -> Parsed | None:
    """A correction naming another deal, event or client, then a question pointing at it: the question,
    about the one just named (or the correction alone when what follows asks nothing); None when the message
    is no such thing."""
    for stop in _SENTENCE_END.finditer(clean):
        head = _parse(clean[: stop.start()], now, zone, context, reasons=False)
        topic = _NAMED_AGAIN.get(head.intent)
        if head.slots.get("follow_up") not in _NAMING_AGAIN or topic is None or topic[1] not in head.slots:
            continue
        kind, slot, field = topic
        named = {**(context or {}), kind: {field: head.slots[slot], "at": now.isoformat()}}
        tail = _parse(clean[stop.end() :], now, zone, named, reasons=False)
        if tail.intent == head.intent and tail.slots.get("refers_to") == kind:
            return tail
        return head if tail.intent in _NOT_ANSWERED else None
    return None


# What a correction names again, as the topic the next sentence points at: (topic, slot, the topic's field)
_NAMED_AGAIN = {
    "deal.status": ("deal", "deal", "name"),
    "calendar.event": ("event", "event", "title"),
    "client.info": ("client", "client", "name"),
}
# "sorry, I meant maria" reads as the last question asked of her (an ellipsis), "no, the Elm one" as a
# correction
_NAMING_AGAIN = ("correction", "ellipsis")


# "I'm doing my books tonight. What did you do for me this week?": statements before a question are its
# context; the question is asked from its own sentence on (a time or a name in the context is none of its)
_QUESTION_AFTER_A_STATEMENT = re.compile(r"(?<=[.!])\s+(?=[^.!?]+\?)")


# "I've got the buyers coming at 3 tomorrow, so before I say yes to anything else — am I free at 10:30?",
# "My sister's asking whether we ever sold Maple Court — did it close in the end?": a statement
# (`asides.STATEMENT`) that runs into a question after a dash, a colon, ", so" or ", but" ("ana's been
# slammed I know, but did the toner ever get ordered?"): the question is the ask, whatever the statement names
_INTO_A_QUESTION = re.compile(
    r"(?:\s*[;:.!]|\s*,?\s+[-–—]+|,\s*(?:so|but)\b(?:\s*[-–—]+)?)\s+(?=(?:and\s+|so\s+|but\s+)?"
    # (a question word opens a question even when the "?" was left off: "… last night. What's on tomorrow")
    r"(?:(?:what|when|where|who|which|how|why)\b[^.!?]*\??|(?:am|are|is|was|do|does|did|can|could|have|has"
    r"|will|would|should|any|anything)\b[^.!?]*\?)\s*$)",
    re.IGNORECASE,
)


# "… ? I can't remember when it's arriving": a statement after the question says why it is asked (a plan's
# time said after it, "book lunch with Sam? I'd like it at noon", is the plan's)
_STATEMENT_AFTER = re.compile(
    r"\?\s+(?:(?:i|i'm|im|i've|ive|i'd|id|i'll|we|we're|we've|my|our|it's|they|they're|she|he|she's|he's"
    r"|just want(?:ed)?|just checking|want to be sure|need to know)\b"
    r"[^?]*)$",
    re.IGNORECASE,
)
_PLANS = frozenset(("calendar.schedule", "reminder.create", "task.create"))
_NAMED_LAST = re.compile(
    r"\b(?:the|my|our|that|this) (?P<thing>[\w'-]+(?: [\w'-]+){0,3}?)\s*[,.!]*\s*$", re.I
)
# Anything the statement named ("… with the Baker Street duplex buyers and they're anxious."), the last first
_NAMED_ANYWHERE = re.compile(
    r"\b(?i:the|my|our|that|this|on|at|about|for|with|from) (?P<thing>[A-Z0-9][\w'-]*(?: [A-Z][\w'-]*){0,3})"
)
# … or a thing in lower case ("… I'm actually glad the dentist is coming up."): one word after "the"
_NAMED_IN_LOWER_CASE = re.compile(r"\b(?i:the|my|our) (?P<thing>[a-z][\w'-]+)")
_POINTER = re.compile(
    r"\b(?:(?:that|this|the) (?:deal|one|event|appointment|meeting|booking|listing|property)|it|that|this)\b",
    re.IGNORECASE,
)


_TRIED_NAMES = 3  # the things a statement named, tried as what its question points at
_STATUS_QUESTIONS = frozenset(("request.status", "calendar.event", "deal.status"))


def _pointed_at_the_named(
    preface: str, question: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None
) -> Parsed:
    """The question's reading; where it reads as nothing and points ("what time is that one again?"), its
    pointer is what the statement before it ended on ("… not looking forward to the dentist.")."""
    asked = _parse(question, now, zone, context, reasons=True)
    if "refers_to" not in asked.slots and (timed := _then_as_told(preface, question, now)) is not None:
        # "My cousin … wants to grab coffee around 10:30 tomorrow. Am I free then?": the time the story said
        again = _parse(timed, now, zone, context, reasons=True)
        asked = again if again.intent not in _UNREAD else asked
    unread = asked.intent == "unknown" or asked.intent == "request.status" and not asked.slots
    # ("The dentist's office just called … Could you move it to 5:30?": which event moves, the story says)
    moved = asked.intent == "calendar.schedule" and asked.slots.get("action") in ("move", "cancel")
    unread = unread or moved and not asked.slots.get("event")
    # ("ugh, the dentist is tomorrow too. what time is that one again?": the pointer is what was just named,
    # not what the conversation talked about before)
    pointed_back = asked.slots.get("follow_up") == "pronoun" and asked.intent in _STATUS_QUESTIONS
    unread = unread or pointed_back
    if not unread or not _POINTER.search(question):
        return asked  # ("where are we on it?" alone asks after every request: it names nothing of its own)
    last = _NAMED_LAST.search(preface)
    named = [last.group("thing")] if last else []
    named += [found.group("thing") for found in reversed(list(_NAMED_ANYWHERE.finditer(preface)))][
        :_TRIED_NAMES
    ]
    lower = [found.group("thing") for found in reversed(list(_NAMED_IN_LOWER_CASE.finditer(preface)))]
    lower = [thing.removesuffix("'s") for thing in lower]  # "the dentist's office": the dentist
    named += [thing for thing in lower if thing not in named][:_TRIED_NAMES]
    # ("The Baker Street duplex buyers called. They're anxious about the inspection. Where are we on it?": a
    # deal is called by its name in capitals, whatever the story ended on)
    deal_in_lower_case = None
    for thing in named:
        again = _parse(_POINTER.sub(f"the {thing}", question, count=1), now, zone, context, reasons=True)
        if again.intent in _UNREAD or again.slots.get("follow_up") or not _named_in(again, thing):
            continue
        if pointed_back and again.intent == asked.intent:
            continue  # ("The sellers are asking. What's it priced at?": "it" is still the deal talked about)
        if again.intent == "deal.status" and not thing[0].isupper():
            deal_in_lower_case = deal_in_lower_case or again
        elif deal_in_lower_case is None or again.intent == "deal.status":
            return again
    return deal_in_lower_case or asked


def _named_in(reading: Parsed, thing: str) -> bool:
    """Whether the reading is about `thing` (it names it): "the dentist is coming up" read into a question
    that names nothing was the wrong words taken for a name."""
    said = " ".join(str(reading.slots.get(key) or "") for key in (*_NAMING, "client")).lower()
    return any(word in said for word in thing.lower().split() if len(word) > 2)


def _an_errand(reading: Parsed) -> bool:
    """An errand of a named duty ("add the sign-ups to the mailing list"), not the catch-all general one."""
    return reading.intent == "task.create" and reading.duty not in (None, _ANY_ERRAND)


def _asked_after_a_preface(
    clean: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None, reading: Parsed
) -> Parsed | None:
    """The question read from its own sentence when statements come before it, where that reading is the
    same ask with more said about it, or the context held a time; None when the whole message's reading
    stands."""
    told = _STATEMENT_AFTER.search(clean)
    if told is not None:
        # "how long do I need to set aside for it? I'd like to grab lunch after": the question is the ask
        asked = _parse(clean[: told.start() + 1], now, zone, context, reasons=True)
        why = clean[told.end() :]
        plans = asked.intent in _PLANS and any(piece.kind != "hint" for piece in scan(normalize(why), now))
        # (an errand with why after it, "… sent to the Hendersons? they just closed with us", is the errand)
        if asked.intent not in ("unknown", "smalltalk") and not plans:
            return asked
    stated = _INTO_A_QUESTION.search(clean) if STATEMENT.match(clean) else None
    if stated is not None:
        asked = _pointed_at_the_named(clean[: stated.start()], clean[stated.end() :], now, zone, context)
        if asked.intent not in _UNREAD or _an_errand(asked):
            return asked  # the statement before it is only why the question is asked
    for stop in _QUESTION_AFTER_A_STATEMENT.finditer(clean):
        asked = _pointed_at_the_named(clean[: stop.start()], clean[stop.end() :], now, zone, context)
        if asked.intent in _UNREAD:
            continue
        if reading.intent in CAUGHT_ALL:
            return asked
        pointed_back = reading.slots.get("follow_up") == "pronoun" and not asked.slots.get("follow_up")
        if pointed_back and asked.intent != reading.intent:
            return asked  # "ugh, the dentist is tomorrow too. what time is that one again?": the one named
        timed = any(piece.kind != "hint" for piece in scan(normalize(clean[: stop.start()]), now))
        # ("Lunch with Eva tomorrow at 12:30. Am I free?": the preface is the plan the whole reading found)
        planned = "title" in reading.slots and "title" not in asked.slots
        more = set(asked.slots) > set(reading.slots)
        if asked.intent == reading.intent and (timed and not planned or more):
            return asked
    return None


_TOLD_A_DAY = frozenset(("calendar.schedule", "calendar.availability"))


def _asked_past_the_asides(
    clean: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None, reading: Parsed
) -> Parsed | None:
    """The ask read without the apologies, thanks and statements around it (`asides`): those before it
    always, those after it when the ask reads as nothing with them ("I meant Dana, not Linda. Long
    morning."). Taken where that reading is understood and the whole message's is not the same ask with
    more in it; None when the whole message's reading stands."""

    def read(part: str) -> Parsed:
        return _parse(part, now, zone, context, reasons=False)

    split = leading_asides(clean, read)
    story, ask = split if split is not None else ("", clean)
    asked = _pointed_at_the_named(story, ask, now, zone, context) if split is not None else reading
    # (a question with only asides after it is that question: "is that slot actually free? sorry, I'm
    # paranoid about clashes" asks whether it is free, whatever "clashes" would ask)
    if (_reads_as_nothing(asked) or "?" in ask) and (shorter := trailing_asides(ask, read)) is not None:
        ask = shorter
        asked = _pointed_at_the_named(story, ask, now, zone, context)
    elif split is None:
        return None
    if _reads_as_nothing(asked):
        # ("let's move him up to phase 2 — he's been great" with nobody talked about: asked who, never filed)
        return asked if "follow_up" in asked.slots and reading.intent in CAUGHT_ALL else None
    if asked.intent in _TOLD_A_DAY:
        # "She asked to meet tomorrow. Could you book a call with Linda at 2pm?": the day the story named;
        # "Priya wants to … Book a call with her at 4:30?": the person it named
        day, told = _the_day_told(story, ask, now), with_the_named(story, ask)
        if day or told != ask:
            asked = _parse(f"{told.rstrip(' ?.!')} {day}" if day else told, now, zone, context, reasons=True)
    if _an_errand(reading) and asked.intent == "task.create":
        return None  # the whole message names the errand's duty best ("… out of coffee pods. Order some?")
    if reading.intent == "smalltalk" and asked.intent.startswith("conversation."):
        return None  # "ok, thanks — I'll think about it" closes the talk; it answers no offer
    told_when = any(piece.kind != "hint" for piece in scan(normalize(story), now))
    if told_when and "start" in reading.slots and "start" not in asked.slots:
        return None  # "Dana lands at 5 tomorrow. Can you book dinner with her?": the story holds the time
    return asked if asked != reading else None


_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")
# Asks a story's day or time belongs to ("Dana lands at 5 tomorrow. Can you book dinner with her?")
_TAKE_THE_STORY_TIME = frozenset(
    ("calendar.schedule", "calendar.availability", "task.create", "reminder.create")
)


def _asked_after_statements(
    clean: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None, reading: Parsed
) -> Parsed | None:
    """The last sentence's reading, when the sentences before it are statements and it asks the same on its
    own with other slots: "Fridays are my busiest day and I never have a minute at 4 o'clock. Move my weekly
    review to Monday 9am." moves it to Monday 9, "… to go over the quarter. Give me a rundown of my
    pipeline." is the whole pipeline (a day or time in the story belongs to a plan's ask: those keep it)."""
    sentences = _SENTENCES.split(clean.strip())
    if len(sentences) < 2 or reading.intent in _TAKE_THE_STORY_TIME | CAUGHT_ALL:
        return None
    if not all(STATEMENT.match(sentence) for sentence in sentences[:-1]):
        return None
    last = _parse(sentences[-1], now, zone, context, reasons=True)
    same = last.intent == reading.intent and last.slots != reading.slots
    return last if same and "follow_up" not in last.slots else None


# The last clause after a comma: "actually just weekdays, let's not get carried away"
_LAST_CLAUSE = re.compile(r",\s+[^,]+$")


def _followed_up_then_remarked(
    clean: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None
) -> Parsed | None:
    """A follow-up with a remark after its last comma ("actually just weekdays, let's not get carried
    away"): the follow-up, read without the remark (with nothing to follow, asked back); None when the words
    before the comma are no follow-up (so a remark never turns a follow-up into a general errand)."""
    last = _LAST_CLAUSE.search(clean)
    if last is None:
        return None
    head = _parse(clean[: last.start()], now, zone, context, reasons=True)
    return head if "follow_up" in head.slots else None


def _reads_as_nothing(reading: Parsed) -> bool:
    """Nothing Jane answers or files for a duty of its own: no follow-up that found its topic either."""
    return reading.intent in _UNREAD and "refers_to" not in reading.slots and not _an_errand(reading)


_THEN = re.compile(r"\b(?:then|at that time|at that point)\b", re.IGNORECASE)


def _then_as_told(story: str, question: str, now: datetime) -> str | None:
    """The question with its "then" put as the one time of day (and day) the story said; None when it
    has no "then", says a time itself, or the story said no one time."""
    if not _THEN.search(question) or any(piece.kind != "hint" for piece in scan(normalize(question), now)):
        return None
    words = normalize(story)
    said = [piece for piece in scan(words, now) if piece.kind in ("day", "clock")]
    clocks = [piece for piece in said if piece.kind == "clock"]
    if len(clocks) != 1 or len([piece for piece in said if piece.kind == "day"]) > 1:
        return None
    when = " ".join(words[piece.at[0] : piece.at[1]] for piece in said)
    return _THEN.sub(when, question, count=1)


def _the_day_told(story: str, ask: str, now: datetime) -> str | None:
    """The one day a story names, in its words, when the ask after it says a time of day but no day."""
    asked = scan(normalize(ask), now)
    if not any(piece.kind == "clock" for piece in asked) or any(piece.kind == "day" for piece in asked):
        return None
    words = normalize(story)
    days = [piece for piece in scan(words, now) if piece.kind == "day"]
    if len({piece.day for piece in days}) != 1 or days[0].day is None or days[0].day < now.date():
        return None
    start, end = days[0].at
    return words[start:end]


# "Oh no, Dana's flight only lands at noon — could you push it back two hours?": why, then the correction;
# the time in the why ("at noon") is none of the correction's
_AFTER_A_DASH = re.compile(r"\s+[-–—]+\s+(?=[^-–—]+$)")


def _corrected_after_a_dash(
    clean: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None, reading: Parsed
) -> Parsed | None:
    """The correction read from the clause after the last dash, when that clause alone corrects the same
    thing; None when the whole message's reading stands."""
    stop = _AFTER_A_DASH.search(clean)
    if stop is None:
        return None
    if _WHY_IT_IS_SAID.search(clean[stop.end() :]):
        # "No wait, tuesdays — Mondays I'm stuck in the office": the clause after the dash says why
        head = _parse(clean[: stop.start()], now, zone, context, reasons=True)
        if _corrects_the_same(head, reading):
            return head
    # (read with its own reasons: "… — I meant Dana, sorry, long morning" corrects the name, not the time)
    tail = _parse(clean[stop.end() :], now, zone, context, reasons=True)
    return tail if _corrects_the_same(tail, reading) else None


# The speaker on themselves, which says why rather than what: "Mondays I'm stuck in the office meeting"
_WHY_IT_IS_SAID = re.compile(
    r"\b(?:i'?m|i am|i'?ve|i have|i'?ll|i will|i can'?t|i cannot|i won'?t|we'?re|we are|we'?ve|we have)\b"
    r"(?![^?]*\?)",
    re.IGNORECASE,
)


def _corrects_the_same(said: Parsed, reading: Parsed) -> bool:
    same = said.intent == reading.intent and said.slots.get("refers_to") == reading.slots.get("refers_to")
    return same and said.slots.get("follow_up") == "correction"


# The slots that name what an ask is about in the client's words: a request or reminder, an event, a deal,
# what a booking (or a plan asked about) is called.
_NAMING = ("about", "event", "deal", "title")


def _names_without_the_reason(whole: Parsed, head: Parsed) -> bool:
    """Whether the head names what it is about (a request, a reminder, an event, a deal) where the whole
    message read the reason into those words ("cancel my reminder about priya, she already called" is about
    "priya") or lost them."""
    if not any(key in head.slots for key in _NAMING) or "follow_up" in head.slots:
        return False
    if head.intent in _NOT_ANSWERED:
        return False
    if head.intent == whole.intent and set(whole.slots) - set(head.slots) - set(_NAMING):
        return False  # the same ask losing what the whole found: "a call with Jenny re: the offer at 4"
    # a whole that found nothing it names or asks ("what time is the dentist again i always forget" read as
    # a day's agenda) gives way to the head that names something
    return head.intent == whole.intent or any(key in whole.slots for key in _NAMING) or not whole.slots


def _time_only_in_the_reason(whole: Parsed, head: Parsed, stop: str) -> bool:
    """Whether the only time the whole message names is in what follows its question: "could you give me an
    overview of all my deals? I have a catch-up with my broker later today" asks for no day's deals."""
    timed = "start" in whole.slots and "start" not in head.slots
    return timed and "?" in stop and head.intent == whole.intent and "follow_up" not in head.slots


def _reason_read_as_name(whole: Parsed, head: Parsed, reason: str) -> bool:
    """Whether the whole message read its reason as the name of what it is about, where the head is a
    withdrawal or correction of what was talked about: "scrap that ill call them myself" is no event called
    "That ill call them myself", but the draft just made, taken back."""
    if head.slots.get("follow_up") not in _REASONED or "refers_to" not in head.slots:
        return False
    said = " ".join(reason.lower().split())
    return bool(said) and any(said in str(whole.slots.get(key, "")).lower() for key in _NAMING)


# "what about maria, which phase is she in?": a person named first, then the question about them by pronoun
_NAMED_FIRST = re.compile(
    r"^\s*(?:(?:ok|okay|so|and|but|hmm|um|right)[\s,]+)*(?:what|how) about (?P<who>[a-z][\w'.-]*)"
    r"\s*[,;:\-–—]+\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_PERSON_PRONOUN = re.compile(r"\b(?:she|he|they|him|them|her)\b", re.IGNORECASE)
_NO_NAME = frozenset(
    ("it", "that", "this", "those", "these", "them", "him", "her", "me", "us", "you", "tomorrow", "today",
     "now", "then", "the", "my", "our", "your", "next", "last", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "lunch", "dinner", "breakfast")
)  # fmt: skip


def _named_then_asked(clean: str) -> str | None:
    """The question of a message that names a person and then asks about them by pronoun, with the name in
    the pronoun's place ("which phase is maria in?"), so it reads as if asked in full; None otherwise."""
    match = _NAMED_FIRST.match(clean)
    if match is None or match.group("who").lower() in _NO_NAME:
        return None
    rest = match.group("rest")
    if not _PERSON_PRONOUN.search(rest):
        return None
    return _PERSON_PRONOUN.sub(match.group("who"), rest, count=1)
