"""A deal typed as one line (the console's `/deal`), through the same save as the modal.

`N STAGE [note]` moves deal N (the App Home's Update); `new @client STAGE NAME` adds a deal (New deal).
The stage may be several words ("under contract"): the longest run of leading words that names a stage
of the deployment's pipeline is the stage, and the rest is the note or the name.
"""

from __future__ import annotations

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.mrkdwn import MENTION
from handlers.core.reply import Reply, record_id
from handlers.deals import edits as deal_edits
from handlers.deals import form as deal_form
from handlers.deals.stages import Pipeline, configured
from storage.repositories import people

NEW = "new"


def update(ctx: Context, text: str) -> Reply:
    """Move or add a deal; rights are checked by deal_edits.save, as for the modal."""
    pipe = configured(ctx.settings)
    target, _, rest = text.strip().partition(" ")
    if target.lower() == NEW:
        who, _, rest = rest.strip().partition(" ")
        picked, field = _client(ctx, who), "name"
    else:
        deal_id = record_id(target.lstrip("#"))
        picked, field = (f"deal:{deal_id}" if deal_id is not None else None), "note"
    stage, words = _stage(pipe, rest.split())
    form = deal_form.read_form(picked, {"stage": stage, field: words}, pipe) if picked and stage else None
    if form is None or form.errors:  # a new deal's name missing, or the line not read at all
        stages = ", ".join(pipe.label(stage) for stage in pipe.ids)
        return Reply(messages.DEAL_COMMAND_USAGE.format(stages=stages))
    return deal_edits.save(ctx, form)


def _client(ctx: Context, who: str) -> str | None:
    """`client:ID` for a mention; an unknown person is id 0, which the save refuses like a stranger's."""
    mention = MENTION.fullmatch(who)
    if mention is None:
        return None
    person = people.find(ctx.session, mention[1], ctx.asker.team_id)
    return f"client:{person.id if person else 0}"


def _stage(pipe: Pipeline, words: list[str]) -> tuple[str | None, str | None]:
    """The stage named by the longest run of leading words, and the words after it (None if none)."""
    for size in range(len(words), 0, -1):
        stage = pipe.normalise(" ".join(words[:size]))
        if stage is not None:
            return stage, " ".join(words[size:]) or None
    return None, None
