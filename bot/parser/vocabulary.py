"""The words Jane knows, as plain data: typo fixes and the word classes the grammar's patterns name.

A new way of saying something is usually one more word here. Patterns in grammar.py refer to a class as
`{name}`; it expands to an alternation of its words (regular expressions, so `e-?mails?` is allowed).
"""

from __future__ import annotations

import re

# fmt: off
# Whole-word fixes applied after lower-casing; a value may be several words.
TYPOS = {
    **dict.fromkeys(("calender", "calandar", "calander", "cal", "calendr"), "calendar"),
    **dict.fromkeys(
        (
            "tmrw", "tmr", "tmrow", "tmw", "tomorow", "tommorow", "tommorrow", "tomorroe", "2morrow", "2moro",
            "tomm", "tmro", "tomoz",
        ),
        "tomorrow",
    ),
    **dict.fromkeys(("tdy", "2day", "tody", "todays"), "today"),
    **dict.fromkeys(("tonite", "2nite", "tonights"), "tonight"),
    **dict.fromkeys(("tomorrows",), "tomorrow"),  # "tomorrows schedule": a possessive typed without "'"
    **dict.fromkeys(("shedule", "schedual", "scedule", "schdule", "sched", "schedle"), "schedule"),
    **dict.fromkeys(("appt", "appointmnet", "appoinment", "appointement"), "appointment"),
    **dict.fromkeys(("appts", "appoinments"), "appointments"),
    **dict.fromkeys(("mtg", "meting", "meetng"), "meeting"),
    **dict.fromkeys(("mtgs", "metings"), "meetings"),
    **dict.fromkeys(("avail", "availble", "availabe", "avaliable", "avialable"), "available"),
    **dict.fromkeys(("pls", "plz", "plse", "pleas"), "please"),
    **dict.fromkeys(("thx", "thnx", "thanx", "ty", "tks"), "thanks"),
    **dict.fromkeys(("mins", "min"), "minutes"),
    **dict.fromkeys(("hrs",), "hours"),
    **dict.fromkeys(("hr",), "hour"),
    **dict.fromkeys(("mon",), "monday"),
    **dict.fromkeys(("tue", "tues", "tuseday", "teusday", "tuesay"), "tuesday"),
    **dict.fromkeys(("wed", "weds", "wensday", "wednsday", "wedensday", "wendsday", "wednesay"), "wednesday"),
    **dict.fromkeys(("thu", "thur", "thurs", "thrusday", "thursdy", "thurday"), "thursday"),
    **dict.fromkeys(("fri", "firday", "fridy"), "friday"),
    **dict.fromkeys(("satuday", "saturay", "sat"), "saturday"),
    **dict.fromkeys(("sundy",), "sunday"),
    **dict.fromkeys(("wk",), "week"),
    **dict.fromkeys(("nxt",), "next"),
    **dict.fromkeys(("febuary",), "february"),
    **dict.fromkeys(("envelops",), "envelopes"),
    **dict.fromkeys(("newsleter", "newletter"), "newsletter"),
    **dict.fromkeys(("maling", "mailng", "mailling", "maiing"), "mailing"),
    **dict.fromkeys(("u",), "you"),
    **dict.fromkeys(("cn",), "can"),
    **dict.fromkeys(("cld", "cud"), "could"),
    **dict.fromkeys(("wld", "wud"), "would"),
    **dict.fromkeys(("shld",), "should"),
    **dict.fromkeys(("w",), "with"),  # "lunch w Mike", as "w/" is
    **dict.fromkeys(("lmk",), "let me know"),
    **dict.fromkeys(("nvm", "nvmd", "nm"), "never mind"),
    **dict.fromkeys(("np",), "no problem"),
    **dict.fromkeys(("ppl",), "people"),
    **dict.fromkeys(("abt", "bout"), "about"),
    **dict.fromkeys(("tho",), "though"),
    **dict.fromkeys(("sry", "srry", "soz", "sorr"), "sorry"),
    **dict.fromkeys(("k", "kk"), "ok"),
    **dict.fromkeys(("actualy", "acutally", "actully", "acually", "actaully", "actuall"), "actually"),
    **dict.fromkeys(("rn",), "right now"),
    **dict.fromkeys(("anythng", "anythin", "anyting", "anthing", "anyhting", "nething"), "anything"),
    **dict.fromkeys(("mornin", "mornig", "moring", "mrning"), "morning"),
    **dict.fromkeys(("wanna",), "want to"),
    **dict.fromkeys(("gonna",), "going to"),
    **dict.fromkeys(("gotta",), "got to"),
    **dict.fromkeys(("smth", "sth", "somethin"), "something"),
    **dict.fromkeys(("b4",), "before"),
    **dict.fromkeys(("msg",), "message"),
    **dict.fromkeys(("ur",), "your"),
    **dict.fromkeys(("r",), "are"),
    **dict.fromkeys(("wat", "wut", "wht"), "what"),
    **dict.fromkeys(("wen", "wehn"), "when"),
    **dict.fromkeys(("hw", "hwo"), "how"),
    **dict.fromkeys(("wher", "whr"), "where"),
    **dict.fromkeys(("gimme",), "give me"),
    **dict.fromkeys(("lemme",), "let me"),
    **dict.fromkeys(("whats", "wats"), "what is"),
    **dict.fromkeys(("wheres",), "where is"),
    **dict.fromkeys(("hows",), "how is"),
    **dict.fromkeys(("whens",), "when is"),
    **dict.fromkeys(("whos",), "who is"),
    **dict.fromkeys(("thats",), "that is"),
    **dict.fromkeys(("theres",), "there is"),
    **dict.fromkeys(("im",), "i am"),
    **dict.fromkeys(("ive",), "i have"),
    **dict.fromkeys(("dont",), "do not"),
    **dict.fromkeys(("didnt",), "did not"),
    **dict.fromkeys(("doesnt",), "does not"),
    **dict.fromkeys(("cant", "cannot"), "can not"),
    **dict.fromkeys(("isnt",), "is not"),
    **dict.fromkeys(("havent",), "have not"),
    **dict.fromkeys(("hasnt",), "has not"),
    **dict.fromkeys(("lets",), "let us"),
    **dict.fromkeys(("any1", "ne1"), "anyone"),
    **dict.fromkeys(("some1",), "someone"),
    **dict.fromkeys(("every1",), "everyone"),
    **dict.fromkeys(("gr8",), "great"),
    **dict.fromkeys(("l8r",), "later"),
    **dict.fromkeys(("thru",), "through"),
    **dict.fromkeys(("walkthru", "walkthough", "walktrough"), "walkthrough"),
    **dict.fromkeys(("cuz", "coz", "bc", "b/c"), "because"),
    **dict.fromkeys(("yr",), "your"),
}

WORDS: dict[str, tuple[str, ...]] = {
    # calendar
    "cal": ("calendar", "schedule", "agenda", "diary", "calendars", "schedules"),
    "agendanoun": (
        "appointments", "meetings", "events", "showings", "plans", "bookings", "zooms", "day", "week",
        "weekend", "morning", "afternoon", "evening", "itinerary", "lineup", "line-up",
    ),
    # "what's <idiom> tomorrow": the ways of asking what is planned
    "agenda_idiom": (
        "on", "in", "going on", "happening", "planned", "scheduled", "booked", "up", "coming up", "in store",
        "lined up", "next", "on deck", "on tap", "on the books", "on the docket", "on the schedule",
        "on the agenda", "on the calendar", "the plan", "the plans", "my plans", "the lineup", "first up",
        "up first", "up next", "next up", "first", "left", "on my plate", "on the table", "the damage",
        "the story", "the rundown", "going",
    ),
    "events": (
        "appointments?", "meetings?", "events?", "showings?", "calls?", "plans", "bookings?", "commitments",
        "engagements", "zooms?", "tours?", "inspections?", "walkthroughs?",
    ),
    "event": (
        "meeting", "call", "zoom", "zoom call", "appointment", "lunch", "dinner", "breakfast", "brunch",
        "coffee", "tea", "afternoon tea", "drinks", "showing", "tour", "walkthrough", "walk-through",
        "inspection", "consultation",
        "consult", "session", "interview", "review", "sync", "check-in", "catch-up", "catchup", "chat",
        "conference call", "video call", "phone call", "facetime", "teams call", "webinar", "haircut",
        "dentist", "doctor", "massage", "event", "open house", "party", "presentation", "demo",
        "meet and greet", "listing appointment", "appraisal", "1:1", "one on one", "huddle", "standup",
        "stand-up", "workout", "training", "class", "lesson", "visit", "physical", "checkup", "check up",
        "signing", "closing appointment", "photo shoot", "photoshoot",
    ),
    "travel": (
        "hotel", "motel", "airbnb", "flights?", "plane", "airline", "train", "bus", "rental car", "car",
        "uber", "lyft", "taxi", "cab", "limo", "shuttle", "ride", "table", "restaurant", "reservations?",
        "tickets?", "trip",
        "vacation", "(?<!conference )(?<!meeting )(?<!board )room", "suite", "venue", "caterer", "catering",
        "movers?", "cleaners?", "plumber", "electrician", "photographer", "stager", "painter", "handyman",
        "contractor", "landscaper", "dj", "band", "valet", "courier", "babysitter", "sitter", "dog walker",
    ),
    "free": (
        "free", "available", "open", "clear", "busy", "booked", "tied up", "around", "blocked", "taken",
        "unavailable", "occupied", "slammed", "swamped", "double booked", "double-booked", "overbooked",
    ),
    "gap": (
        "time", "gaps?", "openings?", "windows?", "slots?", "room", "space", "availability", "free time",
        "spare time", "holes?", "breaks?", "free hour", "hour", "free minutes", "minutes", "free slots?",
        "open slots?", "spots?", "chance",
    ),
    # sales
    "dealnoun": (
        "deals?", "listings?", "closings?", "purchases?", "sales?", "offers?", "contracts?", "escrows?",
        "transactions?", "buyers?", "sellers?", "propert(?:y|ies)", "house", "home", "condo", "townhouse",
        "lot", "land", "acreage", "farm", "building", "apartment", "unit", "duplex", "rental", "loan",
        "mortgage", "financing", "refi", "appraisal", "account", "opportunit(?:y|ies)", "client", "lease",
        "renewal", "short sale", "project", "bid", "file", "listing", "relocation", "portfolio", "commercial",
        "retail", "office space", "warehouse", "farmhouse", "cottage", "cabin", "bungalow", "ranch", "loft",
        "villa", "estate", "triplex", "fourplex", "penthouse",
    ),
    # what makes a name an address or a company ("how's 19 Birch Lane", "where is Acme Corp")
    "street": (
        "st", "street", "ave", "avenue", "rd", "road", "ln", "lane", "blvd", "boulevard", "ct", "court",
        "cir", "circle", "pkwy", "parkway", "hwy", "highway", "terrace", "trail", "cove", "loop", "plaza",
    ),
    "company": (
        "inc", "corp", "corporation", "co", "llc", "ltd", "group", "partners", "realty", "holdings",
        "properties", "company", "industries", "enterprises", "associates", "ventures", "homes", "builders",
    ),
    "deals": (
        "deals", "listings", "transactions", "escrows", "closings", "sales", "contracts", "offers", "leads",
        "prospects", "properties", "opportunities", "accounts",
    ),
    "stage_word": (
        "under contract", "in contract", "pending", "in escrow", "escrow", "closed", "closing", "closes",
        "close", "active", "listed", "new", "open", "sold", "won", "lost", "dead", "contingent", "expired",
        "withdrawn", "in negotiation", "negotiating", "stalled", "hot", "current",
    ),
    # the stages a deal moves through, by name ("moved to offer", "in the negotiation stage")
    "stage_name": (
        "under contract", "in contract", "contract", "escrow", "pending", "contingent", "closed", "closing",
        "active", "listed", "leads?", "prospects?", "offers?", "negotiations?", "lost", "dead", "stalled",
        "won", "sold", "expired", "withdrawn", "showing", "qualified", "proposal",
    ),
    # requests
    "request": (
        "requests?", "tasks?", "jobs?", "errands?", "tickets?", "to-?dos?", "to do list", "asks", "orders?",
        "stuff i asked for", "things i asked for", "queue",
    ),
    "done": (
        "ordered", "sent", "sent out", "mailed", "shipped", "done", "finished", "completed", "complete",
        "booked", "confirmed", "handled", "taken care of", "written", "drafted", "posted", "delivered",
        "picked up", "dropped off", "claimed", "started", "updated", "added", "removed", "fixed", "bought",
        "purchased", "arrived", "received", "gone out", "went out", "go out", "get done", "ready", "called",
        "scheduled", "screened", "paid", "filed", "scanned", "printed", "submitted", "processed", "replied",
        "answered", "returned", "sorted", "cleaned", "merged", "made", "found", "reserved", "come in",
        "came in", "get ordered", "get sent", "get mailed", "get done", "looked at", "gotten to", "got to",
        "seen", "on it", "working on", "get out", "out yet", "out", "arrive", "come in", "get here",
        "got here", "show up", "get delivered", "get shipped", "get booked", "get confirmed", "get paid",
        "get filed", "get fixed", "get handled", "cancelled", "canceled", "get cancelled", "get canceled",
        "rescheduled", "get rescheduled",
        # "did the dentist get moved?": a move asked of the VA, done or not
        "moved", "get moved", "rescheduled", "get rescheduled",
    ),
    # what a VA says about a request: "what did ben say about the toner?", "what was ana's note on it?"
    "said_verb": ("say", "said", "write", "wrote", "note", "noted", "put", "reply", "replied"),
    "note_noun": ("note", "message", "reply", "comment"),
    "did_verb": (
        "order", "send", "mail", "ship", "book", "confirm", "call", "write", "draft", "post", "finish", "do",
        "handle", "get", "buy", "pick up", "update", "add", "remove", "fix", "screen", "reply", "file", "pay",
        "claim", "start", "take care of", "reserve", "find", "print", "scan", "submit", "fedex", "drop off",
        "mail out", "send out", "get to",
    ),
    "someone": (
        "anyone", "anybody", "someone", "somebody", "my va", "the va", "a va", "my assistant",
        "the assistant", "you guys", "you all", "y all", "yall", "you", "they", "we", "nobody", "no one",
    ),
    # task duties
    "supply": (
        "paper", "printer paper", "copy paper", "copier paper", "reams?", "envelopes?", "ink", "toner",
        "cartridges?", "folders?", "manila", "labels?", "label maker", "label tape", "pens?", "pencils?",
        "markers?", "highlighters?", "sharpies?", "staples?", "stapler", "paper ?clips?", "binders?",
        "binder clips?", "post-?its?", "post its?", "sticky notes?", "notepads?", "legal pads?", "notebooks?",
        "tape",
        "batteries", "printer", "coffee", "coffee pods?", "k-?cups?", "filters", "water", "paper towels",
        "toilet paper", "tissues", "cleaning supplies", "supplies", "business cards", "stamps", "postage",
        "desk", "chair", "monitor", "keyboard", "mouse", "cables?", "chargers?", "whiteboard", "dry erase",
        "lockbox(?:es)?", "lock ?box(?:es)?", "signs", "yard signs?", "sign riders?", "for sale signs?",
        "open house signs?", "door hangers", "boxes", "bubble wrap", "mailers?", "shipping supplies",
        "clipboards?", "scissors", "calculator", "shredder", "laptop", "headset", "webcam", "usb drives?",
        "flash drives?", "hard drives?", "envelope", "card ?stock", "snacks", "cups", "plates", "napkins",
        "trash bags",
        "soap", "hand sanitizer", "masks",
    ),
    # one serving for the client (errands.py): "a coffee" is an errand, "coffee" for the office a supply
    "serving": (
        "coffee", "iced coffee", "latte", "cappuccino", "espresso", "tea", "water", "soda", "coke", "juice",
        "smoothie", "sandwich", "salad", "burrito", "bagel", "muffin", "donut", "croissant", "snack",
    ),
    "acquire": (
        "order", "orders", "reorder", "re-order", "buy", "purchase", "get", "grab", "pick up", "restock",
        "stock up", "replenish", "need", "needs", "want", "running low", "low on", "out of", "ran out",
        "run out", "running out", "more", "refill", "replace", "another", "a box of", "a pack of",
        "a case of", "supply", "source", "shop for", "almost out", "all out", "empty",
    ),
    "list": (
        "mailing lists?", "newsletter lists?", "e-?mail lists?", "contact lists?", "client lists?",
        "distribution lists?", "subscriber lists?", "sphere(?: list)?", "farm(?:ing)? lists?",
        "holiday card lists?", "card lists?", "past client lists?", "database", "crm", "mailchimp",
        "audience", "contacts", "address book", "address lists?", "subscribers", "email database",
        "contact database", "mailing database", "drip campaign",
    ),
    "list_edit": (
        "add", "adding", "put", "include", "remove", "take", "drop", "delete", "update", "clean", "clean up",
        "scrub", "merge", "combine", "dedupe", "de-dupe", "dedup", "import", "export", "upload", "subscribe",
        "unsubscribe", "sign", "fix", "correct", "change", "enter", "input", "maintain", "consolidate",
        "segment", "tag", "move", "sync", "purge", "prune", "organize", "sort", "build", "create", "start",
        "set up", "refresh", "edit", "append", "opt out", "opted out", "bounce", "bounced",
    ),
    "send": (
        "mail", "mail out", "send", "send out", "ship", "fedex", "fed ex", "ups", "usps", "dhl", "courier",
        "overnight", "post(?!-?its?\\b)", "drop in the mail", "drop off at the post office", "deliver",
        "stuff", "stamp",
        "e-?blast", "blast", "distribute", "hand deliver", "hand out", "get out", "go out", "goes out",
        "going out", "mail merge", "express",
    ),
    "mailing": (
        "newsletters?", "postcards?", "mailers?", "flyers?", "fliers?", "brochures?", "cards",
        "holiday cards?", "christmas cards?", "thank you cards?", "thank you notes?", "letters", "packages?",
        "parcels?", "invitations", "mailing", "mailings", "e-?blast", "email blast", "just listed",
        "just sold", "announcements?", "magnets", "pop-bys", "pop bys", "mailbox", "post office", "postage",
    ),
    "adnoun": (
        "ads?", "advert", "adverts", "advertisements?", "copy", "copywriting", "captions?", "blurbs?",
        "taglines?", "slogans?", "headlines?", "descriptions?", "listing description", "posts?",
        "social media", "instagram", "facebook", "linkedin", "tweets?", "radio spot", "spots?", "scripts?",
        "jingle", "promo", "promotions?", "marketing", "listing ad", "email campaign", "listing remarks",
        "remarks", "bio", "website text", "landing page", "press release", "commercial", "video script",
        "reel", "story", "mls description", "property description", "e-?mail blasts?", "e-?blasts?",
        "newsletter copy", "newsletter article",
    ),
    "write": (
        "write", "draft", "create", "compose", "come up with", "put together", "prepare", "design", "make",
        "need", "edit", "polish", "rewrite", "re-write", "punch up", "brainstorm", "work on", "craft",
        "proofread", "revise", "tweak", "do", "whip up", "want",
        # "get a facebook ad written": the thing wanted, then how
        "written", "drafted", "done up", "put together",
    ),
    "screen": (
        "screen", "screening", "answer", "pick up", "cover", "handle", "field", "take", "return", "monitor",
        "watch", "manage", "triage", "check", "go through", "sort", "sort through", "clean up", "clean out",
        "clear", "filter", "flag", "hold", "respond to", "reply to", "get to", "deal with", "catch",
        "listen to", "forward", "route", "keep an eye on", "look through", "skim", "read",
    ),
    "inbox": (
        "phones?", "calls", "inbox", "e-?mails?", "e-?mail", "voicemails?", "voice mails?", "messages", "dms",
        "texts", "incoming", "calls that come in", "mail", "gmail", "outlook",
    ),
    "confirmable": (
        "appointments?", "showings?", "meetings?", "inspections?", "visits?", "walkthroughs?",
        "walk-throughs?", "tours?", "open house", "reservations?", "bookings?", "consultations?",
        "appraisals?", "dinner", "lunch", "coming", "still on", "still coming", "still good",
        "still happening", "shows? up", "on for", "booked for", "scheduled for", "attending", "attendance",
    ),
    "errand": (
        "get", "find", "book", "research", "look up", "look into", "look for", "call", "phone", "pick up",
        "fetch", "go get",
        "drop off", "pay", "renew", "cancel", "return", "reserve", "arrange", "organi[sz]e", "plan", "set up",
        "make", "print", "scan", "file", "fax", "copy", "shred", "sign", "notarize", "handle", "take care of",
        "deal with", "sort out", "fix", "follow up", "reach out", "contact", "text", "message", "ask",
        "remind", "hire", "compare", "gather", "collect", "compile", "prepare", "download", "upload",
        "submit", "register", "sign up", "apply", "coordinate", "track down", "check with", "check if",
        "check whether", "clean", "wrap", "deliver", "water", "feed", "walk", "wash", "take", "bring",
        "return", "refund", "dispute", "drop", "swing by", "stop by", "run over", "run by", "bring over",
        "hand off", "transfer", "move", "buy", "order", "purchase", "pull", "run", "grab", "send", "invoice",
        "bill", "quote", "estimate", "chase", "nudge", "ping", "tell", "let", "email", "e-mail", "write",
        "draft", "update", "create", "put together", "figure out", "reconcile", "log", "enter", "record",
        "review", "proofread", "translate", "summari[sz]e", "research", "investigate", "verify", "install",
        "replace", "repair", "inquire", "request", "negotiate", "hunt down", "source", "recommend", "suggest",
        "set", "change", "reset", "get me", "have", "schedule", "remove", "delete", "take down",
        "service", "back up", "restock", "refill", "empty", "tidy", "tidy up", "vacuum", "pack", "unpack",
        "recycle", "assemble", "label", "laminate", "shovel", "mow",
    ),
    "polite": (
        "can you", "could you", "would you", "will you", "can u", "would you mind", "do you mind", "please",
        "kindly", "i need you to", "i need to", "i would like you to", "i would like to", "i want you to",
        "i want to", "we need you to", "we need to", "need you to", "need to", "go ahead and", "let us",
        "i would love to", "i would love you to", "i would love it if you could", "we would love to",
        "quick", "quickly", "also", "just", "and", "but", "then", "jane", "hey", "hi", "hello", "ok", "okay",
        "k",
        "kk", "so", "oh", "ah", "um", "umm", "uh", "hm", "hmm", "hmmm", "yo", "nice", "cool", "great",
        "ugh", "urgh", "argh", "sigh", "darn", "dang", "shoot", "oops", "whoops", "welp", "oh no", "oh dear",
        "awesome", "perfect",
        "sweet", "lol", "haha", "yeah", "yup", "yep", "yes", "actually",
        "good morning", "morning", "good afternoon", "good evening", "hi there", "hi again", "hello again",
        "hey there",
        "quick question", "quick q", "quick one", "one quick thing", "question", "btw", "by the way",
        "can someone",
        "could someone", "can somebody",
        "have someone", "get someone to", "have my va", "ask my va to", "tell my va to", "i d like to",
        "id like to", "i d like you to", "can we", "could we", "is it possible to", "are you able to",
        "you can", "gonna need you to", "remember to", "dont forget to", "do not forget to", "make sure to",
        "be sure to", "try to", "help me", "i would love it if you", "if you could", "if you can",
        "when you get a chance", "when you can", "following up", "just following up", "checking in",
        "just checking in", "circling back", "sorry to bother you", "sorry to bug you", "one more thing",
        "another thing", "also jane", "real quick", "though", "tho", "last thing", "one last thing",
        "last question", "one last question", "final question", "one final thing", ",",
    ),
    # a clause that only greets or chats before the request: "Hope you had a good weekend."
    "pleasantry": (
        "hope", "i hope", "happy", "good", "great", "thanks", "thank you", "sorry", "hi", "hey", "hello",
        "morning", "afternoon", "evening", "following up", "checking in", "circling back", "quick question",
        "question for you", "ok so", "so", "jane", "yo", "hiya", "greetings", "lol", "haha", "ugh", "wow",
        "oh", "welcome back", "long time", "how are you", "how is it going", "how was your", "fyi",
        "perfect", "awesome", "cool", "nice", "excellent", "sweet", "brilliant", "amazing", "wonderful",
        "fantastic", "lovely", "super", "just to be sure", "just to check", "just to confirm",
        "just checking", "to be sure",
    ),
    "trailer": (
        "please", "thanks", "thank you", "thx", "jane", "for me", "asap", "if you can", "if possible",
        "when you can", "when you get a chance", "today if possible", "real quick", "quickly", "for us",
        "right away", "again", "as well", "too", "now", "anyway", "anyways", "though", "btw", "by the way",
        "just wondering", "out of curiosity", "lol", "now that i think about it", "now that i think of it",
        "come to think of it", "while you are at it", "while you are on it", "i guess", "i suppose",
        "scheduled for", "booked for", "set for",
    ),
    # what a status question is about when it is about a request rather than a deal
    "tasknoun": (
        "confirmations?", "quotes?", "plumber", "hotel", "movers?", "flights?", "reservations?", "inbox",
        "voicemails?", "e-?mails?", "calls", "ads?", "copy", "captions?", "blurbs?", "posts?", "radio spot",
        "description", "lists?", "research", "errand", "printing", "scanning", "filing", "invoices?",
        "bills?", "refund", "repair", "cleaning", "booking",
    ),
    "thing": ("it", "that", "this", "things", "everything", "stuff", "all that", "all of it", "those"),
}

# Pipeline stages as the client says them, and the stage Jane reports back.
STAGES = (
    ("under contract", r"under contract|in contract|went under contract|go under contract"),
    ("in escrow", r"in escrow|escrow"),
    ("pending", r"pending"),
    ("contingent", r"contingent"),
    # "did the maple court condo close?": whether it sold (a deal that fell through did not)
    (
        "sold",
        r"^(?:did|has|have)\b.*\b(?:close|sell|sold|selling|closing)(?: (?:yet|already|after all|in the end"
        r"|finally))?$",
    ),
    (
        "closed",
        r"closed|sold|won|finali[sz]ed|at closing"
        r"|(?:did|have|has|had) (?:we|i|you|they|anything|something|any(?: of)?"
        r"(?: (?:my|our|the|them|those))?(?: \w+)?) (?:\w+ )?(?:close|sell)\b",
    ),
    ("closing", r"closings?|closes|close|about to close|set to close"),
    ("active", r"active|listed|on the market|live"),
    ("lead", r"leads?|new leads"),
    ("prospect", r"prospects?|prospective"),
    ("offer", r"offers?"),
    ("proposal", r"proposals?|proposal stage"),
    ("qualified", r"qualified"),
    ("negotiation", r"negotiat\w*"),
    ("lost", r"lost|dead|fell through|expired|withdrawn|cancell?ed"),
    ("stalled", r"stalled|stuck"),
)

# fmt: on

# Stand-ins for the time tokens of template.py, so patterns can say "a time goes here".
TOKENS = {"when": "@[dh]"}


def expand(pattern: str) -> str:
    """A grammar pattern with each `{class}` replaced by the alternation of its words."""

    def words(match: re.Match) -> str:
        name = match.group(1)
        if name in TOKENS:
            return TOKENS[name]
        return "(?:" + "|".join(sorted(WORDS[name], key=len, reverse=True)) + ")"

    return re.sub(r"\{([a-z_]+)\}", words, pattern)
