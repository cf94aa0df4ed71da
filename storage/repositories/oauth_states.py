"""Pending Google sign-ins: a state (with its PKCE verifier) per link opened, spent once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.orm import Session

from storage.db import affected_rows
from storage.models import OAuthState


def spend(session: Session, state: str) -> bool:
    """Delete a pending state; False when another request spent it first."""
    statement = (
        delete(OAuthState).where(OAuthState.state == state).execution_options(synchronize_session=False)
    )
    return affected_rows(session, statement) == 1


def forget_older_than(session: Session, moment: datetime) -> None:
    session.execute(delete(OAuthState).where(OAuthState.created_at < moment))
