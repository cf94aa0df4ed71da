"""Jane's parser: a pure function from a client's message to intent, duty, phase and slots.

Moving or cancelling an event already on the calendar is `calendar.schedule` (duty
appointment_scheduling), like a booking, told apart by the `action` slot; Jane has no cancel-event intent:

- a new booking has no `action`: `start`, `end`, `duration_minutes`, `title`, `attendees`;
- `"action": "move"` ("move my 4pm today to tomorrow", "reschedule the dentist"): `event` names the
  event being moved (never `title`, which names a new one), `from_start`/`from_end` its current time when
  the client names it (the times before "to"), and `start`/`end`/`duration_minutes` the new time (a new
  length alone, "shorten the walkthrough to half an hour", has only `duration_minutes`);
- `"action": "cancel"` ("cancel the dentist tomorrow", "delete my 3pm"): `event` and `from_start`/
  `from_end` only; there is no new time.

A bare "cancel" (or "cancel it") with nothing to refer to is `unknown` with `follow_up: "withdraw"`.

`parse(text, now, tz, context=None)`: `context` is the conversation's last topics, a JSON-friendly mapping
of `last`, `window`, `slot`, `event`, `deal`, `deals`, `draft`, `request`, `reminder`, `refused`, `agenda`,
`offer` and `client`, each with `at` (when it was set; the latest of a kind wins). A follow-up comes out as an
ordinary intent with `follow_up` ("ellipsis", "pronoun", "correction", "confirm", "withdraw") and `refers_to`
(the topic used); one whose topic is missing is `unknown` with `follow_up`, never an errand. README.md
(`jane parse --context`) lists each topic's fields, every follow-up and the intents Jane answers herself
(`conversation.confirm`/`decline`/`withdraw`, `calendar.event`, `phase.info`/`request`, `reminder.*`,
`request.why`/`cancel`, `va.who`, `queue.*`, `booking.*`, `client.info`).

`subject_asked_after(text, now, tz)` gives the words a question that fits a person as well as a deal asks
after ("how's lakeview doing?"), for the client's own deals to decide whether they name one.

`asks(text, now, tz, context=None)` splits a message that plainly holds two asks into them, for Jane to
answer in turn ("how is the baker street duplex doing and when is it supposed to close?").
"""

from bot.parser.asks import asks
from bot.parser.core import parse, subject_asked_after
from bot.parser.deals import DealMatch, match_deal
from bot.parser.model import Parsed

__all__ = ["DealMatch", "Parsed", "asks", "match_deal", "parse", "subject_asked_after"]
