"""The local calendar's events (the embedded default and the console demo), by client."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import CalendarEvent


def find(session: Session, client_id: int, event_key: str) -> CalendarEvent | None:
    return session.scalars(select(CalendarEvent).filter_by(client_id=client_id, event_key=event_key)).first()
