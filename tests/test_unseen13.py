"""Issue 17, thirteenth round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE

from archive import rules
from archive.byline import parse_byline
from archive.model import BYLINE, HEADING, PARAGRAPH, TITLE


def roles(cleaned) -> list[tuple[int, str, str]]:
    return [(line.number, line.role, line.text) for line in cleaned.lines]


def dropped(cleaned) -> list[tuple[int, str, str]]:
    return [(d.number, d.rule, d.text) for d in cleaned.dropped]


@pytest.mark.parametrize("label", ["SOCIÉTÉ", "Politiek", "Nieuwbouw"])
def test_a_label_of_two_words_between_the_headline_and_the_lead_goes(label: str) -> None:
    # LABEL_ABOVE_THE_LEAD
    cleaned, meta = build(HEADLINE, label, *BODY)
    assert dropped(cleaned) == [(2, rules.SECTION_LABEL, label)]
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize("label", ["SOCIÉTÉ", "Weather Alerts", "RBGPF"])
def test_a_label_of_two_words_above_the_lead_of_a_page_without_headline_goes(label: str) -> None:
    cleaned, meta = build(label, *BODY)
    assert dropped(cleaned) == [(1, rules.SECTION_LABEL, label)]
    assert meta.title.value is None


def test_a_drop_cap_above_the_lead_stays() -> None:
    # the rest of the word below in lower case: a sentence wrapped, not a label
    cleaned, _ = build("T", "he harbour council approved the new budget for the district on Tuesday.", *BODY[1:])
    assert roles(cleaned)[0] == (1, PARAGRAPH, "T")


@pytest.mark.parametrize(
    "line",
    [
        "Meeting in Beijing",  # a kicker of three words
        "Arsenal 3",  # a score holds a number
        "Budget approved.",  # a sentence
    ],
)
def test_a_kicker_a_score_or_a_sentence_above_the_lead_stays(line: str) -> None:
    cleaned, _ = build(HEADLINE, line, *BODY)
    assert roles(cleaned)[:2] == [(1, TITLE, HEADLINE), (2, PARAGRAPH, line)]
    assert dropped(cleaned) == []


def test_a_short_line_below_the_first_paragraph_is_a_sub_heading() -> None:
    # the rule reads only the head: between paragraphs, two words are a sub-heading
    cleaned, _ = build(HEADLINE, BODY[0], "Next steps", BODY[1], BODY[2])
    assert (3, HEADING, "Next steps") in roles(cleaned)
    assert dropped(cleaned) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Door Arie in 't Veld", "Arie in 't Veld"),  # DUTCH_PARTICLES: "in 't"
        ("Door Jan van 't Hek", "Jan van 't Hek"),
        ("Door Anna ten Cate", "Anna ten Cate"),
        ("Door Arie van der Veld", "Arie van der Veld"),
    ],
)
def test_a_dutch_name_with_its_particles_is_a_byline(line: str, name: str) -> None:
    assert parse_byline(line) == name


@pytest.mark.parametrize("line", ["Roe in het Park", "Jane in 't"])
def test_in_without_the_dutch_article_is_no_particle(line: str) -> None:
    assert parse_byline(line) is None
    # (NAMES_IN_PLACES, fifteenth round: "in" before a known place is where the writer is, not part of the name)
    assert parse_byline("Jane Roe in Moscow") == "Jane Roe"


def test_a_sentence_printed_again_with_a_credit_is_the_standfirst_and_stays() -> None:
    # STANDFIRST_AS_CAPTION: the page's standfirst, then the same sentence as the picture's caption with its credit
    standfirst = "The harbour council closed more cases this year than it opened, the court's report says."
    cleaned, _ = build(HEADLINE, standfirst, f"{standfirst} Foto: Jane Roe/Example Agency", *BODY)
    assert roles(cleaned)[:2] == [(1, TITLE, HEADLINE), (2, PARAGRAPH, standfirst)]
    assert [(n, rule) for n, rule, _ in dropped(cleaned)] == [(3, rules.CAPTION)]
    # in a list (a gallery's item), or without a full stop (a picture's alternative text), the twin is the caption
    for twin in (f"• {standfirst}", standfirst.rstrip(".")):
        cleaned, _ = build(HEADLINE, twin, f"{twin.lstrip('• ')} Foto: Jane Roe/Example Agency", *BODY)
        assert [(n, rule) for n, rule, _ in dropped(cleaned)] == [(2, rules.CAPTION), (3, rules.CAPTION)]


@pytest.mark.parametrize("slogan", ["Fundado en 1910", "Founded in 1887", "Since 1887", "Est. 1887", "Gegründet 1946"])
def test_a_founding_year_above_the_headline_is_the_masthead(slogan: str) -> None:
    # FOUNDED_LINE: the paper's slogan, never the title
    cleaned, meta = build(slogan, "Menú", HEADLINE, *BODY)
    assert (1, rules.MASTHEAD, slogan) in dropped(cleaned)
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize("line", ["Founded in 1910, the club won its first title in 1923.", "Since 1887 rules"])
def test_a_sentence_about_a_founding_is_no_masthead(line: str) -> None:
    assert not rules.founded_line(line, rules.key_of(line))


def test_a_source_line_is_never_the_title() -> None:
    # SOURCE_LABEL: "Source: page 1 of ..." under a headline the cleaning dropped is no headline
    source = "ที่มา : หน้า 1 หนังสือพิมพ์ ตัวอย่าง"
    cleaned, meta = build(source, *BODY)
    assert meta.title.value is None
    assert (1, BYLINE, source) in roles(cleaned)  # out of the text: a credit line


def test_thai_words_are_counted_without_spaces() -> None:
    # SPACELESS_SCRIPTS: a Thai headline of two spaced phrases counts a word for every five characters of its runs
    headline = "สั่ง4เขื่อนยักษ์ชะลอปล่อยน้ำรอช่วง ส.ค.-ก.ย.พายุฝนลดแล้ง"
    assert rules.word_count(headline) == 15
    assert rules.word_count("Two words") == 2
    assert rules.word_count("习近平会见普京") == 4


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("![Harbour council approves the budget](https://img.example.org/800x400/filters:format(webp)/a.jpg)", rules.IMAGE_FILE),
        ("El código iframe se ha copiado en el portapapeles", rules.WIDGET_ERROR),  # PAGE_NOTICE
        ("Link copied to clipboard", rules.WIDGET_ERROR),
        ("You are currently viewing Harbour council approves the budget", rules.WIDGET_ERROR),
        ("No momento, você está visualizando Câmara convoca sessão", rules.WIDGET_ERROR),
        ("Twitter : @example.com, @ExampleTV, @exampleradio", rules.SOCIAL_PROMO),  # SOCIAL_HANDLES
        ("Recibe en tu buzón las mejores historias de la semana", rules.SOCIAL_PROMO),  # INBOX_CALL
        ("Pratite nas na našoj Facebook i Instagram stranici", rules.SOCIAL_PROMO),
        ("Читайте «Приклад» в соцмережах:", rules.SOCIAL_PROMO),
        ("Votre publicité ici avec Example", rules.ADVERTISEMENT),  # AD_SPACE
        ("Read or Share this story:", rules.NAV_LABEL),
        ("PUBLICAR COMENTARIOS", rules.COMMENT_WIDGET),
        ("Artikel Terkait", rules.PROMO_BLOCK),
        ("les også 1391 skoler rammet av skoledøden", rules.READ_MORE),  # LOWER_CASE_READ_MORE
        ("Vi sparar data i cookies, genom att använda våra tjänster godkänner du det. ⇒ läs mer om cookies", rules.COOKIE_NOTICE),
    ],
)
def test_furniture_of_more_languages_is_dropped(line: str, rule: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert dropped(cleaned) == [(3, rule, line)]


@pytest.mark.parametrize(
    "line",
    [
        "The photo was posted as ![a picture](link) in the forum, the council said.",  # Markdown inside a sentence
        "The embed code was copied by thousands of sites within an hour, the company said.",
        "You are currently viewing the council's budget through the eyes of a mayor, she told the meeting.",
        "Twitter said on Tuesday that it would close the account.",
        "Les også dette, sa ordføreren til avisen på tirsdag.",  # the lead-in opening a sentence with a capital
        "les også om dette i morgen",  # ... or followed by lower case
        "Votre publicité a été vue par des milliers de lecteurs, selon la régie.",
    ],
)
def test_the_same_words_in_a_sentence_stay(line: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert dropped(cleaned) == []


TURKISH_BODY = (
    "Belediye meclisi salı günü yeni bütçeyi kabul etti ve başkan planın ilçeye yeni işler getireceğini söyledi.",
    "Muhalefet üyeleri bütçenin okullar için çok az pay ayırdığını ve bunu yeniden gündeme getireceklerini söyledi.",
    "Başkan ayrıca limandaki yeni iskelenin ilkbaharda açılacağını ve çalışmaların yaz boyunca süreceğini açıkladı.",
)


def test_a_sub_heading_in_title_case_on_a_page_not_in_english_stays() -> None:
    # TITLE_CASE_IS_ENGLISH reads the page's prose: Turkish's stop-word list holds "the" and "of" (from quoted titles),
    # but a Turkish report does not use them, so its capitals sub-heading is no other story's headline
    heading = "YENİ TRANSFERLER KADRODA"
    cut = "Limanspor’da Ahmet Kaya ve Mehmet Demir, Dağspor’da ise Ali Yılmaz, Veli Çelik, Hasan Şahin ve Can Öztürk ilk"
    cleaned, _ = build("Süper Kupa'nın sahibi belli oldu", *TURKISH_BODY, heading, cut)
    assert dropped(cleaned) == []
    assert roles(cleaned)[-2:] == [(5, PARAGRAPH, heading), (6, PARAGRAPH, cut)]  # (the last lines: no heading)


def test_english_prose_is_told_by_its_commonest_words() -> None:
    from archive.stopwords import reads_english

    assert reads_english(list(BODY))
    assert not reads_english(list(TURKISH_BODY))
    assert not reads_english([])


@pytest.mark.parametrize(
    "line",
    [
        "会谈前，主席在大会堂北大厅为来访的总统举行欢迎仪式。新华社照片",  # AGENCY_PHOTO_END
        "두 정상이 8일 회담을 진행했다. 사진은 김 대통령(오른쪽)과 이 총리의 모습",  # a Korean position mark
    ],
)
def test_captions_in_chinese_and_korean_go(line: str) -> None:
    cleaned, meta = build(line, HEADLINE, *BODY)
    assert [(n, rule) for n, rule, _ in dropped(cleaned)] == [(1, rules.CAPTION)]
    assert meta.title.value == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "会谈前，主席在大会堂北大厅为来访的总统举行欢迎仪式，新华社照片记者在场。",  # the words inside a sentence
        "두 정상이 8일 회담을 진행했다. 회담장 오른쪽에는 국기가 걸렸다.",  # "right" in a sentence, no bracket
    ],
)
def test_the_same_words_in_a_chinese_or_korean_sentence_stay(line: str) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert dropped(cleaned) == []


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("Todos los derechos reservados por Example Gazeta.", "Example Gazeta"),  # RIGHTS_RESERVED_BY
        ("All rights reserved by Example Media.", "Example Media"),
    ],
)
def test_a_rights_notice_naming_its_holder_names_the_outlet(footer: str, holder: str) -> None:
    cleaned, meta = build(HEADLINE, *BODY, footer)
    assert dropped(cleaned) == [(5, rules.COPYRIGHT_FOOTER, footer)]
    assert (meta.outlet.value, meta.outlet.provenance.line) == (holder, 5)
    # without a holder, the notice goes and names no one
    cleaned, meta = build(HEADLINE, *BODY, "Todos los derechos reservados.")
    assert dropped(cleaned) == [(5, rules.COPYRIGHT_FOOTER, "Todos los derechos reservados.")]
    assert meta.outlet.value is None


def test_a_site_after_the_datelines_place_is_the_outlet() -> None:
    # PLACE_THEN_SITE (OUTLET_LEAD_SITE)
    lead = "HARBOUR CITY, Example.id - " + BODY[0]
    _, meta = build(HEADLINE, lead, *BODY[1:])
    assert meta.outlet.value == "example.id"
    _, meta = build(HEADLINE, "HARBOUR CITY, Example - " + BODY[0], *BODY[1:])
    assert meta.outlet.value is None  # a name that is no address: a dateline's agency, read elsewhere


def test_a_persian_report_of_names_the_site_before_its_comma() -> None:
    # OUTLET_REPORT_OF: "به گزارش <site>،" with the comma run onto the name
    lead = "به گزارش سایت نمونه، شاخص کل بورس امروز در یک روند رو به رشد قرار گرفت و معاملات افزایش یافت."
    _, meta = build(lead, "بازار سهام امروز با رشد شاخص همراه بود و معامله گران خرید بیشتری انجام دادند.")
    assert meta.outlet.value == "سایت نمونه"


def test_the_heading_of_a_desks_author_box_names_no_outlet() -> None:
    # ABOUT_THE_DESK: "About Politics Desk" / "Politics Desk" under the article is the author's box
    _, meta = build(HEADLINE, *BODY, "About Politics Desk", "Politics Desk")
    assert meta.outlet.value is None
    _, meta = build(HEADLINE, *BODY, "Example Herald Desk")
    assert meta.outlet.value == "Example Herald"  # NAMED_DESK, as before


@pytest.mark.parametrize("credit", ["Foto: reprodução/TV Exemplo", "Foto: divulgação", "Foto: archivo/Ejemplo"])
def test_a_credit_in_the_words_of_other_languages_is_a_credit(credit: str) -> None:
    # FOREIGN_CREDIT_WORDS
    cleaned, _ = build(HEADLINE, credit, *BODY)
    assert dropped(cleaned) == [(2, rules.CAPTION_CREDIT, credit)]


CJK_BODY = (
    "近年来，我国博物馆进入快速发展期。目前，全国博物馆数量持续增长，免费开放的博物馆占比超过九成，观众人数逐年增加。",
    "专家表示，博物馆要进一步提升展陈水平，用好数字技术，让更多文物活起来，满足人民群众日益增长的精神文化需求。",
)


def test_a_chinese_caption_above_its_photographers_credit_goes() -> None:
    # CJK_PHOTOGRAPHER_ALONE and CJK_CAPTION_ABOVE_CREDIT
    caption, credit = "江苏苏州市，游客在博物馆西馆参观。", "张 锋摄(影像中国)"
    cleaned, _ = build("博物惠民通古今", caption, credit, *CJK_BODY)
    assert dropped(cleaned) == [(2, rules.CAPTION, caption), (3, rules.CAPTION_CREDIT, credit)]
    # without the credit under it, the short sentence is the article's
    cleaned, _ = build("博物惠民通古今", caption, *CJK_BODY)
    assert dropped(cleaned) == []


def test_a_sentence_wrapped_at_a_stop_word_after_the_article_stays() -> None:
    # WRAPPED_AT_A_STOP_WORD: a hard-wrapped page's last sentence, above the footer, is the article's
    body = [
        "El presidente ruso recibió hoy en el Kremlin a su homólogo chino para una visita de Estado de tres días.",
        "Ambos mandatarios abordarán asuntos internacionales, en los que Moscú y Pekín mantienen posturas comunes.",
    ]
    cleaned, _ = build(
        *body,
        "Tras su reunión, los dos líderes participarán en el",
        "Palacio del Kremlin en la ceremonia de inauguración del Año de Turismo",
        "de China en Rusia.",
        "Todos los derechos reservados.",
    )
    assert [n for n, _, _ in dropped(cleaned)] == [6]


@pytest.mark.parametrize(
    "line",
    [
        "The premier speaks at the convention centre in Harbour City on Saturday. (THE EXAMPLE PRESS/Jane Roe)",
        "Meeting of the two presidents. (Germany, Russia, Moscow) EXA/EPA/Jane Roe / POOL / Jane Roe / POOL (EXA)",
        "Handing over of the vote count in the district by the commissioner to the candidates (Foto EXAMPLE/Jane Roe)",
    ],
)
def test_a_caption_credited_to_any_agency_and_its_photographer_goes(line: str) -> None:
    # AGENCY_SLASH_PHOTOGRAPHER
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert [(n, rule) for n, rule, _ in dropped(cleaned)] == [(3, rules.CAPTION)]


@pytest.mark.parametrize(
    "line",
    [
        "The treaty ended the NATO/Warsaw Pact standoff, the minister said on Tuesday in the capital.",
        "The two delegations met at the UN/World Bank meeting in Washington",
        "He worked for years on the BBC/Open University series about the harbour and its people.",
    ],
)
def test_an_agency_pair_inside_a_sentence_is_no_credit(line: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert dropped(cleaned) == []


SIGNAL_LIST = ("Signal No. 2", "- Northern Harbour", "- Example Island", "- rest of Harbour", "Signal No. 1", "- Coast Town")


def test_a_list_running_to_the_end_of_a_cut_page_is_the_articles() -> None:
    # LIST_RUNS_TO_THE_CUT: the copy stops inside the article's list of areas
    cleaned, _ = build(HEADLINE, *BODY, *SIGNAL_LIST)
    assert dropped(cleaned) == []
    # after the article's furniture, the same bulleted items are a menu
    cleaned, _ = build(HEADLINE, *BODY, "Share this article", *SIGNAL_LIST)
    assert [n for n, rule, _ in dropped(cleaned) if rule == rules.NAV_BULLET] == [7, 8, 9, 11]
    # ... and two items are no list
    cleaned, _ = build(HEADLINE, *BODY, "- Northern Harbour", "- Example Island")
    assert [rule for _, rule, _ in dropped(cleaned)] == [rules.NAV_BULLET, rules.NAV_BULLET]


@pytest.mark.parametrize("line", ["Directed by Jane Roe", "Produced by Example Films", "Supported by the Example Film Centre"])
def test_a_films_credit_is_no_byline(line: str) -> None:
    # OTHER_ROLE_BY
    from archive.metaline import parse_meta_line

    assert parse_meta_line(line) is None
    assert parse_meta_line("Written by Jane Roe") is not None  # the writer's credit, as before


def test_the_lines_a_lead_in_announces_are_the_articles_list() -> None:
    # LIST_AFTER_LEAD_IN: a festival's awards under "FULL LIST OF AWARDS:", up to the next sentence
    awards = (
        "Best Actress:",
        "Jane Roe for The Harbour Story (France)",
        "Best Film:",
        "Harbour Lights / Lumières du Port (Belgium)",
        "Produced by Example Films in coproduction with Sample Pictures",
    )
    cleaned, meta = build(HEADLINE, *BODY, "FULL LIST OF AWARDS:", *awards)
    assert dropped(cleaned) == []
    assert meta.author.value is None
    # without the lead-in, a title-cased line after the article's last sentence is another story's headline
    lone = "Harbour Lights Wins The Grand Prize At Example Film Festival"
    cleaned, _ = build(HEADLINE, BODY[0], lone, *BODY[1:])
    assert dropped(cleaned) == [(3, rules.RELATED_HEADLINE, lone)]


def test_a_video_carousel_flattened_goes() -> None:
    # GLUED_DURATION: the source's name, the clip's length and the next title run together
    carousel = ("Example News3:22Here's how you can watch free TV", "Harbour Rates1:03", "Example Inc.1:05Why prices rose")
    cleaned, _ = build(HEADLINE, *BODY, *carousel)
    assert [rule for _, rule, _ in dropped(cleaned)] == [rules.VIDEO_WIDGET] * 3
    # a time in a sentence has a space before it
    line = "The meeting began at 10:30 and ended before noon, the mayor said."
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert dropped(cleaned) == []


def test_names_above_a_pictures_credit_are_its_caption_not_the_author() -> None:
    # LIBRARY_COPYRIGHT and PICTURE_SUBJECT: a gallery's slide
    cleaned, meta = build(HEADLINE, "Jane Roe and John Doe", "© Getty Images", *BODY)
    assert (3, rules.CAPTION_CREDIT, "© Getty Images") in dropped(cleaned)
    assert meta.author.value is None
    # the same names above the first paragraph, with no credit under them, are the byline
    _, meta = build(HEADLINE, "Jane Roe and John Doe", *BODY)
    assert meta.author.value == "Jane Roe and John Doe"


def test_a_scoreboards_results_and_its_state_headings_stay() -> None:
    # SCORE_LINE and PARALLEL_HEADINGS
    board = (
        "NORTHLAND",
        "Harbour 54, Crestview 30 as the home side ran away with it in the second half of the game.",
        "Example Private Christian Academy 30, Central 22",
        "Jay 41, Sample Town 0",
        "SOUTHLAND",
        "Hillcrest (Evergreen) 45, Harbour County (Atmore) 22",
        "River 2, Example Academy 0",
    )
    cleaned, _ = build("Friday Night Scoreboard", *board)
    assert dropped(cleaned) == []
    # a label in capitals above the lead with no other such heading below is the site's section
    cleaned, _ = build(HEADLINE, "NORTHLAND", *BODY)
    assert dropped(cleaned) == [(2, rules.SECTION_LABEL, "NORTHLAND")]


@pytest.mark.parametrize("line", ["Harbour 54, Crestview 30", "Example Academy 30, Central 22*"])
def test_score_lines(line: str) -> None:
    assert rules.score_line(line)
    assert not rules.score_line("In 2019, Central 22")
    assert not rules.score_line("The council met on May 30, the mayor said 22")


def test_a_headline_with_its_timestamp_and_print_button_dates_the_page_by_its_dateline() -> None:
    # BUTTONS_AFTER_THE_DATE and TAIL_NEAR_DATELINE
    lead = "HARBOUR CITY, Aug. 16 (Example Wire) -- " + BODY[0]
    cleaned, meta = build(f"{HEADLINE} 2007-08-17 03:17:54   Print", lead, *BODY[1:])
    assert meta.title.value == HEADLINE
    assert (meta.date.value, meta.date.provenance.line) == ("2007-08-17", 1)
    # a stamp days away from the dateline's day is another day's: the dateline's month and day only
    _, meta = build(f"{HEADLINE} 2007-08-20 03:17:54   Print", lead, *BODY[1:])
    assert meta.date.value is None
    assert dict(meta.date.extra)["partial"] == "--08-16"


@pytest.mark.parametrize(
    "line",
    [
        "Adults of the new species, captured in the Example River, Guyana. A. female (c) Jane O. Roe.",
        "Fossil material of the new fossil fish. Body scales. © Jane Roe",
    ],
)
def test_a_caption_ending_with_its_photographers_copyright_goes(line: str) -> None:
    # COPYRIGHT_NAME_TAIL
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert dropped(cleaned) == [(3, rules.CAPTION, line)]


@pytest.mark.parametrize(
    "line", ["The agreement was signed in Moscow. (c) Example 2019", "He wrote the book in 1990 (C) Jane Roe said."]
)
def test_a_copyright_sign_not_before_a_name_at_the_end_stays(line: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert dropped(cleaned) == []


@pytest.mark.parametrize("station", ["WXYZ", "FOX 44", "KXYZ-TV"])
def test_a_stations_own_dateline_names_no_wire(station: str) -> None:
    # STATION_OWN_LEAD
    _, meta = build(HEADLINE, f"HARBOUR CITY, Ala. ({station}) — {BODY[0]}", *BODY[1:])
    assert meta.wire.value is None
    # an agency's name there is the wire, as before
    _, meta = build(HEADLINE, f"HARBOUR CITY, Ala. (Example Wire) — {BODY[0]}", *BODY[1:])
    assert meta.wire.value == "Example Wire"


def test_a_source_line_giving_an_address_names_no_wire() -> None:
    # SOURCE_IS_A_LINK
    _, meta = build(HEADLINE, *BODY, "Source : https://images.example.com/photos/2017/12/ups-on-the-floor-3d-rendering.jpg")
    assert meta.wire.value is None
    _, meta = build(HEADLINE, *BODY, "Source: Example Wire")
    assert meta.wire.value == "Example Wire"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("22 اكتوبر 2013", "2013-10-22"),  # ARABIC_HAMZA: the alif without its hamza
        ("22 أكتوبر 2013", "2013-10-22"),
        ("5. lokakuuta 2019", "2019-10-05"),  # MORE_DATE_LOCALES
        ("8. maj 2019", "2019-05-08"),
        ("3 de gener de 2019", "2019-01-03"),
        ("12. rugsėjo 2020", "2020-09-12"),
    ],
)
def test_dates_in_more_languages(text: str, iso: str) -> None:
    from archive.dates import parse_date

    value = parse_date(text)
    assert value is not None and value.iso == iso


def test_an_arabic_dateline_dates_the_page_and_is_no_title() -> None:
    # the Arabic comma separates a dateline's parts ("Beijing, China, 22 October 2013, agencies")
    body = (
        "ترأس رئيس مجلس الوزراء الصيني الاجتماع الدوري مع رئيس الوزراء الروسي في العاصمة بكين اليوم الثلاثاء.",
        "ويتضمن جدول أعمال الاجتماع التعاون في مجالات الطاقة والتجارة والاستثمار بين البلدين الجارين.",
    )
    cleaned, meta = build("بكين، الصين، 22 اكتوبر 2013، وكالات", *body)
    assert meta.title.value is None
    assert (meta.date.value, meta.date.provenance.line) == ("2013-10-22", 1)


@pytest.mark.parametrize("line", [f"10:27 Uhr: {HEADLINE}", f"14:05 - {HEADLINE}", f"{HEADLINE},"])
def test_a_live_entry_or_a_line_cut_at_a_comma_is_no_title(line: str) -> None:
    # LIVE_ENTRY_TIME and CUT_AT_A_COMMA
    _, meta = build(line, *BODY)
    assert meta.title.value is None
    # the headline itself, without the time or the comma, is the title
    _, meta = build(HEADLINE, *BODY)
    assert meta.title.value == HEADLINE


def test_a_photographer_credited_as_a_reporter_is_no_author() -> None:
    # PHOTOGRAPHER_NOT_AUTHOR
    from archive.byline import cjk_reporters

    assert cjk_reporters("新华社记者 李华摄") is None
    assert cjk_reporters("海报新闻记者 贺辉 报道") == "贺辉"


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("14:10, 20.01.2024 Jane Roe Aktualizacja: 13:21, 31.01.2024", "2024-01-31"),  # Polish "update"
        ("20.01.2024 Jane Roe Päivitetty: 31.01.2024", "2024-01-31"),  # Finnish
    ],
)
def test_an_update_label_in_more_languages(line: str, updated: str) -> None:
    from archive.metaline import parse_meta_line

    meta = parse_meta_line(line)
    assert meta is not None and meta.names == ("Jane Roe",)
    assert meta.published is not None and meta.published.iso == "2024-01-20"
    assert meta.updated is not None and meta.updated.iso == updated


@pytest.mark.parametrize(
    ("sentence", "takes_part"),
    [
        ("Example President Jane Roe, Russian President Vladimir Putin, Sample President John Doe and Other President "
         "Ann Poe attended the summit.", True),  # LISTED_LEADERS
        ("Russian President Vladimir Putin, the Kremlin's longest-serving leader, attended the summit.", True),
        ("Russian President Vladimir Putin, Sample President John Doe and Other President Ann Poe were not named.", False),
    ],
)  # fmt: skip
def test_a_leader_in_a_list_of_leaders_before_the_verb_takes_part(sentence: str, takes_part: bool) -> None:
    from archive.participation import takes_part_in

    start = sentence.index("Vladimir Putin")
    assert (takes_part_in(sentence, start, start + len("Vladimir Putin")) is not None) is takes_part


def test_an_audience_survey_invitation_goes_and_names_the_outlet() -> None:
    # AUDIENCE_SURVEY
    survey = (
        "Example FM invites you to participate in an audience survey. We're interested in how you use Example FM and "
        "what you think of our services. This is an anonymous survey; it takes about seven minutes to complete."
    )
    cleaned, meta = build(HEADLINE, *BODY, survey)
    assert dropped(cleaned) == [(5, rules.SOCIAL_PROMO, survey)]
    assert meta.outlet.value == "Example FM"
    line = "Researchers asked residents to take part in a survey about the harbour, the council said."
    cleaned, _ = build(HEADLINE, BODY[0], line, *BODY[1:])
    assert dropped(cleaned) == []


def test_a_caption_signed_off_with_an_agencys_image_credit_goes() -> None:
    # AGENCY_IMAGE_SIGNOFF
    caption = "Stop-work action by nurses and midwives will affect elective surgery and cause some delays. -EXA Image"
    cleaned, _ = build(HEADLINE, caption, *BODY)
    assert dropped(cleaned) == [(2, rules.CAPTION, caption)]
    # a paragraph signed off with the agency alone is the article's
    signed = "The nurses will stop work on Tuesday and elective surgery will be delayed, the union said. - EXA"
    cleaned, _ = build(HEADLINE, *BODY, signed)
    assert dropped(cleaned) == []


def test_a_wordpress_date_line_naming_the_post_dates_the_page_and_leaves_the_headline() -> None:
    # COMMENTS_OFF, and a metadata line quoting the headline makes it no pulled quote
    cleaned, meta = build(
        "You are here:  Home  >  English News  >  Current Article",  # (words, not spaces, make a line short)
        HEADLINE,
        f"By   /  May 20, 2017  /  Comments Off on {HEADLINE}",
        *BODY,
    )
    assert (1, rules.BREADCRUMB) in [(n, rule) for n, rule, _ in dropped(cleaned)]
    assert meta.title.value == HEADLINE
    assert (meta.date.value, meta.date.provenance.line) == ("2017-05-20", 3)


@pytest.mark.parametrize(
    "line",
    [
        "Bạn có thể chuyển sang phiên bản mobile rút gọn của Ví dụ nếu mạng chậm. Đóng",  # LITE_VERSION_NOTICE
        "Switch to the lite version if your connection is slow",
    ],
)
def test_an_offer_of_the_sites_lite_version_goes(line: str) -> None:
    cleaned, meta = build(line, HEADLINE, *BODY)
    assert dropped(cleaned) == [(1, rules.WIDGET_ERROR, line)]
    assert meta.title.value == HEADLINE


def test_a_vietnamese_weekday_before_a_date() -> None:
    from archive.dates import parse_date

    value = parse_date("Chủ nhật, 31/8/2025 20:51 (GMT+7)")
    assert value is not None and value.iso == "2025-08-31"


def test_a_sub_heading_in_capitals_between_paragraphs_stays() -> None:
    # CAPITALS_ARE_A_SUB_HEADING: the same words in title case are another story's headline
    cleaned, _ = build(HEADLINE, BODY[0], "STORM WARNING ISSUED FOR SOUTHERN PROVINCES", *BODY[1:])
    assert dropped(cleaned) == []
    lone = "Storm Warning Issued For Southern Provinces"
    cleaned, _ = build(HEADLINE, BODY[0], lone, *BODY[1:])
    assert dropped(cleaned) == [(3, rules.RELATED_HEADLINE, lone)]


@pytest.mark.parametrize(
    "line",
    [
        "雙方簽署20餘份雙邊合作文件。（圖：新華社）",
        "▲兩國元首進行雙邊會談。（圖／路透，下同）",
        "双方签署合作文件。（图片来源：新华社）",
    ],
)
def test_a_chinese_caption_ending_with_its_pictures_source_goes(line: str) -> None:
    # PICTURE_LABEL_END
    assert rules.line_rule(line) == rules.CAPTION
    assert rules.line_rule("据新华社报道，双方签署了合作文件。（完）") is None  # a paragraph's sign-off


def test_a_storys_number_goes() -> None:
    # STORY_CODE
    assert rules.line_rule("Story Code : 1107991") == rules.COUNTER
    assert rules.line_rule("News ID: 4213") == rules.COUNTER
    assert rules.line_rule("Story code names were used for 12 operations") is None


def test_awards_given_to_a_person_after_a_dash_are_results_not_captions() -> None:
    # RESULTS_BY_NAME (archive.rules and archive.sources)
    results = ("Grand Champion Steer – Jane Roe", "Reserve Heifer – Jane Roe", "Senior Beef Showmanship 1st place – Jane Roe")
    cleaned, meta = build(HEADLINE, *BODY[:2], "Overall livestock project winners were:", *results)
    assert dropped(cleaned) == []
    assert meta.outlet.value is None
    # a site's name after captions, which are sentences, is the site's
    captions = ("A worker at the harbour gate - Example International", "The new pier at dawn - Example International")
    cleaned, meta = build(HEADLINE, BODY[0], *captions, BODY[1])
    assert [rule for _, rule, _ in dropped(cleaned)] == [rules.CAPTION, rules.CAPTION]
    assert meta.outlet.value == "Example International"


@pytest.mark.parametrize("place", ["Example-on-Shannon Courthouse", "Harbour Museum", "Example Library"])
def test_a_building_is_no_person(place: str) -> None:
    from archive.byline import is_names_only

    assert not is_names_only(place)
    assert is_names_only("Jane Hall")  # a surname that is also a building's word


@pytest.mark.parametrize(
    "line", ["spacer", "News   spacer", "go button spacer This Issue spacer spacer Archive spacer", "Tribune Review   spacer"]
)
def test_a_layouts_spacer_images_go(line: str) -> None:
    # LAYOUT_SPACER
    assert rules.line_rule(line) == rules.ICON_TEXT
    assert rules.line_rule("The spacer between the two plates cracked during the test, the engineers said.") is None


@pytest.mark.parametrize("line", ["0 komentar:", "Posting Komentar", "5 yorum", "12 Comments"])
def test_comment_counts_and_calls_in_more_languages(line: str) -> None:
    assert rules.line_rule(line) == rules.COMMENT_WIDGET


@pytest.mark.parametrize(
    "line",
    [
        "The prime minister meets the president at the guest house in the capital (Example Trust of India photo)",
        "Above: Example Prime Minister Jane Roe (EX Photo/John Doe)",  # NAMED_PHOTO_BRACKETS, ABOVE_LEAD
        "國務院總理李強。AP圖片",  # AGENCY_PHOTO_END in traditional characters
        "李強稱中方願努力鞏固政治互信。圖片來源:AP",
    ],
)
def test_more_captions_by_their_credit(line: str) -> None:
    assert rules.line_rule(line) == rules.CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "Above: the council approved the budget on Monday, the mayor said.",  # a sentence after the word
        "The ministers met in the capital on Monday to sign the agreement (details below)",
        "據新華社報導，雙方簽署了文件。",
    ],
)
def test_the_same_shapes_without_a_pictures_credit_stay(line: str) -> None:
    assert rules.line_rule(line) is None


def test_a_link_label_is_no_author() -> None:
    from archive.byline import is_names_only

    assert not is_names_only("Short Url")
    assert is_names_only("Jane Roe")


def test_a_byline_with_its_photographers_credit_names_the_writer() -> None:
    # WRITER_THEN_PHOTOGRAPHER: no caption
    cleaned, meta = build(HEADLINE, "by JANE ROE/ pic by JOHN DOE", *BODY)
    assert dropped(cleaned) == []
    assert meta.author.value == "Jane Roe"
    # a caption with the photographer's credit goes
    caption = "Residents clear the flooded road near the harbour on Monday. Photo by John Doe"
    cleaned, _ = build(HEADLINE, BODY[0], caption, *BODY[1:])
    assert [rule for _, rule, _ in dropped(cleaned)] == [rules.CAPTION]


def test_an_epapers_page_mark_and_a_kicker_with_a_colon_leave_the_headline() -> None:
    # CJK_PAGE_MARK and KICKER_WITH_COLON
    cjk_body = (
        "新华社北京10月14日电 外交部发言人在当日例行记者会上介绍了俄罗斯总理访华的安排和两国总理定期会晤的情况。",
        "发言人说，访问期间，两国总理将举行第十八次定期会晤，并共同出席有关活动，签署一系列合作文件。",
    )
    cleaned, meta = build("00005版:天下", "外交部:", "俄罗斯总理下周访华", *cjk_body)
    assert [(n, rule) for n, rule, _ in dropped(cleaned)] == [(1, rules.SECTION_LABEL), (2, rules.MASTHEAD)]
    assert meta.title.value == "俄罗斯总理下周访华"
    _, meta = build("Exclusive:", HEADLINE, *BODY)
    assert meta.title.value == HEADLINE
    # a line ending with a colon over a paragraph is a lead-in, and no headline follows it
    _, meta = build("The council said:", *BODY)
    assert meta.title.value is None
