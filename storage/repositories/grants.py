"""Clients' stored Google grants, as sealed blobs: listed and replaced for a change of JANE_SECRET_KEY."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.db import affected_rows
from storage.models import ClientProfile


def sealed(session: Session) -> list[tuple[int, bytes]]:
    """(client person id, sealed grant) for every client with a stored grant."""
    rows = session.execute(
        select(ClientProfile.person_id, ClientProfile.google_token)
        .where(ClientProfile.google_token.is_not(None))
        .order_by(ClientProfile.person_id)
    )
    return [(person_id, bytes(blob)) for person_id, blob in rows if blob is not None]


def replace(session: Session, person_id: int, old: bytes | None, **values: Any) -> bool:
    """Change one client's grant columns (`google_token=` a new sealed grant, or None to forget it, …), only
    if the stored grant is still `old`: a refresh or a reconnect elsewhere may have won meanwhile. The
    session's copy of the profile follows only when the row really changed."""
    statement = (
        update(ClientProfile)
        .where(ClientProfile.person_id == person_id, ClientProfile.google_token == old)
        .values(**values)
        .execution_options(synchronize_session="fetch")
    )
    return affected_rows(session, statement) == 1
