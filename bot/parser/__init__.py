"""Jane's parser: a pure function from a client's message to intent, duty, phase and slots.

Moving or cancelling an event already on the calendar is `calendar.schedule` (duty
appointment_scheduling), like a booking, told apart by the `action` slot; Jane has no cancel-event intent:

- a new booking has no `action`: `start`, `end`, `duration_minutes`, `title`, `attendees`;
- `"action": "move"` ("move my 4pm today to tomorrow", "reschedule the dentist"): `event` names the
  event being moved (never `title`, which names a new one), `from_start`/`from_end` its current time when
  the client names it (the times before "to"), and `start`/`end`/`duration_minutes` the new time;
- `"action": "cancel"` ("cancel the dentist tomorrow", "delete my 3pm"): `event` and `from_start`/
  `from_end` only; there is no new time.

A bare "cancel" (or "cancel it") is `unknown`: a request is cancelled with its Cancel button.
"""

from bot.parser.core import parse
from bot.parser.deals import DealMatch, match_deal
from bot.parser.model import Parsed

__all__ = ["DealMatch", "Parsed", "match_deal", "parse"]
