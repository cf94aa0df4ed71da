"""Pipeline questions: how many deals are open, what's in a stage, what closes or closed when.

"Closing this month" asks about open deals' expected close dates; "closed last month" (or "went under
contract this week") asks about stage changes in the window. A stage word may name several stages
("negotiation").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from handlers.core import messages
from handlers.core.context import Ask, Context
from handlers.core.naming import names
from handlers.core.reply import Reply
from handlers.core.timefmt import short_day
from handlers.core.topics import with_topics
from handlers.deals.stages import Pipeline
from handlers.deals.text import deal_name, details, money, plural
from storage.models import Deal
from storage.repositories import deals as repo

CLOSING_WORDS = frozenset({"closing", "close", "closes", "closing soon"})
Window = tuple[datetime, datetime]
MAX_NAMED = 10  # the deals of a list kept to choose from by name


def answer(ctx: Context, ask: Ask, pipe: Pipeline) -> Reply:
    """The deals asked about; asked yes or no ("are any of my deals under contract?"), Yes first when there
    are some (the answers that find none already begin "No" or "None")."""
    reply = _answer(ctx, ask, pipe)
    asked_yes_no = (ask.slots or {}).get("question") == "yes_no"
    if asked_yes_no and not reply.text.startswith("No"):
        return replace(reply, text=messages.PIPELINE_YES.format(text=reply.text))
    return reply


def _answer(ctx: Context, ask: Ask, pipe: Pipeline) -> Reply:
    slots: Mapping[str, Any] = ask.slots or {}
    words = " ".join(str(slots.get("stage") or "").lower().split())
    window = _window(slots)
    stages = pipe.named(words) if words else ()
    if slots.get("order") == "close":
        among = slots.get("among")
        return _close_order(ctx, pipe, stages, among if isinstance(among, list) else ())
    if window is not None and slots.get("moved") and (not words or stages):
        return _moved(ctx, pipe, stages, window)  # "did any of my deals move this week?"
    if window is not None and (not words or words in CLOSING_WORDS):
        return _closing(ctx, pipe, window)
    if words and not stages and words not in CLOSING_WORDS:
        names = ", ".join(pipe.label(stage) for stage in pipe.ids)
        return Reply(messages.PIPELINE_UNKNOWN_STAGE.format(words=words, stages=names))
    if window is not None:
        return _moved(ctx, pipe, stages, window)
    if stages and stages != pipe.open_ids:
        return _in_stages(ctx, pipe, stages)
    return _summary(ctx, pipe)


def _summary(ctx: Context, pipe: Pipeline) -> Reply:
    """Open deals by stage, in pipeline order: "• *Offer* (2): Baker duplex ($534,000), …"."""
    open_deals = repo.open_for_client(ctx.session, ctx.asker, pipe.closed_ids)
    if not open_deals:
        return Reply(messages.DEAL_NONE_OPEN)
    by_stage: dict[str, list[Deal]] = {}
    for deal in open_deals:
        by_stage.setdefault(deal.stage, []).append(deal)
    order = [s for s in pipe.ids if s in by_stage] + [s for s in by_stage if s not in pipe.ids]
    lines = [
        messages.PIPELINE_STAGE_LINE.format(
            stage=pipe.label(stage), count=len(by_stage[stage]), deals=", ".join(map(_short, by_stage[stage]))
        )
        for stage in order
    ]
    amounts = [deal.amount for deal in open_deals if deal.amount is not None]
    total = messages.PIPELINE_TOTAL.format(amount=money(sum(amounts, Decimal(0)))) if amounts else ""
    count = len(open_deals)
    headline = messages.PIPELINE_SUMMARY.format(count=count, s=plural(count), total=total)
    return _naming(Reply(headline, sections=("\n".join(lines),)), open_deals)


def _close_order(ctx: Context, pipe: Pipeline, stages: Sequence[str], among: Sequence[str] = ()) -> Reply:
    """ "Which one closes first?": open deals by expected close date; those without one are named last.
    "Which closes first, oak or baker?" compares the deals those words name (all, when they name none)."""
    found = repo.for_client(ctx.session, ctx.asker, stages=stages or pipe.open_ids)
    named = [deal for deal in found if any(names(str(words), deal.name) for words in among)]
    found = named if len(named) > 1 else found
    if not found:
        return Reply(messages.DEAL_NONE_OPEN)
    dated = sorted((d for d in found if d.close_date is not None), key=lambda d: (d.close_date, d.id))
    undated = ", ".join(f"*{d.name}*" for d in found if d.close_date is None)
    if not dated:
        return Reply(messages.PIPELINE_NO_CLOSE_DATES.format(names=undated))
    first = dated[0]
    assert first.close_date is not None
    headline = messages.PIPELINE_FIRST_TO_CLOSE.format(
        name=first.name, day=short_day(first.close_date, ctx.zone)
    )
    lines = "\n".join(
        messages.PIPELINE_DEAL_LINE.format(name=d.name, details=details(d, pipe, ctx.zone)) for d in dated
    )
    sections = [messages.PIPELINE_CLOSE_ORDER.format(lines=lines)] if len(dated) > 1 else []
    if undated:
        sections.append(messages.PIPELINE_NO_CLOSE_DATE.format(names=undated))
    # "when does it close?" after "which one closes first?" is about the first
    return with_topics(Reply(headline, sections=tuple(sections)), deal={"name": first.name})


def _in_stages(ctx: Context, pipe: Pipeline, stages: Sequence[str]) -> Reply:
    found = repo.for_client(ctx.session, ctx.asker, stages=stages)
    named = _stage_names(pipe, stages)
    if not found:
        return Reply(messages.PIPELINE_IN_STAGES_NONE.format(stages=named))
    headline = messages.PIPELINE_IN_STAGES.format(count=len(found), s=plural(len(found)), stages=named)
    return _listed(ctx, pipe, headline, found)


def _closing(ctx: Context, pipe: Pipeline, window: Window) -> Reply:
    """Open deals expected to close in the window (a closed deal has closed, whatever its date said)."""
    days = _days(window, ctx.zone)
    found = repo.for_client(ctx.session, ctx.asker, excluded=pipe.closed_ids, closing=days)
    said = _window_words(days, ctx.zone)
    if not found:
        return Reply(messages.PIPELINE_CLOSING_NONE.format(window=said))
    headline = messages.PIPELINE_CLOSING.format(count=len(found), s=plural(len(found)), window=said)
    return _listed(ctx, pipe, headline, found)


def _moved(ctx: Context, pipe: Pipeline, stages: Sequence[str], window: Window) -> Reply:
    """Deals whose stage changed, in the window, to one of `stages` (all closed stages for "closed")."""
    any_stage = not stages  # "did any of my deals move this week?": to whatever stage
    stages = stages or pipe.ids
    found = repo.for_client(ctx.session, ctx.asker, stages=stages, stage_changed=window)
    said = _window_words(_days(window, ctx.zone), ctx.zone)
    named = _stage_names(pipe, stages)
    closed = set(stages) <= set(pipe.closed_ids)
    if not found:
        template = messages.PIPELINE_CLOSED_NONE if closed else messages.PIPELINE_MOVED_NONE
        template = messages.PIPELINE_MOVED_ANY_NONE if any_stage else template
        return Reply(template.format(stages=named, window=said))
    template = messages.PIPELINE_CLOSED if closed else messages.PIPELINE_MOVED
    template = messages.PIPELINE_MOVED_ANY if any_stage else template
    headline = template.format(count=len(found), s=plural(len(found)), stages=named, window=said)
    return _listed(ctx, pipe, headline, found)


def _listed(ctx: Context, pipe: Pipeline, headline: str, found: Sequence[Deal]) -> Reply:
    lines = [
        messages.PIPELINE_DEAL_LINE.format(name=deal_name(d), details=details(d, pipe, ctx.zone))
        for d in found
    ]
    return _naming(Reply(headline, sections=("\n".join(lines),)), found)


def _naming(reply: Reply, listed: Sequence[Deal]) -> Reply:
    """A list of one deal makes it the one talked about ("what's the next step on it?"); a longer one, the
    deals to choose from ("the Oak Ave one"), so that "it" is asked back rather than guessed."""
    if len(listed) == 1:
        return with_topics(reply, deal={"name": listed[0].name})
    return with_topics(reply, deals={"names": [deal.name for deal in listed[:MAX_NAMED]]})


def _short(deal: Deal) -> str:
    return f"{deal_name(deal)} ({money(deal.amount)})" if deal.amount is not None else deal_name(deal)


def _stage_names(pipe: Pipeline, stages: Sequence[str]) -> str:
    return messages.PIPELINE_OR.join(f"*{pipe.label(stage)}*" for stage in stages)


def _window(slots: Mapping[str, Any]) -> Window | None:
    try:
        start, end = (_moment(slots.get(name)) for name in ("start", "end"))
    except (TypeError, ValueError):
        return None  # no window, or one the parser could not pin down: answer without it
    return (start, end) if start < end else None


def _moment(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError("a window needs aware moments")
    return moment


def _days(window: Window, zone: ZoneInfo) -> tuple[date, date]:
    """The window as local dates, half-open: an end at local midnight does not include that day."""
    start, end = (moment.astimezone(zone) for moment in window)
    last = end.date() if end.time() == time(0) else end.date() + timedelta(days=1)
    return start.date(), last


def _window_words(days: tuple[date, date], zone: ZoneInfo) -> str:
    first, last = days[0], days[1] - timedelta(days=1)
    if first >= last:
        return messages.PIPELINE_WINDOW_DAY.format(day=short_day(first, zone))
    return messages.PIPELINE_WINDOW.format(first=short_day(first, zone), last=short_day(last, zone))
