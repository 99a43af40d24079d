"""Headlines in title case stay headlines: invented headlines of the shapes English news pages print (names joined
by commas or "and", "for" and a capitalised phrase, a paper's word at the end, a quoted phrase first, a question word,
a kicker with a colon), each in three layouts, none read as a credit, a date line or the masthead.

Each shape here once broke (HEADLINE_WITH_FOR, QUESTION_WORD, DESK_THEN_VERB, HEADLINE_VERB_BEFORE_THE_PAPER_WORD,
QUOTE_OPENS_THE_HEADLINE) or stands beside one that did."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build

BODY = (
    "The harbour clinic opened on Monday with twelve beds and a staff of thirty nurses, the health board said.",
    "The board said the clinic would serve the whole of the bay area from next year on, with more beds to come.",
    "Nurses from the old ward moved across the bay to the new building over the weekend, the board said.",
)

HEADLINES = (
    "Mayor, Council Clash Over Budget",
    "Smith, Jones Named to All-Star Team",
    "Putin, Xi Sign Gas Deal",
    "Xi Jinping, Vladimir Putin Hold Talks",
    "Medvedev and Hu Jintao Meet in Moscow",
    "Police: Man Arrested After Chase",
    "Q&A With the New Police Chief",
    "Harbour Board Approves Plan, Officials Say",
    "Obama in Moscow",
    "Residents Call for Action on Flooding",
    "Calls for Inquiry Grow",
    "Search for Missing Hiker Resumes",
    "Tickets on Sale for Summer Festival",
    "Jobs Fair Set for Saturday",
    "Putin Heads to Beijing for Talks With Xi",
    "Li Keqiang Arrives in Moscow for Visit",
    "Xi Jinping to Visit Russia",
    "Medvedev Meets Hu Jintao",
    "Hu Jintao Visits Moscow",
    "Putin in China",
    "Vote Set for Tuesday",
    "Plans for New School Unveiled",
    "Record Year for Local Farmers",
    "Harbour City Council",
    "Bridge Closed for Repairs Until June",
    "Council to Vote on Budget Plan",
    "The Week in Review",
    "Letters: Readers Respond to Budget Plan",
    "Man, 34, Charged After Crash",
    "Jane Roe, 85, Dies at Home",
    "Opinion: Why the Budget Matters",
    "Analysis: What the Summit Means for Trade",
    "Q&A: The Future of Gas Deals",
    "Putin Hosts Xi at Kremlin, Hails Ties",
    "Smith Scores Twice as Harbour Win",
    "Ex-Mayor Jane Roe Dies at 85",
    "Dr. Jane Roe Named Hospital Chief",
    "By the Numbers: The Summit in Figures",
    "Editor Quits After Row Over Report",
    "Reporter Recalls Night of the Fire",
    "Staff Shortages Hit Local Hospital",
    "Photographer Captures Rare Bird",
    "Source of Outbreak Found",
    "Updated Plans for Harbour Unveiled",
    "Published Report Slams Council",
    "Posted Notice Angers Residents",
    "Times Are Changing for Farmers",
    "News of the Week",
    "Daily Life in the Harbour Town",
    "The Sun Sets on an Era",
    "Associated Press Photographer Wins Award",
    "Reuters Reporter Freed",
    "Xinhua Opens New Office",
    "Moscow, Beijing Agree on Gas Price",
    "Beijing: Xi Welcomes Putin",
    "Moscow (Russia) Prepares for Summit",
    "Monday Night Football Returns",
    "March Madness Begins",
    "May Day Rally Draws Thousands",
    "2019: A Year in Review",
    "10 Things to Know About the Summit",
    "Five Takeaways From the Putin-Xi Meeting",
    "Xi's Visit to Moscow: What to Expect",
    "Putin to Xi: Let's Do More Business",
    "Russia-China Trade Hits Record",
    "Russia–China Relations at a Glance",
    "Gas Deal Signed After Decade of Talks",
    "How Putin and Xi Became Friends",
    "Why the Pipeline Matters",
    "What Xi Wants From Putin",
    "Is the Alliance Real?",
    "Putin Says Ties With China Are Best Ever",
    "Xi Hails 'New Era' in Ties",
    '"No Limits" Partnership Under Strain',
    "Putin and Xi Meet as West Watches",
    "Former Premier Li Peng Dies",
    "'We Will Not Back Down,' Mayor Says",
    '"It\'s Over": Fans React to Final Whistle',
    "‘Historic’ Gas Deal Signed in Beijing",
    'Xi: Ties With Russia "Best in History"',
    'Putin Says West Is "Losing"',
    "Russia, China Hold Joint Naval Drills",
    "China and Russia Vow Closer Ties",
    "Storm Leaves 3 Dead, Thousands Without Power",
    "Harbour FC 2-1 Sample City: Late Goal Seals Win",
    "Live Updates: Putin Visits Beijing",
    "UPDATE: Road Reopens After Crash",
    "Exclusive: Inside the Kremlin Talks",
    "Editorial: A Summit Worth Watching",
    "Letter From Moscow: A City Transformed",
    "Putin, Xi to Meet Next Week",
    "Kremlin Says Putin, Xi Talked by Phone",
    "Hu Jintao Meets Putin, Medvedev",
    "Wen Jiabao, Putin Sign Accords",
    "Xi Jinping Arrives in Moscow",
    "Dmitry Medvedev Visits China",
    "Premier Li Keqiang Meets Mikhail Mishustin",
    "President Xi Jinping Holds Talks With President Putin",
    "Mishustin, Li Qiang Discuss Trade",
    "Li Qiang and Mishustin Hold Talks in Beijing",
    "The Associated Press Wins Pulitzer",
    "Associated Press Staff Honored",
    "Local Man Wins Lottery",
    "Dr. Smith Retires After 40 Years",
    "Jane Roe Named Editor of Harbour Times",
    "Harbour Times Wins National Award",
    "The Example Times Turns 100",
    "Police Seek Man After Robbery",
    "Man Sought After Robbery",
    "Two Hurt in Crash on Route 9",
    "Crash on I-95 Snarls Traffic",
    "Harbour Votes 5-2 to Approve Budget",
    "Xi Jinping Thought Goes Global",
    "Putin-Xi Summit: Key Quotes",
    "Putin–Xi talks end with gas deal unsigned",
    "Medvedev in Beijing, Hu in Moscow",
)


def _layouts(headline: str) -> dict[str, tuple[tuple[str, ...], str | None]]:
    lead = f"Officials said on Monday that the story behind it, {headline.lower()}, had been confirmed to residents."
    return {
        "over the date": ((headline, "", "November 16, 2010", "", *BODY), None),
        "under the site's name, over the byline": (
            ("Example Site - Home", "", headline, "", "By Jane Roe", "", *BODY),
            "Jane Roe",
        ),
        "over a lead about it": ((headline, "", lead, *BODY), None),
    }


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_title_cased_headline_stays_the_headline(headline: str) -> None:
    for layout, (lines, author) in _layouts(headline).items():
        _, meta = build(*lines)
        assert (meta.title.value, meta.author.value) == (headline, author), layout


# Without their triggers, the credits and mastheads these rules guard stay what they are: names alone over the date
# (no question word), a desk's credit (no verb after it), a paper's name (no headline's verb before its word), a
# headline's quoted phrase aside.
@pytest.mark.parametrize(
    ("first", "title", "author", "outlet"),
    [
        ("Jane Roe and John Doe", None, "Jane Roe and John Doe", None),
        ("Reuters Staff", None, None, None),
        ("Harbour Daily Record", None, None, "Harbour Daily Record"),
    ],
)
def test_credits_and_mastheads_stay(first: str, title: str | None, author: str | None, outlet: str | None) -> None:
    _, meta = build(first, "", "November 16, 2010", "", *BODY)
    assert (meta.title.value, meta.author.value, meta.outlet.value) == (title, author, outlet)
