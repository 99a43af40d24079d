"""The article's sentences stay, whatever furniture's word they open with: invented sentences a news story prints
("Subscribe to the idea, the minister said, ...", "Share prices rose ...", "Q: When will the clinic open?"), each
inside the text, after it and set apart by blank lines, none dropped. A dropped sentence is worse than a kept junk line.

REPORTED_SENTENCE (archive.rules) once kept three of them; the others stand beside them."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build

HEADLINE = "Harbour clinic opens with twelve beds for the bay"
BODY = (
    "The harbour clinic opened on Monday with twelve beds and a staff of thirty nurses, the health board said.",
    "The board said the clinic would serve the whole of the bay area from next year on, with more beds to come.",
    "Nurses from the old ward moved across the bay to the new building over the weekend, the board said.",
)

SENTENCES = (
    "Read more about the plan, the mayor told residents, on the council's website before the vote.",
    "Follow the money, the auditor said, and you will find the reason the clinic was late.",
    "Share prices of the builder rose by four per cent after the announcement on Monday.",
    "Photo IDs will be required at the clinic from next month, the board said.",
    "Subscribe to the idea, the minister said, and the rest will follow.",
    "Sign up for the vaccination programme opens on Friday, the health board announced.",
    "Click here, the instructions in the leaflet say, to book an appointment online.",
    "Comments from residents have been mostly positive, according to the board.",
    "Advertisement spending by the board rose to 20,000 pounds last year.",
    "Related costs were not disclosed by the council.",
    "Copyright lawyers say the case could set a precedent for the region.",
    "All rights to the land were transferred to the board in 2009.",
    "Terms of the deal were not disclosed.",
    "Privacy campaigners have raised concerns about the clinic's new booking system.",
    "Cookies and cakes were served to the first patients on Monday morning.",
    "Watch this space, the mayor said.",
    "Listen to the nurses, the union said in a statement.",
    "Download speeds at the clinic will be improved next year, the board said.",
    "Log in times for the new system were slow on Monday, staff said.",
    "Contact tracing will be run from the new building.",
    "Print and radio adverts will announce the opening.",
    "Video calls with doctors will also be offered.",
    '"Thank you," she said.',
    '"No."',
    'He said: "We are ready."',
    "Q: When will the clinic open?",
    "A: On Monday.",
    "1. The clinic opens on Monday.",
    "The end of an era.",
    "Next week: the second clinic opens.",
    "Previously, the ward was in the old hospital.",
    "Source: the health board's annual report.",
    "More than 200 people attended the opening, the board said.",
    "More from the minister: she will visit the clinic again in the spring.",
    "Advertising the new clinic cost the board less than expected.",
    "Home visits will continue for patients who cannot travel, the board said.",
    "Menu options at the hospital canteen will also change next year.",
    "Search teams found the missing hiker on Sunday evening near the ridge.",
    "Login problems affected the new booking system for two hours on Monday.",
    "Newsletter editors at the board were told to mention the clinic every week.",
    "Tags on the beds show the date each was bought, nurses said.",
    "Trending upwards: the number of patients has doubled since March.",
    "Related: the board also approved a new dental surgery for the town.",
    "Editor's note: this story has been updated to include the board's response.",
    "Correction: an earlier version of this story gave the wrong date for the opening.",
    "Update, 3 p.m.: the board has confirmed that the clinic will open on Monday.",
    "Note: all figures are from the board's 2010 annual report.",
    "Image: the new clinic building on the harbour front, seen from the ferry.",
    "Video shows the first patients arriving at the clinic on Monday morning.",
    "Breaking: the clinic has been evacuated after a fire alarm, police said.",
    "Live: updates from the clinic's opening as the first patients arrive.",
    "Exclusive: the board's chair told this paper the clinic would open on Monday.",
    "Opinion polls suggest most residents support the new clinic.",
    "Analysis of the figures shows waiting times have fallen by a third.",
    "Comment on the plans is invited until the end of the month, the council said.",
    "Share your views on the clinic at the public meeting on Thursday, the board urged residents.",
    "Follow-up appointments will be booked by the nurses.",
    "Print copies of the leaflet are available at the library.",
    "Listen: the mayor speaks about the new clinic on local radio.",
    "Email the board with questions, the leaflet says.",
    "Call 555-0100 for appointments, the board said.",
    "Visit the clinic's open day on Saturday to see the new beds, the mayor urged residents.",
    "Download the board's report from its website, which also lists the opening hours.",
    "Sign the petition, campaigners urged shoppers on the high street on Saturday.",
    "Join us, the nurses' union said in a message to members, for a rally on Friday.",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_an_articles_sentence_stays(sentence: str) -> None:
    layouts = {
        "between paragraphs": (HEADLINE, "By Jane Roe", BODY[0], sentence, BODY[1], BODY[2]),
        "after the text": (HEADLINE, "By Jane Roe", *BODY, sentence),
        "set apart": (HEADLINE, "By Jane Roe", BODY[0], "", sentence, "", BODY[1], "", BODY[2]),
    }
    for layout, lines in layouts.items():
        clean, _ = build(*lines)
        assert sentence in [line.text for line in clean.lines], layout


# Without a reporting clause, the calls to action REPORTED_SENTENCE spares are the page's and go.
@pytest.mark.parametrize(
    "promo",
    ["Subscribe to our newsletter for the latest news.", "Sign up for our daily newsletter.", "Click here to read more."],
)
def test_a_call_to_action_goes(promo: str) -> None:
    clean, _ = build(HEADLINE, "By Jane Roe", *BODY, promo)
    assert promo not in [line.text for line in clean.lines]
