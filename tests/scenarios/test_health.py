"""GET /healthz: 200 when the database answers, 503 when it does not."""

from __future__ import annotations

import json

import pytest

from storage.db import make_engine, make_session_factory
from tests.scenarios.conftest import serving

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def test_healthz_says_ok_when_the_database_answers(served):
    status, body = served.get("/healthz")

    assert status == 200
    assert json.loads(body) == {"ok": True, "database": "ok"}


def test_healthz_says_503_when_the_database_does_not_answer(settings, tmp_path, clock):
    engine = make_engine(f"sqlite:///{tmp_path}/missing/dir/jane.db")
    with serving(settings, engine, make_session_factory(engine), clock=clock) as served:
        status, body = served.get("/healthz")

    assert status == 503
    assert json.loads(body)["ok"] is False
