"""Deal matching on 200 deal names with near-duplicates: match when clear, ask when not, never invent."""

import itertools

import pytest

from bot.parser import DealMatch, match_deal
from bot.parser.deals import normalise

# fmt: off
SURNAMES = (
    "Smith", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez",
    "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "White",
    "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
    "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
    "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz",
    "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook",
)
# fmt: on
STREETS = ("Elm St", "Oak Ave", "Maple Dr", "Birch Lane", "Cedar Ct", "Pine Rd", "Lake Shore Dr", "Main St")
NEAR_DUPLICATES = (
    "Jones – 14 Elm St", "Jones – 9 Oak Ave", "Johnson", "Thompson", "Thomson Family Trust", "Globex",
    "Globex Europe", "Initech", "Lakeview Condo", "Lakeview Townhomes", "Smith – Maple Dr",
)  # fmt: skip


def deal_names() -> list[str]:
    names = list(NEAR_DUPLICATES)
    numbers = itertools.count(101, 7)
    for surname, street in zip(SURNAMES * 4, itertools.cycle(STREETS)):
        name = f"{surname} – {next(numbers)} {street}"
        if len(names) < 200:
            names.append(name)
    return names


DEALS = deal_names()


def test_the_list_has_200_distinct_names():
    assert len(DEALS) == len(set(DEALS)) == 200


@pytest.mark.parametrize(
    ("words", "deal"),
    [
        ("Jones Elm", "Jones – 14 Elm St"),
        ("the jones closing on oak", "Jones – 9 Oak Ave"),
        ("Johnson", "Johnson"),
        ("the Johnson deal", "Johnson"),
        ("Johnson's", "Johnson"),
        ("Thompson purchase", "Thompson"),
        ("the Thomson trust", "Thomson Family Trust"),
        ("Globex", "Globex"),
        ("Globex Europe deal", "Globex Europe"),
        ("initech", "Initech"),
        ("the Lakeview condo deal", "Lakeview Condo"),
        ("lakeview townhomes", "Lakeview Townhomes"),
        ("Smith Maple", "Smith – Maple Dr"),
    ],
)
def test_unambiguous_words_match_the_right_deal(words, deal):
    assert match_deal(words, DEALS) == DealMatch(deal, ())


@pytest.mark.parametrize("name", DEALS)
def test_every_deal_is_found_by_its_own_name(name):
    assert match_deal(name, DEALS).match == name


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Jones", {"Jones – 14 Elm St", "Jones – 9 Oak Ave"}),
        ("the Jones closing", {"Jones – 14 Elm St", "Jones – 9 Oak Ave"}),
        ("Lakeview", {"Lakeview Condo", "Lakeview Townhomes"}),
        ("Garcia", {name for name in DEALS if name.startswith("Garcia")}),
    ],
)
def test_ambiguous_words_return_candidates(words, expected):
    found = match_deal(words, DEALS)
    assert found.match is None
    assert set(found.candidates) == expected


@pytest.mark.parametrize(
    "words",
    ["Zimmerman", "Jonas", "the Baxter deal", "Nakamura closing", "Quigley", "Petrov listing", "Acme",
     "Jones Maple", "Kowalski", "Oyelaran", "Stark Industries", "Wayne"],
)  # fmt: skip
def test_a_deal_that_does_not_exist_never_matches(words):
    assert match_deal(words, DEALS).match is None


def test_johnson_is_not_jones():
    without_johnson = [name for name in DEALS if name != "Johnson"]
    found = match_deal("Johnson", without_johnson)
    assert found.match is None
    assert not any(name.startswith("Jones") for name in found.candidates)


def test_a_typo_is_asked_about_rather_than_guessed():
    found = match_deal("Thomspon", DEALS)
    assert found.match is None
    assert "Thompson" in found.candidates


@pytest.mark.parametrize(
    ("words", "names"), [("", DEALS), ("the deal", DEALS), ("Jones", []), ("   ", DEALS)]
)
def test_nothing_to_match(words, names):
    assert match_deal(words, names) == DealMatch(None, ())


MARIAS = ["Jones – 14 Elm St", "Jones – 9 Oak Ave", "Lakeview listing", "Baker Street duplex"]


@pytest.mark.parametrize("words", ["the listing", "my listing", "listings"])
def test_a_kind_of_deal_names_the_one_deal_called_that(words):
    assert match_deal(words, MARIAS) == DealMatch("Lakeview listing")


def test_a_kind_of_deal_that_several_are_called_is_asked_about():
    names = [*MARIAS, "Maple listing"]
    assert match_deal("the listing", names) == DealMatch(None, ("Lakeview listing", "Maple listing"))


@pytest.mark.parametrize("words", ["my deal", "the deal", "the listing"])
def test_words_any_deal_could_be_called_name_a_clients_only_deal(words):
    assert match_deal(words, ["Jones farmhouse"]) == DealMatch("Jones farmhouse")


def test_words_any_deal_could_be_called_name_none_of_several():
    assert match_deal("my deal", MARIAS) == DealMatch(None, ())


@pytest.mark.parametrize(
    ("name", "normal"),
    [("Jones – 14 Elm St", "jone 14 elm st"), ("the Joneses' closing", "jone"), ("Carters'", "carter"),
     ("O'Brien Sale", "obrien"), ("GLOBEX, Inc.", "globex inc")],
)  # fmt: skip
def test_normalise(name, normal):
    assert normalise(name) == normal


@pytest.mark.parametrize(
    ("words", "deal"),
    [
        ("the elm street deal", "Jones – 14 Elm St"),
        ("oak avenue", "Jones – 9 Oak Ave"),
        ("baker st", "Baker Street duplex"),
    ],
)
def test_a_street_type_spelled_out_or_shortened_names_the_same_address(words, deal):
    names = ["Jones – 14 Elm St", "Jones – 9 Oak Ave", "Baker Street duplex", "Lakeview listing"]
    assert match_deal(words, names) == DealMatch(deal)
