"""Issue 17, fifty-second round: shapes the development sets showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build

LEAD = "The harbour clinic opened on Monday with twelve beds and a staff of thirty nurses, the health board said."
SECOND = "The board said the clinic would serve the whole of the bay area from next year on."
CARDS = (
    "Related Posts",
    "Harbour hospital closing in February as new wards open",
    "Earlier this year, officials said the old hospital was expected to close by spring, once the new wing opened.",
    "November 16, 2023",
    "Veterans get a new clinic in Bayside",
    "The new clinic is expected to serve about 5,000 veterans.",
    "October 28, 2022",
)
LAST_PARAGRAPH = "The board will meet again in the spring to decide on the clinic's opening hours and its staff."


# DATED_CARDS_TO_THE_END: under a promo label, groups of a headline and its teaser each closed by its date line down to
# the page's last line are other stories: all go, long teasers too, and none of their dates is the article's. An
# undated paragraph last (the article going on) keeps the teasers and the dates as they were.
@pytest.mark.parametrize(
    ("tail", "kept", "date"),
    [
        ((), ["Clinic opens its doors", LEAD, SECOND], None),
        ((LAST_PARAGRAPH,), ["Clinic opens its doors", LEAD, SECOND, *CARDS[2:], LAST_PARAGRAPH], "2023-11-16"),
    ],
)
def test_dated_cards_under_a_promo_label(tail: tuple[str, ...], kept: list[str], date: str | None) -> None:
    clean, meta = build("Clinic opens its doors", "", LEAD, "", SECOND, *CARDS, *tail)
    assert [line.text for line in clean.lines] == kept
    assert meta.date.value == date


OBITUARY_LEAD = (
    "The harbour radio station looked back on Monday at the broadcasters the town lost over the past year, as it does "
    "every December."
)
OBITUARY_SECOND = "Listeners sent in their memories of the voices they grew up with, and the station read many on the air."
OBITUARY_ITEMS = (
    "JANE ROE, 85, harbour pilot and weekend host (Jan. 27)",
    "John Roe, 70, ferryman and morning man (Jan. 29)",
    "Mary Major, 61, the station's first news reader (Feb. 3)",
    "Peter Minor, 92, farm report voice for forty years (Feb. 7)",
)
TITLE_CASE_ITEM = "ADAM LYNCH, 89, Pittsburgh Newsman (Feb. 27)"
OTHER_HEADLINES = (
    "Council Approves New Ferry Timetable For Winter",
    "Lighthouse Museum Reopens After Two Year Repair",
    "Fishing Fleet Returns Early As Gales Hit Coast",
)


# LIST_SIBLINGS: on a page whose paragraphs stand apart, the lines of a run printed without blank lines are one list:
# an item in title case among sentence-case items stays with them. On a page of packed lines the item goes as another
# story's headline, as before, and so does a run mostly of such headlines.
@pytest.mark.parametrize(
    ("spacing", "items", "dropped"),
    [
        ("", (*OBITUARY_ITEMS, TITLE_CASE_ITEM), []),
        (None, (*OBITUARY_ITEMS, TITLE_CASE_ITEM), [TITLE_CASE_ITEM]),
        ("", (OBITUARY_ITEMS[0], *OTHER_HEADLINES), list(OTHER_HEADLINES)),
    ],
)
def test_items_of_one_list_share_their_fate(spacing: str | None, items: tuple[str, ...], dropped: list[str]) -> None:
    head = ("The year in obituaries", "", OBITUARY_LEAD, "", OBITUARY_SECOND, "")
    lines = head if spacing is not None else tuple(line for line in head if line)
    clean, _ = build(*lines, *items)
    assert [d.text for d in clean.dropped if d.rule == "related-headline"] == dropped


KONZERN = "Konzern setzt den Rotstift an"
KONZERN_LEAD = (
    "Der Konzern gilt als echter Riese, und seine Erfolgsgeschichte spricht für sich, ebenso wie die Zahl seiner "
    "Mitarbeiter im ganzen Land."
)
KONZERN_NEXT = (
    "Der Industriekonzern sieht seine Stahlsparte in Gefahr, und intern wird wegen der schlechten Aussichten über einen "
    "Umbau der Sparte beraten."
)
BOX = ("Lesen Sie auch", "Stadt vergibt Zuschuss an ihre Bürger")
SUB_HEADING = "Unternehmen sieht die Zukunft in Gefahr"


# READ_ALSO_GAPS and PACKED_BOX: "Lesen Sie auch" heads a box of links; printed right above its item among spaced
# paragraphs, the box ends at its blank line, and the sub-heading below it stays over its paragraph. At the page's end,
# with no paragraph below, the headlines under the label go, spaced as they are; without the label, nothing goes.
@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        ((KONZERN_LEAD, "", *BOX, "", SUB_HEADING, "", KONZERN_NEXT), list(BOX)),
        (
            (KONZERN_LEAD, "", KONZERN_NEXT, "", *BOX, "", SUB_HEADING, "", "Neue Brücke über den Rhein eröffnet"),
            [*BOX, SUB_HEADING, "Neue Brücke über den Rhein eröffnet"],
        ),
        ((KONZERN_LEAD, "", BOX[1], "", SUB_HEADING, "", KONZERN_NEXT), []),
    ],
)
def test_a_packed_box_of_links_ends_at_its_blank_line(lines: tuple[str, ...], dropped: list[str]) -> None:
    clean, _ = build(KONZERN, "", *lines)
    assert [d.text for d in clean.dropped] == dropped


HARBOUR = "Council approves harbour budget"
HARBOUR_BODY = (
    "The harbour council approved the budget for the new year on Monday evening after a long debate about repairs.",
    "Members said the old pier would be closed for six months while the work went on, and ferries would use the quay.",
    "The council will meet again in March to decide how the remaining money is spent on the town's roads and parks.",
)


def _goes_between_paragraphs(line: str, at: int = 1) -> bool:
    """Whether the line, alone between two of the invented page's paragraphs (after the first, or the second), goes."""
    paragraphs = [text for body_line in HARBOUR_BODY for text in (body_line, "")]
    clean, _ = build(HARBOUR, "", *paragraphs[: 2 * at], line, "", *paragraphs[2 * at :])
    return line not in [kept.text for kept in clean.lines]


# PAGE_CONTROL_GAPS, EMPTY_CREDIT_LABEL, ALREADY_SUBSCRIBED, SLAVIC_AND_TURKISH_LABELS (reading time), the Czech and
# Swedish "ago", the sponsored labels, the comment and tag labels: each alone on its line between two paragraphs goes;
# the same words inside a sentence stay.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Cargando mensajes...", True),
        ("Nächster Artikel", True),
        ("Continuer la lecture", True),
        ("Accueil", True),
        ("Video below.", True),
        ("Source:", True),
        ("Źródło:", True),
        ("¿Ya eres suscriptor? Inicia sesión", True),
        ("Уже подписаны? Войти", True),
        ("Czas czytania: 3 min", True),
        ("Okuma süresi: 3 dakika", True),
        ("för 2 timmar sedan", True),
        ("před 2 hodinami", True),
        ("Contenido patrocinado", True),
        ("Komentarji", True),
        ("Ämnen", True),
        ("Accueil des réfugiés : la mairie ouvre un centre près du port pour les familles arrivées cette semaine.", False),
        ("Source of the delay was a faulty crane at the north quay, the harbour master told the council on Monday.", False),
        ("Nächster Artikel der Serie erscheint am Montag, wenn der Rat über den Hafen und die Fähren entschieden hat.", False),
    ],
)
def test_page_controls_and_empty_labels_of_more_languages(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line, at=2) is goes


VIETNAMESE_BODY = (
    "Hội đồng thành phố đã thông qua ngân sách cho năm mới vào tối thứ Hai sau một cuộc tranh luận dài về chi phí sửa "
    "chữa bến cảng.",
    "Các thành viên cho biết bến tàu cũ sẽ đóng cửa trong sáu tháng trong khi công việc được tiến hành và các chuyến phà "
    "sẽ dùng bến phía bắc.",
)


# VIETNAMESE_POSTED and the Vietnamese "updated" label: the page's date line under its label; the same date inside a
# sentence is no date line.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Ngày đăng: 12/03/2024", "2024-03-12"),
        ("Cập nhật ngày 12/03/2024", "2024-03-12"),
        ("Hội đồng sẽ họp lại vào ngày 12/03/2024 để quyết định cách chi tiêu số tiền còn lại cho đường sá.", None),
    ],
)
def test_vietnamese_date_labels(line: str, date: str | None) -> None:
    _, meta = build("Hội đồng thông qua ngân sách bến cảng", "", line, "", *VIETNAMESE_BODY)
    assert meta.date.value == date


# NEWSROOM_AND_ARTICLE_AUTHOR_LABELS and WRITER_AFTER_THE_DESK: the writer under the article's or the newsroom's label
# is the author (a person's name after "Redacción:" is no paper's); the newsroom credited by a paper's name is the
# outlet, as before.
@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("Reportage: Jean Dupont", "Jean Dupont", None),
        ("Автор статьи: Иван Иванов", "Иван Иванов", None),
        ("Redacción: Juan Pérez", "Juan Pérez", None),
        ("Redacción Example Diario", None, "Example Diario"),
        ("Redaktion Harbour Kurier", None, "Harbour Kurier"),
    ],
)
def test_the_writer_under_a_newsroom_label(line: str, author: str | None, outlet: str | None) -> None:
    _, meta = build(HARBOUR, "", line, "", *HARBOUR_BODY)
    assert (meta.author.value, meta.outlet.value) == (author, outlet)


# ADDRESS_AFTER_THE_HEADLINE: a page title ending with the site's address after a dash is a title, its headline read
# bare; an address inside the line (a welcome, an archive's heading) still makes no title.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        (f"{HARBOUR} after long debate - examplenews.com", f"{HARBOUR} after long debate"),
        (f"{HARBOUR} after long debate | examplenews.co.uk", f"{HARBOUR} after long debate"),
        ("Archivio delle notizie di example.it", None),
        ("examplenews.com - Harbour council news", None),
    ],
)
def test_a_page_title_ending_with_the_sites_address(line: str, title: str | None) -> None:
    _, meta = build(line, "", *HARBOUR_BODY)
    assert meta.title.value == title


# GENERIC_DASH_SUFFIX: a title's last dash piece made of generic words ("Latest News") is the site's tagline, no outlet;
# a name there is the outlet, as before.
@pytest.mark.parametrize(
    ("suffix", "outlet"),
    [(" - Example News - Latest News", None), (" - Top Stories", None), (" - Example News", "Example News")],
)
def test_a_generic_dash_suffix_names_no_outlet(suffix: str, outlet: str | None) -> None:
    _, meta = build(f"{HARBOUR} after long debate{suffix}", "", *HARBOUR_BODY)
    assert meta.outlet.value == outlet


# IMAGE_WORDS: "image" in Spanish, Portuguese, Italian and Dutch and Turkish "photograph" before a picture's credit
# ("Imagen: EFE", "[Fotoğraf: AA]"): the credit alone on its line goes; a sentence opening with the word stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Imagen: EFE", True),
        ("[Fotoğraf: AA]", True),
        ("Immagine: ANSA", True),
        ("Imagen de la ciudad: el consejo aprobó el presupuesto del puerto tras un largo debate el lunes por la tarde.", False),
    ],
)
def test_image_words_before_a_pictures_credit(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


# COMMENT_FORM_LINES: the comment form's required-fields note and its "remember me" box, in English and in WordPress's
# translations, go alone on their line; a sentence of the article about required fields stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Required fields are marked *", True),
        ("Save my name, email, and website in this browser for the next time I comment.", True),
        ("Erforderliche Felder sind mit * markiert.", True),
        ("Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.", True),
        ("Avvisami via email in caso di risposte al mio commento.", True),
        ("The council said required fields on the ferry booking form are marked in red from Monday on the harbour site.", False),
    ],
)
def test_comment_form_lines_in_more_languages(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes


RUGBY = (
    "The annual festival of rugby took place in South Cerney on Thursday, with teams from across the region playing.",
    "Organisers said more than three hundred players took part and the day raised money for the local hospital.",
)
LIBRARY = (
    "The library on the first floor opened on Wednesday afternoon after a brief ceremony with the mayor and the board.",
    "Staff said the shelves would be filled over the coming weeks and the computers would be working by the new year.",
)


# PLACE_IN_THE_TEXT and HEADLINE_NOT_WRITER (extract._not_a_writer): a name read from a credit without "By" is no
# writer when the text uses it as a place ("in South Cerney") or when the title opens with it (the headline's words
# printed over its date); a person's name in the same lines is the writer.
@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (("Rugby festival draws record crowd", "", "Thursday 28 April 2016 - 15:46 at South Cerney", "", *RUGBY), None),
        (("Rugby festival draws record crowd", "", "Thursday 28 April 2016 - 15:46 at Jane Roe", "", *RUGBY), "Jane Roe"),
        (("CLINIC HOURS 21 DEC 2016", "", "CLINIC HOURS: OPEN", "", *LIBRARY), None),
        (("FERRY NOTICE 21 DEC 2016", "", "FERRY NOTICE: OPEN", "", *LIBRARY), None),
        (("JANE ROE 21 DEC 2016", "", "CLINIC HOURS: OPEN", "", *LIBRARY), "Jane Roe"),
    ],
)
def test_a_place_or_the_headline_is_no_writer(lines: tuple[str, ...], author: str | None) -> None:
    _, meta = build(*lines)
    assert meta.author.value == author


# FOREIGN_NEWSLETTER, FOREIGN_NEWSLETTER_OFFER and FOREIGN_SUBSCRIBERS_ONLY: the newsletter's call and the
# subscribers-only notice in the archive's languages go alone on their line; an article's sentence about a newsletter
# or about subscribers stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Melden Sie sich für unseren Newsletter an.", True),
        ("Meld je aan voor onze nieuwsbrief.", True),
        ("Подпишитесь на рассылку последних новостей.", True),
        ("Cet article est réservé aux abonnés.", True),
        ("Questo articolo è riservato agli abbonati.", True),
        ("Эта статья доступна только подписчикам.", True),
        ("Le maire a présenté lundi le budget du port aux abonnés du réseau de ferries, qui paieront moins cher en 2025.", False),
        ("Die Stadt schickt den Newsletter des Hafens künftig jeden Montag an alle Haushalte der Altstadt und des Ufers.", False),
    ],
)
def test_newsletter_and_subscriber_notices_in_more_languages(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) is goes
