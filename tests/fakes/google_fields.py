"""Google's partial-response `fields` masks, e.g. "nextPageToken,items(id,attendees(self))", for the fake."""

from __future__ import annotations

from typing import Any

Mask = dict[str, "Mask | None"]  # None: keep the whole value


def parse(text: str) -> Mask:
    mask, rest = _parse(text.replace(" ", ""), 0)
    if rest != len(text.replace(" ", "")):
        raise ValueError(f"bad fields mask: {text!r}")
    return mask


def apply(value: Any, mask: Mask | None) -> Any:
    """The parts of a JSON value that a mask selects (lists are masked element by element)."""
    if mask is None:
        return value
    if isinstance(value, list):
        return [apply(item, mask) for item in value]
    if not isinstance(value, dict):
        return value
    return {key: apply(value[key], sub) for key, sub in mask.items() if key in value}


def _parse(text: str, at: int) -> tuple[Mask, int]:
    mask: Mask = {}
    while at < len(text) and text[at] != ")":
        name_end = at
        while name_end < len(text) and text[name_end] not in ",()":
            name_end += 1
        path = text[at:name_end].split("/")
        sub: Mask | None = None
        at = name_end
        if at < len(text) and text[at] == "(":
            sub, at = _parse(text, at + 1)
            at += 1  # the closing parenthesis
        _merge(mask, path, sub)
        if at < len(text) and text[at] == ",":
            at += 1
    return mask, at


def _merge(mask: Mask, path: list[str], sub: Mask | None) -> None:
    for name in path[:-1]:
        if mask.get(name) is None:
            mask[name] = {}
        mask = mask[name]
    mask[path[-1]] = sub
