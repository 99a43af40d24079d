"""Issue 17, sixty-fourth round: shapes the development corpus showed on pages from outlets not seen before (a site's
motto over the headline, a picture's credit split by a slash, a date with its label after the headline, an agency's own
site in its dateline), each with and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive import byline, rules
from archive import clean as clean_module
from archive.metaline import parse_meta_line

HEADLINE = "Nurses Move To New Harbour Clinic"


def _published(line: str) -> str | None:
    """The publication date a metadata line gives, or None."""
    meta = parse_meta_line(line)
    return meta.published.iso if meta is not None and meta.published is not None else None


# MASTHEAD_SLOGAN (archive.rules): a site's motto, three short parts opening with the same word, goes as the masthead's;
# three parts that do not repeat their first word are no motto of this shape.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Be Informed, Be Inspired, Be Harbour", "masthead"),
        ("Your News, Your Voice, Your Town", "masthead"),
        # without: the parts open with other words; a headline listing three things
        ("Be Informed, Stay Inspired, Love Harbour", None),
        ("Nurses, doctors and porters strike at the harbour clinic", None),
    ],
)
def test_a_sites_motto(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


def test_a_motto_over_the_date_is_no_headline() -> None:
    clean, meta = build(
        "Harbour Today", "", "Be Informed, Be Inspired, Be Harbour", "Friday, Sep 05, 2025", "", HEADLINE, "", *BODY
    )
    assert meta.title.value == HEADLINE
    assert ("Be Informed, Be Inspired, Be Harbour", "masthead") in [(d.text, d.rule) for d in clean.dropped]


# RATING_AMONG_COUNTS (archive.metaline COUNT_AFTER_DATE_RE): a date line's views, mean rating and comments after the date;
# a number with two decimals is no rating of this shape.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("14.08.2020 707 0.0 0", "2020-08-14"),
        ("14.08.2020 707 4.5 12", "2020-08-14"),
        # without: two decimals
        ("14.08.2020 707 10.55 0", None),
    ],
)
def test_a_rating_among_the_counts(line: str, date: str | None) -> None:
    assert _published(line) == date


# LABELLED_CREDIT_NO_MENU_ITEM (archive.rules short_line_runs): the writer's and the editor's labelled credits at the foot,
# a cut line after them, are no footer's menu: the writer is read; short labels there without a credit still go.
def test_a_labelled_credit_at_the_foot_is_read() -> None:
    _, meta = build(HEADLINE, "", *BODY, "", "Pewarta: Dewanto Samodro", "Editor: Jane Roe", "C")
    assert meta.author is not None and meta.author.value == "Dewanto Samodro"
    # without: a footer's short labels
    clean, meta = build(HEADLINE, "", *BODY, "", "Politik", "Ekonomi", "Olahraga")
    assert [line.text for line in clean.body] == list(BODY)
    assert meta.author.value is None


# PUSH_ALERTS_CALL (archive.rules PUSH_PROMPT): a station's call to take its alerts goes; a sentence about alerts stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Watch live newscasts, get breaking news and sign up for push alerts – download now", True),
        ("Residents can sign up for text alerts about the floods at the town hall, the mayor said.", False),
    ],
)
def test_a_call_to_take_push_alerts(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# CREDIT_SPLIT_BY_A_SLASH (archive.rules): a name, a slash alone and a picture service under the headline are the
# picture's credit, no byline; the name alone there is the writer's.
def test_a_picture_credit_split_by_a_slash() -> None:
    clean, meta = build(HEADLINE, "", "Jane Roe", "/", "Flickr", "", *BODY)
    assert meta.author.value is None
    assert ("Jane Roe", "caption-credit") in [(d.text, d.rule) for d in clean.dropped]
    # without: no slash under the name
    _, meta = build(HEADLINE, "", "Jane Roe", "", *BODY)
    assert meta.author is not None and meta.author.value == "Jane Roe"


# PHOTO_LABEL_CAPTION (archive.rules labelled_caption): the picture's label, its colon and the caption's sentences go
# between paragraphs, in any of its languages; a sentence opening with a word like it stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Photo: Firefighters at the scene of the blaze on Monday. The building was empty.", True),
        ("Фото: Пожарные на месте пожара в понедельник. Здание было пустым.", True),
        # without: no label and colon
        ("Photographers gathered at the scene of the blaze on Monday, the mayor said.", False),
    ],
)
def test_a_labelled_caption(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# AGENCY_SITE_IN_DATELINE (archive.sources): an agency credited in the dateline by its own site's address publishes the
# page there: the site is the outlet and the agency the wire; credited by its name, the agency is the wire only.
RU_TITLE = "Премьер встретится в Пекине с председателем КНР"
RU_BODY = (
    "Стороны обсудят торговлю, энергетику и транспорт, а также подготовку к визиту в следующем году, сказал источник.",
    "Переговоры пройдут в Доме народных собраний, где премьера встретят с почетным караулом и оркестром.",
)


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("INTERFAX.RU", "INTERFAX.RU"),
        # without: the agency's name, no address
        ("Интерфакс", None),
    ],
)
def test_an_agencys_own_site_in_the_dateline(credit: str, outlet: str | None) -> None:
    lead = f"Москва. 20 декабря. {credit} - Премьер-министр встретится в среду в Пекине с председателем КНР, сообщили в правительстве."
    _, meta = build(RU_TITLE, "", lead, "", *RU_BODY, registry=ARCHIVE_REGISTRY)
    assert (meta.outlet.value if meta.outlet is not None else None) == outlet
    assert meta.wire is not None and meta.wire.value == "Interfax"


# LABEL_CUT_AT_THE_END (archive.rules): the page's last line, a list's label cut inside a word by the copy, goes; a word
# ending where the label's word ends, or a longer word, stays.
@pytest.mark.parametrize(
    ("last", "rule"),
    [
        ("Related arti", "promo-block"),
        ("Berita Lainny", "promo-block"),
        # without: cut at a word's end; no label's start
        ("Berita", None),
        ("Relatedness", None),
    ],
)
def test_a_label_cut_at_the_end(last: str, rule: str | None) -> None:
    clean, _ = build(HEADLINE, "", *BODY, "", last)
    assert next((d.rule for d in clean.dropped if d.text == last), None) == rule
    assert (last in [line.text for line in clean.body]) is (rule is None)


# SHORTCODE_CLOSING_TAG (archive.rules TEMPLATE_LINE): a shortcode's closing tag alone is template code; brackets around
# other text are not.
@pytest.mark.parametrize(("line", "rule"), [("[/caption]", "template-code"), ("[/Update]", None)])
def test_a_shortcodes_closing_tag(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# COMMENT_END_LEFT_OVER (archive.clean): a markup comment's end after the headline is no word of it; an arrow inside a
# line is the line's own.
def test_a_comment_end_after_the_headline() -> None:
    _, meta = build(HEADLINE + " -->", "", *BODY)
    assert meta.title.value == HEADLINE
    # without: the arrow inside the line is kept as printed (a trail's arrow: the line goes, and no title is read)
    clean, meta = build("Nurses --> New Harbour Clinic", "", *BODY)
    assert meta.title.value is None
    assert ("Nurses --> New Harbour Clinic", "breadcrumb") in [(d.text, d.rule) for d in clean.dropped]


# BY_AND_ITS_COLON (archive.clean _not_a_headline): "Par :" and a handle in small letters is the poster's credit, never
# the headline; "Par" and a name is the writer's byline.
FR_BODY = (
    "Le spectre d’une nouvelle vague de fermetures d’usines secoue toute la France, selon les remontées des régions.",
    "Les sites industriels menacés sont de plus en plus nombreux et aucun territoire ne semble épargné, d’après le rapport.",
)


@pytest.mark.parametrize(("credit", "author"), [("Par : piwi", None), ("Par Jane Roe", "Jane Roe")])
def test_a_posters_credit_with_its_colon(credit: str, author: str | None) -> None:
    head = ("La Fonderie", "", "MENU", credit, "mercredi 20 Nov, 2024", "", "Nouvelle vague de fermetures d’usines", "")
    _, meta = build(*head, *FR_BODY)
    assert meta.title.value == "Nouvelle vague de fermetures d’usines"
    assert (meta.author.value if meta.author is not None else None) == author


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Par : piwi", False),
        ("Por: redacción", False),
        # without: no colon after the word
        ("Par excellence, le port renaît", True),
    ],
)
def test_by_and_its_colon_is_no_headline(line: str, headline: bool) -> None:
    assert clean_module._not_a_headline(line) is not headline


# GERMAN_AS_OF (archive.metaline) with LABELLED_TAIL (archive.headline) and STAMP_MONTH_AND_A_PRINTED_DAY
# (archive.extract): "Stand:" and its date after the headline go with the date, which gives the day of the store's
# stamp of the month; the headline without them keeps the stamp's month; "Stand" in a headline's words stays.
DE_BODY = (
    "Die einen stellen Bestmarken auf, andere helfen aus - am 11. Spieltag stehen vielerorts die Trainer im Fokus der Vorschau.",
    "Die Mainzer zieht es in die Ferne, zumindest legt das die Statistik nahe, denn sie sind Erster der Auswärtstabelle.",
)


@pytest.mark.parametrize(
    ("first", "title", "date"),
    [
        (
            "date 2022-10 Trainer-Bilanzen in der Bundesliga Stand: 20.10.2022 19:16 Uhr",
            "Trainer-Bilanzen in der Bundesliga",
            "2022-10-20",
        ),
        ("Trainer-Bilanzen in der Bundesliga Stand: 20.10.2022 19:16 Uhr", "Trainer-Bilanzen in der Bundesliga", "2022-10-20"),
        # without: no date after the headline; "Stand" as the headline's word
        ("date 2022-10 Trainer-Bilanzen in der Bundesliga", "Trainer-Bilanzen in der Bundesliga", "2022-10"),
        ("Stand der Dinge in der Bundesliga", "Stand der Dinge in der Bundesliga", None),
    ],
)
def test_a_dated_headline_with_its_label(first: str, title: str, date: str | None) -> None:
    _, meta = build(first, "", *DE_BODY)
    assert meta.title.value == title
    assert meta.date.value == date


# QUOTE_THEN_ITS_SPEAKER (archive.rules caption_credit_tail): a quotation, its speaker and the writer's bracketed
# sign-off is the article's paragraph; a caption with the same sign-off goes.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        (
            '"The market will serve traders and shoppers alike, and we ask everyone to keep it clean and safe," the mayor '
            "said. (JANE ROE/B-2)",
            False,
        ),
        # without: no quotation
        ("Traders and shoppers at the new market hall on Monday, the first day of trading. (JANE ROE/B-2)", True),
    ],
)
def test_a_quotation_signed_by_its_writer(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# FOLLOWING_THEN_AN_ELLIPSIS (archive.clean LIST_AFTER_LEAD_IN): "the following" roads and an ellipsis announce the
# title-cased items under it, which stay; under a sentence announcing nothing they go as other stories' headlines.
ROADS = ("– Thomas Bluff Road – 900 Block Near County Line", "– Collier Road – Access Past The North Loop")
ROADS_KEPT = ["Thomas Bluff Road – 900 Block Near County Line", "Collier Road – Access Past The North Loop"]
AFTER = "Crews will keep working into the evening, the county said on Tuesday night."


@pytest.mark.parametrize(
    ("lead_in", "kept"),
    [
        ("The following roads are still closed due to river flooding …", True),
        ("The county said the roads were still closed due to river flooding.", False),
    ],
)
def test_a_list_after_the_following(lead_in: str, kept: bool) -> None:
    clean, _ = build(HEADLINE, "", *BODY, "", lead_in, "", ROADS[0], "", ROADS[1], "", AFTER)
    body = [line.text for line in clean.body]
    assert body == [*BODY, lead_in, *(ROADS_KEPT if kept else []), AFTER]


# PARTICIPLE_THEN_DESK (archive.byline is_desk): "Expected Features" is a sub-heading of the text; "Features Desk" is a
# desk's credit, out of the text.
def test_a_participle_before_a_desks_word() -> None:
    clean, _ = build(HEADLINE, "", BODY[0], "", "Expected Features", "", BODY[1], BODY[2])
    assert [line.text for line in clean.body] == [BODY[0], "Expected Features", BODY[1], BODY[2]]
    # without: the desk's credit
    clean, _ = build(HEADLINE, "", "Features Desk", "", *BODY)
    assert [line.text for line in clean.body] == list(BODY)
    # an agency's name opening with a participle is the agency's desk still
    assert byline.is_desk("Associated Press Correspondent")
    assert byline.is_desk("United Press International Correspondent")
    assert not byline.is_desk("Expected Features")


# Polish "comments are closed" (archive.rules comment controls)
def test_comments_closed_in_polish() -> None:
    assert _goes_between_paragraphs("Możliwość komentowania została wyłączona.")


# EXCLAIMED_UNDER_CAPITALS (archive.clean _on_topic_below): under a headline in capitals, the text's first sentence
# ending with "!" does not take its place; a headline ending with "!" below a menu's line is still the headline.
RU_REVIEW = (
    "Особенностью этого сезона является битва за очки в каждом матче!",
    "Этот тур только подтверждает эту особенность: шесть удалений в туре, три нереализованных пенальти из пяти и два автогола.",
    "Московский клуб уверенно идет в четверке, и никто не может сказать, что это команда-выскочка в этом сезоне.",
)


def test_an_exclaimed_sentence_under_a_headline_in_capitals() -> None:
    clean, meta = build("14.08.2020 707 0.0 0", "", "ОБЗОР 3 ТУРА ЛИГИ 20/21", "", *RU_REVIEW)
    assert (meta.title.value, meta.date.value) == ("ОБЗОР 3 ТУРА ЛИГИ 20/21", "2020-08-14")
    assert [line.text for line in clean.body] == list(RU_REVIEW)
    # without: the exclaimed headline under a menu's line
    french = (
        "Le calendrier des festivals étant particulièrement chargé en cette période, les prix tombent et les palmarès se suivent.",
        "Le festival de la ville a remis ses prix samedi soir, et les nouvelles du palmarès sont bonnes pour les courts métrages.",
    )
    _, meta = build(
        "Revenir aux actus", "Festivals", "22/11/2018", "", "Palmarès : les dernières (bonnes) nouvelles !", "", *french
    )
    assert meta.title.value == "Palmarès : les dernières (bonnes) nouvelles !"


# SENTENCE_ABOVE_A_LOWER_TITLE (archive.clean _choose_title): a title chosen below the head's lines (a headline over its
# byline further down) leaves the head's sentence in the text; the head's short lines still go as the masthead's.
ROUND_UP = (
    "There are key games around the county in every division and the small schools' champion will be crowned on Saturday at the stadium.",
    "One of the big games on Friday was the Mountain Point at Chandler Heights game, a first seed against an eighth seed on paper.",
)
GAME = (
    "This was a back-and-forth contest that featured Higley and Casteel, two future college quarterbacks, each of whom threw for 300 yards.",
    "Each quarterback played well but Higley would stand out a bit more against Casteel, thanks to his four touchdown passes in the game.",
    "Higley moves on to the semifinals where the top seed awaits, with the game to be played at the county stadium next week.",
    "The game was tied at 27 with less than a minute left when Higley scrambled to his right to find a wide open receiver.",
    "Casteel had one last chance but its final pass fell short in the end zone as the clock ran out on the visitors.",
)


@pytest.mark.parametrize(
    ("welcome", "kept"),
    [
        ("Welcome to the quarterfinals of the county high school football playoffs.", True),
        # without: a short line, no sentence
        ("Welcome to the quarterfinals", False),
    ],
)
def test_a_sentence_above_a_title_chosen_lower(welcome: str, kept: bool) -> None:
    head = ("date 2018-11-09 CLOSE Top plays from fields around the county. Example sports", "")
    caption = ("The quarterfinals are on Nov. 10, 2018. (Photo: Example sports)", "")
    story = ("Other key games we're covering", "", "Higley escapes Casteel with a win", "", "by Damian Adams", "")
    spaced = [x for line in GAME for x in (line, "")]
    clean, meta = build(*head, *caption, welcome, "", ROUND_UP[0], "", ROUND_UP[1], "", *story, *spaced)
    assert meta.title.value == "Higley escapes Casteel with a win"
    assert (welcome in [line.text for line in clean.body]) is kept


# STAMP_GIVES_NO_YEAR (archive.extract): a dateline's month and day under a copy tool's stamp of that very day are the
# date the page prints, the year left unknown; a page printing no date takes the stamp's. STAMP_CONFIRMED_BY_THE_PAGE:
# the page printing that whole day elsewhere (a teaser's "Example News, 04.04.2023") gives the stamp's year; a link's
# digits ("https://example.com/20230404/") are no statement.
DATELINE = "HARBOUR CITY, April 4. /EXAMPLE/. "


@pytest.mark.parametrize(
    ("lead", "teaser", "date", "partial"),
    [
        (DATELINE + BODY[0], "Example News, 04.04.2023", "2023-04-04", ""),
        # without: no whole day printed; only a link's digits
        (DATELINE + BODY[0], "", None, "--04-04"),
        (DATELINE + BODY[0], "https://example.com/20230404/clinic.html", None, "--04-04"),
        # without: no dateline
        (BODY[0], "", "2023-04-04", ""),
    ],
)
def test_a_stamp_of_the_datelines_day(lead: str, teaser: str, date: str | None, partial: str) -> None:
    _, meta = build(f"date 2023-04-04 {HEADLINE}", "", teaser, "", lead, "", BODY[1])
    assert (meta.date.value, meta.date.get("partial")) == (date, partial)


# QUOTE_DASH_HEADLINE (archive.rules headlines_to_the_end): under the article, a list of other stories' headlines with a
# quotation's dash opening one of them goes whole; a dashed list alone there is the article's own, and stays.
DA_BODY = (
    "Færøerne er ved at komme ind i en sand sejrsstime efter deres sejr over Andorra i sidste uge, skriver avisen.",
    "Det er ikke hverdagskost for Færøerne at vinde landskampe, men nu er det sket to gange i træk i gruppen.",
    "Kampens eneste mål kom efter 31 minutters spil, da en angriber sendte bolden i nettet fra kort hold.",
)
DA_TITLE = "Færøerne vinder anden kamp i træk"


def test_a_quotation_dash_in_a_list_of_headlines() -> None:
    listed = (
        "Skifte glæder den danske midtbanespiller",
        "Superliga: Fem spillere – fem vilde stats",
        "– Der får David at vide, at han er fyret",
        "‘Det bliver ikke nemt for klubben’",
        "Her lander kampprogrammet for slutspillet",
        "Skræklodtrækning for klubben fra Herning",
    )
    spaced = [x for line in listed for x in (line, "")]
    clean, _ = build(DA_TITLE, "", DA_BODY[0], "", DA_BODY[1], "", DA_BODY[2], "", *spaced)
    assert [line.text for line in clean.body] == list(DA_BODY)
    # without: the dashed lines alone
    dashed = ("– Der får David at vide, at han er fyret", "– Det bliver ikke nemt for klubben i år")
    clean, _ = build(DA_TITLE, "", DA_BODY[0], "", DA_BODY[1], "", DA_BODY[2], "", dashed[0], "", dashed[1])
    assert [line.text for line in clean.body] == [*DA_BODY, *(line[2:] for line in dashed)]


# BAR_LEFT_OPEN_AFTER_HEADLINES (archive.rules ticker): two headlines with a bar after the last are a row of links; a
# row without the bar after its last headline is no such row.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("49 deals cement partnership | Chinese, Russian presidents hold talks |", "ticker"),
        ("Nurses move to new clinic and harbour | Ferry fares rise", None),
    ],
)
def test_headlines_with_the_bar_left_open(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# POLISH_PLATFORM_CASES (archive.rules FOLLOWED_THING): a call to join the site on a platform declined in Polish goes; a
# sentence of the text naming the platform so stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Dołącz do nas na Facebooku!", "social-promo"),
        ("Obserwuj nas na Instagramie", "social-promo"),
        ("Dołączył do zespołu na Facebooku w 2019 roku jako redaktor, powiedział prezes.", None),
    ],
)
def test_a_call_to_join_on_a_declined_platform(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# German list labels: "most viewed" and "related topic" over other stories' links
@pytest.mark.parametrize("label", ["Meistgesehen", "Verwandtes Thema:", "Verwandte Themen"])
def test_german_list_labels(label: str) -> None:
    assert _goes_between_paragraphs(label)


# QUESTIONS_OVER_THE_CALL and WRITE_TO_US (archive.rules): the newsroom's questions over its call to write in go with
# it; the same questions with no call under them stay.
TIP_QUESTIONS = "Did you see something happen? Have pictures or a video?"


def test_the_newsrooms_questions_over_its_call() -> None:
    clean, _ = build(HEADLINE, "", *BODY, "", TIP_QUESTIONS, "", "Write to us!")
    assert [line.text for line in clean.body] == list(BODY)
    assert [(d.text, d.rule) for d in clean.dropped] == [(TIP_QUESTIONS, "social-promo"), ("Write to us!", "social-promo")]
    # without: no call under them
    clean, _ = build(HEADLINE, "", *BODY, "", TIP_QUESTIONS)
    assert [line.text for line in clean.body] == [*BODY, TIP_QUESTIONS]


# FINNISH_CLOCK_WORD (archive.metaline FILLER_RE): "klo" and "kello" before the clock; a word "klo" before no clock is
# no filler.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("6.2.2017, klo 15.00", "2017-02-06"),
        ("6.2.2017 kello 15.00", "2017-02-06"),
        # without: no clock after the word
        ("6.2.2017 klo", None),
    ],
)
def test_a_finnish_clock_word(line: str, date: str | None) -> None:
    assert _published(line) == date


# STAFF_OPENS_THE_LINE (archive.metaline NAMED_STAFF_CREDIT): a desk's credit without its "By" opening a date line is
# the credit, the date read; a sentence about a site's staff is no credit.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("ExampleNews staff 10-Dec-2017 0:37", "2017-12-10"),
        ("Harbour staff say the clinic will open on 10-Dec-2017", None),
    ],
)
def test_a_desks_credit_without_by(line: str, date: str | None) -> None:
    assert _published(line) == date


# LABELLED_SHORT_YEAR (archive.metaline): day, month and a two-digit year right after a date's label; the same figures
# with no label are no date, and an impossible day is none.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published 28.12.22, 12:40", "2022-12-28"),
        ("By Jane Roe, Kyiv. Published 28.12.22, 12:40", "2022-12-28"),
        # without: no label; no such day
        ("28.12.22, 12:40", None),
        ("Published 31.02.22", None),
    ],
)
def test_a_labelled_date_with_a_short_year(line: str, date: str | None) -> None:
    assert _published(line) == date


# COMPANY_NOT_PERSON (archive.byline NOT_NAME_WORDS): a firm's Finnish legal form over its release's date is no writer;
# a person's name there is.
@pytest.mark.parametrize(
    ("issuer", "author"),
    [("Example-Yhtymä Oyj", None), ("Jane Roe", "Jane Roe")],
)
def test_a_firm_over_its_releases_date(issuer: str, author: str | None) -> None:
    _, meta = build(f"{issuer}  Lehdistötiedote 6.2.2017, klo 15.00", "", HEADLINE, "", *BODY)
    assert meta.date.value == "2017-02-06"
    assert (meta.author.value if meta.author is not None else None) == author


# HEADLINE_OVER_ITS_CREDITED_CAPTION (archive.rules): the first line, printed again under it with a picture's credit in
# brackets, then the text: the first is the headline, the credited copy the caption; a sentence-shaped first line is
# the picture's own text, both go.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Harbour clinic opens with twelve beds for the bay", "Harbour clinic opens with twelve beds for the bay"),
        # without: the first line ends a sentence (a caption's)
        ("Nurses wait outside the new clinic on Monday.", None),
    ],
)
def test_a_headline_over_its_credited_caption(first: str, title: str | None) -> None:
    clean, meta = build(first, "", f"{first} (Example Online)", "", *BODY)
    assert meta.title.value == title
    assert [line.text for line in clean.body] == list(BODY)
    assert (f"{first} (Example Online)", "caption") in [(d.text, d.rule) for d in clean.dropped]


# BULLETED_SIBLING (archive.clean): a release's list of bulleted items, each over its paragraph, keeps its last item
# though taken for another story's headline; a bulleted headline with no bulleted sibling kept goes as before.
RELEASE = (
    "NEW YORK, Sept. 22, 2023 /EXAMPLE/ -- With thousands of press releases sent each week, here are the most read.",
    "The list below includes the headline of each release and a short summary of what it announced to the press.",
)
ITEMS = (
    (
        "- Harbour Clinic Opens New Ward For Children",
        "The clinic said the ward would open on Monday with twelve beds and a staff of thirty nurses.",
    ),
    (
        "- City Names Best Parks Of The Year",
        "The city named its best parks of the year after a vote by residents that ran for a month.",
    ),
)
LAST_ITEM = "- Pet Charities Launch First-Ever Annual Pet Hunger Awareness Day"


def test_a_releases_bulleted_items() -> None:
    items = [x for item in ITEMS for x in (item[0], "", item[1], "")]
    clean, _ = build(RELEASE[0], "", RELEASE[1], "", *items, LAST_ITEM)
    assert [line.text for line in clean.body][-1] == LAST_ITEM[2:]
    # without: the other items without their bullets
    items = [x for item in ITEMS for x in (item[0][2:], "", item[1], "")]
    clean, _ = build(RELEASE[0], "", RELEASE[1], "", *items, LAST_ITEM)
    assert LAST_ITEM[2:] not in [line.text for line in clean.body]


# FIGURE_ROWS_KEPT (archive.rules after_the_article) and COUNTED_ROW (archive.clean): a table of results under the last
# paragraph, over the comment box, stays the article's, with its labels ending in a colon; a ranked list of other
# stories numbered 1, 2, 3 there goes.
ELECTION = "Final result of the harbour council election comes in"
ELECTION_BODY = (
    "At the harbour ward, the council election was delayed for three weeks after one of the candidates died in April.",
    "The election was won by a Conservative with an absolute majority over a Liberal Democrat, the returning officer said.",
)
COMMENT_BOX = ("", "No comments:", "", "Post a Comment")


def test_a_table_of_results_under_the_text() -> None:
    rows = (
        "20,167 ( 52.9% ) Conservative — Jane Roe",
        "_8,886 ( 23.3% ) Liberal Democrat — John Doe",
        "_5,169 ( 13.6% ) Labour — Ann Example",
        "Opposition benches:",
        "258 Labour (official Opposition)",
        "__8 Democratic Unionist",
    )
    clean, _ = build(ELECTION, "", ELECTION_BODY[0], "", ELECTION_BODY[1], "", *rows, *COMMENT_BOX)
    assert [line.text for line in clean.body] == [*ELECTION_BODY, *rows]
    # without: a ranked list of other stories
    ranks = ("1 Mayor opens the new harbour bridge", "2 Ferry fares to rise in the spring", "3 Bakers win the regional prize")
    clean, _ = build(ELECTION, "", ELECTION_BODY[0], "", ELECTION_BODY[1], "", *ranks, *COMMENT_BOX)
    assert [line.text for line in clean.body] == list(ELECTION_BODY)


# FIRST_LINE_OF_A_WRAPPED_BLOCK (archive.clean _credible_title) and CUT_WRAPPED_LAST_LINE (archive.rules
# lower_case_head_labels): a hard-wrapped text whose first sentence breaks before a capitalised word has no headline in
# its first line, and its last line, cut by the copy, is its text; a headline set apart by a blank line stays one.
WRAPPED = (
    "President Sample on Monday signed a neighbourly",
    "treaty of friendship and cooperation. The",
    "treaty will guide the steady development of",
    "Chinese-Russian relations in the century and will have a",
    "deep and far-reaching impact on the long-term",
    "ties between the Chinese and Russian sides. The following",
    "are the details of the treaty: the two",
    "countries will develop the partnership based on",
    "friendship, cooperation and mutual respect for",
    "the borders. Both sides agreed to build up",
    "confidence in the military field and mutually",
    "reduce troops in the bord",
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (("Chinese President Example and Russian",), None),
        # without: a blank line under the first line
        (("Chinese President Example and Russian", ""), "Chinese President Example and Russian"),
    ],
)
def test_the_first_line_of_a_wrapped_block(head: tuple[str, ...], title: str | None) -> None:
    clean, meta = build(*head, *WRAPPED)
    assert meta.title.value == title
    assert [line.text for line in clean.body][-1] == "reduce troops in the bord"


# ABSTRACT_NOUN (archive.byline _is_name): a sub-heading of abstract nouns in title case is no pair of names; names
# ending much as they do are names still.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("New Flu Variant and Strain Prevalence", False),
        ("Vaccine Distribution", False),
        ("Florence Clement and Felicity Jones", True),
        ("Lawrence Prudence", True),
    ],
)
def test_abstract_nouns_are_no_names(line: str, names: bool) -> None:
    assert byline.is_names_only(line) is names


# CATEGORY_PLURAL_IN_BRACKETS (archive.rules TAG_LEAD), READ_MORE_IN_BRACKETS and ICON_NAMED_FIRST (archive.rules): a
# theme's category field, a bracketed link to another story and a control's icon name go; a bracketed sentence, and a
# name of another thing with "icon" after it, stay.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Category(s): Uncategorized", "tag-cloud"),
        ("(MORE: Where These Storms Could Strike Next)", "read-more"),
        ("[Related: Harbour Pier Reopens]", "read-more"),
        ("Comment icon", "icon-text"),
        ("Search icon", "icon-text"),
        # without: a sentence in brackets after the word; another kind of icon
        ("(More: the council will meet again on Monday.)", None),
        ("Pop icon", None),
    ],
)
def test_a_category_a_bracketed_link_and_an_icon(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# Page controls seen on the midway pages: a reactions box's prompt and an "AI summary" button, in English and Japanese;
# a sentence about an AI summary stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Click any reaction to login.", "nav-label"),
        ("AI要約", "nav-label"),
        ("AI summary", "nav-label"),
        ("The council published an AI summary of the report on Monday.", None),
    ],
)
def test_reaction_and_summary_controls(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# SCANDINAVIAN_WITH (archive.rules SHARE_WORDS): "med" ("with") before the network in a row of share buttons; a
# Danish sign-off with the word stays.
@pytest.mark.parametrize(
    ("line", "rule"),
    [("Med Messenger Via mail", "share-button"), ("Del med Facebook", "share-button"), ("Med venlig hilsen", None)],
)
def test_share_buttons_with_med(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# FACT_BOX_FIELD (archive.clean _not_a_headline): a review's fact box, a field's label and its value, is no headline; a
# headline opening with a subject and a colon is one.
@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Cast: Jane Roe, John Doe and Ann Example", False),
        ("Venue: Example Theatre, London", False),
        ("Running time: 2 hours 30 minutes", False),
        ("Harbour: Council approves the new pier", True),
    ],
)
def test_a_fact_box_field_is_no_headline(line: str, headline: bool) -> None:
    assert clean_module._not_a_headline(line) is not headline
