"""The shapes of dates, clock times and lengths, as data: one regular expression per kind, tried in order.

Earlier shapes win where two overlap ("3-4pm" is a range before "4pm" is a clock time). Each kind names the
builder in times.py that turns a match into a Piece.
"""

from __future__ import annotations

import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "forty-five": 45, "forty five": 45, "fifty": 50, "sixty": 60, "ninety": 90, "couple": 2, "a couple": 2,
    "a couple of": 2, "couple of": 2, "few": 3, "a few": 3, "several": 3, "half a": 0.5, "half an": 0.5,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, **{f"twenty{sep}{w}": 20 + n for sep in "- " for w, n in
                          (("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5),
                           ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9))},
    "thirty-first": 31, "thirty first": 31,
}  # fmt: skip
# Holidays: a fixed (month, day), or the nth (last: -1) weekday of a month. Possessives are already
# gone ("new year's eve" reads "new year eve"), so both spellings are listed.
HOLIDAYS = {
    **dict.fromkeys(("christmas eve", "xmas eve"), (12, 24)),
    **dict.fromkeys(("christmas", "christmas day", "xmas"), (12, 25)),
    **dict.fromkeys(("new year eve", "new years eve", "nye"), (12, 31)),
    **dict.fromkeys(("new year", "new years", "new year day", "new years day"), (1, 1)),
    **dict.fromkeys(("valentine day", "valentines day", "valentines"), (2, 14)),
    **dict.fromkeys(("st patrick day", "st patricks day"), (3, 17)),
    **dict.fromkeys(("independence day", "fourth of july", "4th of july"), (7, 4)),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "thanksgiving": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    **dict.fromkeys(("mother day", "mothers day"), (5, 6, 2)),
    **dict.fromkeys(("father day", "fathers day"), (6, 6, 3)),
}
# Where a day part starts and ends, in hours; dinner and breakfast only hint which half of the day is meant.
PARTS = {"morning": (6, 12), "afternoon": (12, 17), "evening": (17, 21), "night": (18, 24),
         "tonight": (18, 24), "lunchtime": (12, 13), "lunch time": (12, 13), "after lunch": (13, 17),
         "before lunch": (9, 12)}  # fmt: skip
HINTS = {"dinner": "evening", "drinks": "evening", "happy hour": "evening", "supper": "evening",
         "breakfast": "morning"}  # fmt: skip
OFFICE_PM_HOURS = range(1, 7)  # a bare "at 3" is 15:00: nobody books 3 in the morning through their VA
START_OF_DAY, END_OF_DAY = 9 * 60, 17 * 60  # the office day


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTH, WEEKDAY, NUM, ORD = _alt(MONTHS), _alt(WEEKDAYS), _alt(NUMBERS), _alt(ORDINALS)
HOLIDAY = _alt(HOLIDAYS)
# A bare number is a time only when followed by words that can follow a time ("at 3 tomorrow", not
# "at 19 Birch Lane" or "10-12 reams").
_FOLLOW = (
    r"(?=\s*(?:$|[,/-]|\b(?:on|at|today|tonight|tomorrow|this|next|in|for|with|and|to|till|until|or|please|ish"
    r"|sharp|works?|ok|okay|good|instead|is|would|if|then|so|i|we|you|by|before|after|latest|thanks|jane"
    rf"|am|pm|oclock|o clock|{WEEKDAY}|{MONTH}|mornings?|afternoon|evening|night|lunch|that|there"
    r"|open|free|available|clear|busy|booked|taken|work|be|still|right|either|as well|too"
    # "send my agenda at 7 from now on", "… at 7 going forward"
    r"|from (?:now|today|tomorrow|here|then) on|going forward|moving forward"
    # "a call with the sellers tomorrow at 2 about it": what the booking is about, after its time
    r"|about (?:it|that|this|the|my|our|them|him|her))\b))"
)
# "the 9th" is a day of the month unless a noun makes it an ordinal: "the 3rd floor", "the 2nd showing".
_ORDINAL_NOUN = (
    r"floor|street|st|ave|avenue|rd|road|blvd|time|times|grade|place|row|unit|house|home|door|anniversary"
    r"|round|draft|version|edition|century|person|one|birthday|lot|page|line|item|offer|showing|call|meeting"
    r"|attempt|try|listing|property|deal|client|buyer|seller|year|week|day|month|option|choice|bedroom"
)
# "the Christmas cards" are not due on Christmas: a holiday naming a thing is no date.
_HOLIDAY_NOUN = (
    r"cards?|party|parties|gifts?|presents?|trees?|lights|decorations?|bonus(?:es)?|sales?|promos?"
    r"|specials?|open house|events?|letters?|mailers?|postcards?|baskets?|newsletters?|lists?|shopping"
    r"|cookies|music|greetings|flyers?|ads?|posts?|campaign|mailing|theme|card list|photos?|pictures?"
)
_HOUR = r"(?:[01]?\d|2[0-3])"
_MIN = r"(?::(?P<{0}>[0-5]\d))"
_WORD_HOUR = _alt(w for w, n in NUMBERS.items() if isinstance(n, int) and n <= 12 and " " not in w
                  and w not in ("a", "an", "couple", "few", "several"))  # fmt: skip

# "is 11 free?", "so is 11 free then?": a number right after the verb that opens a question (with a lead word
# before it) is asked about as a time; lookbehinds have one width each, so one per lead and verb
_ASKED_OF = "(?:" + "|".join(
    f"(?<=^{lead}{verb} )" for lead in ("", "so ", "and ", "ok ", "okay ", "then ")
    for verb in ("is", "would", "will", "does")
) + ")"  # fmt: skip

SHAPES: tuple[tuple[str, str], ...] = (
    (
        "through",  # "between now and Friday": from today to that day, before "now" reads as a moment
        rf"\b(?:between (?:now|today|(?P<tmw>tomorrow)) and|(?:from )?(?:now|today|(?P<tmw2>tomorrow))"
        rf" (?:until|till|til|through|thru|to))\s+(?:(?P<wmod>this|next)\s+)?(?P<wd>{WEEKDAY})\b",
    ),
    (
        "weekdays",  # "Monday through Wednesday": every day from the one to the other
        rf"\b(?:from\s+)?(?:(?P<wmod>this|next)\s+)?(?P<wd1>{WEEKDAY})\s+(?:to|through|thru|till|until|-)\s+"
        rf"(?P<wd2>{WEEKDAY})\b",
    ),
    (
        "fallback",
        rf"\b\d{{1,2}}[.-]\d{{1,2}}[.-]\d{{2,4}}\b|\b\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}}\b"
        rf"|\b(?:{MONTH})\s+(?:the\s+)?(?:{ORD})\b|\b(?:the\s+)?(?:{ORD})\s+of\s+(?:{MONTH})\b",
    ),
    (
        "day",
        rf"\b(?P<y>\d{{4}})-(?P<mo>\d{{1,2}})-(?P<d>\d{{1,2}})\b"
        rf"|\b(?P<mo2>1[0-2]|0?[1-9])/(?P<d2>[12]\d|3[01]|0?[1-9])(?:/(?P<y2>\d{{4}}|\d{{2}}))?\b"
        rf"|\b(?P<mon>{MONTH})\s+(?:the\s+)?(?P<d3>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
        rf"(?:\s*,?\s*(?P<y3>\d{{4}}))?"
        rf"|\b(?:the\s+)?(?P<d4>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon4>{MONTH})\b"
        rf"(?:\s*,?\s*(?P<y4>\d{{4}}))?"
        rf"|\b(?:the\s+)?(?P<d5>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?:\s+of\s+(?:the\s+)?"
        rf"(?P<which>this|next)\s+month)?(?=\s+of\b|{_FOLLOW[3:]}"
        rf"|\bthe\s+(?P<d7>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:{_ORDINAL_NOUN})\b)"
        rf"|\bthe (?P<d6>first) of (?:the|next) month\b"
        # "on the second": an ordinal word after a preposition, with nothing it could count after it
        rf"|(?:(?<=\bon )|(?<=\bfor )|(?<=\bby )|(?<=\bbefore )|(?<=\buntil )|(?<=\btill )|(?<=\bafter ))"
        rf"the\s+(?P<ow>{ORD}){_FOLLOW}"
        rf"|\b(?P<end>end of (?:the |this )?(?:week|month)|end of next (?:week|month))\b"
        rf"|\b(?:(?P<wmod>this coming|the coming|this|next|upcoming|last|past|on)\s+)?(?P<wd>{WEEKDAY})\b"
        rf"|\b(?P<holiday>{HOLIDAY})\b(?!\s+(?:{_HOLIDAY_NOUN})\b)"
        rf"|\b(?P<rel>(?:the\s+)?day after tomorrow|(?:the\s+)?day before yesterday|today|tonight"
        rf"|tomorrow|yesterday|later today|rest of (?:the |my )?day|rest of today)\b"
        rf"|\bin\s+(?P<n>\d+|{NUM})\s+(?P<unit>days?|weeks?|months?)\b"
        rf"|\b(?P<n2>\d+|{NUM})\s+(?P<unit2>days?|weeks?)\s+from\s+(?P<base>today|now|tomorrow|{WEEKDAY})\b",
    ),
    (
        "range",
        rf"\b(?:(?P<lead>from|between)\s+)?(?:(?P<h1>{_HOUR}){_MIN.format('m1')}?\s*(?P<a1>am|pm)?"
        rf"|(?P<n1>noon|midday))\s*(?P<sep>-|to|until|till|til|thru|through|and)\s*"
        rf"(?:(?P<h2>{_HOUR}){_MIN.format('m2')}?(?:\s*(?P<a2>am|pm)\b|{_FOLLOW})|(?P<n2>noon|midday)\b)",
    ),
    ("moment", rf"\bin\s+(?P<n>\d+|{NUM})\s+(?P<unit>minutes?|hours?)\b|\b(?:right\s+)?now\b"),
    (
        "clock",
        rf"(?:\b(?:at|around|about|@)\s+)?\b(?P<h>{_HOUR}){_MIN.format('m')}?\s*(?P<ap>am|pm|oclock"
        rf"|o clock)\b|(?:\b(?:at|around|about)\s+)?\b(?P<hc>{_HOUR}):(?P<mc>[0-5]\d)\b"
        rf"|\b(?:at|around|about|by|before|after|until|till|from|to)\s+(?P<hb>\d{{1,2}}){_FOLLOW}"
        rf"|\b(?:at|around|about)\s+(?P<hw>{_WORD_HOUR})(?:\s+(?P<mw>thirty|fifteen|forty-five))?"
        rf"{_FOLLOW}|\b(?:at\s+)?(?P<named>noon|midday|midnight)\b"
        r"|\b(?P<eod>end of (?:the )?(?:business )?day|eod|cob|close of business|end of business)\b"
        r"|\b(?P<first>first thing)(?: in the morning)?\b"
        rf"|\b(?:at\s+)?(?P<frac>half|quarter|a quarter) (?P<way>past|after|to|till|before)"
        rf" (?P<hf>\d{{1,2}}|{_WORD_HOUR})\b"
        rf"|(?:{_ASKED_OF}|(?<=^how about )|(?<=^what about )|(?<=for ))"
        rf"(?P<hq>\d{{1,2}})(?=\s+(?:on\s+)?(?:today|tomorrow|tonight|{WEEKDAY})\b)"
        # "would 11 work on Friday?", "is 4 ok": a number asked about as a time
        rf"|{_ASKED_OF}(?P<hv>\d{{1,2}})(?=\s+(?:work|works|suit|be ok"
        r"|be okay|be good|be free|be fine|ok|okay|good|free|open|fine)\b)",
    ),
    (
        "span",
        rf"\b(?P<rest>(?:the\s+)?rest of (?:the|this) week|later this week)\b"
        rf"|\b(?P<wmod>this|next|last|past|the coming|coming|the following)?\s*(?P<wkend>weekend)\b"
        rf"|\b(?P<mod>this|next|last|past|the coming|coming|the following|the)\s+(?P<unit>week|month|quarter"
        rf"|year)\b(?!\s+(?:of|after|before)\b)"
        rf"|\b(?:the\s+)?(?:next|coming|following)\s+(?P<n>\d+|{NUM})\s+(?P<nunit>days|weeks)\b"
        # "the past 30 days", "over the last two weeks": up to and including today
        rf"|\b(?:the\s+)?(?:last|past|previous)\s+(?P<back>\d+|{NUM})\s+(?P<backunit>days|weeks)\b"
        rf"|\b(?P<early>early|later in|late|end of) next week\b"
        rf"|\b(?:in|during|for|this|next|last|by|before|through|until|of)\s+(?P<mon>{MONTH})\b(?!\s*\d)",
    ),
    (
        "part",
        r"\b(?:(?P<this>this|in the|early|late|mid|during the|that|the)\s+)?(?<!good )"
        r"(?P<part>morning|afternoon|evening|night|lunchtime|lunch time|after lunch|before lunch)s?\b",
    ),
    (
        "length",
        rf"\b(?:for\s+)?(?:(?:about|around|roughly|approximately|like|maybe|another|a full|a whole|a good"
        rf"|a solid)\s+)?"
        rf"(?:(?P<half>half(?: an | |-)hour)|(?P<hh>an? (?:full |whole )?hour and a half|hour and a half)"
        # "a full hour", "two whole hours": the adjective changes nothing about the length
        rf"|(?P<n>\d+(?:\.\d+)?|{NUM})\s*-?\s*(?:(?:full|whole|solid|entire|good)\s+)?"
        rf"(?P<unit>hours?|hrs?|minutes?|mins?)\b"
        rf"(?:\s+and\s+(?P<andhalf>a half)|\s+(?:and\s+)?(?P<n2>\d+|{NUM})\s*minutes?)?"
        # "30m", "2h" typed short: the unit on the number itself ("$1.5m" is a price, never a length)
        rf"|(?<![$.,\d])(?P<short>\d{{1,3}})(?P<short_unit>[mh])(?:\s*(?P<short_more>\d{{1,2}})m)?)\b",
    ),
    ("hint", rf"\b(?P<hint>{_alt(HINTS)})\b"),
)
# A cheap test per kind: a shape is only tried on a message that contains one of these (most messages
# hold no clock time, and the full shapes cost tens of microseconds each).
_MONTH_START = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
TRIGGERS = {
    "through": r"\b(?:now|today|tomorrow) (?:and|until|till|til|through|thru|to)\b",
    "weekdays": r"day (?:to|through|thru|till|until|-) \w+day\b",
    "fallback": rf"\d|{_MONTH_START}",
    "day": rf"\d|day\b|\b(?:days|weeks?|months?)\b|\bthe (?:{ORD})\b|tonight|tomorrow|yesterday|end of"
    rf"|first of|{_MONTH_START}|christmas|xmas|new year|nye"
    r"|valentine|halloween|thanksgiving|fourth of",
    "range": r"\d",
    "moment": r"now\b|minute|hour",
    "clock": rf"\d|noon|midday|midnight|\beod\b|\bcob\b|end of|close of|first thing|half past|quarter"
    rf"|\b(?:at|around|about) (?:{_WORD_HOUR})\b",
    "span": rf"week|month|quarter|year|days\b|{_MONTH_START}",
    "part": r"morning|afternoon|evening|night|lunch",
    "length": r"hour|min|hr|\d[mh]\b",
    "hint": rf"{_alt(HINTS)}",
}
COMPILED = tuple((kind, re.compile(TRIGGERS[kind]), re.compile(shape)) for kind, shape in SHAPES)
