"""`task.create` sorted into the duty the client means, on sentences of our own."""

import pytest

from tests.unit.parser.support import understood

DUTIES = {
    "mailing_lists": """
        add the Garcias to our newsletter list
        remove bob@example.com from the email list
        clean up the contact database, there are duplicates
        put the new open house sign-ups on the mailing list
        unsubscribe the Hendersons
        update Sarah's address in the client list
        import the leads from the expo into mailchimp
        add my new neighbors to the holiday card list
        add sam@x.com to the newsletter
        remove the Petersons from our Christmas card list
        merge the farm list with the sphere list
        dedupe my contacts
        add the Nguyens to the drip campaign
        take the Lees off the past client list
        put everyone from Saturday's open house on the newsletter list
    """,
    "office_supplies": """
        order more toner
        we're out of printer paper
        can you pick up some post-its and pens
        running low on coffee pods
        buy a new stapler for the front desk
        restock the lockboxes
        need 500 business cards by next Friday
        order yard signs for the Birch Lane listing
        toner pls
        more paper
        we're out of stamps
        the printer's out of ink
        we should get new door hangers printed
        grab a box of manila folders
        reorder the sign riders
    """,
    "mailings": """
        mail the just sold postcards to the farm area
        send thank you cards to the Garcias
        fedex the contract to the title company
        ship the keys to the buyers by Thursday
        get the newsletter out by Friday
        send out the December e-blast
        drop the checks in the mail
        overnight the disclosures to the seller's agent
        pls mail the Jones packet today
        send the just listed cards for Birch Lane by Friday
        Could you send a thank-you note to the Garcias for the referral?
        ups the signed lease to the landlord
        send the holiday letters to past clients
        courier the offer package to the listing agent
        the postcards need to go out Monday
    """,
    "appointment_confirmations": """
        confirm tomorrow's showings
        call the inspector and make sure he's still coming at 10
        reconfirm the closing appointment with the title company
        text the buyers to confirm Saturday's tour
        remind the Smiths about their showing tomorrow
        make sure the photographer is still on for Friday
        double check my appointments for next week
        make sure the Garcias know about the 10am showing
        confirm w/ the inspector for friday
        find out if the Garcias are still coming to the open house
        call the appraiser about the appointment on Monday
        verify the walkthrough time with the buyers
        send reminders for tomorrow's showings
        check that the stager is still coming Thursday
        get confirmations for all of Saturday's showings
    """,
    "ad_copy": """
        write a description for the Maple Ave listing
        draft a facebook ad for the open house
        come up with a catchy headline for 22 Oak St
        I need an instagram caption for the new listing
        write copy for the just listed email
        punch up the MLS remarks on Birch Lane
        create a social media post about the price drop
        I need a listing description for 22 Oak by tomorrow
        can u draft an email blast about the open house
        Please write up a blurb for the Elm St open house
        write a tagline for the spring campaign
        draft a 30 second radio ad for the brokerage
        edit my bio for the website
        promote the open house on Facebook
        rewrite the listing remarks for 9 Oak Ave
    """,
    "call_email_screening": """
        screen my calls this afternoon
        go through my inbox and flag anything urgent
        answer the phone while I'm in the showing
        check my voicemail
        if anyone calls about the Jones house, take a message
        respond to my emails while I'm out
        hold my calls until 2
        sort through my email and delete the junk
        can you cover my phones tomorrow morning
        watch my email for anything from the lender
        help me clean up my inbox
        handle my calls tomorrow
        pick up my calls while I'm at the closing
        triage my email this morning
        forward my calls to the office line
    """,
    "general": """
        find a good handyman for the Oak St rental
        get three quotes for carpet cleaning
        book me a flight to Denver next Thursday
        pick up my dry cleaning
        research title companies in Austin
        pay the HOA invoice by Friday
        make a reservation at Nobu for Saturday
        renew my real estate license
        call the plumber about the leak at Elm St
        I need a notary for Friday
        call Bob tomorrow about the lockbox code
        scan the signed contracts and file them
        tell the Garcias I'm running 10 minutes late
        return the rental car
        get someone to fix the garage door at the Birch Lane house
        order flowers for the Nguyens' closing
        look into staging companies
        could someone drop the keys at the Birch Lane house
        set up my new printer
    """,
}


@pytest.mark.parametrize(
    ("duty", "text"),
    [(duty, line.strip()) for duty, block in DUTIES.items() for line in block.strip().splitlines()],
)
def test_errand_duty(duty, text):
    parsed = understood(text)
    assert (parsed.intent, parsed.duty) == ("task.create", duty)


def test_phases_follow_the_duty_catalogue():
    phases = {duty: {understood(line.strip()).phase for line in block.strip().splitlines()}
              for duty, block in DUTIES.items()}  # fmt: skip
    assert phases == {
        "mailing_lists": {1}, "office_supplies": {1}, "mailings": {1}, "general": {1},
        "appointment_confirmations": {2}, "ad_copy": {2}, "call_email_screening": {2},
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We ran out of toner yesterday. Can you order more?", None),  # when it ran out, not when it is due
        ("we ran out of toner yesterday, order more", None),
        ("order toner by friday", "2026-11-27"),
    ],
)
def test_a_day_gone_by_is_no_due_date(text, due):
    parsed = understood(text)
    assert (parsed.intent, parsed.slots.get("due")) == ("task.create", due)
