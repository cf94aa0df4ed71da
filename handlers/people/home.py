"""The People section of an admin's App Home: every client (phase, VA) and VA, each with Change, which
opens the people form (phase changes keep going through `/phase`)."""

from __future__ import annotations

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.home import Item, Section, clipped
from handlers.core.mrkdwn import mention
from handlers.core.reply import Button
from handlers.people.buttons import ADD, EDIT
from handlers.phases import duties
from storage.repositories import people


def people_section(ctx: Context) -> Section | None:
    if not ctx.asker.is_admin:
        return None
    items = [
        Item(
            messages.PEOPLE_CLIENT_LINE.format(
                who=mention(profile.person),
                phase_name=duties.PHASE_NAMES[profile.phase],
                va=mention(profile.va) if profile.va else messages.PEOPLE_NO_VA_YET,
            ),
            (Button(messages.PEOPLE_CHANGE, EDIT, profile.person.user_id),),
        )
        for profile in people.clients(ctx.session)
    ]
    items += [
        Item(
            messages.PEOPLE_VA_LINE.format(who=mention(va)),
            (Button(messages.PEOPLE_CHANGE, EDIT, va.user_id),),
        )
        for va in people.vas(ctx.session)
    ]
    add = Item(messages.PEOPLE_ADD_HINT, (Button(messages.PEOPLE_ADD, ADD, ""),))
    return Section(messages.PEOPLE_TITLE, (*clipped(items), add))
