"""Issue 17, twelfth round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_rules import CLOSING, MIDDLE, OPENING, TITLE_LINE, outcome, run
from test_unseen10 import BODY, HEADLINE
from test_unseen11 import REGISTRY, dropped_between_paragraphs

from archive import rules
from archive.byline import is_names_only, parse_byline
from archive.clean import _not_a_headline
from archive.dates import parse_date
from archive.headline import split_headline
from archive.metaline import parse_meta_line
from archive.model import PARAGRAPH, TITLE
from archive.sources import is_newspaper_name


def roles(cleaned) -> list[tuple[int, str, str]]:
    return [(line.number, line.role, line.text) for line in cleaned.lines]


def test_a_date_stamp_run_into_the_first_paragraph_dates_the_page_and_the_paragraph_stays() -> None:
    # DATE_STAMP_RUN_IN: a copy tool's stamp before the page's first block
    cleaned, meta = build(f"date 2018-06-08 {BODY[0]}", *BODY[1:])
    assert roles(cleaned) == [(1, PARAGRAPH, BODY[0]), (2, PARAGRAPH, BODY[1]), (3, PARAGRAPH, BODY[2])]
    assert [(d.number, d.rule, d.text) for d in cleaned.dropped] == [(1, rules.DATE_STAMP, "date 2018-06-08")]
    assert meta.date.value == "2018-06-08"
    assert (meta.date.provenance.line, meta.date.provenance.evidence) == (1, "date 2018-06-08")
    # without the stamp, the same page states no date, and its first line is the paragraph
    cleaned, meta = build(*BODY)
    assert meta.date.value is None
    assert roles(cleaned)[0] == (1, PARAGRAPH, BODY[0])


def test_a_date_stamp_run_into_the_headline_leaves_the_headline() -> None:
    cleaned, meta = build(f"date 2025-05-08 {HEADLINE}", *BODY)
    assert (1, TITLE, HEADLINE) in roles(cleaned)
    assert meta.title.value == HEADLINE
    assert meta.date.value == "2025-05-08"


@pytest.mark.parametrize(
    "line",
    [
        "Dated 2018 and signed by both sides, the letter was read aloud at the meeting on Friday.",  # no ISO date
        "Updated 2019-03-04 the council said the budget would be debated again.",  # an update's stamp stays whole
        "Date 2018-06-08",  # a stamp alone: a date line as before, nothing run into it
    ],
)
def test_a_line_without_a_stamp_run_in_is_left_whole(line: str) -> None:
    cleaned, _ = build(HEADLINE, line, *BODY)
    assert [text for number, _, text in roles(cleaned) if number == 2] == [line]


def test_a_stamp_of_a_month_dates_the_page_to_the_month() -> None:
    _, meta = build(f"date 2023-05 {BODY[0]}", *BODY[1:])
    assert (meta.date.value, meta.date.get("precision")) == ("2023-05", "month")


def test_the_page_s_printed_date_wins_over_the_stamp_and_the_stamp_dates_a_page_without_one() -> None:
    # STAMP_AFTER_PRINTED_DATES: the stamp a time zone's day later than the date printed under the headline
    _, meta = build(f"date 2024-03-29 {HEADLINE}", "28 March 2024", "By Jane Example", *BODY)
    assert meta.date.value == "2024-03-28"
    _, meta = build(f"date 2024-03-29 {HEADLINE}", "By Jane Example", *BODY)
    assert meta.date.value == "2024-03-29"


def test_a_date_over_the_headline_days_away_from_the_stamp_is_the_site_clock() -> None:
    # CLOCK_AGAINST_STAMP: two days away: the day the page was shown
    _, meta = build("date 2024-02-14 Friday, February 16, 2024", HEADLINE, *BODY)
    assert meta.date.value == "2024-02-14"
    # a day away (STAMP_TIME_ZONE_DAYS): the page's own date, as printed
    _, meta = build("date 2024-02-14 Thursday, February 15, 2024", HEADLINE, *BODY)
    assert meta.date.value == "2024-02-15"


def test_a_close_button_run_into_the_headline_is_no_part_of_it() -> None:
    # CLOSE_BUTTON_RUN_IN
    _, meta = build(f"× {HEADLINE}", *BODY)
    assert meta.title.value == HEADLINE
    # a headline that opens with a multiplication sign and no space is left as it is
    cleaned, _ = build("×2 " + HEADLINE, *BODY)
    assert cleaned.lines[0].text == "×2 " + HEADLINE


def test_font_size_buttons_beside_the_date_line_leave_it_a_date_line() -> None:
    # FONT_SIZE_BUTTONS
    meta = parse_meta_line("Published: 06th October 2023 08:29 AM  |   Last Updated: 06th October 2023 08:29 AM   |  A+A-")
    assert meta is not None
    assert (meta.published.iso, meta.updated.iso) == ("2023-10-06", "2023-10-06")
    # an unknown part in their place still makes the line no metadata line
    assert parse_meta_line("Published: 06th October 2023 08:29 AM | Harbour budget approved by the council") is None


def test_turkish_date_labels_and_a_foreign_month_before_the_day() -> None:
    meta = parse_meta_line("Oluşturulma Tarihi: Ağustos 27, 2025 07:00")
    assert meta is not None and meta.published is not None and meta.published.iso == "2025-08-27"
    meta = parse_meta_line("Güncelleme Tarihi: 28 Ağustos 2025")
    assert meta is not None and meta.updated is not None and meta.updated.iso == "2025-08-28"
    # FOREIGN_MONTH_FIRST_FORM needs the comma and the year
    assert parse_date("Ağustos 27 2025") is None
    assert parse_date("Ağustos 27") is None


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # DATE_LABEL_ALONE: a date label whose date the copy lost
        ("Güncelleme Tarihi:", True),
        ("Data publicării:", True),
        ("Mis à jour :", True),
        ("Опубликовано:", True),
        ("Date:", True),
        ("Data", False),  # a bare noun may be a heading: it needs its colon
    ],
)
def test_a_date_label_alone_is_furniture(line: str, dropped: bool) -> None:
    assert dropped_between_paragraphs(line) is dropped


def test_a_portuguese_posted_on_labels_the_date_and_is_no_headline() -> None:
    _, meta = build("postado em 28/02/2011 14:19", "Brasília - " + BODY[0], *BODY[1:])
    assert (meta.title.value, meta.date.value) == (None, "2011-02-28")


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Kerala High Court", False),  # INSTITUTION_NOT_PERSON
        ("Harbour City Council", False),
        ("Jane Example", True),
        ("HABERLERDünya Haberleri", False),  # GLUED_WORDS in capitals
        ("Jane McExample", True),  # a capital inside a name after one lower-case letter
    ],
)
def test_an_institution_or_a_glued_rubric_is_no_person(line: str, person: bool) -> None:
    assert is_names_only(line) is person


@pytest.mark.parametrize(
    ("line", "not_a_headline"),
    [
        ("HABERLERDünya Haberleri", True),
        ("CEOs meet in Harbour City to discuss the budget", False),  # an acronym's plural
        ("NATO Summit opens in Harbour City", False),
    ],
)
def test_words_in_capitals_glued_to_a_capitalised_word_are_no_headline(line: str, not_a_headline: bool) -> None:
    assert _not_a_headline(line) is not_a_headline


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # --- a comment form's notices and labels
        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", True),  # AKISMET
        ("You only need to enter your comment once! Comments will appear once they have been moderated.", True),
        ("COMMENT POLICY: If you care to comment on the above story, feel free. Review our comment policy.", True),
        ("Reader Interactions", True),
        ("Facebook Comments", True),
        ("Écrire un commentaire", True),
        ("The mayor said the comments will be read out at the next meeting of the council.", False),
        # --- a paywall's pleas
        ("You have exhausted your free article limit.", True),
        ("Please support quality journalism.", True),
        ("This is a Premium article available exclusively to our subscribers.", True),
        ("If you're already a subscriber", True),
        ("Support our reporting.", True),
        ("The mayor asked residents to support our reporting of the floods by sending pictures, he said.", False),
        # --- players, shortcodes, pagers and errors
        ("Media playback is not supported on this device", True),
        ("Ascultă articolul în limba română Listen to the article in English Écoutez l'article en français", True),
        ("Listen to the story of the mayor, who said he would run again next year.", False),  # LISTEN_TO_ARTICLE
        ("[mecloud]RHW9geOLDA[/mecloud]", True),  # SHORTCODE
        ("[1] The council's report, page 4.", False),
        ("First « 1 2 3 » Next", True),  # PAGINATION
        ("Arsenal 2 1 Chelsea", False),
        ("We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.", True),
        ("The council will try again later this year to pass the budget, the mayor said on Tuesday.", False),
        # --- advertisement labels, promos and captions in other languages
        ("Continua depois da publicidade", True),
        ("FREE EMAIL SUBSCRIPTION: Join 50,000+ readers each month and get the latest news.", True),
        ("Muat turun aplikasi Harian Contoh. Klik di sini!", True),  # DOWNLOAD_APP
        ("Fiți la curent cu ultimele noutăți. Urmăriți Exemplu News și pe Google News", True),
        ("Stay up to date with the latest news. Follow Example News on Google News", True),
        ("Now we are on Telegram too. Follow us for updates", True),
        ("We are on a path to recovery, the mayor said on Tuesday after the council met.", False),
        ("Imagine cu rol ilustrativ. Sursa: ISU", True),  # ILLUSTRATIVE_PICTURE
        ("Symbolbild: Polizei", True),
        ("The harbour budget rose well above inflation this year.Credit: Jane Example", True),  # GLUED_CREDIT
        ("The harbour budget rose well above inflation this year.The mayor said it would fall.", False),
    ],
)
def test_furniture_between_paragraphs_goes_and_the_article_s_sentences_stay(line: str, dropped: bool) -> None:
    assert dropped_between_paragraphs(line) is dropped


@pytest.mark.parametrize(
    ("title", "headline", "suffix"),
    [
        # ATTRIBUTION_SUFFIX: an agency's source after the dash stays with the headline ...
        (f"{HEADLINE} — Chinese TV", f"{HEADLINE} — Chinese TV", None),
        (f"{HEADLINE} — state media", f"{HEADLINE} — state media", None),
        # ... a paper's name does not
        (f"{HEADLINE} - Irish Times", HEADLINE, "Irish Times"),
    ],
)
def test_an_agency_s_attribution_after_the_dash_is_no_site_name(title: str, headline: str, suffix: str | None) -> None:
    found = split_headline(title)
    assert (found.text, found.dash_suffix) == (headline, suffix)


def test_a_stamped_title_line_shares_no_suffix_with_itself() -> None:
    # TITLE_SUFFIX_SHARED looks at the page's raw lines: the stamped line is the title's own, not another line
    _, meta = build(f"date 2023-04-05 {HEADLINE} – Gulf Updates", *BODY)
    assert (meta.title.value, meta.outlet.value) == (f"{HEADLINE} – Gulf Updates", None)
    # another line printing the same suffix after a name: the site's tagline, and that name the outlet
    _, meta = build(f"date 2023-04-05 {HEADLINE} – Gulf Updates", "Example Network – Gulf Updates", *BODY)
    assert (meta.title.value, meta.outlet.value) == (HEADLINE, "Example Network")


@pytest.mark.parametrize(
    ("line", "author", "iso"),
    [
        # NAME_THEN_DATE with a weekday before the date and its time after it
        ("Jane Example | Kamis, 11/02/2021 16:59 WIB", "Jane Example", None),
        # without the time, the weekday still dates a credit (NAME_THEN_WEEKDAY_DATE, issue 17's thirty-second round);
        # a name and a bare date may be a picture's caption: no credit
        ("Jane Example | Thursday, March 9, 2015", "Jane Example", "2015-03-09"),
        ("Jane Example | March 9, 2015", None, "2015-03-09"),
        # "article by" in Romanian, with its date
        ("Articol de Jane Example, 21 Ianuarie 2026, 15:35", "Jane Example", "2026-01-21"),
    ],
)
def test_a_name_before_a_weekday_date_and_time_and_an_article_by_are_credits(
    line: str, author: str | None, iso: str | None
) -> None:
    meta = parse_meta_line(line)
    assert meta is not None
    assert (meta.names[0] if meta.names else None, meta.published.iso if meta.published else None) == (author, iso)


def test_a_feature_service_after_the_writer_s_slash_is_no_second_author() -> None:
    assert parse_byline("By Jane Example/HB Features") == "Jane Example"
    assert parse_byline("By Jane Example/John Example") == "Jane Example, John Example"


def test_a_menu_s_label_below_the_last_paragraph_leaves_the_short_lines_around_it() -> None:
    # (NAVIGATION_BELOW_THE_END was tried and withdrawn: on held-out pages it dropped an article's line after a menu's
    # label; only END_RULES furniture ends the article)
    result = outcome(run(TITLE_LINE, OPENING, MIDDLE, CLOSING, "Big picture", "Menu", "News focus"))
    assert [result[line] for line in ("Big picture", "Menu", "News focus")] == [PARAGRAPH, f"x {rules.NAV_LABEL}", PARAGRAPH]


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("习近平重申,中国愿与俄罗斯共同努力。(完)", True),  # COPY_END_MARK
        ("The talks ended on Monday. (END)", True),
        ("The talks ended on Monday (Reuters)", False),
        ("(完)", False),
    ],
)
def test_an_agency_s_end_mark_after_the_last_sentence_still_ends_it(line: str, ends: bool) -> None:
    assert rules.ends_sentence(line) is ends


@pytest.mark.parametrize(
    ("name", "newspaper"),
    [
        ("Daily Star", True),  # ISSUE_PAPER
        ("The Sunday Times", True),
        ("Evening Standard", True),
        ("Daily News", False),  # a section's name too
        ("Weekly Digest", False),
    ],
)
def test_when_a_paper_comes_out_and_its_word_name_a_paper(name: str, newspaper: bool) -> None:
    assert is_newspaper_name(name) is newspaper


def test_a_newspaper_s_name_alone_at_the_top_is_the_masthead() -> None:
    # MASTHEAD_NAME_LINE: out of the text, and the outlet
    cleaned, meta = build("Evening Standard", "ROUND-UP", *BODY)
    assert [(d.number, d.rule) for d in cleaned.dropped][:1] == [(1, rules.MASTHEAD)]
    assert meta.outlet.value == "Evening Standard"
    # inside the article, a paper's name alone is left (a list of the papers the article cites)
    cleaned, _ = build(HEADLINE, *BODY[:2], "Evening Standard", BODY[2])
    assert "Evening Standard" in [line.text for line in cleaned.lines]


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("HARBOUR COUNTY, Texas (KXYZ 44) – " + BODY[0], "KXYZ 44"),  # STATION_NUMBER
        ("HARBOUR COUNTY, Texas (UPDATE 2) – " + BODY[0], None),  # the copy's version, no one
        ("EXAMPLE.CO.ID, HARBOUR -- " + BODY[0], "example.co.id"),  # OUTLET_LEAD_SITE
        ("Example.com - " + BODY[0], "example.com"),
        ("Example.com sales rise - analysts say the harbour budget is too small for the district.", None),
    ],
)
def test_a_station_s_channel_and_a_site_s_address_open_the_lead(lead: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, lead, *BODY[1:])
    assert meta.outlet.value == outlet


def test_a_line_above_and_below_a_photo_credit_is_the_caption() -> None:
    # CREDIT_BETWEEN_TWINS: the picture's alternative text, its credit, its caption
    caption = "Aerial view of the flooded village near the harbour on Sunday"
    cleaned, _ = build(HEADLINE, BODY[0], caption, "Foto: Example Agency/Jane Example", caption, *BODY[1:])
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]
    # the same line once, above a credit, is left to the caption rules (a sub-heading may stand above a picture)
    cleaned, _ = build(HEADLINE, BODY[0], caption, "Foto: Example Agency/Jane Example", *BODY[1:])
    assert caption in [line.text for line in cleaned.lines]


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Ključne reči", True),  # FOREIGN_TAG_LABELS
        ("Tags", True),
        ("Keywords matter in a search, the librarian said on Tuesday.", False),
        ("File", True),  # FILE_PICTURE_LABEL
        ("We need your help now", True),  # DONATION_APPEAL
        ("Support from readers like you keeps The Example Journal open.", True),
        ("If you've seen value in our reporting, please contribute what you can, so we can keep going.", True),
        ("You are visiting us because we have something you value. Independent news that tells the truth.", True),
        ("The fund asked readers like you to send pictures of the flood, the mayor said on Tuesday.", False),
        ("The mayor said we need your help now to clean the harbour after the storm.", False),
        ("This audio is generated by an AI tool.", True),
    ],
)
def test_keywords_file_labels_appeals_and_an_ai_voice_go(line: str, dropped: bool) -> None:
    assert dropped_between_paragraphs(line) is dropped


@pytest.mark.parametrize("label", ["Pročitajte još", "TAIP PAT SKAITYKITE:", "Lue myös", "Прочетете още", "আরও পড়ুন"])
def test_read_also_in_more_languages_takes_the_headline_under_it(label: str) -> None:
    other = "Harbour Pilots Strike For Better Pay In The North"
    cleaned, _ = build(HEADLINE, BODY[0], label, other, *BODY[1:])
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # LATIN_DECLENSION: a leader's name declined in Czech, Slovak, Croatian, Finnish, Lithuanian
        ("Si Ťin-pching se setkal s Vladimirem Putinem v Moskvě.", ["Xi Jinping", "Vladimir Putin"]),
        ("Rokovanie s Putinom trvalo štyri hodiny.", ["Vladimir Putin"]),
        ("Sastanak Si Đinpinga i Vladimira Putina je u toku.", ["Xi Jinping", "Vladimir Putin"]),
        ("Putinin ja Xi Jinpingin tapaaminen alkoi.", ["Vladimir Putin", "Xi Jinping"]),
        # a woman of a Russian name in -ev is no leader; nor is a word that only starts with the name
        ("Medvedeva won the free skate in Moscow.", []),
        ("Putinism, the professor said, is a system.", []),
        # other scripts and spellings
        ("Путин и Си Цзинпин проведоха разговор.", ["Vladimir Putin", "Xi Jinping"]),
        ("Premiér Michail Mišustin přijel do Pekingu.", ["Mikhail Mishustin"]),
    ],
)
def test_leaders_named_in_more_languages_and_declined(text: str, names: list[str]) -> None:
    assert [m.name for m in REGISTRY.matcher("leaders").find(text)] == names


def test_more_from_a_section_and_a_czech_related_label_head_a_block_of_other_stories() -> None:
    others = ("Harbour Pilots Strike For Better Pay", "Ferry Fares Rise Again In The North")
    for label in ("More from Local", "Související"):
        cleaned, _ = build(HEADLINE, *BODY, label, *others)
        assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]
    # "More from" opening a sentence of the article is no label
    sentence = "More from the harbour council is expected on Friday, the mayor said."
    cleaned, _ = build(HEADLINE, *BODY, sentence)
    assert sentence in [line.text for line in cleaned.lines]


def test_a_picture_library_named_as_the_source_is_no_wire() -> None:
    # PICTURE_LIBRARY_SOURCE
    _, meta = build(HEADLINE, "Zdroj: Wikimedia Commons", *BODY)
    assert meta.wire.value is None
    _, meta = build(HEADLINE, *BODY, "Zdroj: ČTK")
    assert meta.wire.value == "ČTK"


def test_a_date_label_in_capitals_is_no_author() -> None:
    assert parse_byline("LAST UPDATE | 17 Dec 2019") is None
    assert parse_byline("JANE EXAMPLE | 17 Dec 2019") == "JANE EXAMPLE"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Harbour Today Web Desk: " + BODY[0], "Harbour Today"),  # OUTLET_NAMED_DESK
        ("The Example Bureau", "The Example"),
        ("Moscow Bureau", None),  # a desk's city
        ("By Our Web Desk", None),
        ("Support from readers like you keeps The Example Journal open.", "The Example Journal"),  # its appeal
        ("Contact Harbour News", None),  # CALL_BEFORE_NAME: a link naming the paper, not its name
    ],
)
def test_a_desk_an_appeal_or_a_contact_link_naming_the_site(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.outlet.value == outlet


def test_a_headline_printed_again_after_the_page_s_path_is_the_title_and_the_copy_goes() -> None:
    long_headline = "Harbour council approves the new budget for the district after a long debate"
    lines = (long_headline, f"World World {long_headline}", long_headline, "Follow on Published On: Sat, 16 Nov 2024 19:34 PKT")
    cleaned, meta = build(*lines, *BODY)
    assert (meta.title.value, meta.date.value) == (long_headline, "2024-11-16")  # ("Follow on": FOLLOW_ON_CONTROL)
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(2, rules.BREADCRUMB), (3, rules.REPEATED_LINE)]
    # inside a longer sentence below, the headline is a quote the page pulled out: no title (PULL_QUOTE)
    quoted = f"The mayor said: {long_headline}, and the council agreed on Tuesday."
    _, meta = build(long_headline, quoted, *BODY)
    assert meta.title.value is None


def test_a_line_printed_twice_beside_a_photo_credit_is_a_caption_not_the_headline_printed_twice() -> None:
    caption = "Supreme Court judges during a past hearing"
    _, meta = build(HEADLINE, caption, caption, "File", *BODY)
    assert meta.title.value == HEADLINE
    # printed twice with no credit beside it, the line is the headline (the page's title, then its headline)
    _, meta = build("Example News", HEADLINE, HEADLINE, *BODY)
    assert meta.title.value == HEADLINE
    _, meta = build("Example News", HEADLINE, HEADLINE, "File", *BODY)
    assert meta.title.value is None


def test_a_caption_near_twin_and_a_library_s_source_line_go_with_the_picture() -> None:
    alt, caption = "Deputy Justice Jane Example in court", "Deputy Chief Justice Jane Example in court"
    cleaned, _ = build(HEADLINE, BODY[0], alt, caption, "File", *BODY[1:])
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]  # NEAR_TWINS
    # LIBRARY_SOURCE_LINE, and the caption printed a third time in the gallery's list
    picture = "The mayor with the harbour master (July 2018)"
    cleaned, meta = build(HEADLINE, BODY[0], picture, picture, "Zdroj: Wikimedia Commons", f"• {picture}", *BODY[1:])
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]
    assert meta.wire.value is None
    # two different lines beside a credit are a sub-heading and a caption: the sub-heading stays
    sub = "What the council decided on the new budget"
    cleaned, _ = build(HEADLINE, BODY[0], sub, caption, "File", *BODY[1:])
    assert sub in [line.text for line in cleaned.lines]


@pytest.mark.parametrize(
    "line",
    [
        # FOREIGN_SHARE_AND_PRINT, and the comment, advertisement, back-to-top, gallery and related labels in more languages
        "Udostępnij",
        "Paylaş",
        "Tulosta",
        "Komentáře",
        "Yorumlar",
        "Reklama",
        "विज्ञापन",  # SCRIPT_MARKS: a Devanagari word's key keeps its vowel signs
        "Nach oben",
        "Fotogalerie",
        "İlgili",  # a capital İ's dot is no separate mark in the key
        "Tilaa uutiskirje",  # NEWSLETTER_CALL
        "Pretplatite se",
    ],
)
def test_page_furniture_labels_in_more_languages_go(line: str) -> None:
    assert dropped_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Assine o contrato hoje, disse o prefeito ao conselho.",  # a call's verb in a sentence
        "La newsletter du maire a été envoyée hier.",  # a newsletter named in a sentence
        "Del av budsjettet går til havna, sier ordføreren i kommunen.",  # "Del" opening a sentence
    ],
)
def test_the_same_words_in_an_article_s_sentence_stay(line: str) -> None:
    assert not dropped_between_paragraphs(line)


def test_a_key_keeps_the_marks_of_its_script() -> None:
    assert rules.key_of("विज्ञापन") == "विज्ञापन"
    assert rules.key_of("Hello, world!") == "hello world"


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # FOREIGN_RIGHTS_RESERVED in more languages, a privacy policy, a contact link, a login and a loading spinner
        ("Wszelkie prawa zastrzeżone", True),
        ("© 2024 Example Média. Tous droits réservés.", True),
        ("版权所有", True),
        ("Política de privacidad", True),
        ("Kontakt", True),
        ("Zaloguj się", True),
        ("Yükleniyor...", True),
        # the words in a sentence
        ("Der Kontakt zwischen den Ländern wurde am Montag wieder aufgenommen, sagte der Minister.", False),
    ],
)
def test_a_footer_in_other_languages_goes(line: str, dropped: bool) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert (line not in [c.text for c in cleaned.lines]) is dropped


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("true", rules.CODE_LINE),  # SCRIPT_VALUE
        ('<SCRIPT SRC="//ads.example.com/ttj?id=13225534&cb=[CACHEBUSTER]">', rules.CODE_LINE),  # HTML_TAG_LINE
        ("<3 the harbour, the mayor wrote", None),
        ("Logo example.nl", rules.MASTHEAD),
        ("Play Live Radio", rules.NAV_LABEL),
        ("Udostępnij Facebook Kopiuj link", rules.SHARE_BUTTON),
        ("With+the+state+trophy+in+their+hands%2C+the+team+celebrates.", rules.IMAGE_FILE),  # URL_ENCODED_TEXT
        ("C++ and Java are taught at the harbour school", None),
        ("(Jane Example)", rules.CAPTION_CREDIT),  # BRACKETED_NAME_CREDIT
        ("(Associated Press)", None),  # an organisation's sign-off, read for the wire
        ("[via Example Magazine]", rules.SOURCE_CREDIT),  # BRACKETED_VIA
        ("He came to the harbour via Paris.", None),
        ("[mecloud]RHW9geOLDA[/mecloud]", rules.TEMPLATE_CODE),
        ("[gallery ids=1,2,3]", rules.TEMPLATE_CODE),
        ("[Updated] The council met again.", None),
    ],
)
def test_script_values_markup_logos_radio_buttons_and_credits(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


def test_a_caption_printed_beside_its_address_encoded_twin_goes() -> None:
    # DECODED_TWIN
    caption = "With the state trophy in their hands, the team celebrates their win."
    encoded = caption.replace(",", "%2C").replace(" ", "+")
    cleaned, _ = build(HEADLINE, BODY[0], encoded, caption, *BODY[1:])
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]
    cleaned, _ = build(HEADLINE, BODY[0], caption, *BODY[1:])
    assert caption in [line.text for line in cleaned.lines]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Tác giả: Hoàng Example", "Hoàng Example"),  # FOREIGN_AUTHOR_LABELS
        ("Szerző: Kovács Anna", "Kovács Anna"),
        ("Yazar: Ayşe Example", "Ayşe Example"),
        ("Yazar Ayşe Example bugün geldi", None),  # the label needs its colon
    ],
)
def test_author_labels_in_more_languages(line: str, author: str | None) -> None:
    assert parse_byline(line) == author


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("На сайте используются cookies. Продолжая использовать сайт, вы принимаете условия", rules.COOKIE_NOTICE),
        ("Diese Website verwendet Cookies.", rules.COOKIE_NOTICE),  # FOREIGN_COOKIE_NOTICE
        ("Der Minister sagte, die Website verwendet Cookies nicht, und die Behörde prüft den Fall seit Monaten.", None),
        ("The EU cookie law affects every website, the minister said.", None),
    ],
)
def test_a_cookie_notice_in_other_languages(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


def test_a_source_label_glued_to_the_headline_and_a_numbered_holder_and_a_list_of_sections() -> None:
    # TITLE_SOURCE_LABEL_SUFFIX
    assert split_headline(f"{HEADLINE} Źródło: KMP Example").text == HEADLINE
    assert split_headline("Source: Example Agency").text == "Source: Example Agency"  # nothing left before it
    # STATION_FREQUENCY: a station's frequency before its call letters is no part of its name
    _, meta = build(HEADLINE, *BODY, "© 2022 90.5 WXYZ")
    assert meta.outlet.value == "WXYZ"
    # HOLDER_NO_NAME: a number cut from a name is no holder
    _, meta = build(HEADLINE, *BODY, "© 2022 104.3 FM")
    assert meta.outlet.value is None
    # a list of sections is no paper's name
    assert not is_newspaper_name("Festivals, News")


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Kierowca porzucił samochód i uciekł, zostawiając w nim rodzinę Źródło: KMP Example", True),  # SOURCE_LABEL_TAIL
        ("Minister powiedział, że to koniec prac nad budżetem portu. Źródło: PAP", False),  # a paragraph's credit
        ("The mayor at the harbour on Monday.(from Example News video)", True),  # VIDEO_SOURCE_TAIL
        ("(Photo credit: Getty Images/goinyk)", True),  # a library's contributor's handle after its slash
        ("Check your load shedding schedule here", True),  # LINK_HERE
        ("Volunteers sort relief material at the council hall in the harbour district.- AFP", True),  # ".-" then the wire
        ("Example FM invites you to participate in an audience survey. We are interested in how you listen.", True),
        ("Lea aquí la entrevista completa", True),
        ("I was here when the harbour flooded, she said.", False),
        ("Lesen Sie die Geschichte des Hafens, die hier beginnt und dort endet.", False),
    ],
)
def test_captions_credited_at_their_end_and_links_here_go(line: str, dropped: bool) -> None:
    assert dropped_between_paragraphs(line) is dropped


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Fiți la curent cu ultimele noutăți. Urmăriți Exemplu News și pe Google News", "Exemplu News"),  # FOLLOW_NAMED
        ("Follow Example Daily on Google News", "Example Daily"),
        ("Follow Jane Example on Twitter", None),  # the writer's account
        ("Follow us on Twitter", None),
    ],
)
def test_a_call_to_follow_the_site_on_a_platform_names_it(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


def test_a_numbered_bulleted_line_up_is_the_article_s_not_a_menu() -> None:
    # NUMBERED_ROW: shirt numbers glued to the players' names, below the report's last sentence
    line_up = ("• 1Example", "• 2Sample", "• 18Roe", "• 5Doe")
    cleaned, _ = build(HEADLINE, *BODY, *line_up)
    assert [line.text for line in cleaned.lines][-4:] == [item.lstrip("• ") for item in line_up]
    # short bulleted lines without numbers there are a menu's items
    menu = ("• World", "• Sport", "• Weather", "• Culture")
    cleaned, _ = build(HEADLINE, *BODY, *menu)
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # DASH_WIRE_SIGNOFF: a long paragraph signed off by its agency after a dash is the article's
        (
            "Example berkata, kesemua suspek direman selama tujuh hari daripada tarikh tangkapan bagi membantu siasatan "
            "mengikut Seksyen 39B Akta Dadah Berbahaya 1952 dan pihaknya kini sedang mengesan ahli sindiket. - Bernama",
            False,
        ),
        # a caption so signed is the picture's: short, or ending with the picture's date
        ("The mayor and the harbour master attend a ceremony in Harbour City, March 21, 2023. - AP", True),
        (
            "The mayor gestures as he speaks to the harbour master during their meeting at the town hall in Harbour City "
            "on a grey and windy morning, Monday, March 20, 2023. - AP",
            True,
        ),
    ],
)
def test_a_dash_and_an_agency_sign_off_a_caption_or_a_paragraph(line: str, dropped: bool) -> None:
    assert dropped_between_paragraphs(line) is dropped


def test_an_embedded_post_s_signature_is_no_byline_nor_the_page_s_date() -> None:
    # TWEET_SIGNATURE
    signature = "— Example Weather Service (@ExampleWx) July 26, 2025"
    cleaned, meta = build(HEADLINE, BODY[0], "Storms are expected across the district tonight.", signature, *BODY[1:])
    assert (meta.author.value, meta.date.value) == (None, None)
    # (EMBEDDED_TWEET, archive.rules: the embed's furniture, out of the text; the tweet's words above it stay)
    assert [line.text for line in cleaned.lines][2] == "Storms are expected across the district tonight."
    assert signature not in [line.text for line in cleaned.lines]
    # a byline with the writer's handle and the date is the page's
    _, meta = build(HEADLINE, "By Jane Example (@janeexample) July 26, 2025", *BODY)
    assert (meta.author.value, meta.date.value) == ("Jane Example", "2025-07-26")


def test_a_street_address_is_no_author() -> None:
    assert not is_names_only("Sit Rd")
    assert parse_byline("Sit Rd, Harbour City") is None
    assert is_names_only("Jane Example")


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Weather alert (1/1)", "Weather alert"),  # TITLE_COUNTER_SUFFIX
        ("Harbour works on schedule (2/5)", "Harbour works on schedule"),
        ("Vote (1/2)", "Vote (1/2)"),  # one word would be left
        ("Harbour vote passes (2019/20)", "Harbour vote passes (2019/20)"),  # a season, no counter
    ],
)
def test_a_slideshow_s_counter_after_the_headline_is_no_part_of_it(title: str, headline: str) -> None:
    assert split_headline(title).text == headline


def test_words_again_after_a_clause_s_comma_are_a_sentence_not_a_glued_repeat() -> None:
    # CLAUSE_MARKS: a caption and the lead that repeats its words after the agency's credit and a comma
    line = "11月3日，国务院总理李强在杭州主持中俄总理定期会晤。（图片来源：新华社） 中评社北京11月4日电／据新华社报道，11月3日，国务院总理李强在杭州主持中俄总理定期会晤。"
    assert rules.line_rule(line) is None
    # a headline glued to itself is still a repeat
    assert (
        rules.line_rule("Are the harbour pandas really shy?Are the harbour pandas really shy? Experts say no.")
        == rules.REPEATED_LINE
    )


GERMAN_BODY = (
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt für den Hafen beschlossen.",
    "Der Bürgermeister sagte, der Plan werde neue Arbeitsplätze in die Stadt bringen und die Arbeiten würden im Frühjahr beginnen.",
    "Die Opposition kritisierte, dass für die Schulen zu wenig Geld vorgesehen sei, und kündigte neue Anträge an.",
)


def test_a_german_sub_heading_capitalises_its_nouns_and_stays() -> None:
    # TITLE_CASE_IS_ENGLISH: every German noun is capitalised, so a sub-heading looks title-cased
    sub = "Konflikte und Verhandlungen im Parlament"
    cleaned, _ = build("Stadtrat beschließt neuen Haushalt für den Hafen", GERMAN_BODY[0], sub, *GERMAN_BODY[1:])
    assert sub in [line.text for line in cleaned.lines]
    # on an English page a title-cased line of new words between paragraphs is another story's headline
    other = "Storm Warning Issued For Southern Provinces"
    cleaned, _ = build(HEADLINE, BODY[0], other, *BODY[1:])
    assert other not in [line.text for line in cleaned.lines]


def test_a_breadcrumb_s_you_are_here_and_a_german_created_on_date() -> None:
    for label in ("You are here", "Sie sind hier", "Jesteś tutaj"):
        assert rules.line_rule(label) == rules.NAV_LABEL
    meta = parse_meta_line("erstellt am 05.Sep.2017")  # DOTTED_MONTH_NAME
    assert meta is not None and meta.published is not None and meta.published.iso == "2017-09-05"
    assert parse_date("version 5.Sep") is None
