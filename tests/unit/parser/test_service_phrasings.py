"""Single messages (no context) for what Jane answers herself: service_phrasings.txt."""

import pytest

from tests.unit.parser.expectations import mismatches, rows
from tests.unit.parser.support import understood


@pytest.mark.parametrize(("text", "expected"), rows("service_phrasings.txt", 2))
def test_service_phrasing(text, expected):
    parsed = understood(text)
    assert mismatches(expected, parsed.intent, dict(parsed.slots)) == [], dict(parsed.slots)
