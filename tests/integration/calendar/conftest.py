"""Fixtures for the calendar adapters: a fake Google on loopback and gateways pointed at it."""

from __future__ import annotations

import pytest

from integrations.google_auth import service_account_credentials
from integrations.google_calendar import GoogleCalendar
from tests.fakes.google_api import FakeGoogle


@pytest.fixture
def naps() -> list[float]:
    """The backoff sleeps the Google client asked for (recorded, not slept)."""
    return []


@pytest.fixture
def calendar_in(google: FakeGoogle, naps: list[float]):
    """A Google gateway for maria@example.com through the service account, seen in a given zone."""

    def build(zone: str = "America/Chicago", **options) -> GoogleCalendar:
        credentials = service_account_credentials(google.service_account_info(), "maria@example.com")
        options.setdefault("sleep", naps.append)
        return GoogleCalendar(credentials, zone=zone, api_endpoint=google.api_root, **options)

    return build
