"""One console session: each line typed runs as the current person through Jane's own code paths.

Messages go through the Slack message listener's own turn (parse → gate → handlers, answered in the
message's thread), /phase through handlers.phases.commands, and a command standing for a button through
the same handler, or the same listener work, that the click runs. What Jane sends to other people is written
to the outbox by the real notifier, shown as "→ to @name" lines and marked sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from bot.console import edge as console_edge
from bot.console import text as console_io
from bot.console.edge import Turn, find, mentions
from bot.listeners import messages as conversation
from handlers import home
from handlers.buttons import BUTTONS
from handlers.core import duration, messages
from handlers.core.buttons import ButtonAction, Click
from handlers.core.home import Home
from handlers.core.reply import Reply
from handlers.deals import command as deal_command
from handlers.people import roster
from handlers.phases import commands as phase
from handlers.proactive import agenda_settings, review_settings
from handlers.queue import home as queue_home
from storage.models import Person
from storage.repositories import outbox, people
from storage.types import utcnow

HELP = """Type a message to Jane as the current person, or a command:
  /as NAME            become someone else          /who       everyone in the demo
  /phase [@name] [N | +duty | -duty | =duty]       as in Slack (/phase alone shows yours)
  /queue              open requests, numbered      /home      your App Home as text
  /claim N · /release N · /done N [time] [note] · /log N time [note] · /cancel N · /confirm N
  /reject N reason · (a time has its unit: 45m, 1h 15m, 1.5h; /log -15m corrects)
  /accept N · /decline N (a phase proposal) · /ask N (ask your VA about Phase N)
  /forward N (pass message N, which Jane did not understand, to your VA) · /confirmed N (an appointment)
  /unremind N (cancel a reminder; the console sends none: /home and "what reminders have I got?" list them)
  /agenda 7:30 | weekdays | every | stop (your morning agenda) · /pick N (which deal you meant)
  /book N (book what Jane offered after "… — am I free?")
  /review friday | 16:00 | stop (your weekly review)
  /deal N STAGE [note] · /deal new @client STAGE NAME (VAs: deals; /home lists them)
  /person @name client [1-3] [@va] | va | remove   (admins: people; a new person by Slack id, U…)
  /help · /quit"""
UNKNOWN_COMMAND = "I don't know {word}. Type /help to see the commands."
WHICH_NUMBER = "Which one? Give its number, e.g. {word} 3 ({where})."
NO_SUCH_NUMBER = "There's nothing numbered {number} ({where})."
MENTION_ID = re.compile(r"[UW][A-Z0-9]{2,}")  # a Slack user id, for someone the demo doesn't know yet
LONGEST_NUMBER = 11  # digits; a longer number names nothing (as a forged Slack button's value)
NO_SUCH_PERSON = "Nobody here is called {name}. Type /who to see everyone."
WHICH_PERSON = "Who? Give a name, e.g. /as tom (/who lists everyone)."
NOW_SPEAKING_AS = "You are now {name}."
TIME_FIRST = "How long did it take? Give the time spent after the number, e.g. {word} 3 45m (or 1h 15m)."


Command = Callable[["Shell", Turn, str], Reply | Home | str | None]


class Quit(Exception):
    """The person asked to leave."""


class Shell:
    def __init__(
        self, sessions: sessionmaker[Session], person_id: int, clock: Callable[[], datetime] = utcnow
    ):
        self.sessions, self.person_id = sessions, person_id
        self.services = console_edge.services(sessions, clock)  # defaults only: no Slack, no Google

    def prompt(self) -> str:
        with self.sessions() as session:
            return f"{describe(session.get_one(Person, self.person_id))}> "

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
            names = {p.user_id: p.label for p in people.everyone(session)}
            turn = console_edge.begin(self.services, session, self.person_id)
            answer = command(self, turn, rest.strip() if word.startswith("/") else line.strip())
            notify = turn.notify
            shown = [_render(answer, names)] + [_render(r, names) for r in notify.answers.values()]
        return [text for text in shown if text] + self._sent(notify.written, set(notify.answers), names)

    def _sent(self, ids: list[int], answers: set[int], names: dict[str, str]) -> list[str]:
        """Mark what Jane wrote as sent; the lines for what went to others (answers were shown already)."""
        with self.sessions.begin() as session:
            rows = outbox.rows(session, ids)
            for row in rows:
                outbox.mark_sent(session, row.id, {"ok": True, "console": True})
            shown = [row for row in rows if row.method != "views.publish" and row.id not in answers]
            return console_io.outbox_lines(shown, names)

    # --- the commands: (shell, turn, rest of the line) → a Reply, a text, or None -------------------------
    # (None when the listener's work answered through the notifier, which the shell prints.)

    def say(self, turn: Turn, text: str) -> None:
        conversation.converse(turn.unit, turn.person, turn.message(text))

    def become(self, turn: Turn, name: str) -> str:
        if not name:
            return WHICH_PERSON
        person = find(turn.unit.session, name)
        if person is None:
            return NO_SUCH_PERSON.format(name=name)
        self.person_id = person.id
        return NOW_SPEAKING_AS.format(name=describe(person))

    def who(self, turn: Turn, _rest: str) -> str:
        everyone = people.everyone(turn.unit.session)
        return "\n".join(
            f"{'*' if p.id == turn.person.id else ' '} {describe(p)} · {p.user_id}" for p in everyone
        )

    def phase(self, turn: Turn, rest: str) -> Reply | str:
        words = rest.split()
        return _nobody(turn, words[:1]) or phase.command(turn.ctx, mentions(turn.unit.session, rest))

    def deal(self, turn: Turn, rest: str) -> Reply | str:
        words = rest.split()
        named = words[1:2] if [w.lower() for w in words[:1]] == ["new"] else []
        return _nobody(turn, named) or deal_command.update(turn.ctx, mentions(turn.unit.session, rest))

    def person(self, turn: Turn, rest: str) -> Reply | str:
        """The people form, typed: `/person @name client [1-3] [@va]`, `/person @name va`, `… remove`."""
        change = _person_change(turn, rest.split())
        return roster.save(turn.ctx, change, roster.Profile()) if change else messages.PEOPLE_CONSOLE_USAGE

    def queue(self, turn: Turn, _rest: str) -> Home | str:
        ctx = turn.ctx
        built = (queue_home.queue_section(ctx), queue_home.requests_section(ctx))
        sections = tuple(section for section in built if section is not None)
        return Home("", sections) if sections else messages.STATUS_NONE_OPEN

    def home(self, turn: Turn, _rest: str) -> Home:
        return home.build(turn.ctx)

    def agenda(self, turn: Turn, rest: str) -> Reply | Home | None:
        """The morning agenda's App Home buttons; its section then shows the outcome, as the Home does."""
        refusal = _click(turn, _typed_button("/agenda", rest), rest)
        section = agenda_settings.home_section(turn.ctx)
        return refusal or (Home("", (section,)) if section else None)

    def review(self, turn: Turn, rest: str) -> Reply | Home | None:
        """The weekly review's App Home buttons: a weekday by name, a time (16:00), or stop."""
        word = rest.strip().lower()
        days = [name.lower() for name in messages.WEEKDAY_NAMES]
        named = next((str(i) for i, day in enumerate(days) if word and day.startswith(word[:3])), None)
        value = named if named is not None and len(word) >= 3 else word
        refusal = _click(turn, _typed_button("/review", value), value)
        section = review_settings.home_section(turn.ctx)
        return refusal or (Home("", (section,)) if section else None)


def _numbered(word: str, where: str, action: Callable[[Turn, int, str], Reply | None]) -> Command:
    """A command that takes a request or proposal number and, optionally, words after it."""

    def command(shell: Shell, turn: Turn, rest: str) -> Reply | str | None:
        number, _, words = rest.partition(" ")
        if not number.lstrip("#").isdecimal():  # not isdigit: int("²") fails
            return WHICH_NUMBER.format(word=word, where=where)
        if len(number.lstrip("#").lstrip("0")) > LONGEST_NUMBER:
            return NO_SUCH_NUMBER.format(word=word, number=number, where=where)
        return action(turn, int(number.lstrip("#")), words.strip())

    return command


def _person_change(turn: Turn, words: list[str]) -> roster.Change | None:
    """What `/person` asks for; None when the words don't say it (a person, then client, va or remove)."""
    if len(words) < 2:
        return None
    who, role, *rest = words
    known = find(turn.unit.session, who)
    user_id = known.user_id if known else who.lstrip("@")
    if not (known or MENTION_ID.fullmatch(user_id)) or role not in (roster.CLIENT, roster.VA, "remove"):
        return None
    phase = next((int(word) for word in rest if word in ("1", "2", "3")), None)
    va = next((find(turn.unit.session, word) for word in rest if word.startswith("@")), None)
    return roster.Change(
        user_id, role=roster.VA if role == roster.VA else roster.CLIENT, phase=phase,
        va_user_id=va.user_id if va else None, remove=role == "remove",
    )  # fmt: skip


def _nobody(turn: Turn, words: list[str]) -> str | None:
    """Slack's autocomplete offers only real people, so an @name nobody has is a typo in the console."""
    typed = re.match(r"@(\w+)", words[0]) if words else None  # as console_edge.mentions reads a name
    return (
        NO_SUCH_PERSON.format(name=typed[0]) if typed and find(turn.unit.session, typed[1]) is None else None
    )


def _click(
    turn: Turn, button: ButtonAction, value: str, note: str | None = None, minutes: int | None = None
) -> Reply | None:
    """What clicking `button` does, through its handler, as the Slack listener runs it."""
    assert button.handle is not None, "the console types form buttons as commands of their own"
    click = Click(value, note=note, key=f"action:{turn.ts}:{turn.person.user_id}", minutes=minutes)
    return button.handle(turn.ctx, click)


def _typed_button(command: str, word: str) -> ButtonAction:
    """The button a console word stands for, among those sharing a command (/agenda 7:30, weekdays, stop)."""
    sharing = [b for b in BUTTONS if b.command == command and b.handle is not None]
    return next((b for b in sharing if b.typed(word)), sharing[-1])


def _clicking(button: ButtonAction) -> Callable[[Turn, int, str], Reply | None]:
    asked = button.note_first.time if button.note_first else None

    def click(turn: Turn, number: int, words: str) -> Reply | None:
        """The words after the number are the modal's fields: the time spent first (when asked), then the
        note; a time Jane cannot read is refused as the modal refuses it."""
        if asked is None:
            return _click(turn, button, str(number), words or None)
        try:
            minutes, note = duration.leading(words, signed=asked.signed)
        except duration.UnreadableDuration as unreadable:
            return Reply(messages.TIME_UNREADABLE.format(text=unreadable))
        if minutes is None and asked.required:
            return Reply(TIME_FIRST.format(word=button.command))
        return _click(turn, button, str(number), note or None, minutes)

    return click


def _button_commands() -> dict[str, Command]:
    """A numbered command for every button whose value is a number (a request, a proposal, a phase…)."""
    return {
        button.command: _numbered(button.command, button.numbers, _clicking(button))
        for button in BUTTONS
        if button.command and button.handle is not None and button.command not in SHELL_TYPED
    }


def _render(answer: Reply | Home | str | None, names: dict[str, str]) -> str | None:
    if isinstance(answer, Reply):
        return console_io.reply_text(answer, names)
    if isinstance(answer, Home):
        return console_io.home_text(answer, names).strip()
    return answer


# Buttons the console types as commands of their own (their Slack side is a form).
SHELL_TYPED = ("/agenda", "/review", "/deal", "/deal new", "/person")
COMMANDS: dict[str, Command] = {
    "/as": Shell.become,
    "/who": Shell.who,
    "/help": lambda shell, turn, rest: HELP,
    "/phase": Shell.phase,
    "/queue": Shell.queue,
    "/home": Shell.home,
    "/agenda": Shell.agenda,
    "/review": Shell.review,
    "/deal": Shell.deal,
    "/person": Shell.person,
    **_button_commands(),
}


def describe(person: Person) -> str:
    """How the prompt names a person: "maria (client, Phase III)", "ana (VA)", "sam (admin)"."""
    roles = [f"client, Phase {messages.PHASE_ROMAN[person.client.phase]}"] if person.client else []
    roles += ["VA"] * person.is_va + ["admin"] * person.is_admin
    return f"{person.label} ({', '.join(roles) or 'nobody yet'})"
