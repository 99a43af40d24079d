"""Issue 17, tenth round: shapes seen on development pages from outlets not in the repository, each rule with and
without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_foreign_furniture import build, registry_with_agency  # build: the page cleaned and read with an empty registry

from archive.byline import is_credit
from archive.headline import split_headline
from archive.participation import takes_part_in
from archive.problems import Problems
from archive.registry import parse_registry
from archive.rules import ends_sentence

ROOT = Path(__file__).resolve().parent.parent
HEADLINE = "Harbour council approves the new budget for the district"
BODY = (
    "The harbour council approved the new budget for the district on Tuesday after a long debate.",
    "The mayor said the plan would bring new jobs to the town and that the work would start in the spring.",
    "Opposition members said the budget left too little for the schools and promised to raise it again.",
)
MAYORS = parse_registry(
    "r.yml",
    "leaders:\n  - name: Wang Ming\n    role: Mayor of Harbour City\n    aliases: [Wang]\n"
    "  - name: Anna Berg\n    role: Mayor of River Town\n    aliases: [Berg]\n",
    Problems(),
)


def mentions(line: str) -> list[tuple[str, str, int]]:
    return [(m.name, m.form, m.start) for m in MAYORS.matcher("leaders").find(line)]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Wang-Berg meeting ends", [("Wang Ming", "Wang", 0), ("Anna Berg", "Berg", 5)]),
        ("The Berg–Wang Ming talks", [("Anna Berg", "Berg", 4), ("Wang Ming", "Wang Ming", 9)]),
        # a hyphen joining a name to any other word ends no name
        ("Wang-style politics", []),
        ("a pro-Berg crowd", []),
        ("Wang-Berg-Example talks", [("Wang Ming", "Wang", 0), ("Anna Berg", "Berg", 5)]),
    ],
)
def test_two_names_joined_by_a_hyphen_are_each_a_mention(line: str, found: list[tuple[str, str, int]]) -> None:
    # JOINED_PAIR
    assert mentions(line) == found


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Wang-Berg meetings - From the readouts it looks useful.", "leader-pair-meets"),
        ("The Wang–Berg summit opened.", "leader-pair-meets"),
        ("The Wang-Berg phone call lasted an hour.", "leader-pair-meets"),
        ("The Wang-Berg rivalry is old.", None),  # no word of meeting after the pair
    ],
)
def test_a_pair_of_leaders_before_a_word_of_meeting_both_take_part(line: str, rule: str | None) -> None:
    # JOINED_PAIR_MEETS
    found = MAYORS.matcher("leaders").find(line)
    assert len(found) == 2
    assert [takes_part_in(line, m.start, m.start + len(m.form)) for m in found] == [rule, rule]


def test_a_visit_with_a_leader_meets_him() -> None:
    line = "It looks like the mayor had a good visit with Wang, the readouts say."
    (mention,) = MAYORS.matcher("leaders").find(line)
    assert takes_part_in(line, mention.start, mention.start + len(mention.form)) == "leader-is-met"
    line = "It looks like the mayor had a good visit to Wang's old school, the readouts say."
    (mention,) = MAYORS.matcher("leaders").find(line)
    assert takes_part_in(line, mention.start, mention.start + len(mention.form)) is None


@pytest.fixture(scope="module")
def registry():
    problems = Problems()
    loaded = parse_registry("registry.yml", (ROOT / "registry.yml").read_text("utf-8"), problems)
    assert problems.lines() == []
    return loaded


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Ukrainian names, declined as Russian ones are (CYRILLIC_DECLENSION)
        ("Сі Цзіньпін зустрівся з президентом Володимиром Путіним.", ["Xi Jinping", "Vladimir Putin"]),
        ("Путін прибув до Пекіна.", ["Vladimir Putin"]),
        ("Прем'єр Михайло Мішустін зустрівся з Лі Цяном.", ["Mikhail Mishustin", "Li Qiang"]),
        ("Газопровід «Сила Сибіру 2» обговорили.", []),  # an agreement, not a leader
        # Xinhua's names of Russia's prime ministers of the 2000s
        ("温家宝与俄罗斯总理弗拉德科夫举行会晤。", ["Wen Jiabao", "Mikhail Fradkov"]),
        ("俄罗斯总理祖布科夫抵达北京。", ["Viktor Zubkov"]),
    ],
)
def test_ukrainian_and_more_chinese_names_of_the_registry_are_found(registry, line: str, names: list[str]) -> None:
    assert [m.name for m in registry.matcher("leaders").find(line)] == names


def test_the_pipeline_in_ukrainian_is_found(registry) -> None:
    line = "Сторони обговорили газопровід «Сила Сибіру 2» і «Силу Сибіру»."
    assert [m.name for m in registry.matcher("agreements").find(line)] == [
        "Power of Siberia 2 gas pipeline",
        "Power of Siberia gas pipeline",
    ]


def test_a_rubric_before_a_headline_printed_again_is_left_off() -> None:
    # TITLE_RUBRIC_PREFIX
    title = f"World news - {HEADLINE}"
    headline = split_headline(title, (title, "08.05.2025", HEADLINE))
    assert (headline.text, headline.rubric, headline.rules) == (HEADLINE, "World news", ("title-rubric-prefix",))
    _, meta = build(title, "08.05.2025", HEADLINE, *BODY)
    assert meta.title.value == HEADLINE
    # without the copy, the part before the dash is the headline's own
    assert split_headline(title, (title, "08.05.2025")).text == title
    # a colon is the same separator; a long first part is no rubric
    assert split_headline(f"Ukraine: {HEADLINE}", (HEADLINE,)).text == HEADLINE
    long_first = f"The harbour council of the old district - {HEADLINE}"
    assert split_headline(long_first, (HEADLINE,)).text == long_first


NEWSLETTER_BOX = (
    "Example Weekly",
    "Escape your echo chamber. Get the facts behind the news, plus analysis from many views.",
    "Sign up for Example Weekly's Free Newsletters",
    "From our morning briefing to a weekly newsletter, get the best of Example Weekly delivered directly to your inbox.",
)


def test_a_newsletter_box_between_paragraphs_goes_whole_and_names_the_outlet() -> None:
    # NEWSLETTER_BOX; OUTLET_SELF_NAMED ("Sign up for <name>'s newsletters")
    cleaned, meta = build(HEADLINE, BODY[0], *NEWSLETTER_BOX, BODY[1], BODY[2])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(n, "social-promo") for n in (3, 4, 5, 6)]
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]
    assert (meta.outlet.value, meta.outlet.provenance.line) == ("Example Weekly", 5)


def test_a_newsletter_box_keeps_the_paragraphs_and_quotes_around_it() -> None:
    quote = "“You will see the schools first,” the mayor told the council."
    short_heading = "Schools first"
    cleaned, _ = build(HEADLINE, BODY[0], quote, NEWSLETTER_BOX[2], short_heading, BODY[1], BODY[2])
    assert [d.number for d in cleaned.dropped] == [4]
    # the box's label goes only above the sign-up line, where the box starts: below it a short line is a sub-heading
    assert short_heading in [line.text for line in cleaned.lines]
    # without the sign-up line the pitch and the name are left alone
    cleaned, _ = build(HEADLINE, BODY[0], "You will see the schools first, the mayor said.", BODY[1], BODY[2])
    assert cleaned.dropped == ()


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("A free daily email", True),
        ("Weekly newsletter", True),
        ("The morning briefing", True),
        ("Daily life", False),  # a frequency without a newsletter's word: a sub-heading
        ("A free daily email goes to every resident of the district.", False),
    ],
)
def test_a_newsletter_label_is_dropped(line: str, dropped: bool) -> None:
    # NEWSLETTER_LABEL
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert [(d.text, d.rule) for d in cleaned.dropped] == ([(line, "social-promo")] if dropped else [])


@pytest.mark.parametrize(
    ("credit", "wire"),
    [
        ("KYODO, AFP-JIJI", "KYODO, AFP-JIJI"),
        ("AFP, Reuters", "AFP, Reuters"),
        ("AP and Reuters", "AP and Reuters"),
        ("Harbour Agency, AFP", "Harbour Agency, AFP"),  # a registry agency counts too
    ],
)
def test_a_credit_line_naming_several_agencies_is_the_wire(credit: str, wire: str) -> None:
    # ("Reuters/AFP" under a headline is a photo's credit, archive.rules' CAPTION_CREDIT: no wire)
    # AGENCIES_CREDITED (wire), WIRES_CREDITED (the line is a credit, out of the text)
    cleaned, meta = build(HEADLINE, credit, *BODY, registry=registry_with_agency())
    assert meta.wire.value == wire
    assert credit not in [line.text for line in cleaned.lines if line.role == "paragraph"]


@pytest.mark.parametrize("line", ["KYODO, the mayor", "Reuters, AFP, AP, EFE", "Harbour, River"])
def test_a_line_naming_one_agency_and_more_or_too_many_is_no_agencies_credit(line: str) -> None:
    assert not is_credit(line)
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.wire.value is None


HINDI_BODY = (
    "नगर परिषद ने मंगलवार को लंबी बहस के बाद जिले के लिए नया बजट मंजूर किया और काम जल्द शुरू होगा।",
    "महापौर ने कहा कि इस योजना से शहर में नए रोजगार आएंगे और काम वसंत में शुरू होगा, उन्होंने संवाददाताओं को बताया।",
)


def test_a_danda_ends_a_sentence() -> None:
    # SENTENCE_END: the menu above a Hindi article goes as furniture once its paragraphs are seen to be sentences
    headline = "नगर परिषद ने जिले के नए बजट को मंजूरी दी"
    cleaned, meta = build("मेरी खबर", "शॉर्ट्स", headline, *HINDI_BODY)
    assert meta.title.value == headline
    assert [line.text for line in cleaned.lines] == [headline, *HINDI_BODY]
    assert ends_sentence(HINDI_BODY[0]) and ends_sentence("राम ने कहा॥")
    assert not ends_sentence(HINDI_BODY[0].rstrip("।"))


def test_a_short_label_printed_twice_below_the_first_paragraph_is_a_pictures_label() -> None:
    # LABEL_TWINS
    cleaned, _ = build(HEADLINE, BODY[0], "Harbour News", "Harbour News", BODY[1], BODY[2])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(3, "caption"), (4, "caption")]
    # printed once, it is a sub-heading
    cleaned, _ = build(HEADLINE, BODY[0], "Harbour News", BODY[1], BODY[2])
    assert cleaned.dropped == ()
    # above the first paragraph, a line printed twice may be the headline
    cleaned, meta = build("Budget passes", "Budget passes", *BODY)
    assert meta.title.value == "Budget passes"


TEASERS = (
    "A celebration of local food and friendship took place in the harbour on Sunday as the consulate hosted a breakfast.",
    "More than 500 people gathered in the square on Saturday after the football club's historic win in the final.",
)


def test_items_under_their_times_in_a_promo_list_go_with_it() -> None:
    # STAMPED_ITEMS: "Read next" / "14:11" / a teaser / "13:18" / a teaser
    cleaned, _ = build(HEADLINE, *BODY, "Read next", "14:11", TEASERS[0], "13:18", TEASERS[1])
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY]
    assert [(d.number, d.rule) for d in cleaned.dropped] == [
        (5, "promo-block"),
        (6, "timestamp"),
        (7, "promo-block"),
        (8, "timestamp"),
        (9, "promo-block"),
    ]
    # without the list's label, times between paragraphs are a live page's: its entries are kept
    cleaned, _ = build(HEADLINE, *BODY, "14:11", TEASERS[0], "13:18", TEASERS[1])
    assert [line.text for line in cleaned.lines] == [HEADLINE, *BODY, *TEASERS]


def test_a_name_printed_again_above_the_headline_is_the_outlet() -> None:
    # MASTHEAD_PRINTED_AGAIN
    _, meta = build("Harbour Bugle", "Harbour Bugle", "Harbour Bugle", HEADLINE, *BODY)
    assert (meta.outlet.value, meta.outlet.provenance.line) == ("Harbour Bugle", 1)
    # printed once it could be anything; a section's words or one word printed twice name no site
    assert build("Harbour Bugle", HEADLINE, *BODY)[1].outlet.value is None
    assert build("Top News", "Top News", HEADLINE, *BODY)[1].outlet.value is None
    assert build("Opinion", "Opinion", HEADLINE, *BODY)[1].outlet.value is None
    # below the headline, a name printed twice is a picture's label (LABEL_TWINS), not the masthead
    assert build(HEADLINE, BODY[0], "Harbour Bugle", "Harbour Bugle", BODY[1])[1].outlet.value is None


def test_a_site_address_alone_under_the_headline_is_the_outlet() -> None:
    # SITE_UNDER_HEADLINE
    _, meta = build("News and Commentary", HEADLINE, "HarbourBugle.com", *BODY)
    assert (meta.outlet.value, meta.outlet.provenance.line) == ("harbourbugle.com", 3)
    # between the paragraphs, an address alone is a link: no outlet
    assert build(HEADLINE, BODY[0], "HarbourBugle.com", BODY[1], BODY[2])[1].outlet.value is None


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("The Report by Jane Roe 15-Nov-2013", "Jane Roe"),
        ("The Analysis by Jane Roe", "Jane Roe"),
        ("Report by Jane Roe", "Jane Roe"),
        ("The story by the river", None),  # no name after "by": a headline's words
    ],
)
def test_a_credit_opened_by_a_noun_with_its_article_names_the_author(credit: str, author: str | None) -> None:
    # BY_PREFIX and metaline's BY_RE: "The Report by" opens a credit as "Report by" does
    _, meta = build(HEADLINE, credit, *BODY)
    assert meta.author.value == author


def test_a_logo_above_the_headline_names_the_outlet() -> None:
    # LOGO_ABOVE_HEADLINE: the site's logo text above the headline, though the page prints the name nowhere else
    _, meta = build("Monday", "Bugle Logo", "Switch to English", HEADLINE, *BODY)
    assert (meta.outlet.value, meta.outlet.provenance.line) == ("Bugle", 2)
    # a template's alternative text names no one
    assert build("Titel Logo", HEADLINE, *BODY)[1].outlet.value is None
    assert build("Header Logo", HEADLINE, *BODY)[1].outlet.value is None
    # below the headline a logo is a partner's, unless the page names it again
    assert build(HEADLINE, "Bugle Logo", *BODY)[1].outlet.value is None


def test_lines_ending_with_the_same_site_name_are_its_pictures_captions() -> None:
    # SITE_SUFFIX_CAPTIONS
    first = "A worker places the flags at the harbour gate - Example International"
    second = "The mayor attends a news conference at the town hall - Example International"
    cleaned, meta = build(HEADLINE, first, BODY[0], second, BODY[1], BODY[2])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(2, "caption"), (4, "caption")]
    assert meta.outlet.value == "Example International"  # (OUTLET_REPEATED_SUFFIX reads them still)
    # one such line alone, or the same line twice, may be the article's (a quotation and its speaker)
    cleaned, _ = build(HEADLINE, BODY[0], first, BODY[1], BODY[2])
    assert first in [line.text for line in cleaned.lines]
    # the page's first line keeps its suffix for the title's rules
    cleaned, _ = build(f"{HEADLINE} - Example International", BODY[0], first, BODY[1], second, BODY[2])
    assert [d.number for d in cleaned.dropped] == [3, 5]


def test_quotations_signed_by_their_speaker_are_no_site_captions() -> None:
    lines = (
        "Adding: in another clip: the two towns are the main winners — Wang",
        "Adding: the towns will work together on the new harbour — Wang",
        "“We will build the bridge first,” he said – Jane Roe",
        "“The schools come next,” she added – Jane Roe",
    )
    cleaned, _ = build(HEADLINE, BODY[0], *lines, BODY[1])
    assert cleaned.dropped == ()


@pytest.mark.parametrize(
    "line",
    ["Acum 10 minute", "hace 3 horas", "vor 5 Minuten", "10 минут назад", "3 dakika önce", "2 giờ trước", "5 分钟前",
     "Сьогодні, 08:59", "Ayer, 21:47", "3 시간 전"],
)  # fmt: skip
def test_a_relative_time_in_another_language_is_a_timestamp(line: str) -> None:
    # FOREIGN_RELATIVE_TIME
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert [(d.text, d.rule) for d in cleaned.dropped] == [(line, "timestamp")]


@pytest.mark.parametrize("line", ["Acum 10 minute a sosit primarul.", "Hace tres horas que llueve en la ciudad"])
def test_a_sentence_with_a_time_in_it_is_no_timestamp(line: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1])
    assert line in [c.text for c in cleaned.lines]


OTHER_HEADLINES = (
    "Gasolina inicia dezembro estável, enquanto etanol fica quase 2% mais caro, diz uma pesquisa de preços nacional",
    "Índices europeus recuam, conforme investidores avaliam dados dos EUA; empresas de defesa caem no pregão",
    "UE tenta salvar acordo com Mercosul e Parlamento Europeu endurece salvaguardas agrícolas na votação",
    "Aço Brasil corta previsão de produção para 2025; estima 32,4 mi de toneladas em 2026",
)
PT_BODY = (
    "O presidente da câmara disse que o orçamento foi aprovado na terça-feira depois de um longo debate na cidade.",
    "A oposição afirmou que o plano deixa pouco dinheiro para as escolas e que vai pedir uma nova votação em breve.",
)


def test_long_headlines_under_the_comment_count_are_a_list_to_the_cut() -> None:
    # LONG_HEADLINES_AFTER_THE_END, HEADLINE_LIST_TO_THE_CUT: headlines long enough to pass for prose cut short,
    # under a comment count, the last one where the copy stops
    cleaned, _ = build("Câmara aprova o novo orçamento da cidade", *PT_BODY, "0 comentário", *OTHER_HEADLINES)
    assert [c.text for c in cleaned.lines] == ["Câmara aprova o novo orçamento da cidade", *PT_BODY]
    # a finished sentence among them says the article goes on: its sub-headings and the last paragraph cut short stay
    sentence = "A votação final está marcada para a próxima semana, disse o presidente da câmara aos jornalistas."
    cleaned, _ = build("Câmara aprova o novo orçamento da cidade", *PT_BODY, "0 comentário", OTHER_HEADLINES[0], sentence,
                       OTHER_HEADLINES[3])  # fmt: skip
    assert [c.text for c in cleaned.lines][-3:] == [OTHER_HEADLINES[0], sentence, OTHER_HEADLINES[3]]


@pytest.mark.parametrize("label", ["Lees ook", "Ezek érdekelhetnek még", "あなたへのおすすめ", "Berita terkait", "Tin liên quan"])
def test_a_list_label_in_another_language_heads_a_list_of_other_stories(label: str) -> None:
    # FOREIGN_PROMO_LABELS
    cleaned, _ = build(HEADLINE, *BODY, label, "Harbour council elects a new chair", "Storm closes the old pier")
    assert [c.text for c in cleaned.lines] == [HEADLINE, *BODY]
    # the same words inside a sentence are the article's
    sentence = f"{label} is what the sign said, the mayor told the council on Tuesday."
    cleaned, _ = build(HEADLINE, BODY[0], sentence, BODY[1])
    assert sentence in [c.text for c in cleaned.lines]


def test_a_dated_card_in_a_list_goes_with_its_teaser() -> None:
    # DATED_CARD: date line, headline, teaser (a full sentence), under the list's label
    card = (
        "2026. március 10. 07:28, kedd | Belföld",
        "Orbán Viktor: védett árat vezet be a kormány",
        "A benzin és a gázolaj esetében is védett árat vezet be a kormány, az intézkedés éjféltől lép életbe.",
    )
    cleaned, _ = build(HEADLINE, *BODY, "Ezek érdekelhetnek még", *card, *card)
    assert [c.text for c in cleaned.lines] == [HEADLINE, *BODY]
    # a headline-shaped line and a sentence under the label, without the card's date, end the list at the sentence
    cleaned, _ = build(HEADLINE, *BODY, "Ezek érdekelhetnek még", card[1], card[2])
    assert card[2] in [c.text for c in cleaned.lines]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2019. október 17. 12:00, csütörtök", "2019-10-17"),  # FOREIGN_YEAR_FIRST_FORM (Hungarian)
        ("17 oktober 2019", "2019-10-17"),  # Swedish
        ("4 Δεκεμβρίου 2025", "2025-12-04"),  # Greek
    ],
)
def test_dates_in_hungarian_swedish_and_greek(line: str, iso: str) -> None:
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.date.value == iso
    # a month's name without the year and the day is no date
    _, meta = build(HEADLINE, line.split()[1], *BODY)
    assert meta.date.value is None


@pytest.mark.parametrize(
    "signoff",
    ["(Reportagem de Jane Roe)", "(Reporte de Jane Roe; Editado por John Doe)", "(Bericht von Jane Roe, redigiert von John Doe)"],
)
def test_a_wire_signoff_in_portuguese_spanish_or_german_names_the_author_not_the_editor(signoff: str) -> None:
    # FOREIGN_REPORTING_BY
    _, meta = build(HEADLINE, *BODY, signoff)
    assert meta.author.value == "Jane Roe"
    _, meta = build(HEADLINE, *BODY, "(Editado por John Doe)")
    assert meta.author.value is None


def test_among_several_logos_above_the_headline_none_is_taken_unconfirmed() -> None:
    _, meta = build("Bugle Logo", "Partner Logo", HEADLINE, *BODY)
    assert meta.outlet.value is None
    _, meta = build("Bugle Logo", "Partner Logo", HEADLINE, *BODY, "Subscribe to the Bugle newsletter")
    assert meta.outlet.value == "Bugle"


def test_a_name_glued_to_a_date_line_is_the_byline_and_the_date() -> None:
    # GLUED_DATE_WORD (a month's abbreviation), NAME_THEN_DATE
    cleaned, meta = build("Browsing: harbour", "Jane RoeSep 27, 2025, 10:09 PM ET", *BODY)
    assert (meta.author.value, meta.date.value, meta.title.value) == ("Jane Roe", "2025-09-27", None)
    _, meta = build(HEADLINE, "Jane Roe Sep 27, 2025, 10:09 PM ET", *BODY)
    assert (meta.author.value, meta.date.value) == ("Jane Roe", "2025-09-27")
    # a name with more than a date and time after it is not credited by this rule
    _, meta = build(HEADLINE, "Jane Roe Sep 27, 2025 Harbour Council", *BODY)
    assert meta.author.value is None


def test_a_comment_prompt_in_capitals_names_no_author() -> None:
    # PRONOUNS_AND_ARTICLES
    _, meta = build(HEADLINE, *BODY, "No comments:", "Post a Comment", "WE LOVE COMMENTS, POST A COMMENT")
    assert meta.author.value is None
    _, meta = build(HEADLINE, "JANE ROE | COMMENTS", *BODY)
    assert meta.author.value == "Jane Roe"


def test_a_platforms_name_above_the_headline_is_no_masthead() -> None:
    # PLATFORM_BUTTON
    assert build("World", "Google News", HEADLINE, *BODY)[1].outlet.value is None
    assert build("World", "Harbour Daily News", HEADLINE, *BODY)[1].outlet.value == "Harbour Daily News"


def test_a_menu_of_regions_names_no_site_by_its_suffixes() -> None:
    # MIN_WORDS_BEFORE_SUFFIX (OUTLET_REPEATED_SUFFIX): "California - Northern" is a menu's entry, not a caption
    menu = ("All Regions", "California - Northern", "California - Southern", "Nevada - Northern")
    assert build(*menu, HEADLINE, *BODY)[1].outlet.value is None
    captions = (
        "A worker places the flags at the harbour gate - Example International",
        "The mayor attends a news conference in the hall - Example International",
    )
    assert build(HEADLINE, captions[0], *BODY, captions[1])[1].outlet.value == "Example International"


def test_a_standfirst_of_two_sentences_is_no_headline() -> None:
    # TWO_SENTENCES
    standfirst = (
        "The mayor meets the harbour council on the new budget. It is the first such meeting since the council was elected in the"
    )
    _, meta = build(standfirst, *BODY)
    assert meta.title.value is None
    # a short headline with a stop inside it is still a headline; so is an initial's full stop in a long one
    assert build("Budget passes. Schools wait", *BODY)[1].title.value == "Budget passes. Schools wait"
    long_one = "Harbour council under Mr. Smith approves the new budget for the district after a long debate in the old town"
    assert build(long_one, *BODY)[1].title.value == long_one


UK_LIST = (
    "Рада ухвалила держбюджет на 2026 рік",
    "3 Грудня 2025",
    "Рубіо: Головним предметом суперечок у переговорах є 20% Донеччини",
    "3 Грудня 2025",
    "У Києві затримали ексвіцепрезидента «Енергоатому»",
    "2 Грудня 2025",
)
UK_BODY = (
    "Поблизу Києва у Макарівському районі сталася низка ДТП через задимлення після підпалу сухої рослинності.",
    "Повідомляється, що із п'яти ДТП дві сталися з потерпілими, а інші три обійшлися без потерпілих.",
)


def test_headlines_each_with_its_date_are_a_list_of_other_stories() -> None:
    # DATED_HEADLINE_LIST: no label, the dates give it away (and would have been taken for the page's)
    cleaned, meta = build(*UK_BODY, *UK_LIST)
    assert [c.text for c in cleaned.lines] == list(UK_BODY)
    assert meta.date.value is None
    # a live page's entries under their times are sentences: kept
    entries = ("Рада ухвалила держбюджет на 2026 рік після довгих дебатів у сесійній залі.", "3 Грудня 2025") * 2
    cleaned, _ = build(*UK_BODY, *entries)
    assert entries[0] in [c.text for c in cleaned.lines]
    # the page's own headline printed again with its date (a gallery) is not another story
    headline = "Низка ДТП сталася поблизу Києва"
    cleaned, meta = build(headline, *UK_BODY, headline, "3 Грудня 2025", headline, "3 Грудня 2025")
    assert meta.title.value == headline


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Друзі! Підписуйтесь на нашу сторінку Фейсбук і будьте завжди в курсі останніх новин", True),
        ("Síguenos en Twitter y Facebook", True),
        ("Suivez-nous sur Facebook", True),
        ("Підписуйтесь, сказав мер, коли відкривав нову школу в місті на околиці", False),  # nothing to follow named
    ],
)
def test_a_call_to_follow_the_site_in_another_language_is_a_social_promo(line: str, dropped: bool) -> None:
    # FOREIGN_SOCIAL_PROMO
    cleaned, _ = build(UK_BODY[0], line, UK_BODY[1])
    assert [(d.text, d.rule) for d in cleaned.dropped] == ([(line, "social-promo")] if dropped else [])


def test_a_name_and_a_date_without_a_time_credit_no_one() -> None:
    # NAME_THEN_DATE needs the time: "Jane Roe March 9, 2015" may be a picture's caption
    _, meta = build(HEADLINE, "Jane Roe March 9, 2015", *BODY)
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Dodaj komentarz", "comment-widget"),
        ("Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *", "comment-widget"),
        ("Discussion about this post", "comment-widget"),
        ("Skip Global navigation and goto content", "nav-label"),
        ("Your browser doesn’t support HTML5", "nav-label"),
        ("Cargando contenidos...", "nav-label"),
        ("Error processing SSI file", "nav-label"),
        ("關鍵詞:", "tag-cloud"),
        ("ad9_210*60", "image-file"),
        ("Mit einem Abo weiterlesen", "paywall"),
        ("Statt 9,99 € für 2,00 € je Monat lesen", "paywall"),
        ("Jederzeit kündbar", "paywall"),
        ("Suscríbete para seguir leyendo", "paywall"),
        ("Zurück zur vorigen Seite", "nav-label"),
        ("Back to the previous page", "nav-label"),
        ("Добавить новость", "nav-label"),
        ("und Vorteile sichern:", "paywall"),
    ],
)
def test_page_furniture_in_more_languages_is_dropped(line: str, rule: str) -> None:
    # comment forms in WordPress's translations, PAGE_MACHINERY (back and submission links too), CJK tag labels, an
    # ad's size with "*", FOREIGN_PAYWALL
    cleaned, _ = build(HEADLINE, BODY[0], BODY[1], line, BODY[2])
    assert [(d.text, d.rule) for d in cleaned.dropped] == [(line, rule)]


@pytest.mark.parametrize(
    "line",
    [
        "Skip the small talk and get to the point, the mayor told the council.",
        "The subscription costs 9,99 € je Monat, the company said on Tuesday in a statement to investors.",
        "Para seguir leyendo los presupuestos, el alcalde pidió paciencia a los vecinos del barrio.",
    ],
)
def test_sentences_with_those_words_are_kept(line: str) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1])
    assert line in [c.text for c in cleaned.lines]


def test_a_credit_glued_by_a_slash_makes_a_caption() -> None:
    # GLUED_SLASH_TAIL: "... pada 2021/Net"; the headline under it is the title
    caption = "Dokumentasi panggilan video wali kota dengan dewan pada 2021/Net"
    headline = "Dewan kota menyetujui anggaran baru untuk distrik pelabuhan"
    _, meta = build(caption, headline, "SABTU, 31 DESEMBER 2022 | 08:14 WIB | LAPORAN: JANE ROE", *BODY)
    assert (meta.title.value, meta.author.value, meta.date.value) == (headline, "Jane Roe", "2022-12-31")
    # a band's name or a number after the slash is no credit
    for line in ("Tickets for the concert by AC/DC", "The hotline is open 24/7"):
        cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1])
        assert line in [c.text for c in cleaned.lines]


def test_a_caption_printed_again_with_its_credit_glued_on_goes_as_its_twin() -> None:
    # GLUED_CREDIT_TWIN
    caption = "Der Bürgermeister empfängt den Stadtrat im alten Rathaus."
    cleaned, _ = build(HEADLINE, BODY[0], caption, caption + "Jane Roe/AFP", BODY[1])
    assert [d.number for d in cleaned.dropped] == [3, 4]
    # the same sentence with more words after it is the article's
    cleaned, _ = build(HEADLINE, BODY[0], caption, caption + "Jane Roe/AFP", caption[:-1] + " und der Presse.", BODY[1])
    assert caption[:-1] + " und der Presse." in [c.text for c in cleaned.lines]


JA_HEADLINE = "市長、港湾局長と会談 新予算を説明か"
JA_BODY = (
    "【港町=山田太郎】市長は26日、港湾局長と市役所で会談し、新しい予算について説明した。関係者によると、会談は一時間続いた。",
    "市長は会談で「港の再開発を急ぐ」と述べ、来年度の予算案に関連費用を盛り込む考えを示した。局長も協力を約束した。",
)


def test_a_japanese_page_head_and_its_correspondents_mark() -> None:
    # PR (an advertisement's label), CJK_CRUMB, CJK_CAPTION_CREDIT, JA_DISPATCH_MARK
    caption = "会談する市長(右)と港湾局長(左)=26日、港町(共同)"
    cleaned, meta = build("PR", "ニュース 国際", JA_HEADLINE, caption, caption, *JA_BODY)
    assert [(d.number, d.rule) for d in cleaned.dropped][:4] == [
        (1, "advertisement"),
        (2, "breadcrumb"),
        (4, "caption"),
        (5, "caption"),
    ]
    assert (meta.title.value, meta.author.value) == (JA_HEADLINE, "山田太郎")
    # a sentence ending before the bracket, and a mark without its "=", are the article's
    sentence = "市長は港湾局長と会談した。(共同)"
    cleaned, _ = build(JA_HEADLINE, JA_BODY[0], sentence, JA_BODY[1])
    assert sentence in [c.text for c in cleaned.lines]
    _, meta = build(JA_HEADLINE, "【港町】" + JA_BODY[0][9:], JA_BODY[1])
    assert meta.author.value is None


def test_a_line_of_short_cjk_words_below_the_first_sentence_is_kept() -> None:
    # CJK_CRUMB reads the page's head only: lower, "背景 説明" may be a sub-heading
    cleaned, _ = build(JA_HEADLINE, *JA_BODY, "背景 説明", JA_BODY[1])
    assert "背景 説明" in [c.text for c in cleaned.lines]


@pytest.mark.parametrize(
    ("kind", "line", "names"),
    [
        ("agreements", "習氏は「一帯一路」の国際フォーラムに出席した。", ["Belt and Road Initiative"]),
        ("leaders", "Chủ tịch Trung Quốc Tập Cận Bình điện đàm với Tổng thống Nga Putin.", ["Xi Jinping", "Vladimir Putin"]),
        ("leaders", "Thủ tướng Lý Cường tiếp Thủ tướng Nga Mishustin.", ["Li Qiang", "Mikhail Mishustin"]),
    ],
)
def test_japanese_and_vietnamese_names_of_the_registry(registry, kind: str, line: str, names: list[str]) -> None:
    assert [m.name for m in registry.matcher(kind).find(line)] == names


def test_a_feed_footer_confirms_the_headline_and_names_the_source() -> None:
    # FEED_FOOTER, FEED_FOOTER_TITLE
    headline = "Police arrest five over plans to rob harbour banks"
    footer = f"The post {headline} appeared first on Harbour: Breaking News In The Harbour | Example's Blog."
    body = "The inspector-general's team on Friday announced the detention of suspects in a robbery plot."
    cleaned, meta = build(headline, body, footer)
    assert (meta.title.value, meta.wire.value) == (headline, "Example's Blog")
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(3, "source-credit")]
    # the same words in another shape are a line of the page's that prints the headline inside it (a pull quote's
    # shape): no title then, and no wire
    other = f"The story {headline} was first published by Example's Blog."
    _, meta = build(headline, body, other)
    assert (meta.title.value, meta.wire.value) == (None, None)


def test_a_caption_between_the_headline_and_the_byline_is_not_the_title() -> None:
    # CREDITED_LINE_BELOW passes over a line ending with a full stop
    headline = "Is it time to count nine planets again?"
    caption = "An astronomer looks at the night sky through a telescope."
    body = "We look at the night sky and see too many stars and planets to count, and astronomers now count nine again."
    _, meta = build("The Observer", headline, caption, "By Jane Roe, Circulation Manager", "September 29, 2016", body)
    assert meta.title.value == headline
    # (at e0d92e9, before the rule, the caption was the title)


CN_HEADLINE = "第一观察|市长同港口代表团交往的难忘瞬间"
CN_BODY = (
    "应港口代表团邀请，市长于5月7日至10日对港口进行访问，双方就粮食走廊和铁路货运计划进行了深入交流。",
    "双方同意明年扩大合作，并成立新的工作组，推动港口和铁路建设取得更多成果，市长对此表示欢迎。",
)


def test_a_chinese_source_line_with_an_empty_date_label_and_an_editor_line() -> None:
    # EMPTY_LABEL at the line's end (metaline), CJK_EDITOR_CREDIT (byline)
    cleaned, meta = build("微号有特色", "南国早报", "ngzbnews", CN_HEADLINE, "来源:新华社 发布时间:", *CN_BODY, "编辑 王明")
    assert (meta.title.value, meta.wire.value, meta.author.value) == (CN_HEADLINE, "新华社", None)
    assert [(line.number, line.role) for line in cleaned.lines if line.role == "byline"] == [(5, "byline"), (8, "byline")]
    # a label alone, and a sentence about an editorial office, are not metadata
    cleaned, _ = build(CN_HEADLINE, *CN_BODY, "编辑部今天发布了新的规定。")
    assert "编辑部今天发布了新的规定。" in [c.text for c in cleaned.lines if c.role == "paragraph"]


@pytest.mark.parametrize("line", ["责任编辑：王明", "（编辑 王明 李华）", "【責任編輯：王明】"])
def test_a_chinese_editors_credit_is_no_author(line: str) -> None:
    cleaned, meta = build(CN_HEADLINE, *CN_BODY, line)
    assert meta.author.value is None
    assert [c.role for c in cleaned.lines if c.text == line] == ["byline"]


def test_links_ending_with_the_sites_address_after_a_hash_are_its_shares() -> None:
    # SITE_SUFFIX_CAPTIONS with "#" (one word may follow a hash or a bar)
    links = (
        "The ombudsman asks for clear rules on pensions earned abroad # Example24.ro",
        "The rector resigns after the fraud inquiry opens # Example24.ro",
    )
    cleaned, _ = build(HEADLINE, BODY[0], BODY[1], links[0], BODY[2], links[1])
    assert [d.number for d in cleaned.dropped] == [4, 6]
    # one such line alone is left
    cleaned, _ = build(HEADLINE, BODY[0], BODY[1], links[0], BODY[2])
    assert links[0] in [c.text for c in cleaned.lines]


def test_bulleted_links_to_other_stories_go() -> None:
    # RELATED_BULLETS
    links = (
        "– League recap: Harbour shock the leaders with a late goal, River lose",
        "– Jane Roe: Struggling Harbour deepen the manager's malaise this season",
        "– John Doe: River had better learn from the dramatic loss at the harbour",
    )
    cleaned, _ = build(HEADLINE, BODY[0], *links, BODY[1], BODY[2])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(3, "promo-block"), (4, "promo-block"), (5, "promo-block")]
    # the article's own bullets: sentences, or items without a topic and its colon
    items = (
        "– The council will build a new school in the harbour district.",
        "– The old pier will be repaired before the summer season opens.",
        "– New buses will run between the harbour and the railway station.",
    )
    cleaned, _ = build(HEADLINE, BODY[0], *items, BODY[1])
    assert cleaned.dropped == ()
    plain = ("– a new school in the harbour district", "– repairs to the old pier before summer", "– more buses to the station")
    cleaned, _ = build(HEADLINE, BODY[0], "The plan includes:", *plain, BODY[1])
    assert [c.text for c in cleaned.lines if c.text.startswith(("a new", "repairs", "more"))] == [p[2:] for p in plain]


def test_a_back_to_headline_is_no_back_link() -> None:
    cleaned, meta = build("Back to school sales begin in the harbour district", BODY[0], BODY[1])
    assert meta.title.value == "Back to school sales begin in the harbour district"


ES_BODY = (
    "Una fuerte movilización de la policía estatal se registró en el puerto tras un altercado entre vecinos y agentes.",
    "De acuerdo con testigos, los agentes rodearon de inmediato al sujeto y procedieron a su detención en la calle.",
)


def test_a_featured_news_box_between_paragraphs_and_the_cut_paragraph_after_it() -> None:
    # FOREIGN_PROMO_LABELS ("Noticia Destacada"), CUT_LAST_PARAGRAPH
    cut = (
        "Finalmente, el detenido fue sacado del predio hacia la vía pública, donde los agentes lograron retomar el "
        "control de la situación y retirarse del lu"
    )
    teaser = "Venada muere tras ser atropellada en la carretera del puerto"
    cleaned, _ = build(*ES_BODY, "Noticia Destacada", teaser, cut)
    assert [c.text for c in cleaned.lines] == [*ES_BODY, cut]
    # a last line cut short of fewer words is one more link of the box
    cleaned, _ = build(*ES_BODY, "Noticia Destacada", teaser, "Caída de árbol revienta cables en el ejido")
    assert [c.text for c in cleaned.lines] == list(ES_BODY)


@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Continua leggere su Example.it", "Example.it"),
        ("Continue reading on Example.com", "Example.com"),
        ("Lire la suite sur Exemple Presse", "Exemple Presse"),
        ("Continue reading on page 2", None),  # no source named
    ],
)
def test_an_excerpts_link_to_the_rest_of_the_story_names_its_source(line: str, wire: str | None) -> None:
    # CONTINUE_READING_AT (SOURCE_LINE)
    _, meta = build(HEADLINE, BODY[0], line)
    assert meta.wire.value == wire


def test_a_russian_sites_read_on_link_names_no_wire() -> None:
    # (a site's "Читать на <its own address>" is its own link: CONTINUE_READING_AT leaves it)
    _, meta = build(HEADLINE, BODY[0], "Читать на example.ru")
    assert meta.wire.value is None


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Redactie Example8 |", "Example8"),
        ("Newsroom Example Ego,Agency", "Example Ego"),
        ("Kaynak:Example TV Haber Merkezi", "Example TV"),
        ("Redaktion dpa", None),  # an agency's newsroom is the wire's
        ("Newsroom", None),
    ],
)
def test_a_credit_to_the_sites_newsroom_names_the_outlet(credit: str, outlet: str | None) -> None:
    # OUTLET_DESK_CREDIT
    _, meta = build(HEADLINE, credit, *BODY)
    assert meta.outlet.value == outlet


FA_BODY = (
    "رئیس‌جمهور روسیه امروز وارد محل برگزاری نشست شد و با رئیس‌جمهور چین دیدار کرد.",
    "کد خبر: ۱۳۲۵۷۶۷",
    "به گزارش نمونه‌خبر به نقل از تاس؛ رهبران دو کشور درباره همکاری‌های اقتصادی و امنیتی گفت‌وگو کردند.",
)


def test_a_persian_report_names_its_site_and_the_agency_it_quotes(registry) -> None:
    # OUTLET_REPORT_OF, WIRE_QUOTED_IN_REPORT (the registry knows تاس as TASS)
    _, meta = build("دیدار گرم دو رهبر در تیانجین", *FA_BODY, registry=registry)
    assert (meta.outlet.value, meta.wire.value) == ("نمونه‌خبر", "TASS")
    # "according to" inside a later sentence names neither
    late = (FA_BODY[0], "رهبران دو کشور گفت‌وگو کردند.", "آنها گفتند همکاری ادامه دارد.", "این نشست دو روز طول کشید.", FA_BODY[2])
    _, meta = build("دیدار گرم دو رهبر در تیانجین", *late, registry=registry)
    assert (meta.outlet.value, meta.wire.value) == (None, None)


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("메르스 환자 13명 메르스 환자 13명 메르스 환자 13명", True),
        ("Harbour news Harbour news Harbour news", True),
        ("Go, go, go, the crowd shouted at the harbour", False),
        ("Harbour news Harbour news", False),  # twice is not a ticker
    ],
)
def test_a_phrase_printed_three_times_alone_on_a_line_is_a_ticker(line: str, dropped: bool) -> None:
    # PHRASE_TICKER
    cleaned, _ = build(HEADLINE, BODY[0], line, BODY[1])
    assert [(d.text, d.rule) for d in cleaned.dropped] == ([(line, "nav-label")] if dropped else [])


def test_links_whose_source_after_a_dash_was_lost_are_a_list() -> None:
    # DANGLING_SOURCE_RUN
    links = (
        "Golfer accused after the lessons end (Evening Show) -",
        "Famous actor dies in a fire at his home ('Weekend') -",
        "Singer's new manager arrives from abroad [Official] -",
    )
    cleaned, _ = build(HEADLINE, *BODY, *links)
    assert [c.text for c in cleaned.lines] == [HEADLINE, *BODY]
    # two such lines may be the article's (a quotation broken off at a dash)
    cleaned, _ = build(HEADLINE, *BODY, *links[:2])
    assert [c.text for c in cleaned.lines][-2:] == list(links[:2])
