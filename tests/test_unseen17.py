"""Issue 17, seventeenth round: furniture in the languages of new development pages (comment forms, paywall meters, share
buttons, tags, read-more links, a player's clock) and reporters' labels, each with and without its trigger, on invented
text, asserting the exact outcome."""

from __future__ import annotations

import pytest
from test_clean_unseen import test_line_rule_drops_its_trigger_and_keeps_the_sentence as check_line_rule
from test_foreign_furniture import build  # build: the page cleaned and read with an empty registry
from test_unseen10 import BODY, HEADLINE
from test_unseen11 import REGISTRY  # the shipped registry

from archive import rules

# A sentence of more than BOILERPLATE_MAX_WORDS words: opening like a notice, it is still the article's.
LONG_TAIL = (
    " in the new register, the council promised residents at Tuesday's meeting, after complaints that earlier lists had"
    " been shared with advertisers and debt collectors across the district and beyond it. The clerk said a full review of"
    " the old lists would be published by the end of the year."
)


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        # EMAIL_NOT_PUBLISHED: WordPress's notice under a comment form, in its translations, with or without the next
        # sentence ("Required fields are marked *")
        (
            rules.COMMENT_WIDGET,
            "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
            "Your email address will not be published" + LONG_TAIL,
        ),
        (
            rules.COMMENT_WIDGET,
            "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です",
            "Your email address will not be published" + LONG_TAIL,
        ),
        (
            rules.COMMENT_WIDGET,
            "Your email address will not be published.",
            "Your email address will not be published" + LONG_TAIL,
        ),
        # the comment form's heading ("Leave a Reply", "Reply") in more languages
        ("comment-widget", "Trả lời", "Trả lời báo chí, ông cho biết dự án sẽ hoàn thành vào tháng Năm năm sau."),
        (
            "comment-widget",
            "Deixe seu comentário",
            "Deixe seu comentário na reunião, pediu o prefeito aos moradores do bairro na terça-feira.",
        ),
        ("comment-widget", "发表回复", "他在会上发表回复说,项目将于明年五月完工。"),
        # PAYWALL_METER: the count of free articles, the last one, the login offer
        (rules.PAYWALL, "Te queda 1 artículo gratuito", "Te queda 1 artículo gratuito" + LONG_TAIL),
        (
            rules.PAYWALL,
            "Si ya tenés una cuenta",
            "Si ya tenés una cuenta en el banco, el trámite se hace en línea y tarda dos días, explicó.",
        ),
        (
            rules.PAYWALL,
            "Para acceder a todos los contenidos del sitio",
            "Para acceder a todos los contenidos del museo hay que reservar con antelación, informó el ayuntamiento.",
        ),
        (rules.PAYWALL, "Already have an account? Log in", "Already have an account" + LONG_TAIL),
        (rules.PAYWALL, "You have 2 free articles left this month", "You have 2 free articles left" + LONG_TAIL),
        (rules.PAYWALL, "Déjà abonné ? Connectez-vous", "Déjà abonné au club depuis dix ans" + LONG_TAIL),
        # READ_MORE_LINKS: "Read more" in German
        (rules.NAV_LABEL, "Lesen Sie mehr …", "Lesen Sie mehr über die Pläne der Stadt im Bericht des Gemeinderats vom Montag."),
        # share buttons: Hatena's bookmark, WeChat's "scan", a short link
        (rules.NAV_LABEL, "このエントリーをはてなブックマークに追加", "このエントリーは市議会の議事録に追加された。"),
        (rules.NAV_LABEL, "扫一扫", "扫一扫二维码就能付款,已经成为城市居民的日常习惯。"),
        (
            rules.NAV_LABEL,
            "لینک کوتاه",
            "لینک کوتاه شده این گزارش در شبکه‌های اجتماعی بارها دست به دست شد و توجه زیادی را جلب کرد.",
        ),
        # a player's position over its length
        (rules.VIDEO_WIDGET, "0:00 / 2:57", "The clip ran 0:00 to 2:57 before it cut out, the court heard on Monday."),
        # "Check the news on Google News" in Indonesian (FOREIGN_SOCIAL_PROMO)
        (
            rules.SOCIAL_PROMO,
            "Cek Berita dan Artikel yang lain di Google News",
            "Cek berita palsu menjadi tugas utama tim redaksi sejak pemilu, kata pemimpin redaksi itu pada Senin.",
        ),
    ],
)
def test_furniture_in_more_languages_is_dropped_and_the_sentence_kept(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


def test_tags_in_arabic_are_tags_and_the_words_in_a_sentence_are_not() -> None:
    tags = "كلمات دلالية: العراق تركيا الاقتصاد"
    assert rules.line_rule(tags) is not None
    assert rules.line_rule("كلمات دلالية جديدة دخلت القاموس هذا العام بحسب مجمع اللغة في القاهرة") is None


@pytest.mark.parametrize("line", ["Muhabir: Jane Example", "Texto: Jane Example", "Phóng viên: Jane Example"])
def test_a_reporters_label_in_more_languages_credits_the_writer(line: str) -> None:
    # REPORTER_LABELS
    _, meta = build(HEADLINE, line, *BODY)
    assert meta.author.value == "Jane Example"


def test_a_label_before_lower_case_words_credits_no_one() -> None:
    _, meta = build(HEADLINE, "Texto: la propuesta del gobierno", *BODY)
    assert meta.author.value is None


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        # SKIP_LINKS: a template's "Skip to content" in its translations
        (
            rules.NAV_LABEL,
            "Перейти к основному контенту",
            "Перейти к основному контенту доклада депутаты смогли только после перерыва.",
        ),
        (rules.NAV_LABEL, "Zum Inhalt springen", "Zum Inhalt springen wir nach der Pause, sagte die Vorsitzende am Montag."),
        # a feature or a section for subscribers only ("Esta funcionalidad es exclusiva para suscriptores.")
        (rules.PAYWALL, "Esta funcionalidad es exclusiva para suscriptores.", "Esta funcionalidad es nueva" + LONG_TAIL),
        (rules.PAYWALL, "Inicia sesiónNecesitas ser suscriptor para poder votar.", "Necesitas ser socio" + LONG_TAIL),
    ],
)
def test_more_furniture_is_dropped_and_the_sentence_kept(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


GERMAN_HEADLINE = "Dortmund trennt sich nach der Niederlage in Bremen von seinem Trainer"
GERMAN_BODY = (
    "15. Spieltag der Liga sorgte für die fünfte Entlassung eines Trainers in dieser Saison, wie der Verein mitteilte.",
    "Nach der Niederlage gegen Bremen entschied der Vorstand, dass die Zeit des Trainers bei dem Klub vorbei ist.",
    "Die Mannschaft wird bis zum Ende des Jahres von einem Assistenten betreut, sagte der Sportdirektor am Abend.",
)


def test_a_stop_word_alone_above_a_line_in_lower_case_or_digits_is_a_wrapped_sentences_first_word() -> None:
    # WRAPPED_STOP_WORD: "Der" / "15. Spieltag der Liga ..." is one sentence, hard-wrapped
    cleaned, _ = build(GERMAN_HEADLINE, "Der", *GERMAN_BODY)
    assert "Der" in [line.text for line in cleaned.lines]
    # without: a label above a capitalised line, or a word that is no stop word, is the section's label
    cleaned, _ = build(GERMAN_HEADLINE, "Der", *GERMAN_BODY[1:])
    assert "Der" not in [line.text for line in cleaned.lines]
    cleaned, _ = build(GERMAN_HEADLINE, "Bundesliga", *GERMAN_BODY)
    assert "Bundesliga" not in [line.text for line in cleaned.lines]


RESULTS_PAGE = (
    "Harbour and Sample both won on a busy afternoon in the league, with late goals deciding both matches.",
    "Results",
    "- Harbour 2-1 Sample",
    "- Example Town 4-3 Riverside",
    "Harbour 2-1 Sample",
    "Harbour looked set to drop points before a late penalty gave them the win in front of a full stadium.",
    "Example Town 4-3 Riverside",
    "Example Town came back twice against Riverside and scored the winner with three minutes left to play.",
)


def test_a_result_printed_in_the_list_and_again_above_its_report_is_kept() -> None:
    # MATCH_RESULT: the report's heading repeats the list's line
    cleaned, _ = build(HEADLINE, *RESULTS_PAGE)
    assert [line.text for line in cleaned.lines].count("Harbour 2-1 Sample") == 2
    assert [line.text for line in cleaned.lines].count("Example Town 4-3 Riverside") == 2
    # without a score the repeated line goes, as any repeat does
    page = [line.replace("2-1", "and") for line in RESULTS_PAGE]
    cleaned, _ = build(HEADLINE, *page)
    assert [line.text for line in cleaned.lines].count("Harbour and Sample") == 1


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        # FOREIGN_SECTION_LABELS: a rubric alone on its line
        (rules.SECTION_LABEL, "Политика", "Политика правительства вызвала споры в парламенте, сообщили депутаты в пятницу."),
        (rules.SECTION_LABEL, "Thế giới", "Thế giới đang theo dõi cuộc họp của các nhà lãnh đạo tại thủ đô vào tuần tới."),
        (
            rules.SECTION_LABEL,
            "Wirtschaft",
            "Wirtschaft und Handel wuchsen im dritten Quartal stärker als erwartet, teilte das Amt mit.",
        ),
        # ILLUSTRATIVE_PICTURE: the Indonesian label before its credit
        (
            rules.CAPTION,
            "Ilustrasi. Example.id",
            "Ilustrasi ini dibuat oleh siswa sekolah dasar untuk pameran kota pada Sabtu lalu.",
        ),
    ],
)
def test_rubrics_in_more_languages_and_an_illustrations_label_are_dropped(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


def test_a_rubric_with_its_value_lost_above_the_headline_leaves_the_headline_the_title() -> None:
    body = (
        "Лидеры двух стран провели переговоры в Кремле во вторник и подписали совместное заявление о сотрудничестве.",
        "По словам министра, стороны договорились расширить торговлю и продолжить работу над новыми проектами.",
        "Следующая встреча на высшем уровне пройдет в следующем году в Пекине, сообщили в администрации.",
    )
    _, meta = build("Политика ,", "Лидеры двух стран встретились в Москве", *body)
    assert meta.title.value == "Лидеры двух стран встретились в Москве"


@pytest.mark.parametrize(
    ("rule", "junk", "sentence"),
    [
        # a Thai photo credit; a share widget's name; "also on Viber" (FOREIGN_SOCIAL_PROMO); "Read more here!" in Swedish
        (rules.CAPTION_CREDIT, "(ภาพ : AFP)", "ภาพถ่ายจากดาวเทียมแสดงให้เห็นน้ำท่วมในหลายจังหวัดทางภาคใต้ของประเทศเมื่อวันพฤหัสบดี"),
        (rules.NAV_LABEL, "sharethis", "ShareThis was bought by a larger company in 2019, the newspaper reported on Monday."),
        (
            rules.SOCIAL_PROMO,
            "Najnovije vijesti Example i na Viberu",
            "Ministar je vijest objavio i na Viberu, a zatim i na svojoj stranici na Facebooku.",
        ),
        (
            rules.TEASER,
            "Så jobbar vi med nyheter Läs mer här!",
            "Läs mer här om hur kommunen planerar att bygga nya skolor i stadens östra delar nästa år.",
        ),
    ],
)
def test_credits_widgets_and_calls_in_more_languages_are_dropped(rule: str, junk: str, sentence: str) -> None:
    check_line_rule(rule, junk, sentence)


def test_a_quote_attributed_to_a_liberal_is_no_caption() -> None:
    # PARTY_AT_THE_END: "(L)" closing the line is the party of the person quoted
    quote = "– Att pausa gör det svårt att låta skolorna utvecklas, säger Jane Example (L)."
    assert rules.line_rule(quote) is None
    # without: a position before what the picture shows is a caption's
    assert rules.line_rule("Jane Example (L) and John Example shake hands in Stockholm.") == rules.CAPTION


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("ਚੀਨੀ ਰਾਸ਼ਟਰਪਤੀ ਸ਼ੀ ਜਿਨਪਿੰਗ ਅਤੇ ਰੂਸੀ ਹਮਰੁਤਬਾ ਵਲਾਦੀਮੀਰ ਪੁਤਿਨ ਨੇ ਗੱਲਬਾਤ ਕੀਤੀ", ["Xi Jinping", "Vladimir Putin"]),
        ("रूस के राष्ट्रपति व्लादिमीर पुतिन की मुलाकात चीन के समकक्ष सी जिंपिंग से होगी", ["Vladimir Putin", "Xi Jinping"]),
    ],
)
def test_the_registry_names_the_leaders_in_punjabi_and_in_hindis_other_spelling(line: str, names: list[str]) -> None:
    assert [m.name for m in REGISTRY.matcher("leaders").find(line)] == names
