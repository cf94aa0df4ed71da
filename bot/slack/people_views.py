"""The people form in Block Kit: add a client or a VA, or change one (their VA, their calendar email, or
remove them). private_metadata carries the person's user id and what Slack's profile said of them; the
server re-checks the admin's rights and every picked person on submit."""

from __future__ import annotations

import json
from typing import Any

from bot.slack.render import clip, mrkdwn, plain_text
from handlers.core import messages
from handlers.people.roster import CLIENT, VA, Change, Profile
from handlers.phases import duties

VIEW = "people.save"  # callback_id of the people form
INPUT = "value"  # the action id of every input
WHO, ROLE, PHASE, VA_PICK, EMAIL, REMOVE = "who", "role", "phase", "va", "email", "remove"
EMAIL_LIMIT = 320


def form(
    user_id: str | None, role: str, profile: Profile, *, changing: bool = False, current_va: str | None = None
) -> dict[str, Any]:
    """Add someone (picked here, or a stranger Slack told us about) as `role`, or change someone Jane knows
    (their role stays `role`)."""
    blocks: list[dict[str, Any]] = []
    if user_id is None:
        blocks.append(_input(WHO, messages.PEOPLE_FORM_WHO, {"type": "users_select", "action_id": INPUT}))
    else:
        text = messages.PEOPLE_FORM_PERSON if changing else "<@{who}>"
        blocks.append({"type": "section", "text": mrkdwn(text.format(who=f"<@{user_id}>"))})
    if not changing:
        roles = [_option(messages.PEOPLE_ADD_AS_CLIENT, CLIENT), _option(messages.PEOPLE_ADD_AS_VA, VA)]
        select = {"type": "static_select", "action_id": INPUT, "options": roles,
                  "initial_option": roles[1] if role == VA else roles[0]}  # fmt: skip
        blocks.append(_input(ROLE, messages.PEOPLE_FORM_ROLE, select))
        phases = [_option(name, str(number)) for number, name in sorted(duties.PHASE_NAMES.items())]
        choose = {"type": "static_select", "action_id": INPUT, "options": phases, "initial_option": phases[0]}
        blocks.append(_input(PHASE, messages.PEOPLE_FORM_PHASE, choose))
    va = {"type": "users_select", "action_id": INPUT}
    if current_va:
        va["initial_user"] = current_va
    blocks.append(_input(VA_PICK, messages.PEOPLE_FORM_VA, va, optional=True))
    email = {"type": "plain_text_input", "action_id": INPUT, "max_length": EMAIL_LIMIT}
    if profile.email:
        email["initial_value"] = profile.email[:EMAIL_LIMIT]
    blocks.append(_input(EMAIL, messages.PEOPLE_FORM_EMAIL, email, optional=True))
    if changing:
        remove = {"type": "checkboxes", "action_id": INPUT,
                  "options": [_option(messages.PEOPLE_FORM_REMOVE, "remove")]}  # fmt: skip
        blocks.append(_input(REMOVE, " ", remove, optional=True))
    title = messages.PEOPLE_FORM_CHANGE_TITLE if changing else messages.PEOPLE_FORM_ADD_TITLE
    return {
        "type": "modal",
        "callback_id": VIEW,
        "private_metadata": json.dumps(
            {"user": user_id, "role": role if changing else None, **profile.__dict__}
        ),
        "title": plain_text(title),
        "submit": plain_text(messages.PEOPLE_FORM_SAVE),
        "close": plain_text(messages.CANCEL),
        "blocks": blocks,
    }


def read(view: dict[str, Any]) -> tuple[Change | None, Profile, dict[str, str]]:
    """(what was asked, what Slack's profile said, errors by block id) from a submitted form."""
    try:
        meta = json.loads(str(view.get("private_metadata") or "{}"))
    except ValueError:
        meta = {}
    meta = _dict(meta)
    values = _dict(_dict(view.get("state")).get("values"))

    def chosen(block: str) -> Any:
        """What one input holds; a state shaped unlike Slack's reads as nothing chosen."""
        element = _dict(_dict(values.get(block)).get(INPUT))
        options = element.get("selected_options")
        return (
            element.get("selected_user")
            or _dict(element.get("selected_option")).get("value")
            or element.get("value")
            or [_dict(option).get("value") for option in (options if isinstance(options, list) else [])]
        )

    user_id = meta.get("user") or chosen(WHO)
    profile = Profile(
        **{k: v if isinstance(v, str) else None for k, v in meta.items() if k in ("name", "tz", "email")}
    )
    errors: dict[str, str] = {}
    if not isinstance(user_id, str) or not user_id:
        return None, profile, {WHO: messages.PEOPLE_FORM_PICK_SOMEONE}
    email = chosen(EMAIL)
    email = email.strip() if isinstance(email, str) and email.strip() else None
    if email is not None and ("@" not in email or " " in email):
        errors[EMAIL] = messages.PEOPLE_FORM_BAD_EMAIL
    phase = chosen(PHASE)
    role = meta.get("role") or chosen(ROLE)  # a change keeps the person's role
    va = chosen(VA_PICK)
    change = Change(
        user_id=user_id,
        role=VA if role == VA else CLIENT,
        phase=int(phase) if isinstance(phase, str) and phase in ("1", "2", "3") else None,
        va_user_id=va if isinstance(va, str) and va else None,
        email=email,
        remove="remove" in (chosen(REMOVE) or []),
    )
    return change, profile, errors


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _input(block: str, label: str, element: dict[str, Any], *, optional: bool = False) -> dict[str, Any]:
    return {"type": "input", "block_id": block, "optional": optional,
            "label": plain_text(clip(label, 2000)), "element": element}  # fmt: skip


def _option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain_text(clip(text, 75)), "value": value}
