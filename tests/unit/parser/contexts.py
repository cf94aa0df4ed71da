"""Named conversation contexts for the follow-up tables, all set a few minutes before the reference moment
(Wednesday 2026-11-25 09:00 in Chicago): the shape README.md documents for `jane parse --context`."""

from __future__ import annotations

from typing import Any

_EARLIER, _EARLY, _JUST = (
    "2026-11-25T08:40:00-06:00",
    "2026-11-25T08:50:00-06:00",
    "2026-11-25T08:58:00-06:00",
)


def _at(moment: str, **topic: Any) -> dict[str, Any]:
    return {**topic, "at": moment}


def _last(intent: str, moment: str = _JUST, **slots: Any) -> dict[str, Any]:
    return {"intent": intent, "slots": slots, "at": moment} if slots else {"intent": intent, "at": moment}


# tomorrow's walkthrough, as an event topic
WALKTHROUGH = {
    "title": "Jones final walkthrough",
    "start": "2026-11-26T10:00:00-06:00",
    "end": "2026-11-26T11:00:00-06:00",
}
TODAY = ("2026-11-25T00:00:00-06:00", "2026-11-26T00:00:00-06:00")
TOMORROW = ("2026-11-26T00:00:00-06:00", "2026-11-27T00:00:00-06:00")

CONTEXTS: dict[str, dict[str, Any]] = {
    "none": {},
    "agenda_today": {
        "last": _last("calendar.agenda"),
        "window": _at(_JUST, start=TODAY[0], end=TODAY[1]),
    },
    "agenda_tomorrow": {
        "last": _last("calendar.agenda"),
        "window": _at(_JUST, start=TOMORROW[0], end=TOMORROW[1]),
    },
    "agenda_today_and_tomorrow": {
        "last": _last("calendar.agenda"),
        "window": _at(_JUST, start=TODAY[0], end=TOMORROW[1]),
    },
    "agenda_week": {
        "last": _last("calendar.agenda"),
        "window": _at(_JUST, start=TODAY[0], end="2026-11-30T00:00:00-06:00"),
    },
    "free_tomorrow_1015": {
        "last": _last("calendar.availability"),
        "slot": _at(_JUST, start="2026-11-26T10:15:00-06:00", end="2026-11-26T10:45:00-06:00"),
    },
    "busy_tomorrow_1030": {
        "last": _last("calendar.availability", question="busy"),
        "slot": _at(_JUST, start="2026-11-26T10:30:00-06:00", end="2026-11-26T11:00:00-06:00"),
    },
    "first_free_tomorrow": {
        "last": _last("calendar.availability", first_free=120, start=TOMORROW[0], end=TOMORROW[1]),
        "slot": _at(_JUST, start="2026-11-26T11:00:00-06:00", end="2026-11-26T13:00:00-06:00"),
    },
    "afternoon_tomorrow": {
        "last": _last("calendar.availability"),
        "window": _at(_JUST, start="2026-11-26T12:00:00-06:00", end="2026-11-26T17:00:00-06:00"),
    },
    "draft_linda": {
        "last": _last("calendar.schedule"),
        "draft": _at(
            _JUST,
            request=12,
            start="2026-11-26T14:00:00-06:00",
            end="2026-11-26T14:30:00-06:00",
            duration_minutes=30,
            title="Call with Linda",
        ),  # fmt: skip
        "slot": _at(_JUST, start="2026-11-26T14:00:00-06:00", end="2026-11-26T14:30:00-06:00"),
        "window": _at(_EARLIER, start=TODAY[0], end=TODAY[1]),
    },
    "draft_and_old_request": {
        "last": _last("calendar.schedule"),
        "draft": _at(
            _JUST,
            request=14,
            start="2026-11-26T13:00:00-06:00",
            end="2026-11-26T14:00:00-06:00",
            duration_minutes=60,
            title="Call with Dana",
        ),  # fmt: skip
        "request": _at(_EARLIER, id=9, duty="office_supplies", text="order toner"),
    },
    # "why didn't my haircut get booked?" answered: the booking turned down is the topic, with its request
    "booking_turned_down": {
        "last": _last("request.why", about="haircut"),
        "request": _at(_JUST, id=15, duty="appointment_scheduling", text="book a haircut tomorrow at 10am"),
        "draft": _at(
            _JUST,
            request=15,
            start="2026-11-26T10:00:00-06:00",
            end="2026-11-26T10:30:00-06:00",
            duration_minutes=30,
            title="Haircut",
        ),  # fmt: skip
    },
    "reminder_lender": {
        "last": _last("reminder.create"),
        "reminder": _at(_JUST, id=3, due="2026-11-25T16:00:00-06:00", title="call the lender"),
        "request": _at(_EARLIER, id=9, duty="office_supplies", text="order toner"),
    },
    "agenda_setting": {
        "last": _last("agenda.settings"),
        "agenda": _at(_JUST, time="07:30", weekdays=False),
    },
    # today's calendar asked, then the morning agenda set: a day alone asks of the calendar again
    "agenda_set_after_today": {
        "last": _last("agenda.settings", time="07:30"),
        "window": _at(_EARLIER, start=TODAY[0], end=TODAY[1]),
        "agenda": _at(_JUST, time="07:30", weekdays=True),
    },
    # "send my agenda at 6:30" refused for the quiet hours: the setting as it stands is the topic
    "agenda_refused_at_night": {
        "last": _last("agenda.settings", time="06:30", weekdays=False),
        "agenda": _at(_JUST, time="08:00", weekdays=True),
    },
    "review_setting": {
        "last": _last("review.settings"),
        "review": _at(_JUST, day=3, time="15:00"),
    },
    "event_walkthrough_where": {
        "last": _last("calendar.event", ask="where", event="walkthrough"),
        "event": _at(_JUST, **WALKTHROUGH),
    },
    # "is the dentist today?" answered No (it is tomorrow)
    "dentist_today_asked": {
        "last": _last(
            "calendar.event", ask="when", question="yes_no", event="dentist", start=TODAY[0], end=TODAY[1]
        ),
        "event": _at(
            _JUST, title="Dentist", start="2026-11-26T16:30:00-06:00", end="2026-11-26T17:00:00-06:00"
        ),
    },
    "event_dentist": {
        "last": _last("calendar.event"),
        "event": _at(
            _JUST,
            title="Dentist appointment",
            start="2026-11-26T16:30:00-06:00",
            end="2026-11-26T17:30:00-06:00",
        ),  # fmt: skip
    },
    "deal_baker": {
        "last": _last("deal.status"),
        "deal": _at(_JUST, name="Baker Street duplex"),
    },
    "deal_baker_next": {
        "last": _last("deal.status"),
        "deal": _at(_JUST, name="Baker Street duplex", next="Inspection report due Friday"),
    },
    "deal_yes_no": {
        "last": _last("deal.status", ask="stage", stage="under contract", question="yes_no"),
        "deal": _at(_JUST, name="Jones - 9 Oak Ave"),
    },
    "deal_close_asked": {
        "last": _last("deal.status", ask="close", deal="oak"),
        "deal": _at(_JUST, name="Jones - 9 Oak Ave"),
    },
    "deal_then_request": {
        "last": _last("request.status"),
        "deal": _at(_EARLIER, name="Baker Street duplex"),
        "request": _at(_JUST, id=7, duty="office_supplies", text="get a couple of boxes of staples"),
    },
    "request_then_deal_then_event": {
        "last": _last("calendar.event"),
        "request": _at(_EARLIER, id=7, duty="office_supplies", text="order a stapler"),
        "deal": _at(_EARLY, name="Lakeview listing"),
        "event": _at(_JUST, **WALKTHROUGH),
    },
    "deal_elm_next": {
        "last": _last("deal.status"),
        "deal": _at(_JUST, name="Jones - 14 Elm St", next="Final walkthrough"),
    },
    # "can you take it off my calendar?" after asking about the dentist: a cancellation drafted for the VA
    "dentist_cancel_drafted": {
        "last": _last("calendar.schedule", action="cancel", event="Dentist"),
        "draft": _at(
            _JUST,
            request=7,
            start="2026-11-26T16:30:00-06:00",
            end="2026-11-26T17:00:00-06:00",
            duration_minutes=30,
            title="Dentist",
            change="cancel",
        ),  # fmt: skip
    },
    "walkthrough_move_asked": {
        "last": _last("calendar.schedule", action="move", event="Jones walkthrough"),
        "request": _at(_JUST, id=5, duty="appointment_scheduling", text="move the Jones walkthrough to 4:30"),
        "event": _at(
            _JUST,
            title="Jones walkthrough",
            start="2026-11-26T16:30:00-06:00",
            end="2026-11-26T17:30:00-06:00",
            request=5,
        ),
    },
    "elm_then_walkthrough": {
        "last": _last("calendar.event", event="walkthrough"),
        "deal": _at(_EARLY, name="Jones - 14 Elm St", next="Final walkthrough"),
        "event": _at(_JUST, **WALKTHROUGH),
    },
    "tie_jones": {
        "last": _last("deal.status"),
        "deals": _at(_JUST, names=["Jones - 14 Elm St", "Jones - 9 Oak Ave"]),
    },
    "picked_elm": {
        "last": _last("deal.status"),
        "deals": _at(_EARLY, names=["Jones - 14 Elm St", "Jones - 9 Oak Ave"]),
        "deal": _at(_JUST, name="Jones - 14 Elm St"),
    },
    "pipeline": {"last": _last("deal.pipeline")},
    "request_staples": {
        "last": _last("task.create"),
        "request": _at(_JUST, id=7, duty="office_supplies", text="get a couple of boxes of staples"),
    },
    # "order more staples, and what's on tomorrow?": the errand, then the agenda answered after it
    "request_staples_then_agenda": {
        "last": _last("calendar.agenda", start=TOMORROW[0], end=TOMORROW[1]),
        "request": _at(_JUST, id=7, duty="office_supplies", text="get a couple of boxes of staples"),
    },
    "request_mailing": {
        "last": _last("task.create"),
        "request": _at(
            _JUST, id=8, duty="mailing_lists", text="add the Hendersons to the client mailing list"
        ),
    },
    "asked_after_staples": {
        "last": _last("request.status"),
        "request": _at(_JUST, id=7, duty="office_supplies", text="get a couple of boxes of staples"),
    },
    "asked_after_mailing": {
        "last": _last("request.status"),
        "request": _at(
            _JUST, id=8, duty="mailing_lists", text="add the Hendersons to the client mailing list"
        ),
    },
    "refused_calendar": {
        "last": _last("calendar.agenda"),
        "refused": _at(_JUST, intent="calendar.agenda", duty="daily_schedule", phase=3),
    },
    "phase_talk": {"last": _last("phase.info", phase=2)},
    "pipeline_closing_30": {
        "last": _last("deal.pipeline", start=TODAY[0], end="2026-12-25T00:00:00-06:00"),
        "deals": _at(_JUST, names=["Jones – 14 Elm St", "Jones – 9 Oak Ave", "Baker Street duplex"]),
    },
    "phase_one_shown": {"last": _last("phase.info"), "phase": _at(_JUST, phase=1)},
    "reminder_before_walkthrough": {
        "last": _last("reminder.create"),
        "reminder": _at(
            _JUST,
            id=4,
            due="2026-11-26T09:15:00-06:00",
            title="grab the keys",
            before_minutes=45,
            event="walkthrough",
        ),
    },
    "reminder_withdrawn": {"last": _last("conversation.withdraw", reminder=1)},
    "request_withdrawn": {"last": _last("conversation.withdraw", request=5)},
    "refused_booking": {
        "last": _last("calendar.schedule"),
        "refused": _at(_JUST, intent="calendar.schedule", duty="appointment_scheduling", phase=3),
    },
    # a booking refused for its phase, with what it asked
    "refused_accountant_call": {
        "last": _last("calendar.schedule"),
        "refused": _at(
            _JUST,
            intent="calendar.schedule",
            duty="appointment_scheduling",
            phase=3,
            slots={
                "start": "2026-11-27T14:00:00-06:00",
                "end": "2026-11-27T14:30:00-06:00",
                "title": "Call with my accountant",
            },
        ),
    },
    "asked_when_booking": {
        "last": _last("calendar.schedule"),
        "question": _at(
            _JUST, intent="calendar.schedule", title="Call with Dana", start=TOMORROW[0], end=TOMORROW[1]
        ),
    },
    "asked_when_reminder": {
        "last": _last("reminder.create"),
        "question": _at(_JUST, intent="reminder.create", title="call the lender"),
    },
    "asked_which_claim": {"last": _last("queue.claim"), "question": _at(_JUST, intent="queue.claim")},
    "asked_which_cancel": {
        "last": _last("request.cancel", about="cartridge"),
        "question": _at(_JUST, intent="request.cancel", listed=[6, 5]),
    },
    "asked_which_claim_listed": {
        "last": _last("queue.claim"),
        "question": _at(_JUST, intent="queue.claim", listed=[6, 5]),
    },
    "asked_which_reminder": {
        "last": _last("reminder.cancel"),
        "question": _at(_JUST, intent="reminder.cancel", listed=[1, 2, 3]),
    },
    "pipeline_at_offer": {
        "last": _last("deal.pipeline", stage="offer"),
        "deals": _at(_JUST, names=["Jones - 9 Oak Ave", "Baker Street duplex"]),
    },
    "phase_need_asked": {"last": _last("phase.info", ask="need", about="confirmations")},
    "move_requested": {
        "last": _last("calendar.schedule", action="move", event="dentist"),
        "request": _at(_JUST, id=9, duty="appointment_scheduling", text="move the dentist to 5:30"),
    },
    "phase_asked_for": {"last": _last("phase.request", phase=2), "phase": _at(_JUST, phase=2)},
    "phase_after_refusal": {
        "last": _last("phase.info", ask="current"),
        "refused": _at(_EARLY, intent="calendar.schedule", duty="appointment_scheduling", phase=3),
        "phase": _at(_JUST, phase=1),
    },
    "why_not_answered": {
        "last": _last("phase.info"),
        "refused": _at(_EARLY, intent="calendar.availability", duty="daily_schedule", phase=3),
        "phase": _at(_JUST, phase=3),
    },
    "phase_answer": {"last": _last("phase.info", phase=2, ask="what"), "phase": _at(_JUST, phase=2)},
    "plan_asked": {
        "last": _last("calendar.availability", title="Coffee with Jenna"),
        "slot": _at(_JUST, start="2026-11-26T10:15:00-06:00", end="2026-11-26T10:45:00-06:00"),
    },
    "offer_lunch": {
        "last": _last("calendar.availability"),
        "slot": _at(_EARLY, start="2026-11-26T12:30:00-06:00", end="2026-11-26T13:00:00-06:00"),
        "offer": _at(
            _JUST,
            kind="book",
            start="2026-11-26T12:30:00-06:00",
            end="2026-11-26T13:00:00-06:00",
            title="Lunch with Sam",
        ),  # fmt: skip
    },
    "va_queue": {
        "last": _last("queue.list"),
        "request": _at(_JUST, id=21, duty="office_supplies", text="order a new desk chair"),
    },
    # a queue of several listed: no one request to point at ("I'll take it" asks back which)
    "va_queue_several": {
        "last": _last("queue.list"),
        "request": _at(_JUST, listed=[21, 22, 23]),
    },
    "logged_time": {"last": _last("time.log", request=21, minutes=25, note="updated the signature")},
    "hours_ana": {
        "last": _last(
            "hours.report", who="ana", start="2026-11-01T00:00:00-05:00", end="2026-12-01T00:00:00-06:00"
        ),
    },
    "hours_tom": {
        "last": _last(
            "hours.report", who="tom", start="2026-11-01T00:00:00-05:00", end="2026-12-01T00:00:00-06:00"
        ),
    },
    "hours_ana_on_tom": {
        "last": _last(
            "hours.report",
            who="ana",
            client="tom",
            start="2026-11-01T00:00:00-05:00",
            end="2026-12-01T00:00:00-06:00",
        ),  # fmt: skip
    },
    "hours_default": {"last": _last("hours.report")},
    "review_week": {
        "last": _last("review.week"),
        "window": _at(_EARLIER, start=TODAY[0], end=TODAY[1]),
    },
    "review_last_week": {
        "last": _last("review.week", start="2026-11-16T00:00:00-06:00", end="2026-11-23T00:00:00-06:00"),
    },
    "offer_with_slot": {
        "last": _last("calendar.availability"),
        "slot": _at(_JUST, start="2026-11-26T12:30:00-06:00", end="2026-11-26T13:30:00-06:00"),
        "offer": _at(
            _JUST,
            kind="book",
            start="2026-11-26T12:30:00-06:00",
            end="2026-11-26T13:30:00-06:00",
            title="Lunch with Greg",
        ),  # fmt: skip
    },
    "review_stopped": {
        "last": _last("review.settings", stop=True),
        "review": _at(_JUST, day=3, time="15:00"),
    },
    "claimed_chair": {
        "last": _last("queue.claim", request=21),
        "request": _at(_JUST, id=21, duty="office_supplies", text="order a new desk chair"),
    },
    "deal_then_agenda": {
        "last": _last("calendar.agenda"),
        "deal": _at(_EARLY, name="Baker Street duplex"),
        "window": _at(_JUST, start=TOMORROW[0], end=TOMORROW[1]),
    },
    # a lunch booking waiting for the VA, then a reminder set: both pending
    "draft_then_reminder": {
        "last": _last("reminder.create"),
        "draft": _at(
            _EARLY,
            request=12,
            start="2026-11-26T12:30:00-06:00",
            end="2026-11-26T13:00:00-06:00",
            duration_minutes=30,
            title="Lunch with Sam",
        ),  # fmt: skip
        "reminder": _at(_JUST, id=1, due="2026-11-26T11:00:00-06:00", title="bring the contract"),
    },
    "hours_of_ben": {"last": _last("hours.report", who="ben")},
    "va_client_tom": {
        "last": _last("client.info"),
        "client": _at(_JUST, name="Tom"),
    },
    # "how's the farmhouse deal looking?" refused at the gate (Phase II)
    "refused_deal": {
        "last": _last("deal.status", deal="farmhouse deal"),
        "refused": _at(
            _JUST, intent="deal.status", duty="sales_tracking", phase=3, slots={"deal": "farmhouse deal"}
        ),
    },
    # "and for maria?" after the hours logged for tom, by an admin
    "hours_for_maria": {"last": _last("hours.report", who="maria"), "client": _at(_JUST, name="Maria")},
    # "no thanks" to asking the VA about the phase a refused ask needs
    "refusal_declined": {"last": _last("conversation.decline")},
    # "is tom on phase 1?" answered, by an admin
    "client_phase_asked": {
        "last": _last("client.info", ask="phase", phase=1, question="yes_no", client="tom"),
        "client": _at(_JUST, name="Tom"),
    },
    # "is ben my VA?" answered No
    "va_asked": {"last": _last("va.who", va="ben", question="yes_no")},
    # "is my queue empty?" answered, by a VA
    "queue_empty_asked": {"last": _last("request.status", question="empty")},
    # "anything tomorrow after 4?" answered from the agenda
    "anything_asked": {
        "last": _last("calendar.agenda", question="any", start="2026-11-26T16:00:00-06:00", end=TOMORROW[1]),
        "window": _at(_JUST, start="2026-11-26T16:00:00-06:00", end=TOMORROW[1]),
    },
    # "is the Baker Street duplex over 500k?" answered
    "deal_amount_compared": {
        "last": _last("deal.status", ask="amount", compare="over", figure=500000),
        "deal": _at(_JUST, name="Baker Street duplex"),
    },
}
