"""Issue 17, thirty-second round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive.metaline import parse_meta_line
from archive.model import CleanArticle


def _dropped(cleaned: CleanArticle, text: str) -> bool:
    return text.strip() in [dropped.text.strip() for dropped in cleaned.dropped]


def _published(line: str) -> str | None:
    meta = parse_meta_line(line)
    return meta.published.iso if meta is not None and meta.published is not None else None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # UNACCENTED_NAMES: weekdays and months written without their diacritics
        ("Marti, 20 Aprilie 2021", "2021-04-20"),
        ("Sambata, 3 mai 2014", "2014-05-03"),
        ("mercredi 5 fevrier 2020", "2020-02-05"),
        ("Piatek, 5 sierpnia 2020", "2020-08-05"),
        # ... and Romanian's "ora" before the clock (FOREIGN_FILLERS)
        ("Marți, 20 Aprilie 2021, ora 21:31", "2021-04-20"),
        # FOREIGN_PUBLISHED_IN: "Published in <paper>, <date>"
        ("Publicat in Exemplul Zilei, duminică 15 mai 2011", "2011-05-15"),
        ("Publicado en El Ejemplo, 15 de mayo de 2011", "2011-05-15"),
        # without a date, none of these is a metadata line
        ("Marti seara, la ora 21", None),
        ("Publicat in Exemplul Zilei", None),
    ],
)
def test_dates_without_their_accents_and_published_in_a_paper(line: str, iso: str | None) -> None:
    assert _published(line) == iso


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # AND_BETWEEN_NAMES: "&" (no word boundary after it) and the page's own "and"
        ("19. Juli 2011 von Jane Roe & Klaus-Peter Example (Kommentare: 0)", ("Jane Roe", "Klaus-Peter Example")),
        ("By Jane Roe & John Doe", ("Jane Roe", "John Doe")),
        ("19. Juli 2011 von Jane Roe und John Doe", ("Jane Roe", "John Doe")),
        ("15 mai 2011, par Jane Roe et John Doe", ("Jane Roe", "John Doe")),
        ("By Jane Roe and John Doe", ("Jane Roe", "John Doe")),
        # one name: one writer
        ("19. Juli 2011 von Jane Roe", ("Jane Roe",)),
    ],
)
def test_two_writers_joined_by_and_in_any_language(line: str, names: tuple[str, ...]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.names == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # NAME_THEN_WEEKDAY_DATE and BAR_AS_LETTER_I
        ("Jane ROE I Sunday, Oct. 26, 2025", ("Jane ROE",)),
        ("Jane Roe | Sunday, Oct. 26, 2025", ("Jane Roe",)),
        # a name and a date only may be a picture's caption: no credit
        ("Jane Roe March 9, 2015", ()),
    ],
)
def test_a_name_then_the_weekday_and_the_date(line: str, names: tuple[str, ...]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.names == names and meta.published is not None


def test_a_name_in_the_headline_beside_the_date_is_a_tag_not_the_writer() -> None:
    # NAME_IN_THE_HEADLINE: the story's subject printed as its tag under the date line
    headline = "Record crowd for Jane Example at the harbour festival"
    _, meta = build(headline, "Monday, 20 April 2021", "Jane Example", *BODY)
    assert (meta.title.value, meta.author.value) == (headline, None)
    # ... a name the headline does not hold, in the same place, is the writer's
    _, meta = build(headline, "Monday, 20 April 2021", "John Roe", *BODY)
    assert (meta.title.value, meta.author.value) == (headline, "John Roe")


def test_names_under_the_articles_paragraphs_are_a_sub_heading() -> None:
    # NAMES_UNDER_THE_PROSE: "Infrastructure Push and Community Collaboration" reads as two names
    heading = "Harbour Push and Community Collaboration"
    _, meta = build(HEADLINE, "Monday, 20 April 2021", BODY[0], BODY[1], heading, BODY[2])
    assert meta.author.value is None
    # ... right under the headline, the same shape is a byline
    _, meta = build(HEADLINE, "Jane Roe and John Doe", "Monday, 20 April 2021", *BODY)
    assert meta.author.value == "Jane Roe and John Doe"


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        # FORM_SENT: a contact form's confirmation
        ("Mesajul a fost trimis. Multumesc!", True),
        ("Your message has been sent. Thank you!", True),
        ("Ihre Nachricht wurde gesendet.", True),
        # a sentence about a message is the article's
        ("The message was sent to every household in the district on Tuesday, the council said in a statement.", False),
    ],
)
def test_a_forms_confirmation_is_no_headline(line: str, dropped: bool) -> None:
    cleaned, meta = build(line, HEADLINE, *BODY)
    assert [d.rule for d in cleaned.dropped if d.text == line] == (["widget-error"] if dropped else [])


def test_payment_words_credit_no_one() -> None:
    # PAYMENT_WORDS
    cleaned, meta = build(HEADLINE, *BODY, "Quarterly by Direct Debit")
    assert meta.author.value is None
    cleaned, meta = build(HEADLINE, *BODY, "Quarterly by Jane Roe")
    assert meta.author.value == "Jane Roe"


HARD_WRAPPED = (
    "Il",
    "Museo Example festeggia i",
    "suoi primi 20 anni il 3 dicembre 2019, con una bella giornata di cose",
    "da non perdere. Sarà",
    "aperto dalle ore 10 alle 22, con ingresso",
    "libero e gratuito e senza visita guidata. Aperte le collezioni e la",
    "mostra",
    "Jane Example. Poi",
    "tanti piccoli eventi. A cominciare dal",
    "ricordo del presidente, recentemente scomparso, a cui si deve il museo.",
)


def test_hard_wrapped_text_from_the_first_line_has_no_headline_and_loses_no_line() -> None:
    # INSIDE_WRAPPED_TEXT, WRAPPED_TEXT_ABOVE and WRAPPED_STOP_WORD above a line stopping mid-sentence
    cleaned, meta = build(*HARD_WRAPPED)
    assert meta.title.value is None
    assert cleaned.dropped == ()
    # ... a headline over the same text is still the headline
    headline = "Il Museo Example festeggia i suoi primi 20 anni con una giornata di eventi"
    cleaned, meta = build(headline, "3 dicembre 2019", *HARD_WRAPPED)
    assert meta.title.value == headline and cleaned.dropped == ()


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # UPLOAD_FORM
        ("File size must be less than 2Mb", "nav-label"),
        ("File types (jpg, png, gif)", "nav-label"),
        ("You must have online publishing permission or full ownership of this image", "nav-label"),
        ("The file size of the report was too large for the council's website, the clerk said.", None),
        # the ad slot's notice without its "advertisement"
        ("Article continues below", "advertisement"),
        # TEMPERATURE_RANGE
        ("31°C / 31°C", "weather-widget"),
        ("H: 72°F L: 60°F", "weather-widget"),
        ("The temperature reached 31°C on Monday.", None),
        # IMPRINT_LINE
        ("EDITOR IN CHIEF- JANE MARY ROE", "nav-label"),
        ("Editor-in-Chief: Jane Roe", "nav-label"),
        ("Editor-in-Chief Jane Roe said the paper would go on.", None),
        # controls and placeholders
        ("No Image", "nav-label"),
        ("minus", "nav-label"),
        # LOGIN_FORM
        ("Şifre :", "nav-label"),
        ("E-posta :", "nav-label"),
        ("► Şifremi Unuttum", "nav-label"),
        ("► Üye olmak istiyorum", "nav-label"),
        ("Mot de passe oublié ?", "nav-label"),
        ("Şifre konusunda yeni bir karar alındı.", None),
        # JAPANESE_SHARE_AND_PRINT
        ("Xでポスト", "nav-label"),
        ("フェイスブックでシェア", "nav-label"),
        ("印刷 大きな文字で印刷", "nav-label"),
        ("印刷会社が新工場を建設した", None),
        # NO_MORE_STORIES and CJK_LIST_LABELS, a broadcast script's cue
        ("Başka haber bulunmuyor!", "nav-label"),
        ("最近の記事", "nav-label"),
        ("댓글 많은 뉴스", "nav-label"),
        ("◀VCR▶", "nav-label"),
        # FOREIGN_FOLLOW_CALL: "don't forget to subscribe to our channel"
        ("Videolar için YouTube kanalımıza abone olmayı unutmayın!", "social-promo"),
    ],
)
def test_forms_weather_boxes_imprints_and_more_page_furniture(line: str, rule: str | None) -> None:
    from archive.rules import line_rule

    assert line_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "iso", "updated"),
    [
        # JAPANESE_ERA: the era's year alone (元: its first year)
        ("ページID1025395  更新日 令和6年3月8日", None, "2024-03-08"),
        ("令和元年5月1日", "2019-05-01", None),
        ("平成31年4月30日", "2019-04-30", None),
        ("令和6年2月30日", None, None),  # no such day
    ],
)
def test_japanese_era_dates(line: str, iso: str | None, updated: str | None) -> None:
    meta = parse_meta_line(line)
    got = (meta.published.iso if meta and meta.published else None, meta.updated.iso if meta and meta.updated else None)
    assert got == (iso, updated)


def test_a_date_with_from_is_an_events_schedule() -> None:
    # CJK_SCHEDULE: "from 1 p.m." after the date
    assert parse_meta_line("令和2年9月30日(水曜日)午後1時から") is None
    meta = parse_meta_line("2020年9月30日(水曜日)午後1時")
    assert meta is not None and meta.published is not None and meta.published.iso == "2020-09-30"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # SOUTH_ASIAN_AND_PERSIAN_LABELS, FOREIGN_VIEWS: published, updated and the views' count in Bengali
        ("প্রকাশিত:Thursday ২৩ December ২০২১ | হালনাগাদ:Monday ২৭ June ২০২২ | ৪৩৬জন দেখেছেন", "2021-12-23"),
        # ... "publication date" in Persian, ARABIC_YEH in the month's name, the Western date beside it
        ("تاریخ انتشار: ۱۲ شهريور ۱۳۹۱ - ۱۲:۱۷ 02 September 2012", "2012-09-02"),
        ("۱۲ شهريور ۱۳۹۱", "2012-09-02"),
        ("۱۲ شهریور ۱۳۹۱", "2012-09-02"),
    ],
)
def test_bengali_and_persian_date_lines(line: str, iso: str) -> None:
    assert _published(line) == iso


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Filed By : Jane Mary Roe /", "Jane Mary Roe"),  # "Filed by" credits the writer
        ("Filed by: Jane Roe", "Jane Roe"),
        ("Filed under: World", None),  # a category's label
    ],
)
def test_filed_by(line: str, author: str | None) -> None:
    from archive.byline import parse_byline

    assert parse_byline(line) == author


def test_a_writers_role_after_the_slash_is_no_outlet() -> None:
    # STAFF_ROLE_NO_PAPER: "By Jane Roe/Staff Reporter"
    _, meta = build("By Jane Roe/Staff Reporter", HEADLINE, *BODY)
    assert (meta.author.value, meta.outlet.value) == ("Jane Roe", None)


def test_a_site_icons_text_names_the_outlet() -> None:
    # SITE_ICON: "Site icon Example News" above the headline
    _, meta = build("Site icon Harbour Example News", HEADLINE, *BODY, "Harbour Example News is the town's paper.")
    assert meta.outlet.value == "Harbour Example News"
    _, meta = build("Site map", HEADLINE, *BODY)
    assert meta.outlet.value is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Watch more of our videos on Shots!", "nav-label"),  # CHANNEL_PROMO
        ("and live on Freeview channel 276", "nav-label"),
        ("Watch more videos on the council website to see how the plan will work for residents.", None),
    ],
)
def test_a_papers_video_channel_promo(line: str, rule: str | None) -> None:
    from archive.rules import line_rule

    assert line_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # PREVIOUS_OR_NEXT_LABELLED
        ("上一篇: 市长会见港口代表团", "read-more"),
        ("Previous article: Harbour reopens after the storm", "read-more"),
        ("Der Bürgermeister sagte: Wir wollen das.", None),
        # LINE_GLUED_TO_ITSELF
        ("Harbour league tableHarbour league table", "related-headline"),
        ("the the", None),
        # "Share it", POLISH_FEW_MINUTES, APPROXIMATE_READING_TIME
        ("Share It:", "nav-label"),
        ("Czyta się kilka minut", "reading-time"),
        ("~ 1 minutes read", "reading-time"),
        # VOTES_WIDGET, VISITOR_COUNTER, CJK_IMPRINT
        ("0 0 votes", "nav-label"),
        ("The vote: 5 votes to 3, the council said.", None),
        ("您是第: 位访客", "nav-label"),
        ("主管:例市委 地址:例市例路85号 邮编:351100", "nav-label"),
        ("联系电话:0594-2523059 传真:0594-2514907", "nav-label"),
        ("市长说：地址已经确定。", None),
        # a news link's button, a topics label, a section in capitals
        ("VER NOTÍCIA", "nav-label"),
        ("Argomenti", "nav-label"),
        ("FAITS DIVERS JUSTICE", "section-label"),
    ],
)
def test_previous_and_next_links_glued_lines_votes_and_imprints(line: str, rule: str | None) -> None:
    from archive.rules import line_rule

    assert line_rule(line) == rule


def test_a_row_of_bracketed_labels_with_a_date_is_the_pages_metadata() -> None:
    # BRACKETED_BUTTONS holds no date; CJK_BRACKETS: the labels' brackets separate the parts, an empty source is none
    line = "【发布日期:2014-12-22】 【来源:】 【阅读:次】【作者:】"
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert (meta.published.iso, meta.source) == ("2014-12-22", None)
    cleaned, _ = build("【收藏】 【打印】 【关闭】", HEADLINE, *BODY)
    assert _dropped(cleaned, "【收藏】 【打印】 【关闭】")


def test_an_arabic_pages_numeric_date_is_read_day_first() -> None:
    # RIGHT_TO_LEFT_AND_SOUTH_ASIAN_ORDER: "11-9-2025" on an Arabic page is 11 September
    body = (
        "أكد وزير الإدارة المحلية أن العمل بدأ في المرحلة الأولى من الحديقة العامة في المدينة هذا الأسبوع.",
        "وقال الوزير في تصريح خاص إن المشروع سيخدم آلاف السكان من أبناء المدينة والقرى المجاورة لها.",
        "وأضاف أن الوزارة ستواصل العمل مع البلديات من أجل تنفيذ مشاريع مماثلة في جميع المحافظات.",
    )
    _, meta = build("بدء العمل بالمرحلة الأولى للحديقة العامة في المدينة", "تاريخ النشر : الخميس 11:38 11-9-2025", *body)
    assert meta.date.value == "2025-09-11"
    # ... an English page's "11-9-2025" stays unread: Britain and the United States write it each its own way (its
    # weekday, when named, says which: WEEKDAY_ORDER, test_unseen45)
    _, meta = build(HEADLINE, "Published: 11:38 11-9-2025", *BODY)
    assert meta.date.value is None
    _, meta = build(HEADLINE, "Published: Thursday 11:38 11-9-2025", *BODY)
    assert meta.date.value == "2025-09-11"


def test_copyrights_in_the_plural() -> None:
    _, meta = build(HEADLINE, *BODY, "Copyrights ⓒ Example TV. All rights reserved")
    assert meta.outlet.value == "Example TV"


def test_a_place_of_three_hyphenated_parts_is_no_writer() -> None:
    # PLACE_COMPOUND: the commune's name in capitals above the first paragraph
    _, meta = build(HEADLINE, "Publié le 14/08/2020 à 06:25", "LA CHAUSSÉE-SAINT-VICTOR", *BODY)
    assert meta.author.value is None
    # ... a double-barrelled name in the same place is the writer's
    _, meta = build(HEADLINE, "Publié le 14/08/2020 à 06:25", "JANE ROE-EXAMPLE", *BODY)
    assert meta.author.value == "Jane Roe-Example"


def test_a_cards_copy_cut_short_under_its_text_goes() -> None:
    # TRUNCATED_COPY
    item = "Quinta rodada do Campeonato Municipal de Futebol Sete define finalistas"
    cut = "⚽ Quinta rodada do Campeonato Municipal de Futebol Sete, defi..."
    cleaned, _ = build(HEADLINE, *BODY, item, item[:40] + "...")
    assert [d.rule for d in cleaned.dropped if d.text == item[:40] + "..."] == ["repeated-line"]
    # ... a line ending in an ellipsis that does not open the line above stays
    cleaned, _ = build(HEADLINE, *BODY, item, cut.replace("Quinta", "Sexta"))
    assert not _dropped(cleaned, cut.replace("Quinta", "Sexta"))


def test_a_signature_a_blank_line_below_the_last_paragraph() -> None:
    # SIGNATURE_LINE: "--Jane Roe" under the text with a blank line between, dropped with the comments' box below it
    _, meta = build(HEADLINE, *BODY, "", "--Jane Roe", "", "Post a Comment")
    assert meta.author.value == "Jane Roe"
    # ... a line of another kind there signs nothing
    _, meta = build(HEADLINE, *BODY, "", "Post a Comment")
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Par le commandant Jeanne Roe", "Jeanne Roe"),  # RANK_AFTER_PAR
        ("• Par la capitaine Jeanne Roe", "Jeanne Roe"),
        ("Par le passé, il a dit", None),
    ],
)
def test_an_officers_rank_between_par_and_the_name(line: str, author: str | None) -> None:
    from archive.byline import parse_byline

    assert parse_byline(line) == author


def test_an_italian_templates_see_reads_link_beside_the_credit() -> None:
    # SEE_READS
    meta = parse_meta_line("25.08.2019 19:30 di Anna Roe   vedi letture")
    assert meta is not None and meta.published is not None
    assert (meta.published.iso, meta.names) == ("2019-08-25", ("Anna Roe",))


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # FOREIGN_WRAPPED_WORDS: a long first line ending on "und der" is a hard-wrapped sentence's first line
        ("Der Vorsitzende Jan Roe, seine Stellvertreterin Anna Roe und der Kassierer Max Muster und der", None),
        ("Le maire Jean Roe, son adjointe Anne Roe et le trésorier Max Exemple de la commune et la", None),
        # ... a headline of the same length ends otherwise
        ("Der Vorsitzende Jan Roe und seine Stellvertreterin Anna Roe gewinnen die Wahl im Ortsverein", "same"),
    ],
)
def test_a_long_first_line_ending_on_an_article_or_and_is_no_headline(first: str, title: str | None) -> None:
    body = (
        "Kassierer des Ortsvereins haben am Montag im Rathaus die neue Satzung vorgestellt, die ab Januar gilt.",
        "Die Mitglieder stimmten der Satzung mit großer Mehrheit zu, wie der Vorstand am Abend mitteilte.",
        "Die nächste Versammlung findet im Frühjahr statt, wenn der Haushalt für das kommende Jahr beraten wird.",
    )
    _, meta = build(first, *body)
    assert meta.title.value == (first if title == "same" else None)
