"""A deal update typed as one line (the console's `/deal N STAGE [note]`), through the same save as the modal.

The stage may be several words ("under contract"): the longest run of leading words that names a stage
of the deployment's pipeline is the stage, and the rest is the note.
"""

from __future__ import annotations

from handlers import deal_edits, deal_form, messages
from handlers.context import Context
from handlers.pipeline import configured
from handlers.reply import Reply


def update(ctx: Context, text: str) -> Reply:
    """Move deal N to a stage (with an optional note); rights are checked by deal_edits.save."""
    pipe = configured(ctx.settings)
    number, _, rest = text.strip().partition(" ")
    words = rest.split()
    for size in range(len(words), 0, -1):
        stage = pipe.normalise(" ".join(words[:size]))
        if stage is not None and number.lstrip("#").isdigit():
            note = " ".join(words[size:]) or None
            form = deal_form.read_form(f"deal:{number.lstrip('#')}", {"stage": stage, "note": note}, pipe)
            return deal_edits.save(ctx, form)  # the stage was read from the pipeline, so the form is sound
    stages = ", ".join(pipe.label(stage) for stage in pipe.ids)
    return Reply(messages.DEAL_COMMAND_USAGE.format(stages=stages))
