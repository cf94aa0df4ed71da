"""Turns a Slack message into plain lower-case words, keeping the client's own casing aside for names."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from bot.parser.vocabulary import TYPOS

MAX_CHARS = 2000  # no request is longer; the cap bounds the cost of a pasted document

_SLACK_MARKUP = (
    (re.compile(r"<(?:https?|mailto|tel):[^|>]*\|([^>]*)>"), r" \1 "),  # a labelled link reads as its label
    (re.compile(r"<[@#!][^|>]*\|([^>]*)>"), r" \1 "),  # a labelled mention or channel reads as its name
    (re.compile(r"<[^>]*>"), " "),  # bare mentions, links and specials carry no words
    # "@jane what's on tomorrow?", "@U0JANE01 good morning!": whom the message is addressed to, first
    (re.compile(r"^\s*@[\w.-]+[,:]?\s+(?=\S)"), ""),
    (re.compile(r"https?://\S+"), " "),
    (re.compile(r":(?=[\w+'-]*[a-z])[\w+'-]+:"), "\x00"),  # :emoji: and :skin-tone-2:
    (re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]"), "\x00"),  # emoji typed as characters
    (re.compile(r"(?<![\w:])[:;=][-'^]?[)(\]\[DPpO3/|*]+(?!\w)"), "\x00"),  # ":)", ";-)", ":D" typed as text
    # "nice 👍 how much was that in total?": an emoji between words ends a clause, as a full stop would
    (re.compile(r"(?<=\w)[\s\x00]*\x00[\s\x00]*(?=\w)"), ", "),
    (re.compile("\x00"), " "),
)
_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)
_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_HOUR_WORD = rf"({'|'.join(_HOURS)})"
_MINUTES = {"thirty": "30", "fifteen": "15", "forty five": "45", "forty-five": "45"}


def _spelled(match: re.Match) -> str:
    """ "ten thirty" as "10:30", "six" as "6"."""
    hour = _HOURS.index(match.group(1)) + 1
    minutes = _MINUTES.get(match.group(2) or "") if match.lastindex and match.lastindex >= 2 else None
    return f"{hour}:{minutes}" if minutes else str(hour)


_REWRITES = (
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), " email "),  # an address reads as the word "email"
    (re.compile(r"\b([ap])\.m\.?"), r"\1m"),
    # "what time's the walkthrough itself?": "itself" only insists on the thing named
    (re.compile(r"(?<=\w) itself\b"), ""),
    # "can ana print 3 copies of the disclosures?": asked of the VA by name, as "can you print …"
    (
        re.compile(
            r"^(can|could|would|will) (?!(?:i|we|you|u|it|that|this|they|he|she|there|anyone|someone)\b)"
            r"[a-z]+ (?=(?:please )?(?:print|order|send|mail|get|pick up|call|email|buy|grab|drop off|fetch"
            r"|update|add|remove|write|draft|scan|file|post|ship|pay|reserve|set up)\b)"
        ),
        r"\1 you ",
    ),
    # "who was the last one to update the duplex?": asked as "who last updated the duplex?"
    (
        re.compile(r"\bwho (?:was|is) the last (?:one|person) to (?:update|touch|change|edit)\b"),
        "who last updated",
    ),
    # "any chance I could move up to phase 2?", "is there any chance you could…": asked as "could I…?"
    (re.compile(r"\b(?:is there )?(?:any|a) chance (?:that )?(i|we|you) (?:could|can|might) "), r"could \1 "),
    (re.compile(r"\b(\d{1,2}(?::\d\d)?)([ap])\b"), r"\1\2m"),  # "10a", "3:30p"
    (re.compile(r"\b(\d{1,2}(?::\d\d)?\s*(?:[ap]m)?)\s*-?ish\b"), r"around \1"),  # "2ish" is "around 2"
    # "a morning agenda, like 7:30?": the time said as an afterthought is the ask's time
    (
        re.compile(
            r"[,?.!]\s*(?:like|say|maybe|probably)\s+(?=(?:at\s+|around\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]m)?\s*\??$)"
        ),
        " at ",
    ),
    # "ten thirty", "at six", "six in the evening": a clock time spelled out
    (re.compile(rf"\b{_HOUR_WORD} (thirty|fifteen|forty[- ]five)\b"), lambda m: _spelled(m)),
    (
        re.compile(rf"\b(at|by|say|till|until|around|about) {_HOUR_WORD}(?: o'?clock)?\b"),
        lambda m: f"{m.group(1)} {_HOURS.index(m.group(2)) + 1}",
    ),
    (
        re.compile(rf"\b(and|or) {_HOUR_WORD}(?: o'?clock)?(?=\s*\?*\s*$)"),
        lambda m: f"{m.group(1)} {_HOURS.index(m.group(2)) + 1}",
    ),
    (
        re.compile(
            rf"\b{_HOUR_WORD}(?: o'?clock)? (?=(?:am|pm|in the (?:morning|afternoon|evening)|at night)\b)"
        ),
        lambda m: f"{_spelled(m)} ",
    ),
    # "three o'clock would suit better": "o'clock" says it is a time wherever it stands
    (re.compile(rf"\b{_HOUR_WORD} o'?clock\b"), lambda m: f"{_HOURS.index(m.group(1)) + 1}:00"),
    (re.compile(r"\bluncheon\b"), "lunch"),
    # "put 15 more minutes on the toner one": the amount, then that it is more
    (re.compile(r"\b(\d+) more (minutes?|mins?|hours?|hrs?)\b"), r"\1 \2 more"),
    # "and over the past two weeks?": the window asked about again, its preposition saying nothing more
    (
        re.compile(
            r"^((?:and|what about|how about) )(?:over|during|across|within|for) (the (?:past|last|next"
            r"|coming) )"
        ),
        r"\1\2",
    ),  # fmt: skip
    # "should I be at liberty at 4?", "which phase am I presently in?": the old words for free and currently
    (re.compile(r"\bat liberty\b"), "free"),
    (re.compile(r"\b(am|are|is) presently\b"), r"\1 currently"),
    (re.compile(r"\bpresently (in|on|at)\b"), r"currently \1"),
    # "and what of 11:30?": what about it
    (re.compile(r"^((?:and |but |so )?)what of\b(?! (?:mine|ours|it)\b)"), r"\1what about"),
    (re.compile(r"\bw/o\b"), " without "),
    (re.compile(r"\bw/"), " with "),
    (re.compile(r"@"), " at "),
    (re.compile(r"&"), " and "),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\b(can)'t\b"), r"\1 not"),
    (re.compile(r"n't\b"), " not"),
    # "why wasnt it booked?": the same typed without its apostrophe ("dont", "cant", "wont" are read as
    # typed: "cant" and "wont" are words of their own)
    (re.compile(r"\b(was|were|is|are|did|does|has|have|had|could|would|should)nt\b"), r"\1 not"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'ll\b"), " will"),
    # "ill take it", "ok ill do it myself": "I'll" typed without its apostrophe, where no one is sick
    (
        re.compile(
            r"(?:^|(?<=, )|(?<=\bok )|(?<=\bso )|(?<=\bthen )|(?<=\bthanks )|(?<=\bcool )|(?<=\bgreat ))"
            r"ill (?=\w)"
        ),
        "i will ",
    ),
    (re.compile(r"'m\b"), " am"),
    (re.compile(r"'d\b"), " would"),
    # "what's been done?" has been, not is been
    (re.compile(r"\b(what|where|how|who|when|that|it|there|here|he|she|why|which)'s been\b"), r"\1 has been"),
    (re.compile(r"\b(what|where|how|who|when|that|it|there|here|he|she|why|which)'s\b"), r"\1 is"),
    # "how long's that one?", "how much's the duplex?": the question word and its verb
    (re.compile(r"\b(how (?:long|much|many|far|late|soon|early))'s\b"), r"\1 is"),
    (re.compile(r"\blet's\b"), "let us"),
    (re.compile(r"'s\b|(?<=s)'(?!\w)"), ""),  # a possessive names the owner: "tomorrow's" is "tomorrow"
    # An abbreviation's dot is not the end of a sentence ("Dec. 10", "Dr. Lee").
    (
        re.compile(
            r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu|thur|thurs|fri|sat|sun"
            r"|st|ave|dr|mr|mrs|ms|jr|no|vs|approx)\."
        ),
        r"\1",
    ),
    (re.compile(r"(?<!\d)\.|\.(?!\d)|[!?;\n]+"), " , "),  # sentence ends become clause breaks
    (re.compile(r","), " , "),
    (re.compile(r"(?<!\d)\s+-+\s+(?!\d)"), " , "),  # "following up - did ...": a dash between clauses
    (re.compile(r"(?<![\w])-+|-+(?![\w])"), " - "),  # a dash between words, not inside "sign-ups"
    (re.compile(r"'"), ""),  # "o'brien" stays one word, as in the casing map
    (re.compile(r"[^\w\s,:/.-]|_|(?<!\d):|:(?!\d)"), " "),
)


def strip_markup(text: str) -> str:
    """The message without Slack markup, emoji or runs of whitespace, capped in length."""
    text = text[: MAX_CHARS * 2]
    for pattern, replacement in _SLACK_MARKUP:
        text = pattern.sub(replacement, text)
    lines = (" ".join(line.split()) for line in html.unescape(text).splitlines())
    return "\n".join(line for line in lines if line)[:MAX_CHARS]  # a line break still ends a clause


_WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Words that may follow a clock time typed without its colon: "… at 730 please", "wat about 1130 then"
_AFTER_A_TIME = (
    r"please|then|though|instead|tomorrow|today|tonight|after all|again|thanks|ok|okay|and|or|with|if|so"
    r"|sharp|is|works?|would|will|good|free|busy|every|each|on|this|next|daily|weekdays|to|for|pm|am"
    r"|from now on|going forward|instead|each|in the morning|in the evening|" + _WEEKDAY
)
# Read once the typos are fixed ("tmrw am" is "tomorrow am" by then).
_LENGTH = r"hours?|hrs?|minutes?|mins?"
_AFTER_TYPOS = (
    # "how do i unlock the calendar?": which phase that thing needs
    (
        re.compile(
            r"^((?:so |and |ok )?)how (?:do|can|would|could) (?:i|we) unlock (?!(?:it|that|this)\b)(?=\w)"
        ),
        r"\1which phase do i need for ",
    ),
    # "take it off my calendar", "remove the Carters zoom from my schedule": an event cancelled
    (
        re.compile(
            r"\b(?:take|get|remove|delete|drop|clear) (it|that|this|them|the [\w' -]+?) (?:off|from)(?: of)?"
            r" (?:my|the) (?:calendar|schedule|diary)\b"
        ),
        r"cancel \1",
    ),
    # "which 1 closes first?", "the other 1": the number one as the word, where a count cannot be meant
    (
        re.compile(
            r"\b(which|that|this|the|other|first|second|last|next|every|each) 1\b(?! (?:hour|minute))"
        ),
        r"\1 one",
    ),
    # "and 445?", "how about 1130pm", "make it 930", "oops meant 515", "send my agenda at 730 please": a
    # clock time typed without its colon, where only a time can be meant (a word of time or of asking
    # before it, and the message's end or such a word after it: "at 1130 main st" is an address)
    (
        re.compile(
            r"\b(at|and|or|about|say|around|by|till|until|to|it|that|meant|mean|for|from|is|before|after)"
            rf" ([1-9]|1[0-2])([0-5]\d)(?=\s*(?:[ap]m\b|[?,.!]|$|(?:{_AFTER_A_TIME})\b))"
        ),
        r"\1 \2:\3",
    ),
    # "tomorrow am", "this pm": a day's morning or afternoon, where no clock time comes before it
    (re.compile(rf"\b(today|tomorrow|tonight|this|{_WEEKDAY}) am\b"), r"\1 morning"),
    (re.compile(rf"\b(today|tomorrow|this|{_WEEKDAY}) pm\b"), r"\1 afternoon"),
    # "this week so far" is this week: what is asked about is what has happened in it
    (re.compile(r"\b(today|this (?:week|month|year)) (?:so far|to date|up to now|until now)\b"), r"\1"),
    # "the shredder jammed again lol can someone get us a new one": a laugh between words ends a clause
    (re.compile(r"(?<=\w) (?:lol|lmao|haha+|rofl)(?= \w)"), " ,"),
    # "coffee with Marco tomorrow at 9 am i free?": the question begins at "am i", not in "9 am"
    (re.compile(r"\b(\d{1,2}(?::\d\d)?) am i (free|busy|available|around|ok)\b"), r"\1 , am i \2"),
    # "9 in the morning", "4 in the afternoon": a clock time with its half of the day
    (re.compile(r"\b(\d{1,2}(?::\d\d)?) (?:in the|this) morning\b"), r"\1am"),
    (
        re.compile(
            r"\b(\d{1,2}(?::\d\d)?) (?:in the (?:afternoon|evening)|this (?:afternoon|evening)|at night)\b"
        ),
        r"\1pm",
    ),
    # "2 free hours" is "2 hours free", so the length reads as one
    (re.compile(r"\b(\d+|an?) (free|open|spare|clear) (hours?|hrs?|minutes?|mins?)\b"), r"\1 \3 \2"),
    # "my first free 90 minutes", "the next free hour": the same length, said with "free" first
    (re.compile(rf"\b(first|next|earliest) (free|open|clear) (\d+|an?) ?({_LENGTH})\b"), r"\1 \3 \4 \2"),
    # "weekdays only, scratch the weekends": the days of what comes every day, not a request cancelled
    (re.compile(r"\b(?:scratch|drop|skip|cut|lose|ditch|remove|minus) (?:the )?weekends?\b"), "no weekends"),
    # "can you show me its history?": what is asked of "it", said the way a status question says it
    (
        re.compile(
            r"\bits (history|status|price|amount|next steps?|close date|closing date|timeline|record|details"
            r"|stage|(?:latest|last) (?:note|update))\b"
        ),
        r"the \1 of it",
    ),
    # "and the asking price, remind me?": asking to be told again, said after the question
    (re.compile(r"(?<=\w) , (?:can you |could you )?remind me(?: again)?(?: please)?(?= ,$|$)"), ""),
    # "remind me, what's the next step on the Lakeview listing?": asking to be told, not to be reminded later
    (
        re.compile(r"\bremind me(?: again)? , (?=(?:what|which|who|how|when|where)\b)"),
        "",
    ),
    # "ok great, now book lunch with Greg", "ok now — the farmhouse, where's it at?": a "now" opening a
    # clause before an ask, or alone in its clause, says what comes next, not when
    (
        re.compile(
            r"(?:^|(?<=, )|(?<=\bok )|(?<=\bso )|(?<=\band ))now (?:, |(?=(?:please |can you |could you "
            r"|would you )?(?:book|schedule|set up|order|cancel|add|send|remind|move|put|get|make|push"
            r"|confirm|claim|take|write|draft|print|call|email)\b))"
        ),
        "",
    ),
    # "anything 4 me?", "got a sec 4 us": a 4 before a person is "for", never a time
    (re.compile(r"\b4 (?=(?:me|you|us|him|her|them)\b)"), "for "),
    # "what does the week ahead look like?", "the days ahead": the next seven days from today
    (re.compile(r"\bthe (?:week|days|seven days|7 days) ahead\b"), "the next 7 days"),
    # "what's the first thing on my calendar tomorrow?": the first event, not first thing in the morning
    (
        re.compile(
            r"\b(first|last|next) thing (?=(?:i have |i ve got |i got )?(?:on|in) (?:my|the)"
            r" (?:calendar|schedule|agenda|diary)\b)"
        ),
        r"\1 event ",
    ),
    # "push it back a day", "make it a day earlier": the day after (or before) the one it is on
    (
        re.compile(
            r"\b(?:back |forward |on )?(?:by )?(?:a|one) day (?:later|back)\b"
            r"|\b(?:back|forward) (?:by )?(?:a|one) day\b"
        ),
        "to the day after",
    ),
    (
        re.compile(r"\b(?:up )?(?:by )?(?:a|one) day (?:earlier|sooner)\b|\bup (?:by )?(?:a|one) day\b"),
        "to the day before",
    ),
    # "ok and the one before that": the day before the one talked about
    (re.compile(r"\bthe one (before|after)(?= that\b| it\b|$| ,)"), r"the day \1"),
    # "tmrw now?", "and today now?" (after something changed): what is on that day as it stands, not a time
    (
        re.compile(
            r"^(?:and |what about |how about |(?:can|could) you show me |show me )?"
            rf"(today|tomorrow|{_WEEKDAY}) now(?=(?: ,)?$)"
        ),
        r"what is on \1",
    ),
    # "k what about 4:45 tmrw", "kk, book it": a lone "k" opening a clause is "ok"
    (re.compile(r"(?:^|(?<=, ))kk?\b"), "ok"),
)


def normalize(clean: str) -> str:
    """Lower-case words with contractions expanded and common typos fixed; commas mark clause breaks."""
    text = clean.lower().translate(_QUOTES)
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    text = " ".join(TYPOS.get(word, word) for word in text.split())
    for pattern, replacement in _AFTER_TYPOS:
        text = pattern.sub(replacement, text)
    return text.strip(" ,-")


_WORD = re.compile(r"[\w'\u2019.-]+")


def casing(clean: str) -> Mapping[str, str]:
    """Each lower-case word of the message mapped to how the client wrote it, to restore names."""
    cased: dict[str, str] = {}
    for word in _WORD.findall(clean.replace("\u2019", "'")):
        word = word.strip(".-'")
        word = word[:-2] if word.endswith("'s") else word
        cased.setdefault(word.lower().replace("'", ""), word)
    return cased


def restore(words: str, cased: Mapping[str, str]) -> str:
    """Words in the client's own casing, so "jones closing" reads back as "Jones closing"."""
    return " ".join(cased.get(word, word) for word in words.split())
