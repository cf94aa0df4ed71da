"""Sentences the calendar adapters put in their errors.

A CalendarError's message is fit for the client (integrations/calendar.py); handlers/core/messages.py
points here under its calendar heading, so a writer reviewing the catalogue finds these too.
"""

UNAVAILABLE = (
    "Google Calendar isn't answering right now, so I can't see your calendar. "
    "Please try again in a few minutes."
)
ACCESS_LOST = (
    "I've lost access to your Google Calendar. Please reconnect it so I can read your schedule again."
)
FORBIDDEN = (
    "Google Calendar won't let me do that with the access I have. Your VA can check the calendar's sharing."
)
CALENDAR_NOT_FOUND = "Google Calendar can't find the calendar I was set up with. Your VA can check its id."
EVENT_GONE = "That event isn't on your calendar any more, so there was nothing to change."
NOT_CONNECTED = "I can't see your calendar yet: connect your Google Calendar and I'll take it from there."
NO_EMAIL_FOR_GOOGLE = (
    "I can't open your calendar yet because I don't know your email address. Your VA can add it."
)
PRIVATE_TITLE = "Private event"  # an event whose details the calendar hides from the client

# The "Connect Google Calendar" pages (shown in the browser, at the end of Google's sign-in).
CONNECT_EXPIRED = "This link has expired. Please use the Connect button in Slack again."
CONNECT_USED = "This link has already been used. Please use the Connect button in Slack again for a new one."
CONNECT_OTHER_BROWSER = (
    "This sign-in didn't start in this browser, so nothing changed. Please use the Connect button in Slack."
)
CONNECT_WRONG_ACCOUNT = (
    "This link is for a different Google account, so nothing was connected. "
    "The person it was made for can use the Connect button in Slack again."
)
CONNECT_REFUSED = "Google didn't accept that sign-in. Please try Connect again."
CONNECT_NO_ANSWER = "Google didn't answer. Please try Connect again in a few minutes."
CONNECT_NEEDS_EVENTS = "Jane needs access to your calendar's events. Please try again and allow it."
CONNECT_NO_REFRESH = "Google didn't give Jane lasting access. Please try Connect again."
CONNECT_DENIED = "You didn't give Jane access, so nothing changed. You can connect any time from Slack."
CONNECT_NOT_SET_UP = "Google sign-in isn't set up on this Jane."
