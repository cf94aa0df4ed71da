"""The default sales pipeline: a deal's stages in order, as plain data, and how people name them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Stage:
    id: str
    label: str
    aliases: tuple[str, ...] = ()
    closed: bool = False


STAGES: tuple[Stage, ...] = (
    Stage("lead", "Lead", ("new lead", "prospect")),
    Stage("qualified", "Qualified"),
    Stage("proposal", "Proposal / showing", ("showing", "proposal sent", "showings")),
    Stage("offer", "Offer", ("offer made", "offer sent", "offers")),
    Stage("under_contract", "Under contract", ("in contract", "pending", "contract signed")),
    Stage("closing", "Closing"),
    Stage("closed_won", "Closed won", ("won", "closed"), closed=True),
    Stage("closed_lost", "Closed lost", ("lost", "dead"), closed=True),
)

BY_ID: Mapping[str, Stage] = {stage.id: stage for stage in STAGES}
STAGE_IDS: tuple[str, ...] = tuple(stage.id for stage in STAGES)
OPEN_STAGES: tuple[str, ...] = tuple(stage.id for stage in STAGES if not stage.closed)
CLOSED_STAGES: tuple[str, ...] = tuple(stage.id for stage in STAGES if stage.closed)


def _key(text: str) -> str:
    """Lower case, words only: "Under-Contract", "under_contract" and "UNDER CONTRACT" read the same."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


_NAMES: Mapping[str, str] = {
    _key(name): stage.id for stage in STAGES for name in (stage.id, stage.label, *stage.aliases)
}


def normalise_stage(text: str) -> str | None:
    """The stage id that `text` names ("Under Contract" → "under_contract"), or None if none does."""
    return _NAMES.get(_key(text))


def label(stage_id: str) -> str:
    """How a stage reads to people; an unknown id reads as itself."""
    stage = BY_ID.get(stage_id)
    return stage.label if stage else stage_id


# ---- a deployment's own pipeline (JANE_PIPELINE) and words that name several stages ------------------

# What people ask about that spans stages ("what's in negotiation?"); ids a pipeline lacks are ignored.
GROUPS: Mapping[str, tuple[str, ...]] = {
    "negotiation": ("offer", "under_contract"),
    "negotiating": ("offer", "under_contract"),
    "in negotiation": ("offer", "under_contract"),
    "in escrow": ("under_contract", "closing"),
    "escrow": ("under_contract", "closing"),
    "contingent": ("under_contract",),
    "closed": CLOSED_STAGES,
    "sold": ("closed_won",),
}
# Words for "every deal still in play"; they name all of a pipeline's open stages.
OPEN_WORDS = frozenset({"open", "active", "current", "live", "in progress", "stalled"})


@dataclass(frozen=True)
class Pipeline:
    """A deployment's stages in order; labels that name a default stage keep its id and aliases."""

    stages: tuple[Stage, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(stage.id for stage in self.stages)

    @property
    def open_ids(self) -> tuple[str, ...]:
        return tuple(stage.id for stage in self.stages if not stage.closed)

    @property
    def closed_ids(self) -> tuple[str, ...]:
        return tuple(stage.id for stage in self.stages if stage.closed)

    def label(self, stage_id: str) -> str:
        return next((s.label for s in self.stages if s.id == stage_id), label(stage_id))

    def normalise(self, text: str) -> str | None:
        """The id of this pipeline's stage that `text` names, or None."""
        key = _key(text)
        for stage in self.stages:
            if key in {_key(name) for name in (stage.id, stage.label, *stage.aliases)}:
                return stage.id
        return None

    def named(self, text: str) -> tuple[str, ...]:
        """Every stage id that `text` names: a group ("negotiation"), "open", or one stage; () for none."""
        key = _key(text)
        if key in OPEN_WORDS:
            return self.open_ids
        if key in GROUPS:
            return tuple(i for i in GROUPS[key] if i in self.ids)
        one = self.normalise(text)
        return (one,) if one else ()


def from_labels(text: str) -> Pipeline:
    """A pipeline from comma-separated labels; ValueError saying what is wrong with them."""
    labels = [part.strip() for part in text.split(",") if part.strip()]
    stages = tuple(_stage_for(text) for text in labels)
    ids = [stage.id for stage in stages]
    if len(stages) < 2 or len(set(ids)) != len(ids):
        raise ValueError("needs at least two stages, each named once")
    if not any(s.closed for s in stages) or all(s.closed for s in stages):
        raise ValueError("needs open stages and at least one closed stage (e.g. Closed won, Closed lost)")
    return Pipeline(stages)


def _stage_for(text: str) -> Stage:
    key = _key(text)
    group = GROUPS.get(key, ())
    known = BY_ID.get(normalise_stage(text) or (group[0] if len(group) == 1 else ""))
    if known is not None:
        return Stage(known.id, text, known.aliases, known.closed)
    if not key:
        raise ValueError(f"{text!r} is not a stage name")
    # A stage of the deployment's own: closed when its name says so ("Closed - withdrawn").
    return Stage(key.replace(" ", "_"), text, (), key.startswith("closed"))


DEFAULT = Pipeline(STAGES)
DEFAULT_LABELS = ", ".join(stage.label for stage in STAGES)


@lru_cache(maxsize=8)
def _parsed(text: str) -> Pipeline:
    return from_labels(text)


def configured(settings: object) -> Pipeline:
    """The deployment's pipeline from its settings (JANE_PIPELINE); the default where none is set."""
    text = getattr(settings, "pipeline", None)
    return _parsed(text) if isinstance(text, str) and text.strip() else DEFAULT
