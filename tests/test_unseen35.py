"""Issue 17, thirty-fifth round: shapes new development pages showed, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen34 import _rule_of  # the rule that dropped a line, or None

from archive.dates import parse_date
from archive.metaline import parse_meta_line


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # BACK_HOME_FOLLOW_SHARE: "back to the home page", "follow us", "share this article", the tags' label
        ("Zur Startseite", "nav-label"),
        ("Wróć do strony głównej", "nav-label"),
        ("Ana sayfaya dön", "nav-label"),
        ("חזרה לדף הבית", "nav-label"),
        ("Följ oss", "nav-label"),
        ("تابعونا", "nav-label"),
        ("Diesen Artikel teilen", "nav-label"),
        ("Partilhe a notícia", "nav-label"),
        ("Kongsi", "nav-label"),
        ("Schlagworte", "nav-label"),
        ("Tag", "nav-label"),
        # ... a sentence with the same words is the article's
        ("Der Tag begann mit einem Besuch im Hafen.", None),
        ("Er kehrte zur Startseite seiner Karriere zurück, sagte der Trainer.", None),
        # MORE_LIST_LABELS: the label of a list of other stories
        ("Vous aimerez aussi", "promo-block"),
        ("Potrebbe interessarti anche", "promo-block"),
        ("Recomendados para si", "promo-block"),
        ("Bunu da okuyun", "promo-block"),
        ("热门文章", "promo-block"),
        ("Minuto a Minuto", "promo-block"),
        # PAGE_CONTROLS_MORE: report an error, font size, copy link, search, close, register, all news, show more, continue
        # reading, play the video, the legal pages, about us, subscribe
        ("Fehler melden", "nav-label"),
        ("Taille du texte", "nav-label"),
        ("Kopiuj link", "nav-label"),
        ("Поиск", "nav-label"),
        ("Chiudi", "nav-label"),
        ("Kayıt ol", "nav-label"),
        ("Todas las noticias", "nav-label"),
        ("Pokaż więcej", "nav-label"),
        ("Continua a leggere", "nav-label"),
        ("Videoyu izle", "nav-label"),
        ("Mentions légales", "nav-label"),
        ("Über uns", "nav-label"),
        ("Jetzt abonnieren", "nav-label"),
        ("Cerca di arrivare presto al porto, ha detto il capitano.", None),
        # ... a newsroom's name alone is a credit, not a control
        ("Redacción", None),
        # "sponsored" in more languages
        ("Sponsorisé", "advertisement"),
        ("Sponsorlu", "advertisement"),
        # SERVER_MESSAGES: a PHP error with its file, a CMS's message box heading, a rating widget, a hidden address
        (
            "Notice: Undefined variable: o в функции include() (строка 601 в файле /www/example/themes/node.tpl.php).",
            "nav-label",
        ),
        ("Warning: Invalid argument supplied for foreach() in /var/www/html/single.php on line 42", "nav-label"),
        ("Warning: the storm will hit the coast on line 5 of the forecast.", None),
        ("Сообщение об ошибке", "nav-label"),
        ("1 Star2 Stars3 Stars4 Stars5 Stars (No Ratings Yet)", "nav-label"),
        ("1 Estrella2 Estrellas3 Estrellas4 Estrellas5 Estrellas (Sin valoración)", "nav-label"),
        ("Contact: [email protected]", "nav-label"),
        ("Write to the harbour office at [email protected] for the forms.", None),
        # a news feed's label ("FIL INFO")
        ("FIL INFO", "promo-block"),
        # ARTICLE_CONTROLS: the audio player, sharing and comment notices
        ("play article", "nav-label"),
        ("Subscribers can listen to this article", "nav-label"),
        ("Send this article to a friend.", "nav-label"),
        ("Sorry, we are not accepting comments on this article.", "nav-label"),
        # "URL copied" in Indonesian, the Turkish comment box's call, the Korean "enlarge", an ad plugin's empty slot
        ("URL berhasil dicopy", "nav-label"),
        ("Habere Yorum Kat", "nav-label"),
        ("크게보기", "nav-label"),
        ("No Banner to display", "nav-label"),
        # LABELLED_DISCLAIMER: the "solemn statement" of Chinese and Japanese copy sites, however long its line
        (
            "鄭重声明:本文の著作権は原作者に帰属します。記事の転載は情報の伝達のみを目的としており、投資の助言を構成するものではありません。",
            "disclaimer",
        ),
        ("本文の著作権は原作者に帰属します。記事の転載は情報の伝達のみを目的としています。", None),
        # CONSENT_AND_LOADING_CONTROLS: a consent box's buttons, "load more", "show comments", an advert's close button
        ("Tümünü reddet", "nav-label"),
        ("Gérer les préférences", "nav-label"),
        ("Cargar más", "nav-label"),
        ("Показать комментарии", "nav-label"),
        ("Fermer la publicité", "nav-label"),
        ("Lanjut baca", "nav-label"),
        # ... "latest articles", "most read articles"
        ("Artículos más leídos", "promo-block"),
        ("Najnowsze artykuły", "promo-block"),
        # "continued after the advertisement", a file photo's label
        ("La suite après la publicité", "advertisement"),
        ("Фото из архива", "caption-credit"),
        # comment boxes in Arabic and Hebrew
        ("التعليقات", "comment-widget"),
        ("תגובות", "comment-widget"),
        # the advertisement's label in Romanian
        ("Publicitate", "advertisement"),
        # DOWNLOAD_APP_MORE: the site's app in more languages
        ("Descarregue a nossa App gratuita", "social-promo"),
        ("Scarica la nostra app per leggere le notizie", "social-promo"),
        ("Pobierz naszą aplikację", "social-promo"),
        ("L'azienda scarica la responsabilità sul comune, ha detto il sindaco.", None),
        # CJK_REPRINT_NOTICE: a Chinese site's notice on reprinting
        ("未经授权禁止转载", "copyright-footer"),
        ("本文来源于网络,不代表港湾在线立场,转载请注明出处", "copyright-footer"),
        ("未经许可，该公司擅自转载了三千篇文章，法院判决赔偿。", None),
        # ... a request to credit a named source when reprinting is a credit, not the footer
        ("转载请注明来源：港湾信息网", None),
    ],
)
def test_furniture_lines(line: str, rule: str | None) -> None:
    cleaned, _ = build(HEADLINE, *BODY[:2], line, *BODY[2:])
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize(
    ("greeting", "outlet"),
    [
        # SITE_WELCOME: a greeting to the site by name, with "the pages of", "the site of"
        ("Willkommen auf den Seiten des Hafenamts Nordstadt", "Hafenamts Nordstadt"),
        ("Bienvenue sur le site de la Mairie de Portville", "Mairie de Portville"),
        ("Welcome to the official website of the Harbour Board", "Harbour Board"),
    ],
)
def test_a_greeting_to_the_site_names_it_and_is_no_headline(greeting: str, outlet: str) -> None:
    cleaned, meta = build(greeting, HEADLINE, *BODY)
    assert (_rule_of(cleaned, greeting), meta.title.value, meta.outlet.value) == ("nav-label", HEADLINE, outlet)


def test_a_bare_welcome_may_be_a_headline() -> None:
    # "Willkommen bei den Eisbären" ("welcome to the polar bears") says no "site": a headline like any other
    _, meta = build("Willkommen bei den Eisbären", "12.05.2019", *BODY)
    assert (meta.title.value, meta.outlet.value) == ("Willkommen bei den Eisbären", None)


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        # CJK_REPRINT_NOTICE_NAME: the site named in its reprint notice
        ("凡本网注明“来源:港湾信息网”的所有作品,均为港湾信息网合法拥有版权的作品,未经本网授权不得转载。", "港湾信息网"),
        ("本文来源于网络,不代表港湾在线立场,转载请注明出处", "港湾在线"),
        # ... "XXX" stands for another site, "本网" ("this site") names none
        ("凡本网注明“来源:XXX(非港湾信息网)”的作品,均转载自其它媒体,并不代表本网赞同其观点。", None),
        ("本文来源于网络,不代表本网立场", None),
        # KOREAN_BRACKETED_COPYRIGHT: an English © notice in brackets with the Korean ban on reprints
        ("< Copyright ⓒ hbn. 무단전재 및 재배포 금지 >", "hbn"),
        ("<저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지>", "예시일보"),
        # NAME_AND_ITS_SITE: the paper's name and its address after "&"; a company's "& Sons" stays in its name
        ("[ⓒ 예시일보 & Example.com, 무단전재 및 재배포 금지]", "예시일보"),
        ("© 2024 Harbour & Sons. All rights reserved.", "Harbour & Sons"),
    ],
)
def test_a_notice_names_the_site(footer: str, outlet: str | None) -> None:
    _, meta = build(HEADLINE, *BODY, footer)
    assert meta.outlet.value == outlet


@pytest.mark.parametrize(
    ("kicker", "headline", "title"),
    [
        # KICKER_OVER_LONG_WORDS: few long words under a rubric, half again its letters
        (
            "Deutschland und Spanien",
            "Außenminister planen gemeinsame Mexiko-Reise",
            "Außenminister planen gemeinsame Mexiko-Reise",
        ),
        # ... a line not so long under the first stays below it
        ("Deutschland und Spanien", "Minister reisen nach Mexiko", "Deutschland und Spanien"),
    ],
)
def test_a_rubric_over_a_headline_of_long_words(kicker: str, headline: str, title: str) -> None:
    body = (
        "Um ein Zeichen für den Freihandel zu setzen, reisen die Außenminister beider Länder gemeinsam nach Mexiko.",
        "Die Außenminister Deutschlands und Spaniens wollen mit der gemeinsamen Reise ein Zeichen für offene Märkte setzen.",
    )
    _, meta = build(kicker, headline, *body)
    assert meta.title.value == title


@pytest.mark.parametrize(
    ("clock", "iso"),
    [
        # CLOCK_AFTER_THE_UPDATE: a date over the headline later than the update is the site's clock
        ("Monday, 25 Nov, 2024", "2024-07-13"),
        # ... an earlier one is the publication, updated later
        ("Friday, 12 Jul, 2024", "2024-07-12"),
    ],
)
def test_a_clock_after_the_update(clock: str, iso: str) -> None:
    _, meta = build(clock, "National", HEADLINE, "Update: 2024-07-13 14:17:56", *BODY)
    assert meta.date.value == iso


@pytest.mark.parametrize(
    ("line", "iso", "kinds"),
    [
        # SLASHED_MONTH_NAME and SECTION_BEFORE_WEEKDAY: a section's name, the weekday, slashes around the month's name
        ("World Sunday 23/June/2019 14:48 PM", "2019-06-23", ["words", "time", "date", "time"]),
        # ... a person's name before the weekday stays a name
        ("Jane Roe Monday, 3 June 2019", "2019-06-03", ["name", "time", "date"]),
        # FOREIGN_AGO and DOT_SEPARATORS: the age after the date and time, after a hyphenation point
        ("24/11/2018 06:19 ‧ há 6 anos por Lusa", "2018-11-24", ["date", "time", "relative", "by", "words"]),
        ("12.03.2020 10:15 | 3 дня назад", "2020-03-12", ["date", "time", "relative"]),
        # ADDED_AND_ONLINE: "added on", "put online on"
        ("Ajouté le : 05.11.2018 03:38", "2018-11-05", ["label", "date", "time"]),
        ("Mis en ligne le 05.11.2018", "2018-11-05", ["label", "date"]),
        # CENTRAL_ASIAN_AND_CAUCASIAN_DATES: a Kazakh month's name
        ("13 Қазан, 2022", "2022-10-13", ["date"]),
    ],
)
def test_date_lines(line: str, iso: str, kinds: list[str]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.published is not None
    assert (meta.published.iso, [part.kind for part in meta.parts]) == (iso, kinds)


def test_a_sentence_with_an_age_is_no_date_line() -> None:
    assert parse_meta_line("Hace 3 días que no llueve en la ciudad") is None
    assert parse_date("Там 5 человек 2020") is None


def test_a_wires_writer_is_an_author_and_its_editor_is_not() -> None:
    # WRITING_BY: "Writing by" credits the story's writer, "Editing by" its editor
    meta = parse_meta_line("Reporting by Jane Roe; Writing by John Doe; Editing by Mary Major")
    assert meta is not None and meta.names == ("Jane Roe", "John Doe")


OTHER_STORIES = (
    "- Harbour gas terminal awards contracts to expand its jetty",
    "- Treasury releases final rules for a clean fuel tax credit",
    "- Regulator confirms a disruption at the offshore gas field",
)


@pytest.mark.parametrize(
    ("sign_off", "kept"),
    [
        # SIGNED_OFF_COPY: under the wire's sign-off a bulleted list is the site's other stories
        ("Reporting by Jane Roe; Writing by John Doe; Editing by Mary Major", []),
        # ... without it, a bulleted list under the last paragraph may be the article's own, as before
        (None, list(OTHER_STORIES)),
    ],
)
def test_a_bulleted_list_under_the_wires_sign_off(sign_off: str | None, kept: list[str]) -> None:
    tail = ([sign_off] if sign_off else []) + [*OTHER_STORIES, "Comments"]
    cleaned, _ = build(HEADLINE, *BODY, *tail)
    stories = [story.removeprefix("- ") for story in OTHER_STORIES]  # (the cleaned text without the bullets)
    assert [line.text for line in cleaned.lines if line.text in stories] == [text.removeprefix("- ") for text in kept]


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        # GENERIC_YOU: a long sentence saying "you" of anyone stays above a newsletter's sign-up line
        ("When they are in this kind of form, it takes you right back to the days of the old council chamber.", True),
        # ... a short pitch saying "you" to the reader goes with the box, as one saying "your" does
        ("Stories you need to know, every morning", False),
        ("Escape your echo chamber. Get the facts behind the news.", False),
    ],
)
def test_a_newsletter_boxs_pitch_addresses_the_reader(above: str, kept: bool) -> None:
    cleaned, _ = build(HEADLINE, BODY[0], above, "Sign up for the weekly Harbour Post newsletter", BODY[1], BODY[2])
    assert (above in [line.text for line in cleaned.lines]) is kept


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # EPAPER_LINK_VERB: the link's verb before "E-Paper" names no site
        ("View E-Paper", None),
        # ... a name before it does, as before
        ("Harbour Herald E-Paper April 18 2024 – View Online", "Harbour Herald"),
    ],
)
def test_an_epaper_link_names_the_site_only_by_name(line: str, outlet: str | None) -> None:
    _, meta = build(line, HEADLINE, *BODY)
    assert meta.outlet.value == outlet
