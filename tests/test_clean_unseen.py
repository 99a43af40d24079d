"""Furniture and titles met on pages from outlets not in the seeds (issue 17, failure classes 4 and 5), each rule on
synthetic lines written for these tests: the rule drops its trigger and keeps an article sentence that resembles it."""

from __future__ import annotations

import pytest
from test_rules import CLOSING, MIDDLE, OPENING, TITLE_LINE, in_article, outcome, run

from archive import rules
from archive.clean import clean
from archive.model import BYLINE, HEADING, PARAGRAPH, TITLE, RawArticle

# (rule, a junk line that triggers it, an article sentence that does not)
LINE_RULE_CASES = [
    (
        rules.VIDEO_WIDGET,
        "2:57 WATCH: Pilots guide the first barge out of the harbour",
        "At 2:57 the pilots watched the first barge leave.",
    ),
    (rules.VIDEO_WIDGET, "Current Time 0:00", "The current time at the harbour was noted in the log."),
    (rules.VIDEO_WIDGET, "Listen on Apple Podcasts", "Listeners heard the harbour master on the radio on Monday."),
    (
        rules.WIDGET_ERROR,
        "Oops! Something went wrong.",
        "Something went wrong with the crane on Tuesday, the harbour master said.",
    ),
    (
        rules.WIDGET_ERROR,
        "Please try again later.",
        "The fishermen were told they could try again later in the season, once the storm had passed.",
    ),
    (rules.LINK_LINE, "Read More http://example.com/a1", "For more information, visit www.example-harbour.org."),
    (rules.LINK_LINE, "Example Gazette Online --- http://www.example.com/news/", "The plan is at www.example.com, he said."),
    (rules.LINK_LINE, "via IFTTT", "The grain came via the northern corridor."),
    (rules.LINK_LINE, "To learn more about the corridor, click here.", "Visitors could click through a map of the harbour."),
    (rules.WEATHER_WIDGET, "62 F", "62 ferries left the harbour on Tuesday."),
    (rules.WEATHER_WIDGET, "Harbour City 12°C", "It was 12°C at the harbour on Tuesday morning."),
    (rules.ICON_TEXT, "icon bookmark icon camera icon check", "The icon of the harbour, a bronze anchor, was restored."),
    (rules.NAV_LABEL, "Skip to primary navigation Skip to main content", "Skip the navigation talk, the captain said."),
    (rules.NAV_LABEL, "English English Español Español", "English and Spanish were both spoken at the harbour."),
    (rules.NAV_LABEL, "ua en ru", "The delegates from Harbour City spoke in English."),
    (rules.NAV_LABEL, "PUBLISHED: | UPDATED:", "The plan was published in May and updated in June."),
    (rules.NAV_LABEL, "Home     Harbour News     Grain Trade     Comments", "Home to the grain trade, the harbour grew."),
    (rules.NAV_LABEL, "Learn more", "Delegates wanted to learn more about the corridor."),
    (rules.NAV_LABEL, "[Link]", "The link between the harbour and the provinces was restored."),
    (rules.SECTION_LABEL, "Asia Latest Stories North America World", "Asia and North America traded more grain this year."),
    (rules.SECTION_LABEL, "Tennis Roundup", "Tennis players visited the harbour on Sunday."),
    (
        rules.TICKER,
        "Storm closes the southern port • Grain prices climb again today • New ferry line opens in the west",
        "Grain • as the locals call it • rose in price on Tuesday.",
    ),
    (rules.BREADCRUMB, "You are here: Home", "You are here for the harbour talks, the minister told the delegates."),
    (
        rules.CAPTION,
        "Dock workers unload timber at the northern pier | Photo courtesy of Example Harbour Authority",
        "The photos were courtesy of the Example Harbour Authority, the ministry said.",
    ),
    (
        rules.CAPTION,
        "The minister (L) and the mayor walk along the pier in Harbour City on 3 March |",
        "The minister and the mayor walked along the pier in Harbour City on 3 March.",
    ),
    (
        rules.CAPTION,
        "Dock workers unload timber at the northern pier in Harbour City. Reuters",
        "Dock workers unloaded timber at the northern pier in Harbour City, Reuters reported.",
    ),
    (rules.CAPTION_CREDIT, "(Reuters via Example Images/Jane Example)", "Reuters reported the talks via its harbour bureau."),
    (rules.SOCIAL_PROMO, "Return to example.com for updates.", "The ships will return to the harbour for repairs."),
    (
        rules.SOCIAL_PROMO,
        "Don't miss out on the headlines from Harbour. Followed categories will be added to My News.",
        "Don't miss the harbour festival in May, the mayor told residents.",
    ),
    (rules.SOCIAL_PROMO, "Stay tuned to our Telegram channel for more.", "The ministry posted the plan on its Telegram channel."),
    (rules.SOCIAL_PROMO, "(Subscribe to our e-paper for the full edition.)", "(The corridor was first proposed in 1998.)"),
    (rules.PAYWALL, "Unlock more with HarbourPlus", "The new lock will unlock more trade, the minister said."),
    (rules.TAG_CLOUD, "#Harbour #Corridor #Grain", "#1 in grain exports, the harbour said of itself."),
    (
        rules.COMMENT_WIDGET,
        "With your current plan you can comment on stories.",
        "The public can comment on the corridor plan until May, the ministry said.",
    ),
    (rules.COMMENT_WIDGET, "blog comments powered by Disqus", "The blog's comments were powered by volunteers, he said."),
    (rules.COMMENT_WIDGET, "No comments yet", "No comments were made by the ministry."),
    (rules.TEASER, "Key figures (on next page)…", "The figures are on page four of the report, officials said."),
    (
        rules.DISCLAIMER,
        "We may earn a commission for purchases made through our links.",
        "Affiliate links are widely used by shopping sites, the regulator said.",
    ),
    (rules.ADVERTISEMENT, "Let's block ads! (Why?)", "The harbour blocked ads on its quays, the mayor said."),
    (rules.TAG_CLOUD, "Archive for ‘Example Agency’", "The archive for the harbour was opened to historians."),
    (rules.TAG_CLOUD, "Posts tagged with “Harbour”", "The posts were tagged with red paint, the harbour master said."),
    (rules.NAV_LABEL, "Newer Post Older Post Home", "The newer post office is older than the harbour."),
    (rules.COMMENT_WIDGET, "Subscribe to: Post Comments (Atom)", "Subscribers posted comments about the corridor."),
    (rules.TAG_CLOUD, "Labels: harbour, corridor", "Labels on the sacks named the harbour."),
    (rules.SHARE_BUTTON, "Click to share on Twitter (Opens in new window)", "Click beetles were found in the grain sacks."),
]


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"), LINE_RULE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(LINE_RULE_CASES)]
)
def test_line_rule_drops_its_trigger_and_keeps_the_sentence(rule: str, junk: str, sentence: str) -> None:
    dropped = in_article(junk)
    assert dropped[junk] == f"x {rule}"
    assert dropped[OPENING] == PARAGRAPH and dropped[MIDDLE] == PARAGRAPH
    kept = in_article(sentence)
    assert kept[sentence] == PARAGRAPH


def test_a_wire_story_paragraph_ending_with_the_wire_is_kept() -> None:
    # reported speech: the article quoting someone, not a caption, even with the wire's name after the full stop
    paragraph = "The corridor will open in May, the ministry said. Reuters"
    assert not in_article(paragraph)[paragraph].startswith("x ")
    # a wire story's sign-off in brackets
    signoff = "More details of the corridor are awaited. (Example Wire)"
    assert not in_article(signoff)[signoff].startswith("x ")
    awaited = "More details are awaited. (AP)"
    assert not in_article(awaited)[awaited].startswith("x ")


def test_every_new_rule_name_is_listed() -> None:
    for name in (
        rules.VIDEO_WIDGET,
        rules.WIDGET_ERROR,
        rules.LINK_LINE,
        rules.WEATHER_WIDGET,
        rules.ICON_TEXT,
        rules.NEAR_REPEAT,
    ):
        assert name in rules.RULE_NAMES


# --- Context rules -------------------------------------------------------------------------------------------------


def test_trail_ending_with_the_headline_is_a_breadcrumb() -> None:
    trail = f"Home >> Regions >> {TITLE_LINE}"
    result = outcome(run(trail, TITLE_LINE, OPENING, MIDDLE))
    assert result[trail] == "x breadcrumb"
    assert result[TITLE_LINE] == TITLE
    # without the headline printed below, the line is not taken for a breadcrumb
    assert outcome(run(trail, OPENING, MIDDLE))[trail] != "x breadcrumb"


def test_trail_run_into_the_headline_without_separators() -> None:
    glued = f"HomeRegions{TITLE_LINE}"
    result = outcome(run(glued, TITLE_LINE, OPENING, MIDDLE))
    assert result[glued] == "x breadcrumb"
    assert result[TITLE_LINE] == TITLE
    home = "Homeowners near the harbour were told to expect more traffic."
    assert outcome(run(TITLE_LINE, OPENING, home, MIDDLE))[home] == PARAGRAPH


def test_a_video_title_above_its_vendor_goes_with_it() -> None:
    video = "Do you know what to do when a storm reaches the harbour?"
    result = outcome(run(TITLE_LINE, OPENING, "Close", video, "Wochit", MIDDLE, CLOSING))
    assert result[video] == "x video-widget" and result["Wochit"] == "x video-widget"
    # the same question without a vendor's name under it is the article's
    assert outcome(run(TITLE_LINE, OPENING, video, MIDDLE, CLOSING))[video] != "x video-widget"


def test_read_more_list_takes_its_headlines() -> None:
    links = [
        "Storm closes the southern harbour again",
        "Grain prices climb as the corridor opens",
        "New ferry line opens in the west",
    ]
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, "READ MORE:", *links, CLOSING))
    assert [result[link] for link in links] == ["x read-more"] * 3
    assert result[CLOSING] == PARAGRAPH
    # a short line after the first link may be the article's next sub-heading: it stays
    result = outcome(run(TITLE_LINE, OPENING, "READ MORE:", links[0], "Grain Trade", MIDDLE, CLOSING))
    assert result["Grain Trade"] == HEADING


def test_capitals_kicker_in_a_run_of_links() -> None:
    more = "MORE: Storm closes the southern harbour"
    kicker = "REVEALED: How the grain price rose again"
    result = outcome(run(TITLE_LINE, OPENING, more, kicker, MIDDLE, CLOSING))
    assert result[more] == "x read-more" and result[kicker] == "x read-more"
    # alone between paragraphs, it may be the article's own sub-heading
    assert outcome(run(TITLE_LINE, OPENING, kicker, MIDDLE, CLOSING))[kicker] == HEADING


def test_lone_tag_above_the_promo_that_names_it() -> None:
    promo = "Don't miss out on the headlines from Harbour. Followed categories will be added to My News."
    result = outcome(run(TITLE_LINE, OPENING, "Harbour", promo, MIDDLE, CLOSING))
    assert result["Harbour"] == "x tag-cloud" and result[promo] == "x social-promo"
    assert outcome(run(TITLE_LINE, OPENING, "Harbour", MIDDLE, CLOSING))["Harbour"] == HEADING


def test_promo_card_prints_its_headline_twice_then_its_teaser() -> None:
    card = "Parking At The Harbour Gets Easier"
    teaser = "Meet the engineer who wants to make parking at the pier simple."
    result = outcome(run(TITLE_LINE, OPENING, "More harbour stories", card, card, teaser, MIDDLE, CLOSING))
    assert result["More harbour stories"] == "x promo-block"
    assert result[card] == "x promo-block" and result[teaser] == "x promo-block"
    assert result[MIDDLE] == PARAGRAPH
    # a full sentence after a headline printed once ends the block
    result = outcome(run(TITLE_LINE, OPENING, "More harbour stories", card, teaser, MIDDLE))
    assert result[teaser] == PARAGRAPH


def test_promo_label_shapes() -> None:
    for label in ("Latest Headlines", "Most Viewed Articles", "Recent Posts", "Featured Stories"):
        result = outcome(run(TITLE_LINE, OPENING, MIDDLE, label, "Storm Closes The Southern Harbour", CLOSING))
        assert result[label] == "x promo-block", label
        assert result["Storm Closes The Southern Harbour"] == "x promo-block"
    # a sub-heading that starts and ends with such words is not a label when it says more
    heading = "Latest Grain Prices Across The Northern Provinces"
    assert outcome(run(TITLE_LINE, OPENING, heading, MIDDLE, CLOSING))[heading] != "x promo-block"


def test_promo_label_above_the_title_goes_alone() -> None:
    result = outcome(run("Latest News", TITLE_LINE, OPENING, MIDDLE))
    assert result["Latest News"] == "x promo-block"
    assert result[TITLE_LINE] == TITLE


def test_headline_printed_again_with_its_caption_run_on() -> None:
    both = f"{TITLE_LINE} Photo: The two delegations at the harbour (Example Wire)"
    result = outcome(run(TITLE_LINE, both, OPENING, MIDDLE))
    assert result[TITLE_LINE] == TITLE
    assert result[both] == "x caption"
    sentence = f"{TITLE_LINE} was the ministry's headline on Tuesday, officials said."
    assert outcome(run(TITLE_LINE, sentence, OPENING, MIDDLE))[sentence] == PARAGRAPH


def test_teaser_that_nearly_repeats_the_lead() -> None:
    # CUT_FROM_THE_LEAD: a teaser cut from the lead (its words a run of the lead's) goes
    teaser = "Officials said on Tuesday the corridor would carry grain, timber and fertiliser..."
    lead = "Officials said on Tuesday the corridor would carry grain, timber and fertiliser from the inland provinces to the harbour."
    result = outcome(run(TITLE_LINE, teaser, lead, MIDDLE, CLOSING))
    assert result[teaser] == "x near-repeat"
    assert result[lead] == PARAGRAPH
    # a standfirst saying the lead again in other words is the article's own sentence
    standfirst = "Officials said on Tuesday the corridor would carry grain and timber from the provinces."
    result = outcome(run(TITLE_LINE, standfirst, lead, MIDDLE, CLOSING))
    assert result[standfirst] == PARAGRAPH and result[lead] == PARAGRAPH
    # two sentences sharing some words are both the article's, even most of their words in another order
    other = "Officials said the grain would be loaded at night, when the harbour is quiet."
    assert outcome(run(TITLE_LINE, other, lead, MIDDLE))[other] == PARAGRAPH
    paraphrase = "The community described the harbour master as a pillar."
    quote = "“A pillar of the harbour, the master has described the community,” the mayor said at the pier on Monday."
    assert outcome(run(TITLE_LINE, paraphrase, quote, MIDDLE))[paraphrase] == PARAGRAPH
    # a question is not a teaser: it may be the headline
    question = "Will the corridor carry grain and timber from the inland provinces to the harbour?"
    assert outcome(run(question, lead, MIDDLE))[question] == TITLE


def test_results_lines_are_not_other_stories_headlines() -> None:
    results = "Goals: 13. Example, 15. Sample – 58. Other"
    assert outcome(run(TITLE_LINE, OPENING, results, MIDDLE, CLOSING))[results] == HEADING
    item = "Volcano Eruption Grounds Flights Across Pacific Islands"
    assert outcome(run(TITLE_LINE, OPENING, item, MIDDLE, CLOSING))[item] == "x related-headline"
    # a fact box's label and value
    for line in ("Pollen: Low (Ragweed)", "Presenter: Jane Example, Example Harbour Institute"):
        assert outcome(run(TITLE_LINE, OPENING, line, MIDDLE, CLOSING))[line] == HEADING, line


# --- Titles ----------------------------------------------------------------------------------------------------------


def test_question_headline_is_the_title() -> None:
    question = "Should the harbour wait for the corridor, or open the old northern route to grain and timber now?"
    result = run(question, OPENING, MIDDLE)
    assert result.title is not None and result.title.text == question
    # two sentences, one of them a question, are a paragraph
    lead = "The harbour is busy. Should the corridor open to grain and timber traders before the end of the year?"
    assert run(lead, OPENING, MIDDLE).title is None


def test_dateline_without_a_year_is_never_the_title() -> None:
    result = outcome(run("Harbour City, March 3 (Example Wire)", TITLE_LINE, OPENING, MIDDLE))
    assert result[TITLE_LINE] == TITLE
    assert run("Harbour City, March 3 (Example Wire)", OPENING, MIDDLE).title is None


def test_one_word_is_a_label_not_a_title() -> None:
    result = run("Background", OPENING, MIDDLE, CLOSING)
    assert result.title is None
    # above the first paragraph, a word alone is the page's section name (LABEL_ABOVE_THE_LEAD): out of the text
    assert outcome(result)["Background"] == "x section-label"


def test_a_first_line_that_shares_no_word_with_the_article_is_no_title() -> None:
    slogan = "Your Daily Coastal Companion"
    result = run(slogan, OPENING, MIDDLE, CLOSING)
    assert result.title is None
    assert outcome(result)[slogan] == PARAGRAPH
    # a headline names what the article is about
    assert run("Corridor Talks Make Progress", OPENING, MIDDLE, CLOSING).title is not None
    # followed by its byline, a title needs no other proof
    result = outcome(run(slogan, "By Jane Example", OPENING, MIDDLE, CLOSING))
    assert result[slogan] == TITLE and result["By Jane Example"] == BYLINE


def test_headline_printed_twice_with_other_quotes_is_one_headline() -> None:
    curly = "Harbour’s Talks Open A New Northern Corridor"
    straight = "Harbour's Talks Open A New Northern Corridor"
    result = run("Example Gazette", curly, OPENING, straight, MIDDLE)
    assert [(d.text, d.rule) for d in result.dropped] == [("Example Gazette", "masthead"), (straight, "repeated-line")]
    assert result.title is not None and result.title.text == curly


def test_an_article_without_a_title_is_headed_untitled_never_by_its_file_name() -> None:
    from archive.extract import from_text
    from archive.model import UNTITLED, Page
    from archive.registry import Registry

    raw = RawArticle("seeds/123_harbour.txt", "123_harbour.txt", "123_harbour", "0" * 64, (OPENING, MIDDLE, CLOSING))
    cleaned = clean(raw)
    page = Page(slug="x", clean=cleaned, metadata=from_text(cleaned, Registry(())), annotations=(), word_count=0)
    assert not page.metadata.title.known
    assert page.heading.startswith(UNTITLED) and "123_harbour" not in page.heading
    assert page.entry().title == page.heading
    titled = clean(RawArticle("seeds/124_harbour.txt", "124_harbour.txt", "124_harbour", "0" * 64, (TITLE_LINE, OPENING, MIDDLE)))
    page = Page(slug="y", clean=titled, metadata=from_text(titled, Registry(())), annotations=(), word_count=0)
    assert page.heading == TITLE_LINE


def test_a_line_ending_with_a_full_stop_is_a_title_only_with_more_proof() -> None:
    caption = "The harbour master at the northern pier on Saturday."
    assert run(caption, OPENING, MIDDLE, CLOSING).title is None
    result = outcome(run(caption, "By Jane Example", OPENING, MIDDLE, CLOSING))
    assert result[caption] == TITLE


def test_a_line_with_a_web_address_is_no_title() -> None:
    feed = "Example RSS Feedhttps://www.example.com Harbour talks open a new corridor"
    result = run(feed, OPENING, MIDDLE, CLOSING)
    assert result.title is None or result.title.text != feed
