"""Every intent and duty on sentences of our own (none from the corpus), one table per intent."""

import pytest

from tests.unit.parser.support import table, understood

AGENDA = table("""
    what do I have on Thursday?
    what's on my schedule for tomorrow afternoon
    send me my calendar
    email me my agenda for next week
    what meetings do I have today
    do I have any showings tomorrow?
    how does my day look?
    how busy am I next week
    pull up my calendar for the 3rd
    what's happening this weekend
    give me a rundown of tomorrow
    anything on the calendar for Dec 4?
    when is my next appointment
    who am I meeting with today
    calender tmrw
    what am I doing friday
    my schedule for monday please
    read me today's appointments
    hey jane, what's on the agenda for the rest of the week?
    what's on deck for tomorrow
    morning! what's on today?
    can I get my schedule for next week
    run me through tomorrow
    what time do I need to be at the Birch Lane showing?
    tmrw's sched pls
    whats going on thursday
    show me next week
    how many showings do I have this weekend
""")
AVAILABILITY = table("""
    am I free Friday afternoon?
    am I busy at 2 tomorrow
    is my 3pm open
    do I have time for a call at 4 today
    any openings next Tuesday morning?
    when am I free this week
    is Thursday at 10 available
    what's my availability on Monday
    could I squeeze in a meeting at 11:30
    do I have anything at 2 on friday
    is 9am clear on 12/3
    find me a free hour tomorrow
    when's a good time for a call this week
    would 10 on Monday be ok
    let me know if I'm free at 3
    free tmrw afternoon?
    do I have 30 minutes at some point today
    is the 3rd open for me
""")
SCHEDULE = table("""
    schedule lunch with Sam on Friday at noon
    add lunch to my calendar
    book a showing at 22 Oak St tomorrow at 4pm
    put a dentist appointment on my calendar for 12/9 at 8:30
    set up a call with Mark and Julie next Tuesday at 2
    pencil in coffee with Dana Thursday morning
    block off 1-3pm on Friday for paperwork
    reschedule my 2pm with Linda to Thursday
    move the team meeting to 11
    I need to meet with Tom tomorrow at 3
    create an event called Open House on Sunday 1-4pm
    can you book me a massage for friday at 5
    cancel my 3pm tomorrow
    lunch with Sam tomorrow at noon
    invite Dana to the Friday team meeting
    put me down for a call with Jim at 4
    get me on a call with the lender tomorrow at 11
    please book the conference room for 10am tomorrow
    sched a call w the Hursts tmrw 10am
    can we move lunch with Sam to 1?
""")
DEAL_STATUS = table("""
    how's the Jones deal going?
    update on the Maple Ave listing
    any movement on the Patel offer?
    did the Garcia deal close?
    when does the Henderson closing happen?
    what's the latest with Acme Corp
    where do we stand on 14 Elm St?
    has the Kim appraisal come back?
    Jones deal status?
    check on the Parker deal for me
    what stage is the Martinez deal in?
    where are we on the Jones closing
    Did the Smiths accept our counter?
    any offers on 22 Oak?
    when do we close on Maple?
    Is Maple Ave still under contract?
""")
PIPELINE = table("""
    how many deals do I have open?
    list my active listings
    what's closing this month?
    show all deals under contract
    pipeline report please
    which deals are pending?
    what did we close last quarter
    what deals are in escrow
    how's my pipeline looking
    deals closing next week
    any new leads this week?
    status of all my deals
    show me everything under contract
    what did we sell last month
    give me a rundown of all active deals
""")
REQUEST_STATUS = table("""
    any update on my requests?
    what's the status of my order?
    did you order the toner?
    is the newsletter done yet?
    has my va picked up the envelope request
    what happened to the holiday card mailing
    have the postcards gone out?
    list my open requests
    what's pending
    who's working on my request
    did the label maker arrive?
    how is the mailing list cleanup going?
    did the toner ever get ordered
    are the holiday cards out
    did you guys mail the checks
""")
# What Jane does herself rather than pass to the VA: a reminder, withdrawing a request by name.
REMINDER = table("""
    remind me to call Bob tomorrow
    remind me at 4 to call the lender
    set a reminder for friday to renew the lockbox codes
""")
REQUEST_CANCEL = table("""
    cancel my request for envelopes
    withdraw the holiday card order
""")
HELP = table("""
    help
    what can you do?
    how does this work
    what can I ask you
    commands please
    jane help
    how do I use you
    what are your options
    can you help me?
    i need help
    show me the commands
    what else can you do
    what can you help me with
    menu
    how can you help
""")
SMALLTALK = table("""
    hi
    hello jane
    thanks!
    thank you so much
    good afternoon
    hey there
    cheers
    ok thanks
    awesome, thank you
    have a great weekend
    bye
    sounds good
    got it, thanks jane
    :wave: hi jane
    <@U0JANE01> thanks!
""")
UNKNOWN = table("""
    what's the weather like
    tell me a joke
    who won the game last night
    asdfgh
    what is the capital of France
    I like turtles
    how tall is the Eiffel tower
    what's 2+2
    play some music
    sing me a song
    where is the bathroom
    tell me about yourself
    what time is it
    lorem ipsum dolor sit amet
    the sky is blue
""")


@pytest.mark.parametrize(
    ("intent", "duty", "text"),
    [("calendar.agenda", "daily_schedule", t) for t in AGENDA]
    + [("calendar.availability", "daily_schedule", t) for t in AVAILABILITY]
    + [("calendar.schedule", "appointment_scheduling", t) for t in SCHEDULE]
    + [("deal.status", "sales_tracking", t) for t in DEAL_STATUS]
    + [("deal.pipeline", "sales_tracking", t) for t in PIPELINE]
    + [("request.status", None, t) for t in REQUEST_STATUS]
    + [("reminder.create", None, t) for t in REMINDER]
    + [("request.cancel", None, t) for t in REQUEST_CANCEL]
    + [("help", None, t) for t in HELP]
    + [("smalltalk", None, t) for t in SMALLTALK]
    + [("unknown", None, t) for t in UNKNOWN],
)
def test_intent_and_duty(intent, duty, text):
    parsed = understood(text)
    assert (parsed.intent, parsed.duty) == (intent, duty)


@pytest.mark.parametrize(
    ("intent", "phase"),
    [("calendar.agenda", 3), ("calendar.schedule", 3), ("deal.status", 3), ("help", None), ("unknown", None)],
)
def test_phase_is_the_duty_phase(intent, phase):
    examples = {"calendar.agenda": AGENDA, "calendar.schedule": SCHEDULE, "deal.status": DEAL_STATUS,
                "help": HELP, "unknown": UNKNOWN}  # fmt: skip
    assert {understood(text).phase for text in examples[intent]} == {phase}


@pytest.mark.parametrize(
    ("text", "intent", "duty"),
    [
        ("send me my calendar", "calendar.agenda", "daily_schedule"),
        ("send me the newsletter draft", "task.create", "mailings"),
        ("where are we on the paper order", "request.status", None),
        ("where are we on the Jones closing", "deal.status", "sales_tracking"),
        ("add lunch to my calendar", "calendar.schedule", "appointment_scheduling"),
        ("add Lucy Park to the mailing list", "task.create", "mailing_lists"),
        ("book me a hotel in Dallas for the summit", "task.create", "general"),
        ("book a showing at 5 Elm St on Friday at 2", "calendar.schedule", "appointment_scheduling"),
        ("we need more copy paper", "task.create", "office_supplies"),
        ("write copy for the Elm St postcard", "task.create", "ad_copy"),
        ("mail the flyers to the Eastside list", "task.create", "mailings"),
        ("take the Hursts off the Eastside list", "task.create", "mailing_lists"),
        ("confirm my showings for Saturday", "task.create", "appointment_confirmations"),
        ("what showings do I have Saturday", "calendar.agenda", "daily_schedule"),
        ("answer my calls during the closing", "task.create", "call_email_screening"),
        ("what's happening with the Elm St deal", "deal.status", "sales_tracking"),
        ("what's happening on Friday", "calendar.agenda", "daily_schedule"),
        ("get coffee with Dana on Friday", "calendar.schedule", "appointment_scheduling"),
        ("get more coffee pods", "task.create", "office_supplies"),
    ],
)
def test_tricky_pairs(text, intent, duty):
    parsed = understood(text)
    assert (parsed.intent, parsed.duty) == (intent, duty)
