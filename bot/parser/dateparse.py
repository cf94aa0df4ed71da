"""The dateparser fallback, for date shapes the own rules do not read ("15.12.2026", "2026/12/15").

dateparser is slow to import and to warm up, so it loads only when a message needs it; English only,
because language detection is ~45x slower and reads dates into words such as "we", "to" and "may".
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

SETTINGS = {
    "PREFER_DATES_FROM": "future",
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "MDY",
    # Naive results: the caller attaches the client's zone, which dateparser's own offsets get wrong
    # across a daylight-saving change.
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@lru_cache(maxsize=4)
def _parser(today: date) -> Any:
    # loaded on first use (see the module's doc); dateparser ships no type information
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]  # noqa: PLC0415

    base = datetime.combine(today, datetime.min.time())
    return DateDataParser(languages=["en"], settings={**SETTINGS, "RELATIVE_BASE": base})


def parse_date(phrase: str, today: date) -> date | None:
    """The day an isolated date phrase names, or None when dateparser cannot read it as a day."""
    found = _parser(today).get_date_data(phrase)
    if found.date_obj is None or found.period != "day":
        return None
    return found.date_obj.date()
