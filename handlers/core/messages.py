"""Every sentence Jane says to people, in one place so a writer can review them all at once.

Group new sentences under a comment naming your capability. Placeholders use str.format names.
Slack mrkdwn is fine (`*bold*`, `<@U…>` mentions); the console turns mentions into names.
"""

# --- people Jane does not know yet -------------------------------------------------------------------
UNKNOWN_PERSON = "Hi! I don't know you yet — an admin can add you, and then I'm all yours."
UNKNOWN_PERSON_ADMIN = "<@{user}> just wrote to me, but they aren't set up yet. Shall I add them?"

# --- conversation: bad input and errors ---------------------------------------------------------------
EMPTY_MESSAGE = "I didn't catch anything there. Try “help” to see what I can do."
TOO_LONG = "That's a lot of text for me to take in at once. Could you say it in a few sentences?"
SOMETHING_WENT_WRONG = "Sorry — something went wrong on my side. Please try again in a minute."
BUTTON_OUT_OF_DATE = "That button is out of date — the request it belongs to is gone."
CLICK_AGAIN = "Slack gave me too little time to open that form. Please click the button again."

# --- yes/no questions: the word that answers one, then what is so ------------------------------------
YES_NO_LEAD = {True: "Yes — {text}", False: "No — {text}"}

# --- the gate ------------------------------------------------------------------------------------------
DUTY_LOCKED = (
    "That's *{label}* ({covers}), which unlocks in *{phase_name}*. For now you're in {current_name}."
)
DUTY_LOCKED_HINT = "When you're ready, I can ask your VA about moving up — nothing is lost in the meantime."
DUTY_WITHHELD = "{label} isn't part of what I do for you at the moment."
DUTY_WITHHELD_HINT = "Your VA can switch it on for you; just ask them."
ASK_ABOUT_PHASE = "Ask my VA about Phase {phase}"
NOT_A_CLIENT = (
    "You're set up as {role}, and I take requests like that from clients. "
    "Say “help” to see what I can do for you."
)
ROLE_NAMES = {"va": "a VA", "admin": "an admin"}

# --- phases and duty overrides: /phase, Accept / Decline, "Ask my VA about Phase N" ---------
# A {"you": …, "them": …} pair is picked by whether the reader is the client the sentence is about.
PHASE_ROMAN = {1: "I", 2: "II", 3: "III"}
PHASE_USAGE = (
    "`/phase` shows your phase and duties. `/phase @client 2` changes a client's phase (a raise waits "
    "for the client to accept); `/phase @client +duty`, `-duty` or `=duty` switches one duty on, off or "
    "back to what the phase gives. A client steps down at once with `/phase 1`."
)
PHASE_PICK_PERSON = (
    "I can't tell who “{name}” is from plain text — type @ and pick the person from the list, "
    "so Slack tells me exactly who you mean."
)
PHASE_BAD_PHASE = "There are phases 1, 2 and 3 — which one did you mean?"
PHASE_UNKNOWN_DUTY = "I don't know the duty “{duty}”. The duties are: {valid}."
PHASE_NAME_CLIENT = "Which client? Name them: `/phase @client 2`."
PHASE_NOT_CLIENT = "{who} isn't one of my clients."
PHASE_NOT_SERVED = "You can't change {who}'s phase: you don't serve them, so that's for their VA or an admin."
PHASE_ONLY_CLIENTS = "Only clients can ask to move up a phase."
PHASE_NOBODY = "You're not set up as a client, a VA or an admin yet."
PHASE_YOU = "you"

PHASE_YOURS = "You're in *{phase_name}*."
PHASE_YOUR_VA = "Your VA is {va}."
PHASE_NO_VA = "You don't have a VA yet."
PHASE_DUTIES = "*What I take on for you:*\n{lines}"
PHASE_DUTY_LINE = "• {label} — {covers}"
PHASE_WITHHELD = "*Switched off for you:* {labels}"
PHASE_NEXT = "*{phase_name} would add:* {labels}"
PHASE_WAITING = "*Waiting for an answer:* Phase {roman}, asked by {who}."
PHASE_CLIENTS = "*Your clients:*"
PHASE_CLIENTS_ALL = "*Every client:*"
PHASE_CLIENT_LINE = "• {client} — Phase {roman}{overrides}{va}"
PHASE_CLIENT_OVERRIDES = " ({changes})"
PHASE_CLIENT_VA = " · VA {va}"
PHASE_NO_CLIENTS = "You have no clients right now."

PHASE_ALREADY = {"you": "You're already in Phase {roman}.", "them": "{client} is already in Phase {roman}."}
PHASE_SET = {"you": "Done: you're now in *{phase_name}*.", "them": "Done: {client} is now in *{phase_name}*."}
PHASE_TOLD_SET = {
    "you": "{actor} moved you to *{phase_name}*.",
    "them": "{actor} moved {client} to *{phase_name}*.",
}
PHASE_TOLD_STEPPED_DOWN = "{actor} stepped down to *{phase_name}*."
PHASE_PROPOSAL_TO_CLIENT = "{who} proposes moving you up to *{phase_name}*, which adds: {adds}."
PHASE_PROPOSAL_TO_VA = "{client} asks to move up to *{phase_name}*, which adds: {adds}."
PHASE_PROPOSAL_HINT = "Nothing changes unless you accept."
PHASE_ACCEPT = "Accept"
PHASE_DECLINE = "Decline"
PHASE_PROPOSED = "I've asked {who} about Phase {roman} and I'll tell you what they decide."
PHASE_ALREADY_ASKED = "You've already asked about Phase {roman}; it's waiting for an answer."
PHASE_NO_DECIDER = "There's nobody to ask yet — an admin needs to assign a VA first."
PHASE_ACCEPTED = {
    "you": "Accepted — you're now in *{phase_name}*.",
    "them": "Accepted — {client} is now in *{phase_name}*.",
}
PHASE_DECLINED = {
    "you": "Declined — you stay in Phase {roman}.",
    "them": "Declined — {client} stays in Phase {roman}.",
}
PHASE_TOLD_ACCEPTED = {
    "you": "{decider} accepted: you're now in *{phase_name}*.",
    "them": "{decider} accepted the move: {client} is now in *{phase_name}*.",
}
PHASE_TOLD_DECLINED = {
    "you": "{decider} declined the move to Phase {roman}; you stay in Phase {from_roman}.",
    "them": "{decider} declined the move to Phase {roman}; {client} stays in Phase {from_roman}.",
}
PHASE_STALE = {
    "you": "That proposal is out of date — your phase has changed since (you're in Phase {roman} now).",
    "them": "That proposal is out of date — {client}'s phase has changed since (Phase {roman} now).",
}
PHASE_DECIDED_ALREADY = "That proposal was already {status}."
PHASE_NOT_YOUR_DECISION = "That one is for {who} to decide, so I left it as it was."
PHASE_THEIR_VA = "{client}'s VA"
PHASE_PROPOSAL_GONE = "That proposal doesn't exist any more."
PHASE_OVERRIDE_VERBS = {True: "switched on", False: "switched off", None: "reset to what the phase gives"}
PHASE_OVERRIDE_DONE = "Done: *{label}* {verb} for {client}."
PHASE_TOLD_OVERRIDE = "*{label}* {verb} for {client} by {actor}."
PHASE_OVERRIDE_SAME = "Nothing to change — *{label}* already stands that way for {client}."
PHASE_CLIENT_GRANTS = "Only your VA can switch *{label}* on for you — ask them, they'll take it from there."

# --- App Home: what a person sees on Jane's Home tab ------------------------------------------
HOME_TITLE = "Hi {name} — here's where things stand."
HOME_PHASE_TITLE = "Your phase"
HOME_PHASE = "*{phase_name}*"
HOME_DUTIES_TITLE = "What I take on for you"
HOME_DUTY_LINE = "• {label} — {covers}"
HOME_NO_DUTIES = "Nothing at the moment — your VA can switch duties on for you."
HOME_NEXT_TITLE = "What unlocks next"
HOME_NEXT = "*{phase_name}* adds: {labels}"
HOME_NEXT_TOP = "You're in the top phase — everything is unlocked."
HOME_DECIDE_TITLE = "Waiting for your answer"
HOME_DECIDE_CLIENT = "{who} proposes moving you up to *{phase_name}*."
HOME_DECIDE_VA = "{client} asks to move up to *{phase_name}*."
HOME_REQUESTS_TITLE = "Your open requests"
HOME_REQUESTS_NONE = "Nothing open — just message me when you need something."
HOME_REQUEST_LINE = "*#{id}* {text} — {state}{due}"
HOME_CLIENTS_TITLE = "Your clients"
HOME_CLIENTS_ALL_TITLE = "Every client"
HOME_QUEUE_TITLE = "Open requests"
HOME_QUEUE_NONE = "The queue is empty."
HOME_QUEUE_LINE = "*#{id}* {client} · {label}: {text} — {state}{due}"
HOME_MORE = "…and {count} more."

# --- help ----------------------------------------------------------------------------------------------
HELP_CLIENT_INTRO = "Here's what you can ask me. You're in {phase_name}."
HELP_PHASE_LINE = "*{phase_name}*\n{duties}"
HELP_DUTY_LINE = "• {label} — {example}"
HELP_LOCKED_LINE = "*Later, in {phase_name}:* {labels}"
HELP_ALWAYS = (
    "*Any time:* “what's the status of my requests?” · cancel a request with its button · "
    "say “help” to see this again."
)
HELP_EXAMPLES = {
    "mailing_lists": "“add Dana Reyes to the newsletter list”",
    "office_supplies": "“please order more printer paper”",
    "mailings": "“send the holiday cards by Friday”",
    "general": "“pick up my dry cleaning tomorrow”",
    "appointment_confirmations": "“confirm my appointments for tomorrow”",
    "ad_copy": "“write ad copy for the Lakeview listing”",
    "call_email_screening": "“screen my calls this afternoon”",
    "daily_schedule": "“what's on my calendar today?”",
    "sales_tracking": "“where are we on the Jones closing?”",
    "appointment_scheduling": "“book lunch with Priya Thursday at noon”",
}
HELP_VA = (
    "I pass your clients' requests to you and keep them told. New requests appear as cards with "
    "*Claim*; once you've claimed one, *Done* (with an optional note) or *Release* it. "
    "Use `/phase` to see your clients' phases and `/phase @client N` to propose a change, "
    "and `/deal` to keep their deals up to date."
)
HELP_ADMIN_EXTRA = "As an admin you can act on every client's requests and set a phase directly."

# --- smalltalk -----------------------------------------------------------------------------------------
SMALLTALK_HELLO = "Hi {name}! What can I do for you?"
SMALLTALK_THANKS = "You're welcome!"
SMALLTALK_BYE = "Talk soon!"
SMALLTALK_YOU_TOO = "You too — talk soon!"
SMALLTALK_HOW_ARE_YOU = "All good here, thanks for asking — what can I do for you?"
SMALLTALK_DEFAULT = "Happy to help — just tell me what you need."
SMALLTALK_LATER = "Of course — take your time. I'm here whenever you want to pick it up."
SMALLTALK_NOTED = "Great — just ask if anything else comes up."
SMALLTALK_REMARK = "Noted — just say if you'd like me to do anything about it."
SMALLTALK_NEVER_MIND = "No problem — nothing's changed. Just ask whenever you need something."

# --- unknown: offer to pass it on ---------------------------------------------------------------------
UNKNOWN_INTENT = "I'm not sure I understood that. Shall I pass it to your VA as a request?"
UNKNOWN_INTENT_NOT_CLIENT = "I'm not sure I understood that. Say “help” to see what I can do for you."
PASS_TO_VA = "Pass it to my VA"
OFFER_EXPIRED = "That offer has expired — just tell me again what you need."

# --- task intake and the request queue ---------------------------------------------------------------
TASK_PHRASES = {
    "mailing_lists": "update your mailing lists",
    "office_supplies": "order office supplies",
    "mailings": "send the mailing",
    "general": "take care of it",
    "appointment_confirmations": "confirm your appointments",
    "ad_copy": "write the ad copy",
    "call_email_screening": "screen your calls and email",
    "daily_schedule": "handle your schedule",
    "sales_tracking": "look into your deals",
    "appointment_scheduling": "book the appointment",
}
TASK_QUEUED = "I've asked {who} to {phrase}{due}."
TASK_DUE = " (due {when})"
TASK_WHO_VA = "your VA, {name},"
TASK_WHO_TEAM = "the team"
TASK_PHRASE_ANY = "take care of it"  # a duty missing from TASK_PHRASES and the catalogue
SOMEONE = "someone"  # an owner or actor Jane cannot name
TASK_YOUR_WORDS = "> {text}"
TASK_NEXT = "I'll let you know here as soon as someone picks it up."
CANCEL = "Cancel"

CARD_HEADLINE = "*{label}* for {client}{due}"
CARD_STATE = {
    "queued": "Waiting for someone to claim it.",
    "claimed": "Claimed by {owner}.",
    "awaiting_confirmation": "Waiting for a VA to check it.",
    "done": "Done by {owner}.",
    "cancelled": "Cancelled.",
}
CARD_NOTE = "Note: {note}"
CLAIM = "Claim"
RELEASE = "Release"
DONE = "Done"

CLIENT_CLAIMED = "{owner} has picked up your request to {phrase}."
CLIENT_RELEASED = "Your request to {phrase} is back in the queue; someone else will pick it up."
CLIENT_DONE = "Done: your request to {phrase}."
CLIENT_DONE_NOTE = "{owner} says: {note}"
CLIENT_CANCELLED = "Cancelled: your request to {phrase}."
OWNER_CANCELLED = "<@{client}> cancelled their request to {phrase}; nothing more to do on it."

ACTOR_CLAIMED = "It's yours: {summary}"
ACTOR_RELEASED = "Released — it's back in the queue."
ACTOR_DONE = "Marked done — I've told {client}."
ALREADY_CLAIMED = "Already claimed by {owner}."
ALREADY_IN_STATE = "That request is already {status}."
NOT_YOURS = "Only the client's VA can do that, so I left the request as it was."
NOT_YOURS_CANCEL = "Only the client who asked (or their VA) can cancel it, so I left it as it was."

DONE_MODAL_TITLE = "Mark done"
DONE_MODAL_SUBMIT = "Done"
DONE_MODAL_NOTE = "Note for the client (optional)"
DONE_MODAL_NOTE_HINT = "e.g. Ordered 5 reams; arriving Thursday."

STATUS_HEADLINE_OPEN = "You have {count} open request{s}:"
STATUS_NONE_OPEN = "You have no open requests."
STATUS_RECENT = "*Recently finished:*"
STATUS_LINE = "• {text} — {state}{due}"
STATUS_STATE = {
    "queued": "waiting for a VA",
    "claimed": "{owner} is on it",
    "awaiting_confirmation": "waiting for your VA to check it",
    "done": "done",
    "cancelled": "cancelled",
}
STATUS_TURNED_DOWN = "not booked: turned down by <@{user}>"
STATUS_VA_HEADLINE = "Open requests of the clients you serve ({count}):"
STATUS_VA_LINE = "• <@{client}>: {text} — {state}"
STATUS_VA_NONE = "None of your clients has an open request."

# --- deals: where a deal stands, the pipeline, and the VA's updates -------------------------
DEAL_HEADLINE = "*{name}* is at *{stage}* — for {how_long}."
DEAL_NEXT_STEP = "*Next step:* {text}"
DEAL_CLOSE_DATE = "*Expected close:* {day}"
DEAL_AMOUNT = "*Amount:* {amount}"
DEAL_LAST_UPDATE = "Last updated {ago} ago by {who}."
DEAL_LAST_UPDATE_NOBODY = "Last updated {ago} ago."
DEAL_HISTORY = "*Recent changes:*\n{lines}"
DEAL_HISTORY_LINE = "• {day} — {who}: {change}{note}"
DEAL_HISTORY_NOTE = " — “{note}”"
DEAL_HISTORY_SOMEONE = "someone"
DEAL_CHANGES = {
    "opened": "opened at {new}",
    "stage": "{old} → {new}",
    "next_step": "next step: {new}",
    "close_date": "expected close {old} → {new}",
    "amount": "amount {old} → {new}",
    "name": "renamed from {old}",
    "notes": "notes updated",
    "note": "note added",
}
DEAL_NOTHING = "none"
DEAL_WHICH = "Which deal do you mean? More than one fits “{words}”:"
DEAL_NOT_FOUND = "I couldn't find a deal matching “{words}”."
DEAL_WHICH_ONE = "Which deal would you like to hear about?"
DEAL_OPEN_LIST = "Your open deals: {names}."
DEAL_NONE_OPEN = "You have no open deals at the moment."
DEAL_NO_DEALS = "You don't have any deals with me yet — your VA adds them as they come in."
DEAL_GONE = "That deal isn't one of yours, so I can't show it."
DEAL_AMOUNT_FORMAT = "${amount}"
DEAL_SPANS = {
    "moments": "less than an hour",
    "hours": "{n} hour{s}",
    "days": "{n} day{s}",
    "months": "{n} month{s}",
}
DEAL_CLOSES = "closes {day}"
DEAL_CLOSED_ON = "closed {day}"

PIPELINE_SUMMARY = "You have {count} open deal{s}{total}:"
PIPELINE_TOTAL = " worth {amount}"
PIPELINE_STAGE_LINE = "• *{stage}* ({count}): {deals}"
PIPELINE_DEAL_LINE = "• *{name}* — {details}"
PIPELINE_IN_STAGES = "{count} deal{s} in {stages}:"
PIPELINE_YES = YES_NO_LEAD[True]
PIPELINE_IN_STAGES_NONE = "No deals in {stages} right now."
PIPELINE_CLOSING = "{count} deal{s} expected to close {window}:"
PIPELINE_CLOSING_NONE = "No deals are expected to close {window}."
PIPELINE_MOVED = "{count} deal{s} moved to {stages} {window}:"
PIPELINE_MOVED_NONE = "No deals moved to {stages} {window}."
PIPELINE_MOVED_ANY = "{count} deal{s} changed stage {window}:"
PIPELINE_MOVED_ANY_NONE = "None of your deals changed stage {window}."
PIPELINE_CLOSED = "{count} deal{s} closed {window}:"
PIPELINE_CLOSED_NONE = "No deals closed {window}."
PIPELINE_WINDOW = "between {first} and {last}"
PIPELINE_WINDOW_DAY = "on {day}"
PIPELINE_OR = " or "
PIPELINE_UNKNOWN_STAGE = "I don't have a stage called “{words}”. The stages are: {stages}."

DEAL_MODAL_TITLE = "Deal"
DEAL_MODAL_SUBMIT = "Save"
DEAL_MODAL_PICK = "Deal"
DEAL_MODAL_PICK_HINT = "A deal to update, or a client for a new one"
DEAL_MODAL_NEW = "New deal for {client}"
DEAL_MODAL_FOR = "*{name}* for {client} — now at *{stage}*."
DEAL_MODAL_NAME = "Name (new deals)"
DEAL_MODAL_STAGE = "Stage"
DEAL_MODAL_NEXT = "Next step"
DEAL_MODAL_CLOSE = "Expected close date"
DEAL_MODAL_AMOUNT = "Amount"
DEAL_MODAL_NOTE = "Note for the history"
DEAL_MODAL_NOTE_HINT = "Sent to the client with a stage change, e.g. Buyers signed Friday."
DEAL_MODAL_KEEP = "Fields left empty stay as they are."
DEAL_ERROR_PICK = "Pick a deal to update, or a client for a new deal."
DEAL_ERROR_NAME = "A new deal needs a name (up to 200 characters)."
DEAL_ERROR_STAGE = "A new deal needs a stage."
DEAL_ERROR_AMOUNT = "Write the amount as a number, e.g. 412000 or 412,000.50."
DEAL_NOT_YOURS = "That client isn't one of yours, so I left their deals as they were."
DEAL_VA_ONLY = (
    "Only VAs and admins keep deals up to date. To hear about one, just ask me, "
    "e.g. “where are we on the Jones closing?”"
)
DEAL_NO_CLIENTS = "You don't serve any clients yet, so there are no deals to keep up to date."
DEAL_SAVED_NEW = "Added *{name}* for <@{client}> at {stage}."
DEAL_SAVED = "Updated *{name}* for <@{client}>: {changes}."
DEAL_UNCHANGED = "Nothing changed on *{name}*."
DEAL_TOLD_CLIENT = "I've told <@{client}> about the new stage."
DEAL_CLIENT_STAGE = "Update on *{name}*: it's moved from {old} to *{new}*."
DEAL_CLIENT_NOTE = "{who} says: {note}"
DEAL_COMMAND_USAGE = (
    "Type /deal N STAGE [note], e.g. /deal 3 under contract Both sides signed, or /deal new @client STAGE"
    " NAME, e.g. /deal new @maria lead Lakeside condo. Stages: {stages}."
)
DEAL_HOME_TITLE = "Open deals"
DEAL_HOME_COUNT = "{count} open — keep them up to date here or with `/deal`."
DEAL_HOME_LINE = "*{name}* — {details}"
DEAL_HOME_NONE = "No open deals right now."
DEAL_HOME_UPDATE = "Update"
DEAL_HOME_ADD = "New deal"

# --- proactive assistant: morning agenda, confirmations, nudges ----------------------------
AGENDA_IS = "Your morning agenda comes at {time}{days}."
AGENDA_SET = "Done — I'll send your agenda at {time}{days}."
AGENDA_WEEKDAYS = " on weekdays"
AGENDA_EVERY_DAY = " every day"
AGENDA_STOPPED = (
    "Okay, I've turned off your morning agenda. Say “send my agenda at 8” whenever you want it back."
)
AGENDA_ALREADY_OFF = "Your morning agenda is already off. Say “send my agenda at 8” to start it."
AGENDA_AT_NIGHT = (
    "I don't send messages between {quiet_start} and {quiet_end} (your quiet hours), "
    "so pick a time between {quiet_end} and {quiet_start}."
)
AGENDA_WHICH_TIME = "What time should I send your agenda? For example: “send my agenda at 7:30”."
AGENDA_HOME_TITLE = "Morning agenda"
AGENDA_HOME_ON = (
    "I send you the day's agenda at {time}{days}. Pick another time, or say “send my agenda at 7:15”."
)
AGENDA_HOME_OFF = "Your morning agenda is off. Pick a time to start it, or say “send my agenda at 8”."
AGENDA_HOME_STOP = "Stop it"
AGENDA_NOT_YOURS = (
    "The morning agenda comes with the daily schedule (Phase III), which isn't yours at the moment."
)
AGENDA_HOME_WEEKDAYS = "Weekdays only"
AGENDA_HOME_EVERY_DAY = "Every day"

CHECKLIST_HEADLINE = "Appointments for <@{client}> on {day} — please confirm each one:"
CHECKLIST_LINE = "• {when} — {title}{where}"
CHECKLIST_LINE_DONE = "• ~{when} — {title}~ ✓ confirmed by {who}"
CHECKLIST_WHERE = " ({where})"
CHECKLIST_ALL_DAY = "all day"
CHECKLIST_BUTTON = "Confirmed: {when} {title}"
CHECKLIST_HINT = "Press a button once you've confirmed that appointment; I'll tell <@{client}>."
CHECKLIST_ALL_DONE = "All confirmed — thank you!"
CLIENT_CONFIRMED = "{va} confirmed your appointment: {title}, {day} at {when}."
CHECK_NOT_YOURS = "Only <@{client}>'s VA can confirm their appointments, so I left it as it was."
CHECK_ALREADY = "Already confirmed by {who}."
CHECK_GONE = "That appointment isn't on a checklist any more."

NUDGE_UNCLAIMED = "Nobody has claimed this yet — <@{client}> asked {ago} ago: *{label}*"
NUDGE_OVERDUE_VA = "Overdue: <@{client}>'s request (*{label}*) was due {due} and isn't done yet."
NUDGE_OVERDUE_CLIENT_OWNED = (
    "Your request to {phrase} was due {due} and isn't done yet — I'm sorry. I've reminded {owner}, "
    "and I'll tell you here as soon as it's done."
)
NUDGE_OVERDUE_CLIENT_UNOWNED = (
    "Your request to {phrase} was due {due}, and nobody has picked it up yet — I'm sorry. "
    "I've flagged it to the team and I'll tell you here as soon as someone does."
)
NUDGE_STALE_DEAL = (
    "No update on <@{client}>'s deal *{deal}* ({stage}) for {days} days. Could you check in and update it?"
)
AGO_MINUTES = "{n} minutes"
AGO_HOURS = "{n} hours"
AGO_DAYS = "{n} days"

# --- calendar: agenda, availability, booking, Google connection ---------------------------
# The calendar adapters' error sentences (a CalendarError's message) are in integrations/sentences.py.

CAL_DAY = "Your calendar for {day}:"
CAL_PICKED = "Your {which} event {window} is *{title}*, {times}{where}."
CAL_PICK_SPAN = "from {first} to {last}"
CAL_PICK_WHERE = " at {location}"
CAL_COUNT = "{count} event{s}."  # "how many meetings have I got tomorrow?", before the list
CAL_DAY_EMPTY = "Nothing scheduled for {day} — your calendar is clear."
CAL_RANGE = "Your calendar from {first} to {last}:"
CAL_RANGE_EMPTY = "Nothing scheduled from {first} to {last} — your calendar is clear."
CAL_RANGE_DAY = "*{day}*\n{lines}"
CAL_RANGE_DAY_EMPTY = "Nothing scheduled."
CAL_LINE = "• {when} · *{title}*{extras}"
CAL_ALL_DAY = "All day"
CAL_THROUGH = " (through {day})"
CAL_UNTIL = "Until {time}"
CAL_FROM = "From {time}"
CAL_WHERE = " · {location}"
CAL_JOIN = " · <{link}|Join>"
CAL_DECLINED = "{count} declined event{s} not shown."

CAL_FREE_LATER = "Free later that day: {periods}."
CAL_NO_FREE_LATER = "Nothing else is free that day within your working hours."
CAL_DAY_FREE_PERIODS = "Free: {periods}."
CAL_NO_FREE = "No free time left within your working hours."

CAL_BOOK_WHEN = "When should I book *{title}*? Tell me the day and time, e.g. “Tuesday at noon”."
CAL_BOOK_PAST = "That time has already passed — when should I book *{title}*?"
CAL_BOOK_DRAFTED = (
    "I've drafted *{title}* for {when}. Your VA will check it, then I'll put it on your calendar."
)
CAL_BOOK_CONFLICT = "Heads-up: that overlaps {clash}, already on your calendar."
CAL_MOVE_CONFLICT = "Heads-up: at the new time it would overlap {clash}, already on your calendar."
CAL_BOOK_DEFAULT_TITLE = "Appointment"
# Moving or cancelling an event is passed to the VA as a request; these are its verb phrases.
CAL_CHANGE_MOVE = "move {event} to {when}"
CAL_CHANGE_MOVE_ANYTIME = "move {event} to a new time"
CAL_CHANGE_CANCEL = "cancel {event}"
CAL_CHANGE_EVENT_AT = "{event} ({when})"
CAL_CHANGE_SOME_EVENT = "the event"
CAL_MOVE_RETIMED = "I've changed your request: {what}. Your VA sees the new time on the request."
CAL_MOVE_RETIMED_OWNER = "<@{client}> changed their request: {what}."
CAL_CHANGE_WORDS = "{what} — “{words}”"  # the request's text: Jane's reading, then the client's own words
CAL_BOOK_WITH = "{title} with {people}"
CAL_CARD = "*Booking* for <@{client}>: *{title}*, {when}"
CAL_CARDS = {  # the VA's card, by what the draft does (booking_card.kind_of)
    "booking": CAL_CARD,
    "move": "*Move* for <@{client}>: *{title}*, from {was} to {when}",
    "cancel": "*Cancellation* for <@{client}>: take *{title}*, {when}, off the calendar",
}
CAL_CARD_WORDS = "> {text}"
CAL_CARD_PEOPLE = "With: {people}"
CAL_CARD_CONFLICT = "⚠️ Overlaps what's already there: {when}"
CAL_CARD_STATE = {
    "awaiting_confirmation": "Waiting for a VA to confirm. Jane books it only once confirmed.",
    "done": "Booked, confirmed by <@{actor}>.",
    "cancelled": "Not booked: {how}.",
}
CAL_CARD_CHANGE_STATE = {
    "awaiting_confirmation": "Waiting for a VA to confirm. Jane changes the calendar only once confirmed.",
    "done": "Done on the calendar, confirmed by <@{actor}>.",
    "cancelled": "Not changed: {how}.",
}
CAL_CARD_REJECTED_BY = "rejected by <@{actor}>"
CAL_CARD_CANCELLED = "cancelled"
CAL_CONFIRM = "Confirm"
CAL_REJECT = "Reject"
CAL_BOOKED = "Booked: *{title}*, {when}."
CAL_BOOKED_LINK = "<{link}|Open it in Google Calendar>"
CAL_BOOKED_LOCAL = "It's on your calendar."
CAL_BOOKED_VA = "Booked — I've told <@{client}>."
# A change of an event already on the calendar, drafted for the VA and made once confirmed (changes.py)
CAL_MOVE_DRAFTED = "I'll move *{title}* from {was} to {when} as soon as your VA confirms it."
CAL_RESIZE_DRAFTED = "I'll change *{title}* from {was} to {when} as soon as your VA confirms it."
CAL_CANCEL_DRAFTED = "I'll take *{title}* ({when}) off your calendar as soon as your VA confirms it."
CAL_MOVED = "Done: *{title}* is now {when}."
CAL_TAKEN_OFF = "Cancelled: *{title}* ({when}) is off your calendar."
CAL_CHANGED_VA = "Done on the calendar — I've told <@{client}>."
CAL_CHANGE_FAILED_VA = (
    "I couldn't change it yet: {problem} It's still waiting for you — press Confirm again later."
)
CAL_REJECTED_CHANGE = {
    "move": "Your VA didn't change *{title}*{reason}. It stays at {was}.",
    "cancel": "Your VA didn't take *{title}* off your calendar{reason}. It's still on, {when}.",
}
CAL_REJECTED = "Your VA didn't book *{title}*{reason}. Tell me another time if you'd like to try again."
CAL_REJECTED_REASON = ": {note}"
CAL_REJECTED_VA = "Rejected — I've told <@{client}>."
CAL_REJECT_MODAL_TITLE = "Reject booking"
CAL_REJECT_MODAL_SUBMIT = "Reject"
CAL_REJECT_MODAL_REASON = "Why not? I'll tell the client."
CAL_REJECT_MODAL_REASON_HINT = "e.g. Sam is away that week — could we try the week after?"
CAL_CARD_REASON = "Reason: {note}"
CAL_BOOK_FAILED_VA = (
    "I couldn't book it yet: {problem} It's still waiting for you — press Confirm again later."
)
CAL_BOOK_NOT_GRANTED_VA = (
    "<@{client}> no longer has appointment booking among their duties, so I didn't book it."
)
CAL_NOT_A_BOOKING = "That button doesn't belong to a booking any more."

CAL_CONNECT = "Connect Google Calendar"
CAL_RECONNECT = "Reconnect"
CAL_VA_ACCESS_LOST = "I've lost access to <@{client}>'s Google Calendar; I've asked them to reconnect it."
CAL_CONNECTED = "Your Google Calendar is connected — ask me “what's on my calendar today?”"
CAL_CONNECTED_PAGE = "Your Google Calendar is connected. You can close this tab and go back to Slack."
CAL_CONNECT_PAGE_TITLE = "Jane — Google Calendar"
CAL_CONNECT_LINK = (
    "Here's your link to connect Google Calendar. It works once, in the next {minutes} minutes, "
    "and only for you — please don't forward it."
)
CAL_CONNECT_WRONG_ACCOUNT = (
    "Your Connect link was used to sign in to Google as {account}, not as {email}, so I connected "
    "nothing — use Connect again and sign in as {email}."
)
CAL_VA_CONNECT_WRONG_ACCOUNT = (
    "Someone used <@{client}>'s Connect link to sign in to Google as {account}, not as their {email}, "
    "so I connected nothing."
)
CAL_CONNECT_UNCONFIRMED_ACCOUNT = "an account Google didn't name"
CAL_HOME_TITLE = "Google Calendar"
CAL_HOME_CONNECTED = "Connected — I read your schedule from your Google Calendar."
CAL_HOME_NOT_CONNECTED = "Not connected yet. Connect it and I can tell you what's on your calendar."
CAL_HOME_LOST = "I've lost access to your Google Calendar. Reconnect it and I can read your schedule again."


# --- people: admins add and change clients and VAs from Slack ------------------------------------------

PEOPLE_ADD_AS_CLIENT = "Add as client"
PEOPLE_ADD_AS_VA = "Add as VA"
PEOPLE_TITLE = "People"
PEOPLE_CLIENT_LINE = "{who} · client, {phase_name} · VA: {va}"
PEOPLE_VA_LINE = "{who} · VA"
PEOPLE_CHANGE = "Change"
PEOPLE_ADD = "Add someone"
PEOPLE_ADD_HINT = "Add a client or a VA; their name, time zone and email come from Slack."
PEOPLE_NO_VA_YET = "none yet"
PEOPLE_ADMINS_ONLY = "Only an admin can add or change people."
PEOPLE_NOT_A_VA = "<@{user}> isn't a VA yet — add them as a VA first."
PEOPLE_NOBODY = "<@{user}> isn't a client or a VA; nothing to remove."
PEOPLE_VA_ADDED = "{who} is a VA now."
PEOPLE_CLIENT_ADDED = "{who} is a client now, in {phase_name}, with {va} as their VA (time zone {zone})."
PEOPLE_CLIENT_CHANGED = "Saved: {who} is in {phase_name}, with {va} as their VA (time zone {zone})."
PEOPLE_PHASE_KEPT = "Not changed to {asked}: a client's phase moves only with `/phase`, agreed with their VA."
PEOPLE_REMOVED = "Removed {who}: no longer a client or a VA. Their requests and deals stay on record."
PEOPLE_ORPHANS = "Their clients {clients} have no VA now — give them one with Change."
PEOPLE_WELCOME_CLIENT = (
    "Hi, I'm Jane! I pass your requests to your VA ({va}) and answer what I can myself. You're in "
    "{phase_name} — type *help* to see what I can do."
)
PEOPLE_WELCOME_VA = "Hi, I'm Jane! You're set up as a VA: your clients' requests will reach you here."
PEOPLE_NEW_CLIENT_FOR_VA = "{client} is your client now."
PEOPLE_FORM_ADD_TITLE = "Add someone"
PEOPLE_FORM_CHANGE_TITLE = "Change"
PEOPLE_FORM_SAVE = "Save"
PEOPLE_FORM_WHO = "Who"
PEOPLE_FORM_ROLE = "As"
PEOPLE_FORM_PHASE = "Starting phase"
PEOPLE_FORM_VA = "Their VA"
PEOPLE_FORM_EMAIL = "Calendar email"
PEOPLE_FORM_REMOVE = "Remove them (their requests and deals stay on record)"
PEOPLE_FORM_PERSON = "Changing {who}. Their phase changes with /phase."
PEOPLE_FORM_PICK_SOMEONE = "Pick who to add."
PEOPLE_FORM_BAD_EMAIL = "That doesn't look like an email address."
PEOPLE_CONSOLE_USAGE = (
    "Type /person @name client [1-3] [@va] (a new client's phase; a client's VA), /person @name va, or "
    "/person @name remove. Slack user ids (U…) name people Jane doesn't know yet."
)


# --- answers as asked: yes/no the right way round, one event, one fact about a deal -----------------------
# The first word answers the question the way it was asked ("am I busy?" → "No — you're free …").
CAL_ANSWER_YES = "Yes"
CAL_ANSWER_NO = "No"
CAL_ANSWER_PARTLY = "No, not entirely"  # a day with free time left is not free, but not taken either
CAL_SLOT_FREE = "{answer} — you're free {when}."
CAL_SLOT_TAKEN = "{answer} — you have {clash} on {day}."
CAL_OTHER_TIME_FREE = "At {when} you're free."  # each other time offered ("if not, how about 11:30?")
CAL_OTHER_TIME_TAKEN = "At {when} you have {clash}."
CAL_SLOT_TAKEN_MANY = "{answer} — {when} overlaps {count} things on your calendar:"
CAL_CLASH = "*{title}* {when}"
CAL_CLASH_PRIVATE = "a private event {when}"
CAL_CLASH_LINE = "• {clash}"
CAL_FREE_WITHIN = "Free in that time: {periods}."
CAL_NO_FREE_WITHIN = "Nothing in that time is free for half an hour or more."
CAL_DAYS_CLEAR = "{answer} — nothing on your calendar {window} during your working hours."
CAL_DAYS_TAKEN = "{answer} — you have {count} thing{s} {window} during your working hours:"
CAL_FREE_FOUND = "Yes — there's free time {window}: {periods}."
CAL_FREE_ALL = "Yes — nothing is on your calendar {window}."
CAL_FREE_SPAN = "on {day} from {when}"
CAL_FREE_REST_TAKEN = "The rest is taken by:"
CAL_FREE_NONE = "No — nothing {window} is free for half an hour or more."
CAL_FIRST_FREE = "Your first free {length} is {when}."
CAL_NO_FIRST_FREE = "You have no free {length} {window} during your working hours."
CAL_LENGTH_HOUR = "hour"
CAL_LENGTH_HOURS = "{hours} hours"
CAL_LENGTH_MINUTES = "{minutes} minutes"
CAL_DAY_SECTION = "*{day}*\n{lines}"
CAL_DAY_NOTHING = "Nothing during your working hours."
CAL_WINDOW_DAY = "for {day}"
CAL_WINDOW_DAYS = "from {first} to {last}"
CAL_PART_OF_DAY = "{day}, {times}"
CAL_OFFER_BOOK = "Shall I book *{title}* then?"
CAL_OFFER_BOOK_ANYWAY = "Shall I book *{title}* anyway? Your VA will see the overlap."
CAL_BOOK_IT = "Book it"
CAL_OFFER_TAKEN = "I've drafted that one already — it's waiting for your VA."
CAL_OFFER_WORDS = "Book {title} — “{words}”"  # the booking request's text: what Jane offered, then the words

CAL_EVENT_WHICH = "Which event do you mean? Tell me its name, e.g. “when is my dentist appointment?”"
CAL_EVENT_WHEN = "*{title}* is {when}{where}."
CAL_EVENT_AT = ", at {location}"
CAL_EVENT_WHERE = "*{title}* is at {location} — {when}."
CAL_EVENT_LENGTH = "*{title}* runs {length} — {when}."
CAL_EVENT_END = "*{title}* ends at {end} — {when}."
CAL_EVENT_ONLINE = "*{title}* is online: <{link}|Join> — {when}."
CAL_EVENT_NO_PLACE = "Your calendar doesn't say where *{title}* is — it's {when}."
CAL_EVENT_TIMED = "{day}, {times}"
CAL_EVENT_ALL_DAY = "all day {day}"
CAL_EVENT_DAYS = "from {first} to {last}"
CAL_EVENT_ACROSS = "from {start} to {end}"
CAL_EVENT_MOMENT = "{day}, {time}"
CAL_EVENT_ALSO = "Also on your calendar: {others}."
CAL_EVENT_OTHER = "*{title}* ({day})"
CAL_EVENT_WAS = "*{title}* was {when}{where}; I don't see another in the next {weeks} weeks."
CAL_EVENT_WAS_NO_PLACE = " (your calendar doesn't say where)"
CAL_FITS = "Yes — {length} fits: you're free {when} ({free})."
CAL_FITS_NOT = "No — the longest free stretch then is {free} ({when}), short of {length}."
CAL_FITS_NONE = "No — there's no free time then at all, let alone {length}."
CAL_GAP = "You have {length} free between *{first}* (ends {ends}) and *{second}* (starts {starts}) {day}."
CAL_GAP_NONE = "There's no gap: *{first}* and *{second}* run into each other {day}."
CAL_ORDER_YES = "Yes — *{event}* ({event_at}) is {side} *{other}* ({other_at})."
CAL_ORDER_NO = "No — *{event}* ({event_at}) is {side} *{other}* ({other_at})."
CAL_ORDER_SAME = "*{event}* and *{other}* start at the same time: {event_at}."
CAL_EVENT_WHO = "*{title}* is with {people} — {when}."
CAL_EVENT_WHO_NOBODY = "Your calendar doesn't list anyone else on *{title}* — it's {when}."
CAL_EVENT_THAT_DAY = "on that day"
CAL_EVENT_NONE = "I don't see {what} on your calendar {window}."
CAL_EVENT_YES = YES_NO_LEAD[True]
CAL_EVENT_NO_BUT = YES_NO_LEAD[False]
CAL_EVENT_NEITHER = "Neither — {text}"
CAL_EVENT_NOT_THEN = "No — I don't see {what} on your calendar {window}, nor in the next {weeks} weeks."
CAL_EVENT_HORIZON = "in the next {weeks} weeks"
CAL_EVENT_A = "a “{words}”"
CAL_EVENT_AN = "an “{words}”"

DEAL_FACT_CLOSES = "*{name}* is expected to close {day}{days}."
DEAL_FACT_IN_DAYS = " — in {count} day{s}"  # "how many days till it closes?" is answered too
DEAL_FACT_NO_CLOSE = "There's no expected close date on *{name}* yet — it's at *{stage}*."
DEAL_FACT_CLOSED = "*{name}* has closed: *{stage}* on {day}."
DEAL_FACT_STEP = "The next step on *{name}* (at *{stage}*): {text}"
DEAL_FACT_NO_STEP = "No next step is noted on *{name}* yet — it's at *{stage}*."
DEAL_FACT_CLOSED_NO_STEP = "*{name}* has closed (*{stage}*), so there's no next step."
DEAL_FACT_OWNER = "{va}, your VA, looks after *{name}*."
DEAL_FACT_NO_OWNER = "You don't have a VA yet, so nobody looks after *{name}* — an admin can assign one."
DEAL_FACT_AMOUNT = "The amount on *{name}* is {amount}."
DEAL_FACT_NO_AMOUNT = "No amount is noted on *{name}* yet."
DEAL_AMOUNT_COMPARED = "*{name}* is at {amount}, {side} {figure}."  # "is it over 500k?", after Yes or No
DEAL_AMOUNT_EXACTLY = "*{name}* is at exactly {amount}."
DEAL_FACT_UPDATED = "*{name}*: {update}"
DEAL_FACT_LATEST = "\nThe latest change:\n{line}"
DEAL_FACT_AGE = "*{name}* has been at *{stage}* for {how_long} (since {day})."
DEAL_YES_THERE = "Yes — *{name}* is at *{stage}*, since {day}."
DEAL_YES_PAST = "Yes — *{name}* is past that: it's at *{stage}*, since {day}."
DEAL_NO_CLOSED = "No — *{name}* is *{stage}* (since {day})."
DEAL_NOT_YET = "No, not yet — *{name}* is at *{stage}* (for {how_long})."

PIPELINE_FIRST_TO_CLOSE = "*{name}* is expected to close first, {day}."
PIPELINE_CLOSE_ORDER = "*In order of expected close:*\n{lines}"
PIPELINE_NO_CLOSE_DATE = "No expected close date yet: {names}."
PIPELINE_NO_CLOSE_DATES = "None of your open deals has an expected close date yet: {names}."


# --- conversation: follow-ups, corrections, withdrawals, phases in words, "why wasn't it booked?" -------
# A follow-up Jane cannot tie to anything is asked back, by what kind of follow-up it was; never passed on.
ASK_BACK = {
    "withdraw": "There's nothing from our conversation for me to cancel.",
    "correction": (
        "What should I change? There's no booking, reminder or agenda time in our conversation to change — "
        "tell me in full, e.g. “move my call with Priya to 4”."
    ),
    "ellipsis": "About what? Ask me in full, e.g. “what's on my calendar tomorrow?”",
    "pronoun": "Which one do you mean? Say it with its name — the deal, the request or the appointment.",
    "person": "Which client do you mean? Say it with their name, e.g. “move tom up to phase 2”.",
    "confirm": "Go ahead with what? I haven't offered you anything in this conversation yet.",
    "day": "Which day do you mean? We haven't talked about one yet — say it with the day, e.g. “am I free "
    "at 10 tomorrow?”",
}
ASK_BACK_WHICH_REQUEST = "Which one should I cancel?"
ASK_BACK_ADD_TO_WHAT = (
    "Add “{what}” to what? I don't have a request of yours from just now — say it in full, e.g. “please order"
    " {what}”."
)
ASK_BACK_WHICH_DEAL = "Which deal do you mean?"
ASK_BACK_BOOK_WHEN = "What time on {day} should I book {title}? Say it with the time, e.g. “{example}”."
ASK_BACK_BOOK_WHEN_NO_DAY = "When should I book {title}? Say it with the day and time, e.g. “{example}”."
ASK_BACK_THAT = "it"
ASK_BACK_SOMETHING = "lunch with Sam"
ASK_BACK_EXAMPLE = "book {title} on {day} at 11"
ASK_BACK_EXAMPLE_NO_DAY = "book {title} tomorrow at 11"
ASK_BACK_BOOK_WHAT = "What shall I book for {when}? Say it with its name, e.g. “book lunch with Sam then”."
ASK_BACK_DEFAULT = "I'm not sure what you're referring to — could you say it in full?"
NOTHING_TO_CANCEL = "There's nothing of yours waiting that I could cancel."
WITHDRAWN_REQUEST = "Cancelled: your request to {phrase}. I've taken it off your VA's queue."
WITHDRAWN_BOOKING = "Cancelled: I won't book *{title}* ({when}), and your VA won't need to check it."
WITHDRAWN_CHANGE = "Cancelled: I'll leave *{title}* as it is, and your VA won't need to check it."
WITHDRAW_TOO_LATE = "That one is already {status}, so there's nothing to cancel."
CONFIRM_DRAFT_WAITING = (
    "*{title}* ({when}) is already with your VA; I'll put it on your calendar as soon as they confirm it."
)
DECLINED = "No problem — I'll leave it there."

CAL_REDRAFTED = "Changed: *{title}* is now {when}. Your VA will check it, then I'll put it on your calendar."
CAL_REDRAFT_GONE = (
    "I can't find that booking any more — tell me the new time in full, e.g. “book a call with Priya "
    "tomorrow at 4”."
)

REQUEST_TIME_SPENT = "{who} spent {time} on your request to {phrase} ({words})."
REQUEST_TIME_NONE = "No time has been logged on your request to {phrase} ({words}) yet."
REQUEST_DUE = "Your request to {phrase} ({words}) is due {when} — {state}."
REQUEST_NO_DUE = "Your request to {phrase} ({words}) has no due date — {state}. Tell me one if it has."
REQUEST_TIME_SOMEONE = "Your VA"
REQUEST_ONE = {
    "queued": "your request to {phrase} is waiting for {va} to pick it up.",
    "claimed": "{owner} has picked up your request to {phrase} and is on it.",
    "awaiting_confirmation": "*{title}* ({when}) is waiting for {va} to check it.",
    "done": "{owner} finished your request to {phrase}.{note}",
    "cancelled": "your request to {phrase} was cancelled.",
}
# The first word of where a request stands: what a yes/no question asked ("is it done yet?" asks "done",
# "has anyone picked it up?" "taken", "is it still on?" "open"), by status, with the word for any other
# status after it; a question that asks no yes/no gets the status's own word, if it has one.
REQUEST_ONE_ANSWER = {
    "done": ({"done": "Yes", "cancelled": "No"}, "No, not yet"),
    "taken": ({"queued": "No, not yet", "awaiting_confirmation": "No, not yet", "cancelled": "No"}, "Yes"),
    "open": ({"done": "No", "cancelled": "No"}, "Yes"),
    "": ({"queued": "Not yet", "awaiting_confirmation": "Not yet", "done": "Done"}, ""),
}
REQUEST_SERVED = {  # one of a VA's clients' requests, told to the VA
    "queued": "{client}'s request to {phrase} is waiting for a VA to pick it up.",
    "claimed": "{owner} has picked up {client}'s request to {phrase}.",
    "awaiting_confirmation": "{client}'s booking is waiting for a VA to check it.",
    "done": "{owner} finished {client}'s request to {phrase}.{note}",
    "cancelled": "{client}'s request to {phrase} was cancelled.",
}
REQUEST_ONE_LEAD = "{lead} — {text}"
REQUEST_ONE_WORDS = "> {words}"  # the client's own words under the answer: which of their requests it is
STATUS_NONE_ABOUT = "I don't see a request of yours about “{about}”."
REQUEST_ONE_NOTE = " Their note: “{note}”"
REQUEST_ONE_VA = "your VA, {name},"
REQUEST_ONE_TEAM = "a VA"
REQUEST_ONE_GONE = (
    "I can't find that request any more. Ask me “what's the status of my requests?” to see them all."
)
DUE_CHANGED = "Done — your request to {phrase} is now due {when}; your VA sees it on the request."
DUE_TOLD_OWNER = "<@{client}> moved the due date of their request to {phrase}: now {when}."
DUE_TOO_LATE = "That request is already {status}, so it can't take a new due date."
ALSO_ADDED = "I've added “{words}” to your request to {phrase}; your VA sees it on the request."
ALSO_TOLD_OWNER = "<@{client}> added to their request to {phrase}: “{words}”"
ALSO_WORDS = "{text}\n{words}"

WHY_REJECTED = "{who} rejected *{title}*, so it wasn't booked: {note}"
WHY_REJECTED_NO_REASON = (
    "{who} rejected *{title}*, so it wasn't booked, and gave no reason — tell me another time to try again."
)
WHY_CANCELLED_BY_YOU = "You cancelled it, so I didn't book *{title}*."
WHY_WAITING = "It isn't decided yet: *{title}* ({when}) is waiting for {va} to check it."
WHY_BOOKED = "Yes — booked *{title}*, {when}, confirmed by {who}."
# … and for a change of an event already on the calendar (a move, or taking it off)
WHY_CHANGED = {
    "move": "Yes — moved *{title}* to {when}, confirmed by {who}.",
    "cancel": "Yes — took *{title}* ({when}) off your calendar, confirmed by {who}.",
}
WHY_CHANGE_CANCELLED_BY_YOU = "You cancelled it, so I left *{title}* as it was."
WHY_CHANGE_REJECTED = "{who} turned down the change to *{title}*, so it stays as it was: {note}"
WHY_CHANGE_REJECTED_NO_REASON = (
    "{who} turned down the change to *{title}*, so it stays as it was, and gave no reason."
)
WHY_DONE = "It was done by {owner}{note}."
WHY_DONE_NOTE = ": {note}"
WHY_CANCELLED = "It was cancelled{note}."
WHY_OPEN = "It's not done yet: {state}."
WHY_NOTHING = "I can't find a request of yours about “{about}”."
WHY_WHICH = "Which request do you mean? Name it, e.g. “why wasn't my haircut booked?”"
THE_VA = "Your VA"

PHASE_WHAT = "*{phase_name}* adds:\n{lines}"
PHASE_WHAT_HAD = "*{phase_name}* covers:\n{lines}"
PHASE_DUTY_OFF = " (switched off for you)"
PHASE_WHAT_HAVE = "You already have everything in Phase {roman} — you're in *{current_name}*."
PHASE_HOW = "Moving up to *{phase_name}* is for {who} to agree. Shall I ask?"
PHASE_HOW_WHO_VA = "your VA, {va},"
PHASE_HOW_WHO_ADMIN = "an admin"
PHASE_NEED = "*{label}* comes with *{phase_name}*; you're in *{current_name}*."
PHASE_NEED_HAVE = "*{label}* comes with *{phase_name}* and is already yours — you're in *{current_name}*."
PHASE_NEED_WHICH = (
    "Which phase would you need for what? Tell me what you'd like me to do, e.g. “which phase do I need for "
    "booking appointments?”"
)
PHASE_NEED_NONE = "Every phase covers that: just ask me."
# "is that a phase 2 thing?": the first word answers the phase guessed
PHASE_GUESS_YES = "Yes — {text}"
PHASE_GUESS_NO = "No — {text}"
PHASE_TOP = "You're in *{phase_name}*, the top phase: there's nothing more to unlock."
PHASE_NONE_ABOVE = "Nothing above that — *{phase_name}* is the highest phase.{yours}"
PHASE_NONE_ABOVE_YOURS = " You're already there, with every duty it unlocks."
PHASE_IN_YES = "Yes. {current}"
PHASE_IN_NO = "No, not Phase {roman}. {current}"
PHASE_NOT_DOWN = (
    "Phase {roman} is no step down — you're in *{current_name}*. "
    "To move up, say “ask my VA about phase {phase}”."
)
PHASE_BELOW = (
    "You're in *{current_name}*, above Phase {roman}. To step down, say “drop me down to phase {phase}”."
)
PHASE_BOTTOM = "You're in *{phase_name}*, the first phase: there's no phase below it."


# --- reminders: Jane reminds people herself, by DM (handlers/reminders/) ------------------------------
REMINDER_SET = "OK — I'll remind you {when}: {title}"
REMINDER_SET_UNTITLED = "OK — I'll remind you {when}."
REMINDER_PICKED_HOUR = "You didn't name a time, so I picked {time}; say “make it 3pm” if another suits you."
REMINDER_QUIET_MOVED = "{time} is inside your quiet hours ({quiet_start}–{quiet_end}), so I picked {picked}."
REMINDER_IN_QUIET = (
    "Heads-up: that's inside your quiet hours ({quiet_start}–{quiet_end}), but you asked for that time, "
    "so that's when I'll send it."
)
REMINDER_WHEN = (
    "When should I remind you{about}? Say a day or a time, e.g. “remind me at 4 to call the lender”."
)
REMINDER_PAST = "That time has already passed — when should I remind you{about}?"
REMINDER_PICK_TIME = (
    "That part of the day has already begun — what time should I remind you{about}? "
    "Say e.g. “remind me at 8pm”."
)
REMINDER_ABOUT = " about “{title}”"
REMINDER_MOVED = "Moved — I'll remind you {when} instead: {title}"
REMINDER_DUE = "⏰ Reminder: {title}"
REMINDER_DUE_UNTITLED = "⏰ Here's the reminder you asked me for."
REMINDER_LATE = "It was due {when}; sorry it comes late."
REMINDER_CANCEL = "Cancel reminder"
REMINDER_CANCEL_ONE = "Cancel: {title}"
REMINDER_CANCELLED = "Cancelled your reminder {label}."
REMINDER_LABEL = "“{title}” ({when})"
REMINDER_LABEL_UNTITLED = "for {when}"
REMINDER_ALREADY = {
    "sent": "Your reminder {label} was already sent.",
    "cancelled": "Your reminder {label} was already cancelled.",
}
REMINDER_GONE = "That reminder is gone — nothing to cancel."
REMINDER_GONE_MOVE = "I can't find that reminder any more — set it again with “remind me at …”."
REMINDER_NOT_YOURS = "That reminder isn't yours, so I left it as it was."
REMINDER_EVENT_UNSEEN = (
    "I can't read your calendar in your phase, so I don't know when {event} is — when should I remind you?"
)
REMINDER_EVENT_NOT_FOUND = (
    "I don't see {event} on your calendar in the next weeks — when should I remind you?"
)
REMINDER_LIST = "You have {count} reminder{s} coming up:"
# (the example names nothing a client is likely to have just cancelled)
REMINDER_LIST_NONE = "You have no reminders coming up. Say “remind me at 4 to stretch my legs” to set one."
REMINDER_LINE = "• {when} — {title}"
REMINDER_LINE_UNTITLED = "• {when}"
REMINDER_WHICH = "Which reminder should I cancel?"
REMINDER_NONE_ABOUT = "I couldn't find a reminder about “{about}”. These are the ones you have:"
REMINDER_HOME_TITLE = "Your reminders"
REMINDER_HOME_NONE = "None coming up — say “remind me at 4 to call the lender” to set one."

# --- the queue in words: what a VA, an admin or a client says instead of pressing a button -------------
WORDS_VA_ONLY = "The queue is for VAs and admins. Ask me “what's the status of my requests?” to see yours."
WORDS_NO_SUCH_REQUEST = "There's no request #{id}."
WORDS_NOTHING_QUEUED = "Nothing is waiting to be picked up."
WORDS_NOTHING_CLAIMED = "You have nothing claimed at the moment."
WORDS_NOTHING_WAITING = "No booking is waiting for confirmation."
WORDS_NONE_ABOUT = "None of those requests mentions “{about}”."
WORDS_WHICH = "Which one do you mean?"
WORDS_LINE = "*#{id}* {client}: {text} — {state}"
WORDS_QUEUE = "Open requests of {whose} ({count}):"
WORDS_CONFIRM_WAITING = "Bookings waiting for a VA to confirm ({count}):"
WORDS_CONFIRM_NONE = "No bookings are waiting for you to confirm."
WORDS_CONFIRM_ONE = "Confirm #{id}"
WORDS_REJECT_ONE = "Reject #{id}"
WORDS_QUEUE_YOURS = "your clients"
WORDS_QUEUE_EVERYONE = "every client"
WORDS_QUEUE_CLIENT_NONE = "{client} has no open requests right now."
WORDS_QUEUE_NONE = "The queue is empty — none of {whose} has an open request."
WORDS_CLAIMED = "It's yours: #{id} for {client} — {text}. I've told them."
WORDS_RELEASED = "#{id} is back in the queue; I've told {client}."
WORDS_DONE = "Marked #{id} done — I've told {client}."
WORDS_DONE_NOTE = "Marked #{id} done — I've told {client}, with your note."
WORDS_NOT_A_BOOKING = "#{id} isn't a booking waiting for confirmation."
WORDS_REJECT_WHY = "Why not? I'll tell {client}. Say “reject #{id}, <your reason>”, or press Reject."
WORDS_WITHDRAWN = "Cancelled #{id}: {text} — nobody will work on it now."
WORDS_NO_OPEN = "You have no open requests to cancel."
WORDS_NO_CLIENTS_TO_ASK = "I keep track of clients for VAs and admins."
WORDS_NO_CLIENT_NAMED = "None of {whose} is called “{name}”."
NOT_YOUR_CLIENT = "“{name}” isn't one of your clients."
WORDS_VA_CLIENTS = "*{va} looks after:*"
WORDS_VA_NO_CLIENTS = "{va} has no clients right now."
WORDS_NO_VA_NAMED = "None of the VAs is called “{name}”."
WORDS_VA_WHICH = "More than one VA is called “{name}”: {names}. Say which, e.g. by their @name."
WORDS_OTHER_VAS_CLIENTS = (
    "I can tell you about your own clients (say “who are my clients?”); an admin sees every VA's."
)
WORDS_CLIENT_WHICH = "More than one of {whose} could be “{name}”:"
WORDS_CLIENT = "{client} is in *{phase_name}*{va}."
WORDS_CLIENT_VA = ", with {va} as their VA"
WORDS_CLIENT_NO_VA = ", without a VA"
WORDS_CLIENT_DUTIES = "*What I take on for them:* {labels}"
WORDS_CLIENT_OPEN = "Open requests: {count}."
WORDS_VA_WHO_NONE = "You don't have a VA yet, so the team picks up your requests."
# "is ben my VA?", "is tom on phase 1?", "is ben tom's VA?": after the word that answers it (YES_NO_LEAD)
WORDS_VA_IS = "{va} is your VA."
WORDS_CLIENT_VA_IS = "{va} looks after {client}."
WORDS_CLIENT_VA_OTHER = "{client}'s VA is {va}."
WORDS_CLIENT_VA_NONE = "{client} doesn't have a VA yet."
WORDS_VA_WHO_NOT_CLIENT = "You're set up as {role}; VAs look after clients, so you have none of your own."


# --- time on requests, the weekly review, hours for the agency ----------------------------------------
# Time spent: the Done and Log time modals, the console's /done and /log, and "log 30m on #12".
TIME_FIELD = "Time spent"
TIME_FIELD_HINT = "e.g. 45m, 1h 15m or 1.5h"
TIME_MISSING = "How long did it take? For example 45m or 1h 15m."
TIME_UNREADABLE = "I can't read “{text}” as time spent — try 45, 45m, 1h 15m or 1.5h (at most 24h)."
TIME_NOTHING = "That's no time at all, so I logged nothing."
TIME_WHICH_REQUEST = "Which request? Say its number, e.g. “log 30m on #12”."
TIME_NO_REQUEST = "There's no request #{id}."
TIME_TOO_MUCH_OFF = "You've logged {spent} on it, so I can't take off more than that."
TIME_TOTAL = "{total} on #{id} ({client}: {text}) in all."
TIME_TOTAL_NONE = "No time is logged on #{id} ({client}: {text}) yet."
TIME_LOGGED = "Logged {spent} on #{id} ({client}: {text}) — {total} on it in all."
TIME_CORRECTED = "Took {spent} off #{id} ({client}: {text}) — {total} on it in all."
LOG_TIME = "Log time"
LOG_TIME_MODAL_TITLE = "Log time"
LOG_TIME_MODAL_SUBMIT = "Log"
LOG_TIME_MODAL_NOTE = "Note (optional)"
LOG_TIME_MODAL_NOTE_HINT = "e.g. Called the vendor twice. A correction: -15m."
CLIENT_DONE_TIME = "Time spent: {spent}."

# The weekly review: a look back over the client's week, and its day and time.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
REVIEW_HEADLINE = "Your week with Jane, {start} – {end}"
REVIEW_EMPTY = "A quiet week, {start} – {end}: nothing was asked, done or left waiting."
REVIEW_DONE_TITLE = "*Done this week ({count}{spent}):*"
REVIEW_SPENT = ", {spent}"
REVIEW_DONE_LINE = "• {text} — {owner}{spent}{note}"
REVIEW_DONE_NOTE = ": “{note}”"
REVIEW_LINE_SPENT = " ({spent})"
REVIEW_OPEN_TITLE = "*Still open ({count}):*"
REVIEW_OPEN_LINE = "• {text} — {state}"
REVIEW_WAITING_TITLE = "*Waiting for an answer ({count}):*"
REVIEW_WAITING_PROPOSAL = "• {who} proposes moving you up to *{phase_name}* — yours to answer (App Home)."
REVIEW_WAITING_ASKED = "• You asked to move up to *{phase_name}* — waiting for {va}."
REVIEW_WAITING_BOOKING = "• Booking: {text} — waiting for your VA to confirm it."
REVIEW_YOUR_VA = "your VA"
REVIEW_YOUR_VA_CAPITAL = "Your VA"
REVIEW_DEALS_TITLE = "*Deals that moved ({count}):*"
REVIEW_DEAL_LINE = "• {deal}: {before} → {after}"
REVIEW_DEAL_NEW = "new"
REVIEW_CALENDAR_TITLE = "*Next week at a glance ({count} event{s}):*"
REVIEW_CALENDAR_DAY = "• {day}: {titles}"
REVIEW_CALENDAR_MORE = " and {count} more"
REVIEW_CALENDAR_NONE = "Nothing on your calendar next week yet."
REVIEW_MORE = "…and {count} more{spent}."
REVIEW_FOOTNOTE = (
    "Your weekly review comes {day}s at {time}. Say “send my weekly review on Thursday at 3pm” or "
    "“stop the weekly review”."
)
REVIEW_SET = "Done — your weekly review will come {day}s at {time}."
REVIEW_STOPPED = (
    "Okay, I've turned off your weekly review. Say “send my weekly review on Friday at 4pm” to have it back."
)
REVIEW_ALREADY_OFF = (
    "Your weekly review is already off. Say “send my weekly review on Friday at 4pm” to start it."
)
REVIEW_IS = "Your weekly review comes {day}s at {time}."
REVIEW_IS_OFF = "Your weekly review is off. Say “start my weekly review” to have it back."
REVIEW_WHEN = "When should your weekly review come? For example: “send my weekly review on Friday at 4pm”."
REVIEW_ONLY_CLIENTS = "The weekly review is for clients: it looks back over their requests."
REVIEW_HOME_TITLE = "Weekly review"
REVIEW_HOME_ON = "I send you a look back over the week {day}s at {time}."
REVIEW_HOME_OFF = "Your weekly review is off. Pick a day to start it."
REVIEW_HOME_STOP = "Stop it"

# Hours: App Home, "how many hours did Ana spend this month?", and `jane admin hours`.
HOURS_HOME_TITLE = "Hours this month"
HOURS_HOME_CLIENT = "{month}: *{spent}* on your requests{by}."
HOURS_HOME_BY = " ({people})"
HOURS_HOME_PERSON = "{who} {spent}"
HOURS_HOME_VA = "{month}: *{spent}* in all{by}."
HOURS_HOME_ADMIN_LINE = "• {client}: {spent}{by}"
HOURS_HOME_NONE = "{month}: no time logged yet."
HOURS_ANSWER = "{who} spent *{spent}* {on} in {window}."
HOURS_ANSWER_NONE = "{who} logged no time {on} in {window} — nothing to report."
HOURS_NONE_BY = (
    "You see only the time spent on your own requests, and {who} hasn't logged any {on} in {window}."
)
HOURS_ON_YOURS = "on your requests"
HOURS_ON_THEM = "on them"  # after "your own requests" has been said
HOURS_ON_ALL = "on requests"
HOURS_ON_CLIENTS = "for your clients"
HOURS_ON_CLIENT = "on {client}'s requests"
HOURS_ANSWER_LINE = "• {who}: {spent}"
HOURS_EVERYONE = "Everyone"
HOURS_YOU = "You"
HOURS_WHO_UNKNOWN = "I don't know who “{name}” is among the people working {on}."
HOURS_ONLY_YOURS = "You see only the time spent on your own requests, and “{name}” works on none of them."
HOURS_NOT_YOURS = "You can see your own hours; an admin sees everyone's."
HOURS_NOT_FOR_STRANGERS = "Hours are kept for clients, their VAs and admins."
WORK_NOT_A_CLIENT = "That's a client's question — ask me “how many hours did I log this week?” instead."
