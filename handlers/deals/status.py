"""Deals, the client's side: where one deal stands, and the pipeline at a glance.

Every read is scoped to the asker in the repository, so a client only ever sees their own deals.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol

from handlers.core import conversation as state
from handlers.core import messages
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape, quote
from handlers.core.reply import Button, Reply, record_id
from handlers.core.topics import with_topics
from handlers.deals import clues, facts
from handlers.deals import pipeline as deal_pipeline
from handlers.deals.stages import Pipeline, configured
from handlers.deals.text import deal_name, details, history_line, is_closed, mention_or_someone, since
from storage.models import Deal
from storage.repositories import deals as repo

PICK = "deal.pick"  # a button naming one of several deals that fit (value: the deal id)
PICK_ASK = Ask(text="", intent="deal.status", duty="sales_tracking")  # what a pick asks, for the gate
HISTORY_SHOWN = 3
MAX_CHOICES = 5
ASKED = ("ask", "stage", "question")  # the slots of a question about one deal, kept while Jane asks which


class DealMatch(Protocol):
    @property
    def match(self) -> str | None:
        """The one name that fits, clearly ahead of the rest."""

    @property
    def candidates(self) -> Sequence[str]:
        """The names that fit about equally well (a tie to ask back)."""


Matcher = Callable[[str, Sequence[str]], DealMatch]


def status(ctx: Context, ask: Ask, *, match: Matcher) -> Reply:
    """Where the deal the client names stands; a tie is asked back with buttons, a miss lists open deals."""
    pipe = configured(ctx.settings)
    words = str((ask.slots or {}).get("deal") or "").strip()
    deals = repo.for_client(ctx.session, ctx.asker)
    if not deals:
        return Reply(messages.DEAL_NO_DEALS)
    other_than = (ask.slots or {}).get("other_than")  # "and the other Jones one?": not the one talked about
    deals = [deal for deal in deals if deal.name != other_than] or deals
    if not words:
        return _open_list(ctx, pipe, messages.DEAL_WHICH_ONE)
    noun = str((ask.slots or {}).get("noun") or "")
    if noun and match(noun, [deal.name for deal in deals]).match:
        words = noun  # "back to the listing": the deal called a listing, not the one talked about since
    found = match(words, [deal.name for deal in deals])
    chosen = [deal for deal in deals if found.match is not None and deal.name == found.match]
    if len(chosen) == 1:
        deal = chosen[0]
        return about(deal, facts.answer(ctx, deal, pipe, ask.slots or {}) or describe(ctx, deal, pipe))
    tied = chosen or [deal for deal in deals if deal.name in set(found.candidates)]
    # "the one with the walkthrough", "the 365k one", an event's title: a clue other than the name settles it
    clued = clues.by_clue(words, tied or deals) if len(tied) != 1 else None
    if clued is not None:
        return about(clued, facts.answer(ctx, clued, pipe, ask.slots or {}) or describe(ctx, clued, pipe))
    if len(tied) == 1:  # the only deal that comes close is the answer: no "which one?" with one option
        only = tied[0]
        return about(only, facts.answer(ctx, only, pipe, ask.slots or {}) or describe(ctx, only, pipe))
    if tied:
        buttons = tuple(Button(deal.name, PICK, str(deal.id)) for deal in tied[:MAX_CHOICES])
        reply = Reply(messages.DEAL_WHICH.format(words=quote(words)), buttons=buttons)
        choices: dict[str, Any] = {"names": [deal.name for deal in tied[:MAX_CHOICES]]}
        asked = {key: value for key in ASKED if (value := (ask.slots or {}).get(key))}
        # "is the jones deal at offer yet?": the pick answers the question that was asked
        return with_topics(reply, deals={**choices, **({"asked": asked} if asked else {})})
    asked = {key: value for key in ASKED if (value := (ask.slots or {}).get(key))}
    # "is the farmhouse at offer yet?" naming none of them: "oh, the lakeview one" answers that question
    return _open_list(ctx, pipe, messages.DEAL_NOT_FOUND.format(words=quote(words)), asked)


def names_a_deal(ctx: Context, words: str, match: Matcher) -> bool:
    """Whether `words` name (or come close to) one of the asker's deals."""
    found = _matched(ctx, words, match)
    return found is not None and (found.match is not None or bool(found.candidates))


def deal_named(ctx: Context, words: str, match: Matcher) -> str | None:
    """The name of the one deal of the asker's that `words` name, if they name exactly one."""
    found = _matched(ctx, words, match)
    return found.match if found is not None else None


def _matched(ctx: Context, words: str, match: Matcher) -> DealMatch | None:
    names = [deal.name for deal in repo.for_client(ctx.session, ctx.asker)]
    return match(words, names) if names else None


def pick(ctx: Context, deal_id: str | None) -> Reply:
    """The answer to a "which deal?" button: re-checked against the clicker, whatever the button says."""
    number = record_id(deal_id)
    deal = repo.of_client(ctx.session, ctx.asker, number) if number is not None else None
    if deal is None:
        return Reply(messages.DEAL_GONE, ephemeral=True)
    pipe = configured(ctx.settings)
    return about(deal, facts.answer(ctx, deal, pipe, _asked_about(ctx, deal)) or describe(ctx, deal, pipe))


def _asked_about(ctx: Context, deal: Deal) -> Mapping[str, Any]:
    """What the question that offered this deal among others asked ("is the jones deal at offer yet?"),
    while the conversation still holds those choices."""
    choices = state.recall(ctx).get("deals") or {}
    asked = choices.get("asked")
    names = choices.get("names") or []
    return asked if isinstance(asked, Mapping) and deal.name in names else {}


def pipeline(ctx: Context, ask: Ask) -> Reply:
    """Pipeline questions: a summary by stage, one stage (or group), or a window of dates."""
    return deal_pipeline.answer(ctx, ask, configured(ctx.settings))


def about(deal: Deal, reply: Reply) -> Reply:
    """The reply, noting the deal as what was talked about, for "when does it close?" next."""
    topics = {**reply.extras.get("topics", {}), "deal": deal_topic(deal)}
    return replace(reply, extras={**reply.extras, "topics": topics})


def deal_topic(deal: Deal) -> dict[str, str]:
    """The deal as the conversation's topic: its name, and its next step ("when are the photos?")."""
    return {"name": deal.name, **({"next": deal.next_step} if deal.next_step else {})}


def describe(ctx: Context, deal: Deal, pipe: Pipeline) -> Reply:
    """Stage and how long in it, next step, close date, amount, last update and the latest history."""
    headline = messages.DEAL_HEADLINE.format(
        name=deal_name(deal), stage=pipe.label(deal.stage), how_long=since(deal.stage_changed_at, ctx.now)
    )
    sections = []
    if deal.next_step and not is_closed(deal, pipe):  # a closed deal's last next step is history
        sections.append(messages.DEAL_NEXT_STEP.format(text=escape(deal.next_step)))
    money_and_close = details(deal, pipe, ctx.zone, stage=False)
    if money_and_close:
        sections.append(money_and_close)
    ago = since(deal.updated_at, ctx.now)
    if deal.updated_by is not None:
        sections.append(messages.DEAL_LAST_UPDATE.format(ago=ago, who=mention_or_someone(deal.updated_by)))
    else:
        sections.append(messages.DEAL_LAST_UPDATE_NOBODY.format(ago=ago))
    changes = repo.recent_history(ctx.session, deal, HISTORY_SHOWN)
    if changes:
        lines = "\n".join(history_line(change, pipe, ctx.zone) for change in changes)
        sections.append(messages.DEAL_HISTORY.format(lines=lines))
    return with_topics(Reply(headline, sections=tuple(sections)), deal=deal_topic(deal))


def _open_list(ctx: Context, pipe: Pipeline, headline: str, asked: Mapping[str, Any] | None = None) -> Reply:
    open_deals = repo.open_for_client(ctx.session, ctx.asker, pipe.closed_ids)
    if not open_deals:
        return Reply(headline, sections=(messages.DEAL_NONE_OPEN,))
    names = ", ".join(f"*{deal_name(deal)}*" for deal in open_deals)
    offered = open_deals[:MAX_CHOICES]
    buttons = tuple(Button(deal.name, PICK, str(deal.id)) for deal in offered)
    reply = Reply(headline, sections=(messages.DEAL_OPEN_LIST.format(names=names),), buttons=buttons)
    # the deals offered are choices as a "which one?" offers them: "I meant the lakeview one" picks one
    choices: dict[str, Any] = {"names": [deal.name for deal in offered]}
    return with_topics(reply, deals={**choices, **({"asked": dict(asked)} if asked else {})})
