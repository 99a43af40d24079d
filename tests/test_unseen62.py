"""Issue 17, sixty-second round: shapes the development corpus showed on pages from outlets not seen before (a
masthead spelling the site's address, an aggregator's link to the whole story), each with and without its trigger, on
invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import ARCHIVE_REGISTRY, build
from test_unseen56 import BODY
from test_unseen57 import _goes_between_paragraphs

from archive import rules
from archive.metaline import parse_meta_line
from archive.model import DateValue

HEADLINE = "Nurses Move To New Harbour Clinic"


# FULL_ARTICLE_ELSEWHERE (archive.rules full_article_elsewhere): an aggregator's link to the whole story on its source's
# site goes, in several languages; a sentence about reading a report stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Läs hela artikeln på Exempel.se →", True),
        ("Lire l'article complet sur Exemple.fr", True),
        ("Leia a matéria completa no Exemplo", True),
        ("Read the full story at Example.com", True),
        # without: a sentence about a document
        ("Read the full report at the library before the vote.", False),
    ],
)
def test_a_link_to_the_whole_story_elsewhere(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# FOLLOW_ON_ONE_PLATFORM (archive.rules app_or_follow_promo), SCROLL_AND_GALLERY_LABELS and a Korean comment box's
# prompt (archive.rules NAV_LABELS, COMMENT_FORM_LABELS): the writer's follow button, the button back to the top, a
# gallery's heading and the first-comment prompt go; a sentence going on after the network stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Follow Jane Roe on Twitter", True),
        ("Scroll Up", True),
        ("Related Images:", True),
        ("댓글 첫 댓글을 작성해보세요", True),
        # without: the sentence goes on; no account is followed
        ("Follow Jane Roe on Twitter, where she posted the clinic's new opening hours on Monday.", False),
        ("Follow the money on Twitter", False),
    ],
)
def test_a_follow_button_and_page_labels(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# LIST_OF_CALLS (archive.rules newsletter_boxes): a call to sign up as one item of a bulleted list takes none of the
# list's other items with it; a sign-up call in its box still takes the box's pitch.
def test_a_sign_up_item_in_a_bulleted_list() -> None:
    items = (
        "• Take an inventory of the items you need that rely on electricity at home.",
        "• Plan for batteries and other alternatives to meet your needs when the power goes out.",
        "• Sign up for local",
    )
    clean, _ = build(HEADLINE, "", *BODY, "", *items)
    kept = [line.text for line in clean.body]
    assert "Plan for batteries and other alternatives to meet your needs when the power goes out." in kept[-2:]
    # without: the call in a box, its pitch above it
    pitch = "Get your daily briefing delivered to your inbox."
    clean, _ = build(HEADLINE, "", BODY[0], "", pitch, "Sign up for our free newsletter", "", *BODY[1:])
    assert pitch not in [line.text for line in clean.body]


# MASTHEAD_SPELLS_ITS_ADDRESS (archive.sources): a short line above the headline whose letters spell the name part of a
# site address the page prints is the site's name; a section's word spelling a sub-domain, or a line naming no address,
# names no site.
@pytest.mark.parametrize(
    ("masthead", "address_line", "footer", "outlet"),
    [
        ("eXAMPLIA", "internetové noviny examplia.eu", "", "eXAMPLIA"),
        ("Harbour Lantern", "", "Send us your pictures at harbourlantern.co.uk", "Harbour Lantern"),
        # without: a section spelling a sub-domain; an address spelling another name
        ("Local", "", "Send us your pictures at local.harbourlantern.com", None),
        ("Harbour Lantern", "", "Send us your pictures at example.org", None),
    ],
)
def test_a_masthead_spelling_the_sites_address(masthead: str, address_line: str, footer: str, outlet: str | None) -> None:
    _, meta = build(masthead, "", address_line, "", HEADLINE, "", *BODY, "", footer)
    assert meta.outlet.value == outlet


# LEAD_IN_TO_LOST_EMBEDS (archive.rules after_the_article): the article's sentence leading in with a colon to the
# videos the copy lost stays above the furniture that ends the page; a headline-shaped line there goes as before.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("In the meantime, here is the video from the final votes in the council's regular session:", True),
        # without: no sentence leading in, a link's title
        ("Video Clips From The Final Council Votes", False),
    ],
)
def test_a_lead_in_to_lost_videos_at_the_end(line: str, kept: bool) -> None:
    clean, _ = build(HEADLINE, "", *BODY, "", line, "", "Tags: council, budget", "", "Leave a Reply")
    assert (line in [text.text for text in clean.body]) == kept


# BY_CREDIT_FIRST (archive.extract _author_as_printed): a credit saying "By" ("Por") is read before a credit without it
# above it, a place and the date taken for a name; a credit without "By" alone is read as before.
@pytest.mark.parametrize(
    ("credits", "author"),
    [
        (("Villa Harbourton de Abajo – 13 de enero de 2026", "Por Jane Roe"), "Jane Roe"),
        (("Villa Harbourton de Abajo – 13 de enero de 2026", "By Jane Roe"), "Jane Roe"),
        # without: no "By" credit below
        (("Jane Roe | March 3, 2020",), "Jane Roe"),
    ],
)
def test_a_by_credit_before_a_credit_without_it(credits: tuple[str, ...], author: str) -> None:
    _, meta = build(HEADLINE, *credits, "", *BODY)
    assert meta.author.value == author


# SIGN_OFF_RUN_ON (archive.extract): a wire's sign-off run on after its currency note names the writer; "Reporting by"
# in the article's sentence, without the editor's part, names no one.
@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("$1 = 99.5500 Japanese yen Reporting by Jane Roe; Editing by John Doe", "Jane Roe"),
        # without: the article's words
        ("Reporting by local papers on the clinic was thin until the board met in May.", None),
    ],
)
def test_a_wires_sign_off_run_on(last: str, author: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY, "", last)
    assert meta.author.value == author


# BACKGROUND_PARAGRAPH (archive.rules read_more): the article's paragraph of background opening with "Background:"
# stays; a link to an older story after the label goes as before.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Background: The clinic opened in April 2018 in the old post office. Its board holds the lease until 2030.", False),
        # without: one headline after the label
        ("Background: Harbour board approves clinic move", True),
    ],
)
def test_a_background_paragraph(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# PENDING_REGISTRATION (archive.rules PAYWALL_LINE) and an interstitial's "Continue to site" (NAV_LABELS): the login
# box's notice and the button go, and the headline below is the title.
def test_a_login_notice_and_an_interstitial_over_the_headline() -> None:
    notice = "This account is pending registration confirmation. Please click on the link within the email we sent you."
    clean, meta = build("Continue to site", notice, "", HEADLINE, "", *BODY)
    assert meta.title.value == HEADLINE
    assert [line.text for line in clean.body] == list(BODY)


# AGENCY_AFTER_THE_WRITER (archive.byline, archive.sources): a "By" credit naming the writer, then the agency the copy
# drew on, credits the writer and the wire, in several languages; a second person after "with" is no agency.
@pytest.mark.parametrize(
    ("credit", "author", "wire"),
    [
        ("By Jane Roe with AFP", "Jane Roe", "Agence France-Presse"),
        ("Par Jane Roe avec AFP", "Jane Roe", "Agence France-Presse"),
        ("Por Juan Pérez con EFE", "Juan Pérez", "EFE"),
        # without: no agency after "with"
        ("By Jane Roe", "Jane Roe", None),
        ("By Jane Roe with wires", "Jane Roe", None),
    ],
)
def test_a_writer_then_the_agency(credit: str, author: str | None, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", credit, "", *BODY, registry=ARCHIVE_REGISTRY)
    assert (meta.author.value, meta.wire.value) == (author, wire)


# TAGS_GLUED and PAPER_UNDER_THE_DESK (archive.extract _author_as_printed) and "Vissza a kezdőoldalra" (archive.rules
# BACK_HOME_FOLLOW_SHARE): tags run together, a paper's name under a staff credit and a link back to the home page
# name no writer; a person's name with a short part before its inner capital, and a person's name alone, do.
@pytest.mark.parametrize(
    ("credits", "author"),
    [
        (("HarbourmeetingJane Roe",), None),
        (("Staff Writer", "Harbourton Post South"), None),
        (("VISSZA A KEZDŐOLDALRA",), None),
        # without: a name with an inner capital; a writer's name alone
        (("Jane McRoe",), "Jane McRoe"),
        (("Jane Roe",), "Jane Roe"),
    ],
)
def test_glued_tags_a_paper_and_a_home_link_are_no_writers(credits: tuple[str, ...], author: str | None) -> None:
    _, meta = build(HEADLINE, "", *credits, "", *BODY)
    assert meta.author.value == author


# FOLLOW_ON_GOOGLE_NEWS, CATEGORY_LIST_LABEL (archive.rules app_or_follow_promo), REGISTRATION_PITCH (PAYWALL_LINE),
# EMPTY_AUTHOR_FIELD and ROMANIAN_LIST_LABEL (NAV_LABELS): the site's call to follow it on Google's news service, the
# label of the category's list, a registration wall's pitch and an empty writers' field go; a sentence ending with the
# service's name stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Urmăriți Ziarul Exemplu și pe GOOGLE ȘTIRI", True),
        ("Folgen Sie uns auf Google News", True),
        ("Știri recente din categoria Actualitate", True),
        ("Registration is a free and easy way to support our truly independent journalism", True),
        ("By registering, you will also enjoy limited access to Premium articles and exclusive newsletters", True),
        ("Author(s):", True),
        ("Secțiune Știri sub articolul principal", True),
        # without: a sentence about the service
        ("Sigue la polémica: la ley se debatió ayer y fue tendencia en Google Noticias.", False),
    ],
)
def test_google_news_calls_category_lists_and_registration_walls(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# FOLLOW_ON_GOOGLE_NEWS (archive.rules app_or_follow_promo), as a line of its own, wherever it stands: the line rule
# itself; a sentence naming the service is none of it.
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Urmăriți Ziarul Exemplu și pe GOOGLE ȘTIRI", "social-promo"),
        ("Síguenos en Google Noticias", "social-promo"),
        # without: the service named in a sentence
        ("Sigue la polémica: la ley se debatió ayer y fue tendencia en Google Noticias.", None),
    ],
)
def test_the_google_news_call_line_rule(line: str, rule: str | None) -> None:
    assert rules.line_rule(line) == rule


# MORE_LABELS_62 (archive.rules NAV_LABELS, COMMENT_FORM_LABELS, ADVERT_LABELS) and "Go deeper:" (READ_MORE_LEAD): the
# site's lists, comment boxes, ad slots, e-paper controls and paywall lines in more languages, and a link to a deeper
# story, go; "Go deeper" opening the article's own sentence, lower case after the colon, stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Ý kiến của bạn", True),
        ("Ostavi komentar", True),
        ("Slične vijesti", True),
        ("- Publicidad -spot_img", True),
        ("Lo más reciente", True),
        ("이 뉴스 공유하기", True),
        ("展开通版", True),
        ("当前版:02版", True),
        ("E-posta hesabınız sitede yayımlanmayacaktır. Gerekli alanlar ile işaretlenmişdir.", True),
        ("Go deeper: Watch the council's video of the clinic's opening", True),
        # without: the article's sentence
        ("Go deeper: the council's budget rose by a third this year, and its reserves fell.", False),
    ],
)
def test_more_lists_boxes_and_controls(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# PLACE_ANY_CASE_THEN_AGENCY (archive.sources): a place in small letters after its capital, then a registry agency in
# brackets and a dash, credits the wire; a name in the brackets that is no agency's credits none.
@pytest.mark.parametrize(
    ("opening", "wire"),
    [
        ("Moskva (Sputnik) - ", "Sputnik"),
        ("Pékin (AFP) – ", "Agence France-Presse"),
        # without: no agency in the brackets
        ("Harbourton (Example Trust) - ", None),
    ],
)
def test_a_place_in_small_letters_then_the_agency(opening: str, wire: str | None) -> None:
    _, meta = build(HEADLINE, "", opening + BODY[0], "", *BODY[1:], registry=ARCHIVE_REGISTRY)
    assert meta.wire.value == wire


# STATION_CHANNEL_SOURCE (archive.clean STOP_THEN_SOURCE_IN_BRACKETS): a caption's full stop, then its station's
# source in brackets opening with the channel's numbers, is no headline; a headline with the same source and no stop
# before it is.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("A man was arrested after a crash near Harbour Street and Highway 2 on Friday.(10/11 NOW)", None),
        # without: no stop before the brackets
        ("Harbour Clinic Opens Its Doors (10/11 NOW)", "Harbour Clinic Opens Its Doors (10/11 NOW)"),
    ],
)
def test_a_caption_with_a_stations_source(first: str, title: str | None) -> None:
    _, meta = build(first, "", *BODY)
    assert meta.title.value == title


# SECTION_AFTER_THE_STAMP (archive.metaline): a date and a time, a bar, then the section's name in lower case after its
# first word: a date line, the date read; a sentence after the stamp is no section.
@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("13-06-2022 07:49 | Bản tin sức khỏe", "2022-06-13"),
        # without: a sentence after the bar, its words more than a section's
        ("13-06-2022 07:49 | The council said it would meet again on Monday.", None),
    ],
)
def test_a_section_after_the_stamp(line: str, date: str | None) -> None:
    assert getattr(parse_meta_line(line), "published", None) == (DateValue(date, "day") if date else None)


# LOGO_ABOVE_THE_HEADLINE_AGAIN (archive.sources): the site's logo between the page's title and the headline printed
# again under it names the site; a logo under the only printing of the headline names none.
@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        ((HEADLINE, "", "Logo Harbour TV", "", HEADLINE), "Harbour TV"),
        # without: the headline printed once, above the logo
        ((HEADLINE, "", "Logo Harbour TV"), None),
    ],
)
def test_a_logo_above_the_headline_printed_again(lines: tuple[str, ...], outlet: str | None) -> None:
    _, meta = build(*lines, "", *BODY)
    assert meta.outlet.value == outlet


# BRAND_SIGNS_OFF (archive.sources): the last paragraph ending with a dash and the site's camel-cased brand names the
# site; a person's name there names no site.
@pytest.mark.parametrize(
    ("sign_off", "outlet"),
    [
        (" — HarbourDaily", "HarbourDaily"),
        # without: a person's name after the dash
        (" — Jane Roe", None),
    ],
)
def test_the_site_signing_its_copy_off(sign_off: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, "", *BODY[:-1], BODY[-1] + sign_off)
    assert meta.outlet.value == outlet


# UNLOCK_ACCESS (archive.rules PAYWALL_LINE) and an email digest as a newsletter (NEWSLETTER_NOUN): a login wall's pitch
# and a call to sign up for the site's digest go; the article's sentence about a digest stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("Unlock access to every one of the hundreds of articles published daily on Example by logging in.", True),
        ("Sign up here to receive our email digest with links to our most recent stories.", True),
        # without: the article's sentence
        ("Residents can sign up for the county's email digest at its website, the clerk said.", False),
    ],
)
def test_a_login_walls_pitch_and_an_email_digest(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# TRANSCRIPT_DIFFERS (archive.rules disclaimer): a broadcaster's note that its transcript may differ from what was aired
# goes, in Korean and English; the article's sentence about a transcript stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("* 아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니 보다 정확한 내용은 방송으로 확인하시기 바랍니다.", True),
        ("This transcript may differ from the broadcast.", True),
        # without: the article's sentence
        ("The council's transcript of the hearing may differ from the recording, the clerk said.", False),
    ],
)
def test_a_broadcasters_transcript_note(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# NAMES_UNDER_A_BARE_BY (archive.extract _author_as_printed): "por" alone on its line, then the writers' names one to a
# line: every writer; names under no bare credit word are read as before, the first.
@pytest.mark.parametrize(
    ("credits", "author"),
    [
        (("por", "Ana Roe", "Rita Doe", "Eva Poe", "26/11/2025 - 12h"), "Ana Roe, Rita Doe and Eva Poe"),
        (("By", "Ana Roe", "Rita Doe"), "Ana Roe and Rita Doe"),
        # without: no bare credit word above the names
        (("Ana Roe",), "Ana Roe"),
    ],
)
def test_names_under_a_bare_credit_word(credits: tuple[str, ...], author: str) -> None:
    _, meta = build(HEADLINE, *credits, "", *BODY)
    assert meta.author.value == author


# KOREAN_BROADCAST_SIGN_OFF (archive.byline cjk_reporters): a Korean broadcaster's reporter signing off the item names
# the writer; a line saying "this is the news" without a name's shape names no one.
@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("HBC뉴스 홍길동입니다.", "홍길동"),
        # without: no station's news before the name
        ("오늘의 날씨는 맑음입니다.", None),
    ],
)
def test_a_korean_broadcasters_sign_off(last: str, author: str | None) -> None:
    body = (
        "대구시는 오늘 새 병원을 열었다고 밝혔습니다.",
        "병원은 내년까지 환자 천 명을 받을 예정입니다.",
        "시민들은 환영했습니다.",
    )
    _, meta = build("대구에 새 병원 문 열어", "", *body, "", last)
    assert meta.author.value == author


# MORE_LABELS_62, a probe's gaps (archive.rules NAV_LABELS, ADVERT_LABELS) and FOREIGN_SCRIPTS_OFF (SCRIPTS_OFF_NOTICE):
# sharing, the comment box, recommendations, "link copied", comments loading, the article read aloud, the cookie
# banner's button, the app's download, a video not available, the live label, an error report, a sponsor's label, the
# pager and the call to turn scripts on, in more languages, go between the paragraphs. (Their sentences are kept by the
# tests of each rule's list: a label matches a whole line only.)
@pytest.mark.parametrize(
    "line",
    [
        "Поделиться в Telegram",
        "Viết bình luận",
        "Có thể bạn quan tâm",
        "Bağlantı kopyalandı",
        "复制链接",
        "Cargando comentarios...",
        "Kommentare werden geladen...",
        "기사 듣기",
        "Kabul et",
        "下载客户端",
        "Dieses Video ist nicht verfügbar.",
        "En direct",
        "Báo lỗi",
        "Gesponsert",
        "이전 기사",
        "Activa JavaScript para ver los comentarios.",
        "Bitte aktivieren Sie JavaScript.",
    ],
)
def test_a_probes_furniture_in_more_languages(line: str) -> None:
    assert _goes_between_paragraphs(line)


# FOREIGN_SCRIPTS_OFF (archive.rules SCRIPTS_OFF_NOTICE): the article's sentence about JavaScript stays.
def test_a_sentence_about_javascript_stays() -> None:
    assert not _goes_between_paragraphs("Die Entwickler haben JavaScript aktiviert, um die Karte der Klinik zu zeigen.")


# AUTHOR_LABEL_ALONE (archive.byline BY_PREFIX): "Autor" without its colon before a name or an agency, the whole line,
# is a credit: the writer read, never the headline; the word opening a sentence is none.
@pytest.mark.parametrize(
    ("credit", "author", "title"),
    [
        ("Autorka Jana Nováková", "Jana Nováková", HEADLINE),
        ("Author Jane Roe", "Jane Roe", HEADLINE),
        # without: a headline opening with the word
        ("Author Jane Roe Wins The Harbour Book Prize", None, "Author Jane Roe Wins The Harbour Book Prize"),
    ],
)
def test_an_author_label_without_its_colon(credit: str, author: str | None, title: str) -> None:
    lines = (HEADLINE, "", credit) if title == HEADLINE else (credit,)
    _, meta = build(*lines, "", *BODY)
    assert (meta.author.value, meta.title.value) == (author, title)


# BREAKING_LABEL (archive.sources GENERIC_WORDS): the breaking-news band's label printed twice over the headline names no
# site; a paper's name printed twice does.
@pytest.mark.parametrize(
    ("label", "outlet"),
    [
        ("DERNIERE MINUTE", None),
        ("Última Hora", None),
        # without: a paper's name
        ("Harbour Courier", "Harbour Courier"),
    ],
)
def test_a_breaking_news_label_printed_twice(label: str, outlet: str | None) -> None:
    _, meta = build(label, "", label, "", HEADLINE, "", *BODY)
    assert meta.outlet.value == outlet


# CREDIT_UNDER_EACH_CAPTION (archive.extract _author_as_printed): a credit printed twice, each time under a copy of a
# picture's caption the cleaning dropped, is the photographer's; a writer's byline printed twice, under the headline
# and under the text, is the writer's.
CAPTION_LINE = "The new wing of the harbour clinic is lit at dusk on Monday evening, Jan. 8, 2024."


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (("• " + CAPTION_LINE, "", "By Jane Roe, AP", "", CAPTION_LINE, "", "By Jane Roe, AP", "", CAPTION_LINE), None),
        # without: the byline under the headline, printed again under the text
        (("By Jane Roe, AP", "", *BODY, "", "By Jane Roe, AP"), "Jane Roe"),
    ],
)
def test_a_credit_under_each_caption(lines: tuple[str, ...], author: str | None) -> None:
    body = lines if lines[0].startswith("By") else (BODY[0], "", *lines, "", *BODY[1:])
    _, meta = build(HEADLINE, "", *body)
    assert meta.author.value == author


# LIST_LABEL_AFTER_THE_NAME (archive.sources _masthead_name): the site's name, then its news list's label, names the site
# without the label; a short name left alone is no sure name, and names nothing.
@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Harbour Gazette Latest News", "Harbour Gazette"),
        ("HPX Latest News", None),
        # without: the name alone
        ("Harbour Gazette", "Harbour Gazette"),
    ],
)
def test_a_masthead_with_its_lists_label(masthead: str, outlet: str | None) -> None:
    _, meta = build(masthead, "", HEADLINE, "", *BODY)
    assert meta.outlet.value == outlet


# CLOSING_SENTENCE (archive.rules after_the_article): a short sentence right under the last paragraph, without a stop
# word, is the article's last words; a title-shaped line there goes with the furniture under it.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Police investigation continues.", True),
        # without: no sentence
        ("Harbour Clinic Opening Hours", False),
    ],
)
def test_a_short_closing_sentence(line: str, kept: bool) -> None:
    clean, _ = build(HEADLINE, "", *BODY, line, "", "About the Author")
    assert (line in [text.text for text in clean.body]) == kept


# STORY_IS_BREAKING and ARCHIVE_MIGRATION_NOTE (archive.rules BREAKING_UPDATE_NOTICE) and more labels (NAV_LABELS): the
# notice that a story will be updated, a chain's note over its archive's old posts, a closed comment box, the comment
# policy's link, a page's layout markers ("Article content continued") and "read more" in Serbian go; the article's
# sentence about an update stays.
@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("This story is breaking and will be updated.", True),
        ("This article was originally on a blog post platform and may be missing photos, graphics or links.", True),
        ("Comments closed.", True),
        ("Please see our Commenting Policy for more.", True),
        ("Article content continued", True),
        ("Pročitajte više", True),
        # without: the article's sentence
        ("This story will be updated as the council meets again on Monday.", False),
    ],
)
def test_update_notices_and_layout_markers(line: str, goes: bool) -> None:
    assert _goes_between_paragraphs(line) == goes


# SPEAKER_LABEL_NO_TWIN (archive.rules caption_twins): a transcript's speaker label, ending with a colon, under the
# picture of the same person and its credit, is the transcript's; the picture's caption above the credit goes.
def test_a_speaker_label_under_the_speakers_picture() -> None:
    picture, speaker = "Harbour Presidential Aide Jane Roe", "Presidential Aide Jane Roe:"
    speech = "Friends, I would like to brief you on the talks between the two presidents that ended an hour ago."
    clean, _ = build(HEADLINE, "", picture, "Photo: Example Agency", "", speaker, "", speech, "", *BODY)
    kept = [line.text for line in clean.body]
    assert speaker in kept
    assert picture not in kept
