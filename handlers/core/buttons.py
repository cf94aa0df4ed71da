"""A capability's buttons as one table: what a click does, and the console command that stands for it.

Each capability lists its buttons in `handlers/<capability>/buttons.py` and handlers/buttons.py collects
the tables. Slack's listeners (bot/listeners/buttons.py) register every entry and the console
(bot/console/shell.py) offers each as a command, so a click runs through the same handler either way:
a new button is one entry here plus its handler.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from handlers.core.context import Context, Thread
from handlers.core.reply import Reply, record_id


@dataclass(frozen=True)
class Click:
    """One click: the button's value, the note it asked for first (if any), and where it was clicked."""

    value: str
    note: str | None = None
    card: Thread = field(default_factory=Thread)  # the message carrying the button, to redraw in place
    key: str = ""  # unique to this click: what it causes is written to the outbox once under it
    minutes: int | None = None  # the time spent it asked for first (if any), already read


@dataclass(frozen=True)
class TimeAsked:
    """A time-spent field beside the note ("45m", "1h 15m"): read with handlers/core/duration.py, and a
    value it cannot read is refused before anything happens (an inline error in Slack's modal)."""

    label: str
    hint: str
    required: bool
    signed: bool = False  # a correction may take time off


@dataclass(frozen=True)
class NoteFirst:
    """A button that asks for a note before it acts on a request: a modal in Slack, the words after the
    request's number in the console. The clicker's right to `verb` the request is checked before asking."""

    verb: str
    title: str
    submit: str
    label: str
    hint: str
    required: bool
    time: TimeAsked | None = None


ClickHandler = Callable[[Context, Click], Reply | None]  # the answer to the clicker, or None


@dataclass(frozen=True)
class ButtonAction:
    """One kind of button: its action id, what a click does, and how the console types it.

    `handle` is None for a button that opens a form in Slack (its listener builds the modal) and has a
    typed console command instead. `command` is None for a button the console never shows.
    """

    action: str
    command: str | None
    handle: ClickHandler | None
    note_first: NoteFirst | None = None
    typed: Callable[[str], bool] = str.isdecimal  # the console words it takes (several share /agenda)
    numbers: str = "/queue lists them"  # where the console shows the numbers this command takes


def base_action(action_id: str) -> str:
    """The action a rendered action_id stands for: ids must be unique in a message, so repeats get "#n"."""
    return action_id.partition("#")[0]


def on_record(act: Callable[[Context, int, str | None], Reply | None], gone: str) -> ClickHandler:
    """A handler for a button whose value is a record id: `gone` answers a value that cannot be one."""

    def handle(ctx: Context, click: Click) -> Reply | None:
        record = record_id(click.value)
        return Reply(gone, ephemeral=True) if record is None else act(ctx, record, click.note)

    return handle
