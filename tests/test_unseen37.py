"""Issue 17, thirty-seventh round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen34 import _rule_of  # the rule that dropped a line, or None

from archive.dates import FOREIGN_MONTHS, MONTHS
from archive.metaline import parse_meta_line


# Date lines new pages print, each read to its day. DOTTED_CAPITAL_I: a month name the date patterns match in any case may
# lower to other letters than the tables' ("İyun" lowers to "i̇yun", with a dot above; "KASIM" to "kasim"); a page of
# Azerbaijani dates ended the build with a KeyError. Without the trigger, the same dates in the tables' spelling.
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("15 İyun 2023", "2023-06-15"),
        ("15 iyun 2023", "2023-06-15"),
        ("Bakı, 12 İYUL 2022", "2022-07-12"),
        ("3 KASIM 2021", "2021-11-03"),
        ("3 Kasım 2021", "2021-11-03"),
        ("APRİL 3, 2023", "2023-04-03"),
        ("Published: 12 APRİL 2021", "2021-04-12"),
        ("Published: 12 April 2021", "2021-04-12"),
        ("AUGUſT 2, 2020", "2020-08-02"),
        # SPACED_SIGN_NO_ZONE: a time, a spaced dash and the date's day ("- 08") is no time zone eight hours behind
        ("10:49 - 08 March 2022", "2022-03-08"),
        ("تاریخ انتشار: ۱۰:۴۹ - ۰۸ شهريور ۱۴۰۱", "2022-08-30"),
        # ... a sign glued to its hours, or after "GMT", still is
        ("March 8, 2022 10:49 -0500", "2022-03-08"),
        ("March 8, 2022 10:49 GMT + 8", "2022-03-08"),
        # FOREIGN_WEEKDAY_AFTER_NAME: the writer's name, a weekday in another language, the date
        ("Jon Olav Roe Måndag 3. april 2017", "2017-04-03"),
        # DASH_AFTER_SECTION: a section's name, a spaced dash, the date
        ("Internal News - 11 March 2005", "2005-03-11"),
        ("Harbour News – March 11, 2005", "2005-03-11"),
    ],
)
def test_date_lines_new_pages_print(line: str, iso: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert meta.published.iso == iso


def test_no_month_name_in_turkish_capitals_or_with_a_long_s_stops_the_build() -> None:
    """Every month name the tables hold, its i's and s's written as re.IGNORECASE also matches them, in a date line and
    on a page: read or not, never an exception."""
    odd_letters = str.maketrans({"i": "İ", "s": "ſ"})
    for name in sorted({*MONTHS, *FOREIGN_MONTHS}):
        odd = name.upper().replace("I", "ı").translate(odd_letters)
        for line in (f"12 {odd} 2021", f"{odd} 12, 2021", f"Published: 12 {odd} 2021"):
            parse_meta_line(line)
    build(HEADLINE, "Published: 12 İYUN 2021 | 08:00", *BODY)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # SOCIAL_COUNTER_GLUED: a theme's follower counters run together with their buttons
        ("94,598FansLike", "counter"),
        ("57,763FollowersFollow", "counter"),
        ("1.2kSubscribersSubscribe", "counter"),
        ("The club has 94,598 fans who like its page, the manager said on Tuesday.", None),
        # PAGE_CONTROLS_MORE: share, contact, skip and copy-link controls, a reaction button, a chat app's "add friend"
        ("Deel dit bericht", "nav-label"),
        ("Quick contact", "nav-label"),
        ("READ NOW", "nav-label"),
        ("컨텐츠 바로가기", "nav-label"),
        ("주소복사가 완료되었습니다", "nav-label"),
        ("BEĞENDİM", "nav-label"),
        ("เพิ่มเพื่อน", "nav-label"),
        ("完了しました", "nav-label"),
        ("The harbour board said it would read now and decide the budget later in the week.", None),
        # BACK_HOME_FOLLOW_SHARE: "read also" in Arabic with its hamza under the alif
        ("إقرأ أيضا", "promo-block"),
        # READING_TIME_AFTER: the reading time's label after the time
        ("1 min. leestijd", "reading-time"),
        ("3 min lästid", "reading-time"),
        ("De raad sprak 3 minuten over de leestijd van de stukken.", None),
        # COMMENT_WORDS: the Dutch comment count
        ("2 reacties", "comment-widget"),
        # FOREIGN_TAG_WORDS: Portuguese "topics:"
        ("tópicos:", "tag-cloud"),
        # FOREIGN_READ_MORE: the Spanish "you can read:" and another story's headline
        ("Puedes leer: Designan mujer en vacante de la Corte Suprema", "read-more"),
        ("Puedes leer el informe completo en la página del concejo, dijo el alcalde.", None),
        # PLAYER_AT_ZERO: a player's clock before it plays
        ("0:00 0:00", "video-widget"),
        ("00:00 03:12", "video-widget"),
        ("09:00 17:00", None),
        # FCC_PUBLIC_FILE and FCC_FILE_HELP: an American broadcaster's public file links and the help under them
        ("FCC public inspection files:", "nav-label"),
        ("EEO Public File Report", "nav-label"),
        ("For assistance accessing our public files, please contact hello@example.org or call 555-781-2801.", "disclaimer"),
        ("The station said the FCC public inspection files showed the ads were paid for by the campaign.", None),
        # NEWSLETTER_FORM_NOTICE: a sign-up form's notices, its mailing platform's wording
        ("Please select at least one mailing list.", "social-promo"),
        (
            "You can unsubscribe at any time by clicking the link in the footer of our emails. We use Mailchimp as our "
            "marketing platform. By clicking below to subscribe, you acknowledge that your information will be "
            "transferred to Mailchimp for processing.",
            "social-promo",
        ),
        ("Please select at least one candidate from the list, the returning officer told voters.", None),
        # OUR_NEWS_ON_THE_PLATFORM, SEND_US_YOUR_NEWS, MEMBERSHIP_CALL, DIGITAL_ACCESS_SALE, TELEGRAM_CHANNEL_LINK
        ("Наші новини є у Facebook", "social-promo"),
        ("Наши новости есть в Telegram", "social-promo"),
        ("Наші новини про гавань читали в усіх селах району, сказав голова громади.", None),
        ("To share information or for submission, send e-mail to info@example.com", "social-promo"),
        ("Envie sua matéria (67) 99266-0000", "social-promo"),
        ("Envíanos tu denuncia", "social-promo"),
        ("Consider joining Harbour Update. Membership gives full access to the latest intelligence.", "social-promo"),
        ("This week, save 90% on digital access.", "social-promo"),
        ("Telegram Channel : t.me/harbournews", "social-promo"),
        ("The council sent e-mail to every resident to share information about the new harbour fees.", None),
        # SLAVIC_REPRINT_TERMS: the site's terms for using its material, a link to it required
        (
            "Використання будь-яких матеріалів, що розміщені на сайті, дозволяється за умови посилання на gavan.example.ua",
            "copyright-footer",
        ),
        ("При использовании материалов ссылка на сайт обязательна", "copyright-footer"),
        ("Мэр заявил, что использование материалов проверки без ссылки на суд недопустимо и будет наказано.", None),
        ("Использование материалов проверки без ссылки на суд вызвало споры в городе.", None),
        # RIGHTS_OF_WHAT_RESERVED_BY: what the rights cover, then their holder
        (
            "LEGAL WARNING: All rights of the published news, photos and videos are reserved by Liman Haber Ajansı",
            "copyright-footer",
        ),
        # CURRENCY_RATES: the header's exchange rates
        ("usd 92.26 | eur 99.70", "ticker"),
        ("USD 41,25 EUR 44,80", "ticker"),
        ("The dollar rose to 92.26 and the euro to 99.70 on Monday.", None),
        # CHINESE_CAPTION_MARK: a Chinese caption's triangle; a Korean list item's is not one
        ("▲试乘第一天,不少市民结伴而来,并在车内留影", "caption"),
        ("△网传视频截图", "caption"),
        ("▲ 주요 내용 정리", None),
        # WEATHER_READINGS: a forecast box's temperatures in a row
        ("0 °C, -2 °C ... +2 °C Tomorrow:+2 °C", "weather-widget"),
        ("Temperatures fell from 20 °C to 5 °C and then to -2 °C overnight, the weather service said.", None),
        # FOREIGN_YOU_ARE_HERE: "your present position" over a Chinese trail
        ("您现在的位置:港湾网>新闻中心>福建频道>福州新闻", "breadcrumb"),
    ],
)
def test_page_furniture_new_outlets_print(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert _rule_of(cleaned, line) == rule


def test_the_weather_box_above_the_headline_does_not_take_the_date_under_it() -> None:
    """HEADLINE_BETWEEN (SITE_CLOCK): the box, the headline, then the article's date line: the date is the article's; with
    the date line right beside the box, the header's clock."""
    box = "0 °C, -2 °C ... +2 °C Tomorrow:+2 °C"
    _, meta = build(box, HEADLINE, "13:54, 06.10.2022 |", *BODY)
    assert meta.date.value == "2022-10-06"
    _, meta = build("13:54, 06.10.2022 |", box, HEADLINE, *BODY)
    assert meta.date.value is None


def test_the_home_page_alone_then_the_menu_one_item_a_line() -> None:
    """HOME_ALONE_THEN_MENU: "صفحه نخست" ("home page") alone, then the sections one a line; without the home page's name, or
    with fewer items, the short lines stay for the other rules."""
    menu = ("سیاست", "ورزشی", "علم و تکنولوژی", "اقتصاد")
    cleaned, meta = build("صفحه نخست", *menu, HEADLINE, *BODY)
    assert [_rule_of(cleaned, line) for line in ("صفحه نخست", *menu)] == ["nav-label"] * 5
    assert meta.title.value == HEADLINE
    cleaned, _ = build("প্রচ্ছদ", "রাজনীতি", "খেলা", "বিনোদন", HEADLINE, *BODY)
    assert [_rule_of(cleaned, line) for line in ("প্রচ্ছদ", "রাজনীতি", "খেলা", "বিনোদন")] == ["nav-label"] * 4
    cleaned, _ = build("صفحه نخست", "سیاست", HEADLINE, *BODY)
    assert _rule_of(cleaned, "سیاست") != "nav-label"
    cleaned, _ = build(*menu, HEADLINE, *BODY)
    assert _rule_of(cleaned, "اقتصاد") != "nav-label"  # (the masthead's, above the headline)


def test_a_surname_that_is_a_weekday_elsewhere_stays_the_name() -> None:
    """FOREIGN_WEEKDAY_AFTER_NAME ends a name of two words or more only: "Sabato" is Italian for Saturday."""
    meta = parse_meta_line("Jane Sabato 3 April 2017")
    assert meta is not None
    assert [(part.kind, part.text) for part in meta.parts] == [("name", "Jane Sabato"), ("date", "3 April 2017")]


def test_a_date_line_printed_twice_above_a_pictures_credit_is_the_date_line() -> None:
    """DATE_LINE_TWINS: twins around a picture's credit are its caption, unless they are a date line; a caption's
    twins still go."""
    stamp = "2022-07-20 08:54:31 | 来源:港湾晨报 |"
    _, meta = build(HEADLINE, stamp, stamp, "(资料图片)", *BODY)
    assert meta.date.value == "2022-07-20"
    caption = "Fishing boats moored in the harbour at dawn"
    cleaned, _ = build(HEADLINE, caption, "Photo: Jane Roe", caption, *BODY)
    assert _rule_of(cleaned, caption) == "caption"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # SPELLING_NOTICE_CUT: the spelling report's call cut before its keys (Ukrainian, English)
        ("Якщо ви помітили помилку на цій сторінці, виділіть її і нат", "widget-error"),
        ("Якщо ви помітили помилку в рішенні ради, звертайтеся до юриста.", None),
        ("In case you have found a mistake in the text, please send a message to the editor by selecting the m", "widget-error"),
        ("If you have found a mistake in the accounts, select the council's auditor to check them, the mayor said.", None),
        # LEGAL_WARNING_LABEL: a notice under its label, however long
        (
            "LEGAL WARNING: All rights of the published news, photos and videos are reserved by Liman Haber Ajansı "
            "Basın Yayın A.Ş. Under no circumstances can all or part of the news be used without a written agreement.",
            "disclaimer",
        ),
        # CONTACT_LABEL_ALONE: a contact box's labels without their values
        ("Telephone Number:", "nav-label"),
        ("Address:", "nav-label"),
        # SERVER_PATH_LEAK: a broken plugin's file path
        ("Tweet /home/clients/0a1b2c/harbour/wp-content/plugins/social-buttons/social-buttons.php", "code-line"),
        ("The council's web team moved the files to a new home on the harbour server last week.", None),
        # NAME_DASH_PRINT_EDITION: the paper's name and its print edition's label
        ("Harbour Free Press - PRINT EDITION", "epaper-link"),
        # FOREIGN_PHOTO_WORDS: a caption ending with the Urdu "photo: file"; a sentence about a picture is no caption
        ("پولیس اہلکار عدالت کے باہر کھڑے ہیں — فوٹو:فائل", "caption"),
        ("اس تصویر میں عدالت کے باہر پولیس اہلکار کھڑے ہیں اور شہری انتظار کر رہے ہیں۔", None),
        # FOLLOW_NUMBERED_MALAY: a numbered call to join the site's group or follow it
        ("1) Sertai Group Whatsapp Berita Pelabuhan (klik) dan;", "social-promo"),
        ("2) Ikuti Berita Pelabuhan di Facebook, Twitter, Instagram serta TikTok!", "social-promo"),
        ("Ikuti perkembangan pelabuhan di laman majlis, kata pegawai itu.", None),
    ],
)
def test_more_furniture_new_outlets_print(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY, line)
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # SUBSCRIBE_TO_THE_SITE in English, with "today" or alone
        ("Subscribe to HarbourWeek today and get your first six issues free", "HarbourWeek"),
        ("Subscribe to Harbour Times", "Harbour Times"),
        # ... not a newsletter or a platform
        ("Subscribe to Our Newsletter", None),
        ("Subscribe to YouTube", None),
        # NAME_DASH_PRINT_EDITION
        ("Harbour Free Press - PRINT EDITION", "Harbour Free Press"),
        # FOLLOW_NUMBERED_MALAY: the group to join is the site's, a name as it may read
        ("1) Sertai Group Whatsapp Suara Pelabuhan (klik) dan;", "Suara Pelabuhan"),
    ],
)
def test_the_site_named_in_its_own_promotion(line: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, line)
    assert meta.outlet.value == outlet


def test_a_date_in_square_brackets_opens_the_first_paragraph() -> None:
    """DATE_IN_SQUARE_BRACKETS: a news archive's date before the item's text, as in round brackets; a word in the
    brackets is no date."""
    _, meta = build(HEADLINE, "[2017-11-27] " + BODY[0], *BODY[1:])
    assert meta.date.value == "2017-11-27"
    _, meta = build(HEADLINE, "[Update] " + BODY[0], *BODY[1:])
    assert meta.date.value is None
