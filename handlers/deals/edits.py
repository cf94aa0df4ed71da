"""Deals, the VA's side: create or update a deal for a client one serves, and tell the client.

Rights are checked here on every save, whatever the modal offered: a VA for their own clients only, an
admin for every client. A stage change reaches a client who holds sales tracking once, with the note.
"""

from __future__ import annotations

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.mrkdwn import escape
from handlers.core.reply import Reply
from handlers.deals.form import DealForm
from handlers.deals.stages import Pipeline, configured
from handlers.deals.text import change_text, deal_name
from handlers.phases import duties
from storage.models import Deal, DealChange, Person
from storage.repositories import deals as repo
from storage.repositories import people


def save(ctx: Context, form: DealForm) -> Reply:
    """Create or update the deal (a form with errors is never saved); what to tell the VA."""
    if form.errors:
        raise ValueError(f"a deal form with errors cannot be saved: {sorted(form.errors)}")
    if form.deal_id is not None:
        deal = repo.served_by(ctx.session, ctx.asker, form.deal_id)
        return _update(ctx, deal, form) if deal else Reply(messages.DEAL_NOT_YOURS)
    client = people.get(ctx.session, form.client_id or 0)
    if client is None or client.client is None or not people.serves(ctx.asker, client.client):
        return Reply(messages.DEAL_NOT_YOURS)
    return _create(ctx, client, form)


def _create(ctx: Context, client: Person, form: DealForm) -> Reply:
    pipe = configured(ctx.settings)
    assert form.name is not None and form.stage is not None, "a new deal's form has a name and a stage"
    deal = repo.add(
        ctx.session, client, form.name, form.stage, next_step=form.next_step, close_date=form.close_date,
        amount=form.amount, by=ctx.asker, now=ctx.now,
    )  # fmt: skip
    repo.record_opened(ctx.session, deal, by=ctx.asker, note=form.note, now=ctx.now)
    _refresh_homes(ctx, client)
    stage = pipe.label(deal.stage)
    return Reply(messages.DEAL_SAVED_NEW.format(name=deal_name(deal), client=client.user_id, stage=stage))


def _update(ctx: Context, deal: Deal, form: DealForm) -> Reply:
    pipe, client = configured(ctx.settings), people.get(ctx.session, deal.client_id)
    assert client is not None, "a deal's client row outlives it (the foreign key cascades)"
    given = {"name": form.name, "stage": form.stage, "next_step": form.next_step,
             "close_date": form.close_date, "amount": form.amount}  # fmt: skip
    changes = {name: value for name, value in given.items() if value is not None}
    written = repo.update(ctx.session, deal, by=ctx.asker, note=form.note, now=ctx.now, **changes)
    if not written and form.note:
        written = [repo.record_note(ctx.session, deal, form.note, by=ctx.asker, now=ctx.now)]
    if not written:
        return Reply(messages.DEAL_UNCHANGED.format(name=deal_name(deal)))
    _refresh_homes(ctx, client)
    said = "; ".join(change_text(change, pipe, ctx.zone) for change in written)
    reply = messages.DEAL_SAVED.format(name=deal_name(deal), client=client.user_id, changes=said)
    stage_change = next((change for change in written if change.field == "stage"), None)
    if stage_change is not None and tell_client(ctx, deal, client, stage_change, pipe):
        return Reply(reply, sections=(messages.DEAL_TOLD_CLIENT.format(client=client.user_id),))
    return Reply(reply)


def tell_client(ctx: Context, deal: Deal, client: Person, change: DealChange, pipe: Pipeline) -> bool:
    """Post a stage change to the client (only if they hold sales tracking); the change id makes it once."""
    profile = client.client
    if profile is None or not duties.is_granted("sales_tracking", profile.phase, profile.override_map):
        return False
    text = messages.DEAL_CLIENT_STAGE.format(
        name=deal_name(deal), old=pipe.label(change.from_value or ""), new=pipe.label(change.to_value or "")
    )
    who = f"<@{ctx.asker.user_id}>"
    sections = (messages.DEAL_CLIENT_NOTE.format(who=who, note=escape(change.note)),) if change.note else ()
    ctx.notify.tell(client, Reply(text, sections=sections), key=f"deal-change:{change.id}")
    return True


def _refresh_homes(ctx: Context, client: Person) -> None:
    """The actor's, the client's VA's and the client's App Home all show this deal."""
    va = client.client.va if client.client else None
    for person in {p.id: p for p in (ctx.asker, va, client) if p is not None}.values():
        ctx.notify.refresh_home(person)
