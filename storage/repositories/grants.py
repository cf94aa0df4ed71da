"""Clients' stored Google grants, as sealed blobs: listed and replaced for a change of JANE_SECRET_KEY."""

from __future__ import annotations

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


def replace(session: Session, person_id: int, old: bytes, new: bytes) -> bool:
    """Swap one client's sealed grant, only if it is still `old` (a refresh or reconnect may have won)."""
    statement = (
        update(ClientProfile)
        .where(ClientProfile.person_id == person_id, ClientProfile.google_token == old)
        .values(google_token=new)
        .execution_options(synchronize_session=False)
    )
    return affected_rows(session, statement) == 1
