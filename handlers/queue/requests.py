"""The request queue: status lists, the VA's queue card, and the audited transitions (ARCHITECTURE.md,
Requests)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.core import duration, messages
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape, mention, quote
from handlers.core.reply import Button, Reply
from handlers.core.timefmt import zone_of
from handlers.core.topics import request_topic, with_topics
from handlers.core.yes_no import led
from handlers.phases import duties
from handlers.queue import booking_card
from storage.models import Person, Request
from storage.repositories import people, time_entries
from storage.repositories import requests as repo

CLAIM, RELEASE, DONE, CANCEL = "request.claim", "request.release", "request.done", "request.cancel"
LOG_TIME = "request.log_time"  # time spent, added while a request is claimed (time_spent.py)
RECENT = timedelta(days=14)
CARD_SNIPPET = 1000
LISTED_SNIPPET = 120  # a client's own request in their status list: enough of it to tell which it is


def status(ctx: Context, ask: Ask) -> Reply:
    """A client's open and recently finished requests; a VA's clients' open requests."""
    if ctx.client is None:
        return _va_status(ctx)
    open_ = repo.open_requests(ctx.session, ctx.asker)
    finished = repo.finished_since(ctx.session, ctx.asker, ctx.now - RECENT, limit=5)
    if open_:
        headline = messages.STATUS_HEADLINE_OPEN.format(count=len(open_), s="" if len(open_) == 1 else "s")
    else:
        headline = messages.STATUS_NONE_OPEN
    sections = ["\n".join(_status_line(r, ctx.zone) for r in open_)] if open_ else []
    # "what's still open?" lists the open ones; what was finished only when nothing is open
    open_only = bool(ask and (ask.slots or {}).get("open")) and bool(open_)
    # ("is anything of mine still waiting?" asks only after what is open)
    if finished and not open_only and not (ask and (ask.slots or {}).get("question")):
        sections.append("\n".join([messages.STATUS_RECENT, *(_status_line(r, ctx.zone) for r in finished)]))
    buttons = tuple(Button(messages.CANCEL, CANCEL, str(r.id)) for r in open_ if r.status == "queued")
    reply = Reply(whether(headline, ask, bool(open_)), sections=tuple(sections), buttons=buttons[:5])
    if len(open_) > 1:  # "cancel that" after several could mean any of them: it is asked back
        return with_topics(reply, request={"listed": [request.id for request in open_[:5]]})
    if len(open_) != 1:
        return reply
    only = open_[0]  # "is it done yet?" can only mean this one
    return with_topics(reply, request=request_topic(only))


def card(request: Request, owner: Person | None = None) -> Reply:
    """The queue card VAs see: what, for whom, due when, its state, and the buttons that state allows.

    A booking has its own card (with Confirm / Reject), so every request's card comes from here.
    """
    if booking_card.draft_of(request) is not None:
        return booking_card.card(request)
    owner = owner or request.owner
    owner_name = mention(owner) if owner else messages.SOMEONE
    zone = zone_of(request.client)
    headline = messages.CARD_HEADLINE.format(
        label=duties.BY_ID[request.duty].label if request.duty in duties.BY_ID else request.duty,
        client=mention(request.client),
        due=messages.TASK_DUE.format(when=when(request.due_at, request.due_all_day, zone))
        if request.due_at
        else "",
    )
    sections = [messages.TASK_YOUR_WORDS.format(text=quote(request.text, CARD_SNIPPET))]
    sections.append(messages.CARD_STATE[request.status].format(owner=owner_name))
    if request.note and request.status == "done":
        sections.append(messages.CARD_NOTE.format(note=escape(request.note)))
    buttons = {
        "queued": (Button(messages.CLAIM, CLAIM, str(request.id), "primary"),),
        "claimed": (
            Button(messages.DONE, DONE, str(request.id), "primary"),
            Button(messages.RELEASE, RELEASE, str(request.id)),
            Button(messages.LOG_TIME, LOG_TIME, str(request.id)),
        ),
    }.get(request.status, ())
    return Reply(headline, sections=tuple(sections), buttons=buttons)


def act(
    ctx: Context,
    request_id: int,
    action: str,
    note: str | None = None,
    minutes: int | None = None,
    *,
    tell_client: bool = True,
) -> Reply | None:
    """Claim, release, finish or cancel a request for the asker; the answer to show the actor, if any.
    `minutes` is the time spent that Done was given, logged only when this click is the one that finishes.

    Rights are re-checked here on every click; a refused or lost attempt changes nothing. `tell_client`
    False leaves telling the client to the caller (who answers them in the conversation at hand).
    """
    request = repo.get(ctx.session, request_id)
    if request is None:
        return Reply(messages.BUTTON_OUT_OF_DATE, ephemeral=True)
    verb = action.removeprefix("request.")
    if not repo.may_act(ctx.asker, request, verb):
        return Reply(messages.NOT_YOURS_CANCEL if verb == "cancel" else messages.NOT_YOURS, ephemeral=True)
    before_owner = request.owner
    outcome = repo.move(ctx.session, request_id, verb, ctx.asker, note, now=ctx.now)
    if not outcome.moved:
        return _lost(ctx, outcome.request, verb)
    request = outcome.request
    if verb == "done" and minutes:
        time_entries.add(ctx.session, request, ctx.asker, minutes, at=ctx.now)
    owner = people.get(ctx.session, request.owner_id) if request.owner_id else None
    step = len(repo.transitions(ctx.session, request.id))
    ctx.notify.update_card(request, card(request, owner))
    if tell_client:
        _tell_client(ctx, request, verb, owner or ctx.asker, step, minutes if verb == "done" else None)
    refresh_homes(ctx, request, ctx.asker, before_owner)
    if verb == "cancel" and before_owner is not None and before_owner.id != ctx.asker.id:
        told = Reply(
            messages.OWNER_CANCELLED.format(client=request.client.user_id, phrase=phrase(request.duty))
        )
        ctx.notify.tell(before_owner, told, key=f"request:{request.id}:{step}:owner")
    return None


def refresh_homes(ctx: Context, request: Request, *others: Person | None) -> None:
    """Re-publish the App Home of whoever sees this request there: its client, their VA, `others`, and
    every admin, whose queue lists every request (each Home is one row re-armed in place, so it's cheap)."""
    profile = request.client.client
    seen: set[int] = set()
    for person in (request.client, profile.va if profile else None, *others, *people.admins(ctx.session)):
        if person is not None and person.id not in seen:
            seen.add(person.id)
            ctx.notify.refresh_home(person)


def phrase(duty_id: str) -> str:
    """What the VA will do, as a verb phrase: "order office supplies"."""
    known = duties.BY_ID.get(duty_id)
    return messages.TASK_PHRASES.get(duty_id) or (known.covers if known else messages.TASK_PHRASE_ANY)


def when(moment: datetime, all_day: bool, zone: ZoneInfo) -> str:
    """A due date as people say it: "Mon 30 Nov" or "Mon 30 Nov, 5:00 PM"."""
    local = moment.astimezone(zone)
    day = f"{local:%a} {local.day} {local:%b}"
    return day if all_day else f"{day}, {local.hour % 12 or 12}:{local:%M} {local:%p}"


def _tell_client(
    ctx: Context, request: Request, verb: str, owner: Person, step: int, minutes: int | None = None
) -> None:
    sections: tuple[str, ...]
    if verb == "cancel" and ctx.asker.id == request.client_id:
        text, sections = messages.CLIENT_CANCELLED.format(phrase=phrase(request.duty)), ()
    else:
        template = {
            "claim": messages.CLIENT_CLAIMED,
            "release": messages.CLIENT_RELEASED,
            "done": messages.CLIENT_DONE,
            "cancel": messages.CLIENT_CANCELLED,
        }[verb]
        text = template.format(owner=mention(owner), phrase=phrase(request.duty))
        sections = ()
        if verb == "done" and request.note:
            sections = (messages.CLIENT_DONE_NOTE.format(owner=mention(owner), note=escape(request.note)),)
        if minutes:
            sections += (messages.CLIENT_DONE_TIME.format(spent=duration.show(minutes)),)
    ctx.notify.tell(
        request.client, Reply(text, sections=sections), key=f"request:{request.id}:{step}", request=request
    )


def _lost(ctx: Context, request: Request, verb: str) -> Reply:
    if verb == "claim" and request.status == "claimed" and request.owner_id:
        owner = people.get(ctx.session, request.owner_id)
        name = mention(owner) if owner else messages.SOMEONE  # the owner's row is kept by the foreign key
        return Reply(messages.ALREADY_CLAIMED.format(owner=name), ephemeral=True)
    state = messages.STATUS_STATE[request.status].format(owner=messages.SOMEONE)
    return Reply(messages.ALREADY_IN_STATE.format(status=state), ephemeral=True)


def whether(text: str, ask: Ask | None, anything: bool) -> str:
    """`text` led by the word that answers "is my queue empty?" (`question` "empty") or "is anything of mine
    still waiting?" (`question` "any"), by whether there is `anything` open; as it is if neither was asked."""
    asked = (ask.slots or {}).get("question") if ask else None
    if asked not in ("empty", "any"):
        return text
    return led(anything == (asked == "any"), text)


def _va_status(ctx: Context) -> Reply:
    served = repo.open_served(ctx.session, ctx.asker)
    if not served:
        return Reply(messages.STATUS_VA_NONE)
    lines = [
        messages.STATUS_VA_LINE.format(client=r.client.user_id, text=quote(r.text), state=_state(r))
        for r in served[:20]
    ]
    return Reply(messages.STATUS_VA_HEADLINE.format(count=len(served)), sections=("\n".join(lines),))


def _status_line(request: Request, zone: ZoneInfo) -> str:
    due = (
        messages.TASK_DUE.format(when=when(request.due_at, request.due_all_day, zone))
        if request.due_at
        else ""
    )
    text = quote(request.text, LISTED_SNIPPET)
    return messages.STATUS_LINE.format(text=text, state=_state(request), due=due)


def _state(request: Request) -> str:
    owner = mention(request.owner) if request.owner else messages.SOMEONE
    turned_down = booking_card.turned_down_by(request)
    if turned_down:  # a booking the VA turned down, not one the client withdrew (as its card says)
        return messages.STATUS_TURNED_DOWN.format(user=turned_down)
    return messages.STATUS_STATE[request.status].format(owner=owner)
