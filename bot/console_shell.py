"""One console session: each line typed runs as the current person through Jane's own code paths.

Messages go through bot.conversation (parse → gate → handlers), /phase through handlers.phase, the VA's
commands through the same handlers the Slack buttons call. What Jane sends to other people is written
to the outbox by the real notifier, shown as "→ to @name" lines and marked sent.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, sessionmaker

from bot import console_io, conversation, gate
from bot.notify import OutboxNotifier
from bot.settings import Settings
from handlers import booking, deal_command, deals, home, messages, phase
from handlers import requests as queue
from handlers.context import Context, Thread
from handlers.reply import Reply
from integrations.local_calendar import LocalCalendar
from storage.models import OutboxMessage, Person
from storage.repositories import outbox
from storage.types import utcnow

HELP = """Type a message to Jane as the current person, or a command:
  /as NAME            become someone else          /who       everyone in the demo
  /phase [@name] [N | +duty | -duty | =duty]       as in Slack (/phase alone shows yours)
  /queue              open requests, numbered      /home      your App Home as text
  /claim N · /release N · /done N [note] · /cancel N · /confirm N · /reject N reason
  /accept N · /decline N (a phase proposal) · /ask N (ask your VA about Phase N)
  /pick N (which deal you meant) · /deal N STAGE [note] (VAs: move a deal; /home lists them)
  /help · /quit"""
UNKNOWN_COMMAND = "I don't know {word}. Type /help to see the commands."
WHICH_NUMBER = "Which one? Give its number, e.g. {word} 3 (/queue lists them)."
NO_SUCH_PERSON = "Nobody here is called {name}. Type /who to see everyone."
NOW_SPEAKING_AS = "You are now {name}."


class Quit(Exception):
    """The person asked to leave."""


class Shell:
    def __init__(
        self, sessions: sessionmaker[Session], person_id: int, clock: Callable[[], datetime] = utcnow
    ):
        self.sessions, self.person_id, self.clock = sessions, person_id, clock
        self.settings = Settings.model_construct()  # defaults only: the demo needs no Slack or Google

    def prompt(self) -> str:
        with self.sessions() as session:
            return f"{describe(session.get(Person, self.person_id))}> "

    def handle(self, line: str) -> list[str]:
        """Run one line; the lines to print (Jane's answer, then what she sent to others)."""
        word, _, rest = line.strip().partition(" ")
        if not word:
            return []
        if word.lower() in ("/quit", "/exit"):
            raise Quit
        command = COMMANDS.get(word.lower()) if word.startswith("/") else Shell.say
        if command is None:
            return [UNKNOWN_COMMAND.format(word=word)]
        with self.sessions.begin() as session:
            names = {p.user_id: p.label for p in session.scalars(select(Person))}
            notify = OutboxNotifier(session)
            ctx = Context(
                session,
                session.get(Person, self.person_id),
                self.clock(),
                notify,
                _local,
                Thread(),
                self.settings,
            )
            answer = command(self, ctx, rest.strip() if word.startswith("/") else line.strip())
            shown = _render(answer, names)
        return [text for text in (shown,) if text] + self._sent(notify.written, names)

    def _sent(self, ids: list[int], names: dict[str, str]) -> list[str]:
        with self.sessions.begin() as session:
            rows = session.scalars(
                select(OutboxMessage).where(OutboxMessage.id.in_(ids)).order_by(OutboxMessage.id)
            )
            rows = [row for row in rows if row.method != "views.publish"]
            for row in rows:
                outbox.mark_sent(session, row.id, {"ok": True, "console": True})
            return console_io.outbox_lines(rows, names)

    # --- the commands: (shell, ctx, rest of the line) → a Reply, a text, or None --------------------------

    def say(self, ctx: Context, text: str) -> Reply:
        text = conversation.clean(text)
        return (
            Reply(messages.TOO_LONG) if len(text) > conversation.MAX_TEXT else conversation.answer(ctx, text)
        )

    def become(self, ctx: Context, name: str) -> str:
        person = find(ctx.session, name)
        if person is None:
            return NO_SUCH_PERSON.format(name=name or "that")
        self.person_id = person.id
        return NOW_SPEAKING_AS.format(name=describe(person))

    def who(self, ctx: Context, _rest: str) -> str:
        everyone = ctx.session.scalars(select(Person).order_by(Person.id)).unique()
        return "\n".join(
            f"{'*' if p.id == ctx.asker.id else ' '} {describe(p)} ({p.user_id})" for p in everyone
        )

    def phase(self, ctx: Context, rest: str) -> Reply:
        # Picking a person from Slack's autocomplete sends <@U…>; typing @name here does the same.
        words = [_mention(ctx.session, w) if w.startswith("@") else w for w in rest.split()]
        return phase.command(ctx, " ".join(words))

    def queue(self, ctx: Context, _rest: str) -> home.Home | str:
        sections = tuple(s for s in (home.queue_section(ctx), home.requests_section(ctx)) if s is not None)
        return home.Home("", sections) if sections else messages.STATUS_NONE_OPEN

    def home(self, ctx: Context, _rest: str) -> home.Home:
        return home.build(ctx)


def _numbered(word: str, action: Callable[[Context, int, str], Reply | None]):
    """A command that takes a request or proposal number and, optionally, words after it."""

    def command(shell: Shell, ctx: Context, rest: str) -> Reply | str | None:
        number, _, words = rest.partition(" ")
        if not number.lstrip("#").isdigit():
            return WHICH_NUMBER.format(word=word)
        return action(ctx, int(number.lstrip("#")), words.strip())

    return command


def _render(answer: Reply | home.Home | str | None, names: dict[str, str]) -> str | None:
    if isinstance(answer, Reply):
        return console_io.reply_text(answer, names)
    if isinstance(answer, home.Home):
        return console_io.home_text(answer, names).strip()
    return answer


COMMANDS: dict[str, Callable[[Shell, Context, str], Reply | str | None]] = {
    "/as": Shell.become,
    "/who": Shell.who,
    "/help": lambda shell, ctx, rest: HELP,
    "/phase": Shell.phase,
    "/queue": Shell.queue,
    "/home": Shell.home,
    "/claim": _numbered("/claim", lambda ctx, n, _: queue.act(ctx, n, queue.CLAIM)),
    "/release": _numbered("/release", lambda ctx, n, _: queue.act(ctx, n, queue.RELEASE)),
    "/done": _numbered("/done", lambda ctx, n, note: queue.act(ctx, n, queue.DONE, note=note or None)),
    "/cancel": _numbered("/cancel", lambda ctx, n, _: queue.act(ctx, n, queue.CANCEL)),
    "/confirm": _numbered("/confirm", lambda ctx, n, _: booking.confirm(ctx, n)),
    "/reject": _numbered("/reject", lambda ctx, n, reason: booking.reject(ctx, n, reason or None)),
    "/accept": _numbered("/accept", lambda ctx, n, _: phase.decide(ctx, str(n), accept=True)),
    "/decline": _numbered("/decline", lambda ctx, n, _: phase.decide(ctx, str(n), accept=False)),
    "/ask": _numbered("/ask", lambda ctx, n, _: phase.request(ctx, str(n))),
    "/pick": _numbered(  # the gate first, as for the Slack button: phases change after a question
        "/pick", lambda ctx, n, _: gate.check(ctx.asker, deals.PICK_ASK) or deals.pick(ctx, str(n))
    ),
    "/deal": lambda shell, ctx, rest: deal_command.update(ctx, rest),
}


def describe(person: Person) -> str:
    """How the prompt names a person: "maria (client, Phase III)", "ana (VA)", "sam (admin)"."""
    roles = [f"client, Phase {messages.PHASE_ROMAN[person.client.phase]}"] if person.client else []
    roles += ["VA"] * person.is_va + ["admin"] * person.is_admin
    return f"{person.label} ({', '.join(roles) or 'nobody yet'})"


def find(session: Session, name: str) -> Person | None:
    """A person by name or Slack user id, ignoring case and a leading @."""
    wanted = name.strip().lstrip("@").lower()
    return next(
        (
            p
            for p in session.scalars(select(Person)).unique()
            if wanted in (p.user_id.lower(), (p.name or "").lower())
        ),
        None,
    )


def _mention(session: Session, word: str) -> str:
    person = find(session, word)
    return f"<@{person.user_id}>" if person else word


def _local(profile) -> LocalCalendar:
    """The demo's calendar is always the local one, in the console's own unit of work."""
    return LocalCalendar(lambda: nullcontext(object_session(profile)), profile.person_id)
