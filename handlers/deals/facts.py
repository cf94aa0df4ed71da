"""One fact about one deal, answered as asked: "when does it close?", "who's handling it?", "is it under
contract yet?" (the parser's `ask`, and `question: "yes_no"` with `stage`). Other questions about a deal
get its whole status (status.describe)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.mrkdwn import mention
from handlers.core.reply import Reply
from handlers.core.timefmt import day_window, short_day
from handlers.core.topics import with_topics
from handlers.core.yes_no import led
from handlers.deals.stages import Pipeline
from handlers.deals.text import history_line, is_closed, mention_or_someone, money, since
from storage.models import Deal
from storage.repositories import deals as repo

WON_WORDS = ("won", "sold")  # what a pipeline's winning closed stages are called


def answer(ctx: Context, deal: Deal, pipe: Pipeline, slots: Mapping[str, Any]) -> Reply | None:
    """The one thing asked about the deal, or None when the question is about the deal as a whole."""
    if slots.get("question") == "yes_no" and slots.get("stage"):
        return _reached(ctx, deal, pipe, str(slots["stage"]))
    asked = str(slots.get("ask") or "")
    if (
        asked == "amount"
        and slots.get("compare") in ("over", "under")
        and isinstance(slots.get("figure"), int)
    ):
        return Reply(_compared(deal, str(slots["compare"]), int(slots["figure"])))
    fact = FACTS.get(asked)
    if fact is None:
        return None
    reply = Reply(fact(ctx, deal, pipe))
    if asked == "close" and deal.close_date is not None and not is_closed(deal, pipe):
        # "put the closing on my calendar for that day": the close date is the day talked about
        start, end = day_window(deal.close_date, ctx.zone)
        return with_topics(reply, window={"start": start.isoformat(), "end": end.isoformat()})
    return reply


def _close(ctx: Context, deal: Deal, pipe: Pipeline) -> str:
    if is_closed(deal, pipe):
        return messages.DEAL_FACT_CLOSED.format(
            name=deal.name, stage=pipe.label(deal.stage), day=_changed(ctx, deal)
        )
    if deal.close_date is None:
        return messages.DEAL_FACT_NO_CLOSE.format(name=deal.name, stage=pipe.label(deal.stage))
    ahead = (deal.close_date - ctx.local_now.date()).days
    days = messages.DEAL_FACT_IN_DAYS.format(count=ahead, s="" if ahead == 1 else "s") if ahead > 0 else ""
    return messages.DEAL_FACT_CLOSES.format(
        name=deal.name, day=short_day(deal.close_date, ctx.zone), days=days
    )


def _next_step(ctx: Context, deal: Deal, pipe: Pipeline) -> str:
    if is_closed(deal, pipe):
        return messages.DEAL_FACT_CLOSED_NO_STEP.format(name=deal.name, stage=pipe.label(deal.stage))
    if not deal.next_step:
        return messages.DEAL_FACT_NO_STEP.format(name=deal.name, stage=pipe.label(deal.stage))
    return messages.DEAL_FACT_STEP.format(name=deal.name, stage=pipe.label(deal.stage), text=deal.next_step)


def _owner(ctx: Context, deal: Deal, pipe: Pipeline) -> str:
    """Deals are kept up to date by the client's VA; the last update says who touched it last."""
    va = ctx.client.va if ctx.client else None
    who = (
        messages.DEAL_FACT_OWNER.format(va=mention(va), name=deal.name)
        if va
        else messages.DEAL_FACT_NO_OWNER.format(name=deal.name)
    )
    return f"{who} {_last_update(ctx, deal)}"


def _amount(ctx: Context, deal: Deal, pipe: Pipeline) -> str:
    if deal.amount is None:
        return messages.DEAL_FACT_NO_AMOUNT.format(name=deal.name)
    return messages.DEAL_FACT_AMOUNT.format(name=deal.name, amount=money(deal.amount))


def _compared(deal: Deal, side: str, figure: int) -> str:
    """ "is it over 500k?": Yes or No the way round it was asked, with the amount itself."""
    if deal.amount is None:
        return messages.DEAL_FACT_NO_AMOUNT.format(name=deal.name)
    amount = money(deal.amount)
    if deal.amount == figure:
        return led(False, messages.DEAL_AMOUNT_EXACTLY.format(name=deal.name, amount=amount))
    really = "over" if deal.amount > figure else "under"
    said = messages.DEAL_AMOUNT_COMPARED.format(
        name=deal.name, amount=amount, side=really, figure=money(str(figure))
    )
    return led(really == side, said)


def _updated(ctx: Context, deal: Deal, pipe: Pipeline) -> str:
    latest = repo.recent_history(ctx.session, deal, 1)
    change = messages.DEAL_FACT_LATEST.format(line=history_line(latest[0], pipe, ctx.zone)) if latest else ""
    return messages.DEAL_FACT_UPDATED.format(name=deal.name, update=_last_update(ctx, deal)) + change


def _age(ctx: Context, deal: Deal, pipe: Pipeline) -> str:
    return messages.DEAL_FACT_AGE.format(
        name=deal.name, stage=pipe.label(deal.stage), how_long=since(deal.stage_changed_at, ctx.now),
        day=_changed(ctx, deal),
    )  # fmt: skip


def _stage(ctx: Context, deal: Deal, pipe: Pipeline) -> str:
    return messages.DEAL_HEADLINE.format(
        name=deal.name, stage=pipe.label(deal.stage), how_long=since(deal.stage_changed_at, ctx.now)
    )


FACTS: Mapping[str, Callable[[Context, Deal, Pipeline], str]] = {
    "close": _close,
    "next_step": _next_step,
    "owner": _owner,
    "amount": _amount,
    "updated": _updated,
    "age": _age,
    "stage": _stage,
}


def _reached(ctx: Context, deal: Deal, pipe: Pipeline, words: str) -> Reply:
    """ "Is it under contract yet?": Yes (there, or past it), Not yet (still before it), or No (closed)."""
    wanted = pipe.named(words)
    if not wanted:
        names = ", ".join(pipe.label(stage) for stage in pipe.ids)
        return Reply(messages.PIPELINE_UNKNOWN_STAGE.format(words=words, stages=names))
    stage, day = pipe.label(deal.stage), _changed(ctx, deal)
    if deal.stage in wanted:
        return Reply(messages.DEAL_YES_THERE.format(name=deal.name, stage=stage, day=day))
    if _past(deal, wanted, pipe):
        return Reply(messages.DEAL_YES_PAST.format(name=deal.name, stage=stage, day=day))
    if is_closed(deal, pipe):
        return Reply(messages.DEAL_NO_CLOSED.format(name=deal.name, stage=stage, day=day))
    how_long = since(deal.stage_changed_at, ctx.now)
    return Reply(messages.DEAL_NOT_YET.format(name=deal.name, stage=stage, how_long=how_long))


def _past(deal: Deal, wanted: tuple[str, ...], pipe: Pipeline) -> bool:
    """Whether the deal has gone beyond every stage asked about: later in the pipeline while open, or won."""
    if deal.stage not in pipe.ids or not set(wanted) <= set(pipe.open_ids):
        return False
    if is_closed(deal, pipe):
        return deal.stage in {stage for word in WON_WORDS for stage in pipe.named(word)}
    return pipe.ids.index(deal.stage) > max(pipe.ids.index(stage) for stage in wanted)


def _changed(ctx: Context, deal: Deal) -> str:
    return short_day(deal.stage_changed_at.astimezone(ctx.zone).date(), ctx.zone)


def _last_update(ctx: Context, deal: Deal) -> str:
    ago = since(deal.updated_at, ctx.now)
    if deal.updated_by is None:
        return messages.DEAL_LAST_UPDATE_NOBODY.format(ago=ago)
    return messages.DEAL_LAST_UPDATE.format(ago=ago, who=mention_or_someone(deal.updated_by))
