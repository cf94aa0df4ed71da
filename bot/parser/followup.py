"""Follow-ups: a message read against the conversation's last topics (context.py), by followup_grammar.py.

`follow_up` says a message refers back and how; `refers_to` names the topic it was resolved against. A rule
that fits but finds no topic to refer to gives `unknown` with `follow_up` set, so the handler asks back: a
follow-up never turns into work for the VA. Without a context, a message that no rule fits keeps its
ordinary reading. README.md (`jane parse --context`) lists every outcome.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

from bot.parser import followup_grammar as grammar
from bot.parser.clockpieces import on_clock
from bot.parser.context import TOPICS, Topic, Topics
from bot.parser.dates import WEEK, monday_of
from bot.parser.deals import KINDS, match_deal
from bot.parser.grammar import INTENT_DUTIES, SMALLTALK
from bot.parser.hours_slots import AFTERNOON_UNTIL, looking_back, review_settings
from bot.parser.message import Message
from bot.parser.model import CAUGHT_ALL, Parsed
from bot.parser.names import stage
from bot.parser.normalize import restore
from bot.parser.ordinals import place_in
from bot.parser.piece import Piece
from bot.parser.recognize import Recognised, asked_after
from bot.parser.service_slots import PRONOUNS, THIRD_PERSON, request_asked, times_offered
from bot.parser.slots import ANYTHING_ASKED, deal_ask, open_ended
from bot.parser.statuses import DEAL_CUE, SHARED_ASKS
from bot.parser.template import body
from bot.parser.times import scan
from bot.parser.timewords import END_OF_DAY
from bot.parser.vocabulary import expand
from bot.parser.when import SLOT_MINUTES, When, local, resolve, whole_day
from handlers.core.duration import UnreadableDuration, read_minutes
from handlers.phases.duties import described_by, phase_of


def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(expand(pattern))


_LEAD, _CORRECTING = _compiled(grammar.LEAD), _compiled(grammar.CORRECTING)
_RELATIVE = tuple((_compiled(pattern), days) for pattern, days in grammar.RELATIVE_DAYS)
_RELATIVE_TOKEN, _TIME_ONLY = _compiled(grammar.RELATIVE_TOKEN), _compiled(grammar.TIME_ONLY)
_BARE_HOUR, _ASKS_IF_FREE = _compiled(grammar.BARE_HOUR), _compiled(grammar.ASKS_IF_FREE)
_BUSY_WORDS = re.compile(r"\b(?:busy|booked|taken|tied up|blocked)\b")
_EDIT, _EDIT_REST = _compiled(grammar.EDIT), _compiled(grammar.EDIT_REST)
_LENGTH_SAID = _compiled(grammar.LENGTH_SAID)
_SEND_SETTING = _compiled(grammar.SEND_SETTING)
_RETIME_CUE, _RETIME_AGAINST = _compiled(grammar.RETIME_CUE), _compiled(grammar.RETIME_AGAINST)
_INSTEAD_OF = _compiled(grammar.INSTEAD_OF)
_FOR_NOW = re.compile(r"\bfor (?:right )?now$")
_LATER, _EARLIER = _compiled(grammar.LATER), _compiled(grammar.EARLIER)
_WITHDRAW, _CANCELS_EVENT = _compiled(grammar.WITHDRAW), _compiled(grammar.CANCELS_EVENT)
_AFFIRMED = _compiled(rf"^(?:(?:{grammar.AFFIRM})(?: ,)? ?)+$")
_CONFIRMED = _compiled(
    rf"^(?:(?:{grammar.AFFIRM}|so|then|and|just|actually|oh|ah)(?: ,)? )*(?:{grammar.CONFIRM})"
    rf"(?: (?:then|please|for me|now"
    r"|thanks|thank you|anyway|anyways|regardless|all the same|still|,))*$"
)
# "ok thanks", "cool, thank you": a thank-you that closes the exchange takes up no offer (its button stays)
_THANKED = _compiled(
    r"^(?:(?:ok|okay|cool|great|perfect|nice|good|lovely|awesome|fine|alright|all right|ok then)(?: ,)? )*"
    r"(?:thanks|thank you)$"
)
_MORE_OF = _compiled(grammar.MORE_OF)
_SWITCH_OFF, _SWITCH_ON = _compiled(grammar.SWITCH_OFF), _compiled(grammar.SWITCH_ON)
_AT_THAT_TIME = _compiled(grammar.AT_THAT_TIME)
_AT_THAT_TIME_CASED = re.compile(grammar.AT_THAT_TIME, re.IGNORECASE)
_POLITE_END = re.compile(r"(?:(?: ,)? (?:please|thanks|thank you|thx|cheers|pls|ta))+(?: ,)?$")
# "book it with Dana" after "am I free at 2?": that time, with someone (the words gave the title "It with …")
_IT_WITH = re.compile(r"^(?:it|that|this|that slot|that time|then) (?=with )", re.IGNORECASE)
_POINTED_VERB_ONLY = re.compile(
    r"^(?:\w+ )?(?:book|schedule|do|confirm|set|put|grab|take|lock)(?: it| in| up)?$"
)
_MONTH_BEFORE = _compiled(grammar.MONTH_BEFORE)
_BOOKED_YET = re.compile(r"\b(?:booked|confirmed|scheduled|(?:on|in) (?:my|the) calendar)\b")
_GENERIC_REQUEST = re.compile(r"\b(?:my|the|that|this) (?:booking|request|order|errand)\b")
_SOFT_WITHDRAW = re.compile(
    r"^(?:(?:ugh|oh|ok|okay|wait|actually|lol|hmm+|ah|oops|whoops|well|so|no|sorry)(?: ,)? )*"
    r"(?:never ?mind|nevermind|nvm|nm|forget (?:it|that|about it|about that)|no need|do not bother"
    r"|dont bother|do not worry about it)\b"
)
# A verb that does cancel, said after the soft words: "never mind, cancel that" withdraws all the same.
_CANCELLING = re.compile(r"\b(?:cancel|scrap|scratch|drop|kill|nix|undo|call off|abort|withdraw|delete)\b")
# "never mind, I'll order the pens myself": the client does it; no errand for the VA in those words.
_DOING_IT_MYSELF = re.compile(
    r"^(?:(?:ok|so|and|but|actually) )*(?:i|we) (?:will|can|am going to|are going to|shall|could)\b"
)
_QUESTION = re.compile(r"^(?:what|where|when|who|how|which|why|is|are|has|have|did|does|do|can|could|will)\b")
# "nvm dont need it, found one in the drawer": what happened instead, so nothing is asked
_SORTED_ALREADY = re.compile(
    r"^(?:(?:i|we|they|he|she) (?:already |just )?)?(?:found|fixed|got|sorted|figured|managed|solved|bought"
    r"|ordered|mailed|sent|booked|did|handled|grabbed|picked up)\b|^turns out\b|^(?:i|we) already\b"
)
# Readings of a later clause that are no request of their own: "never mind, thanks" is still a withdrawal.
_NO_READING = frozenset(("unknown", "smalltalk", "help"))
# "why not?", "how come?", "but why though?": asking why an ask was refused, which asks what it would take.
# "why can't you do that?", "how come you won't book it?": the words after "why" only say what was refused.
_WHY_NOT = re.compile(
    r"^(?:(?:but|and|so|wait|hmm+|huh|ok|okay|um|uh|oh)(?: ,)? )*"
    r"(?:why|how come|how so|what is the problem|what is wrong|what is the issue|what is stopping you)"
    r"(?: (?:not|is|that|so|it|can|could|will|would|do|does|did|i|you|we|then|exactly|though|tho|now"
    r"|do|book|handle|help|with|schedule|see|get|send|write|screen|manage|show|check|read|set up|access"
    r"|for me|me|this|,))*$"
)
_DECLINED = _compiled(
    rf"^(?:(?:{grammar.DECLINE})(?: ,)? ?)+(?:(?:{grammar.DECLINE_TAIL}|{grammar.DECLINE})(?: ,)? ?)*$"
)
# "no thanks, I'll keep doing my own calendar for now": a no, then what the person will do instead
_DECLINED_WITH_WORDS = _compiled(
    rf"^(?:(?:{grammar.DECLINE})(?: ,)? ?)+(?:i will|i ll|ill|i am|im|i can|we will|we ll|i d rather|i would"
    r" rather|i think i will|maybe|just|i will just|i ll just|let me)\b"
)
_AGENDA_DAYS, _EVERY_DAY = _compiled(grammar.AGENDA_DAYS), _compiled(grammar.EVERY_DAY)
_NO_WEEKENDS, _WEEKENDS_TOO = _compiled(grammar.AGENDA_NO_WEEKENDS), _compiled(grammar.AGENDA_WEEKENDS_TOO)
_DEAL_CHOICE, _POINTING = _compiled(grammar.DEAL_CHOICE), _compiled(grammar.POINTING)
_TELL_ABOUT = _compiled(grammar.TELL_ABOUT)
_OF_THOSE, _CLOSES_FIRST = _compiled(grammar.OF_THOSE), _compiled(grammar.CLOSES_FIRST)
_ALSO, _ANAPHOR = _compiled(grammar.ALSO), _compiled(grammar.ANAPHOR)
_ADD_TO, _ADDING_VERB = _compiled(grammar.ADD_TO), _compiled(grammar.ADDING_VERB)
_TAKE_OFF_IT = _compiled(grammar.TAKE_OFF_IT)
_EVENT_POINTED, _THAT_DAY = _compiled(grammar.EVENT_POINTED), _compiled(grammar.THAT_DAY)
_BE_THERE, _REMARK = _compiled(grammar.BE_THERE), _compiled(grammar.REMARK)
_HOW_LONG, _EVENT_ENDS = _compiled(grammar.HOW_LONG), _compiled(grammar.EVENT_ENDS)
_ELSE_THAT_DAY = _compiled(grammar.ELSE_THAT_DAY)
_ANOTHER_EVENT, _DEAL_CUE = _compiled(grammar.ANOTHER_EVENT), _compiled(DEAL_CUE)
_KIND_POINTER = _compiled(grammar.KIND_POINTER)
_MORE_TIME, _OTHER_PERSON = _compiled(grammar.MORE_TIME), _compiled(grammar.OTHER_PERSON)
_SOMEONE_ELSE, _SHIFT_ALONE = _compiled(grammar.SOMEONE_ELSE), _compiled(grammar.SHIFT_ALONE)
_SOMEONE_ELSE_BARE = _compiled(grammar.SOMEONE_ELSE_BARE)
_WHATS_OPEN, _SMALLTALK = _compiled(grammar.WHATS_OPEN), _compiled(SMALLTALK)
# What talking about requests sounds like: a request made, asked after, withdrawn
_WHAT_ABOUT = ("what about ", "how about ")  # one more of the same: "what about elm street?"
_REQUEST_TALK = ("task.create", "request.status", "request.cancel", "conversation.withdraw", "request.why")
_NOT_A_PERSON, _TIME_OF_THAT = _compiled(grammar.NOT_A_PERSON), _compiled(grammar.TIME_OF_THAT)
_ADDING_LEAD, _POINTING_OBJECT = _compiled(grammar.ADDING_LEAD), _compiled(grammar.POINTING_OBJECT)
_EXISTENTIAL = _compiled(grammar.EXISTENTIAL)
# "take the Hursts off it", "add the Parkers to it": a change to what the request is about, whatever its duty
_CHANGES_A_LIST = re.compile(r"^(?:take|remove|drop|leave|add|include|put|cross|scratch|strike) (?!it\b)\w")
# "and write the ad for the rental once it's fixed": a clause of when or why after the errand
_WHEN_CLAUSE = re.compile(
    r"\b(?:once|when|whenever|after|before|if|until|till|since|because|as soon as|so that|while|in case) .*$"
)
_NOTE_AFTER_POINTER = re.compile(
    r"\b(?:to|on|for|off|from) (?:it|that one|this one|that|this|the request)(?:\s*[,:;\-–—]+\s*|\s+)"
    r"(?P<note>\S.*)$",
    re.I,
)
# A status question's subject once "the", "that" are gone: it names nothing of its own.
# "when's the deal itself meant to close?": words that name no deal but the one talked about
_NAMELESS = PRONOUNS | {"there", "one", "", "deal", "deal itself", "the deal", "listing", "property", "sale"}
_NAMELESS |= {"closing", "the closing", "the sale"}  # "when is closing expected?" about the deal talked about
# A deal named at the end of a question about it: "… on the elm st deal", "… for the Lakeview listing"
_NAMED_DEAL = re.compile(
    r"\b(?:on|for|of|about|with) (?:the |my |our )?(?P<deal>(?!(?:it|that|this|that one|this one|them)$)"
    r"[\w' -]+?)(?: (?:deal|listing|one|sale|closing))?$"
    # "what's lakeview priced at again?": the deal as the subject of the question
    r"|^(?:(?:and|so|ok|okay|oh) )*(?:what|when|how much|where) (?:is|does|did|was|will|would) (?:the |my )?"
    r"(?P<subject>(?!(?:it|that|this|they|we|he|she|you|i|the|my|a|an|our|its|their|next)\b)[a-z][\w'-]*"
    r"(?: [\w'-]+){0,2}?)"
    r" (?:priced|listed|worth|going for|selling for|close|closing|closes|sitting|at|under|expected)\b"
)

# "an hour , not @n", "@d not @d , sorry": the new day, time or length, then the one it replaces (and maybe an
# apology, which says nothing more)
_CONTRAST = re.compile(
    r"^(?P<kept>.*\S)(?: ,)? not (?:the |a |an |on |at )?(?:@[dhn]\w*|\d+|one|two|three|four|five|six|ten)"
    r"(?:(?: ,)? (?:sorry|my bad|my mistake|oops|whoops|please|thanks|then|lol))*$"
)
# "I meant today, sorry", "and toner too, now that I think about it": an apology or an afterthought after the
# point says nothing more (over the template and the words)
_SORRY_AFTER = re.compile(
    r"(?: ,)? (?:sorry|my bad|my mistake|oops|whoops|lol|i mean|i meant|is what i meant|now that i think"
    r" (?:about|of) it|come to think of it|while you are (?:at|on) it|i guess|i suppose)(?: about that)?$"
)
# "make it 5 instead, 5:30 runs into my kid's practice": why the old time will not do says nothing more
_WHY_NOT_THEN = re.compile(
    r" , [^,]*?\b(?:runs? into|clash(?:es)? with|conflicts? with|overlaps?(?: with)?"
    r"|is too (?:late|early|tight)|does not work|do not work|will not work|would not work|is no good"
    r"|is not good)\b.*$"
)
# "how long is it scheduled for?" asks how long it is
_BOOKED_FOR = re.compile(r" (?:scheduled|booked|set) for$")
# "I was thinking of the Oak Ave one for the forecast": what it is wanted for says nothing of which one
_ONE_FOR = re.compile(r"(?<= one) for (?:the|my|our|a) [\w' -]+$")
# "not the dentist, I meant the walkthrough", "no wait, not oak — elm street": what was not meant, before
# what was. "not now, thanks" and "not before 10, please" say no or bound a time: they keep their words.
_NOT_THAT = re.compile(
    r"^not (?!(?:now|yet|really|sure|quite|exactly|at all|much|so|too|right now|for now|anymore|any more"
    r"|necessarily|urgent|needed|a problem|a big deal|bad|until|till|before|after|earlier|later|more|less"
    r"|longer|that long|this time|today thanks)\b)(?:the |my |that |this )?[\w' -]+? , "
)
_CALENDAR_QUESTIONS = ("calendar.agenda", "calendar.availability", "calendar.event")
# What a bare new time corrects when it was arranged or set last.
_SETTINGS = ("draft", "reminder", "agenda", "review", "offer")
# What "move it to 4" or a time said as a wish changes: the same, or an event just talked about.
_ARRANGED = ("draft", "reminder", "agenda", "review", "event", "offer")  # on a tie, an event before an offer


@dataclass(frozen=True)
class Turn:
    """One message with its ordinary reading, split into the interjections before it and its point."""

    message: Message
    found: Recognised
    slots: Mapping[str, Any]
    topics: Topics
    lead: str  # "oh right , sorry ," in "oh right, sorry, I meant 5:15"
    point: str  # the rest, over the template: "i meant @h"
    said: str  # the rest, over the words: "i meant 5:15"
    replaced: int | None = None  # where the time it replaces is named, in "tuesday , not monday"

    @property
    def correcting(self) -> bool:
        if self.replaced is not None:
            return True  # "tuesday, not monday"
        return bool(_CORRECTING.search(self.lead) or _CORRECTING.match(self.said)) or " instead" in self.said

    @property
    def ordinary(self) -> str:
        return self.found.intent

    @property
    def asked(self) -> str:
        """The point without its polite opening and closing: "can you cancel it for me" asks "cancel it"."""
        return body(self.said)

    @property
    def asked_point(self) -> str:
        """The same over the template: "could you move it to @h for me" asks "move it to @h"."""
        return body(self.point)


def turn(
    message: Message, template: str, found: Recognised, slots: Mapping[str, Any], topics: Topics
) -> Turn:
    lead = _LEAD.match(template)
    said_lead = _LEAD.match(message.words)
    point = template[lead.end() :] if lead else template
    said = message.words[said_lead.end() :] if said_lead else message.words
    for says_no_more in (_SORRY_AFTER, _ONE_FOR, _BOOKED_FOR, _WHY_NOT_THEN, _NOT_THAT):
        point, said = says_no_more.sub("", point), says_no_more.sub("", said)
    contrast = _CONTRAST.match(point)
    replaced = None
    if contrast and " not " in said:  # "make it an hour, not half an hour": what it is not says nothing more
        replaced = len(message.words) - len(said) + said.rindex(" not ")
        point, said = contrast.group("kept"), said[: said.rindex(" not ")]
    lead_said = lead.group() if lead else ""
    told = _IT_IS_THEN.match(point.strip(" ,"))
    draft = topics.get("draft")  # (newest of all, on a tie too: the booking an answer drafted with its slot)
    if (
        told
        and draft is not None
        and topics.latest("draft", *(kind for kind in TOPICS if kind != "last")) is draft
    ):
        # "friday it is", "ok, 4:30 it is then" about a booking still waiting: the draft, changed to it
        point, said = f"make it {told.group('when')}", "make it " + _IT_IS.sub("", said.strip(" ,"))
    return Turn(message, found, slots, topics, lead_said, point.strip(" ,"), said.strip(" ,"), replaced)


# "friday it is then": a time chosen (a change to a booking still waiting, or only the client's choice told)
_IT_IS_THEN = re.compile(r"^(?P<when>(?:@[dh] ?)+) it is(?: (?:then|settled))?$")
_IT_IS = re.compile(r" it is(?: (?:then|settled))?$")


def follow_up(current: Turn) -> Parsed | None:
    """The message read as a follow-up, or None when it is no follow-up (its ordinary reading stands)."""
    for rule in _RULES:
        parsed = rule(current)
        if parsed is not None:
            return parsed
    return None


def _parsed(intent: str, slots: Mapping[str, Any], duty: str | None = None) -> Parsed:
    duty = duty or INTENT_DUTIES.get(intent)
    return Parsed(intent, duty, phase_of(duty), MappingProxyType(dict(slots)))


def _ask_back(kind: str) -> Parsed:
    """A follow-up with nothing to refer to: the handler asks what it is about."""
    return _parsed("unknown", {"follow_up": kind})


def _marks(kind: str, topic: Topic) -> dict[str, Any]:
    return {"follow_up": kind, "refers_to": topic.kind}


# -- withdrawing, confirming, declining ----------------------------------------------------------------------


def _withdrawn(current: Turn) -> Parsed | None:
    refused = current.topics.get("refused")
    withdrawn_alone = _SOFT_WITHDRAW.match(current.said) and not current.said.partition(" , ")[2]
    made_since = current.topics.latest("request", "draft", "reminder", "refused") is not refused
    if refused is not None and not made_since and withdrawn_alone:
        return _parsed("smalltalk", {})  # "ok, never mind the calendar" just after it was refused: none made
    if current.topics.last_intent() == "conversation.decline" and withdrawn_alone:
        return _parsed("smalltalk", {})  # … or after "no thanks" to asking the VA about it
    # ("actually never mind, I'll pick them up myself": "never mind," opened it, and withdraws)
    match = _WITHDRAW.match(current.said) or _WITHDRAW.match(current.asked)
    if match is None and (_DOING_IT_MYSELF.match(current.said) or _SORTED_ALREADY.match(current.said)):
        match = _WITHDRAW.match(current.message.words)
    if not match:
        return None
    kinds: tuple[str, ...] = grammar.WITHDRAW_NOUNS.get(
        match.group("noun") or "", ("request", "draft", "reminder")
    )
    if match.group("noun") in ("booking", "draft") and current.topics.get("draft") is not None:
        kinds = (
            "draft",
        )  # "scrap that booking": the one Jane drafted, however events were asked about since
    named = match.group("noun") not in (None, "one")  # "cancel that order" is no event, whatever came since
    if _CANCELS_EVENT.search(current.said) and "event" not in kinds and not named:
        kinds += ("event",)
    soft = bool(_SOFT_WITHDRAW.match(current.said)) and not _CANCELLING.search(current.said)
    later = current.said.partition(" , ")[2]
    # "never mind, the buyers backed out" is news that says why, not a question about the deal
    asks_itself = current.ordinary not in _NO_READING and (
        current.ordinary != "deal.status" or bool(_QUESTION.match(later))
    )
    if soft and later and asks_itself and not (_DOING_IT_MYSELF.match(later) or _SORTED_ALREADY.match(later)):
        return None  # "ok forget it, just order a box of pens": the later clause asks for something itself
    if soft and not match.group("noun") and current.topics.latest(*kinds) is None:
        return _parsed("smalltalk", {})  # "never mind" with nothing to withdraw: nothing to cancel or ask
    mine = re.search(r"\bmy reminder\b", current.said) is not None  # "cancel my reminder": not one pointed at
    if kinds == ("reminder",) and (current.topics.get("reminder") is None or mine):
        # "cancel that reminder" once the talk moved on: the asker's reminders, the only one cancelled
        return _parsed("reminder.cancel", {"follow_up": "withdraw"})
    return _withdraw_latest(current, kinds)


# "hmm no, leave it at 4:30 after all", "actually keep it where it is": the change asked for, taken back
_LEFT_AS_IT_WAS = re.compile(
    r"^(?:(?:i will|i ll|we will|i think i will|i will just|i am going to|i am gonna|just|do|please"
    r"|please do) )?"
    r"(?:leave|keep) (?:it|that|things|everything|the \w+)(?: (?:(?:at )?@h|at \d{1,2}(?::\d\d)?"
    r"|as (?:it is|is"
    r"|it was)|where it (?:is|was)|how it (?:is|was)|the way it (?:is|was)|unchanged|alone|as planned"
    r"|at the (?:old|original|same) time))?(?: (?:then|please|after all|actually|anyway|instead|for now))*$"
)


def _left_as_it_was(current: Turn) -> Parsed | None:
    """A move or cancellation asked of the VA (or drafted for the VA to confirm), taken back by keeping the
    event as it is (a waiting booking is edited back instead: "leave it at 3" changes the draft's time)."""
    if not _LEFT_AS_IT_WAS.match(current.point):
        return None
    latest = current.topics.latest("request", "draft", "reminder")
    if latest is not None and latest.kind == "draft" and latest.text("change"):
        return _withdraw_latest(current, ("draft",))  # a change of an event drafted for the VA, taken back
    if latest is None or latest.kind != "request" or current.topics.last_intent() != "calendar.schedule":
        return None
    draft = current.topics.get("draft")
    if draft is not None and draft.number("request") == latest.number("id"):
        return None  # the request is a booking still waiting: "leave it at 3" edits its time back
    return _withdraw_latest(current, ("request",))


def _withdraw_latest(current: Turn, kinds: tuple[str, ...]) -> Parsed:
    topic = current.topics.latest(*kinds)
    if topic is None:
        return _ask_back("withdraw")
    marks = _marks("withdraw", topic)
    if topic.kind == "event":
        return _parsed("calendar.schedule", {"action": "cancel", **_event_slots(topic), **marks})
    key = {"draft": "request", "request": "id", "reminder": "id"}[topic.kind]
    number = topic.number(key)
    return _parsed("conversation.withdraw", {**marks, **({_ID_SLOT[topic.kind]: number} if number else {})})


_ID_SLOT = {"draft": "request", "request": "request", "reminder": "reminder"}


# "looks fine, confirm it", "reject that one, she's away that day": a VA's word on the booking just listed
_QUEUE_VERDICT = re.compile(
    r"^(?:(?:looks|that looks|all) (?:fine|good|ok|okay|great|right)(?: ,)? )?(?P<verb>confirm|approve|accept"
    r"|reject|decline|turn down)(?: the booking)? (?:that one|this one|it|that|this)"
    r"(?:(?: ,| -| because| since| as| due to)* (?P<reason>.+))?$"
)


_REASON_AS_TYPED = re.compile(
    r"\b(?:it|that one|this one|that|this)\b\W*(?:(?:because|since|as|due to)\s+)?(?P<reason>\w.*)$", re.I
)


def _verdict_on_the_listed(current: Turn) -> Parsed | None:
    """A VA confirming or turning down, by pronoun, the one request their queue just listed."""
    listed = current.topics.last_intent() or ""
    verdict = _QUEUE_VERDICT.match(current.said)
    if not listed.startswith("queue.") and not (
        listed == "request.status" and current.topics.last_slot("open")
    ):
        # "confirm it" after anything but a list of requests is another follow-up's; read as an errand
        # ("looks fine, confirm it" out of the blue), confirm what? it is asked back, never sent to the VA
        answerable = current.topics.latest("offer", "refused", "draft") is not None  # "book it"'s to answer
        errand = verdict is not None and current.ordinary == "task.create" and not answerable
        return _ask_back("pronoun") if errand else None
    request = current.topics.get("request")
    if verdict is None or request is None or request.number("id") is None:
        return None
    slots: dict[str, Any] = {"request": request.number("id"), **_marks("pronoun", request)}
    if verdict.group("verb") in ("confirm", "approve", "accept"):
        return _parsed("booking.confirm", slots)
    typed = _REASON_AS_TYPED.search(current.message.clean) if verdict.group("reason") else None
    reason = typed.group("reason").strip() if typed else None
    return _parsed("booking.reject", {**slots, **({"reason": reason} if reason else {})})


_REJOICING = re.compile(
    r"^(?:(?:yay|woohoo|woo+|yes+|yess|wow|ooh|oh|ah|nice|sweet|great|perfect|awesome|brilliant|excellent"
    r"|ok|okay|cool|fab|lovely|amazing|fantastic|phew|whew)(?: ,| !)* )+$"
)


def _answered(current: Turn) -> Parsed | None:
    """ "book it", "yes please", "no thanks": an answer to what Jane offered or asked last."""
    words = current.message.words
    # ("yay! ok, book it": a sound of joy before it is no part of the answer)
    if _CONFIRMED.match(words) or _CONFIRMED.match(current.said) and _REJOICING.match(current.lead):
        topic = current.topics.latest("offer", "refused", "draft")
        if topic is None and (slot := current.topics.get("slot")) is not None:
            # "book it" after "am I free at 3?": nothing was offered, so Jane asks what to book then
            return _parsed("unknown", {"follow_up": "confirm", "refers_to": "slot", **_times(slot)})
        return _confirmed(topic) if topic else _ask_back("confirm")
    asked = current.topics.newest()
    pending = asked if asked is not None and asked.kind in ("offer", "refused") else None
    if asked is not None and asked.kind == "phase" and (refused := current.topics.get("refused")) is not None:
        pending = refused  # "why not?" was answered with what it would take: the offer to ask still stands
    if pending is not None and pending.kind == "refused" and _WHY_NOT.match(words):
        # "why not?" to a refusal asks what it would take, not for the phase
        return _parsed("phase.info", {"ask": "need", **_refusal(pending), **_marks("pronoun", pending)})
    if _AFFIRMED.match(words) and not _THANKED.match(words):
        if pending is not None:
            return _confirmed(pending)
        return _ask_back("confirm") if current.ordinary == "unknown" else None
    if pending is not None and (_DECLINED.match(words) or _DECLINED_WITH_WORDS.match(words)):
        return _parsed("conversation.decline", _marks("confirm", pending))
    return None


def _refusal(topic: Topic) -> dict[str, Any]:
    """What a refusal names: the phase it needs and the duty it is about, so the answer can say both."""
    slots: dict[str, Any] = {"phase": phase} if (phase := topic.number("phase")) else {}
    return {**slots, **({"duty": duty} if (duty := topic.text("duty")) else {})}


def _confirmed(topic: Topic) -> Parsed:
    slots = _marks("confirm", topic)
    if topic.kind in ("offer", "draft"):
        slots.update(_times(topic))
        slots.update({"title": title} if (title := topic.text("title")) else {})
    if topic.kind == "offer" and "start" in topic.times and "end" in topic.times:
        # the length offered ("lunch" is an hour): a booking with no length would read as a whole part of day
        slots["duration_minutes"] = int((topic.times["end"] - topic.times["start"]).total_seconds() // 60)
    if topic.kind == "draft" and topic.number("request"):
        slots["request"] = topic.number("request")
    if topic.kind == "refused" and topic.number("phase"):
        slots["phase"] = topic.number("phase")
    return _parsed("conversation.confirm", slots)


# -- edits and corrections of times --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Change:
    """What a follow-up says about time: the pieces it names, a day offset, a shift, a new length."""

    pieces: Sequence[Piece]
    clock: Piece | None
    offset: int
    shift: int
    length: int | None

    @property
    def empty(self) -> bool:
        return not (self.pieces or self.clock or self.offset or self.shift or self.length)


def _days_named(change: _Change) -> bool:
    return any(piece.kind in ("day", "range", "part") for piece in change.pieces)


def _new_until(current: Turn) -> int:
    """Where the words that name the new time end: "friday instead of tomorrow", "tuesday, not monday" name
    the old one after it, and "5 instead, 5:30 runs into practice" says why not the old one."""
    old = _INSTEAD_OF.search(current.message.words) or _WHY_NOT_THEN.search(current.message.words)
    until = old.start() if old else len(current.message.words)
    return min(until, current.replaced) if current.replaced is not None else until


def _change(current: Turn) -> _Change:
    until = _new_until(current)
    pieces = [
        piece
        for piece in current.message.pieces
        if piece.kind != "hint" and piece.at[0] < until and not _for_now(current, piece)
    ]
    clock = next((piece for piece in pieces if piece.kind in ("clock", "range")), None)
    if clock is None:
        bare = _BARE_HOUR.search(current.said)
        hour, minute = (int(bare.group("h")), int(bare.group("m") or 0)) if bare else (99, 0)
        if hour < 24 and minute < 60:
            clock = Piece("clock", (0, 0), minute=hour * 60 + minute, meridiem="24h" if hour > 12 else None)
    offset = next((days for pattern, days in _RELATIVE if pattern.search(current.said)), 0)
    length = next((piece.minutes for piece in pieces if piece.kind == "length"), None)
    shift = 0
    if length and clock is None:
        direction = 1 if _LATER.search(current.said) else -1 if _EARLIER.search(current.said) else 0
        shift, length = (direction * length, None) if direction else (0, length)
    pieces = [piece for piece in pieces if piece.kind not in ("clock", "range", "length")]
    return _Change(pieces, clock, offset, shift, length)


def _for_now(current: Turn, piece: Piece) -> bool:
    """ "move it to 4 for now": "for now" says how long the change holds, not a time to move it to."""
    return piece.kind == "moment" and bool(_FOR_NOW.search(current.message.words, 0, piece.at[1]))


def _retimed(
    start: datetime, end: datetime, change: _Change, zone: Any, office: bool = True
) -> tuple[datetime, datetime]:
    """The window `start`-`end` as the follow-up changes it."""
    length = end - start
    whole_days = start.time() == end.time() == datetime.min.time() and length >= timedelta(days=1)
    if change.shift:
        return start + timedelta(minutes=change.shift), end + timedelta(minutes=change.shift)
    moment = next((piece for piece in change.pieces if piece.kind == "moment"), None)
    if moment is not None and moment.moment is not None:
        begin = moment.moment.astimezone(zone)
        return begin, begin + (length if not whole_days else timedelta(minutes=SLOT_MINUTES))
    days = [piece for piece in change.pieces if piece.kind in ("day", "span")]
    # as when.py reads "Wednesday next week": a date outranks the bare weekday beside it
    dated = next((piece for piece in days if not piece.weekday), days[0] if days else None)
    part = next((piece for piece in change.pieces if piece.kind == "part"), None)
    if dated is not None and dated.day is not None and dated.until is not None and change.clock is None:
        return local(dated.day, 0, zone), local(dated.until, 0, zone)
    day = _new_day(start, dated, part, change.offset)
    if whole_days and length > timedelta(days=1) and 0 < change.offset < 7 and dated is None:
        # "and the day after?" after "today and tomorrow": the day after the last of them
        day = (end - timedelta(days=1)).astimezone(zone).date() + timedelta(days=change.offset)
    if change.offset and abs(change.offset) == 7 and whole_days:
        first = monday_of(start.date()) + WEEK * (change.offset // 7)
        return local(first, 0, zone), local(first + WEEK, 0, zone)
    if change.clock is not None and change.clock.minute is not None:
        hours = part.hours if part else None
        minute = (
            on_clock(change.clock.minute, change.clock.meridiem, hours) if office else change.clock.minute
        )
        begin = local(day, minute, zone)
        if change.clock.kind == "range" and change.clock.minute_end is not None:
            return begin, local(day, change.clock.minute_end + (minute - change.clock.minute), zone)
        span = timedelta(minutes=change.length) if change.length else length
        return begin, begin + (span if not whole_days else timedelta(minutes=SLOT_MINUTES))
    if part is not None and part.hours:
        return local(day, part.hours[0] * 60, zone), local(day, part.hours[1] * 60, zone)
    if change.length and dated is None and not change.offset:
        return start, start + timedelta(minutes=change.length)
    if whole_days:
        return whole_day(day, zone)
    begin = local(day, start.hour * 60 + start.minute, zone)
    return begin, begin + (timedelta(minutes=change.length) if change.length else length)


def _new_day(start: datetime, dated: Piece | None, part: Piece | None, offset: int) -> date:
    if dated is not None and dated.day is not None:
        return dated.day
    if part is not None and part.day is not None:
        return part.day  # "and this afternoon?" after Thursday: today's, where "the afternoon" is Thursday's
    return start.date() + timedelta(days=offset)


_ARRANGED_NAMED = re.compile(r"\b(reminder|agenda)\b")
# "oops, meant 7:45 for the agenda", "actually 6:30 for my briefing": the time, said for the agenda setting
_TIME_FOR_THE_AGENDA = re.compile(
    r"^(?:(?:i )?(?:meant|mean|wanted)|make (?:it|that)|i said|it should be|should be)?(?: ,)? ?@h"
    r" (?:for|on) (?:the|my) (?:morning |daily )?(?:agenda|briefing|rundown)(?: (?:instead|then|please))*$"
)


def _agenda_time_named(current: Turn) -> Parsed | None:
    """ "oops, meant 7:45 for the agenda" right after the agenda was set: its time changed, not a question
    about 7:45 on the day just shown."""
    if not _TIME_FOR_THE_AGENDA.match(current.point) or current.topics.get("agenda") is None:
        return None
    change = _change(current)
    return None if change.empty else _edit(current, change, ("agenda",))


# "make it just before the walkthrough instead", "move it to right after the team call": the thing arranged,
# moved beside another event (over the words, the lead such as "never mind," gone)
_BESIDE_ANOTHER = re.compile(
    r"^(?:(?:can you|could you|please) )?(?:move|make|push|put|have|shift|do) (?:it|that|this)(?: to)?"
    r" (?:right |just |straight |immediately |directly )?(?P<side>before|after) (?:the |my |our )?"
    r"(?P<other>[\w' -]+?)(?: (?:instead|then|please|after all))*$"
)


def _moved_beside(current: Turn) -> Parsed | None:
    """ "make it just before the walkthrough instead" right after asking to move an event or to book one: that
    move or booking, timed by the other event."""
    match = _BESIDE_ANOTHER.match(current.said)
    if match is None:
        return None
    topic = current.topics.latest("event", "draft")
    if topic is None or not topic.text("title"):
        return _ask_back("correction")
    slots: dict[str, Any] = {"action": "move", "event": topic.text("title"), "relative": match.group("side")}
    slots.update({"other": restore(match.group("other"), current.message.cased)})
    slots.update({"request": number} if (number := topic.number("request")) else {})
    return _parsed("calendar.schedule", {**slots, **_marks("correction", topic)})


def _edited(current: Turn) -> Parsed | None:
    """ "move it to 4", "make it 45 minutes", "actually, make it 7": the thing last arranged, changed."""
    # "ah wait, make that 2 instead": "make that" opened the message, so only the time is left of it
    made = f"make that {current.point}" if _MAKE_THAT.search(current.lead) else current.point
    if not _only_a_time_after(_EDIT, made) and not _only_a_time_after(_EDIT, current.asked_point):
        return None
    if _ASKED_AGAIN_NOW.match(current.said):
        return None
    change = _change(current)
    if change.empty:
        return None
    # "move that reminder to 3": the reminder, whatever was talked about since
    named = _ARRANGED_NAMED.search(current.said)
    kinds = (named.group(1),) if named else _ARRANGED
    draft, moving = current.topics.get("draft"), current.topics.get("event")
    # ("ok, make it 3:30 instead" right after asking the VA to move the booked event: that move, re-timed)
    moved_since = bool(moving and draft and moving.number("request") and moving.at >= draft.at)
    if not named and current.topics.last_intent() == "calendar.schedule" and draft:
        # "could we do 11:30 instead?" right after a booking: the booking, not its clash
        kinds = ("event",) if moved_since else ("draft",)
    if current.topics.latest(*kinds) is None and current.ordinary == "calendar.availability":
        return None  # "can I do 11:30 tomorrow?" with nothing arranged asks what it says
    return _edit(current, change, kinds)


# Words of an event's name that say what kind it is, not which (or, read into it, which way it moves): "the
# Hendersons call" is the draft "Call with the Hendersons"
_KIND_WORDS = frozenset(
    ("the", "my", "our", "a", "an", "with", "call", "meeting", "appointment", "appt", "booking", "zoom")
    + ("chat", "catch-up", "one", "back", "up", "out", "forward", "thing", "plans", "plan", "get", "together")
)


def _draft_by_name(current: Turn) -> Parsed | None:
    """ "push the Hendersons call back an hour" while "Call with the Hendersons" waits for the VA: the draft,
    changed, not an event on the calendar moved by a new request."""
    if current.ordinary != "calendar.schedule" or current.slots.get("action") != "move":
        return None
    if current.slots.get("relative"):
        return None  # "move the dentist to right after the walkthrough": the handler times it by that event
    draft, named = current.topics.get("draft"), str(current.slots.get("event", "")).lower().split()
    title = set(str(draft.text("title") or "").lower().split()) if draft is not None else set()
    which = set(named) - _KIND_WORDS
    if not which or not which <= title:
        return None
    change = _change(current)
    return None if change.empty else _edit(current, change, ("draft",))


def _open_after_requests(current: Turn) -> Parsed | None:
    """ "k what's open now?" right after a request was made or asked after: the requests still open, not the
    free time it would ask about otherwise."""
    if current.ordinary != "calendar.availability" or not _WHATS_OPEN.match(current.asked_point):
        return None
    last = current.topics.get("last")
    if last is None or current.topics.last_intent() not in _REQUEST_TALK:
        return None
    return _parsed("request.status", {"open": True, **_marks("ellipsis", last)})


def _shifted(current: Turn) -> Parsed | None:
    """ "actually an hour later" after a booking was drafted or a reminder set, "and an hour later?" after
    "am I busy at 4:15 tomorrow?": the same thing, that much later or earlier."""
    guessed = current.ordinary == "deal.status"  # "what about 2 hours later?" names no deal
    if current.ordinary not in CAUGHT_ALL and not guessed or not _SHIFT_ALONE.match(current.point):
        return None
    change = _change(current)
    topic = current.topics.latest("draft", "reminder", "offer", "slot", "window")
    if not change.shift or topic is None:
        return _ask_back("correction") if change.shift else None
    if topic.kind in ("slot", "window"):
        return _asked_again(current, topic, change, "ellipsis") if "start" in topic.times else None
    return _edit(current, change, (topic.kind,))


def _someone_else(current: Turn) -> Parsed | None:
    """ "oops, not Linda — I meant Dana" right after a booking was drafted: the same booking with the person
    meant, at the same time (a name only: "I meant tomorrow" is a time, "I meant the dentist" an event)."""
    match = _SOMEONE_ELSE.match(current.message.words) or _SOMEONE_ELSE_BARE.match(current.message.words)
    draft = current.topics.get("draft")
    if match is None or draft is None or current.message.pieces or current.ordinary not in CAUGHT_ALL:
        return None
    if current.topics.latest("draft", "deal", "event", "request", "reminder", "client") is not draft:
        return None  # "no, I meant Oak" after a deal was talked about since names a deal
    title, new = draft.text("title") or "", match.group("new")
    old = match.groupdict().get("old") or match.group("was")
    named = restore(new, current.message.cased)
    with_whom = re.search(r"\bwith (?P<who>.+)$", title, re.IGNORECASE)
    if old and re.search(rf"\b{re.escape(old)}\b", title, re.IGNORECASE):
        title = re.sub(rf"\b{re.escape(old)}\b", named, title, flags=re.IGNORECASE)
    elif old is None and with_whom and named[:1].isupper():
        title = title[: with_whom.start("who")] + named
    else:
        return None
    if "start" not in draft.times or "end" not in draft.times:
        return _ask_back("correction")
    slots = {
        "action": "edit",
        **_times(draft),
        "title": title,
        "attendees": [named],
        **_marks("correction", draft),
    }
    slots.update({"request": number} if (number := draft.number("request")) else {})
    return _parsed("calendar.schedule", slots)


def _length_said(current: Turn) -> Parsed | None:
    """ "oh wait, it only takes 90 minutes, not 2 hours" after a booking was drafted: its new length, from the
    same start (about an event on the calendar, it would be news, not an ask to change it)."""
    if current.ordinary not in CAUGHT_ALL or not _LENGTH_SAID.match(current.asked_point):
        return None
    change = _change(current)
    if change.length is None:  # "oh wait it'll run 90 minutes, not 30": the length outside the request's body
        said = [piece.minutes for piece in scan(current.said, current.message.now) if piece.kind == "length"]
        change = replace(change, length=said[0]) if len(said) == 1 else change
    if change.length is None or change.clock or change.pieces:
        return None
    return _edit(current, change, ("draft",))


def _only_a_time_after(verb: re.Pattern[str], point: str) -> bool:
    """Whether `point` is the verb and only a time: "move it to @h", "can we do the day after instead?" (a
    day counted from the one arranged is a time like any other)."""
    said = verb.match(point)
    if said is None:
        return False
    rest = _INSTEAD_OF.split(point[said.end() :])[0]  # "friday instead of tomorrow": the old time said too
    return bool(_EDIT_REST.match(_RELATIVE_TOKEN.sub("@r", rest)))


def _sent_at(current: Turn) -> Parsed | None:
    """ "ugh ok, send it at 7:15 then" right after the morning agenda or weekly review was set (or a time for
    it refused): that setting at the new time, never an errand to send something."""
    if not _only_a_time_after(_SEND_SETTING, current.point):
        return None
    arranged = current.topics.latest(*_ARRANGED)
    if arranged is None or arranged.kind not in ("agenda", "review"):
        # "send it at 3 then" about anything else names nothing the VA could place: asked back
        return _ask_back("pronoun") if current.ordinary in CAUGHT_ALL else None
    change = _change(current)
    return None if change.empty else _edit(current, change, (arranged.kind,))


def _retimed_in_other_words(current: Turn) -> Parsed | None:
    """ "thursday would be better", "could it be at 3 instead?", "I'd rather do friday" right after a
    booking was drafted (or turned down), a reminder set, the agenda or review set, an event or an offer
    talked about: a new day or time said as a wish changes that, whatever the words around it."""
    errand_of_its_own = current.ordinary == "task.create" and current.found.duty != "general"
    if current.ordinary not in CAUGHT_ALL or errand_of_its_own:
        return None
    pointed = current.correcting and _POINTING_OBJECT.search(current.said)
    if current.ordinary == "task.create" and not pointed:
        return None  # "print the flyers by friday instead" after a booking is an errand of its own
    arranged, newest = current.topics.latest(*_ARRANGED), current.topics.newest()
    if arranged is None or newest is None or arranged.at < newest.at:
        return None  # only what the last answer was about
    said = current.message.words
    if not _RETIME_CUE.search(said) or _RETIME_AGAINST.search(_INSTEAD_OF.split(said)[0]):
        return None
    change = _change(current)
    return None if change.empty else _edit(current, change, (arranged.kind,))


def _week_ahead(moment: datetime, change: _Change, now: datetime) -> timedelta:
    """ "move that reminder to sunday", said on a Sunday after its time: next Sunday, not a time gone by."""
    named_weekday = any(piece.weekday for piece in change.pieces if piece.kind == "day")
    return WEEK if named_weekday and moment < now else timedelta(0)


def _edit(current: Turn, change: _Change, kinds: tuple[str, ...]) -> Parsed | None:
    if change.length and not (change.clock or change.offset or change.shift or _days_named(change)):
        # "make it 45 minutes": only what lasts has a length (never a reminder or a setting)
        kinds = tuple(kind for kind in kinds if kind not in ("reminder", "agenda", "review")) or kinds
    topic = current.topics.latest(*kinds)
    if topic is None:
        return _ask_back("correction")
    marks = _marks("correction", topic)
    zone = current.message.zone
    if topic.kind == "agenda":
        return _agenda_time(current, change, marks)
    if topic.kind == "review":
        return _review_time(current, change, topic, marks)
    if topic.kind == "reminder":
        due = topic.times.get("due")
        if due is None:
            return _ask_back("correction")
        new, _ = _retimed(due, due + timedelta(minutes=SLOT_MINUTES), change, zone)
        new += _week_ahead(new, change, current.message.now)
        slots = {"action": "edit", "due": new.isoformat(), **marks}
        slots.update({"reminder": number} if (number := topic.number("id")) else {})
        return _parsed("reminder.create", slots)
    if "start" not in topic.times or "end" not in topic.times:
        return _ask_back("correction")
    if topic.kind in ("window", "slot"):
        return _asked_again(current, topic, change, "correction")
    start, end = _retimed(topic.times["start"], topic.times["end"], change, zone)
    ahead = _week_ahead(start, change, current.message.now)
    start, end = start + ahead, end + ahead
    window = {"start": start.isoformat(), "end": end.isoformat()}
    if topic.kind == "event":
        # an event already asked to move ("make it 2 instead"): that request, re-timed
        number = topic.number("request")
        event = {"event": topic.text("title"), "request": number} if number else _event_slots(topic)
        return _parsed("calendar.schedule", {"action": "move", **event, **window, **marks})
    title = {"title": title} if (title := topic.text("title")) else {}
    if topic.kind == "offer":
        return _parsed("calendar.availability", {**window, **title, **marks})
    minutes = int((end - start).total_seconds() // 60)
    slots = {"action": "edit", **window, "duration_minutes": minutes, **title, **marks}
    slots.update({"request": number} if (number := topic.number("request")) else {})
    return _parsed("calendar.schedule", slots)


# "actually til 2:30", "make it run until 3": the booking waiting for the VA ends then, starting as it was
_UNTIL = re.compile(
    r"^(?:(?:make|have|let|keep) it (?:run |go |last )?|(?:it should |should )?(?:run|go|last) )?"
    r"(?:(?:till|til|until|to|through) (?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?"
    r"|(?:(?:till|til|until|to|through) )?@h)"
    r"(?: (?:instead|then|please|now))*$"
)


_UNTIL_SAID = re.compile(r"\b(?:till|til|until|through|run to|go to)\b")


def _until(current: Turn) -> Parsed | None:
    """ "actually til 2:30": the waiting booking's end (its start kept). The template reads "until 3" as one
    clock time, so the words must say "until" (or "till", "to") for the time to be an end."""
    until = _UNTIL.match(current.point) if _UNTIL_SAID.search(current.said) else None
    draft = current.topics.get("draft")
    if until is None or draft is None or "start" not in draft.times:
        return None
    clock = next((piece for piece in current.message.pieces if piece.kind == "clock"), None)
    if until.group("h"):  # "until 3": a bare hour
        minute, meridiem = int(until.group("h")) * 60 + int(until.group("m") or 0), None
    elif clock is not None and clock.minute is not None:
        minute, meridiem = clock.minute, clock.meridiem
    else:
        return None
    start = draft.times["start"]
    minute = on_clock(minute, meridiem, None)
    end = start.replace(hour=minute // 60 % 24, minute=minute % 60)
    if end <= start and not meridiem:
        end += timedelta(hours=12)  # "till 2:30" after a 1 PM start: the afternoon's
    if end <= start:
        return None
    minutes = int((end - start).total_seconds() // 60)
    window = {"start": start.isoformat(), "end": end.isoformat(), "duration_minutes": minutes}
    slots = {"action": "edit", **window, **_marks("correction", draft)}
    slots.update({"title": title} if (title := draft.text("title")) else {})
    slots.update({"request": number} if (number := draft.number("request")) else {})
    return _parsed("calendar.schedule", slots)


def _agenda_time(current: Turn, change: _Change, marks: dict[str, Any]) -> Parsed | None:
    """The morning agenda's new time: "make it 7" is 07:00, as the setting reads a bare hour. The days the
    last setting asked for come along: "at 6:30 every day" refused for the quiet hours, then "7:15 then", is
    7:15 every day (after a setting that was made, they are the days it already has)."""
    clock = change.clock
    if clock is None or clock.minute is None or clock.minute >= 24 * 60:
        return _ask_back("correction")
    last = current.topics.last_intent()
    asked = current.topics.last_slot("weekdays") if last == "agenda.settings" else None
    days = {"weekdays": asked} if isinstance(asked, bool) else {}
    return _parsed(
        "agenda.settings", {"time": f"{clock.minute // 60:02d}:{clock.minute % 60:02d}", **days, **marks}
    )


def _review_time(current: Turn, change: _Change, topic: Topic, marks: dict[str, Any]) -> Parsed:
    """The weekly review's new day and/or time: "actually make it Monday", "make it 4pm instead", "make it 4
    instead" (a bare hour is read as the review setting reads it: up to 7, an afternoon one), "the day after"
    (counted from the review's day). What "not monday" or "instead of 3" names is the old one."""
    until = _new_until(current)
    said = replace(
        current.message,
        words=current.message.words[:until],
        pieces=[piece for piece in current.message.pieces if piece.at[1] <= until],
    )
    changed = {key: value for key, value in review_settings(said, None).items() if key != "stop"}
    day = topic.fields.get("day")
    moved = change.offset % 7
    if "day" not in changed and moved and isinstance(day, int) and not isinstance(day, bool):
        changed["day"] = (day + moved) % 7
    clock = change.clock
    if "time" not in changed and clock is not None and clock.minute is not None and clock.minute < 24 * 60:
        minute = clock.minute
        if clock.meridiem is None and 60 <= minute < (AFTERNOON_UNTIL + 1) * 60:
            minute += 12 * 60
        changed["time"] = f"{minute // 60:02d}:{minute % 60:02d}"
    if changed and "day" not in changed and isinstance(day, int) and not isinstance(day, bool):
        changed["day"] = day  # the day talked about, which a time refused at night never set
    return _parsed("review.settings", {**changed, **marks}) if changed else _ask_back("correction")


# A weekday said in the plural: "tuesdays" is the day a weekly setting comes on.
_PLURAL_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b")


def weekly_days(words: str, topics: Topics) -> str:
    """`words` with "tuesdays" read as "tuesday" while the weekly review is the latest thing set, so "make it
    thursdays", "no wait, tuesdays" change its day as "make it thursday" does (as "move my weekly review to
    mondays" names Monday)."""
    arranged = topics.latest(*_ARRANGED)
    if arranged is None or arranged.kind != "review":
        return words
    return _PLURAL_WEEKDAY.sub(r"\1", words)


def _event_slots(topic: Topic) -> dict[str, Any]:
    slots: dict[str, Any] = {"event": title} if (title := topic.text("title")) else {}
    if "start" in topic.times and "end" in topic.times:
        slots.update(
            {"from_start": topic.times["start"].isoformat(), "from_end": topic.times["end"].isoformat()}
        )
    return slots


def _times(topic: Topic) -> dict[str, Any]:
    return {key: topic.times[key].isoformat() for key in ("start", "end") if key in topic.times}


def _deal_window_again(current: Turn) -> Parsed | None:
    """ "what about the next 20 days?" after "anything set to close in the next two weeks?": the same
    question about the deals, over the window said now."""
    if current.topics.last_intent() != "deal.pipeline" or not _TIME_ONLY.match(current.point):
        return None
    last = current.topics.get("last")
    if last is None or current.topics.last_slot("start") is None:
        return None
    # ("what about the past 30 days?": the days said, those gone by included)
    days = [piece for piece in current.message.pieces if piece.kind in ("day", "span")]
    said = resolve(days, current.message.now, current.message.zone, clip=False) if days else None
    window = {key: current.slots[key] for key in ("start", "end") if key in current.slots}
    window = {"start": said.start.isoformat(), "end": said.end.isoformat()} if said else window
    if not window:
        return None
    kept = {key: value for key in ("moved", "stage") if (value := current.topics.last_slot(key)) is not None}
    return _parsed("deal.pipeline", {**kept, **window, **_marks("ellipsis", last)})


def _elliptic(current: Turn) -> Parsed | None:
    """ "and tomorrow?", "what about 11:30 then?", "sorry, I meant Friday": the last question about another
    time, or a correction of the time last arranged."""
    point = _RELATIVE_TOKEN.sub("@r", current.point)
    # "what does the day after that look like?": a calendar question whose day counts from the one talked of
    calendar_asked = current.ordinary in _CALENDAR_QUESTIONS[:2] or bool(_WHATS_ON.match(current.said))
    counted = "@r" in point and calendar_asked
    if not (_TIME_ONLY.match(point) or counted) or _ASKED_AGAIN_NOW.match(current.said):
        return None  # ("what about now?" asks again; it moves nothing to this minute)
    asks_itself = _WHATS_ON.match(current.said) or ANYTHING_ASKED.match(current.said)
    if asks_itself and current.ordinary in _CALENDAR_QUESTIONS[:2] and not counted:
        return None  # "anything after 11 tomorrow?" asks about the calendar then; it changes nothing
    change = _change(current)
    if change.empty:
        return None
    topics, last = current.topics, current.topics.last_intent()
    correcting = current.correcting
    arranged = topics.latest("draft", "reminder", "agenda", "review", "offer", "slot", "window")
    asked_if_free = bool(_ASKS_IF_FREE.search(current.said + ("?" if "?" in current.message.clean else "")))
    asked_of = topics.latest("slot", "window", "draft") if asked_if_free and not correcting else None
    if asked_of is not None and "start" in asked_of.times and "end" in asked_of.times:
        return _asked_again(current, asked_of, change, "ellipsis", free=True)  # "is 3 definitely free?"
    if last == "calendar.schedule" and topics.get("draft") is not None:
        return _edit(current, change, ("draft",))
    # "ok fine, 8:15 then" right after a setting: the time of what was just set, corrected
    just_set = arranged is not None and arranged is topics.newest() and last not in _CALENDAR_QUESTIONS
    # ("and tomorrow?" right after the agenda's time was set asks of the day talked about before: the agenda
    # comes every day, so a day alone changes nothing of it)
    a_day_alone = _days_named(change) and change.clock is None
    if a_day_alone and arranged is not None and arranged.kind == "agenda" and not correcting:
        arranged = topics.latest("draft", "reminder", "review", "offer", "slot", "window")
    if (correcting or just_set) and arranged is not None and arranged.kind in _SETTINGS:
        return _edit(current, change, _SETTINGS)
    if last not in _CALENDAR_QUESTIONS and arranged is not None and arranged.kind == "offer":
        return _edit(current, change, ("offer",))
    topic = topics.latest("slot", "window")
    refused = topics.get("refused")
    if topic is None and refused is not None and refused.text("intent") in _CALENDAR_QUESTIONS:
        # "what about friday morning then?" after the calendar was refused: the same ask, refused again
        return _parsed(str(refused.text("intent")), _marks("ellipsis", refused))
    if topic is None or "start" not in topic.times or "end" not in topic.times:
        # "the day after that" counts from a day never named; "what about 11:30 then?" reads as nothing else
        named_time = any(piece.kind != "hint" for piece in current.message.pieces)
        if "@r" in point or current.ordinary in CAUGHT_ALL and named_time:
            return _ask_back("correction" if correcting else "ellipsis")
        return None
    return _asked_again(current, topic, change, "correction" if correcting else "ellipsis")


_WHATS_ON = re.compile(
    r"^(?:(?:and|so|ok|okay) )*(?:is there |do i have |have i got |got )?(?:anything|something|what is|whats"
    r"|what)(?: else)? (?:on|happening|scheduled|booked|planned|going on)\b"
)


def _asked_again(current: Turn, topic: Topic, change: _Change, kind: str, free: bool = False) -> Parsed:
    last = current.topics.last_intent()
    intent = "calendar.availability" if free else last if last in _CALENDAR_QUESTIONS[:2] else None
    intent = intent or ("calendar.availability" if topic.kind == "slot" else "calendar.agenda")
    start, end = _retimed(topic.times["start"], topic.times["end"], change, current.message.zone)
    # "what about tomorrow before 10?": the morning up to 10, as the question asked in full reads it
    reach = END_OF_DAY if intent == "calendar.availability" else 24 * 60
    bounded = open_ended(current.message, When(start, end, change.clock is not None), reach)
    start, end = (bounded.start, bounded.end) if bounded else (start, end)
    first_free = current.topics.last_slot("first_free") if intent == "calendar.availability" else None
    if isinstance(first_free, int) and change.clock is None and not change.shift:
        # "and the day after?" after "what's my first free 2 hours tomorrow?": the same search, that day
        start, end = whole_day(start.astimezone(current.message.zone).date(), current.message.zone)
    slots: dict[str, Any] = {"start": start.isoformat(), "end": end.isoformat()}
    slots.update({"first_free": first_free} if isinstance(first_free, int) and change.clock is None else {})
    asked_before = current.topics.last_slot("question")
    anything = ANYTHING_ASKED.match(current.said)  # "anything tomorrow after 4?" asks whether it is busy
    busy_asked = _BUSY_WORDS.search(current.said) if free else asked_before == "busy" or anything
    if intent == "calendar.availability" and busy_asked:  # "is 3 definitely free?" asks the other way round
        slots["question"] = "busy"
    elif intent == "calendar.availability" and asked_before == "gap" and not free and change.clock is None:
        slots["question"] = "gap"  # "and thursday?" after "any gap in the morning?": any free time there too
    # "11:15 then?" after "could I squeeze in coffee with Jenna at 9?": the same plan, so the same offer
    if intent == "calendar.availability" and last == intent and (title := current.topics.last_slot("title")):
        slots["title"] = title
    if intent == "calendar.agenda" and last == intent and current.topics.last_slot("count"):
        slots["count"] = True  # "and today?" after "how many meetings have I got tomorrow?": counted too
    elif intent == "calendar.agenda" and (anything or last == intent and asked_before == "any"):
        slots["question"] = "any"  # "and before 10?" after "anything tomorrow after 4?": yes or no again
    return _parsed(intent, {**slots, **_marks(kind, topic)})


# "how long is the gap between the walkthrough and the dentist?", "and between the showing and the team
# call?", "what about between my coffee with Priya and the showing?": the free time from the end of one
# event to the start of the other
_BETWEEN = re.compile(
    r"^(?:(?:and|so|ok|okay|what about|how about) )*(?:(?:@d )?(?:, )?)?(?:(?:how (?:long|much time"
    r"|much free time)(?: (?:is|do i have|have i got|will i have|is there))?|what is|what does|how big is)"
    r"(?: the)?"
    r"(?: (?:gap|break|window|time"
    r"|free time|space))? |(?:the |any )?(?:gap|break|free time|time) )?between"
    r" (?:the |my )?(?P<first>[\w' -]+?) and (?:the |my )?(?P<second>[\w' -]+?)"
    r"(?: (?:@d|look like|on @d))?$"
)


def _gap_between(current: Turn) -> Parsed | None:
    """The free time between two events named, on the day said (or the day talked about, or their next)."""
    between = _BETWEEN.match(current.point)
    if between is None or "@h" in current.point:
        return None
    first, second = (restore(between.group(key), current.message.cased) for key in ("first", "second"))
    if "@" in first + second:
        return None
    # "the gap between it and the dentist": "it" is the event talked about
    talked_of = current.topics.get("event")
    title = talked_of.text("title") if talked_of is not None else None
    if first.lower() in PRONOUNS or second.lower() in PRONOUNS:
        if title is None:
            return _ask_back("pronoun")
        first, second = (title if name.lower() in PRONOUNS else name for name in (first, second))
    days = [piece for piece in current.message.pieces if piece.kind in ("day", "span")]
    window = current.topics.latest("window", "event") if not days else None
    when = _times(window) if window is not None and "start" in window.times else {}
    if days:
        found = resolve(days, current.message.now, current.message.zone)
        when = {"start": found.start.isoformat(), "end": found.end.isoformat()} if found else {}
    if window is not None and window.kind == "event" and when:  # the day of the event talked about
        zone = current.message.zone
        day_start, day_end = whole_day(window.times["start"].astimezone(zone).date(), zone)
        when = {"start": day_start.isoformat(), "end": day_end.isoformat()}
    return _parsed("calendar.event", {"ask": "between", "event": first, "other": second, **when})


# "could I fit a 2 hour meeting in there?", "would a 90 minute call fit?", "what about a 6 hour one?" (after
# one such question): whether something that long fits the time talked about
_FITS = re.compile(
    r"^(?:(?:and|so|ok|okay) )*(?:(?:could|can|would|will|do|does|might) (?:i |we )?(?:fit|squeeze|get|slot)"
    r"(?: in)? (?:a |an )?[\w -]*?(?: (?:in there|in that|into that|into it|in it|then|there))?"
    r"|(?:would|will|does|could) (?:a |an )?[\w -]+? fit(?: (?:in there|in that|into that|into it|in it|then"
    r"|there))?)$"
)
_ANOTHER_LENGTH = re.compile(
    r"^(?:and |so |ok )?(?:what|how) about (?:a |an )?[\w -]+? (?:one|meeting|call)$"
)


def _fits_in_it(current: Turn) -> Parsed | None:
    """A length asked to fit the time slot (or gap) talked about: its availability, answered yes or no."""
    length = next((piece.minutes for piece in current.message.pieces if piece.kind == "length"), None)
    slot = current.topics.latest("slot", "window")
    if not length or slot is None or "start" not in slot.times or "end" not in slot.times:
        return None
    again = bool(_ANOTHER_LENGTH.match(current.said)) and current.topics.last_slot("fits") is not None
    if not (_FITS.match(current.said) or again):
        return None
    return _parsed("calendar.availability", {**_times(slot), "fits": int(length), **_marks("pronoun", slot)})


# "oh, make that by Friday", "actually I need it by tomorrow, they're needed sooner": the errand just asked
# for, due another day
_DUE_CHANGED = re.compile(
    r"^(?P<said>make (?:that|it|them) (?:due )?|(?:(?:i|we) )?(?:would |will |d |really |actually )?need"
    # "oh, I need the toner by Friday": the errand named by its thing, whatever was asked since
    r" (?:it|that|them|those|these|(?P<thing>(?:the|my|our) [\w' ]+?))"
    r"(?: (?:out|done|sent|ready|back|in|mailed|printed|ordered))? "
    r"|(?:it|that|they) (?:is|are) (?:needed|due) |can (?:it|that|they) be (?:done |ready )?"
    # "could I have them by Friday?", "can we get it by tomorrow?"
    r"|(?:could|can|may) (?:i|we) (?:have|get) (?:it|that|them|those|these)(?: (?:done|sent|back|ready))? "
    r"|change the (?:due date|deadline) to |due )?(?P<by>(?:by|before) )?@d"
    # "on second thought, Friday not Thursday": the new day, then the one it replaces
    r"(?P<instead> (?:not|instead of|rather than) @d)?"
    r"(?: (?:instead|then|please|latest|at the latest|now|if (?:at all )?possible|if you can|if we can))*"
    r"(?: , .*)?$"
)
_MAKE_THAT = re.compile(r"\bmake (?:that|it)\b")
# "on second thought, Friday not Thursday": a day said as a change of mind, not a question about that day
_SECOND_THOUGHTS = re.compile(r"\b(?:on second thoughts?|second thoughts|actually|scratch that|i meant)\b")
_ERRAND_TALK = ("task.create", "request.status")


def _names_the_request(thing: str, text: str) -> bool:
    """Whether "the toner" names the request "order more toner": each of its words there, plural or not."""
    said = {word.rstrip("s") for word in re.findall(r"[a-z]+", text.lower())}
    wanted = {word.rstrip("s") for word in thing.split()[1:]}
    return bool(wanted) and wanted <= said


def _due_changed(current: Turn) -> Parsed | None:
    """A new due date for the errand just asked for or asked after; a booking's day is its own follow-up."""
    request = current.topics.get("request")
    changed = _DUE_CHANGED.match(current.point)
    if request is None or changed is None:
        return None
    if changed.group("thing"):  # named by its thing: that request, whatever was talked about since
        if not _names_the_request(changed.group("thing"), request.text("text") or ""):
            return None
    elif current.topics.last_intent() not in _ERRAND_TALK:
        return None
    said = changed.group("said") or changed.group("by") or changed.group("instead")
    if not (said or _MAKE_THAT.search(current.lead) or _SECOND_THOUGHTS.search(current.lead)):
        return None  # "and tomorrow?" alone asks about tomorrow
    if current.topics.get("draft") is not None and current.topics.newest() is current.topics.get("draft"):
        return None
    days = [piece for piece in current.message.pieces if piece.kind == "day"]
    pieces = days[:1] if changed.group("instead") else current.message.pieces  # the first day is the new one
    when = resolve(pieces, current.message.now, current.message.zone)
    number = request.number("id")
    if when is None or number is None:
        return None
    due = when.start.isoformat() if when.exact else when.start.date().isoformat()
    return _parsed(
        "task.create", {"action": "due", "request": number, "due": due, **_marks("correction", request)}
    )


# "and the first one?", "what about the last?": the other end of the day just asked about
_OTHER_END = re.compile(
    r"^(?:and |what about |how about |ok |so )*(?:(?:what is|whats|which is|when is|and what is) )?"
    r"(?:the |my )?(?P<pick>first|last|earliest|latest|final)"
    r"(?: (?:one|meeting|appointment|appt|event|call|thing))?(?: (?:then|again|today|tomorrow|that day))*$"
)


def _other_end(current: Turn) -> Parsed | None:
    """The first (or last) event of the window the last agenda answer covered."""
    picked = _OTHER_END.match(current.said)
    window = current.topics.get("window")
    if (
        picked is None
        or window is None
        or current.topics.last_intent() not in ("calendar.agenda", "calendar.event")
    ):
        return None
    if "start" not in window.times or "end" not in window.times:
        return None
    pick = "first" if picked.group("pick") in ("first", "earliest") else "last"
    # "what about my last one today?": the day it names, else the one the last answer covered
    named = resolve(current.message.pieces, current.message.now, current.message.zone)
    times = {"start": named.start.isoformat(), "end": named.end.isoformat()} if named else _times(window)
    return _parsed("calendar.agenda", {**times, "pick": pick, **_marks("ellipsis", window)})


def _agenda_days(current: Turn) -> Parsed | None:
    """ "and only on weekdays", "and on weekends too", "no weekends please": the morning agenda's days."""
    words = current.message.words
    said_days = _NO_WEEKENDS.match(words) or _WEEKENDS_TOO.match(words)
    if said_days:
        return _agenda_days_said(current, weekdays=bool(_NO_WEEKENDS.match(words)))
    match = _AGENDA_DAYS.match(current.said)
    if not match:
        return None
    topic = current.topics.latest("agenda", "window", "slot")
    if topic is not None and topic.kind != "agenda":
        return None  # "and the weekend?" after the agenda for today asks about the weekend
    if topic is None:
        worded = match.group("only") or match.group("wish")
        return _ask_back("ellipsis") if current.ordinary in CAUGHT_ALL and worded else None
    weekdays = not _EVERY_DAY.match(match.group("days"))
    return _parsed("agenda.settings", {"weekdays": weekdays, **_marks("ellipsis", topic)})


def _agenda_days_said(current: Turn, weekdays: bool) -> Parsed | None:
    """The days of the agenda talked about; with none, asked back (a day question keeps its own reading)."""
    topic = current.topics.latest("agenda", "window", "slot")
    if topic is None:
        return _ask_back("ellipsis") if current.ordinary in CAUGHT_ALL else None
    if topic.kind != "agenda":
        return None
    return _parsed("agenda.settings", {"weekdays": weekdays, **_marks("ellipsis", topic)})


def _booked_then(current: Turn) -> Parsed | None:
    """ "book lunch with Sam then" right after an availability answer: a booking at the time talked about
    (an offer's, a slot's or an event's); with no such time it is asked back, never drafted without one."""
    if current.ordinary != "calendar.schedule" or "start" in current.slots or "action" in current.slots:
        return None
    title = current.slots.get("title")
    with_someone = _IT_WITH.match(title) if isinstance(title, str) else None  # "book it with Dana"
    words = _POLITE_END.sub("", current.message.words)  # "… for then please, thanks!"
    tail = _AT_THAT_TIME.search(words)
    if with_someone is None and (
        tail is None or tail.start() == 0 or _POINTED_VERB_ONLY.match(words[: tail.start()])
    ):
        return None  # "book that" names nothing to book: another follow-up's
    topic = current.topics.latest("offer", "slot", "event")
    if topic is None or "start" not in topic.times or "end" not in topic.times:
        return _when_on_that_day(current)
    slots: dict[str, Any] = dict(current.slots)
    if isinstance(title, str):
        slots["title"] = _clean_title(title)
    if with_someone is not None and isinstance(people := slots.get("attendees"), list) and people:
        slots["title"] = f"Meeting with {' and '.join(map(str, people))}"
    if isinstance(people := slots.get("attendees"), list):
        slots["attendees"] = [_AT_THAT_TIME_CASED.sub("", name).strip() or name for name in people]
    start, end = topic.times["start"], topic.times["end"]
    minutes = int((end - start).total_seconds() // 60)
    window = {"start": start.isoformat(), "end": end.isoformat(), "duration_minutes": minutes}
    return _parsed("calendar.schedule", {**slots, **window, **_marks("pronoun", topic)})


def _when_on_that_day(current: Turn) -> Parsed:
    """ "book a call with Dana then" after a whole day's free time: no one time was named, so Jane asks
    what time on that day (with what to book); with no day talked about either, what time at all."""
    title = {"title": value} if isinstance(value := _clean_title(current.slots.get("title")), str) else {}
    day = current.topics.get("window")
    if day is None or "start" not in day.times or "end" not in day.times:
        return _parsed("unknown", {"follow_up": "pronoun", "ask": "when", **title})
    return _parsed("unknown", {**_times(day), "ask": "when", **title, **_marks("pronoun", day)})


def _clean_title(title: Any) -> Any:
    return (_AT_THAT_TIME_CASED.sub("", title).strip() or title) if isinstance(title, str) else title


# "am I free right after it?", "anything straight before that?": the half hour either side of the thing
_NEXT_TO_IT = re.compile(
    r"\b(?P<side>right after|straight after|just after|immediately after|right before|just before"
    r"|straight before|immediately before) (?:it|that|that one|this"
    r"|the (?P<named>\w+(?: (?!(?:tomorrow|today|tonight|on|at|and|or|then|please|is|so|for|to)\b)\w+)?))\b"
)

_NEXT_TO_IT_CASED = re.compile(r"\s+(?:right|straight|just|immediately) (?:after|before)\b.*$", re.IGNORECASE)


def _next_to_it(current: Turn) -> Parsed | None:
    """ "am I free right after it?", "book a call with Sam right after it": the half hour next to the event
    (or booking) talked about."""
    booking = current.ordinary == "calendar.schedule" and "start" not in current.slots
    booking = booking and not current.slots.get("action")  # a move beside another event is the handler's
    if current.ordinary not in ("calendar.availability", "calendar.agenda", "unknown") and not booking:
        return None
    beside = _NEXT_TO_IT.search(current.message.words)
    if beside is None or any(piece.kind in ("clock", "range") for piece in current.message.pieces):
        return None
    topic = current.topics.latest("event", "draft", "slot")
    named = beside.group("named")
    if named and not booking and not _titled(topic, named):
        # "am I free right after the walkthrough?" about another event than the one talked about (or with
        # none talked about): that event, found on the calendar by its name (handlers.calendar.availability)
        side = "after" if "after" in beside.group("side") else "before"
        return _parsed(
            "calendar.availability", {"beside": side, "event": restore(named, current.message.cased)}
        )
    if topic is None or "start" not in topic.times or "end" not in topic.times:
        return None
    after, length = "after" in beside.group("side"), timedelta(minutes=SLOT_MINUTES)
    edge = topic.times["end"] if after else topic.times["start"]
    start, end = (edge, edge + length) if after else (edge - length, edge)
    slots = {"start": start.isoformat(), "end": end.isoformat(), **_marks("pronoun", topic)}
    if not booking:
        return _parsed("calendar.availability", slots)
    named = {
        key: _beside_removed(value) for key in ("title", "attendees") if (value := current.slots.get(key))
    }
    return _parsed("calendar.schedule", {**named, **slots, "duration_minutes": SLOT_MINUTES})


def _titled(topic: Topic | None, words: str) -> bool:
    """Whether the event (or booking) talked about is the one `words` name ("the walkthrough")."""
    title = str(topic.text("title") or "").lower() if topic is not None else ""
    return bool(title) and all(word in title for word in words.lower().split())


def _beside_removed(value: Any) -> Any:
    """A booking's title or people without the words that said when ("Call with Sam right after it")."""
    if isinstance(value, list):
        return [_NEXT_TO_IT_CASED.sub("", str(name)).strip() or name for name in value]
    return _NEXT_TO_IT_CASED.sub("", str(value)).strip() or value


def _pointed_slot(current: Turn) -> Parsed | None:
    """ "is that slot actually free?", "am I free then?": the time of the thing last talked about."""
    if current.ordinary not in ("calendar.availability", "calendar.agenda", "unknown"):
        return None
    if not _ANAPHOR.search(current.message.words):
        return None
    topic = current.topics.latest("draft", "offer", "slot", "event", "window")
    if topic is None or "start" not in topic.times or "end" not in topic.times:
        return None
    only_now = all(piece.kind in ("moment", "hint") for piece in current.message.pieces)
    if topic.kind == "draft" and _BOOKED_YET.search(current.message.words) and only_now:
        # "is it booked (now)?", "is it on my calendar yet?" about a booking sent to the VA: where it
        # stands, not the calendar ("now" says when it is asked, not a slot)
        number = {"request": value} if (value := topic.number("request")) else {}
        return _parsed("request.status", {**number, **_marks("pronoun", topic)})
    if current.ordinary != "calendar.availability" or "start" in current.slots and not only_now:
        return None  # "is that slot free now?": "now" says when it is asked, not another slot
    slots = {**current.slots, **_times(topic), **_marks("pronoun", topic)}
    return _parsed("calendar.availability", slots)


def _generic_request(current: Turn) -> Parsed | None:
    """ "what happened to my booking?", "any news on the request?": the one talked about, if there is one."""
    if current.ordinary != "request.status" or "request" in current.slots:
        return None
    if not _GENERIC_REQUEST.search(current.message.words):
        return None
    topic = current.topics.latest("request", "draft")
    if topic is None:
        return None  # every open request, as before
    number = {"request": value} if (value := topic.number(_REQUEST[topic.kind])) else {}
    return _parsed("request.status", {**number, **_marks("pronoun", topic)})


_WINDOW = ("start", "end")
_ON_A_DAY = ("calendar.availability", "calendar.agenda", "calendar.schedule")


def _on_that_day(current: Turn) -> Parsed | None:
    """ "so am I free at 10 that day?", "am I busy at 2 then?": a clock time on the day talked about last
    (whichever day or window topic was set latest), not on today. A booking at a clock time right after a
    day was talked about ("put a call with Priya in at 9", after tomorrow's 9:00 was found free) is on it."""
    if current.ordinary not in _ON_A_DAY or "start" not in current.slots or "action" in current.slots:
        return None
    pieces = [piece for piece in current.message.pieces if piece.kind != "hint"]
    if not pieces or any(piece.kind not in ("clock", "range", "length", "part") for piece in pieces):
        return None  # a message that names its own day means that day
    pointing = _THAT_DAY.search(current.message.words)
    if not pointing:
        return _booked_on_the_day_talked_about(current)
    topic = current.topics.latest("draft", "offer", "event", "slot", "window")
    if topic is None or "start" not in topic.times:
        # "that day" names a day that is not there; "then" may only round the question off
        return _ask_back("day") if pointing.group() != "then" else None
    return _moved_to_the_day_of(current, topic, "pronoun")


def _booked_on_the_day_talked_about(current: Turn) -> Parsed | None:
    """A booking, or a question about the calendar, at a clock time right after one day was talked about
    ("what's after the 10 o'clock?" after tomorrow's agenda) is on that day; a correction's time is not."""
    if current.ordinary not in ("calendar.schedule", "calendar.availability") and current.correcting:
        return None  # ("am I free at 11:30 instead?" still asks about the day talked about)
    topic, newest = current.topics.latest("offer", "slot", "window"), current.topics.newest()
    if topic is None or topic is not newest or "start" not in topic.times or "end" not in topic.times:
        return None
    zone = current.message.zone
    first, last = topic.times["start"].astimezone(zone), topic.times["end"].astimezone(zone)
    if (last - timedelta(microseconds=1)).date() != first.date():
        return None  # a week or a span of days names no one day to book on
    return _moved_to_the_day_of(current, topic, "ellipsis")


def _moved_to_the_day_of(current: Turn, topic: Topic, kind: str) -> Parsed:
    zone = current.message.zone
    start, end = (datetime.fromisoformat(str(current.slots[key])).astimezone(zone) for key in _WINDOW)
    moved = timedelta(days=(topic.times["start"].astimezone(zone).date() - start.date()).days)
    first = local(start.date() + moved, start.hour * 60 + start.minute, zone)
    last = local(end.date() + moved, end.hour * 60 + end.minute, zone)
    slots = {**current.slots, "start": first.isoformat(), "end": last.isoformat()}
    title = slots.get("title")
    if isinstance(title, str):  # "put the closing on for that day": the day pointed at names nothing
        slots["title"] = re.sub(r"\s+(?:for|on) (?:that|the same) day$", "", title, flags=re.IGNORECASE)
    return _parsed(current.ordinary, {**slots, **_marks(kind, topic)})


def _rest_of_that_day(current: Turn) -> Parsed | None:
    """ "what else have I got that day?", "anything else then?" after an event, a booking or a day's agenda:
    that whole day's agenda. A message that names its own day or time is read as it says."""
    if current.ordinary not in ("unknown", "calendar.agenda", "calendar.availability"):
        return None
    if not _ELSE_THAT_DAY.match(current.said) or not _THAT_DAY.search(current.said) or "@" in current.point:
        return None
    topic = current.topics.latest("draft", "offer", "event", "slot", "window")
    if topic is None or "start" not in topic.times:
        return _ask_back("pronoun")
    zone = current.message.zone
    first, last = whole_day(topic.times["start"].astimezone(zone).date(), zone)
    slots = {"start": first.isoformat(), "end": last.isoformat()}
    return _parsed("calendar.agenda", {**slots, **_marks("pronoun", topic)})


# "can you book that accountant call now?", "ok try it again": the ask refused, pointed at
_ASKED_AGAIN_AS_REFUSED = re.compile(r"\b(?:that|it|this|again|the same|same one)\b")


def _refused_then_allowed(current: Turn) -> Parsed | None:
    """ "great, so can you book that accountant call now?" once the phase that was missing is granted: the
    ask that was refused, as it was asked (a time said anew makes it a new ask; "now" only says when it is
    asked)."""
    refused = current.topics.get("refused")
    if refused is None or refused.text("intent") != current.ordinary:
        return None
    if current.found.duty not in (None, refused.text("duty")) or _SOFT_WITHDRAW.match(current.said):
        return None  # "ok forget it, just order some highlighters" asks something else
    asked = refused.fields.get("slots")
    if not isinstance(asked, Mapping) or not asked or not _ASKED_AGAIN_AS_REFUSED.search(current.said):
        return None
    if any(piece.kind not in ("moment", "hint") for piece in current.message.pieces):
        return None
    if current.topics.latest("offer", "draft", "refused") is not refused:
        return None  # "book it" after an offer made since books the offer
    named = set(str(current.slots.get("title") or "").lower().split()) - _NOT_NAMING_A_PLAN
    if named and not named & set(str(asked.get("title") or "").lower().split()):
        return None  # "book that dentist appointment now" names another plan than the one refused
    return _parsed(current.ordinary, {**asked, **_marks("pronoun", refused)}, refused.text("duty"))


_NOT_NAMING_A_PLAN = frozenset(
    ("that", "this", "it", "the", "call", "meeting", "appointment", "booking", "one")
)


MISSPELT = 80  # a word this close (0-100) to one of the talked-about request's is that word, mistyped
_SHORTEST_MISTYPED = 4  # letters: "two" or "it" is no mistyped word


def _request_mistyped(current: Turn) -> Parsed | None:
    """ "any news on the tonr" right after the toner was asked for: a word no deal is called by, close to one
    of the request talked about, asks after that request (a deal question otherwise)."""
    request = current.topics.get("request")
    said = str(current.slots.get("deal") or "")
    if current.ordinary != "deal.status" or request is None or set(current.slots) - {"deal"} or " " in said:
        return None
    words = set((request.text("text") or "").lower().split())
    number = request.number("id")
    if len(said) < _SHORTEST_MISTYPED or number is None or not words or said in words:
        return None
    from rapidfuzz import fuzz, process  # noqa: PLC0415 - keeps `jane parse` start-up light

    if process.extractOne(said.lower(), words, scorer=fuzz.ratio, score_cutoff=MISSPELT) is None:
        return None
    return _parsed("request.status", {"request": number, **_marks("pronoun", request)})


def _phase_for_them(current: Turn) -> Parsed | None:
    """ "let's move him up to phase 2 — he's been great" from a VA or an admin, right after a client was
    talked about: that client's new phase (with nobody talked about, asked who)."""
    said = str(current.message.groups.get("client") or "").lower()
    if current.ordinary != "phase.request" or said not in ("him", "her", "them"):
        return None
    topic = current.topics.get("client")
    name = topic.text("name") if topic is not None else None
    if topic is None or name is None:
        return _ask_back("person")
    return _parsed("phase.request", {**current.slots, "client": name, **_marks("pronoun", topic)})


def _event_on_another_day(current: Turn) -> Parsed | None:
    """ "and tomorrow?" right after "is the dentist today?": whether that event is on the day said now."""
    last = current.topics.get("last")
    event = current.topics.last_slot("event")
    question = current.topics.last_slot("question")
    if last is None or current.topics.last_intent() != "calendar.event" or not isinstance(event, str):
        return None
    if question not in ("yes_no", "either") or not _TIME_ONLY.match(current.point):
        return None
    days = [piece for piece in current.message.pieces if piece.kind in ("day", "span")]
    if not days or any(piece.kind in ("clock", "range") for piece in current.message.pieces):
        return None
    when = resolve(days, current.message.now, current.message.zone)
    if when is None:
        return None
    window = {"start": when.start.isoformat(), "end": when.end.isoformat()}
    slots = {"ask": "when", "event": event, "question": "yes_no", **window, **_marks("ellipsis", last)}
    return _parsed("calendar.event", slots)


def _restarted(current: Turn) -> Parsed | None:
    """ "turn the morning agenda back on", "resume my weekly review" with no new time, after the setting was
    talked about: it comes back at the day and time it had (the topic keeps them when it is stopped)."""
    setting = _SETTING_OF.get(current.ordinary)
    if setting is None or set(current.slots) - {"start"}:
        return None
    topic = current.topics.get(setting)
    again = {key: value for key in ("day", "time") if topic and (value := topic.fields.get(key)) is not None}
    return _parsed(current.ordinary, {**again, **_marks("pronoun", topic)}) if topic and again else None


# -- deals and requests by pronoun, and ties -----------------------------------------------------------------


def _offered(choices: Topic | None) -> list[str]:
    """The names of the deals Jane offered to choose from (the `deals` topic), in the order shown."""
    names = choices.fields.get("names") if choices is not None else None
    return [name for name in names if isinstance(name, str)] if isinstance(names, list) else []


def _order_of_it(current: Turn) -> Parsed | None:
    """ "is it before the dentist?" right after an event was talked about: that event, against the other."""
    if current.ordinary != "calendar.event" or current.slots.get("ask") not in ("before", "after"):
        return None
    if current.slots.get("event"):
        return None
    topic = current.topics.get("event")
    if topic is None or not topic.text("title"):
        return _ask_back("pronoun")
    return _parsed(
        "calendar.event", {**current.slots, "event": topic.text("title"), **_marks("pronoun", topic)}
    )


# "is the walkthrough before it?" right after an event was talked about: that event is the other one
_BEFORE_IT_ASKED = re.compile(
    r"^(?:(?:and|so|ok|okay|but) )*(?:is|was|will|does) (?:the |my |our )?(?P<event>(?!(?:it|that|this)\b)"
    r"[\w' -]+?) (?:be |start |come |happen )?(?P<side>before|after|earlier than|later than)"
    r" (?:it|that|that one|this one|this)(?: (?:then|too|though))*$"
)


def _order_against_it(current: Turn) -> Parsed | None:
    asked = _BEFORE_IT_ASKED.match(current.said)
    if asked is None or current.ordinary not in CAUGHT_ALL | {"calendar.event"}:
        return None
    topic = current.topics.get("event")
    if topic is None or not topic.text("title"):
        return _ask_back("pronoun")
    side = "before" if asked.group("side") in ("before", "earlier than") else "after"
    event = restore(asked.group("event"), current.message.cased)
    slots = {"ask": side, "event": event, "other": topic.text("title"), "question": "yes_no"}
    return _parsed("calendar.event", {**slots, **_marks("pronoun", topic)})


# "is it at 4?", "so is that one still at 4:30?", "it's at 4, right?": whether the event talked about starts
# at that time (its time said, not the day)
_STARTS_AT_ASKED = re.compile(
    r"^(?:(?:is|was) (?:it|that|this)|(?:it|that) is)(?: one)?(?: (?:still|actually|definitely|really|now))?"
    r"(?: (?:at|for))? @h(?: or (?:at )?(?:@h|\d{1,2}(?::\d\d)?))?(?: (?:then|still|again|too))?(?: ,)?"
    r"(?: (?:right|correct|yes|yeah|or not|no))?$"
)


def _starts_at_asked(current: Turn) -> Parsed | None:
    if not _STARTS_AT_ASKED.match(current.point) or current.ordinary not in CAUGHT_ALL | {"calendar.event"}:
        return None
    topic = current.topics.latest("event", "draft", "request", "deal", "slot", "window")
    clock = next((piece for piece in current.message.pieces if piece.kind == "clock"), None)
    if topic is None or topic.kind != "event" or clock is None or clock.minute is None:
        return None
    minute = on_clock(clock.minute, clock.meridiem, None)
    slots: dict[str, Any] = {
        "ask": "when",
        "question": "yes_no",
        "time": f"{minute // 60:02d}:{minute % 60:02d}",
    }
    if offered := times_offered(current.message):  # "is it at 9 or 11?": when it is, or Neither
        slots = {"ask": "when", "question": "either", "times": offered}
    slots.update({"event": title} if (title := topic.text("title")) else {})
    return _parsed("calendar.event", {**slots, **_marks("pronoun", topic)})


def _the_other_deal(current: Turn) -> Parsed | None:
    """ "what about the other Jones one — when is that expected to close?": the question asked whole, of the
    deal among those just offered that is not the one talked about."""
    words = str(current.slots.get("deal") or "")
    if current.ordinary != "deal.status" or not words.lower().startswith("other "):
        return None
    choices, deal = current.topics.get("deals"), current.topics.get("deal")
    names = _offered(choices)
    others = [name for name in names if deal is None or name != deal.text("name")]
    rest = words[len("other ") :]
    picked = match_deal(rest, others).match if rest and others else None
    picked = picked or (others[0] if len(others) == 1 else None)
    if picked is None or choices is None:
        return None
    asked = {key: value for key, value in current.slots.items() if key != "deal"}
    return _parsed("deal.status", {"deal": picked, **asked, **_marks("ellipsis", choices)})


def _deal_choice(current: Turn) -> Parsed | None:
    """ "the Oak Ave one", "no, I meant the Elm St one", "and the other Jones one?": a deal picked by name."""
    if current.ordinary not in ("unknown", "deal.status", "request.status"):
        return None
    choices = current.topics.get("deals")
    names = _offered(choices)
    place = place_in(current.said, len(names)) if choices is current.topics.newest() else None
    if choices is not None and place is not None:  # "the second one" after Jane asked which deal
        return _parsed(
            "deal.status", {"deal": names[place], **_asked(choices), **_marks("correction", choices)}
        )
    match = _DEAL_CHOICE.match(current.said)
    if not match or _only_a_lead(current.said):
        return None  # "sorry", "ok then": an interjection names no deal
    name, other, one = (match.group("name") or "").strip(" ,"), bool(match.group("other")), match.group("one")
    if _POINTING.search(name) or name.startswith("not "):
        return None  # "no wait, not oak": the deal not meant names none
    if not (one or other or current.correcting) or name in PRONOUNS:
        name = "" if name in PRONOUNS else name
        talked_of = current.topics.get("deal")
        if name in KINDS and not (one or other) and talked_of is not None:
            # "and the listing?" after another deal: the deal called a listing, asked what that one was
            slots = {"deal": name, **_asked_before(current), **_marks("ellipsis", talked_of)}
            return _parsed("deal.status", slots)
        if not (one or other):
            return _choose_among(current, name) if name else None
    choices, deal = current.topics.get("deals"), current.topics.get("deal")
    if choices is None and deal is None:
        if current.ordinary == "unknown" and name and one and one.strip() != "one":
            # "and the Lakeview listing?" with no deal talked about: a deal by its full name
            return _parsed("deal.status", {"deal": restore(name + one, current.message.cased)})
        return _ask_back("correction") if current.ordinary == "unknown" else None
    kind = (
        "ellipsis"
        if re.search(r"\b(?:and|about)\b", current.lead + " " + current.said[:10])
        else "correction"
    )
    names = _offered(choices)
    current_name = deal.text("name") if deal else None
    if other:
        names = [candidate for candidate in names if candidate != current_name]
    picked = match_deal(restore(name, current.message.cased), names).match if name and names else None
    if picked is None and other and len(names) == 1:
        picked = names[0]
    if picked is not None and choices is not None:
        slots = {"deal": picked, **_asked(choices), "follow_up": kind, "refers_to": "deals"}
        return _parsed("deal.status", slots)
    if name and choices is not None and current.topics.newest() is choices:
        # "the one with the walkthrough", "the 365k one" when Jane asked which: no name fits, so the words go
        # to the deals' other details (their price, their next step)
        words = restore(name, current.message.cased)
        slots = {"deal": words, **_asked(choices), "follow_up": kind, "refers_to": "deals"}
        return _parsed("deal.status", slots)
    if name and deal is not None:
        words = restore(name + (one if one and one != " one" else ""), current.message.cased)
        # "and the other Jones one?" after one Jones deal: any that fits but that one
        apart = {"other_than": current_name} if other and current_name else {}
        asked = _asked_before(current)
        return _parsed("deal.status", {"deal": words, **apart, **asked, **_marks(kind, deal)})
    return None


def _only_a_lead(said: str) -> bool:
    lead = _LEAD.match(f"{said} ")
    return lead is not None and lead.end() >= len(said)


def _asked_before(current: Turn) -> dict[str, Any]:
    """What the last deal question asked ("is it under contract yet?"), asked again of the deal meant."""
    last = current.topics.get("last")
    if last is None or current.topics.last_intent() != "deal.status":
        return {}
    return {
        key: value
        for key in ("ask", "stage", "question", "compare", "figure")
        if (value := last_slot(last, key))
    }


_BY_DETAIL = re.compile(r"^(?:oh |ok |sorry |i mean |i meant )*(?:the )?one (?:with|at|for|on)\b")
# "the Jones farmhouse" right after Jane listed the deals: a name in full, asked about (answered "no deal
# fits" again when none does, never passed on)
_SAID_IN_FULL = re.compile(r"^(?:oh |ok |sorry |i mean |i meant )*(?:the|my) [\w'-]+(?: [\w'-]+){0,3}$")


def _choose_among(current: Turn, name: str) -> Parsed | None:
    """A bare name right after Jane asked which deal ("oak"): one of the deals she offered."""
    choices = current.topics.get("deals")
    if current.ordinary != "unknown" or choices is None or current.topics.newest() is not choices:
        return None
    names = _offered(choices)
    picked = match_deal(name, names).match
    if not picked and not _BY_DETAIL.match(current.said) and not _SAID_IN_FULL.match(current.said):
        return None
    # "the one with the walkthrough", "the one at 412": a detail other than the name, for the deals to settle
    deal = picked or restore(name, current.message.cased)
    return _parsed("deal.status", {"deal": deal, **_asked(choices), **_marks("correction", choices)})


def _asked(choices: Topic) -> dict[str, Any]:
    """The question Jane was answering when she asked which deal ("is the jones deal at offer yet?"), so that
    the deal picked answers it."""
    asked = choices.fields.get("asked")
    if not isinstance(asked, Mapping):
        return {}
    return {key: value for key in ("ask", "stage", "question") if isinstance(value := asked.get(key), str)}


def _pointed_event(current: Turn) -> Parsed | None:
    """ "where is it?", "when does it start?" right after talking about one event."""
    there = _BE_THERE.match(current.said) or _HOW_LONG.match(current.said) or _EVENT_ENDS.match(current.said)
    match = _EVENT_POINTED.match(current.said) or there
    # "what time do I need to be there?", "how long will it take?": somewhere to be for a while, which a deal
    # talked about since is not
    happens = re.search(
        r"\b(?:happening|held|taking place|kick off|start|starts|begin|begins)\b", current.said
    )
    kinds = ("event", "request", "draft", "reminder") + (() if there or happens else ("deal",))
    topic = current.topics.latest(*kinds) if match else None
    if match is None or topic is None:
        return None
    if topic.kind == "deal":
        calendar = current.topics.latest("window", "slot")
        # "where is that?" right after a day of several events: which one? (not the deal talked of before)
        return _ask_back("pronoun") if calendar is not None and calendar.at > topic.at else None
    if topic.kind == "reminder":  # "when is it?" about the reminder just set: the reminders, with its time
        return _parsed("reminder.list", _marks("pronoun", topic))
    if topic.kind != "event":  # "when is it again?" about a booking waiting for the VA: where it stands
        number = {"request": value} if (value := topic.number(_REQUEST[topic.kind])) else {}
        return _parsed("request.status", {**number, **_marks("pronoun", topic)})
    asked = match.groupdict().get("ask")
    ask = "where" if asked == "where" else "length" if _HOW_LONG.match(current.said) else "when"
    ask = "end" if _EVENT_ENDS.match(current.said) else ask
    slots = {"ask": ask, **({"event": title} if (title := topic.text("title")) else {}), **_times(topic)}
    return _parsed("calendar.event", {**slots, **_marks("pronoun", topic)})


def _another_deal(current: Turn) -> Parsed | None:
    """ "what about elm street?" right after "when does oak close?": the same question about the deal named
    now (a whole question of its own, "what about elm street's price?", asks what it says)."""
    if current.ordinary != "deal.status" or set(current.slots) != {"deal"}:
        return None
    if not current.said.startswith(_WHAT_ABOUT):
        return None
    asked, talked_of = _asked_before(current), current.topics.get("deal") or current.topics.get("last")
    if not asked or talked_of is None:
        return None
    return _parsed("deal.status", {**current.slots, **asked, **_marks("ellipsis", talked_of)})


def _another_event(current: Turn) -> Parsed | None:
    """ "and the dentist?", "what about the showing?", "sorry, I meant tomorrow's walkthrough" after "when is
    the walkthrough?" (or after an event Jane did not find): the same question about the event named now, on
    the day named with it."""
    days = [piece for piece in current.message.pieces if piece.kind in ("day", "span")]
    point = _DAY_TOKEN.sub(" ", current.point).strip() if days else current.point
    if "@" in point or current.topics.last_intent() != "calendar.event":
        return None
    # "what about the showing?" reads as a deal question unless the conversation is about events; a day
    # with an event's name, as the calendar's question about that day
    guessed = current.ordinary == "deal.status" and set(current.slots) == {"deal"}
    dated = current.ordinary == "calendar.agenda" and bool(days)
    if current.ordinary != "unknown" and not dated and not (guessed and not _DEAL_CUE.search(current.said)):
        return None
    topic, last = current.topics.get("event"), current.topics.get("last")
    if last is None or topic is not None and current.topics.newest() not in (topic, last):
        return None
    more = " and " in f" {current.lead} " or point.startswith(_WHAT_ABOUT)
    # "sorry, I meant the dentist" ("no, the Oak one" picks a deal, as "one" does)
    more = more or current.correcting and not point.endswith(" one")
    named = _ANOTHER_EVENT.match(point) if more else None
    if named is None or named.group("event") in PRONOUNS or _only_a_lead(point):
        return None  # ("sorry" alone is no event)
    if _A_QUESTION_OF_ITS_OWN.match(named.group("event")):
        return None  # "and when is closing expected?" asks a question, naming no event
    if re.search(r"\bother\b.*\bone\b", point) and current.topics.get("deal") is not None:
        return None  # "and the other jones one?" after a Jones deal: another deal, however events came since
    if days and _NOT_AN_EVENT_NAME.search(named.group("event")):
        return None  # "can it be friday instead?" moves the event talked about
    asked = {"ask": ask} if (ask := last_slot(last, "ask")) else {}
    event = restore(named.group("event"), current.message.cased)
    kind = "correction" if current.correcting else "ellipsis"
    when = resolve(days, current.message.now, current.message.zone) if days else None
    window = {"start": when.start.isoformat(), "end": when.end.isoformat()} if when else {}
    return _parsed(
        "calendar.event", {"event": event, **asked, **window, "follow_up": kind, "refers_to": "last"}
    )


_DAY_TOKEN = re.compile(r"\s*@d\s*")
# Words no event's name is made of, which a day's question or a move is: "can it be friday instead?"
_NOT_AN_EVENT_NAME = re.compile(
    r"\b(?:it|that|this|them|can|could|would|will|be|is|are|do|does|did|instead|make|move|push|what|how|when"
    r"|where|free|busy|anything|on|have|i|we|you)\b"
)


# "under contract yet?", "closed yet?": a stage asked of the deal talked about, the deal left unsaid
_BARE_STAGE = re.compile(
    r"^(?:(?:and|so|ok|okay|k|hmm+|is it|has it|did it|it is|still) )*(?:under contract|in escrow|pending"
    r"|closed|sold|contingent|listed|funded|at offer|at the offer stage|past offer)"
    r"(?: (?:yet|already|now|then))?$"
)


def _stage_of_the_deal(current: Turn) -> Parsed | None:
    if current.ordinary != "unknown" or not _BARE_STAGE.match(current.message.words):
        return None
    deal = current.topics.get("deal")
    if deal is None or current.topics.newest() is not deal:
        return None
    asked = deal_ask("is it " + current.message.body)  # the same question, asked in full
    if not asked:
        return None
    return _parsed("deal.status", {"deal": deal.text("name") or "", **asked, **_marks("ellipsis", deal)})


# "what would that give me?" right after asking to move up: what that phase brings
_PHASE_BRINGS = re.compile(
    r"^(?:(?:so|and|ok|okay|hmm+|wait) )*what (?:would|does|will|do|did|could) (?:that|it|this|that phase"
    r"|this phase|i|we) (?:give|get|unlock|bring|add|include|come with|mean|change)"
    r"(?: (?:me|us|for me|with it|with that|then|exactly|again))*$"
)


def _what_the_phase_brings(current: Turn) -> Parsed | None:
    if current.ordinary not in ("unknown", "calendar.agenda"):
        return None
    if not _PHASE_BRINGS.match(current.message.words):
        return None
    topic = current.topics.get("phase")
    if topic is None or current.topics.newest() is not topic or not topic.number("phase"):
        return None
    return _parsed("phase.info", {"ask": "what", "phase": topic.number("phase"), **_marks("pronoun", topic)})


# "and to see my deals?", "what about for ad copy?": the phase something else needs
_NEED_OF_ANOTHER = re.compile(
    r"^(?P<more>(?:and|what about|how about|also|or) (?:for |to )?|(?:for|to) )?"
    r"(?!(?:what|which|how|who|when|where|why|is|are|do|does|can|could|am|will|would|i|we|you|it|that"
    r"|this)\b)(?P<about>\w.*)$"
)
# Readings that "and for call screening?" has alone, none of them asked right after a phase's need
_NO_ASK_OF_ITS_OWN = frozenset(("unknown", "request.status", "task.create", "phase.info"))


def _need_of_another(current: Turn) -> Parsed | None:
    """After "which phase do I need for confirmations?", the same question about something else."""
    if current.topics.last_intent() != "phase.info" or current.topics.last_slot("ask") != "need":
        return None
    asked = _NEED_OF_ANOTHER.match(current.said)
    # "what about for call screening?" reads as a deal of that name alone: "for" says it is what it needs, as
    # do the duty catalogue's words ("what about call screening?")
    purpose = asked is not None and re.search(r"\b(?:for|to) $", asked.group("more") or "") is not None
    purpose = purpose or asked is not None and described_by(asked.group("about")) is not None
    # "and my calendar?" reads as an agenda with no day: the duty's name, asked of phases as the last was
    more = asked is not None and (
        bool(asked.group("more")) or bool({"and", "or", "also"} & set(current.lead.split()))
    )
    named_duty = purpose and not current.slots and more
    own_reading = current.ordinary not in _NO_ASK_OF_ITS_OWN
    if own_reading and not (purpose and current.ordinary == "deal.status") and not named_duty:
        return None
    if asked is not None and asked.group("about").startswith("my ") and not purpose:
        return None  # "and my …" naming no duty is a question of its own
    if asked is None or asked.group("about") in PRONOUNS:
        return None
    if not asked.group("more") and not {"and", "or", "also"} & set(current.lead.split()):
        return None  # "booking appointments" alone is no question about phases
    about, last = restore(asked.group("about"), current.message.cased), current.topics.get("last")
    marks = _marks("ellipsis", last) if last is not None else {}
    # "and booking appointments?" after "does my phase cover ad copy?": the same yes/no, of this
    said_before = {key: current.topics.last_slot(key) for key in ("question", "guess", "covers")}
    guessed = {key: value for key, value in said_before.items() if value}
    return _parsed("phase.info", {"ask": "need", "about": about, **guessed, **marks})


# "what's the status on those two?", "how are both of them doing?": more than one thing, pointed at
_THOSE = re.compile(
    r"\b(?:those two|these two|the two of them|both of them|both of those|those|these|both|either(?: one)?"
    r"|any of them)\b"
)


def _those_requests(current: Turn) -> Parsed | None:
    """Several things pointed at right after requests were made or asked about: where those requests stand
    (each open one); after deals, it is another follow-up's."""
    if current.ordinary not in ("unknown", "deal.status", "request.status") or not _THOSE.search(
        current.said
    ):
        return None
    last = current.topics.get("last")
    if last is None or current.topics.last_intent() not in ("task.create", "request.status"):
        return None
    return _parsed("request.status", {"open": True, **_marks("pronoun", last)})


# "any news?", "any updates on it?": where the thing talked about stands
_ANY_NEWS = re.compile(
    r"^(?:(?:so|and|ok|okay|hey) )*(?:any|anything|got any|is there any|what is the)"
    r"(?: (?:new|news|updates?|word|progress|movement))+(?: (?:yet|so far|on (?:it|that|this|that one)|there"
    r"|at all))*$"
)
# "what about now?", "and now?": the last question about a request or a deal, asked again
_ASKED_AGAIN_NOW = re.compile(r"^(?:(?:and|so|ok|okay) )?(?:(?:what|how) about )?now$")
# A question read as an errand by its verb: "did the Carters confirm?", "how many did he send?"
_ASKED_NOT_TOLD = re.compile(r"^(?:did|has|have|had|was|were|how many|how much|who) \w")


def _news_or_asked_again(current: Turn) -> Parsed | None:
    """ "any news?" about what was talked about last (a request, else a deal; with neither, the open
    requests); "what about now?" asks the last question about a request or a deal again; a question about a
    request that reads as an errand ("did the Carters confirm?") asks where the request stands."""
    if _ASKED_AGAIN_NOW.match(current.said) and current.topics.last_intent() not in (
        "request.status",
        "deal.status",
    ):
        # "ok what about now?" after anything else: where the request talked about stands now (never a
        # move to this minute)
        pending = current.topics.latest("request", "draft")
        if pending is not None and (number := pending.number(_REQUEST[pending.kind])):
            return _parsed("request.status", {"request": number, **_marks("pronoun", pending)})
        return _ask_back("ellipsis")
    if _ASKED_AGAIN_NOW.match(current.said) and current.topics.last_intent() in (
        "request.status",
        "deal.status",
    ):
        last = current.topics.get("last")
        said_before = last.fields.get("slots") if last is not None else None
        slots = dict(said_before) if isinstance(said_before, Mapping) else {}
        return (
            _parsed(str(current.topics.last_intent()), {**slots, **_marks("ellipsis", last)})
            if last
            else None
        )
    topic = current.topics.latest("request", "draft", "deal")
    if _ANY_NEWS.match(current.said):
        if topic is None:
            return _parsed("request.status", {"open": True})
        if topic.kind == "deal":
            return _parsed("deal.status", {"deal": topic.text("name") or "", **_marks("pronoun", topic)})
        number = topic.number(_REQUEST[topic.kind])
        return _parsed(
            "request.status", {**({"request": number} if number else {}), **_marks("pronoun", topic)}
        )
    asked_about_it = current.ordinary == "task.create" and "?" in current.message.clean
    if asked_about_it and _ASKED_NOT_TOLD.match(current.said):
        asked = request_asked(current.message.words)
        if topic is None or topic.kind == "deal":
            return _parsed("request.status", asked)  # a question about requests: never an errand
        number = topic.number(_REQUEST[topic.kind])
        return _parsed(
            "request.status", {**({"request": number} if number else {}), **asked, **_marks("pronoun", topic)}
        )
    return None


# "when are the photos?", "when's that inspection report due?": a question whose words are the next step's
_ABOUT_THE_NEXT_STEP = re.compile(r"^(?:when|what time|what day|where|is|are|has|have|did|how)\b")
_SMALL_WORDS = frozenset(
    ("that", "this", "the", "when", "what", "time", "day", "due", "back", "again", "there")
)


_WHEN_DUE = re.compile(r"^(?:and |so )?(?:when|what day) (?:is|are) (?:that|it|this|they) due(?: back)?\W*$")


def _the_next_step(current: Turn) -> Parsed | None:
    """A question about the next step of the deal talked about, named by its words."""
    deal = current.topics.get("deal")
    step = deal.text("next") if deal is not None else None
    dayless_agenda = current.ordinary == "calendar.agenda" and "start" not in current.slots
    if step is None or (current.ordinary not in ("unknown", "request.status") and not dayless_agenda):
        return None
    if not _ABOUT_THE_NEXT_STEP.match(current.said) or deal is None:
        return None
    if request_asked(current.message.words).get("asked") == "taken":
        return None  # "has ana picked up the walkthrough move yet?": a request's words, asked of the request
    said = {word[:5] for word in re.findall(r"[a-z]{4,}", current.said) if word not in _SMALL_WORDS}
    # "when's that due?" of a next step that is due ("Inspection report due Friday")
    due = bool(_WHEN_DUE.match(current.said)) and re.search(r"\bdue\b", step.lower()) is not None
    if not due and (not said or not said & {word[:5] for word in re.findall(r"[a-z]{4,}", step.lower())}):
        return None
    return _parsed(
        "deal.status", {"deal": deal.text("name") or "", "ask": "next_step", **_marks("pronoun", deal)}
    )


# "anything on my calendar for it?", "do I have anything booked for that deal?": the deal's events
_ON_THE_CALENDAR_FOR = re.compile(
    r"^(?:(?:and|so|ok|okay) )?(?:is there |do i have |have i got |got )?(?:anything|something|any \w+)"
    r" (?:(?:on|in) (?:my |the )?(?:calendar|schedule|diary)|(?:booked|scheduled|coming up|planned))"
    r" (?:for|about|on|to do with|related to|around) (?:it|that|this|that one|this one|that deal|this deal"
    r"|the deal|that property|the property|that listing|the listing)\W*$"
)


def _deal_on_calendar(current: Turn) -> Parsed | None:
    """The calendar asked about the deal talked about: its events, read by their titles."""
    deal = current.topics.get("deal")
    if deal is None or not _ON_THE_CALENDAR_FOR.match(current.said) or not deal.text("name"):
        return None
    return _parsed("calendar.event", {"deal": deal.text("name") or "", **_marks("pronoun", deal)})


def _pointed_deal(current: Turn) -> Parsed | None:
    """ "when does it close?", "who's handling it?", "is it done yet?": the deal or request talked about."""
    ordinary = current.ordinary
    told = ordinary in CAUGHT_ALL and bool(_TELL_ABOUT.match(current.said))
    if ordinary not in ("unknown", "request.status", "deal.status") and not told:
        return None
    subject = str(current.slots.get("deal", "")).lower()
    if ordinary == "deal.status" and subject not in _NAMELESS and not _POINTING.search(subject):
        return None
    asked = deal_ask(current.message.body)
    pointing = bool(_POINTING.search(current.message.body))  # the body: "this month" is a time, "@d"
    if not asked and not pointing or not asked and ordinary in CAUGHT_ALL and not told:
        return None
    if asked and not pointing and (ordinary != "unknown" or current.topics.get("deal") is None):
        return None  # "what needs to happen next?" is about the deal only when there is one
    named = _NAMED_DEAL.search(current.message.body) if asked and not pointing else None
    words = (named.group("deal") or named.group("subject")) if named else None
    if words and words not in _NAMELESS:
        # "what's the latest note on the elm st deal?" names another deal than the one talked about
        return _parsed("deal.status", {"deal": restore(words, current.message.cased), **asked})
    shared = not asked or asked.get("ask") in SHARED_ASKS
    topic = current.topics.latest("deal", "request", "draft") if shared else current.topics.get("deal")
    if shared and not asked and request_asked(current.message.words):
        # "has ana picked it up yet?": words only a request is asked with, whatever was talked about since
        topic = current.topics.latest("request", "draft") or topic
    kind = _KIND_POINTER.search(current.message.body)
    noun = {"noun": kind.group("noun")} if kind else {}
    if kind and (topic is None or topic.kind != "deal"):
        # "is the listing under contract yet?" with no deal talked about: the deal called a listing
        return _parsed("deal.status", {"deal": kind.group("noun"), **asked})
    tie = current.topics.get("deals") is not None and current.topics.last_intent() == "deal.status"
    if topic is None and asked and not shared and tie:
        # "when does it close?" while Jane asks which deal: the same question, asked with the deals to pick
        return _parsed("deal.status", asked)
    event = current.topics.get("event")
    # the event is still what a deal question points at unless deals were talked about since (a list of
    # them, a pick): "and when does that deal close?" after the walkthrough and an errand
    just_said = not (current.topics.last_intent() or "").startswith("deal.")
    if topic is None and asked and not shared and event is not None and just_said and event.text("title"):
        # "and when does that deal close?" after the walkthrough: the deal the event is about, by its title
        behind = {"deal": event.text("title") or "", **asked}
        return _parsed("deal.status", {**behind, **_marks("pronoun", event)})
    refused = current.topics.get("refused")
    if topic is None and asked and refused is not None and str(refused.text("intent")).startswith("deal."):
        # "what's the price on it?" right after a deal question was refused: that deal, to be refused again
        words = current.topics.last_slot("deal")
        return _parsed("deal.status", {**({"deal": words} if isinstance(words, str) else {}), **asked})
    if topic is None:
        return _ask_back("pronoun") if not shared or ordinary == "unknown" or told else None
    if topic.kind in ("request", "draft"):  # a booking draft is a request too: "is it confirmed yet?"
        key = "id" if topic.kind == "request" else "request"
        number = {"request": topic.number(key)} if topic.number(key) else {}
        return _parsed("request.status", {**number, **_marks("pronoun", topic)})
    another = current.said.startswith(_WHAT_ABOUT) or "and" in current.lead.split()
    if not asked and another:
        asked = _asked_before(current)  # "and the listing?" after "when does oak close?": when that one does
    slots = {"deal": topic.text("name") or "", **asked, **noun}
    return _parsed("deal.status", {**slots, **_marks("pronoun", topic)})


# "which closes first, oak or baker?": the deals the question is asked between, named after it
_AMONG = re.compile(
    r"\b(?:first|soonest|sooner|next)\b(?: ,| -| :)? (?:the )?(?P<a>[\w' -]+?) or (?:the )?(?P<b>[\w' -]+?)$"
)


def _among(current: Turn) -> dict[str, Any]:
    """The `among` slot: the words of each deal a "which closes first" question names, as typed."""
    named = _AMONG.search(current.said)
    if named is None:
        return {}
    return {"among": [restore(named.group(key), current.message.cased) for key in ("a", "b")]}


_CLOSE_IN = re.compile(r"\bclos(?:e|es|ing)\b")


def _of_those(current: Turn) -> Parsed | None:
    """ "which one closes first?", "which of those are at the offer stage?": the deals just listed."""
    if not _OF_THOSE.match(current.said):
        return None
    if current.ordinary == "deal.pipeline" and "start" in current.slots:
        return None  # "which ones close in the next 30 days?" names its own window: asked as it says
    when = resolve(current.message.pieces, current.message.now, current.message.zone)
    if when is not None and _CLOSE_IN.search(current.said) and not _CLOSES_FIRST.search(current.said):
        # "which of them close in the next 10 days?": the deals closing then, as the window asks
        window = {"start": when.start.isoformat(), "end": when.end.isoformat()}
        return _parsed("deal.pipeline", {**window, "follow_up": "pronoun", "refers_to": "last"})
    if current.topics.last_intent() != "deal.pipeline" or current.topics.get("last") is None:
        if _CLOSES_FIRST.search(current.said) and current.ordinary in ("deal.pipeline", *CAUGHT_ALL):
            # nothing listed: every open deal, or those it names ("which closes first, oak or baker?")
            return _parsed("deal.pipeline", {"order": "close", **_among(current)})
        return _ask_back("pronoun") if current.ordinary in CAUGHT_ALL else None
    last = current.topics.get("last")
    assert last is not None
    slots: dict[str, Any] = {"follow_up": "pronoun", "refers_to": "last"}
    if _CLOSES_FIRST.search(current.said):
        slots["order"] = "close"
        slots.update(_among(current))
        # "which of those closes first?" after the deals at offer: of those only
        listed = current.topics.last_slot("stage")
        # (after "anything closing in the next 30 days?" the deals listed close then, whatever their stage)
        closing_then = listed == "closing" and current.topics.last_slot("start") is not None
        slots.update({"stage": listed} if listed and not closing_then else {})
        shown = current.topics.get("deals")
        names = _offered(shown) if shown is not None and shown is current.topics.newest() else []
        if "among" not in slots and "stage" not in slots and names:
            slots["among"] = names  # after "which deals close in the next 30 days?": those listed
    else:
        from_pipeline = {key: value for key, value in current.slots.items() if key == "stage"}
        slots.update(from_pipeline or _stage(current.message.body))
    return _parsed("deal.pipeline", slots)


def _stage(body: str) -> dict[str, Any]:
    found = stage(body)
    return {"stage": found} if found else {}


# -- the intents Jane answers herself, by pronoun ------------------------------------------------------------

# What each reading needs when it names nothing itself: the slots that would name it, and the topics that can
# (the latest wins) with the field of each that names it.
_REQUEST = {"request": "id", "draft": "request"}  # a booking draft is a request too: "why was it rejected?"
_NEEDS: Mapping[str, tuple[tuple[str, ...], Mapping[str, str]]] = {
    "request.why": (("about",), _REQUEST),
    "queue.claim": (("request", "which", "about"), {"request": "id"}),
    "queue.done": (("request",), {"request": "id"}),
    "queue.release": (("request",), {"request": "id"}),
    "client.info": (("client",), {"client": "name"}),
    "phase.request": (("phase",), {"refused": "phase", "phase": "phase"}),
}
# A VA's moves on a request: said by pronoun with none to point at, the queue asks back with buttons.
_QUEUE_MOVES = frozenset(("queue.claim", "queue.done", "queue.release"))
# Words that name a request only by its kind: "why was the booking rejected?"
_GENERIC_ERRANDS = frozenset(
    {"booking", "appointment", "meeting", "request", "order", "errand", "task", "one", "it", "last one"}
)
_SLOT_OF = {
    "request": "request",
    "draft": "request",
    "client": "client",
    "refused": "phase",
    "phase": "phase",
}


# "can I go any higher than this?": a comparison with where the client is, not a thing talked about
_COMPARED = re.compile(r"\b(?:higher|further|more|beyond|above) than (?:this|that|it)\b")


_HIM_OR_HER = re.compile(r"\b(?:him|her|he|she|his)\b")


def _pointed_service(current: Turn) -> Parsed | None:
    """ "why was it rejected?", "I'll take it", "what phase is he in?", "how do I get that unlocked?"."""
    intent = current.ordinary
    needs = _NEEDS.get(intent)
    if intent == "phase.info" and current.slots.get("ask") in ("how", "need", "above", "what"):
        needs = (("phase", "about"), {"refused": "phase", "phase": "phase"})
    # "what phase is he in?", "who's looking after him?": a client by pronoun (a listing names none)
    if (
        intent == "client.info"
        and current.slots.get("ask") != "phase"
        and not _HIM_OR_HER.search(current.said)
    ):
        return None
    generic = str(current.slots.get("about", "")).lower() in _GENERIC_ERRANDS
    if intent == "request.why" and generic and current.topics.latest(*_REQUEST) is not None:
        # "why was the booking rejected?" names no booking of its own: the one talked about
        current = replace(current, slots={k: v for k, v in current.slots.items() if k != "about"})
    if needs is None or any(key in current.slots for key in needs[0]):
        return None
    # "is there …?" and "any higher than this?" point nowhere
    pointing = _ANAPHOR.search(_COMPARED.sub("", _EXISTENTIAL.sub("", current.message.words)))
    if intent in ("phase.info", "phase.request") and not pointing:
        return None
    topic = current.topics.latest(*needs[1])
    # "what would I need for that?" asks about what was refused, whatever was said about phases since
    if intent == "phase.info" and current.slots.get("ask") == "need" and current.topics.get("refused"):
        topic = current.topics.get("refused")
    value = topic.fields.get(needs[1][topic.kind]) if topic else None
    if (topic is None or value is None) and intent in _QUEUE_MOVES:
        # "I'll take it" after a queue of several, or with no request talked about: the queue asks back
        # with a button per request it could be (a VA's own requests are all the handler could mean)
        return _parsed(intent, {**current.slots, "follow_up": "pronoun"})
    last = current.topics.get("last")
    if (
        topic is None
        and intent == "phase.info"
        and last is not None
        and current.topics.last_intent() == intent
    ):
        # "anything above that?" right after "and phase 3?" asked by someone with no phase of their own
        said = last_slot(last, "phase")
        if isinstance(said, int):
            return _parsed(intent, {**current.slots, "phase": said, **_marks("pronoun", last)})
    if topic is None or value is None:
        return _ask_back("pronoun")
    slots = {**current.slots, _SLOT_OF[topic.kind]: value, **_marks("pronoun", topic)}
    if intent == "phase.info" and slots.get("ask") == "need" and topic.kind == "refused":
        slots.update(_refusal(topic))  # "what would I need for that?": the duty refused and its phase
    return _parsed(intent, slots)


# "and the paper?", "what about the Pattersons one?": a request named, right after a question about another
_MEANT_REQUEST = re.compile(
    r"^(?:(?:wrong one|not that one|not that)(?: ,)? )?"
    r"(?:i meant|i mean|i was asking about|i was talking about)"
    r" (?:the |my |our )?(?P<about>[\w' -]+?)(?: (?:one|order|request|errand))?(?: (?:then|sorry|instead))?$"
)
_ANOTHER_REQUEST = re.compile(
    r"^(?:and |what about |how about )(?:the |my |our )?(?P<about>[\w' -]+?)"
    r"(?: (?:one|order|request|errand))?"
    r"(?: (?:then|too|though))?$"
)


# "drop the Priya one", "cancel the inspector one" right after reminders were set or listed
_DROP_THE_ONE = re.compile(
    r"^(?:drop|cancel|delete|remove|scrap|kill|forget|scratch) (?:the |my )?(?P<about>[\w' -]+?)"
    r" (?:one|reminder)(?: (?:please|pls|plz|thanks|thx|then|too))*$"
)
# "and under contract?", "closed?" right after deals listed by their stage: those at this one
_AT_STAGE_TOO = re.compile(
    r"^(?:(?:and|what about|how about) )?(?:(?:at|in) )?(?:the )?"
    r"(?P<stage>(?!(?:which|what|who|how|when|where|any|how many)\b)[\w ]+?)(?: ones?)?$"
)


# "cancel the one about the sellers", "drop the one for the lockbox": named by what it is about
_DROP_THE_ONE_ABOUT = re.compile(
    r"^(?:drop|cancel|delete|remove|scrap|kill|forget|scratch) (?:the|that) (?:one|reminder)"
    r" (?:about|for|to|re|regarding|on) (?P<about>[\w' -]+?)(?: (?:please|pls|plz|thanks|thx|then|too))*$"
)


def _reminder_by_words(current: Turn) -> Parsed | None:
    """A reminder named by its words right after reminders were talked about; never an errand."""
    listed = current.topics.last_intent() in ("reminder.create", "reminder.list")
    if not listed and _reminder_talked_of(current) is None:
        return None
    named = _DROP_THE_ONE.match(current.said) or _DROP_THE_ONE_ABOUT.match(current.said)
    if named is None or named.group("about") in PRONOUNS:
        return None
    return _parsed("reminder.cancel", {"about": restore(named.group("about"), current.message.cased)})


def _another_stage(current: Turn) -> Parsed | None:
    """ "and under contract?" after "which are at offer?": the deals at the stage named now."""
    last = current.topics.get("last")
    if (
        last is None
        or current.topics.last_intent() != "deal.pipeline"
        or current.topics.last_slot("stage") is None
    ):
        return None
    named = _AT_STAGE_TOO.match(current.said)
    found = stage(current.message.body) if named and len(named.group("stage").split()) <= 3 else None
    if not found:
        return None
    # "anything under contract?" asks yes or no as before; "and under contract?" the way the last one did
    asked = current.slots.get("question") or current.topics.last_slot("question")
    return _parsed(
        "deal.pipeline",
        {"stage": found, **_marks("ellipsis", last), **({"question": asked} if asked else {})},
    )


def _another_request(current: Turn) -> Parsed | None:
    """The last question about a request, asked about the one these words name (never an errand of its own:
    "and the paper?" after "has ben picked up the Pattersons one?" asks after the paper order)."""
    # ("i meant" is one of the words a correction opens with: the rest names the request)
    said_meant = (
        f"i meant {current.said}" if re.search(r"\bi (?:meant|mean)\W*$", current.lead) else current.said
    )
    meant = _MEANT_REQUEST.match(said_meant) if current.topics.last_intent() == "request.status" else None
    if meant is not None and meant.group("about") not in PRONOUNS:
        # "sorry wrong one, I meant the ad copy": the same question, about the request named now
        asked, last = current.topics.last_slot("asked"), current.topics.get("last")
        about = restore(meant.group("about"), current.message.cased)
        marks = _marks("correction", last) if last is not None else {}
        return _parsed("request.status", {"about": about, **({"asked": asked} if asked else {}), **marks})
    if "?" not in current.message.clean or current.topics.last_intent() == "task.create":
        return None  # "and the Parkers too?" right after an errand adds to it
    asked_after = current.topics.last_intent() == "request.status"
    if not asked_after and current.ordinary != "task.create":
        return None  # only a question read as an errand is taken for a request's, with no request asked of
    if current.ordinary not in ("unknown", "task.create", "request.status", "deal.status"):
        return None  # "and what phase am I in?" asks what it says
    said = f"and {current.said}" if "and" in current.lead.split() else current.said
    named = _ANOTHER_REQUEST.match(said)
    if named is None or named.group("about") in PRONOUNS or _QUESTION.match(named.group("about")):
        return None
    asked = current.topics.last_slot("asked")
    about = restore(named.group("about"), current.message.cased)
    last = current.topics.get("last")
    marks = _marks("ellipsis", last) if last is not None else {}
    return _parsed("request.status", {"about": about, **({"asked": asked} if asked else {}), **marks})


# Someone and what they do: a sentence, never a deal's name ("they will ask about money too")
_SOMEONE_DOES = re.compile(r"^(?:i|we|you|they|he|she) [a-z]+\b")
# Words around a deal's name that ask nothing of their own: "and what about the baker street duplex?"
_NAMING_ONLY = frozenset(("the", "what", "how", "about", "then", "too", "one", "on", "with", "for", "re"))


# "and when is closing expected?", "and what are we asking for it?": a question of its own, never a name
_A_QUESTION_OF_ITS_OWN = re.compile(r"^(?:when|where|what|who|how|why|which|is|are|does|do|did|has|will) \w+")


def _also(current: Turn) -> Parsed | None:
    """ "and the Parkers too", "and the Lakeview listing?": the last request or deal question, about this.
    A whole request ("please order toner too") reads as itself."""
    also = _ALSO.match(current.said)
    added = "and" in current.lead.split()
    if not also and not added:
        return None
    what = re.sub(
        r"^(?:(?:and|also|plus|what about|how about) )+",
        "",
        (also.group("what") if also else current.said).strip(" ,"),
    )
    adding = bool(_ADDING_VERB.match(what))
    what = _ADDING_VERB.sub("", what)
    # "and some pens too" names more of the same, not an errand of its own ("and send the newsletter too")
    more_of_it = current.ordinary == "task.create" and bool(also) and _more_of(what, adding)
    if current.ordinary not in ("unknown", "deal.status") and not more_of_it:
        return None
    if current.ordinary == "deal.status" and current.slots.get("ask"):
        return None  # "and is baker street under contract yet?": a whole question about the deal it names
    last = current.topics.last_intent()
    if last == "deal.status" and (_POINTED_STATEMENT.match(what) or _SOMEONE_DOES.match(what)):
        # "and that one's still at offer, right?", "they'll ask about money too": said about the deal, or
        # about people, naming none
        return None
    named = set(str(current.slots.get("deal") or "").lower().split())
    if current.ordinary == "deal.status" and named and set(what.split()) - named - _NAMING_ONLY:
        return None  # "and how's lakeview doing?": a whole question of its own, asking what it says
    if last == "deal.status" and (deal := current.topics.get("deal")) is not None:
        if current.ordinary == "unknown" and (subject := asked_after(what)) is not None and subject != what:
            # "and how's lakeview doing?" right after a deal question: a question of its own about a deal
            return _parsed("deal.status", {"deal": restore(subject, current.message.cased)})
        if _A_QUESTION_OF_ITS_OWN.match(what):
            return None  # "and what are we asking for it again?" asks about the deal, naming none
        words = restore(what, current.message.cased)
        return _parsed("deal.status", {"deal": words, **_asked_before(current), **_marks("ellipsis", deal)})
    request = current.topics.get("request")
    # "oh, and coffee too" right after an errand adds to it, whatever duty its own word would name
    same_errand = (
        last in ("task.create", "request.status")  # ("is it done yet?" then "oh and some pens too")
        and request is not None
        and (more_of_it or request.text("duty") == current.found.duty)
    )
    if more_of_it and not same_errand:
        # "and some pens too" with no errand asked before is asked back; after another errand, one of
        # its own after all
        return _nothing_to_add_to(current, what) if request is None and not adding else None
    # "add the Smiths too" after asking where that request stands adds to it (or, once done, files it anew)
    added_after = last == "task.create" or last == "request.status" and (adding or same_errand)
    # "and the Parkers" right after an errand: a few words said, not asked, add to it as "… too" would
    said_more = added and current.ordinary in CAUGHT_ALL and "?" not in current.message.clean
    # "and thank you so much!" adds nothing
    said_more = said_more and not _SMALLTALK.fullmatch(current.message.words.removeprefix("and ").strip(" ,"))
    if added_after and request is not None and (also or said_more and len(what.split()) <= 3):
        duty = request.text("duty") or "general"
        slots = {"also": restore(what, current.message.cased), **_marks("ellipsis", request)}
        slots.update({"request": number} if (number := request.number("id")) else {})
        return _parsed("task.create", slots, duty)
    if also and current.ordinary in CAUGHT_ALL and _MORE_OF.match(what):
        return _nothing_to_add_to(current, what)  # "and some highlighters too" with no errand just made
    return _ask_back("ellipsis") if also and current.ordinary in CAUGHT_ALL else None


def _more_of(what: str, verb: bool) -> bool:
    """Whether "and … too" names only more things ("some pens", "coffee"), no errand of its own; a word or
    two after a verb of their own ("please order toner too") are a request of their own."""
    return bool(_MORE_OF.match(what)) or not verb and len(what.split()) <= 2


_POINTED_STATEMENT = re.compile(r"^(?:it|that|this|that one|this one) (?:is |s )?\w+ \w+")


def _added_to(current: Turn) -> Parsed | None:
    """ "and add staples to that", "throw in some highlighters with it too": more of the same, added to the
    request just made; with none just made it is asked back, never a request of its own."""
    match = _ADD_TO.match(current.said)
    if match is None or current.ordinary not in CAUGHT_ALL:
        return None
    what = (match.group("what") or match.group("got")).strip(" ,")
    if what in PRONOUNS or any(piece.kind == "length" for piece in current.message.pieces):
        return None  # "add that to it" names nothing to add; "add 10 minutes to it" is time spent
    request = current.topics.get("request")
    number = request.number("id") if request is not None else None
    if request is None or number is None:
        return _nothing_to_add_to(current, what)
    duty = request.text("duty") or "general"
    slots = {"also": restore(what, current.message.cased), "request": number, **_marks("ellipsis", request)}
    return _parsed("task.create", slots, duty)


def _nothing_to_add_to(current: Turn, what: str) -> Parsed:
    return _parsed("unknown", {"follow_up": "ellipsis", "also": restore(what, current.message.cased)})


_HOURS_AND_MINUTES = re.compile(r"\b(\d{1,2}):([0-5]\d)\b")


def _more_time(current: Turn) -> Parsed | None:
    """ "add another 10 minutes to it": time logged on the request time was logged on last."""
    taken_off = _TAKE_OFF_IT.match(current.point)
    said = _MORE_TIME.match(current.point) or taken_off
    if current.ordinary not in CAUGHT_ALL or not said:
        return None
    minutes = next((piece.minutes for piece in current.message.pieces if piece.kind == "length"), None)
    unreadable = None
    if said.groupdict().get("clock"):  # "log 1:15 on it": an hour and a quarter, as the Done form reads it
        typed = _HOURS_AND_MINUTES.search(current.message.words)
        if typed is None:
            return None
        minutes = int(typed.group(1)) * 60 + int(typed.group(2))
    if minutes is None and said.group("spent"):  # "log 20m on it": a time as the Done form takes it
        try:
            minutes = read_minutes(said.group("spent"))
        except UnreadableDuration:
            unreadable = said.group("spent")  # "log 25h on it": more than a day, which the answer says
    request = current.topics.last_slot("request") if current.topics.last_intent() == "time.log" else None
    last: Topic | None = current.topics.get("last")
    if request is None and _POINTING_OBJECT.search(current.said):
        # "log 20m on it" right after claiming or finishing a request: that request
        last = current.topics.get("request")
        request = last.number("id") if last is not None else None
    if unreadable and isinstance(request, int) and last is not None:
        return _parsed("time.log", {"request": request, "spent": unreadable, **_marks("pronoun", last)})
    if not minutes or not isinstance(request, int) or last is None:
        return None  # "and 30 minutes?" about anything else is another follow-up's
    minutes = -abs(minutes) if taken_off or said.group("minus") else minutes
    note = _time_note(current) if said.group("note") and said.group("pointed") else None
    slots = {"request": request, "minutes": minutes, **({"note": note} if note else {})}
    return _parsed("time.log", {**slots, **_marks("pronoun", last)})


def _time_note(current: Turn) -> str | None:
    """The VA's note after time logged by pronoun, as they typed it (not the parser's normalised words)."""
    typed = _NOTE_AFTER_POINTER.search(current.message.clean)
    note = _ASKED_NICELY.sub("", typed.group("note")).strip() if typed else ""
    return note or None


# "log 20m on it, please? called three stores": the courtesy before the note is no part of it
_ASKED_NICELY = re.compile(r"^\s*(?:please|pls|thanks|thank you)?\s*[,.?!:;-]*\s*", re.IGNORECASE)


def _more_time_on_nothing(current: Turn) -> Parsed | None:
    """ "add another 10 minutes to it" with no time logged just before: asked back, never an errand."""
    if current.ordinary not in CAUGHT_ALL:
        return None
    if _TAKE_OFF_IT.match(current.point):
        return _ask_back("pronoun")  # "take 10m off it" with nothing to take it off
    if not _MORE_TIME.match(current.point):
        return None
    return _ask_back("pronoun") if _POINTING_OBJECT.search(current.said) else None


_LOOKING_BACK = ("hours.report", "review.week")
_PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
_HOURS_KEYS = ("who", "client")


def _client_of_another(current: Turn) -> Parsed | None:
    """ "what about maria?" right after a VA asked about one client: the same question about that one."""
    last = current.topics.get("last")
    if current.ordinary not in CAUGHT_ALL | {"deal.status"} or current.topics.last_intent() != "client.info":
        return None
    match = _OTHER_PERSON.match(current.point)
    if match is None or last is None or match.group("when") or match.group("first"):
        return None
    if _NOT_A_PERSON.match(match.group("who")):
        return None
    ask: dict[str, Any] = {"ask": value} if isinstance(value := last_slot(last, "ask"), str) else {}
    if isinstance(phase := last_slot(last, "phase"), int) and ask.get("ask") == "phase":
        ask.update({"phase": phase, "question": "yes_no"})  # "and maria?" after "is tom on phase 1?"
    who = restore(match.group("who"), current.message.cased)
    if isinstance(last_slot(last, "va"), str):  # "and ben?" after "who does ana look after?": his clients
        return _parsed("client.info", {"va": who, **_marks("ellipsis", last)})
    about = current.topics.get("client") or last
    return _parsed("client.info", {"client": who, **ask, **_marks("ellipsis", about)})


# "is it ana then?" right after "is ben my VA?": the same question about the one named now
_IS_IT_THEN = re.compile(
    r"^(?:(?:so|oh|ok|okay|and|wait) )*(?:is it|it is|so it is|is that|that is|is my va)"
    r" (?P<who>(?!(?:not|the|a|an|my|ok|okay|right|true|so|you)\b)[a-z]\w*)(?: (?:then|instead|now|right))*$"
)


def _the_va_named(current: Turn) -> Parsed | None:
    said = _IS_IT_THEN.match(current.said)
    if said is None or current.topics.last_intent() != "va.who" or current.ordinary not in CAUGHT_ALL:
        return None
    last = current.topics.get("last")
    who = restore(said.group("who"), current.message.cased)
    return _parsed("va.who", {"va": who, "question": "yes_no", **(_marks("ellipsis", last) if last else {})})


# "is it still empty?", "still clear?" right after "is my queue empty?": the same question asked again
_STILL_EMPTY = re.compile(
    r"^(?:(?:and|so|ok|okay|hey|what about now|how about now) )*(?:(?:is|are) (?:it|that|the queue|my queue"
    r"|they|things) )?(?:still |now )?(?:empty|clear|cleared)(?: (?:now|then|still|yet))?$"
)


def _still_empty(current: Turn) -> Parsed | None:
    last = current.topics.get("last")
    if last is None or not _STILL_EMPTY.match(current.said) or current.ordinary not in CAUGHT_ALL:
        return None
    intent = current.topics.last_intent()
    if intent not in ("request.status", "queue.list") or last_slot(last, "question") not in ("empty", "any"):
        return None
    return _parsed(intent, {"question": "empty", **_marks("ellipsis", last)})


def _clients_of_him(current: Turn) -> Parsed | None:
    """ "his clients?" right after a VA's hours were asked about: that VA's clients."""
    va = str(current.slots.get("va") or "").lower()
    if current.ordinary != "client.info" or va not in THIRD_PERSON:
        return None
    last = current.topics.get("last")
    who = current.topics.last_slot("who")
    if last is None or not isinstance(who, str) or who.lower() in _PEOPLE_PRONOUNS:
        return _ask_back("pronoun")
    return _parsed("client.info", {"va": who, **_marks("pronoun", last)})


def _hours_by_pronoun(current: Turn) -> Parsed | None:
    """ "how many hours for him this month?" after talking about one client: that client."""
    if current.ordinary != "hours.report":
        return None
    pointed = [key for key in _HOURS_KEYS if str(current.slots.get(key, "")).lower() in _PEOPLE_PRONOUNS]
    if not pointed:
        return None
    topic = current.topics.get("client")
    name = topic.text("name") if topic is not None else None
    if topic is None or name is None:
        return _ask_back("pronoun")
    return _parsed("hours.report", {**current.slots, pointed[0]: name, **_marks("pronoun", topic)})


def _hours_of_another(current: Turn) -> Parsed | None:
    """ "and ben?", "and for maria?", "ben this month": the hours just reported, for that person (the same
    days unless others are named). A name put with "for" or "on" replaces the client asked about before,
    if there was one; "by" or a bare name, the person."""
    last = current.topics.get("last")
    if current.ordinary not in CAUGHT_ALL | {"deal.status"} or current.topics.last_intent() != "hours.report":
        return None
    match = _OTHER_PERSON.match(current.point)
    if match is None or last is None or _NOT_A_PERSON.match(match.group("who")):
        return None
    before = {
        key: value for key in (*_WINDOW, *_HOURS_KEYS) if isinstance(value := last_slot(last, key), str)
    }
    who = restore(match.group("who"), current.message.cased)
    who = "me" if who.lower() in ("mine", "my own") else who  # "what about mine?": the asker's, as "and me?"
    slots = {key: value for key, value in before.items() if key in _WINDOW}
    if match.group("when") or match.group("first"):
        slots = looking_back(current.message, None) or slots
    if match.group("client"):
        slots.update({"who": who, "client": restore(match.group("client"), current.message.cased)})
    elif match.group("prep") in ("for", "on") and "client" in before:
        slots.update({"who": before["who"], "client": who})
    else:
        slots.update({"who": who, **({"client": before["client"]} if "client" in before else {})})
    return _parsed("hours.report", {**slots, **_marks("ellipsis", last)})


def last_slot(last: Topic, key: str) -> Any:
    slots = last.fields.get("slots")
    return slots.get(key) if isinstance(slots, Mapping) else None


def _looked_back_again(current: Turn) -> Parsed | None:
    """ "and last week?", "in November?" right after a weekly review or an hours answer: the same question
    about those days (read as past ones), not the calendar."""
    last = current.topics.get("last")
    intent = current.topics.last_intent()
    if last is None or intent not in _LOOKING_BACK:
        return None
    if _MONTH_BEFORE.match(current.said):
        after = datetime.fromisoformat(_looked_at(current, last)["start"]).date().replace(day=1)
        first = (after - timedelta(days=1)).replace(day=1)
        zone = current.message.zone
        month = {"start": local(first, 0, zone).isoformat(), "end": local(after, 0, zone).isoformat()}
        return _again(current, last, intent, month)
    point = _RELATIVE_TOKEN.sub("@r", current.point)
    if not _TIME_ONLY.match(point) or "@d" not in point and "@r" not in point:
        return None
    if "@r" in point:  # "and the week before?": counted from the days just looked back over
        start, end = (datetime.fromisoformat(value) for value in _looked_at(current, last).values())
        moved = _retimed(start, end, _change(current), current.message.zone)
        window = {"start": moved[0].isoformat(), "end": moved[1].isoformat()}
    else:
        window = looking_back(current.message, None)
    if not window or datetime.fromisoformat(window["start"]) >= current.message.now:
        return None  # "and tomorrow?" has no time logged yet: the calendar's
    return _again(current, last, intent, window)


def _again(current: Turn, last: Topic, intent: str, window: Mapping[str, str]) -> Parsed:
    kept = {key: value for key in _HOURS_KEYS if isinstance(value := last_slot(last, key), str)}
    kept = kept if intent == "hours.report" else {}
    return _parsed(intent, {**kept, **window, **_marks("ellipsis", last)})


def _looked_at(current: Turn, last: Topic) -> dict[str, str]:
    """The days the last review or hours answer covered: the ones asked about, else its default (the
    review this week, hours this month)."""
    window = {key: value for key in _WINDOW if isinstance(value := last_slot(last, key), str)}
    if len(window) == len(_WINDOW):
        return window
    today, zone = current.message.now.date(), current.message.zone
    if current.topics.last_intent() == "hours.report":
        first = today.replace(day=1)
        after = (first + timedelta(days=32)).replace(day=1)
    else:
        first = monday_of(today)
        after = first + WEEK
    return {"start": local(first, 0, zone).isoformat(), "end": local(after, 0, zone).isoformat()}


_ABOUT_A_REQUEST = ("request.status", "task.create", "queue.claim", "queue.done", "time.log")


def _time_of_that(current: Turn) -> Parsed | None:
    """ "how much time was that in total?" right after a weekly review or an hours answer: the hours of
    those days (this week so far when the review named none)."""
    last = current.topics.get("last")
    if last is None or not _TIME_OF_THAT.match(current.said):
        return None
    request = current.topics.get("request")
    if current.topics.last_intent() in _ABOUT_A_REQUEST and request is not None and request.number("id"):
        # "how much time was that in total?" right after a request was talked about: the time spent on it
        asked = {"request": request.number("id"), "asked": "time"}
        return _parsed("request.status", {**asked, **_marks("pronoun", request)})
    if current.topics.last_intent() not in _LOOKING_BACK:
        return None
    window = _looked_at(current, last)
    kept = {key: value for key in _HOURS_KEYS if isinstance(value := last_slot(last, key), str)}
    kept = kept if current.topics.last_intent() == "hours.report" else {}
    return _parsed("hours.report", {**kept, **window, **_marks("pronoun", last)})


# "remind me half an hour before then to leave": a reminder counted back from the thing talked about
_BEFORE_IT = re.compile(r"\b(?:before|ahead of|prior to) (?:then|it|that|that one|this)\b")
_BEFORE_IT_CASED = re.compile(
    r"^(?:(?:before|ahead of|prior to) (?:then|it|that|that one|this)\b\s*)(?:to |about |that )?", re.I
)


# "remind me an hour before the walkthrough to print the packet": an event named, which Jane looks up
_BEFORE_NAMED = re.compile(
    # "right after the walkthrough" is as it ends; "the day after the walkthrough" the next morning
    r"^(?P<right>(?:right|just|straight|immediately) )?(?P<day>the day )?"
    r"(?P<side>before|ahead of|prior to|after) (?:the |my |our )?"
    r"(?P<event>(?!(?:then|it|that|this)\b)[\w' -]+?)"
    r"(?: (?:to|about|that|so (?:i|we) can) (?P<title>.+))?$",
    re.IGNORECASE,
)


# "actually make it half an hour before the walkthrough instead": the reminder just set, counted from an event
_RETIMED_BESIDE = re.compile(
    r"^(?:(?:make|change|move|set|put) (?:it|that|the reminder)(?: to| for)? )?@n"
    r" (?P<side>before|ahead of|prior to|after)(?: (?:the |my |our )?"
    r"(?P<event>(?!(?:then|it|that|this|instead|hand)\b)[\w' -]+?))?"
    r"(?: (?:instead|then|please|after all|hand))*(?: , .*)?$"
)


# "oops, not the walkthrough, I meant the dentist": another event for a reminder counted from one
_MEANT_EVENT = re.compile(
    r"(?:^|\b)(?:i (?:actually )?meant|i mean|meant|it should be|should have said|make it)"
    r" (?:the |my |our )?(?P<event>(?!(?:it|that|this|then)\b)[a-z][\w' -]{1,40}?)"
    r"(?: (?:instead|then|please|sorry|one|appointment))*$"
)


_COUNTED = (
    "before_minutes",
    "after_minutes",
    "before_days",
    "after_days",
)  # a reminder counted from an event


def _reminder_talked_of(current: Turn) -> Topic | None:
    """The reminder, when it is the newest of the things a change could be about."""
    latest = current.topics.latest("reminder", "request", "draft", "event")
    return latest if latest is not None and latest.kind == "reminder" else None


def _reminder_event_corrected(current: Turn) -> Parsed | None:
    reminder = _reminder_talked_of(current)
    if reminder is None or not reminder.text("event") or "@" in current.point:
        return None
    meant = _MEANT_EVENT.search(current.message.words)
    if meant is None:
        return None
    counted = {key: value for key in _COUNTED if isinstance(value := reminder.fields.get(key), int)}
    event = restore(meant.group("event"), current.message.cased)
    slots = {"action": "edit", "reminder": reminder.number("id"), **counted, "event": event}
    return _parsed("reminder.create", {**slots, **_marks("correction", reminder)})


def _reminder_beside_an_event(current: Turn) -> Parsed | None:
    retimed = _RETIMED_BESIDE.match(current.point)
    length = next((piece.minutes for piece in current.message.pieces if piece.kind == "length"), None)
    if retimed is None or length is None:
        return None
    if current.topics.latest("reminder", "request", "draft", "event") is None:
        return _ask_back("pronoun")  # "make it 15 minutes after the dentist" with nothing talked about
    reminder = _reminder_talked_of(current)
    if reminder is None:
        return None
    side = "after_minutes" if retimed.group("side") == "after" else "before_minutes"
    # "make it 45 minutes before" names no event: the one the reminder was counted from
    named = retimed.group("event")
    event = restore(named, current.message.cased) if named else reminder.text("event")
    if not event:
        return None
    slots = {"action": "edit", "reminder": reminder.number("id"), side: length, "event": event}
    return _parsed("reminder.create", {**slots, **_marks("correction", reminder)})


def _reminded_before_it(current: Turn) -> Parsed | None:
    length = next((piece.minutes for piece in current.message.pieces if piece.kind == "length"), None)
    named = _BEFORE_NAMED.match(str(current.slots.get("title") or "").strip())
    # "… half an hour before the walkthrough tomorrow …": the day names the event's, not the reminder's time
    if (
        named is not None
        and length is None
        and named.group("right")
        and named.group("side").lower() == "after"
    ):
        length = 0  # "right after the walkthrough": as it ends
    day_only = current.slots.get("due_exact") is False and named is not None and length is not None
    if current.ordinary != "reminder.create" or "due" in current.slots and not day_only:
        return None
    if named is not None and named.group("day"):
        what = {"title": named.group("title").strip()} if named.group("title") else {}
        side = "after_days" if named.group("side").lower() == "after" else "before_days"
        return _parsed("reminder.create", {side: 1, "event": named.group("event"), **what})
    before = _BEFORE_IT.search(current.message.words)
    if before is None and named is not None and length is not None:
        # the event by its name: its time is the calendar's to say (reminders.requests looks it up)
        what = {"title": named.group("title").strip()} if named.group("title") else {}
        # "an hour after the walkthrough" counts from its end (the handler reads it off the calendar)
        side = "after_minutes" if named.group("side").lower() == "after" else "before_minutes"
        return _parsed("reminder.create", {side: int(length), "event": named.group("event"), **what})
    if before is None or length is None:
        return None
    topic = current.topics.latest("event", "draft", "offer", "slot")
    if topic is None or "start" not in topic.times:
        return _ask_back("pronoun")
    due = topic.times["start"] - timedelta(minutes=length)
    title = _BEFORE_IT_CASED.sub("", str(current.slots.get("title") or "")).strip() or topic.text("title")
    slots = {"due": due.isoformat(), **({"title": title} if title else {}), **_marks("pronoun", topic)}
    if topic.kind == "event" and topic.text("title"):
        # how it was counted, so "make it an hour before" after it counts again from the same event
        slots.update({"before_minutes": int(length), "event": topic.text("title")})
    return _parsed("reminder.create", slots)


def _remark(current: Turn) -> Parsed | None:
    """ "ugh, that one's been dragging on forever", "I'll head over there after breakfast": something said
    about the talk, not asked: a short answer, never an offer to pass it on."""
    # ("ugh that walkthrough always drags on, the Joneses love to chat": a remark, then more of the same)
    clauses = [clause for clause in current.said.split(" , ") if not _THANKS_CLAUSE.match(clause)]
    head = clauses[0] if clauses else current.said  # ("ok thanks, I'll head over there after lunch")
    # "ok, the day after tomorrow it is then" after looking at days: the client's own choice, told
    decided = _IT_IS_THEN.match(current.point) is not None and current.topics.newest() is current.topics.get(
        "window"
    )
    if current.ordinary != "unknown" or "?" in current.message.clean or not (_REMARK.match(head) or decided):
        return None
    if current.topics.get("last") is None:
        return None  # a remark is about the talk; with none, "I love pizza" is what Jane did not understand
    what_a_day = _WHAT_A_DAY.search(current.said) is not None  # "quiet morning for once": no time asked
    if not (what_a_day or decided) and any(piece.kind != "hint" for piece in current.message.pieces):
        return None  # "I'll do it friday" after a booking may be a new time: not waved through as talk
    return _parsed("smalltalk", {"remark": True})


_THANKS_CLAUSE = re.compile(
    r"^(?:(?:ok|okay|oh|ah|right|cool|great|perfect|lovely|awesome|nice|sweet)(?: |$))*"
    r"(?:thanks|thank you|thx|ty|cheers|got it|sounds good)?(?: (?:so much|a lot|jane))*$"
)
_WHAT_A_DAY = re.compile(r"\bfor (?:once|a change)\b|^(?:what|such) an? ")


def _no_errand_by_pronoun(current: Turn) -> Parsed | None:
    """ "and send it to my assistant too": an errand only by its verb, about a thing said before. Whatever it
    points at, Jane asks what it means rather than give the VA work nobody can place (ARCHITECTURE.md,
    "Conversations")."""
    if current.ordinary != "task.create" or not _ADDING_LEAD.search(current.lead):
        return None
    errand = _WHEN_CLAUSE.sub("", current.said).strip(" ,")  # "once it's fixed" points at nothing asked for
    if not _POINTING_OBJECT.search(errand):
        return None
    request = current.topics.get("request")
    number = request.number("id") if request is not None else None
    duty = request.text("duty") if request is not None else None
    changes_it = current.found.duty == duty or bool(_CHANGES_A_LIST.match(errand))
    if request is not None and number is not None and changes_it:
        # "oh and take the Hursts off it" right after a mailing-list request: more said about that one
        also = restore(errand, current.message.cased)
        return _parsed("task.create", {"also": also, "request": number, **_marks("pronoun", request)}, duty)
    return _ask_back("pronoun")


_SETTING_OF = {"agenda.settings": "agenda", "review.settings": "review"}


def _switched(current: Turn) -> Parsed | None:
    """ "stop it", "turn it off", "start it again" right after the morning agenda or the weekly review was
    set: that setting, stopped or started again. With nothing set just before, "stop it" is asked back."""
    off = bool(_SWITCH_OFF.match(current.said))
    if not off and not _SWITCH_ON.match(current.said):
        return None
    if not _POINTING_OBJECT.search(current.said) and current.said.split()[0] not in ("stop", "pause"):
        return None  # "start" alone, "turn on": nothing pointed at
    setting = _SETTING_OF.get(current.topics.last_intent() or "")
    topic = current.topics.get(setting) if setting else current.topics.newest()
    if topic is None or topic.kind not in ("agenda", "review"):
        if not off or _WITHDRAW.match(current.said) or _WITHDRAW.match(current.asked):
            return None  # "cancel it" is a withdrawal's, whatever it withdraws
        if current.ordinary not in CAUGHT_ALL:
            return None
        return _withdraw_latest(current, ("request", "draft", "reminder"))  # "stop it" after a request
    intent = "agenda.settings" if topic.kind == "agenda" else "review.settings"
    if off:
        return _parsed(intent, {"stop": True, **_marks("pronoun", topic)})
    again = {key: value for key in ("day", "time") if (value := topic.fields.get(key)) is not None}
    return _parsed(intent, {**again, **_marks("pronoun", topic)})


_RULES: tuple[Callable[[Turn], Parsed | None], ...] = (
    _switched,
    _restarted,
    _refused_then_allowed,
    _request_mistyped,
    _phase_for_them,
    _event_on_another_day,
    _withdrawn,
    _left_as_it_was,
    _reminder_event_corrected,
    _reminder_beside_an_event,
    _verdict_on_the_listed,
    _answered,
    _due_changed,
    _agenda_time_named,
    _moved_beside,
    _the_other_deal,
    _order_of_it,
    _order_against_it,
    _starts_at_asked,
    _looked_back_again,
    _need_of_another,
    _time_of_that,
    _hours_of_another,
    _client_of_another,
    _agenda_days,
    _gap_between,
    _fits_in_it,
    _other_end,
    _until,
    _edited,
    _draft_by_name,
    _someone_else,
    _shifted,
    _open_after_requests,
    _length_said,
    _sent_at,
    _more_time,
    _deal_window_again,
    _elliptic,
    _on_that_day,
    _rest_of_that_day,
    _booked_then,
    _next_to_it,
    _pointed_slot,
    _generic_request,
    _deal_on_calendar,
    _pointed_event,
    _reminded_before_it,
    _those_requests,
    _the_next_step,
    _news_or_asked_again,
    _another_request,
    _reminder_by_words,
    _another_stage,
    _another_event,
    _pointed_deal,
    _stage_of_the_deal,
    _what_the_phase_brings,
    _retimed_in_other_words,
    _deal_choice,
    _another_deal,
    _of_those,
    _clients_of_him,
    _the_va_named,
    _still_empty,
    _pointed_service,
    _hours_by_pronoun,
    _added_to,
    _also,
    _more_time_on_nothing,
    _no_errand_by_pronoun,
    _remark,
)
