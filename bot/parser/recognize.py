"""Decides the intent (and a task's duty) of a templated message by trying the grammar's tables in order."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from bot.parser import statuses
from bot.parser.calendar_grammar import COMPOUND_CHECK
from bot.parser.errands import DUTIES
from bot.parser.grammar import (
    CALENDAR_FALLBACK,
    HELP,
    INTENT_DUTIES,
    INTENTS,
    INTERJECTION,
    SELF_CONTAINED,
    SMALLTALK,
)
from bot.parser.template import body as request_of
from bot.parser.vocabulary import expand


def _compiled(pattern: str) -> re.Pattern:
    return re.compile(expand(pattern))


_SMALLTALK, _HELP = _compiled(SMALLTALK), _compiled(HELP)
_INTENTS = tuple((intent, tuple(_compiled(p) for p in patterns)) for intent, patterns in INTENTS)
_STATUS = tuple(_compiled(p) for p in statuses.STATUS)
# How sure a frame is that it asks about a deal: any subject, a named one, or one with a deal cue.
_ANY, _NAMED, _CUED = range(3)
_WEAK = tuple(_compiled(p) for p in statuses.WEAK_STATUS)
_PERSONAL = tuple(_compiled(p) for p in statuses.PERSONAL)
_ASKING = ((_STATUS, _ANY), (_WEAK, _NAMED), (_PERSONAL, _CUED))
_TELLING = ((tuple(_compiled(p) for p in statuses.NEWS), _NAMED),)
_DUTIES = tuple(
    (duty, tuple(tuple(_compiled(p) for p in together) for together in ways)) for duty, ways in DUTIES
)
_REQUEST_OBJECT, _DEALS_OBJECT = _compiled(statuses.REQUEST_OBJECT), _compiled(statuses.DEALS_OBJECT)
_DEAL_OBJECT, _EMPTY_OBJECT = _compiled(statuses.DEAL_OBJECT), _compiled(statuses.EMPTY_OBJECT)
_DEAL_CUE = _compiled(statuses.DEAL_CUE)
_LEADING, _TRAILING = _compiled(statuses.LEADING), _compiled(statuses.TRAILING)
_WORDY = re.compile(r"[a-z0-9]")
_FAMILY = re.compile(r"^(?:the|our) (\w+)")
_CALENDAR_FALLBACK = _compiled(CALENDAR_FALLBACK)
_COMPOUND_CHECK = _compiled(COMPOUND_CHECK)
_CLAUSE_BREAK = re.compile(r" [,-] ")
_INTERJECTION = _compiled(INTERJECTION)
_PEOPLE = frozenset(("we", "i", "you", "they", "he", "she"))
# Questions a leading "wait" or "oh" does not change, for they name what they ask about.
_QUESTION = re.compile(r"^(?:when|where|what|what time|who|how|is|are|do|does|did|has|have)\b")
_ASKED_IN_FULL = SELF_CONTAINED | {"calendar.event", "calendar.agenda", "deal.status", "deal.pipeline"}
# What a later clause may ask when the first only tells something: Jane's own asks, and a booking whose day
# and time the clause names itself ("… , book a call with the title company tomorrow at 11:30").
_LATER_ASKS = SELF_CONTAINED | {"calendar.schedule"}  # who did it, never what a question is about
# "hand #5 back, I'm slammed today": a later clause that says how the person is tells why, and asks nothing
_SAYS_HOW_I_AM = re.compile(r"^(?:i am|we are|i have been|we have been)\b")
_CLOSING_TIME = re.compile(r"(?: (?:right|just|as of|at the moment|currently))? @[dh]$")


@dataclass(frozen=True)
class Recognised:
    intent: str
    duty: str | None = None
    subject: str | None = None  # the words a status question asks about
    # what the pattern that decided caught by name (service_grammar.py), or "plan": a compound's plan
    groups: Mapping[str, str | None] = field(default_factory=dict)
    body: str | None = None  # the clause the intent was found in, when its slots are read from it alone


def _found(
    intent: str, subject: str | None = None, groups: Mapping[str, str | None] | None = None
) -> Recognised:
    """An intent with the duty it always needs (none for help, smalltalk, requests)."""
    return Recognised(intent, INTENT_DUTIES.get(intent), subject, groups or {})


def recognise(words: str, body: str, cased: Mapping[str, str]) -> Recognised:
    """The intent of a message: `words` is the normalised text, `body` its templated request, `cased`
    the client's own spelling of each word (a capitalised name makes "where is X" a deal question)."""
    if not _WORDY.search(words):
        return _found("unknown")
    if _SMALLTALK.fullmatch(" ".join(words.replace(",", " ").split())):
        return _found("smalltalk")  # "thanks, jane", "thanks 🙏 jane" as "thanks jane"
    if _HELP.fullmatch(words) or _HELP.fullmatch(body):
        return _found("help")
    found = _compound(body) or _after_interjection(body, cased)
    if found is None:
        whole = _request(body, cased)
        # "oops, too much - log -15m on #5": a command in a later clause, rather than the whole as an errand
        errand = whole is None or whole.intent == "task.create"
        found = (_later_command(body, cased) if errand else None) or whole
    # "I locked myself out lol, can you call a locksmith": the request may be a later clause
    clauses = [body, *(request_of(clause) for clause in body.split(" , ")[1:])]
    asking = [clause for clause in clauses[1:] if not _SAYS_HOW_I_AM.match(clause)]
    found = found or next(filter(None, (_in_clause(clause, cased) for clause in asking)), None)
    if found is None and any(_HELP.fullmatch(clause) for clause in clauses[1:]):
        return _found("help")  # "I'm new here, what can you do?"
    found = found or next(filter(None, (_news(clause, cased) for clause in clauses)), None)
    if found is None and _CALENDAR_FALLBACK.search(body):
        return _found("calendar.agenda")
    return found or _found("unknown")


def _request(body: str, cased: Mapping[str, str]) -> Recognised | None:
    for intent, patterns in _INTENTS:
        for pattern in patterns:
            match = pattern.search(body)
            if match:
                return _found(intent, groups=match.groupdict())
    return _status(body, cased) or _errand(body)


def _after_interjection(body: str, cased: Mapping[str, str]) -> Recognised | None:
    """ "actually cancel my printer paper order": a leading "actually", "sorry" or "no" before a message that
    says in full what Jane does herself; the rest decides (a correction needs a topic, this does not)."""
    rest = _INTERJECTION.sub("", body)
    if rest == body or not rest:
        return None
    if _QUESTION.match(rest):  # "wait, when's the dentist again?": the question, asked in full
        return _in_clause(request_of(rest), cased, _ASKED_IN_FULL)
    return _in_clause(request_of(rest), cased, SELF_CONTAINED)


def _later_command(body: str, cased: Mapping[str, str]) -> Recognised | None:
    """A clause after the first that says in full what Jane does herself (SELF_CONTAINED), or a booking
    said in full after news ("ok they want a call after all. book a call with them tomorrow at 11:30"),
    read from that clause alone."""
    for clause in body.split(" , ")[1:]:
        rest = request_of(_INTERJECTION.sub("", clause))
        found = _in_clause(rest, cased, _LATER_ASKS) if rest and not _SAYS_HOW_I_AM.match(rest) else None
        if found is not None:
            return found if found.body else replace(found, body=rest)
    return None


def _in_clause(
    clause: str, cased: Mapping[str, str], only: frozenset[str] | None = None
) -> Recognised | None:
    """The reading of one clause of the message; an intent that reads its slots from its own words
    (SELF_CONTAINED) reads them from that clause ("you know what, stop the morning agenda")."""
    found = _request(clause, cased)
    if found is None or only is not None and found.intent not in only:
        return None
    return replace(found, body=clause) if found.intent in SELF_CONTAINED else found


def _compound(body: str) -> Recognised | None:
    """ "lunch with Sam tomorrow at 12:30 - am I free?": a plan with its time, then only a check on it."""
    *plan, check = _CLAUSE_BREAK.split(body)
    if not plan or "@" not in " ".join(plan) or not _COMPOUND_CHECK.fullmatch(check):
        return None
    return _found("calendar.availability", groups={"plan": " , ".join(plan)})


_DEAL_ONLY_ASK = re.compile(
    r"\b(?:worth|priced at|listed at|asking price|going for|selling for|next step|whats next|what is next"
    r"|close date|closing date|under contract)\b"
)


def _status(body: str, cased: Mapping[str, str], tables: tuple = _ASKING) -> Recognised | None:
    """A question about something ("where are we on X") or, with `_TELLING`, news about it. A time closing
    the question only says when it is asked ("what's the farmhouse worth now?")."""
    body = _CLOSING_TIME.sub("", body) or body
    for frames, sure in tables:
        for frame in frames:
            match = frame.search(body)
            if match:
                subject, tail = match.group("obj"), match.groupdict().get("tail")
                if tail and (_named(tail, cased) and not _named(subject, cased) or subject in _PEOPLE):
                    subject = tail  # "did we close anything last month?": the tail is what is asked about
                # "how much is oak worth", "whats next on lakeview": what only a deal has is asked, so the
                # words name a deal however they are typed
                of_a_deal = _DEAL_ONLY_ASK.search(body) is not None
                found = _about(subject, _ANY if of_a_deal and sure == _NAMED else sure, cased)
                if found:
                    return found
    return None


def asked_after(body: str) -> str | None:
    """The words a question asks after when it fits a person or anything else as well as a deal ("how's
    lakeview doing?", "where's lakeview at?"): only the client's own deals can tell whether they name one."""
    for frame in (*_WEAK, *_PERSONAL):
        match = frame.search(_CLOSING_TIME.sub("", body) or body)
        if match is not None:
            subject = " ".join(word for word in match.group("obj").split() if not word.startswith("@"))
            return _TRAILING.sub("", _LEADING.sub("", subject)).strip() or None
    return None


def _news(body: str, cased: Mapping[str, str]) -> Recognised | None:
    """News about a deal; news about anything else ("the printer is dead") is no status question."""
    found = _status(body, cased, _TELLING)
    return found if found and found.intent == "deal.status" else None


def _about(subject: str, sure: int, cased: Mapping[str, str]) -> Recognised | None:
    """What a status question asks about: a request, the pipeline, or one deal."""
    subject = " ".join(word for word in subject.split() if not word.startswith("@"))
    named_family = _FAMILY.match(subject)  # "the Hendersons": a client's family, and so their deal
    family = named_family is not None and cased.get(named_family.group(1), "")[:1].isupper()
    subject = _TRAILING.sub("", _LEADING.sub("", subject)).strip()
    if _EMPTY_OBJECT.fullmatch(subject):
        return _found("request.status")
    if _REQUEST_OBJECT.search(subject):  # "any news on the toner order?": the words that name the request
        return _found("request.status", subject)
    if _DEALS_OBJECT.fullmatch(subject):
        return _found("deal.pipeline")
    if sure == _CUED and not (family or _DEAL_CUE.search(subject)):
        return None
    # named, or an address however it is typed: "is baker street under contract yet?"
    cued = _DEAL_OBJECT.search(subject) or _DEAL_CUE.search(subject)
    if sure == _NAMED and not (cued or _named(subject, cased)):
        return None
    return _found("deal.status", subject)


def _errand(body: str) -> Recognised | None:
    for duty, ways in _DUTIES:
        if any(all(pattern.search(body) for pattern in together) for together in ways):
            return Recognised("task.create", duty)  # the errand decides the duty
    return None


def _named(subject: str, cased: Mapping[str, str]) -> bool:
    return any(cased.get(word, word)[:1].isupper() for word in subject.split())
