"""Who is who, in words: a client's "who is my VA?", a VA's "who are my clients?" and "what phase is Tom in?".

A VA hears only about the clients they serve, an admin about everyone, as `/phase` shows them.
Slots (README.md, `jane parse`): `client` (the words naming one client), `ask: "phase"` or `"requests"`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import mention, quote
from handlers.core.reply import Reply
from handlers.core.yes_no import led
from handlers.phases import duties
from handlers.phases.commands import client_line
from handlers.phases.gate import role_name
from storage.models import ClientProfile, Person
from storage.repositories import people
from storage.repositories import requests as repo

_WORD = re.compile(r"\w+")


def va(ctx: Context, ask: Ask) -> Reply:
    """A client's VA, by name; anyone else hears why they have none."""
    if ctx.client is None:
        return Reply(say.WORDS_VA_WHO_NOT_CLIENT.format(role=role_name(ctx.asker)))
    named = str((ask.slots or {}).get("va") or "").strip()  # "is ben my VA?"
    if ctx.client.va is None:
        return Reply(led(False, say.WORDS_VA_WHO_NONE) if named else say.WORDS_VA_WHO_NONE)
    if not named:
        return Reply(say.PHASE_YOUR_VA.format(va=mention(ctx.client.va)))
    if _is_called(ctx.client.va, named):
        return Reply(led(True, say.WORDS_VA_IS.format(va=mention(ctx.client.va))))
    return Reply(led(False, say.PHASE_YOUR_VA.format(va=mention(ctx.client.va))))


Queue = Callable[[Context, Person], Reply]  # one client's open requests, as the queue lists them


def client(ctx: Context, ask: Ask, *, queue: Queue | None = None) -> Reply:
    """One client's phase, VA, duties and open requests ("what's tom waiting on?": those requests, listed by
    `queue`), or the list of the asker's clients."""
    if not (ctx.asker.is_va or ctx.asker.is_admin):
        return Reply(say.WORDS_NO_CLIENTS_TO_ASK)
    va_words = str((ask.slots or {}).get("va") or "").strip()
    mine_asked = va_words == "me"  # "is tom one of my clients?": whether the asker looks after them
    va_words = ctx.asker.user_id if mine_asked else va_words
    name = str((ask.slots or {}).get("client") or "").strip()
    if va_words and not name:
        return _clients_of_a_va(ctx, va_words)
    if not name:
        return _listing(ctx, people.clients(ctx.session, None if ctx.asker.is_admin else ctx.asker))
    found = named_client(ctx, name)
    if isinstance(found, Reply):
        return replace(found, text=led(False, found.text)) if mine_asked else found
    if (ask.slots or {}).get("ask") == "requests" and queue is not None:
        return queue(ctx, found.person)
    if va_words:  # "is ben tom's VA?"
        return _whether_their_va(found, va_words)
    if isinstance(phase := (ask.slots or {}).get("phase"), int):  # "is tom on phase 1?"
        reply = _one(ctx, found)
        return replace(reply, text=led(found.phase == phase, reply.text))
    return _one(ctx, found)


def _whether_their_va(profile: ClientProfile, words: str) -> Reply:
    """Yes when the VA named looks after the client, else No with who does."""
    client, topics = mention(profile.person), {"topics": {"client": {"name": profile.person.label}}}
    if profile.va is None:
        return Reply(led(False, say.WORDS_CLIENT_VA_NONE.format(client=client)), extras=topics)
    va = mention(profile.va)
    if _is_called(profile.va, words):
        return Reply(led(True, say.WORDS_CLIENT_VA_IS.format(va=va, client=client)), extras=topics)
    return Reply(led(False, say.WORDS_CLIENT_VA_OTHER.format(client=client, va=va)), extras=topics)


def _clients_of_a_va(ctx: Context, words: str) -> Reply:
    """ "which clients is ben looking after?": an admin hears any VA's clients; a VA only their own."""
    fitting = [va for va in people.vas(ctx.session) if _is_called(va, words)]
    if not fitting:
        return Reply(say.WORDS_NO_VA_NAMED.format(name=quote(words)))
    if len(fitting) > 1:
        names = ", ".join(mention(va) for va in fitting)
        return Reply(say.WORDS_VA_WHICH.format(name=quote(words), names=names))
    va = fitting[0]
    if not ctx.asker.is_admin and va.id != ctx.asker.id:
        return Reply(say.WORDS_OTHER_VAS_CLIENTS)
    served = people.clients(ctx.session, va)
    if not served:
        return Reply(say.WORDS_VA_NO_CLIENTS.format(va=mention(va)))
    lines = "\n".join(client_line(p, False) for p in served)
    topics = {"client": {"name": served[0].person.label}} if len(served) == 1 else None
    reply = Reply(say.WORDS_VA_CLIENTS.format(va=mention(va)), sections=(lines,))
    return replace(reply, extras={"topics": topics}) if topics else reply


def named_client(ctx: Context, name: str) -> ClientProfile | Reply:
    """The one client of the asker's (everyone's, for an admin) those words name, or the reply saying why
    not: none of theirs, no one by that name, or several."""
    served = people.clients(ctx.session, None if ctx.asker.is_admin else ctx.asker)
    whose = say.WORDS_QUEUE_EVERYONE if ctx.asker.is_admin else say.WORDS_QUEUE_YOURS
    # "whats toms phase": a possessive typed without its apostrophe names the client too
    fitting = [p for p in served if _called(p, name)] or [
        p for p in served if name.lower().endswith("s") and _called(p, name[:-1])
    ]
    if not fitting and not ctx.asker.is_admin:  # whoever it is, a VA hears only that it is not theirs
        return Reply(say.NOT_YOUR_CLIENT.format(name=quote(name)))
    if not fitting:
        return Reply(say.WORDS_NO_CLIENT_NAMED.format(whose=whose, name=quote(name)))
    if len(fitting) > 1:
        lines = "\n".join(client_line(p, ctx.asker.is_admin) for p in fitting)
        return Reply(say.WORDS_CLIENT_WHICH.format(whose=whose, name=quote(name)), sections=(lines,))
    return fitting[0]


def _listing(ctx: Context, served: Sequence[ClientProfile]) -> Reply:
    if not served:
        return Reply(say.PHASE_NO_CLIENTS)
    title = say.PHASE_CLIENTS_ALL if ctx.asker.is_admin else say.PHASE_CLIENTS
    lines = "\n".join(client_line(p, ctx.asker.is_admin) for p in served)
    topics = {"client": {"name": served[0].person.label}} if len(served) == 1 else None
    return Reply(title, sections=(lines,), extras={"topics": topics} if topics else {})


def _one(ctx: Context, profile: ClientProfile) -> Reply:
    va = say.WORDS_CLIENT_VA.format(va=mention(profile.va)) if profile.va else say.WORDS_CLIENT_NO_VA
    phase_name = duties.PHASE_NAMES.get(profile.phase, f"Phase {profile.phase}")
    text = say.WORDS_CLIENT.format(client=mention(profile.person), phase_name=phase_name, va=va)
    granted = [duties.duty(d).label for d in duties.granted_duties(profile.phase, profile.override_map)]
    sections = [say.WORDS_CLIENT_DUTIES.format(labels=", ".join(granted))] if granted else []
    open_ = repo.open_requests(ctx.session, profile.person)
    sections.append(say.WORDS_CLIENT_OPEN.format(count=len(open_)))
    topics = {"client": {"name": profile.person.label}}
    return Reply(text, sections=tuple(sections), extras={"topics": topics})


def _called(profile: ClientProfile, name: str) -> bool:
    """Whether the words are this client's name, a part of it ("Tom" for Tom Baker) or their user id."""
    return _is_called(profile.person, name)


def _is_called(person: Person, name: str) -> bool:
    if name.lstrip("@").upper() == person.user_id:
        return True
    wanted = _WORD.findall(name.lower())
    known = _WORD.findall((person.name or "").lower())
    return bool(wanted) and all(word in known for word in wanted)
