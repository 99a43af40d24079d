"""Metadata lines: a line of page furniture with several parts, split into its parts by a small tokenizer.

parse_meta_line("Source: Interfax  Published: 2021/3/14 09:12:40  Last Updated: 2021/3/14 11:02:05")
    -> MetaLine(source="Interfax", published=2021-03-14, updated=2021-03-14, ...)
parse_meta_line("Anna Petrova (@apetrova) 2 hours ago Tue 9th May 2017 | 10:45 AM")
    -> MetaLine(names=("Anna Petrova",), published=2017-05-09, ...)
parse_meta_line("Putin said on 5 May 2017 that ...") -> None (a word that is no part of a metadata line)

A metadata line is read whole or not at all: the tokenizer walks the line from left to right, and at each place one
part must match (a label, a date, a time, a relative time, a reading time, a handle, a wire, a name, a source);
a word that is none of these makes the line an ordinary line (None). So a sentence or a headline is never mined
for a date: only a line made of nothing but metadata gives one.

parse_lead() reads the credit and dateline that wire copy runs into its first paragraph
("By Ivan Sokolov MOSCOW (AFP) - ...", "BEIJING, Oct. 4 (Reuters) - ...", "MOSCOW, June 8. /TASS/. ...");
the paragraph itself stays in the body, word for word.

Every pattern here is anchored at a position and made of single quantifiers over distinct characters, so each
match is linear in the line's length; the walk tries each pattern once per part.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import TypeGuard

from . import stopwords
from .byline import (
    CAPITAL,
    DESK_WORDS,
    DUTCH_PARTICLES,
    FOREIGN_AUTHOR_LABELS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    WIRE_NAMES,
    WIRES,
    WRITTEN_BY_WORDS,
    _is_name,
    _is_wire,
    headline_verb,
    is_desk,
    is_place,
)
from .dates import (
    DATE_FORMS,
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAYS,
    MONTH_NAMES,
    MONTHS,
    SHORT_DAY_NAMES,
    TIME,
    WEEKDAYS,
    YEAR_ONLY_FORM,
    ZONE,
    _value,
    parse_date,
)
from .model import DateValue
from .rules import (
    _UNITS,
    AGO_AFTER,
    AGO_BEFORE,
    CJK_DISPATCH_LEAD_RE,
    CJK_RUN,
    COMMENT_WORDS,
    SECTION_LABELS,
    key_of,
    section_label,
)

# Part kinds.
LABEL = "label"  # "Published:", "Last Updated:" (value: "published" or "updated")
SOURCE = "source"  # "Source: Interfax" (value: the source's name)
DATE = "date"  # a full date (value: ISO)
MONTH_DAY = "month-day"  # a date without its year: "May 20", "20 May", "June 02" (value: "--05-20")
TIME_PART = "time"  # "10:45 AM", "09:12:40", "GMT", a weekday
FILLER = "filler"  # "at", "on", "local time", "hrs": only beside a date or a time
RELATIVE = "relative"  # "2 hours ago", "yesterday"
READING = "reading"  # "3 min read"
HANDLE = "handle"  # "@apetrova"
WIRE = "wire"  # "AFP", "Reuters", "/TASS/"
BY = "by"  # "By", "Written by", "Reporting by"
EDITOR_BY = "editor-by"  # "Editing by", "Additional reporting by": the names after it are not the authors
NAME = "name"  # two to five capitalised words shaped like a person's name
WORDS = "words"  # capitalised words the tokenizer can't name (a desk, a section, a place: "FP Politics", "Moscow")
AND = "and"  # "and" between names
PLACE = "place"  # "in Moscow" after a name ("Reporting by Jane Doe in Moscow")
SITE = "site"  # a site's address as a credit: "(example.com)", "Example.co.uk"
CONTROL = "control"  # a page control printed beside the author's name: "Print", "Email", "Share"
DESK = "desk"  # a role after a name: "Staff Writer", "Correspondent" ("By JANE DOE Staff Writer")
SECTION = "section"  # "Posted in World News", "Category: Business": the section the page files the story under

# A metadata line is short; a longer line is a paragraph.
MAX_META_CHARS = 220
# Capitalised words that are neither a name with evidence nor a wire ("FP Politics", "Moscow"): a few are furniture
# (a desk, a section, a place); more and the line is more likely a headline with a date in it.
MAX_UNKNOWN_WORDS = 3
# A source's name after "Source:" is short ("Interfax", "Global Times", "The Example Daily Herald").
MAX_SOURCE_WORDS = 6
# A person's name has two to five words (as in archive.byline).
MAX_NAME_WORDS = 5

# The newest date a page can state. A fixed date and not the clock, so that the same input always gives the same
# output; a date after it is a typo or a placeholder (a build of pages captured later moves it on with the code).
LATEST_PLAUSIBLE_DATE = dt.date(2027, 12, 31)
# The Unix epoch: what a site's template prints when its date field is empty ("Jan 1, 1970"). Never a real date here.
UNIX_EPOCH = dt.date(1970, 1, 1)

# --- the parts' patterns (each used with .match(text, pos)) ---------------------------------------------------------

# Words that label the date after them; the label's kind is what the date is.
# FOREIGN_LABELS: the same labels in the languages whose month names archive.dates reads (fr, es, pt, it, de, nl, id,
# pl, cs, sk, ru, uk, tr), with the word that may follow them ("Publié le", "Veröffentlicht am", "Опубликовано:").
# ARTICLE_WAS_PUBLISHED: "This article was first published on" under an article labels its date the same way, and so do
# "Article published on the 2009-10-13" and "Latest update 2009-10-13 13:57".
LABEL_RE = re.compile(
    r"(?:(?P<updated>(?:last\s+|latest\s+|page\s+)?(?:updated|update|modified|edited|revised)|"
    r"(?:senast|sist|sidst)\s+(?:uppdaterad|oppdatert|opdateret|ändrad|endret|ændret)|"  # ("Senast uppdaterad:", "last updated")
    r"mis\s+à\s+jour|mise\s+à\s+jour|(?-i:MAJ|MàJ|Màj)(?=\s?:)|(?:últ\.?\s+|última\s+)?actualizaci[oó]n|actualizado|actualizada|atualizado|atualizada|aggiornato|aggiornata|aktualisiert|"
    # (GERMAN_AS_OF: "Stand: 20.10.2022 19:16 Uhr", the time a German page was last brought up to date, with its colon)
    r"(?-i:Stand)(?=\s?:)|"
    r"(?:laatst\s+)?bijgewerkt|cập\s+nhật(?:\s+ngày|\s+lúc)?|diperbarui|zaktualizowano|aktualizacja|aktualizováno|aktualizované|aktualizácia|обновлено|оновлено|"
    r"päivitetty|muokattu|opdateret|oppdatert|uppdaterad|frissítve|ενημερώθηκε|(?:güncellenme|güncelleme)(?:\s+tarihi)?|dikemaskini|"
    # (MODIFIED_LABEL: "Modifié à 08 h 00", "Modificado el 3 de mayo", "Modificato il": an update, as "edited")
    r"modifié|modifiée|modificado|modificada|modificato|modificata|"
    # (PORTUGUESE_LAST_CHANGE: "última modificação", "última atualização", "last change")
    r"(?:última\s+)?(?:modificação|atualização)|"
    # (LAST_MODIFIED_MORE_LANGUAGES: a content system's "last modified" in German, French, Dutch, Italian, Spanish and
    # Polish: "zuletzt verändert", "Dernière modification", "laatst gewijzigd", "ultima modifica", "última modificación",
    # "ostatnia modyfikacja")
    r"zuletzt\s+(?:verändert|geändert)|dernière\s+(?:modification|mise\s+à\s+jour)|laatst\s+gewijzigd|ultima\s+modifica|"
    r"última\s+modificación|ostatnia\s+modyfikacja|"
    # (SOUTH_ASIAN_AND_PERSIAN_LABELS: "updated" in Bengali, Hindi, Persian, Arabic and Urdu)
    r"হালনাগাদ|আপডেট|अपडेट|अद्यतन|(?:آخرین\s+)?(?:بروزرسانی|به‌روزرسانی)|(?:آخر\s+)?تحديث|اپ\s?ڈیٹ)|"
    r"(?P<published>for\s+immediate\s+release|"
    # (REPORT_BY_WAS_PUBLISHED: "This report by The Canadian Press was first published Oct. 25, 2019.", a wire's tag)
    r"this\s+(?:report|article|story)\s+by\s+[\w.&'’-]+(?:\s+[\w.&'’-]+){0,4}?\s+was\s+(?:first\s+)?published|"
    # (PROGRAM_AIRED: a broadcaster's web copy under its piece, "This program aired on February 1, 2012.", "This segment
    # was first broadcast on")
    r"this\s+(?:program|programme|segment|episode|interview|show|story)\s+(?:was\s+)?(?:first\s+|originally\s+)?"
    r"(?:aired|broadcast)|"
    r"(?:(?:this\s+)?(?:article|story|post)\s+(?:was\s+)?)?(?:first\s+|originally\s+)?"
    r"(?:published|posted|released|issued|created|dated|filed|written)|"
    r"(?:date\s+)?published|publication\s+date|pub\s+date|publish(?:ed)?\s+date|(?:article|story|post|news)\s+date|"
    # (ISSUE_OF: "from the issue of August 18, 2005", a print issue's date on its web copy)
    r"(?:from\s+|in\s+)?(?:the\s+)?(?:print\s+)?(?:issue|edition)\s+of|"
    # FOREIGN_PUBLICATION_DATE: "publication date" in other languages ("Datum publikování: 12. 1. 2026")
    r"datum\s+publikování|datum\s+zveřejnění|dátum\s+publikovania|data\s+publikacji|data\s+publicării|"
    r"data\s+di\s+pubblicazione|fecha\s+de\s+publicación|date\s+de\s+publication|data\s+de\s+publicação|yayın\s+tarihi|yayınlanma\s+tarihi|oluşturulma\s+tarihi|"
    r"date|artikel\s+vom|beitrag\s+vom|erschienen\s+am|erstellt\s+am|"
    r"publié|publiée|publicado|publicada|postado|postada|pubblicato|pubblicata|veröffentlicht|gepubliceerd|diterbitkan|"
    r"geplaatst|"  # (DUTCH_POSTED: "geplaatst: woensdag 31 mei 2017, 12:06 uur", "posted")
    r"ngày\s+đăng|đăng\s+(?:ngày|lúc)|"  # (VIETNAMESE_POSTED: "Ngày đăng: 12/03/2024", "Đăng lúc 14:30 ngày 12/03/2024")
    r"criado|criada|creado|creada|notícia\s+de|noticia\s+de|"  # ("Criado em 08/05/2016 19h41", "Notícia de 27/04/2016.")
    # (ADDED_AND_ONLINE: "Ajouté le : 05.11.2018", "Mis en ligne le 5 novembre 2018", "Añadido el", "Aggiunto il",
    # "Adicionado em", "Hinzugefügt am": the page's own publication)
    # (ONLINE_SINCE: "Online seit 25.11.2017 um 18:55 Uhr", an Austrian site's, "online since")
    r"ajouté|ajoutée|mis\s+en\s+ligne|añadido|aggiunto|adicionado|hinzugefügt|online\s+seit|online\s+since|"
    # (CZECH_INSERTED: "vloženo: 06. 04. 2022", a Czech template's "inserted", its "vložil" the writer's)
    # (MALAY_THIS_ARTICLE: "Artikel ini disiarkan pada : Khamis, 17 Mac 2016", "this article was published on")
    r"(?:artikel|berita)\s+ini\s+(?:disiarkan|diterbitkan|dipublikasikan)|"
    r"dipublikasikan|disiarkan|opublikowano|dodano|publikováno|publikované|vloženo|опубликовано|опубліковано|yayınlanma|datum|"
    r"fecha|data|"
    # (NORDIC_LABELS: "published" in Norwegian, Danish, Swedish and Finnish: "Publisert 16.08.2018 kl. 12:29")
    # (NORDIC_ARTICLE_PUBLISHED: "Artikeln publicerades 18 juni 2024", "the article was published", the same in Norwegian
    # and Danish)
    r"(?:artikeln\s+|artikkelen\s+ble\s+|artiklen\s+blev\s+)?(?:publicerades|publisert|publiceret)|"
    r"publisert|publiceret|publicerad|publicerat|udgivet|julkaistu|"
    # (SOUTH_ASIAN_AND_PERSIAN_LABELS: "published", "publication date" in the same languages: "প্রকাশিত:", "تاریخ انتشار:")
    r"প্রকাশিত|প্রকাশ|प्रकाशित|प्रकाशन\s+तिथि|تاریخ\s+انتشار|انتشار|تاريخ\s+النشر|نشر\s+في|شائع))"
    r"\b(?:\s+(?:on(?:\s+the)?|at|le|am|el|em|il|op|pada|в|о)\b)?(?:\s*:)?"
    r"|(?P<cjk_updated>(?:最后|最後)?(?:更新时间|更新時間))\s*[:：]|(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|时间|時間|日期)\s*[:：]"
    # KOREAN_AND_JAPANESE_LABELS: "입력 2017.09.07 18:35" (entered), "기사입력", "등록", "승인", "게재", "발행", and "수정"
    # (modified); Japanese "公開日：", "配信日時", "掲載日", "投稿日", "会見日" (a press conference's), "更新日" (updated). Hangul words stand apart, so a
    # word's end closes them; the Japanese labels are whole compounds with "日".
    r"|(?:기사\s?)?(?:입력|등록|승인|게재|발행|작성)(?:일|일시)?(?=[\s:：\d])\s*[:：]?"
    r"|(?P<korean_updated>(?:최종\s?)?(?:수정|업데이트))(?:일|일시)?(?=[\s:：\d])\s*[:：]?"
    r"|(?:公開|配信|掲載|投稿|発行|発表|会見|作成|登録)日(?:時)?\s*[:：]?|(?P<japanese_updated>更新日(?:時)?|最終更新日?)\s*[:：]?",
    re.I,
)
# CJK_META_LABELS: Chinese pages label their metadata too ("来源：新华网", "发布时间：2024-05-16 10:20", "作者：王明",
# "责任编辑：李华"), with a full-width colon.
# FOREIGN_SOURCE_LABELS: "Source:" in the languages of the archive's sources ("Quelle: dpa", "Fuente: EFE", "Forrás: MTI",
# "Источник: ТАСС", "Nguồn: TTXVN", "출처: 연합뉴스", "Lähde: STT", "Izvor: Tanjug", "ที่มา : ...", "מקור: ...").
FOREIGN_SOURCE_LABELS = (
    "forrás|zdroj|źródło|sursa|sursă|källa|kilde|bron|quelle|fonte|fuente|источник|джерело|nguồn|sumber|πηγή|kaynak|"
    "lähde|šaltinis|avots|allikas|izvor|извор|източник|font"
)
SOURCE_RE = re.compile(
    rf"(?:source|sources|source\(s\)|via|{FOREIGN_SOURCE_LABELS})\s*:|(?:(?:信息|新闻|新聞|文章|稿件|资料|資料)?(?:来源|來源)|稿源|出处|出處|출처|出典|المصدر|منبع|स्रोत|ที่มา|מקור)\s*[:：]",
    re.I,
)
# (CJK_SOURCE_KIND: the source's label may say what it sources, "信息来源:" (the information's), "文章来源:" (the
# article's), "新闻来源:" (the news's): the same label)
SITE_SLASH_WRITER = re.compile(r"^(?P<site>[a-z0-9-]++(?:\.[a-z0-9-]++)*?\.[a-z]{2,12})\s?/\s?(?P<name>[^/]{3,60})$")
# CJK_NEXT_LABEL: a Chinese source's name ends where the line's next label opens ("来源：新华网 作者：王华", "来源: 作者: 【 】
# 浏览:72次": the author's, the views' labels), a word of one to four characters and its colon.
CJK_NEXT_LABEL = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}\s*[:：]")
SOURCE_WORDS = frozenset(("source", "sources", "source(s)", "via", *FOREIGN_SOURCE_LABELS.split("|")))
# POSTED_IN_SECTION: "Posted in News | March 5, 2019", "Filed under: World, Europe": the label of a section, then its
# name up to a bar or a date (at most MAX_SOURCE_WORDS words); furniture, never a name or a source.
IN_SECTION_RE = re.compile(r"in(?=\s)")  # (IN_SECTION_AFTER_DATE, in _tokenize: "in" in lower case, after a labelled date)
# (FOREIGN_PUBLISHED_IN: "Publicat în Example, duminică 15 mai 2011", "Publicado en", "Pubblicato in", "Publié dans",
# a name after it: "Publicado em 4 de julho de 2017" is a labelled date)
SECTION_RE = re.compile(
    r"(?:(?:posted|filed|published)\s+(?:in|under)|categor(?:y|ies)|section|"
    r"(?:publicat|publicado|publicada|pubblicato|pubblicata|publié|publiée|veröffentlicht|gepubliceerd|opublikowano)\s+"
    r"(?:in|în|en|em|dans|im|w)(?=\s+(?-i:[A-ZÀ-Þ])))\s*:?(?=\s)",
    re.I,
)
# "By", and the words that open a credit ("Written by", "Reporting by", "The Report by"; WRITING_BY: a wire's "Writing by
# Jane Roe" credits the story's writer, among its reporters, not an editor)
BY_RE = re.compile(
    # (REPORT_WRITTEN_BY: "Report Written by Jane Roe", the piece's kind before the verb)
    r"(?:(?:the\s+)?(?:(?:report|story|article|match\s+report)\s+(?=written|compiled))?(?:written|writing|reported|filed|story|words|"
    r"text|report|reporting|posted|published|opinion|analysis|commentary|column|interview|review|contributed|compiled|curated)\s+)?by\b(?:\s*:)?|"
    # EMPTY_FOREIGN_BY: "written by" or "posted by" in other languages, the template's name left empty before "on" and the
    # date ("Escrito por el 5 noviembre, 2019", "Publié par le 3 mars 2020"), as "Posted by on December 3, 2019"
    r"(?:escrito|publicado|postado|scritto|pubblicato|geschrieben|veröffentlicht|écrit|publié)\s(?:por|da|von|par)"
    r"(?=\s(?:el|le|il|am|em|on)\s\d)|"
    # (REP_AND_RED: "Rep: Jane Roe/ Red: John Doe", an Indonesian site's reporter, then its editor, "redaktur")
    r"(?:(?:story|article|post)\s+)?(?:words|text|story|author|authors|writer|reporter|byline|rep)\s*:|"  # ("Story Author :")
    # FOREIGN_BY (archive.byline; CAPITAL_DI: "28 Settembre 2017 Di Jane Roe", the Italian "by" capitalised too)
    # (QUESTION_NOT_BY: "Por qué ...", "Par quoi ...": a question's words, no credit)
    # (LOGIN_BEFORE_THE_DASH: a login in small letters and a spaced dash after the word, as a content system prints its
    # byline, "por ald — última modificação 18/10/2016", "von admin — zuletzt verändert ...")
    rf"(?:von|par|por|door|oleh|(?-i:di|av|af|od|Av|Af|Di))\s(?!(?:qué|que|quoi|was)\b)(?={CAPITAL}|(?:admin|adm|redação|redacao|redacción)\b|"
    r"[a-z][a-z0-9_.]{1,30}\s[—–-]\s|"
    # (and before the newsroom in small letters, LOWER_CASE_DESK: "Door de nieuwsredactie", "par la rédaction")
    r"(?:(?:de|la|der|die) )?[a-z]{0,12}(?:redactie|rédaction|redaktion|redazione|redaksi)\b)|"
    # DE_THE_NEWSROOM: "de" ("by" in Romanian, French, Spanish, Portuguese) before the newsroom's word ("de Redacția
    # Example | 31 Oct 2025"); before a name it is a particle too often ("de Gaulle") to read as "by"
    r"(?-i:de)\s(?=(?:redacția|redactia|redacţia|redacción|redaccion|redação|redacao|rédaction)\b)|"
    # FOREIGN_REPORTING_BY: a wire's sign-off in Portuguese, Spanish and German ("(Reportagem de Jane Roe)", "(Reporte
    # de Jane Roe; Editado por John Doe)", "(Bericht von Jane Roe)"), and "article by" ("Articol de Jane Roe, 21 Ianuarie
    # 2026", "Artículo de Jane Roe")
    rf"(?:reportagem|reporte|reportaje|bericht|articol|artículo|artigo|articolo|un article)\s(?:de|von|di)\s(?={CAPITAL})|"
    # (PUBLISHED_BY_WORDS, archive.byline: the Romanian blog template's "Publicat de Jane Roe, 30 decembrie 2019, 20:41")
    rf"(?:publicat|scris)\sde\s(?={CAPITAL})|"
    # (WRITTEN_BY_IN_PARTS: archive.byline's "written by" in more languages, "Napisane przez Jane Roe • 5:35 pm • City")
    rf"(?:{WRITTEN_BY_WORDS})\s*:?\s(?={CAPITAL})|"
    # TEXT_BY: "Tekst af Jane Roe" (Danish, Norwegian), "Text von", "Texte de", "Texto de", "Testo di", "Tekst door"
    rf"(?:tekst|text|texte|texto|testo)\s(?:af|av|von|de|di|door)\s(?={CAPITAL})|"
    rf"(?:autor|autorin|auteur|autore|penulis|laporan(?:\s+redaksi)?|автор|авторы|текст|tekst|{FOREIGN_AUTHOR_LABELS})\s*:(?=\s*{CAPITAL})",
    re.I,
)
# CJK_LABELLED_CREDIT: a Chinese page's labelled credits beside its source and date ("作者:王明 来源:例报 时间:2022-05-30",
# "编辑:王明"): a name of two to four characters up to a space or the line's end; a label the template printed empty
# ("作者: 来源:例报") is furniture, as a page control is.
CJK_LABELLED_CREDIT = re.compile(
    r"(?P<label>(?:(?P<editor>(?:责任|責任)?(?:编辑|編輯))|作者|撰文|撰稿|记者|記者)\s*[:：])\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4}(?!\S))?"
)
# Credits to people who are not the authors: wire copy's editors and helpers ("Editing by", "Additional reporting by").
EDITOR_BY_RE = re.compile(
    r"(?:(?:additional|further)\s+reporting|editing|edited|compiled|translated|translation|(?:medically\s+)?reviewed|"
    r"fact[- ]?checked)\s+by\b(?:\s*:)?|"
    # ... and their editors in Portuguese, Spanish, German and French ("Edição de", "Editado por", "redigiert von",
    # "version française", "édité par")
    r"(?:edição|edicao|edición|edicion)\s+de\b|editado\s+(?:en\s+español\s+)?por\b|redigiert\s+von\b|"
    r"version\s+française\b|édité\s+par\b|"
    r"(?:(?:web|chief|copy|managing|responsible)\s+)?editors?\s*:|(?-i:Red)\s*:|(?:责任|責任)?(?:编辑|編輯)(?:\s*[:：]|\s+(?=[\u4e00-\u9fff]))|"
    r"(?:photos?|photographs?|pictures?|images?|video|graphics?|illustrations?|design)\s*(?:by\b|:)|"
    # ... and a photo's or an illustration's credit in other languages ("Forrás: MTI - illusztráció: Example", "Foto: X")
    r"(?:foto|fotó|fotos|fotografia|fotografía|illusztráció|ilustración|ilustração|illustrazione|bild|фото|ảnh|사진|写真|图片|圖片)\s*:",
    re.I,
)
# (FOREIGN_AGO's longer units: weeks, months and years in the languages of archive.rules' _UNITS, and the Russian and
# Ukrainian days it lacks)
LONG_AGO_UNITS = (
    r"(?:semanas?|mes(?:es)?|anos?|años?|semaines?|mois|ans?|wochen?|monat(?:en)?|jahr(?:en)?|недел\w*|месяц\w*|год\w*|лет|"
    r"дн\w*|день|тижн\w*|місяц\w*|рок\w*|днів|tuần|tháng|năm|minggu|bulan|tahun|hafta|ay|yıl|settimane|mesi|anni|"
    r"weken|maanden|jaar|tygodni\w*|miesi\w*|lat)"
)
# (COMPOUND_AGE: an age in two or three units, "2 weeks, 1 day ago", as comment threads print their stamps)
AGE_UNIT = r"(?:sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)"
RELATIVE_RE = re.compile(
    rf"(?:(?:about|over|almost|nearly)\s+)?(?:an?|\d{{1,5}})\s*{AGE_UNIT}(?:,?\s+\d{{1,5}}\s*{AGE_UNIT}){{0,2}}\s+ago\b|"
    r"just\s+now\b|yesterday\b|today\b"
    # FOREIGN_AGO: the same age in other languages, with the words and units of archive.rules' FOREIGN_RELATIVE_TIME ("há 6
    # anos", "hace 3 días", "il y a 2 heures", "3 дня назад", "2 giờ trước", "3 gün önce") and the longer units an age
    # beside a date may have (weeks, months, years)
    rf"|{AGO_BEFORE}\s\d{{1,5}}\s(?:{LONG_AGO_UNITS}|{_UNITS})\b|\d{{1,5}}\s(?:{LONG_AGO_UNITS}|{_UNITS})\s{AGO_AFTER}\b",
    re.I,
)
# A reading time ("3 min read") or, as furniture of the same kind, the comment count beside the date ("Komentarzy: 0",
# "Comments (2)", "12 comments").
READING_RE = re.compile(
    r"(?:reading\s+time(?:\s*:)?\s)?\d{1,3}\s?(?:min|mins|minutes?)\s(?:read|reading|listen)\b|"
    r"reading\s+time(?:\s*:)?\s\d{1,3}\s?(?:min|mins|minutes?)\b|"
    # (EMPTY_READING_TIME: the label alone at the line's end, its value left out of the copy: "- Temps de lecture :")
    r"(?:reading\s+time|temps\s+de\s+lecture|lesezeit|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura)\s?:\s*$|"
    rf"{COMMENT_WORDS}\s?:?\s?(?:\(\d{{1,5}}\)|\d{{1,5}})(?!\w)|\d{{1,5}}\s{COMMENT_WORDS}(?!\w)",
    re.I,
)
TIME_RE = re.compile(r"t?" + TIME + r"(?![\d:])(?:\s*" + ZONE + r"\b)?", re.I)
ZONE_RE = re.compile(ZONE + r"\b", re.I)
WEEKDAY_RE = re.compile(WEEKDAYS + r"(?![^\W\d_])", re.I)
# FOREIGN_WEEKDAY: a weekday's name in another language (CLDR's, archive.dates), written out ("mercredi 29 août 2018",
# "Mittwoch, 5. März"): the short forms ("Mi", "do") are common words too.
# (INDIC_VOWEL_SIGNS, archive.dates: a Bengali or Hindi weekday's vowel signs are marks, not letters, "মঙ্গলবার";
# a match is a weekday only if it is one of the names)
FOREIGN_WEEKDAY_RE = re.compile(
    r"[^\W\d_](?:[^\W\d_\u0900-\u0dff]|[\u0900-\u0dff]){3,}+(?:-[^\W\d_]++)?|[^\W\d_]{2,3} [^\W\d_]{2,4}(?![^\W\d_])"
)  # ("segunda-feira", "Thứ hai")
LONG_FOREIGN_WEEKDAYS = frozenset(day for day in FOREIGN_WEEKDAYS if len(day) >= 4)
# Small furniture words between the parts ("at 10:45", "on Tue", "local time", "IST hrs").
# FOREIGN_FILLERS: the same in other languages ("le 5 mars 2019 à 14h20", "am 05.03.2019 um 14:20 Uhr").
# (Portuguese "às 11h44", Spanish "a las 10:30", Italian "alle 10:30", "ore", Romanian "ora 21:31", Turkish "saat";
# German letters' "Chemnitz, den 19.01.2018" and "vom 19.01.2018"; Danish and Norwegian "kl." before the clock, "25.04.2024 - kl. 13:38",
# without its stop too ("16/08/2018 kl 12:29"), Swedish "klockan", Finnish "klo" and "kello" ("6.2.2017, klo 15.00"); Serbian
# and Croatian "u" before it, "10. 03. 2024. u 13:12"; Dutch "uur" after it, "12:06 uur", and "om" before it, "12 maart
# 2024 om 14:30")
FILLER_RE = re.compile(
    # (AND_THEN_UPDATED: "Criado em 08/05/2016 19h41 e atualizado em ...", the update's label after "and")
    r"(?:e|y|et|und|and)(?=\s+(?:atualizad|actualizad|updated|modifi|mis à jour|aktualisiert))|"
    r"(?:at|on|local\s+time|hrs|le|às|à|a\s+las|a\s+la|alle|ore|ora|saat|am|um|uhr|uur|den|vom|el|em|il|op|pada|в|г\.|kl\.|"
    r"kl(?=\s\d)|klockan|klo(?=\s\d)|kello(?=\s\d)|u(?=\s\d)|om(?=\s\d{1,2}[:.]\d\d)|in(?=\s\d{1,2}:\d\d)|"  # (IN_BEFORE_THE_CLOCK: "2018 in 2:51 PM")
    r"lúc|ngày(?=\s\d))(?![^\W_])|"  # (VIETNAMESE_AT_AND_ON: "16:05 ngày 03/03/2024", "lúc 16:05")
    r"@(?=\s?\d)",
    re.I,
)
HANDLE_RE = re.compile(r"@[A-Za-z0-9_]{1,30}\b")
# EMAIL_AFTER_NAME: the writer's address after the name ("Tekst af Jane Roe, jroe@example.dk"), read as a handle is:
# furniture beside the credit
# (PROTECTED_ADDRESS_AFTER_NAME: the address a site's protection hid when the page was copied, "Jane Roe, [email
# protected]", is the same furniture)
EMAIL_RE = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b|\[?email[\xa0 ]protected\]")
# A site's address: labels of letters, digits and hyphens joined by dots, the last one letters ("example.com.cn").
# (SITE_WITH_SCHEME: "http://www.EXAMPLE.tw   2018-12-19 11:41:50", the address as a link prints it; its value without it)
SITE_RE = re.compile(
    r"(?:https?://)?(?:www\.)?[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,62}){0,3}\.[A-Za-z]{2,12}(?![\w.])"
)
# ISSUE_AND_PAGE: a printed issue's number and page beside its date ("La Example - n°131 - avril 2002 - page 12",
# "Nr. 12/2019, S. 4"): furniture of the print edition's credit.
# (VOLUME_AND_NUMBER: a print edition's "Vol. 5 Num 390" before its date)
ISSUE_AND_PAGE_RE = re.compile(
    r"(?:n°|nº|n\.º|no\.|nr\.|№|num\.?|vol\.|volume|issue)\s?\d{1,5}\b|(?:page|pages|p\.|pág\.|seite|s\.)\s?\d{1,4}\b", re.I
)
# CONTACT_ADDRESS: the newsroom's or the writer's contact, labelled, after the credit ("Af Jane Roe Kontakt redaktionen:
# redaktion@example.dk", "Contact: jroe@example.com")
CONTACT_ADDRESS_RE = re.compile(
    r"(?:kontakt(?:\s+redaktionen)?|contact(?:\s+(?:us|the\s+newsroom|the\s+author))?|e-?mail)\s*:\s*"
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b",
    re.I,
)
# Page controls that sit in the author block ("Brian Example - Print | Email").
# COUNTERS: a page's counts of its readers and comments ("Hits: 1234", "Views: 345", "Comments (0)", "12 views").
# (COMMENTS_OFF: a WordPress theme's "Comments Off on <the post's title>", to the line's end)
# CJK_CONTROLS: a Chinese page's comment count and font-size buttons beside its date and source ("参与互动(0)",
# "【字体:↑大 ↓小】", "字号：大 中 小")
CJK_CONTROLS = (
    r"参与互动\s?[(（]\d{1,6}[)）]|评论\s?[(（]\d{1,6}[)）]|【?\s?(?:字体|字號|字号)\s?[:：]\s?(?:[↑↓]?\s?[大中小]\s?){2,3}】?|"
    # CJK_EMPTY_COUNTERS: a template's counters and font-size label, printed with no value or with the count ("点击数:",
    # "浏览量:1653次", "字号:"), beside the date and the source
    r"(?:点击|點擊|浏览|瀏覽|阅读|閱讀)(?:数|數|量|次数|次數)?\s?[:：]\s?(?:\d{1,9}\s?次?)?(?!\S)|(?:字体|字號|字号)\s?[:：](?!\S)"
)
CJK_CONTROL_RE = re.compile(CJK_CONTROLS)
CONTROL_RE = re.compile(
    # (CZECH_READ_COUNT: "přečteno: 217", read so many times)
    r"(?:comments\soff\son\s.{1,300}$|(?:comments?|hits|views|reads|likes|shares|přečteno)\s?:?\s?\(?\d{1,3}(?:[,.]?\d{3})*\)?|"
    r"(?<![\d,.])\d{1,3}(?:[,.]?\d{3})*\s(?:comments?|views|hits|reads|likes|shares)|"  # from a number's start only
    # (FOREIGN_VIEWS: "৪৩৬জন দেখেছেন", 436 have seen it; "बार देखा गया", seen times; "بازدید", visits)
    r"(?<!\d)\d{1,9}\s?(?:জন\s(?:দেখেছেন|পড়েছেন)|बार\sदेखा\sगया|بازدید)|(?:بازدید|ব্যূ|ভিউ)\s?:?\s?\d{1,9}|"
    r"print|email|e-mail|share|save|listen|comments?|follow(?:\s+us)?(?:\s+on)?|segui(?!\S)|leave\sa\s(?:comment|reply)|no\scomments|"
    r"vedi\sletture|"  # (SEE_READS: an Italian template's link to the page's views count)
    r"a\s?[+-]\s?a\s?[+-](?!\S)|"  # (FONT_SIZE_BUTTONS: "A+A-", "A- A+": the text's size)
    # (READ_TIMES: "... and read 3070 times", a post's count of readers; "Adjust font size:", the size's widget)
    r"(?:and\s)?read\s\d{1,9}\stimes|adjust\sfont\ssize\s?:?|"
    r"(?:[^\W\d_]{2,20}\s)?app\sdownload|download\s(?:the\s|our\s)?app|"  # (APP_DOWNLOAD: "Example App Download")
    # (FOREIGN_PAGE_CONTROLS: print and send buttons and the contact link in other languages, "23. 11. 2010 | Druckversion |
    # Artikel versenden | Kontakt")
    # (the contact link alone, at the end or before a bar: "Kontakt redaktionen: ..." is the newsroom's address, read as such)
    r"druckversion|drucken|(?:artikel\s)?versenden|(?:kontakt|contact)(?:\s(?:redaktionen|us|os|oss))?(?=\s*+(?:\||$))|imprimer|envoyer|imprimir|enviar|stampa|"
    r"invia|afdrukken|"
    # (FOREIGN_SHARE_AND_COMMENT: the share and comment buttons in other languages, "Miércoles, 1 de marzo 2023, 08:07
    # Comenta Compartir", "Partager Commenter")
    r"compartir|comparte|comenta|comentar|compartilhar|partager|commenter|teilen|kommentieren|condividi|commenta|delen|"
    r"reageer|udostępnij|skomentuj|поделиться|комментировать|"
    # (FOREIGN_NO_COMMENTS: the comment count's "no comments", "21 grudnia 2025 17:54 | Autor: Jane Roe | Brak komentarzy")
    r"brak\skomentarzy|sin\scomentarios|pas\sde\scommentaires?|keine\skommentare|nessun\scommento|sem\scomentários|"
    r"geen\sreacties|нет\sкомментариев|žádné\skomentáře|"
    # (WRITERS_CARD_LINKS: the links to the writer's address and biography after the name, "By Jane Roe email | bio")
    r"bio|full\sbio|author\sbio|"
    # (COPY_LINK_BUTTON: the share bar's "copy to clipboard" beside the byline, "Door Jane Roe Kopieer naar clipboard")
    r"kopieer\s+naar\s+(?:het\s+)?klembord|kopieer\s+naar\s+clipboard|copy\s+to\s+clipboard|copy\s+link|"
    # (KIND_LABEL_BETWEEN_BARS: the kind of piece set off by bars, "10/16/2024 | Press release | ...": see KIND_LABEL_FIRST)
    r"(?:press|news|media)\srelease(?=\s*+(?:\||$))|"
    r"(?:" + CJK_CONTROLS + r"))(?![^\W_])",
    re.I,
)
# COUNT_AFTER_DATE: a bare number ending a date line, after its date or time, is the page's count of readers ("19 Feb
# 2019 2849", "14.08.2025, 18:00 3401": the eye icon before it lost in the copy), never part of the date. (COUNTS_AFTER_DATE:
# two or three counts, readers and comments, "2025-03-04 151 0"; RATING_AMONG_COUNTS: a mean rating among them with its one
# decimal, "14.08.2020 707 0.0 0")
COUNT_AFTER_DATE_RE = re.compile(r"\d{1,3}(?:[,.\u00a0 ]?\d{3}){0,3}(?:\s(?:\d\.\d|\d{1,6})){0,2}\s*$")
# ICON_LIGATURE: an icon font's ligature name printed glued before what it marks ("todayJaneiro 14, 2026",
# "access_time10:45", "personJane Roe"): Material Icons' names of the calendar, clock, eye, person and comment icons,
# in lower case and run into a capital or a digit (a word "today" with a space after it is a word): taken out.
ICON_LIGATURE_RE = re.compile(
    r"(?<![^\W_])(?:calendar_today|today|access_time|schedule|event|date_range|query_builder|visibility|remove_red_eye|"
    r"person|account_circle|chat_bubble_outline|chat_bubble|mode_comment|comment|folder_open)(?=[A-Z0-9])"
    # ICON_CLASS_NAME: an icon's class name printed glued before the date it marks ("icon.crdate04.04.2025",
    # "icon-calendar12.05.2024", "fa-clock 10:45": a content system's date field)
    r"|(?<![^\W_])(?:icon|fa|glyphicon)[-._][a-z_-]{2,20}(?=\s?\d)"
)
# Separators between parts.
# (and the Arabic comma and semicolon; ARROW_BETWEEN_TIMES: "25. 04. 2014. 08:12 >> 08:13", the time of a change after
# chevrons)
# (DOT_SEPARATORS: the hyphenation point and the bullet operator, "24/11/2018 06:19 ‧ 6 years ago", as "•" and "·")
SEPARATOR_RE = re.compile(r"[\s|•·‧∙,;/()\[\]【】–—\-:.،؛>»]+")  # (CJK_BRACKETS: "【发布日期:2014-12-22】 【来源:】")
# A strong separator ends a source's name.
STRONG_SEPARATOR = re.compile(r"\s*(?:[|•·‧∙]|\s\s)")
WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]+)*\.?")
# AND_BETWEEN_NAMES: "and" or "&" between two writers' names, or the word in the page's language ("19. Juli 2011 von
# Jane Roe und John Doe", "par Jane Roe et John Doe", "por Jane Roe y John Doe"); read only after a name. ("&" is no word
# character, so no word boundary may follow it.)
AND_RE = re.compile(r"(?:(?:and|und|et|y|e|en|og|och|és|ja|и|і|та)\b|&)(?=\s)", re.I)
# OF_THE_PAPERS_STAFF (archive.byline): "Jane Roe of The Example Sentinel Staff", the paper's staff after the name
OF_PAPERS_STAFF_RE = re.compile(r"(?i:of)\s(?:(?i:the)\s)?[A-Z][\w.&'’-]*+(?:\s[A-Z][\w.&'’-]*+){0,4}?\s(?i:staff)\b")
# NAMED_STAFF_CREDIT: "By Example News 13 Staff", a station's or paper's staff after "By" (a channel's number among its
# capitalised words): a desk's credit, no person's name, so the date after it on the line is read too
# ("By JANE DOE Staff Writer" is a person and her role: "staff" before a role word is the role's)
NAMED_STAFF_RE = re.compile(
    r"(?<![\w.&'’-])(?:[A-Z][\w.&'’-]*+|\d{1,4})(?:\s(?:[A-Z][\w.&'’-]*+|\d{1,4})){0,4}?\s(?i:staff)\b"
    r"(?!\s++(?i:writers?|reporters?|correspondents?|photographers?|editors?|members?)\b)"
)
IN_RE = re.compile(r"in\s(?=[A-Z])")
# A place after a name is short ("in Moscow", "in Rio de Janeiro").
MAX_PLACE_WORDS = 3
SPACES_RE = re.compile(r"[ \t]*")
SOURCE_WORD_RE = re.compile(r"[^\s|•·]+")
# A user name in lower case after "by" or "Editor:" ("Posted by admin", "Editor: huaxia"): a login, never a person.
USERNAME_RE = re.compile(r"[a-z][a-z0-9_.\-]{1,30}(?![^\W_])")
_WIRE_ALTERNATION = "|".join(re.escape(w) for w in sorted(WIRES, key=len, reverse=True))
WIRE_RE = re.compile(r"(?:" + _WIRE_ALTERNATION + r")(?![^\W_])", re.I)
# AGENCY_WORDS_BEFORE_WIRE: "news agency" in other languages, before the agency's name ("Agence de presse Xinhua
# 2008/08/08", "agencia de noticias EFE", "Kantor Berita ANTARA"): furniture of the credit, only with a wire after it.
AGENCY_WORDS_BEFORE_WIRE_RE = re.compile(
    r"(?:l[’']\s?)?(?:agence\s+de\s+presse|agencia\s+de\s+noticias|agência\s+de\s+notícias|agenzia\s+di\s+stampa|"
    r"agentia\s+de\s+(?:presă|presa|știri|stiri)|kantor\s+berita|(?:информационное\s+)?агентство|агенція)"
    r"\s+(?=(?:" + _WIRE_ALTERNATION + r")(?![^\W_]))",
    re.I,
)
AGENCY_WORDS = "agency"  # (the value of their filler part)
# A wire name this short is read only in capitals ("AP", "AFP", "ANI"), never as a word ("Ap", "ani").
SHORT_WIRE = 4
MONTH_WORDS = frozenset(MONTHS)
FULL_DATE_FORMS = tuple(form for form in DATE_FORMS if form is not YEAR_ONLY_FORM)
# MONTH_DAY_PART: a month and a day with no year ("New York, May 20", "June 02, 12:01 UTC+3 BEIJING", "20 May"), the
# dateline of copy that never prints its year. Read only as a part of a metadata line (the rest of the line furniture),
# tried after the full dates, and recorded as a month-day (the year stays unknown): never a guessed year.
MONTH_DAY_RE = re.compile(
    r"(?:(?P<month>" + MONTH_NAMES + r")\.?\s(?P<day>\d{1,2})(?:st|nd|rd|th)?|"
    r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s(?P<month2>" + MONTH_NAMES + r")\.?)(?![\w])",
    re.I,
)


# FOREIGN_MONTH_DAY: the same in another language, the day first ("8. Mai", "8 mai", "8 de mayo", "8 маября"): the
# month names are the date library's (archive.dates.FOREIGN_MONTHS), never a guessed word.
_FOREIGN_MD_MONTHS = "|".join(sorted(map(re.escape, FOREIGN_MONTHS), key=len, reverse=True))
FOREIGN_MONTH_DAY_RE = re.compile(r"(?P<day>\d{1,2})\.?\s(?:de\s)?(?P<month>" + _FOREIGN_MD_MONTHS + r")\.?(?![\w])", re.I)


@dataclass(frozen=True, slots=True)
class Part:
    kind: str  # one of the part kinds above
    text: str  # as written on the line
    value: str = ""  # the label's kind, the source's name, the ISO date or the name


@dataclass(frozen=True, slots=True)
class MetaLine:
    """What a metadata line says, part by part, and what its parts prove."""

    parts: tuple[Part, ...]
    published: DateValue | None  # the publication date (a date labelled "Published", or an unlabelled one)
    updated: DateValue | None  # a date labelled "Updated"/"Last update"
    names: tuple[str, ...]  # people credited as authors (a name after "By", beside a handle or a wire)
    source: str | None  # the name after "Source:"/"Via:", as written
    wire: str | None  # the first wire named on the line ("AFP", "Reuters")
    site: str | None  # a site's address printed as a credit ("example.com"), in lower case
    rejected: tuple[str, ...]  # dates refused as impossible, each with the reason
    ambiguous: tuple[tuple[str, str], ...] = ()  # (label, text) of all-numeric dates read two ways ("05/07/2017")
    month_day: str | None = None  # the first date without a year ("--05-20"), when the line has no full date


def implausible(date: dt.date) -> str | None:
    """Why a date can't be a page's date (None if it can): the Unix epoch, or after LATEST_PLAUSIBLE_DATE."""
    if date == UNIX_EPOCH:
        return "the Unix epoch (an empty date field)"
    if date > LATEST_PLAUSIBLE_DATE:
        return f"after {LATEST_PLAUSIBLE_DATE.isoformat()}"
    return None


def as_date(value: DateValue) -> dt.date:
    year, month, day = (value.iso.split("-") + ["1", "1"])[:3]
    return dt.date(int(year), int(month), int(day))


def _is_wire_text(text: str) -> bool:
    return len(text) > SHORT_WIRE or text.isupper()


def _match_date(text: str, pos: int, after_label: bool) -> tuple[int, DateValue | None] | None:
    """A date starting at pos: (end, value); value None when the date is written but invalid or ambiguous."""
    forms = DATE_FORMS if after_label else FULL_DATE_FORMS
    for form in forms:
        match = form.match(text, pos)
        if match is None:
            continue
        end = match.end()
        # (CJK_DATE_THEN_CLOCK: a date closed by its day's mark may have the time glued on, "2008年10月28日09:36")
        marked = text[end - 1] in "日일" and TIME_RE.match(text, end) is not None
        if end < len(text) and (text[end].isalnum() and text[end] not in "Tt") and not marked:
            continue
        return end, _value(match)
    short = LABELLED_SHORT_YEAR_RE.match(text, pos) if after_label else None
    if short is not None:
        day, month, year = int(short["day"]), int(short["month"]), int(short["year"])
        year += 2000 if year <= LATEST_PLAUSIBLE_DATE.year % 100 else 1900
        valid = 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
        return short.end(), DateValue(f"{year:04d}-{month:02d}-{day:02d}", "day") if valid else None
    return None


# LABELLED_SHORT_YEAR: a date of day, month and a two-digit year with dots, right after its label ("Published
# 28.12.22, 12:40"): the label says it is a date, not a clock's "12.40.22"; the year in this century up to the latest
# plausible one, else the last.
LABELLED_SHORT_YEAR_RE = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})(?![\d.]\d|\d)")


# NUMERIC_MONTH_DAY_CLOCK: a month and day in figures before a clock ("12/19 14:05", as Japanese sites stamp a story):
# read only when one of the two numbers cannot be a month (19), which tells their order; "05/06 14:05" is left unread.
NUMERIC_MONTH_DAY_CLOCK = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?=\s\d{1,2}:\d{2}(?!\d))")


def _match_month_day(text: str, pos: int) -> tuple[int, str] | None:
    """A month and day without a year at pos (MONTH_DAY_PART): (end, "--MM-DD"), None when none or impossible."""
    numeric = NUMERIC_MONTH_DAY_CLOCK.match(text, pos) if text[pos : pos + 1].isdigit() else None
    if numeric is not None and (pos == 0 or not text[pos - 1].isdigit() and text[pos - 1] not in "/.-"):
        a, b = int(numeric["a"]), int(numeric["b"])
        month, day = (a, b) if a <= 12 < b else (b, a) if b <= 12 < a else (0, 0)
        if month and day <= 31:
            return numeric.end(), f"--{month:02d}-{day:02d}"
    match = MONTH_DAY_RE.match(text, pos)
    foreign = FOREIGN_MONTH_DAY_RE.match(text, pos) if match is None else None
    if foreign is not None:
        month, day = FOREIGN_MONTHS[foreign.group("month").lower()], int(foreign.group("day"))
        match = foreign
    elif match is not None:
        month = MONTHS[(match.group("month") or match.group("month2")).lower()]
        day = int(match.group("day") or match.group("day2"))
    else:
        return None
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is a month-day that exists
    except ValueError:
        return None
    return match.end(), f"--{month:02d}-{day:02d}"


# LOWER_CASE_DESK: the newsroom credited in small letters after "By" ("By the newsroom", "Door de nieuwsredactie",
# "par la rédaction"), a desk word alone or closing a compound ("nieuwsredactie", "sportredactie")
LOWER_CASE_DESK_RE = re.compile(
    r"(?:(?:the|our|de|la|le|el|der|die|da|a) )?[a-z]{0,12}(?:newsroom|news desk|desk|staff|editors|redactie|rédaction|"
    r"redaction|redacción|redaccion|redazione|redação|redacao|redaktion|redaksi)(?![\w])"
)
# MONTH_AS_FIRST_NAME: a month's name opening a name, a capitalised word after it ("By Jan Kowalski", "By May Lee"), is
# a first name; after a name's first word it ends the name ("Jane Roe May 28, 2017").
NEXT_CAPITALISED_WORD = re.compile(r" (?=[^\W\d_][^\W\d_])")
# PARTICLE_IN_NAME: a small particle between a name's words ("Jane de Vries", "Jan van der Berg", archive.byline's
# NAME_PARTICLES) belongs to the name when a capitalised word follows; a name never ends on one.
PARTICLES_IN_NAMES = (NAME_PARTICLES | DUTCH_PARTICLES) - {"y", "e", "st."}
# (UNAMBIGUOUS_PARTICLES: those no title's small words are, read in a name wherever it stands, "Riyaz ul Khaliq | 08.02.2023";
# "de", "la", "der" join a title's words as often, "Ministère de la Santé", and are read only after "By")
UNAMBIGUOUS_PARTICLES = frozenset("ul ur ud bin binti ibn van von ter ten".split())
PARTICLES_RUN = re.compile(
    r"(?:(?:" + "|".join(sorted(map(re.escape, PARTICLES_IN_NAMES), key=len, reverse=True)) + r") ){1,3}(?=[^\W\d_]{2})"
)


def _particles_before_a_name(text: str, at: int) -> re.Match[str] | None:
    """PARTICLE_IN_NAME: the particles from at, if a capitalised word follows them."""
    particles = PARTICLES_RUN.match(text, at)
    return particles if particles is not None and text[particles.end()].isupper() else None


def _first_name_of_a_month(text: str, match: re.Match[str]) -> bool:
    after = NEXT_CAPITALISED_WORD.match(text, match.end())
    if after is not None and _particles_before_a_name(text, after.end()) is not None:
        return True  # ("Jan van der Berg")
    if after is None or not text[after.end()].isupper():
        return False
    following = WORD_RE.match(text, after.end())
    return (
        following is not None
        and following.group().lower().rstrip(".") not in MONTH_WORDS
        and not WEEKDAY_RE.fullmatch(following.group())
    )


def _name_run(text: str, pos: int, credited: bool = False) -> tuple[int, list[str]]:
    """Capitalised words from pos, separated by single spaces: (end, words). Stops at a month, a weekday, a wire,
    a label word, and at a word in capitals after words in title case ("Ivan Sokolov MOSCOW"). credited: the run follows
    "By" or "and", where it is a person's name (MONTH_AS_FIRST_NAME, PARTICLE_IN_NAME); elsewhere small words between
    capitalised ones are a title's ("Aus der Gemeinderatssitzung vom 6. November")."""
    words: list[str] = []
    end = pos
    at = pos
    while True:
        match = WORD_RE.match(text, at)
        if match is None:
            break
        word = match.group()
        key = word.lower().rstrip(".")
        in_name = key in PARTICLES_IN_NAMES if credited else key in UNAMBIGUOUS_PARTICLES
        particles = _particles_before_a_name(text, at) if words and in_name else None
        if particles is not None:
            # PARTICLE_IN_NAME: "de" in "Jane de Vries", "van der" in "Jan van der Berg", read with the word after them
            following = WORD_RE.match(text, particles.end())
            if following is None:
                break
            match, word = following, particles.group() + following.group()
            key = following.group().lower().rstrip(".")
            at = particles.end()
        month_name = key in MONTH_WORDS and not (credited and not words and _first_name_of_a_month(text, match))
        if not word[:1].isupper() and " " not in word or month_name or WEEKDAY_RE.fullmatch(word) or key in ("by", "and"):
            break
        if len(words) >= 2 and key in LONG_FOREIGN_WEEKDAYS and text[match.end() : match.end() + 3].lstrip(" ,")[:1].isdigit():
            break  # FOREIGN_WEEKDAY_AFTER_NAME: "Jon Olav Roe Måndag 3. april 2017", the weekday before its date ends a name of
            # two words or more (a surname may be a weekday: "Jane Sabato 3 April 2017")
        if LABEL_RE.fullmatch(word) or SOURCE_RE.match(word + ":") and key in SOURCE_WORDS:
            break
        wire = WIRE_RE.match(text, at)
        if wire is not None and wire.end() >= match.end() and _is_wire_text(wire.group()):
            break
        # SURNAME_IN_CAPITALS: a surname in capitals after a first name alone ("par Kilian KUENY") ends the name; after
        # two words or more, a word in capitals is a place ("Ivan Sokolov MOSCOW")
        surname = len(words) == 1 and "." not in words[0] and len(word) > 2 and word.isalpha() and not is_place(word)
        if words and word.isupper() and len(word.rstrip(".")) > 1 and not any(w.isupper() for w in words) and not surname:
            break  # a place in capitals after a name in title case
        if words and (CONTROL_RE.match(text, at) or CONTACT_ADDRESS_RE.match(text, at)):
            break  # a page control or a contact after a name ("Jane Doe Leave a Comment", "Jane Doe Print")
        if (
            word == "I"
            and len(words) >= 2
            and (text[match.end() + 1 : match.end() + 2].isdigit() or WEEKDAY_RE.match(text, match.end() + 1))
        ):
            break  # BAR_AS_LETTER_I: "Jane ROE I Sunday, Oct. 26, 2025": a capital I set as the bar between name and date
        words.append(word)
        end = match.end()
        if len(words) > MAX_NAME_WORDS:
            break
        if end < len(text) and text[end] == " " and end + 1 < len(text) and text[end + 1] != " ":
            at = end + 1
            continue
        break
    return end, words


def _uncased(word: str) -> bool:
    return word[:1].isalpha() and not word[:1].isupper() and not word[:1].islower()


def _uncased_run(text: str, pos: int) -> int:
    """Where a run of words in a script without capitals (Devanagari, Chinese, Arabic) starting at pos ends: such
    words can't be told for names, so they are never a person; they are furniture words ("By <desk> | Mar 10, 2019")."""
    end = pos
    while True:
        match = SOURCE_WORD_RE.match(text, end)
        if match is None or not _uncased(match.group()):
            return end
        end = match.end()
        if text[end : end + 1] != " " or not _uncased(text[end + 1 : end + 2]):
            return end
        end += 1


# The role a person writes in, last word of a desk credit after a name ("Staff Writer", "Senior Correspondent"); a desk
# itself ("Politics Desk", "News Team") credits no person.
PERSON_ROLE_WORDS = frozenset(
    "reporter correspondent writer staffer contributor columnist editor journalist".split()
    # (the journalist in the archive's languages, after the name: "Jane Roe Redakteurin", "Jane Roe journaliste")
    + "journaliste giornalista periodista jornalista repórter reportero reportera redakteur redakteurin redaktor".split()
    + "redaktorka dziennikarz dziennikarka corresponsal correspondant correspondante corrispondente корреспондент".split()
)
ROLE_QUALIFIERS = frozenset("staff senior special chief political foreign our contributing associate freelance guest".split())


# NAMED_DESK_PART: a newsroom named with its site's name ("Example News Desk, 18 Jan, 2022", "Example Web Team | ..."):
# the site's desk, no person. (Other desk words name bodies in a text too: "South Pier (Harbour Board)".)
NEWSROOM_WORDS = frozenset("desk team newsroom bureau".split())


def _trailing_desk(words: list[str]) -> int:
    """Where a person's role at the end of a run of capitalised words begins ("Jane Doe Staff Writer" -> 2), or
    len(words) when the run does not end in one."""
    if not words or words[-1].lower().strip(".,") not in PERSON_ROLE_WORDS:
        return len(words)
    at = len(words) - 1
    while at > 0 and words[at - 1].lower().strip(".,") in ROLE_QUALIFIERS:
        at -= 1
    return at


# ROLE_AFTER_NAME: the role a writer is credited in, after the name and a slash or a comma ("Adrian Frater/News Editor",
# "Jane Roe, Senior Staff Reporter"): a role word last, qualifiers before it
ROLE_ALONE_QUALIFIERS = ROLE_QUALIFIERS | frozenset(
    "news managing deputy assistant associate contributing sports business city".split()
)


MAX_ROLE_WORDS = 4


def _role_alone(words: list[str]) -> bool:
    if not words or len(words) > MAX_ROLE_WORDS or words[-1].lower().strip(".,") not in PERSON_ROLE_WORDS:
        return False
    return all(w.lower().strip(".,") in ROLE_ALONE_QUALIFIERS for w in words[:-1])


def _name_after_label(text: str, pos: int, stop_at_wide_space: bool) -> tuple[int, list[str]]:
    """The words of a source's or a section's name after its label, up to a bar, a label, a date or MAX_SOURCE_WORDS
    words (and, with stop_at_wide_space, a run of spaces): (where it ends, the words)."""
    words: list[str] = []
    while len(words) < MAX_SOURCE_WORDS:
        space = SPACES_RE.match(text, pos).end() - pos  # type: ignore[union-attr]
        if words and (STRONG_SEPARATOR.match(text, pos) or (stop_at_wide_space and space > 1)):
            break
        word = SOURCE_WORD_RE.match(text, pos + space)
        if word is None or LABEL_RE.fullmatch(word.group().rstrip(":")) or _match_date(text, pos + space, False):
            break
        if words and word.group().endswith(":"):
            break  # NEXT_LABEL: a word and a colon is the next credit's label ("Forrás: MTI - illusztráció: Example")
        if EDITOR_BY_RE.match(text, pos + space) or BY_RE.match(text, pos + space) or LABEL_RE.match(text, pos + space):
            break  # the next credit's label ("来源:今晚报 编辑:高志翔", "Source: Interfax By Jane Doe")
        if words and CJK_CONTROL_RE.match(text, pos + space):
            break  # a page control after the name ("来源:中国新闻网 参与互动(0)")
        words.append(word.group())
        pos = word.end()
    return pos, words


# BRACKETED_NAME_AFTER_DATE: the site's or the section's name in square brackets after the date and time ("24 мая 2023,
# 08:01 [ «Example Weekly» ]"), where a tab's label was: a part of the date line, never a person.
# (the spaces around the name bounded: each position is tried in a few steps, linear on a line of spaces)
BRACKETED_NAME_AFTER_DATE = re.compile(r"(?:\[\s{0,3})?[«\"“]?(?P<name>[^\[\]«»\"“”]{2,60}?)[»\"”]?\s{0,3}\]")


def _tokenize(text: str) -> list[Part] | None:
    """The line's parts, left to right; None as soon as something is no part of a metadata line."""
    parts: list[Part] = []
    pos = 0
    length = len(text)
    while True:
        sep = SEPARATOR_RE.match(text, pos)
        if sep is not None:
            pos = sep.end()
        if pos >= length:
            return parts
        previous = parts[-1].kind if parts else ""
        after_label = previous == LABEL or (previous == TIME_PART and any(p.kind == LABEL for p in parts[-3:]))
        # COUNT_OF_DAYS_AGO: "Updated 1576 days ago" counts days; its number is no year after the label
        counted = RELATIVE_RE.match(text, pos) if after_label and text[pos].isdigit() else None
        match = COUNT_AFTER_DATE_RE.match(text, pos) if previous in (DATE, TIME_PART) else None
        if match:
            parts.append(Part(CONTROL, match.group().strip()))
            pos = match.end()
            continue
        opened = text[pos : pos + 1] == "[" or text[:pos].rstrip().endswith("[")  # (the separators take the bracket)
        match = BRACKETED_NAME_AFTER_DATE.match(text, pos) if previous in (DATE, TIME_PART) and opened else None
        if match:
            parts.append(Part(WORDS, match["name"].strip()))  # BRACKETED_NAME_AFTER_DATE
            pos = match.end()
            continue
        found = None if counted else _match_date(text, pos, after_label)
        if found is not None:
            end, value = found
            parts.append(Part(DATE, text[pos:end], value.iso if value else ""))
            pos = end
            continue
        month_day = _match_month_day(text, pos)
        if month_day is not None:
            parts.append(Part(MONTH_DAY, text[pos : month_day[0]], month_day[1]))
            pos = month_day[0]
            continue
        match = CJK_LABELLED_CREDIT.match(text, pos)
        if match:
            # CJK_LABELLED_CREDIT: the credit's label, then a name in Chinese characters (never read as a person here:
            # archive.byline's cjk_reporters reads it) or nothing, when the template printed the label empty
            if match["name"]:
                parts.append(Part(EDITOR_BY if match["editor"] else BY, match["label"]))
                parts.append(Part(WORDS, match["name"]))
            else:
                parts.append(Part(CONTROL, match["label"]))
            pos = match.end()
            continue
        match = EDITOR_BY_RE.match(text, pos)
        if match:
            parts.append(Part(EDITOR_BY, match.group()))
            pos = match.end()
            continue
        match = BY_RE.match(text, pos)
        if match:
            parts.append(Part(BY, match.group()))
            pos = match.end()
            continue
        # IN_SECTION_AFTER_DATE: "Posted: April 6, 2017 in Uncategorized": the blog's category after its labelled date
        labelled_date = previous in (DATE, TIME_PART) and any(p.kind == LABEL for p in parts)
        match = IN_SECTION_RE.match(text, pos) if labelled_date else None
        if match:
            end, section_words = _name_after_label(text, match.end(), stop_at_wide_space=False)
            if section_words and all(w[:1].isupper() for w in section_words):
                parts.append(Part(SECTION, match.group() + " " + " ".join(section_words)))
                pos = end
                continue
        match = SECTION_RE.match(text, pos)
        if match:
            pos, section_words = _name_after_label(text, match.end(), stop_at_wide_space=False)
            if not section_words:
                return None
            parts.append(Part(SECTION, match.group() + " " + " ".join(section_words)))
            continue
        match = LABEL_RE.match(text, pos)
        if match:
            parts.append(
                Part(
                    LABEL,
                    match.group(),
                    "updated"
                    if any(match.group(kind) for kind in ("updated", "cjk_updated", "korean_updated", "japanese_updated"))
                    else "published",
                )
            )
            pos = match.end()
            continue
        match = SOURCE_RE.match(text, pos)
        if match:
            pos, words = _name_after_label(text, match.end(), stop_at_wide_space=True)
            if not words:
                return None
            source_name = " ".join(words).strip(" ,;")
            next_label = CJK_NEXT_LABEL.search(source_name)
            source_name = source_name[: next_label.start()].strip(" ,;") if next_label else source_name
            source_name = source_name.strip(" ,;【】[]")  # (CJK_BRACKETS: an empty "【来源:】" names no source)
            if source_name.endswith((")", "）")) and not any(mark in source_name for mark in "(（"):
                source_name = source_name[:-1].rstrip()  # (BRACKETED_SOURCE_LINE: "(来源:新华社)" closes its bracket)
            site_writer = SITE_SLASH_WRITER.match(source_name)
            if site_writer and _is_name(site_writer["name"]):
                # SITE_SLASH_WRITER: "Source: example.com/Jane Roe", the site and its writer (Ghana's sites credit so)
                parts.append(Part(SOURCE, match.group() + " " + site_writer["site"], site_writer["site"]))
                parts.append(Part(BY, "/"))
                parts.append(Part(NAME, site_writer["name"], site_writer["name"]))
                continue
            # (an empty source, its label followed by the next one's, "来源: 作者: 【 】", stands beside the date as filler)
            parts.append(Part(SOURCE if source_name else FILLER, match.group() + " " + " ".join(words), source_name))
            continue
        match = READING_RE.match(text, pos)
        if match:
            parts.append(Part(READING, match.group()))
            pos = match.end()
            continue
        match = RELATIVE_RE.match(text, pos)
        if match:
            parts.append(Part(RELATIVE, match.group()))
            pos = match.end()
            continue
        match = TIME_RE.match(text, pos)
        if match:
            end = pos + len(match.group().rstrip())  # the time pattern may take the spaces after it
            # (MERIDIEM_GLUED_TO_NAME: "12:07 AMAdrian Frater", the byline run onto the time's capital AM or PM)
            glued = text[end - 2 : end] in ("AM", "PM") and text[end : end + 1].isupper() and text[end + 1 : end + 2].islower()
            if end == length or not text[end].isalnum() or CJK_RUN.match(text, end) or glued:  # "16:07:46凤凰卫视"
                parts.append(Part(TIME_PART, text[pos:end]))
                pos = end
                continue
        match = WEEKDAY_RE.match(text, pos) or FOREIGN_WEEKDAY_RE.match(text, pos)
        if match and (match.re is WEEKDAY_RE or match.group().casefold() in LONG_FOREIGN_WEEKDAYS):
            parts.append(Part(TIME_PART, match.group()))
            pos = match.end()
            continue
        match = FILLER_RE.match(text, pos)
        if match:
            parts.append(Part(FILLER, match.group()))
            pos = match.end()
            continue
        if previous in (TIME_PART, DATE):
            match = ZONE_RE.match(text, pos)
            if match:
                parts.append(Part(TIME_PART, match.group()))
                pos = match.end()
                continue
        # (EMAIL_FIRST: the writer's address alone opening the credit, "jroe@example.kr | 2025-03-25 17:43:20")
        after_a_name = not parts or any(p.kind == NAME for p in parts)
        match = HANDLE_RE.match(text, pos) or (EMAIL_RE.match(text, pos) if after_a_name else None)
        if match:
            parts.append(Part(HANDLE, match.group()))
            pos = match.end()
            continue
        match = SITE_RE.match(text, pos)
        if match:
            parts.append(Part(SITE, match.group(), re.sub(r"^https?://", "", match.group().lower())))
            pos = match.end()
            continue
        match = CONTROL_RE.match(text, pos) or ISSUE_AND_PAGE_RE.match(text, pos) or CONTACT_ADDRESS_RE.match(text, pos)
        if match:
            parts.append(Part(CONTROL, match.group()))
            pos = match.end()
            continue
        match = AGENCY_WORDS_BEFORE_WIRE_RE.match(text, pos)
        if match:
            parts.append(Part(FILLER, match.group(), AGENCY_WORDS))
            pos = match.end()
            continue
        match = WIRE_RE.match(text, pos)
        if match and _is_wire_text(match.group()):
            parts.append(Part(WIRE, match.group()))
            pos = match.end()
            continue
        match = LOWER_CASE_DESK_RE.match(text, pos) if previous == BY else None
        if match:
            parts.append(Part(DESK, match.group()))  # LOWER_CASE_DESK
            pos = match.end()
            continue
        # (STAFF_OPENS_THE_LINE: the desk's credit without its "By", "ExampleNews staff 10-Dec-2017 0:37", opening the line)
        match = NAMED_STAFF_RE.match(text, pos) if previous in (BY, "") else None
        if match and is_desk(match.group()):
            parts.append(Part(DESK, match.group()))  # NAMED_STAFF_CREDIT
            pos = match.end()
            continue
        match = USERNAME_RE.match(text, pos) if previous in (BY, EDITOR_BY) else None
        if match:
            parts.append(Part(WORDS, match.group()))
            pos = match.end()
            continue
        match = OF_PAPERS_STAFF_RE.match(text, pos) if previous == NAME else None
        if match:
            parts.append(Part(DESK, match.group().strip()))  # OF_THE_PAPERS_STAFF (archive.byline)
            pos = match.end()
            continue
        match = IN_RE.match(text, pos)
        if match and previous == NAME:
            end, words = _name_run(text, match.end())
            if 1 <= len(words) <= MAX_PLACE_WORDS:
                parts.append(Part(PLACE, text[pos:end]))
                pos = end
                continue
        match = AND_RE.match(text, pos)
        if match and previous in (NAME, PLACE):
            parts.append(Part(AND, match.group()))
            pos = match.end()
            continue
        match = SECTION_OF_DATE_RE.match(text, pos) if not parts else None
        if match and WEEKDAY_RE.match(text, match.end()):
            parts.append(Part(WORDS, match["section"]))  # SECTION_OF_DATE
            pos = match.end()
            continue
        match = SECTION_PAIR_OPENING_RE.match(text, pos) if not parts else None
        if match:
            parts.append(Part(WORDS, match.group()))  # SECTION_PAIR_OPENING
            pos = match.end()
            continue
        match = SECTION_BEFORE_WEEKDAY_RE.match(text, pos) if not parts else None
        if match and section_label(match["section"], key_of(match["section"])):
            parts.append(Part(WORDS, match["section"]))  # SECTION_BEFORE_WEEKDAY
            pos = match.end()
            continue
        code = SOURCE_CODE_AFTER_STAMP.fullmatch(text, pos)
        if code and parts and all(p.kind in (DATE, TIME_PART) for p in parts) and any(p.kind == TIME_PART for p in parts):
            parts.append(Part(WORDS, code["code"]))  # SOURCE_CODE_AFTER_STAMP
            return parts
        stamped = parts and all(p.kind in (DATE, TIME_PART) for p in parts) and any(p.kind == TIME_PART for p in parts)
        # (CREDITED_STAMP: or a writer's credit and then the stamp, "Napisane przez Jan Kowalski • 5:35 pm • Ważne w
        # mieście": the section after the bar all the same)
        stamped = stamped or (
            bool(parts)
            and parts[-1].kind in (DATE, TIME_PART)
            and any(p.kind == TIME_PART for p in parts)
            and all(p.kind in (BY, NAME, DATE, TIME_PART) for p in parts)
            and parts[0].kind == BY
        )
        section = SECTION_AFTER_THE_STAMP.fullmatch(text, pos) if stamped and text[:pos].rstrip()[-1:] in BARS else None
        if section and section.group()[:1].isupper():
            parts.append(Part(SECTION, section.group().strip()))  # SECTION_AFTER_THE_STAMP
            return parts
        dashed = (
            DASHED_NAME_LAST.fullmatch(text, pos) if previous in (DATE, TIME_PART) and DASH_BEFORE.search(text, 0, pos) else None
        )
        name_shaped = dashed is not None and _is_name(dashed.group().strip())
        if dashed and not name_shaped and dashed.group()[:1].isupper() and len(dashed.group().split()) <= MAX_UNKNOWN_WORDS:
            parts.append(Part(WORDS, dashed.group().strip()))  # NAME_AFTER_DATE_DASH
            return parts
        boxed = BOXED_LOWER_CASE.match(text, pos) if parts and text[:pos].rstrip()[-1:] in tuple(BARS) else None
        if boxed and any(w[:1].islower() for w in boxed.group().split()) and len(boxed.group().split()) <= MAX_UNKNOWN_WORDS:
            parts.append(Part(WORDS, boxed.group()))  # SECTION_BETWEEN_BARS, its words in lower case after the first
            pos = boxed.end()
            continue
        end, words = _name_run(text, pos, credited=previous in (BY, AND))
        if not words:
            end = _uncased_run(text, pos)
            if end == pos:
                return None
            parts.append(Part(WORDS, text[pos:end]))  # a desk or a place in a script without capitals
            pos = end
            continue
        if len(words) > MAX_NAME_WORDS:
            return None
        run = text[pos:end]
        if previous == NAME and _role_alone(words):
            parts.append(Part(DESK, run))  # ROLE_AFTER_NAME: "Jane Roe/News Editor", "Jane Roe, Staff Reporter"
            pos = end
            continue
        desk_at = _trailing_desk(words)
        if 2 <= desk_at < len(words) and _is_name(" ".join(words[:desk_at])) and desk_at <= 3:
            # "JANE DOE Staff Writer": the name, then the role she writes in
            name_end = pos + len(" ".join(words[:desk_at]))
            parts.append(Part(NAME, text[pos:name_end], text[pos:name_end]))
            parts.append(Part(DESK, text[name_end:end].strip()))
        elif len(words) >= 2 and _is_name(run) and not is_desk(run) and not (parts and is_place(run)):
            parts.append(Part(NAME, run, run))
        elif len(words) >= 2 and parts and is_place(run):
            parts.append(Part(WORDS, run))  # PLACE_PART: "by Example, New York Jun 28, 2019": where, not who
        elif len(words) >= 2 and words[-1].lower() in NEWSROOM_WORDS and is_desk(run):
            parts.append(Part(DESK, run))  # NAMED_DESK_PART (see NEWSROOM_WORDS)
        elif all(w.lower().strip(".") not in NOT_NAME_WORDS or w.lower().strip(".") in DESK_WORDS for w in words):
            parts.append(Part(WORDS, run))
        elif len(words) <= MAX_UNKNOWN_WORDS and _boxed(text, pos, end):
            parts.append(Part(WORDS, run))  # SECTION_BETWEEN_BARS: "| News" / "World News |", a section's label
        elif (
            len(words) <= MAX_SECTION_AFTER_DATE_WORDS
            and previous in (DATE, TIME_PART)
            and not text[end:].strip()
            and (all(p.kind in (DATE, TIME_PART, LABEL) for p in parts) or _category_after_credit(run, parts, text[:pos]))
            and any(p.kind == DATE for p in parts)
        ):
            # SECTION_AFTER_DATE: "Aug 03, 2025 News", the section's label ends the line; (SITE_AFTER_THE_CLOCK: or the
            # site's name after the date's clock, "Updated: May 3, 2021 / 10:15 AM EDT / Example News")
            parts.append(Part(WORDS, run))
        elif (
            len(words) <= MAX_SECTION_AFTER_DATE_WORDS
            and not parts
            and _match_date(text, _past_weekday(text, len(text) - len(text[end:].lstrip(" ,|·•-–—"))), False) is not None
        ):
            # SECTION_BEFORE_DATE: "Россия Материалы 16 июля 2006 15:24", the section first (DASH_AFTER_SECTION: "Internal
            # News - 11 March 2005", a spaced dash between)
            parts.append(Part(WORDS, run))
        else:
            return None
        pos = end


# SECTION_NAME_DATE: a section's label, a name and a date, set off by bars ("Health · Jane Roe · September 23, 2025"),
# are a portal's byline and date line: the name is the writer's, the date alone enough (a caption has no bars between
# its parts, and a picture's subject stands in no section's line).
MIN_SECTION_NAME_DATE_BARS = 2
# SECTION_BETWEEN_BARS: up to MAX_UNKNOWN_WORDS words set off by bars ("Posted by Jane Doe | Jun 15, 2021 | News",
# "World News | Tue Mar 5, 2019") are a section's label, furniture like the rest of the line, even words that are never
# part of a name (they still count as unknown words: a line needs a date or a credit beside them).
BARS = "|•·‧∙"
# NAME_AFTER_DATE_DASH: a name after the date (and time) and a spaced dash, ending the line, may go on in lower case
# ("4 мая 2022, 10:30 — Социальные новости"): the site's name, no person (archive.sources may read it as the outlet); a
# person's name there is read as any name is.
DASH_BEFORE = re.compile(r"\s[—–-]\s*$")
DASHED_NAME_LAST = re.compile(r"[^\W\d_][^\W\d_'’.-]*+(?: [^\W\d_][^\W\d_'’.-]*+){0,2}\s*")
# (a section's name between bars may go on in lower case: "Jane Roe | Piłka nożna | 5 maja 2022 15:26")
# (entered at a word's start only, and a bounded run of spaces before the bar: linear on any line, issue 16)
BOXED_LOWER_CASE = re.compile(r"(?<![^\W\d_'’-])[^\W\d_][^\W\d_'’-]*+(?: [^\W\d_][^\W\d_'’-]*+){0,2}(?=\s{0,3}[|•·])")
# SECTION_AFTER_DATE: a section's label of up to this many words may end a line that is a date alone without a bar
# ("Aug 03, 2025 News", "12 March 2024 World News"); after a credit, the words with no bar are no furniture.
MAX_SECTION_AFTER_DATE_WORDS = 2


# CATEGORY_AFTER_THE_CREDIT: a blog theme's credit, its date and the post's category after a comma ("by Jane Roe,
# Last Updated on January 31, 2015, Industry News"): a section's label ("Politics", "Industry News") ends the line, no
# person's name or sentence; the comma sets it off ("Posted by Jane Roe Jun 15, 2021 News" is no credit line).
def _category_after_credit(run: str, parts: list[Part], before: str) -> bool:
    key = key_of(run)
    section = key in SECTION_LABELS or (len(key.split()) == 2 and key.endswith(" news"))
    return section and before.rstrip().endswith(",") and any(p.kind == NAME for p in parts)


def _past_weekday(text: str, pos: int) -> int:
    """Where the date starts, past a weekday and its comma at pos (WEEKDAY_BEFORE_DATE: "Example Online, Wednesday 17 Oct
    2018", a site's name over its credit's full date)."""
    weekday = WEEKDAY_RE.match(text, pos)
    return len(text) - len(text[weekday.end() :].lstrip(" ,")) if weekday else pos


# SECTION_OF_DATE: a section's name of up to three capitalised words, "of" and the weekday's date, as a site heads its
# section's page of a day ("Regional News of Sunday, 23 August 2020"): a date line, its first part the section.
SECTION_OF_DATE_RE = re.compile(r"(?<![\w'’-])(?P<section>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2}) of\s++")
# SECTION_BEFORE_WEEKDAY: a known section's name right before the weekday's date, without "of" ("World Sunday
# 23/June/2019 14:48 PM"): a date line, its first part the section. Only a section the rules know: a byline's name
# before the weekday ("Jane Roe Monday, 3 June 2019") stays a name.
# SECTION_PAIR_OPENING: two capitalised words joined by "and" or "&" opening the line before a bar ("Health and
# Wellness · Jane Roe · September 23, 2025", "Arts & Culture | 5 May 2022"): a section's label, furniture like the
# rest of the line. (A headline has a verb, and no bar after its first three words.)
SECTION_PAIR_OPENING_RE = re.compile(r"[A-Z][^\W\d_]++ (?:and|&|y|et|und|e|en|i|og) [A-Z][^\W\d_]++(?=\s{0,3}[|•·])")
SECTION_BEFORE_WEEKDAY_RE = re.compile(
    r"(?<![\w'’-])(?P<section>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2}?)\s++(?=" + WEEKDAYS + r"(?![^\W\d_]))", re.I
)


# SOURCE_CODE_AFTER_STAMP: a publishing system's stamp, a date and a time, ends with its source's short code in lower
# case ("2019-09-17 09:04:38  cri"): one word of letters, the line's last. Lower case says it is a field's value, not
# a name or a sentence's word (a sentence does not end on one lower-case word after a time).
SOURCE_CODE_AFTER_STAMP = re.compile(r"(?P<code>[a-z]{2,12})\s*+")
# SECTION_AFTER_THE_STAMP: a date and a time, a bar, then the section's name to the line's end, its words in lower case
# after the first ("13-06-2022 07:49 | Bản tin sức khỏe", "13.06.2022 07:49 | Aktualności"): up to MAX_STAMP_SECTION_WORDS
# words, no figures, no full stop (a sentence after a stamp is the text's). (CREDITED_STAMP: the writer's credit may open
# the line, "By Jane Roe • 5:35 pm • Harbour matters")
SECTION_AFTER_THE_STAMP = re.compile(r"[^\W\d_][^\W\d_'’-]*+(?: [^\W\d_][^\W\d_'’-]*+){0,3}\s*+")


def _boxed(text: str, start: int, end: int) -> bool:
    """The words text[start:end] have a bar before them and a bar or the line's end after them, or open the line
    before a bar ("World News | 5 March 2019")."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if not before:
        return after[:1] in tuple(BARS)
    return before[-1:] in tuple(BARS) and (not after or after[:1] in tuple(BARS))


def _ends_sentence(name: str) -> bool:
    """ "President Xi Example." before "Reuters": a caption's sentence ends there; a name ends in a full stop only
    after an initial ("Jane Q.")."""
    last = name.split()[-1]
    return last.endswith(".") and len(last.rstrip(".")) > 1


# A name holds no pronoun or article: "WE LOVE COMMENTS, POST A COMMENT" is a comment box's prompt in capitals.
PRONOUNS_AND_ARTICLES = frozenset("we you i our your my us a an the".split())


# CJK_UNKNOWN_WORDS: a run of Chinese or Japanese is one word to a split on spaces; as unknown words it weighs a word to
# every CJK_CHARS_PER_UNKNOWN_WORD characters, so that a headline after a date ("2023.12.05 <a headline of 19
# characters>") is too many of them, and a site's or a paper's name beside the date ("广西日报") is not.
CJK_CHARS_PER_UNKNOWN_WORD = 3


def _unknown_words(text: str) -> int:
    return max(len(text.split()), sum(len(run) for run in CJK_RUN.findall(text)) // CJK_CHARS_PER_UNKNOWN_WORD)


def _clock_zone_name(name: str) -> bool:
    """CLOCK_ZONE_NAME: "(Beijing Time)", "Moscow Time" beside a clock name its zone: no person, no unknown words."""
    return name.split()[-1].casefold() == "time"


POSSESSIVE_WORD = re.compile(r"\w['’]s\b")


# ORIGINAL_PUBLISHER: "Originally published May 17, 2018 by Example Scoop": the name after the original publication's
# date is the publication that first printed the copy (archive.sources' FIRST_PUBLISHED_BY), no writer.
ORIGINAL_LABEL = re.compile(r"^(?i:originally|first) (?i:published|posted|appeared)\b")


def _persons(parts: list[Part]) -> tuple[str, ...]:
    """Names credited as authors: after "By" (up to an editor's credit), or followed by a handle, a wire, a site's
    address, a page control or a date's label ("Jane Doe Published 2:20 PM ET ...")."""
    names: list[str] = []
    credited = False
    editing = False  # EDITORS_ARE_NOT_AUTHORS: after "Edited by"/"Editor:", names are editors up to the next "By"
    for i, part in enumerate(parts):
        if part.kind == BY and i >= 2 and parts[i - 1].kind in (DATE, TIME_PART) and ORIGINAL_LABEL.match(parts[0].text):
            credited, editing = False, False  # ORIGINAL_PUBLISHER
        elif part.kind == BY:
            credited, editing = True, False
        elif part.kind == EDITOR_BY:
            credited, editing = False, True
        elif (
            part.kind == NAME
            and not editing
            and not set(part.value.casefold().split()) & PRONOUNS_AND_ARTICLES
            and not _clock_zone_name(part.value)
            and not POSSESSIVE_WORD.search(part.value)  # POSSESSIVE_NOT_PERSON: "Superintendent’s Blog" is a column's
        ):
            after = parts[i + 1].kind if i + 1 < len(parts) else ""
            # COMMA_PAIR (archive.byline): "By Marie Roe, Radio Harbour Coast": a second name after a bare comma, ending
            # the credit, is what the first one writes for; people are joined by "and" ("By A, B and C" lists three)
            affiliation = credited and i > 0 and parts[i - 1].kind == NAME and after not in (NAME, AND) and len(names) == 1
            if affiliation:
                continue
            # NAME_THEN_DATE: a line of a name, then a date and its time only ("Jane Doe Sep 27, 2025, 10:09 PM ET"):
            # the byline and the date line of a page, run together. Without the time it may be a picture's caption
            # ("Jane Doe March 9, 2015"): no credit. A weekday may stand before the date ("Jane Doe | Kamis, 11/02/2021
            # 16:59 WIB").
            # NAME_THEN_READING_TIME: a reading time says so too ("Jane Doe · 3 min read", "Jane Doe Mar 3, 2019 · 3 min
            # read"): a picture's caption has none.
            rest = [p.kind for p in parts[1:]]
            # (NAME_DATE_THEN_UPDATE: "Jane Roe - 11 sept. 2023 à 17:13 | mis à jour le ...": the update's label and date
            # after the name's date and time are the line's second date; "à" before the time is its filler)
            rest = [kind for kind in (rest[: rest.index(LABEL)] if LABEL in rest else rest) if kind != FILLER]
            timed = {TIME_PART, READING}
            # (NAME_SECTION_DATE: a section's label between bars may stand between: "Jane Roe | Sport | 5 May 2022 15:26")
            rest = [kind for kind in rest if kind != WORDS] if rest.count(WORDS) == 1 and rest[:1] == [WORDS] else rest
            dated = rest.count(DATE) == 1 and set(rest) <= {DATE, *timed} and bool(timed & set(rest[rest.index(DATE) :]))
            # (NAME_DATE_THEN_LABEL: "Jane Roe | 12 octobre 2019 - MAJ : 09/03/2021 15:58", the update's label and date
            # after the name's date prove a page's date line as a time would: a caption has no update)
            dated = dated or (rest == [DATE] and LABEL in [p.kind for p in parts[i + 1 :]])
            # NAME_THEN_WEEKDAY_DATE: or the weekday before the date ("Jane Roe | Sunday, Oct. 26, 2025"): a caption
            # dates its picture without one
            weekday = next((p.text for p in parts[i + 1 :] if p.kind == TIME_PART), "")
            dated = dated or (i == 0 and rest == [TIME_PART, DATE] and bool(WEEKDAY_RE.fullmatch(weekday)))
            name_then_date = i == 0 and dated
            # DATE_TIME_THEN_NAME: the same line the other way round, the name last after the date and its time
            # ("samedi 26 novembre 2022 - 23:33 - Jane ROE"); PLACE_AFTER_THE_CLOCK: a city's name there is where the
            # story was filed ("2022 Mar 28, 10:43, Saint George's"), no writer (archive.byline's PLACE_NOT_PERSON)
            before = [p.kind for p in parts[:i]]
            date_then_name = (
                i == len(parts) - 1
                and not is_place(part.value)
                and before.count(DATE) == 1
                and set(before) <= {DATE, TIME_PART, FILLER}
                and TIME_PART in before[before.index(DATE) :]
            )
            name_then_date = name_then_date or date_then_name
            if (
                credited
                or name_then_date
                # (PLACE_BEFORE_WIRE: "San Francisco (Example Agency) June 23, 2010": a dateline's place, no writer)
                or (
                    after in (HANDLE, WIRE, SITE, CONTROL, LABEL, DESK, READING)
                    and not _ends_sentence(part.value)
                    and not (after == WIRE and is_place(part.value))
                )
            ):
                names.append(part.value)
        elif part.kind not in (AND, WORDS, PLACE, DESK, SECTION):
            credited = credited and part.kind in (HANDLE,)
    return tuple(names)


def _well_placed(parts: list[Part]) -> bool:
    """A label labels a date (a time or weekday may stand between); a filler word ("at", "on") stands beside a date
    or a time. "Written Speech by ..." or "... at Moscow Airport" is a headline, not a metadata line."""
    for i, part in enumerate(parts):
        if part.kind == LABEL:
            # "Updated: 5 June", "Updated 2 hours ago", "| Updated 10:58 IST" (a time on the day of the line's date)
            following = next((p.kind for p in parts[i + 1 :] if p.kind != FILLER), "")
            # EMPTY_LABEL: a label the site's template printed without its date ("Published: Last update: 16 May
            # 2020") stands before another label, which has one
            if following == LABEL and any(p.kind in (DATE, RELATIVE) for p in parts[i + 1 :]):
                continue
            # ... or ends the line after the source or the credit it follows ("来源:新华社 发布时间:", "Source: Example
            # Wire Published:")
            # ... or an update's label ends the line, empty, after the date ("22 نوفمبر 2017 آخر تحديث :", "March 3,
            # 2017 Last updated:"): the published date stands
            last = i == len(parts) - 1 and part.text.rstrip().endswith((":", "："))
            if last and any(p.kind in (SOURCE, WIRE, NAME) for p in parts[:i]):
                continue
            if last and part.value == "updated" and any(p.kind == DATE for p in parts[:i]):
                continue
            # ... or a publication label left empty stands before the credit, which names someone ("Pubblicato il autore:
            # Jane Roe", "Published on By Jane Roe")
            if following == BY and any(p.kind == NAME for p in parts[i + 1 :]):
                continue
            if following not in (DATE, RELATIVE, TIME_PART, MONTH_DAY):
                return False
        elif part.kind == FILLER:
            neighbours = {p.kind for p in parts[max(0, i - 1) : i + 2] if p is not part}
            if part.value == AGENCY_WORDS:
                continue  # ("Agence de presse" before "Xinhua": read only with a wire after it)
            if not neighbours & {DATE, TIME_PART, MONTH_DAY}:
                return False
    return True


# GLUED_WIRE_NAME: an agency's name of two words or more, capitalised, run into the writer's last name when the page
# was copied ("By Jane RoeAssociated Press / February 15, 2012"): a space goes back between them (a name of one word,
# "Reuters", may end a longer word: only the long names are read so)
GLUED_WIRE_NAME = re.compile(
    r"(?<=[a-z]{2})(?=(?:"
    + "|".join(
        re.escape(" ".join(w[:1].upper() + w[1:] for w in wire.split(" "))) for wire in WIRES if " " in wire and wire.isascii()
    )
    + r")\b)"
)
# CLOCK_GLUED_TO_WORD: a clock with its seconds run into the source after it ("2019-06-15 10:48:13Xinhua"): a space goes
# back between them
CLOCK_GLUED_TO_WORD = re.compile(r"(?<=\d\d:\d\d:\d\d)(?=[A-Z][a-z])")
# SPACED_SLASH_DATE: a numeric date with spaces around its slashes ("03 / 06 / 2022 - 12h33"): read as "03/06/2022"
SPACED_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2}) / (\d{1,2}) / (\d{4})(?![\d/])")
# GLUED_DATE_WORD: a copied page may glue two inline blocks ("Jane DoeTuesday, 21 March 2023"): a capitalised weekday
# or month name right after a lower-case letter starts a part of its own.
GLUED_DATE_WORD = re.compile(
    r"(?<=[a-z])(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
    r"August|September|October|November|December)\b"
    # ... or a month's abbreviation with its day ("Jane DoeSep 27, 2025, 10:09 PM ET")
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s\d)"
    # GLUED_TIME_WORD: ... or a clock time glued to the next block's capitalised word ("16:13Redacción Example"), and an
    # ISO stamp glued to a time zone or to another stamp's offset ("22:39 IST2021-09-08T22:39:16+5:302021-09-08T...")
    r"|(?<=\d\d:\d\d)(?=[A-ZÀ-ÝА-Я][a-zà-ÿа-я])|(?<=[A-Z]{3})(?=\d{4}-\d\d-\d\dT)|(?<=[+-]\d:\d\d)(?=\d{4}-\d\d-\d\dT)"
    r"|(?<=[+-]\d\d:\d\d)(?=\d{4}-\d\d-\d\dT)"
    # GLUED_YEAR_TIME: a year glued to the time after it, and a time's zone to the "Updated" after it ("March 21,
    # 20238:11 PM GMT+8Updated a year ago", as a wire's page prints its stamp)
    r"|(?<=,\s[12]\d{3})(?=\d{1,2}:\d\d\s?[AaPp][Mm]\b)|(?<=[\dT])(?=Updated\b)"
    # GLUED_DATE_LABEL: a name glued to the date's label after it ("Author: Jane RoePublished 24th Jul 2022")
    r"|(?<=[a-z])(?=(?:Published|Updated|Posted|Modified)\b)"
    # GLUED_DATE_TWICE: a date printed twice, the second glued to the first's year ("Published On 21 Mar 202321 Mar 2023")
    r"|(?<=\s[12]\d{3})(?=\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s[12]\d{3}\b)"
    # GLUED_TIME_THEN_DATE: a time glued to the next stamp's dotted date ("29.06.2022, 08:5129.06.2022, 11:18": published,
    # then updated)
    r"|(?<=\s\d\d:\d\d)(?=\d{2}\.\d{2}\.[12]\d{3}\b)"
    # GLUED_YEAR_SECTION: a date's year glued to the section's name after it ("07:16, 31 августа 2025Мир", "5 May
    # 2019World"): a capital and a lower-case letter right after a year after a space
    r"|(?<=\s(?:19|20)\d\d)(?=[A-ZÀ-ÝА-ЯЁ][a-zà-ÿа-яё])"
    # (... or to an Arabic or Hebrew word, which has no capitals: "22 نوفمبر 2017آخر تحديث :")
    r"|(?<=\s(?:19|20)\d\d)(?=[\u0600-\u06ff\u05d0-\u05ea])"
)


# TWEET_SIGNATURE: an embedded post's signature ("— Example Weather Service (@ExampleWx) July 26, 2025"): the post's
# author and date, part of the quoted post, never the page's byline or date line.
TWEET_SIGNATURE = re.compile(r"^[—–-]\s*[^()@]{1,80}\(@\w{1,30}\)\s+\S.{0,40}$")


OTHER_ROLE_PARTICIPLES = frozenset(
    """directed produced coproduced co-produced supported sponsored presented hosted organised organized funded powered
    photographed illustrated designed narrated performed composed curated filmed shot starring developed maintained managed
    built"""
    # FOREIGN_OTHER_ROLE: the same in Spanish, Portuguese, French, Italian and German ("Desarrollado por Example
    # Comunicaciones", a site's maker in its footer; "Patrocinado por", "Réalisé par", "Entwickelt von")
    """ desarrollado desenvolvido développé sviluppato entwickelt patrocinado patrocinada sponsorisé sponsorizzato
    presentado apresentado présenté presentato producido produzido produit prodotto realizado réalisé realizzato
    diseñado conçu gestionado alojado hospedado gestito"""
    # (PICTURES_BY: "Pix by: Jane Roe", "Pic by Jane Roe", a photographer's credit in newsroom slang)
    """ pix pic pics"""
    # (STATEMENT_BY: "Statement by Jane Roe, Director Example Geneva:", "Remarks by ...", "Speech by ...": the heading
    # of what that person said, part of the text; its speaker wrote no article)
    """ statement statements remarks speech address testimony message""".split()
)


BRACKETED_NAME_FIRST = re.compile(r"\((?P<name>[A-Z][\w'’.&-]*+(?: [A-Z][\w'’.&-]*+){0,4})\)\s")
# CJK_PRINT_EDITION: a Chinese paper's article cited by its print edition, the paper's name in book-title marks, then
# the issue's date and its page in brackets: "《人民日报》(2025年05月08日第 09 版)", as the paper and its reprints print it.
CJK_PRINT_EDITION = re.compile(
    # (spaced inside the brackets, and the page's "第" left out: "《 人民日报 》( 2019年11月26日 01 版)")
    r"《\s?(?P<paper>[^《》\s]{2,12})\s?》\s?[(（]\s?(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s?(?:第\s?)?\d{1,3}\s?版\s?[)）]"
)


# LABEL_LANGUAGE_ORDER: a date of two small numbers ("03/10/2025": 3 October or 10 March) after a label in a language
# that writes the day first ("publicado", "publié le", "veröffentlicht am", "opublikowano") is read day first; after
# an English label, or none, it stays ambiguous (American pages write the month first).
DAY_FIRST_LABEL = re.compile(
    r"^(?:publicado|publicada|criado|criada|creado|creada|notícia de|noticia de|publié|publiée|pubblicato|pubblicata|"
    r"veröffentlicht|gepubliceerd|opublikowano|publikováno|online seit|"
    r"publikované|опубликовано|опубліковано|yayınlanma|diterbitkan|dipublikasikan|actualizado|actualizada|atualizado|"
    r"atualizada|aggiornato|aggiornata|aktualisiert|mis à jour|mise à jour|modificado|modificada|modificato|modifié|"
    r"(?:última )?(?:modificação|atualização)|zuletzt verändert|zuletzt geändert|dernière modification|"
    r"dernière mise à jour|laatst gewijzigd|ultima modifica|última modificación|ostatnia modyfikacja|"
    r"ενημερώθηκε|δημοσίευση|δημοσιεύθηκε|δημοσιεύτηκε)\b",  # (GREEK_DAY_FIRST: "Ενημερώθηκε: 12/03/2024")
    re.I,
)
SLASHED_SMALL_NUMBERS = re.compile(r"^(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})$")


def _read_in_the_labels_order(part: Part, label_text: str) -> Part:
    numbers = SLASHED_SMALL_NUMBERS.match(part.text)
    if numbers is None or not DAY_FIRST_LABEL.match(label_text.strip()):
        return part
    day, month, year = int(numbers["day"]), int(numbers["month"]), int(numbers["year"])
    try:
        dt.date(year, month, day)
    except ValueError:
        return part
    return Part(DATE, part.text, f"{year:04d}-{month:02d}-{day:02d}")


# LEAD_IN_ITS_LANGUAGES_ORDER: "Korhogo, 04-11-2019 (Example) Les activités ...": a dateline's ambiguous date, in a
# paragraph whose language (its stop words, archive.stopwords) writes the day first, is read so: 4 November. In English
# or an unknown language it stays ambiguous.
# LANGUAGE_DATE_ORDER (also archive.extract's): the languages every country writing them puts the day first in (Spanish,
# French, German, Russian, ...). English (day first in Britain, month first in the United States) and Tagalog (month
# first) say nothing.
DAY_FIRST_LANGUAGES = frozenset(
    """Spanish Catalan Galician Asturian Basque French German Italian Portuguese Dutch Russian Ukrainian Belarusian
    Polish Czech Slovak Slovenian Croatian Serbian Bosnian Serbo_Croatian Romanian Bulgarian Macedonian Greek Turkish
    Indonesian Malay Danish Norwegian_Bokmal Norwegian_Nynorsk Finnish Estonian Latvian Lithuanian Vietnamese"""
    # (RIGHT_TO_LEFT_AND_SOUTH_ASIAN_ORDER: Arabic and Hebrew pages, and Hindi, Bengali and Urdu ones, "11-9-2025")
    """ Arabic Hebrew Hindi Bengali Urdu""".split()
)


def _writes_the_day_first(paragraph: str) -> bool:
    return stopwords.page_language([paragraph]) in DAY_FIRST_LANGUAGES and not stopwords.reads_english([paragraph])


def _dates_in_their_labels_order(parts: list[Part]) -> list[Part]:
    """Each ambiguous date read in the order of the label before it (a time or a filler may stand between)."""
    read: list[Part] = []
    label_text = ""
    for part in parts:
        if part.kind == DATE and not part.value:
            part = _read_in_the_labels_order(part, label_text)
        label_text = part.text if part.kind == LABEL else label_text if part.kind in (TIME_PART, FILLER) else ""
        read.append(part)
    return read


# BARRED_DATE_LINE: a date among parts that are each a bar apart, the others names and counters only ("Example País |
# Jane Roe | 01.09.2012 | 0 Comentarios": the site, the writer, the date, the comments): a credit line, though who each
# name is cannot be told (none is read as the writer), up to MAX_BARRED_UNKNOWN_WORDS words of names.
MAX_BARRED_UNKNOWN_WORDS = 8
BARRED_PART_KINDS = frozenset((NAME, DATE, TIME_PART, FILLER, READING))


def _barred_date_line(text: str, parts: list[Part], unknown_words: int) -> bool:
    return (
        unknown_words <= MAX_BARRED_UNKNOWN_WORDS
        and any(p.kind == DATE for p in parts)
        and all(p.kind in BARRED_PART_KINDS for p in parts)
        and text.count(" | ") >= len(parts) - 1
    )


# CJK_SCHEDULE: a date whose line ends "from" or "until" in Japanese or Chinese (から, まで, より, 起, 至) is an event's.
CJK_SCHEDULE_END = re.compile(r"(?:から|まで|より|起|至)$")
# NAME_THEN_DATE_IN_BRACKETS: a name, then the date in round brackets and nothing else ("Jane Roe (17/12/2017)"): the
# writer and the day, as a portal's article template prints them; a picture's caption does not bracket its date. A
# place known as one ("Moscow (17/12/2017)") is a dateline's.
NAME_THEN_DATE_IN_BRACKETS = re.compile(r"^[^()]{3,60}\(\s*[^()]{6,40}\)$")


# BY_AN_INSTITUTION: "by University of Wyoming", "By the Ministry of Health" alone on a line: the body that issued the
# copy (a press release the page carries), credited as its source; no person's byline, and no headline's words (a
# headline has a verb: "Flights cancelled by the Ministry of Transport" does not open with "by").
BY_AN_INSTITUTION = re.compile(
    r"^(?i:by|from)\s(?P<name>(?:(?i:the)\s)?[A-Z][\w.&'’-]*+(?:\s(?:(?:of|for|and|on|the|&)\s)*+[A-Z][\w.&'’-]*+){0,6})$"
)
INSTITUTION_WORDS = frozenset(
    """university college school academy ministry department office council police foundation institute association
    society commission authority centre center board government embassy hospital trust federation union chamber
    committee""".split()
)
# (NEWSROOM_NOT_INSTITUTION: "By Express News Service", "By Harbour Press Office": the site's own newsroom, no issuer)
NEWSROOM_NAME_WORDS = frozenset("news press media service agency desk bureau".split())


def _dates_alone(meta: MetaLine | None) -> TypeGuard[MetaLine]:
    """The line read is a publication date, its time and filler, and nothing else (the rest of a line whose other
    part, a bracketed name, initials or tags, was set aside)."""
    return meta is not None and meta.published is not None and {p.kind for p in meta.parts} <= {DATE, TIME_PART, FILLER}


HASHTAG = re.compile(r"#[^\W\d_][\w-]*+,?")
TOKEN = re.compile(r"\S++")


def _trailing_hashtags(text: str) -> int:
    """Where the run of hashtags ending the line starts ("... 16:59 #USA, #Gas"), or -1. (Token by token from the end:
    a pattern searched for them would try each start in a run of spaces.)"""
    if "#" not in text:
        return -1
    tokens = [(m.start(), m.group()) for m in TOKEN.finditer(text)]
    at = -1
    for start, token in reversed(tokens):
        if not HASHTAG.fullmatch(token):
            break
        at = start
    return at


INITIALS_BEFORE_DATE = re.compile(r"^(?P<initials>[a-zäöüß]{2,4})\s{2,}(?P<rest>\S.*)$")


def _by_an_institution(text: str) -> MetaLine | None:
    by = BY_AN_INSTITUTION.match(text)
    words = {w.casefold() for w in by["name"].split()} if by else set()
    if by is None or not words & INSTITUTION_WORDS or words & NEWSROOM_NAME_WORDS:
        return None
    name = by["name"].strip()
    name = name[4:] if name[:4].casefold() == "the " else name  # ("By the Ministry of Health": the ministry's name)
    return MetaLine(
        parts=(Part(SOURCE, text, name),), published=None, updated=None, names=(), source=name, wire=None, site=None, rejected=()
    )


CLASS_YEAR = re.compile(r"(?<=\w)\s?\((?:[A-Z][A-Za-z.]{0,6}\s?)?[’'‘]\d{2}\)(?=\s|$|,)")


# EVENT_WHEN: "WHEN: 10 a.m., Friday, August 9, 2024", an advisory's field for its event's day and time, in the
# languages of the archive's sources: the article's text, never its date line
# EVENT_RUNS: an exhibition's or a show's days in a listing ("Opens September 21", "Open until August 11", "Runs through
# May 5, 2024"): the event's, never the page's date.
EVENT_WHEN = re.compile(
    r"^(?i:when|wann|quand|cuándo|cuando|quando|kiedy|когда|коли)\s?:"
    r"|^(?i:opens|opening|open until|open through|closes|closing|runs until|runs through|runs to|on view until|on show until|"
    r"until|through)\s(?=\w)"
)


# KIND_LABEL_FIRST: the kind of piece a site's template prints before its credit and date, with no separator ("Blog
# Post Jane Roe May 19, 2017", "Press Release May 19, 2017"): a label, the rest read as the line.
KIND_LABEL_FIRST = re.compile(
    r"^(?:blog post|press release|news release|media release|opinion|commentary|analysis|editorial|op-ed)\s+(?=\S)", re.I
)
# TYPED_DATE_QUIRKS: a date line as a site's template or a copy left it: a heading's marks before it ("# 16 January
# 2020 15:30", a Markdown copy), a space before the comma ("Sep 30 , 2017"), a comma after the day ("Wednesday 17,
# October 2018"): read as the plain date.
HEADING_MARKS = re.compile(r"^#{1,6}\s+")
SPACE_BEFORE_COMMA = re.compile(r"(?<=\d) +,")
DAY_COMMA_MONTH = re.compile(
    r"(?:(?<=(?<![\d,.])\d)|(?<=(?<![\d,.])\d\d)),(?=\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b)"
)
# (CAPITALS_GLUED_TO_DAY: an agency's initials run into the weekday or month after them, "By IANSMonday, September 27,
# 2010", read apart)
CAPITALS_GLUED_TO_DAY = re.compile(
    r"(?<=[A-Z]{3})(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
    r"August|September|October|November|December)\b)"
)
# (MONTH_DOT_GLUED: the day glued to the month's abbreviation, "BAKU, Azerbaijan, Sept.20", read as "Sept. 20")
# (the months' abbreviations, archive.dates' names of three or four letters: "May" is a whole name, and no abbreviation)
_ABBREVIATED_MONTHS = "|".join(
    sorted((m for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july")), key=len, reverse=True)
)
MONTH_DOT_GLUED = re.compile(r"\b((?i:" + _ABBREVIATED_MONTHS + r")\.)(?=\d{1,2}\b)")
# (MONTH_COMMA_DAY: a comma after the month, "October, 29 2022", read as "October 29 2022")
MONTH_COMMA_DAY = re.compile(r"\b((?i:" + MONTH_NAMES + r")\.?),(?=\s\d{1,2}\s\d{4}\b)")


UPDATE_CONTINUED = re.compile(r"^(?i:and|&)\s+(?=(?i:last\s+)?(?i:updated|modified)\b)")


# SITE_SINCE_A_YEAR: a site's tagline giving the year it began ("Example Hunter -- Online Since 1999", "Serving the
# valley since 1952", "Est. 1887"): a year alone after "since" or "established" dates the site, not the article, and
# names no writer ("Online since 25.11.2017 um 18:55" gives a day: a date line).
SITE_SINCE_A_YEAR = re.compile(
    r"\b(?:since|seit|depuis|desde|est\.|established(?: in)?|founded(?: in)?)\s+(?:1[5-9]|20)\d\d\W*$", re.I
)


# PERIODS_COMPARED: a table's header comparing two months or years, no label before either ("Units July 2020 July 2019
# YoY MoM"): the periods the figures are for, no date line.
def _periods_compared(parts: list[Part]) -> bool:
    dates = [p.value for p in parts if p.kind == DATE and p.value]
    labelled = any(p.kind == LABEL for p in parts)
    return not labelled and len(set(dates)) >= 2 and any(value.count("-") < 2 for value in dates)


def dates_another_thing(text: str) -> bool:
    """A tweet's signature or an event's days (TWEET_SIGNATURE, EVENT_WHEN, EVENT_RUNS): its date is not the page's."""
    return bool(TWEET_SIGNATURE.match(text) or EVENT_WHEN.match(text))


SMALL_ARTICLES = frozenset(("the", "a", "an"))  # (BY_THE_PHRASE, in small letters)


SHORT_WEEKDAY_FIRST = re.compile(r"(?P<day>[^\W\d_]{2,3})\.?,?\s++(?=\d{1,2}\.?\s)")
DANGLING_BY = re.compile(r"\s(?:por|by|par|von|di|door|przez|oleh)$", re.I)
# DANGLING_UPDATE_LABEL: the update's label after the date line, its date lost ("Publicada em: 23/11/2025 12:29 -
# Atualizado", "Published: 23/11/2025 | Updated:")
DANGLING_UPDATE_LABEL = re.compile(
    r"(?<!\s)\s*+[-–—|·]\s*+(?:updated|last updated|atualizado|atualizada|actualizado|actualizada|aggiornato|aktualisiert|"
    r"mis à jour)\s*+(?:em|el|am|le|on|il)?\s*+:?$",
    re.I,
)


# CJK_NAME_GLUED_TO_DATE: two to four Chinese characters, then a whole date in Chinese ("2008年5月24日") right after them
CJK_NAME_GLUED_TO_DATE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})(?=(?:19|20)\d\d年\d{1,2}月\d{1,2}日)")


# NAME_THEN_ITS_INITIALS (in parse_meta_line): a dash-separated last part in capitals, two to six letters, that are the
# initials of the part before it.
NAME_THEN_ITS_INITIALS = re.compile(r"\s[-–—|]\s(?P<name>[^-–—|]{3,80}?)\s[-–—|]\s(?P<initials>[A-ZА-ЯЁ]{2,6})$")


def _initials_of(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalpha()).casefold()


# PUBLISHED_RUN (in parse_meta_line): "Published [in <paper>] from <month> <day> to <month> <day>, <year>".
PUBLISHED_RUN = re.compile(
    r"^(?P<head>(?i:published)(?: in [^\d]{2,60}?)?) from (?P<month>[A-Z][a-z]{2,8}\.?) (?P<day>\d{1,2}) to "
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, (?P<year>(?:19|20)\d\d)\.?$"
)


@functools.lru_cache(maxsize=8192)  # a line is read as metadata by several stages (roles, title, dates, sources)
def parse_meta_line(text: str) -> MetaLine | None:
    """The parts of a metadata line and what they prove, or None if the line is not made of metadata alone."""
    text = text.strip()
    if not text or len(text) > MAX_META_CHARS or dates_another_thing(text):
        return None
    if SITE_SINCE_A_YEAR.search(text):
        return None
    institution = _by_an_institution(text)
    if institution is not None:
        return institution
    tags_at = _trailing_hashtags(text)
    if tags_at > 0:
        # TAGS_AFTER_DATE: "02.09.2019 - 16:59 #USA, #Ukraine, #Gas": the date line, then the story's tags
        rest = parse_meta_line(text[:tags_at].rstrip(" -–—|,"))
        if _dates_alone(rest):
            return replace(rest, parts=(*rest.parts, Part(WORDS, text[tags_at:].strip())))
    initials = INITIALS_BEFORE_DATE.match(text)
    if initials is not None:
        # INITIALS_BEFORE_DATE: "adk       27 Oktober, 2019 17:55": the editor's initials in lower case, a wide space,
        # then the date and time alone: a sign-off's date line (the initials name no one: no author is read)
        rest = parse_meta_line(initials["rest"])
        if _dates_alone(rest):
            return replace(rest, parts=(Part(WORDS, initials["initials"]), *rest.parts))
    glued = CJK_NAME_GLUED_TO_DATE.match(text)
    if glued is not None:
        # CJK_NAME_GLUED_TO_DATE: "苗子2008年5月24日", the writer's name and the date with no space between as the copy
        # left them: read with the space put back
        return parse_meta_line(f"{glued['name']} {text[glued.end() :]}")
    short_day = SHORT_WEEKDAY_FIRST.match(text)
    if short_day is not None and short_day["day"].casefold() in SHORT_DAY_NAMES:
        # SHORT_WEEKDAY_FIRST: a weekday's short name before a whole date ("ma 01 februari 2021 17.33 uur", "Mo. 3. März
        # 2021", "lun 3 mars 2021"): the date line, read past it (two or three letters and a day's number, no word)
        rest = parse_meta_line(text[short_day.end() :])
        if _dates_alone(rest):
            return replace(rest, parts=(Part(FILLER, short_day.group().strip()), *rest.parts))
    lost_update = DANGLING_UPDATE_LABEL.search(text)
    if lost_update is not None:
        # DANGLING_UPDATE_LABEL: the date line without the update's empty label
        rest = parse_meta_line(text[: lost_update.start()])
        if rest is not None and rest.published is not None and rest.updated is None:
            return replace(rest, parts=(*rest.parts, Part(FILLER, lost_update.group().strip())))
    dangling = DANGLING_BY.search(text)
    if dangling is not None:
        # DANGLING_BY: "09:44 · 11.10.2019 / atualizado às 14:09 · 11.10.2019 por", the writer's name lost after the last
        # "by": the date line without it
        rest = parse_meta_line(text[: dangling.start()])
        if rest is not None and (rest.published or rest.updated) and not rest.names:
            return replace(rest, parts=(*rest.parts, Part(FILLER, dangling.group().strip())))
    continued = UPDATE_CONTINUED.match(text)
    if continued is not None:
        # UPDATE_CONTINUED: "and last updated 2012-12-15 18:01:18-05" under "Posted at 4:01 PM, Dec 15, 2012": the
        # date line's second half, its update
        rest = parse_meta_line(text[continued.end() :])
        if rest is not None and rest.updated is not None and not rest.names:
            return replace(rest, parts=(Part(FILLER, continued.group()), *rest.parts))
    initials = NAME_THEN_ITS_INITIALS.search(text)
    if initials is not None and _initials_of(initials["name"]) == initials["initials"].casefold():
        # NAME_THEN_ITS_INITIALS: "15 ноября 2023, 15:46 — Example News Service — ENS", the source's name and its
        # initials after it: the date line with the name, the initials no part of it
        rest = parse_meta_line(text[: initials.start("initials")].rstrip(" -–—|"))
        if rest is not None and (rest.published or rest.updated):
            return replace(rest, parts=(*rest.parts, Part(FILLER, initials["initials"])))
    run = PUBLISHED_RUN.match(text) if " to " in text else None
    if run is not None:
        # PUBLISHED_RUN: a notice's run in the paper, its year printed once at the end ("Published in Example Gazette
        # from July 22 to July 23, 2019"): read as published on its first day
        rest = parse_meta_line(f"{run['head']} on {run['month']} {run['day']}, {run['year']}")
        if rest is not None and rest.published is not None:
            return rest
    kind = KIND_LABEL_FIRST.match(text)
    if kind is not None:
        # KIND_LABEL_FIRST: "Blog Post Jane Roe May 19, 2017": the piece's kind, then its credit and date
        rest = parse_meta_line(text[kind.end() :])
        if rest is not None and rest.published is not None:
            return replace(rest, parts=(Part(SECTION, kind.group().strip()), *rest.parts))
    text = GLUED_DATE_WORD.sub(" ", GLUED_WIRE_NAME.sub(" ", ICON_LIGATURE_RE.sub(" ", text))).strip()
    if ":" in text:
        text = CLOCK_GLUED_TO_WORD.sub(" ", text)
    if " / " in text:
        text = SPACED_SLASH_DATE.sub(r"\1/\2/\3", text)  # (both looked for only where they can be: a hot path)
    text = DAY_COMMA_MONTH.sub(" ", SPACE_BEFORE_COMMA.sub(",", HEADING_MARKS.sub("", text)))
    text = MONTH_COMMA_DAY.sub(r"\1", text) if "," in text else text
    text = MONTH_DOT_GLUED.sub(r"\1 ", text) if "." in text else text
    text = CAPITALS_GLUED_TO_DAY.sub(" ", text)
    text = CLASS_YEAR.sub("", text)  # CLASS_YEAR: "By Jane Roe (BA ’13)", a university magazine's alumna and her year
    edition = CJK_PRINT_EDITION.fullmatch(text) if "版" in text else None
    printed = parse_date(edition["date"]) if edition else None
    bracketed = BRACKETED_NAME_FIRST.match(text) if text.startswith("(") else None
    if bracketed is not None and not WIRE_RE.fullmatch(bracketed["name"]):
        # BRACKETED_NAME_THEN_DATE: "(Example Daily Online) 10:26, March 22, 2023": the site's name in brackets, then
        # its time and date only: a date line (the name, a site's or a source's, is not read as either)
        rest = parse_meta_line(text[bracketed.end() :])
        if _dates_alone(rest):
            return replace(rest, parts=(Part(WORDS, bracketed.group().strip()), *rest.parts))
    parts: list[Part] | None
    if edition and printed is not None:
        # CJK_PRINT_EDITION: the paper, its issue's date and the page ("《人民日报》(2025年05月08日第 09 版)")
        parts = [Part(SOURCE, edition["paper"], edition["paper"]), Part(DATE, edition["date"], printed.iso)]
    else:
        parts = _tokenize(text)
    if not parts or not _well_placed(parts):
        return None
    if parts[-1].kind == WORDS and CJK_SCHEDULE_END.search(parts[-1].text):
        return None  # CJK_SCHEDULE: "2020年9月30日(水曜日)午後1時から" says when an event starts, not when the page was dated
    if parts[0].kind == HANDLE and not parts[0].text.startswith("@") and not any(p.kind in (DATE, NAME) for p in parts):
        return None  # (EMAIL_FIRST needs the date: an address alone is a contact's)
    # DATE_THEN_HEADLINE: a date and words holding a headline's verb ("May 9 Parade Draws Crowds", "June 4 Vigil
    # Banned"): a headline opening with its day, no date line's section or place
    for part in parts:
        if part.kind == WORDS and any(headline_verb(w) for w in part.text.split()[1:]):
            return None
    # BY_THE_PHRASE: "By" and a small article ("By the Sea: Summer Festival Opens", "By the Numbers: ..."): a phrase
    # opening a headline, no credit; a credit's "the" goes with its paper or wire ("By the Associated Press")
    for before, after in zip(parts, parts[1:], strict=False):
        if before.kind == BY and after.kind == WORDS and after.text in SMALL_ARTICLES:
            return None
    # OTHER_ROLE_BY: "Directed by", "Produced by", "Supported by", "Sponsored by": a film's, an event's or a picture's
    # credit, never the article's writer
    for before, after in zip(parts, parts[1:], strict=False):
        if after.kind == BY and before.kind == WORDS and before.text.split()[-1].casefold() in OTHER_ROLE_PARTICIPLES:
            return None
    kinds = {p.kind for p in parts}
    if len(parts) >= 3 and parts[0].kind == NAME and parts[1].kind == BY and parts[0].text.isupper():
        if not kinds & {DATE, TIME_PART, MONTH_DAY, RELATIVE, LABEL, SOURCE}:
            # CAPITALS_HEADLINE_BY: "MIDNIGHT VOTE BY COMMISSIONERS RAISES PROPERTY TAX", words in capitals before "BY" and
            # nothing dated: a headline in capitals ("CITY HIT BY STORM"); a byline in capitals opens with its "BY"
            return None
    names = _persons(parts)
    bracketed_date = NAME_THEN_DATE_IN_BRACKETS.match(text)
    if not names and [p.kind for p in parts] == [NAME, DATE] and bracketed_date and not is_place(parts[0].value):
        names = (parts[0].value,)  # NAME_THEN_DATE_IN_BRACKETS
    kinds_in_order = [p.kind for p in parts]
    barred = sum(text.count(bar) for bar in BARS) >= MIN_SECTION_NAME_DATE_BARS
    if not names and kinds_in_order[:3] == [WORDS, NAME, DATE] and set(kinds_in_order[3:]) <= {TIME_PART} and barred:
        names = () if is_place(parts[1].value) else (parts[1].value,)  # SECTION_NAME_DATE
    # Names after "By" or "Editing by" are explained (authors or editors); other unnamed capitalised words are not.
    credit_at = next((i for i, p in enumerate(parts) if p.kind in (BY, EDITOR_BY)), len(parts))
    unknown_words = sum(
        _unknown_words(p.text)
        for i, p in enumerate(parts)
        if p.kind == WORDS or (p.kind == NAME and p.value not in names and i < credit_at and not _clock_zone_name(p.value))
    )
    if unknown_words > MAX_UNKNOWN_WORDS and not _barred_date_line(text, parts, unknown_words):
        return None
    proof = kinds & {DATE, MONTH_DAY, RELATIVE, READING, HANDLE, SOURCE} or names
    if not proof:
        return None
    if _periods_compared(parts):
        return None  # PERIODS_COMPARED
    # Each date takes the kind of the label before it (a time or weekday may stand between); unlabelled: publication.
    published = updated = None
    rejected = []
    ambiguous = []
    parts = _dates_in_their_labels_order(parts)
    label = ""
    for part in parts:
        if part.kind == LABEL:
            label = part.value
            continue
        if part.kind != DATE:
            if part.kind not in (TIME_PART, FILLER):
                label = ""
            continue
        if not part.value:
            rejected.append(f"{part.text}: ambiguous or not a real date")
            ambiguous.append((label or "published", part.text))
            label = ""
            continue
        value = DateValue(part.value, "day" if part.value.count("-") == 2 else "month" if "-" in part.value else "year")
        why = implausible(as_date(value))
        if why:
            rejected.append(f"{part.text}: {why}")
        elif label == "updated":
            updated = updated or value
        else:
            published = published or value
        label = ""
    if published and updated and updated.iso < published.iso:
        rejected.append(f"updated {updated.iso} before published {published.iso}")
        updated = None
    source = next((p.value for p in parts if p.kind == SOURCE), None)
    wire = next((p.text.strip("/") for p in parts if p.kind == WIRE), None)
    site = next((p.value for p in parts if p.kind == SITE), None)
    month_day = None if DATE in kinds else next((p.value for p in parts if p.kind == MONTH_DAY), None)
    return MetaLine(tuple(parts), published, updated, names, source, wire, site, tuple(rejected), tuple(ambiguous), month_day)


# --- the order of all-numeric dates, from the page ----------------------------------------------------------------

# An all-numeric date: day and month in some order, then the year ("05/07/2017", "25-06-2016").
NUMERIC_DATE = re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[./\-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)")


def numeric_order(lines: tuple[str, ...] | list[str], sep: str) -> str | None:
    """PAGE_DATE_ORDER: how a page writes its all-numeric dates with this separator, when the page itself says so
    unambiguously: "dmy" when some date on it has a first number over 12 (25/06/2016) and none a second number over
    12, "mdy" the other way round; None when the page has no such date or has both."""
    orders = set()
    for line in lines:
        if sep not in line:
            continue
        for match in NUMERIC_DATE.finditer(line):
            if match.group("sep") != sep:
                continue
            first, second = int(match.group("a")), int(match.group("b"))
            if first > 12 >= second:
                orders.add("dmy")
            elif second > 12 >= first:
                orders.add("mdy")
    return orders.pop() if len(orders) == 1 else None


# WEEKDAY_ORDER: an all-numeric date with its weekday named on the same line ("Thu, 07/10/2008 - 14:21") is read in the
# order whose day falls on that weekday, when only one of the two does (2008-07-10 was a Thursday, 2008-10-07 a
# Tuesday). English weekday names only; a line naming two weekdays proves nothing.
WEEKDAY_NAME = re.compile(
    r"(?<![^\W\d_])(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?(?![^\W\d_])", re.I
)
WEEKDAY_NUMBERS = {name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def weekday_order(line: str, text: str) -> str | None:
    """The order ("dmy" or "mdy") in which the date falls on the weekday its line names, when only one does."""
    days = {WEEKDAY_NUMBERS[m["day"].lower()] for m in WEEKDAY_NAME.finditer(line)}
    if len(days) != 1:
        return None
    orders = [order for order in ("dmy", "mdy") if (value := resolve_numeric(text, order)) and as_date(value).weekday() in days]
    return orders[0] if len(orders) == 1 else None


# MONTH_DAY_ORDER: ... or in the order that gives the month and day of the page's own dateline ("MOSCOW, July 10
# (Example Agency) -" under "07/10/2008"), when only one does.
def month_day_order(text: str, month_day: str | None) -> str | None:
    if not month_day:
        return None
    orders = [order for order in ("dmy", "mdy") if (value := resolve_numeric(text, order)) and value.iso[4:] == month_day[1:]]
    return orders[0] if len(orders) == 1 else None


# WORDED_DATE_ORDER: ... or in the order that gives a date the page prints alone on a line in words ("11/04/2025 |
# Press release" over a gallery's "4 November 2025"), when only one does
def worded_date_order(text: str, lines: tuple[str, ...] | list[str]) -> str | None:
    readings = {order: value.iso for order in ("dmy", "mdy") if (value := resolve_numeric(text, order)) is not None}
    if len(set(readings.values())) != 2:
        return None
    printed = {value.iso for line in lines if (value := _worded_date(line)) is not None}
    orders = [order for order, iso in readings.items() if iso in printed]
    return orders[0] if len(orders) == 1 else None


def _worded_date(line: str) -> DateValue | None:
    """A day's date alone on a line with its month in words ("4 November 2025"), or None (no digits-only dates here)."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_WORDED_DATE_CHARS or not any(ch.isalpha() for ch in stripped):
        return None
    value = parse_date(stripped)
    return value if value is not None and value.precision == "day" else None


MAX_WORDED_DATE_CHARS = 40


def resolve_numeric(text: str, order: str) -> DateValue | None:
    """An ambiguous all-numeric date read in the page's own order ("dmy" or "mdy")."""
    match = NUMERIC_DATE.search(text)
    if match is None:
        return None
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    day, month = (first, second) if order == "dmy" else (second, first)
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return None if implausible(value) else DateValue(value.isoformat(), "day")


# --- the credit and dateline at the head of a first paragraph ------------------------------------------------------

# "MOSCOW", "NEW DELHI", "ST. PETERSBURG", "RIO DE JANEIRO": a place in capitals.
# Capitals of the Latin alphabet with their accents ("MÉXICO", "SÃO PAULO", "ZÜRICH").
UPPER = "A-ZÀ-ÖØ-Þ"
# TWO_PLACES: a dispatch filed from two cities is written with a slash ("BEIJING/MOSCOW, May 16 (Reuters) -").
PLACE_RE = re.compile(rf"[{UPPER}][{UPPER}.'’\-]{{1,30}}(?:[ /][{UPPER}][{UPPER}.'’\-]{{1,30}}){{0,3}}")
# ", Algeria" / ", Russia": the country after the place, in title case; or a state abbreviated as news agencies' style
# books write it ("PHENIX CITY, Ala. (WRBL) –", "WASHINGTON, D.C. (AP) —", "SPRINGFIELD, Ill., March 3 (Reuters) -").
# (POSTAL_STATE: or its postal code in capitals, "MOUNT PLEASANT, SC (WXYZ) -", as broadcasters' sites write it)
# (STATE_WITHOUT_COMMA: the abbreviated state may follow the place without its comma, "HILLSBORO Ore. (WXYZ) -")
COUNTRY_RE = re.compile(
    r"(?:, (?:[A-Z][a-z]{2,30}(?: [A-Z][a-z]{2,30}){0,2}|[A-Z][a-z]{1,4}\.|[A-Z]\.(?:[A-Z][a-z]?\.)+|[A-Z]{2})"
    r"| (?:[A-Z][a-z]{1,4}\.|[A-Z]\.(?:[A-Z][a-z]?\.)+))(?=,| \(| ?--? )"
)
# " [India]": the country after the place in square brackets ("New Delhi [India], September 16 (ANI):").
BRACKET_COUNTRY_RE = re.compile(r" ?\[[A-Z][A-Za-z .'’\-]{1,30}\]")
# TITLE_CASE_DATELINE: the place in title case ("New Delhi", "Port Moresby"): one to three capitalised words. A sentence
# can open the same way, so such a dateline counts only with both its date and its agency ("(ANI):", "/TASS/.").
# (PLACE_PARTICLES: with its accents and the small words between its names, "Alcalá de Henares", "Castellón de la Plana")
# (PLACE_ABBREVIATION: a saint's or a fort's name cut short before the place's name, "St. Petersburg", "Ft. Worth",
# "Mt. Pleasant", "Ste. Marie")
TITLE_PLACE_RE = re.compile(
    r"(?:(?-i:St|Ste|Ft|Mt|Pt)\. )?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]{1,30}(?: (?:(?:de|del|la|las|los|di|da|do|dos|das|du|des|le|el|am|an|der|upon|sur|en|y|e)"
    r" ){0,2}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]{1,30}){0,2}(?=[ ,\[])"
)
# ", Oct. 4" / ", June 8" / ", April 4, 2014": the date after the place.
LEAD_DATE_RE = re.compile(
    r",\s(?P<month>" + MONTH_NAMES + r")\.?\s(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s?(?P<year>\d{4}))?(?!\d)", re.I
)
# DASHED_RELEASE_DATELINE: a press release's place, state and full date between dashes ("HARBOUR CITY, Calif.-- May 13,
# 2003 -- ..."): after a dash the date needs its year (a dash and a month and day may open a sentence)
LEAD_DASH_DATE_RE = re.compile(
    r"\s?--?\s(?P<month>" + MONTH_NAMES + r")\.?\s(?P<day>\d{1,2})(?:st|nd|rd|th)?,\s?(?P<year>\d{4})(?!\d)", re.I
)
# DATE_FIRST: a first paragraph opening with its full date and no place ("March 5, 2019 — The ...", "(March 5, 2019)
# The ..."): a dash or the bracket closing, before a capital, ends it (archive.extract reads it on the first body line
# only: further down, and with a colon, "March 5, 2019: Talks begin." is an entry of a timeline).
LEAD_DATE_FIRST_END_RE = re.compile(r"\s?(?:--|[-–—])\s(?=[^\W\d_])")  # a colon is a timeline's entry ("May 5: Talks")
# (DATE_IN_SQUARE_BRACKETS: "[2017-11-27] At the end of October ...", a news archive's date before each item's text)
# (DATE_AND_PLACE_IN_BRACKETS: "(18 December 2011, Hong Kong) Example Limited ...", a press release's date and its city)
LEAD_BRACKET_END_RE = re.compile(
    r"(?:,\s?[A-Z][^\W\d_]*+(?:[ .'’-][A-Z][^\W\d_]*+){0,3})?[)\]]\.?(?:\s?(?:--|[-–—:]))?\s(?=[^\W\d_])"
)
# What ends a lead dateline: an agency in brackets or slashes, then a dash, a colon or a full stop.
# The agency may be in braces ("MOSCOW {AP}— ...").
# A comma may stand between the date and the agency ("MOSCOW, Aug. 21, (Xinhua) —").
# (DASH_GLUED_TO_THE_TEXT: an en or em dash with no space before the sentence's capital, "NEW YORK, August 17—Video ...")
# (BARE_AGENCY: an agency's name without brackets before the dash, "BEIJING, March 21 Kyodo -", read when it is a wire's)
# (SITE_AND_DESK_IN_BRACKETS: a credit of a site's address may hold a comma, "(Example.com, Harbour Desk) -": the site,
# then its desk; "(Example News, Harbour Desk)" is no credit read)
LEAD_END_RE = re.compile(
    r"(?:[.,]?\s?(?:[({](?P<wire1>[A-Za-z][\w .&'/-]{0,40}|[A-Za-z][\w-]{0,40}(?:\.[A-Za-z]{2,6}){1,2},\s[A-Za-z][\w .&'/-]{0,30})[)}]|/(?P<wire2>[A-Za-z][\w .&'()-]{0,50})/|"
    r"(?<=\d)\s(?P<wire3>(?:Kyodo|KYODO|Interfax|INTERFAX|Xinhua|XINHUA|Yonhap|Bernama|BERNAMA)(?:\sNews)?)))?\.?\s?"
    # ($: DATELINE_ALONE, the agency's dateline on a line of its own; COLON_GLUED: "(APP):The ...", no space after it)
    # (TRIPLE_HYPHEN: "MILWAUKEE (Example 58) --- It's ...", an em dash typed as three hyphens)
    # (MOJIBAKE_DASH: the dash mangled by a wrong decoding, "(AP) â€” A ...", or cut to its first letter, "(AP) â A ...")
    # (HYPHEN_GLUED_AFTER_THE_DAY: "Beijing, December 2-Premier Li ...", a hyphen for the dash between the day and the text;
    # a compound after it is the text's, "August 17-Year-old pupils ...")
    # (BRACKET_ENDS_THE_LINE: "Los Angeles (AFP)" alone on its line over the text, the agency's dateline with no dash)
    r"(?:(?:---?|[-–—:]|\.|â€[”“\"]|â)(?:\s|$)|[–—](?=[A-Z])|(?<=\)):(?=[A-Z])|(?<=\d)-(?=[A-Z][a-z]++\s)|(?<=[)}])$)"
)
# AGENCY_THEN_DATE: the agency in brackets, then the full date, then a dash ("MEXICO (Example) 03 de abril de 2020.-
# Este ...", "HARBOUR CITY (AFP) March 3, 2019 - The ...").
LEAD_WIRE_BEFORE_DATE_RE = re.compile(r"\s?\((?P<wire>[A-Za-z][\w .&'-]{0,40})\)\s")
LEAD_DASH_AFTER_DATE_RE = re.compile(r"\.?\s?(?:--|[-–—]{1,2})\s?(?=[^\W\d_])")
# WIRE_FIRST: the agency alone opens the paragraph, in brackets, before a dash ("(Example News) - The premier ...").
# The place may stand before the agency in the brackets ("(HARBOUR CITY, EXAMPLE NEWS) –Nearly ...").
LEAD_WIRE_FIRST_RE = re.compile(
    r"\((?:(?P<place>[A-Z][A-Z.'’-]{1,30}(?: [A-Z][A-Z.'’-]{1,30}){0,2}),\s)?"
    r"(?P<wire>[A-Z][\w.&'-]{1,30}(?: [A-Z][\w.&'-]{1,30}){0,3})\)\s?(?:--|[-–—:])\s?(?=[^\W\d_]|\d)"
)
# NAME_LEAD: "EXAMPLE-NEWS. June 17, 2009. ...": what stands before the date is the source's name, not a place, when it
# is no known place and its last word is a news word ("NEWS", "PRESS", "AGENCY", "INFO").
NAME_LEAD_WORDS = frozenset("news press agency info newswire service".split())
# CLOCK_AFTER_THE_LEAD_DATE: the time of filing after the dateline's date, before its dash (", 4:22 p.m. EST")
LEAD_CLOCK_RE = re.compile(r",?\s\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4}\b)?")
# RUSSIAN_LEAD: a Russian wire's dateline: the place, the day and month in Russian, then the agency ("МОСКВА, 20 декабря.
# /ТАСС/.", "Москва. 20 декабря. INTERFAX.RU - ", "МОСКВА, 20 дек — РИА Новости."): a month-day (a year if printed).
RU_MONTH_ALTERNATION = "|".join(sorted((m for m in FOREIGN_MONTHS if re.fullmatch(r"[а-яё]+", m)), key=len, reverse=True))
RUSSIAN_LEAD_RE = re.compile(
    r"(?P<place>[А-ЯЁ][А-ЯЁа-яё-]{1,30}(?:\s[А-ЯЁ][А-ЯЁа-яё-]{1,30}){0,2})[.,]\s"
    r"(?P<day>\d{1,2})\s(?P<month>" + RU_MONTH_ALTERNATION + r")\.?(?:\s(?P<year>\d{4})(?:\sг(?:ода|\.)?)?)?[.,]?\s"
    r"(?:/(?P<w1>[^/]{2,30})/\.?|(?P<w2>[A-ZА-ЯЁ][\w.\-]{1,30}(?:\s[A-ZА-ЯЁ][\w.\-]{1,30}){0,2})\s?[-–—]|"
    r"[-–—]\s(?P<w3>[A-ZА-ЯЁ][\w]{1,30}(?:\s[A-ZА-ЯЁ][\w]{1,30}){0,2})\.|"
    # RUSSIAN_LEAD_NO_AGENCY: the place, the day and month, a full stop and a dash ("Москва. 20 декабря. — ..."), no agency
    r"(?<=\.\s)[-–—](?=\s\S))\s"
    # RUSSIAN_LEAD_STOP: or a full stop and the sentence's capital, no dash ("Пекин, 28 января. Генеральный секретарь ..."):
    # a place and a date closed by a full stop open no sentence of their own
    r"|(?P<stop_place>[А-ЯЁ][А-ЯЁа-яё-]{1,30}(?:\s[А-ЯЁ][А-ЯЁа-яё-]{1,30}){0,2}),\s(?P<stop_day>\d{1,2})\s"
    r"(?P<stop_month>" + RU_MONTH_ALTERNATION + r")(?:\s(?P<stop_year>\d{4})(?:\sг(?:ода|\.)?)?)?\.\s(?=[А-ЯЁ«])"
)
# FOREIGN_LEAD: the same in the Latin-script languages of archive.dates' month names: the place, the day and month, maybe
# the year, the agency in brackets and a dash ("Praha 4. novembra (TASR) - ", "Roma, 5 marzo (ANSA) - ").
LATIN_MONTH_ALTERNATION = "|".join(
    sorted((m for m in FOREIGN_MONTHS if m.isalpha() and all(ord(ch) < 0x370 for ch in m)), key=len, reverse=True)
)  # (Latin letters, with their accents: before Greek in Unicode)
# FOREIGN_LEAD_NO_AGENCY: without the agency, the place's comma and the dash after the date still make it a dateline
# ("Ljubljana, 4. februarja - DZ je ..."), the place capitalised.
FOREIGN_LEAD_RE = re.compile(
    r"(?P<place>(?-i:[A-ZÀ-Þ])[^\W\d_]{1,30}(?:\s[A-ZÀ-Þ][^\W\d_]{1,30}){0,2})(?:,?\s(?P<day>\d{1,2})\.?\s"
    r"(?P<month>" + LATIN_MONTH_ALTERNATION + r")(?:\s(?P<year>\d{4}))?\s?"
    r"\((?P<wire>[A-Z][\w.&'/-]{1,30}(?:\s[A-Z][\w.&'/-]{1,30}){0,2})\)|"
    r",\s(?P<bare_day>\d{1,2})\.?\s(?P<bare_month>" + LATIN_MONTH_ALTERNATION + r")(?:\s(?P<bare_year>\d{4}))?)"
    r"\s?(?:--|[-–—])\s",
    re.IGNORECASE,
)
# DEVANAGARI_LEAD: a Hindi or Nepali dateline: the place, a comma, the day and the month (and year), perhaps the
# agency in brackets, and a danda ("जयपुर, 1 जनवरी 2023, (एजेंसी)। ..."), where Latin scripts put a dash.
DEVANAGARI_LEAD_RE = re.compile(
    r"(?P<place>[\u0900-\u0963\u0966-\u097f]{2,20}(?: [\u0900-\u0963\u0966-\u097f]{2,20})?),\s(?P<day>\d{1,2})\s"
    r"(?P<month>[\u0900-\u0963\u0966-\u097f]{3,12})(?:\s(?P<year>\d{4}))?,?\s?(?:\((?P<wire>[^()]{2,30})\)\s?)?[।|]\s?"
)
# CAPS_WIRE_FIRST: an agency's name in capitals in brackets opening the paragraph, no dash after it ("(MENAFN) Chinese
# President ..."); a flag of the page in brackets ("(UPDATED)", "(VIDEO)") is no agency.
CAPS_WIRE_FIRST_RE = re.compile(r"\((?P<wire>[A-Z]{2,8})\)\s(?=[A-Z])")
NOT_AGENCY_FLAGS = frozenset(
    "UPDATED UPDATE VIDEO VIDEOS PHOTO PHOTOS WATCH LIVE OPINION ANALYSIS EXCLUSIVE AUDIO SPONSORED".split()
)
# DATE_FIRST_WIRE: a date, then the agency in brackets and a dash ("Oct. 13, 2014 (EIRNS)—Russia and China ...").
DATE_FIRST_WIRE_END_RE = re.compile(
    r"\s?\((?P<wire>[A-Z][\w.&'/-]{1,30}(?:\s[A-Z][\w.&'/-]{1,30}){0,2})\)\s?(?:--|[-–—])\s?(?=[^\W\d_])"
)


# DATE_AFTER_FULL_STOP: "PLACE. June 17, 2009. The ..." (a place or agency in capitals, a full stop, the full date and a
# full stop before the sentence).
LEAD_STOP_RE = re.compile(r"(?:\.|(?<=[A-Z]\.))\s")  # the place's pattern may have taken the full stop
# AGENCY_THEN_SENTENCE: an agency in brackets may run straight into the sentence ("New Delhi, Nov 8 (PTI) The ..."):
# the bracket itself ends the dateline when a capital follows it.
LEAD_AGENCY_END_RE = re.compile(r"\.?\s?\((?P<wire1>[A-Za-z][\w .&'-]{0,40})\)\s(?=[A-Z\"“‘])")
LEAD_BY_RE = re.compile(r"By\s")
# DESK_BYLINE_LEAD: a desk's credit instead of a name before the dateline ("By A Staff Reporter, Kathmandu, Oct. 18:
# ..."), as South Asian papers open their own reports: no author, the dateline read after it
DESK_BYLINE_LEAD = re.compile(
    r"By (?:a|our|the) (?:staff |special |own )?(?:reporter|correspondent),\s?|By staff writers? ", re.I
)
# PLACE_STOP_DATE_STOP_AGENCY: an agency's English dateline with full stops, its name in capitals ("Moscow. March 21.
# INTERFAX - ..."), as it prints its own Russian one ("Москва. 21 марта. ИНТЕРФАКС -").
STOP_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][a-z]{1,30}(?:[ -][A-Z][a-z]{1,30})?)\.\s(?P<month>(?i:" + MONTH_NAMES + r"))\.?\s(?P<day>\d{1,2})\.\s"
    r"(?P<wire>[A-Z]{3,12}(?:-[A-Z]{2,12})?)\s?[-–—]\s"
)
# (STOP_DATELINE_BRACKETED: the same with the agency in brackets, the place in capitals, "NUR-SULTAN. Sept 16 (Interfax) -
# A bill ...")
STOP_BRACKET_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Za-z]{1,30}(?:[ -][A-Z][A-Za-z]{1,30})?)\.\s(?P<month>(?i:" + MONTH_NAMES + r"))\.?\s(?P<day>\d{1,2})"
    r"\s\((?P<wire>[A-Z][\w.&'-]{1,30}(?: [A-Z][\w.&'-]{1,30}){0,2})\)\s?[-–—]\s(?=[A-Z])"
)
# FULL_DATE_THEN_TEXT: a dateline in capitals with its full date may run into the sentence with no dash or colon
# ("BEIJING, June 16, 2025 Chinese President ..."); with the year, the date cannot be the sentence's own words.
FULL_DATE_THEN_TEXT = re.compile(r"\s(?=[A-Z][a-z])")
# BY_NAME_DASH: a dash between the writer's name and the dateline's place ("By Jane Roe – HARBOUR CITY (Example
# News) – The ..."): the place in capitals after it, as after a space.
BY_NAME_DASH_RE = re.compile(r" [-–—] (?=[A-Z])")
# "MOSCOW (Example News / Example Wire - 27th March, 2019) The ...": the credit and the date in brackets after the
# place, the sentence right after them (a comma may stand after the place: "LAHORE, (Example News - 24th Jun, 2024) The")
LEAD_PAREN_RE = re.compile(r",? ?\((?P<inner>[^()]{2,80})\) ")
# Where the date starts inside those brackets: after the last dash or comma-free separator.
LEAD_PAREN_SPLIT = re.compile(r"\s[-–—|]\s|\s/\s")
# SLASH_BEFORE_BRACKET_DATE: a credit and the date in the brackets, a slash between them without spaces ("ZAMBOANGA CITY
# (by Jane Roe/May 16, 2022) —", "(Example News/3 December)"): split at the only slash when a word comes before it and
# what follows holds a month's name ("1/5" is a date of its own); the part after it must read as a date.
SLASH_BEFORE_BRACKET_DATE = re.compile(r"^(?P<credit>[^/]{0,58}[^\W\d_][^/]?)/(?P<when>[^/]{0,12}[^\W\d_][^/]{0,20})$")
# BY_IN_BRACKETS: the credit in a dateline's brackets is a reporter's when it opens with "by" ("(by Jane Roe/May 16,
# 2022)"): the author, no agency.
BY_IN_BRACKETS = re.compile(r"^by\s+(?P<name>\S.*)$", re.I)


# MONTH_DAY_WIRE: a wire dateline whose place was lost in copying: the month and day, the agency in brackets and a dash
# ("June 6 (UPI) -- Chinese President ...").
MONTH_DAY_WIRE_RE = re.compile(
    r"(?P<md>(?:" + MONTH_NAMES + r")\.? \d{1,2}) \((?P<wire>[A-Za-z][\w .&'/-]{0,40})\) ?(?:--|[-–—]) ", re.I
)
# MONTH_DAY_DASH: the same dateline without its agency too, the month and day and a spaced dash before the first
# sentence's capital ("Nov. 2 - Chinese Premier ..."); in small letters after the dash it is the sentence's own dash
# ("March 5 - the day it began").
MONTH_DAY_DASH_RE = re.compile(r"(?P<md>(?:" + MONTH_NAMES + r")\.? \d{1,2}) (?:--|[-–—]) (?=(?-i:[A-Z]))", re.I)
CJK_NO_SENDER = frozenset(("本报", "本報", "本网", "本網", "本台"))


@dataclass(frozen=True, slots=True)
class Lead:
    """The credit and dateline that open a first paragraph: "By Ivan Sokolov MOSCOW (AFP) - ..."."""

    name: str | None  # the author after "By"
    place: str  # "MOSCOW"
    date: DateValue | None  # with a year ("day" precision)
    month_day: str | None  # without one: "--10-04" (ISO 8601's month-day form)
    wire: str | None  # "AFP", "TASS", "Reuters"
    end: int  # where the paragraph's own sentence begins
    label: str = ""  # "updated" when the date was printed as an update ("Updated: 2008-10-28 23:12 MOSCOW --")


# BARRED_DATELINE: the place in capitals and the agency between bars before the text ("NOVO-OGARYOVO | EXAMPLE | Joint
# talks ..."), as an agency's own site sets its dateline
BARRED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]*+(?: [A-Z][A-Z.'’-]*+){0,3}) \| (?P<wire>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,3}) \| (?=[A-Z“\"‘])"
)
# PLACE_THEN_BRACKETED_DATE: the place in title case or capitals, the whole date alone in brackets, then a colon or a
# dash ("Islamabad (November 21, 2017): The Assembly ...", "HARBOUR CITY (May 5, 2019) - The ..."): a press office's
# dateline; the brackets hold nothing but a date with its day and year.
PLACE_THEN_BRACKETED_DATE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*+(?:[ -][A-Z][\w.'’-]*+){0,2}),?\s\((?P<date>[^()]{6,40})\)(?::|\s?[-–—]{1,2})\s(?=[A-Z])"
)


def _dated_lead(place: str, year: str | None, month: int, day: int, wire: str | None, end: int) -> Lead | None:
    """A dateline read in parts (RUSSIAN_LEAD, CJK_DISPATCH_LEAD): a day with its year (unknown when implausible), a
    month-day without; None when no such day exists."""
    try:
        when = dt.date(int(year or 2000), month, day)  # a leap year: 29 February is a month-day that exists
    except ValueError:
        return None
    if year:
        return Lead(None, place, DateValue(when.isoformat(), "day") if implausible(when) is None else None, None, wire, end)
    return Lead(None, place, None, f"--{month:02d}-{day:02d}", wire, end)


# SPLIT_PLACE_DATELINE: a press-release wire's dateline whose place the copy put on a line of its own ("LOS ANGELES" /
# ", Nov. 21, 2025 /PRNewswire/ — The ..."): a paragraph opening with a comma is read with the place in capitals above it.
# JA_DISPATCH_MARK: a Japanese paper's correspondent's mark opening the first paragraph, the place and the reporter
# between lenticular brackets ("【北京=藤本欣也】", "【ワシントン＝山田太郎】"): the reporter is the author.
JA_DISPATCH_MARK_RE = re.compile(r"【(?P<place>[^=＝【】\s]{1,12})[=＝](?P<name>[\u3400-\u9fff\u3040-\u30ff]{2,7})】")
# JA_AGENCY_DATELINE: a Japanese agency's dateline in square brackets, the place, the day and the agency ("[東京 12日
# ロイター] - ...", "[ワシントン 3日 ロイター] -"): the agency is the wire, the day of the month the date's only part.
JA_AGENCY_DATELINE_RE = re.compile(
    r"^[\[［](?P<place>[^\]］\s]{1,12})\s(?P<day>\d{1,2})日\s(?P<wire>[\u30a0-\u30ff\u3400-\u9fffA-Za-z]{2,12})[\]］]\s?[-－–—]\s?"
)


# WEEKDAY_NOT_PLACE: a weekday before the date ("Friday, 5 June 2020 – Dublin at the Arena", a tour's list of dates) is
# when, not where: no place, so the line is a dateline only where a date alone opens the text (its first line).
WEEKDAY_AS_PLACE = re.compile(WEEKDAYS, re.I)
# (REGION_THEN_COUNTRY: the region in brackets, then the country in square ones, "Margao (Goa) [India], February 8 (ANI):")
COUNTRY_AFTER_PLACE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,2}) \((?:[A-Z]{2,3}|[A-Z][a-z]{3,20}(?=\),)|[A-Z][a-z]{2,20}(?=\) \[))\)"
    r"(?=,| \[[A-Z][a-z]{2,20}\],)"
)


# WIRE_AFTER_THE_DASH: the agency named after the dateline's dash, then a full stop ("BEIJING, December 31 – Example
# Novosti. Chinese President ..."), as Russian agencies sign their copy: a known wire's name only.
# (one space and words of at most 30 letters: linear on any line)
WIRE_AFTER_THE_DASH = re.compile(r"\s?(?P<wire>[A-Z][\w-]{0,30}+(?: [A-Z][\w-]{0,30}+){0,3})\.\s")
SYNDICATION_PREFIX = re.compile(r"^\((?P<feed>MENAFN|NewsBank)\s?-\s?(?P<source>[^()]{2,60}(?:\([^()]{1,20}\))?)\)\s*")


# SPEAKER_LABEL: an interview's or a press conference's label over a quote, a name and the speaker's role in brackets
# and a colon, nothing after ("JANE ROE (COACH OF HARBOUR FC) :"), has a dateline's shape; no date, a role of
# MIN_SPEAKER_ROLE_WORDS words or more in the brackets (an agency's name is shorter) and the colon ending the line make
# it the speaker's.
MIN_SPEAKER_ROLE_WORDS = 3
# BRACKETED_MARK: a dateline's brackets holding the story's state, not its source ("CEBU (Updated) --", "PARIS (Video)
# -"): no agency, no outlet.
# (DISPATCHES_MARK: "TEHRAN (Dispatches) --", the desk's word for its wire copy, names no agency either)
BRACKETED_MARKS = frozenset("updated update corrected correction video photos live watch exclusive dispatches".split())


REPORTER_IN_BRACKETS = re.compile(
    r"(?i:reporters?|correspondents?|staff reporter|journalist|by)\s++(?P<name>[^\W\d_][\w.'’-]*+(?: [^\W\d_][\w.'’-]*+){1,3})"
)


def _speaker_label(text: str, lead: Lead) -> bool:
    rest = text[lead.end :].strip()
    ends_with_colon = text.rstrip().endswith((":", "："))
    return (
        not rest.strip(":： ")
        and ends_with_colon
        and not lead.date
        and not lead.month_day
        and len((lead.wire or "").split()) >= MIN_SPEAKER_ROLE_WORDS
    )


AGENCY_COMMA_FIRST = re.compile(r"^(?P<wire>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,4}), (?=[A-Z])")


# BRACKETED_STAMP_LEAD: a paragraph opening with its date stamp in brackets, then the text or the dateline ("[Mis à jour
# le 24 janvier 2023 à 13h09] L'intersyndicale ...", "(Di giovedì 16 maggio 2024) PECHINO (ITALPRESS) – ..."): the
# stamp's date, published or updated as its label says (a stamp naming people is a credit, read elsewhere); a sentence
# going on in small letters after the brackets is the text's own.
BRACKETED_STAMP_LEAD = re.compile(r"^[\[(](?P<stamp>[^\[\]()]{6,60})[\])]\s++(?=\S)")
# TABLE_ROW_NO_LEAD: a line with MIN_TABLE_ROW_BARS bars or more is a table's row ("K.O. | Home | Res. | Away |", kept
# as the text's by archive.rules' BARRED_RESULT_ROWS), no dateline: its "Home" is a column's head, no agency.
MIN_TABLE_ROW_BARS = 3


def parse_lead(text: str, above: str = "") -> Lead | None:
    """The credit and dateline at the head of a paragraph, or None when it opens otherwise; above: the page's line over
    it (SPLIT_PLACE_DATELINE)."""
    if text.count("|") >= MIN_TABLE_ROW_BARS:
        return None  # TABLE_ROW_NO_LEAD (above)
    if text.startswith(", ") and PLACE_RE.fullmatch(above.strip()):
        joined = _parse_lead(above.strip() + text)
        if joined is not None and joined.end > len(above.strip()):
            return replace(joined, end=joined.end - len(above.strip()))
    stamp = BRACKETED_STAMP_LEAD.match(text)
    stamp = stamp if stamp and not text[stamp.end() :][:1].islower() else None  # ("(March 5, 2019) the committee met.")
    meta = parse_meta_line(stamp["stamp"]) if stamp else None
    if stamp and meta is not None and (meta.published or meta.updated) and not meta.names:
        # BRACKETED_STAMP_LEAD (above): the stamp's date, and the dateline after it read as any other
        inner = parse_lead(text[stamp.end() :], above)
        date = meta.published or meta.updated
        label = "" if meta.published else "updated"
        if inner is None:
            return Lead(None, "", date, None, None, stamp.end(), label)
        if inner.date is None:
            inner = replace(inner, date=date, label=label)
        return replace(inner, end=inner.end + stamp.end())
    syndicated = SYNDICATION_PREFIX.match(text)
    if syndicated:
        # SYNDICATION_PREFIX: "(MENAFN- Example News Agency (ENA)) DOHA, Dec 6 (ENA) -- ...": the feed's mark and the
        # source it carries, before the source's own dateline: the dateline is read after it
        inner = parse_lead(text[syndicated.end() :], above)
        if inner is not None:
            return replace(inner, wire=inner.wire or syndicated["source"].strip(), end=inner.end + syndicated.end())
    lead = _parse_lead(text)
    agency = AGENCY_COMMA_FIRST.match(text) if lead is None else None
    if agency and _is_wire(agency["wire"]):
        # AGENCY_COMMA_PLACE_DATE: "Example News Agency, Beijing, December 2 - ...", a Chinese dispatch's head in
        # translation without its reporter's brackets: the agency, then the dateline read as any other
        inner = _parse_lead(text[agency.end() :])
        if inner is not None and (inner.date is not None or inner.month_day) and not inner.wire:
            lead = replace(inner, wire=agency["wire"], end=inner.end + agency.end())
    country = COUNTRY_AFTER_PLACE.match(text) if lead is None else None
    if country:
        # COUNTRY_AFTER_PLACE: "Bremerton (US), Aug 22 (AP) ...", a syndicated feed's dateline with the country's code
        # in brackets after the town: read without it
        cut = country.end("place")
        bare = _parse_lead(text[:cut] + text[country.end() :])
        if bare is not None and bare.place:
            lead = replace(bare, end=bare.end + country.end() - cut)
    if lead is not None and _speaker_label(text, lead):
        return None  # SPEAKER_LABEL
    if lead is not None and lead.wire and lead.wire.strip(" .").casefold() in BRACKETED_MARKS:
        lead = replace(lead, wire=None)  # BRACKETED_MARK
    reporter = REPORTER_IN_BRACKETS.fullmatch(lead.wire.strip(" .")) if lead is not None and lead.wire else None
    if lead is not None and reporter:
        # REPORTER_IN_BRACKETS: the agency's reporter credited in the dateline's brackets ("BEIJING, May 24 (Reporter
        # Jane Roe) –", a Chinese agency's 记者 translated): the writer, no agency, no outlet
        lead = replace(lead, name=lead.name or (reporter["name"] if _is_name(reporter["name"]) else None), wire=None)
    if lead is not None and not lead.wire and lead.place and _is_wire(lead.place.strip(" ,")):
        # AGENCY_OPENS_THE_DATELINE: "Xinhua News Agency, Beijing, May 24 (...) –": the agency first, read as the place
        lead = replace(lead, wire=lead.place.strip(" ,"), place="")
    if lead is not None and lead.wire and not lead.place and not _is_wire(lead.wire) and is_place(lead.wire):
        # PLACE_IN_BRACKETS: "(NEW YORK) — Samsung's ...", the dateline's place in brackets without a credit: the place
        lead = replace(lead, place=lead.wire.strip(), wire=None)
    after = WIRE_AFTER_THE_DASH.match(text, lead.end) if lead is not None and not lead.wire and lead.place else None
    if lead is not None and after and _is_wire(after["wire"]):
        lead = replace(lead, wire=after["wire"], end=after.end())  # WIRE_AFTER_THE_DASH
    if lead is not None and lead.place and WEEKDAY_AS_PLACE.fullmatch(lead.place.strip(" ,")):
        lead = replace(lead, place="")  # WEEKDAY_NOT_PLACE
    if lead is not None and lead.wire and not lead.place and not lead.date and not lead.month_day and text.startswith("("):
        # WIRE_BEFORE_THE_DATELINE: the agency's mark first, then the place and the date ("(ANSA) – BEIJING, June 16 –
        # Chinese President ..."), as Italian agencies print it: the dateline read after the mark, the mark its wire
        inner = _parse_lead(text[lead.end :])
        if inner is not None and inner.place and (inner.date or inner.month_day) and not inner.wire:
            lead = replace(inner, wire=lead.wire, end=lead.end + inner.end)
    first_place = FIRST_OF_TWO_PLACES.match(text) if lead is None else None
    if first_place:
        second = _parse_lead(text[first_place.end() :])
        if second is not None and second.place:
            return replace(second, place=text[: first_place.end()] + second.place, end=second.end + first_place.end())
    return lead


# TWO_PLACES_TITLE_CASE: a dispatch filed from two places in title case, a slash between them ("Kharagpur/ Kolkata, 25
# July (HS) : ..."): the dateline is read from the second
# TWO_PLACES_AND: a release filed from two places in capitals, "and" between them, the first with its country or state
# ("QINGDAO, China and ROCKVILLE, Md., Sept. 1 /PRNewswire/ --", "NEW YORK and LONDON, Sept. 1, 2020 /PRNewswire/ --")
FIRST_OF_TWO_PLACES = re.compile(
    r"^(?:[A-Z][a-z]{2,30}\s?/\s?(?=[A-Z][a-z])"
    r"|[A-Z][A-Z.'-]++(?: [A-Z][A-Z.'-]++){0,3}(?:, [A-Z][\w.]*+(?: [A-Z][\w.]*+)?)? (?:and|&) (?=[A-Z][A-Z.'-]++[ ,]))"
)


def text_above(lines: tuple[str, ...] | list[str], number: int) -> str:
    """The nearest non-blank line above line `number` (1-based) of a page, or ""."""
    for index in range(min(number - 1, len(lines)) - 1, -1, -1):
        if lines[index].strip():
            return lines[index]
    return ""


# REGION_IN_BRACKETS: without a date, a known place's brackets may hold its region ("Bhubaneswar (Odisha): ...", an Indian
# paper's dateline): the name counts as an agency when it is a wire's, in capitals ("(ANI):") or names a newsroom.
AGENCY_NAME_WORDS = frozenset("news agency agencies press wire service services desk bureau".split())


def _agency_shaped(name: str) -> bool:
    words = re.split(r"[\s/&-]+", name.strip())
    return (
        name.strip().casefold() in WIRE_NAMES or name.strip().isupper() or any(w.casefold() in AGENCY_NAME_WORDS for w in words)
    )


# STATION_NO_DASH: a station's dateline with its dash lost in the copy ("HOUSTON (KX39) Gulf storms forecast will ..."):
# the place in capitals, the station's call letters or name in brackets (archive.headline station_in_dateline), then the
# sentence's capital. An agency's or another name's bracket needs its dash ("HOUSTON (Harbour) Storms" is no dateline).
STATION_NO_DASH = re.compile(r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,3}) \((?P<wire>[^()]{2,30})\) (?=[A-Z])")


def _station_credit(name: str) -> bool:
    from .headline import station_in_dateline  # (archive.headline reads meta lines: imported here, when first needed)

    return station_in_dateline(name)


def _parse_lead(text: str) -> Lead | None:
    """The credit and dateline at the head of a paragraph, or None when it opens otherwise."""
    pos = 0
    name = None
    label = ""
    date = month_day = None
    in_bracket = text.startswith(("(", "["))
    md_wire = MONTH_DAY_WIRE_RE.match(text)
    if md_wire:  # MONTH_DAY_WIRE: "June 6 (UPI) -- ..." (a copy that lost the dateline's place)
        partial = _match_month_day(text, 0)
        if partial is not None and partial[0] == md_wire.end("md"):
            return Lead(None, "", None, partial[1], md_wire["wire"], md_wire.end())
    md_dash = MONTH_DAY_DASH_RE.match(text)
    if md_dash:  # MONTH_DAY_DASH
        partial = _match_month_day(text, 0)
        if partial is not None and partial[0] == md_dash.end("md"):
            return Lead(None, "", None, partial[1], None, md_dash.end())
    mark = JA_DISPATCH_MARK_RE.match(text)
    if mark:  # JA_DISPATCH_MARK
        return Lead(mark["name"], mark["place"], None, None, None, mark.end())
    agency = JA_AGENCY_DATELINE_RE.match(text)
    if agency:  # JA_AGENCY_DATELINE
        return Lead(None, agency["place"], None, None, agency["wire"], agency.end())
    dispatch = CJK_DISPATCH_LEAD_RE.match(text)
    if dispatch:  # CJK_DISPATCH_LEAD
        sender = None if dispatch["wire"] in CJK_NO_SENDER else dispatch["wire"]
        month, day = int(dispatch["month"]), int(dispatch["day"])
        return _dated_lead(dispatch["place"], dispatch["year"], month, day, sender, dispatch.end())
    opening = _match_date(text, 1 if in_bracket else 0, False)
    if opening is not None and opening[1] is not None and opening[1].precision == "day":  # DATE_FIRST
        closing = (LEAD_BRACKET_END_RE if in_bracket else LEAD_DATE_FIRST_END_RE).match(text, opening[0])
        capital = closing is not None and text[closing.end() : closing.end() + 1].isupper()
        if closing and capital and implausible(as_date(opening[1])) is None:
            return Lead(None, "", opening[1], None, None, closing.end(), "")
        wired = None if in_bracket else DATE_FIRST_WIRE_END_RE.match(text, opening[0])
        if wired and text[wired.end() : wired.end() + 1].isupper() and implausible(as_date(opening[1])) is None:
            return Lead(None, "", opening[1], None, wired["wire"], wired.end(), "")  # DATE_FIRST_WIRE
    caps = CAPS_WIRE_FIRST_RE.match(text)
    if caps and caps["wire"] not in NOT_AGENCY_FLAGS:  # CAPS_WIRE_FIRST
        return Lead(None, "", None, None, caps["wire"], caps.end(), "")
    devanagari = DEVANAGARI_LEAD_RE.match(text)
    if devanagari and devanagari["month"] in FOREIGN_MONTHS:  # DEVANAGARI_LEAD
        month = FOREIGN_MONTHS[devanagari["month"]]
        wire = devanagari["wire"].strip() if devanagari["wire"] else None
        return _dated_lead(devanagari["place"], devanagari["year"], month, int(devanagari["day"]), wire, devanagari.end())
    foreign = FOREIGN_LEAD_RE.match(text)
    if foreign and foreign["month"] and foreign["month"].lower() in FOREIGN_MONTHS:  # FOREIGN_LEAD
        month = FOREIGN_MONTHS[foreign["month"].lower()]
        return _dated_lead(foreign["place"], foreign["year"], month, int(foreign["day"]), foreign["wire"], foreign.end())
    if foreign and foreign["bare_month"] and foreign["bare_month"].lower() in FOREIGN_MONTHS:  # FOREIGN_LEAD_NO_AGENCY
        month = FOREIGN_MONTHS[foreign["bare_month"].lower()]
        return _dated_lead(foreign["place"], foreign["bare_year"], month, int(foreign["bare_day"]), None, foreign.end())
    stops = STOP_DATELINE_RE.match(text) or STOP_BRACKET_DATELINE_RE.match(text)
    if stops and stops["month"].lower() in MONTHS:  # PLACE_STOP_DATE_STOP_AGENCY
        month = MONTHS[stops["month"].lower()]
        return _dated_lead(stops["place"], None, month, int(stops["day"]), stops["wire"], stops.end())
    first = LEAD_WIRE_FIRST_RE.match(text)
    if first:  # WIRE_FIRST
        return Lead(None, first.group("place") or "", None, None, first.group("wire"), first.end(), "")
    russian = RUSSIAN_LEAD_RE.match(text)
    if russian and russian.group("stop_place"):  # RUSSIAN_LEAD_STOP
        month, day = FOREIGN_MONTHS[russian.group("stop_month")], int(russian.group("stop_day"))
        return _dated_lead(russian.group("stop_place"), russian.group("stop_year"), month, day, None, russian.end())
    if russian:  # RUSSIAN_LEAD
        month, day = FOREIGN_MONTHS[russian.group("month")], int(russian.group("day"))
        wire = (russian.group("w1") or russian.group("w2") or russian.group("w3") or "").strip() or None
        return _dated_lead(russian.group("place"), russian.group("year"), month, day, wire, russian.end())
    barred = BARRED_DATELINE.match(text) if " | " in text[:80] else None
    if barred:
        return Lead(None, barred["place"], None, None, barred["wire"], barred.end(), "")  # BARRED_DATELINE
    bracketed = PLACE_THEN_BRACKETED_DATE.match(text)
    when = parse_date(bracketed["date"]) if bracketed else None
    if bracketed and when is not None and when.precision == "day" and implausible(as_date(when)) is None:
        return Lead(None, bracketed["place"], when, None, None, bracketed.end(), "")  # PLACE_THEN_BRACKETED_DATE
    station = STATION_NO_DASH.match(text)
    if station and _station_credit(station["wire"]):  # STATION_NO_DASH
        return Lead(None, station["place"], None, None, station["wire"], station.end("wire") + 1, "")
    desk = DESK_BYLINE_LEAD.match(text)
    if desk:  # DESK_BYLINE_LEAD
        rest = _parse_lead(text[desk.end() :])
        return replace(rest, end=rest.end + desk.end()) if rest is not None else None
    match = LEAD_BY_RE.match(text)
    labelled = LABEL_RE.match(text) if match is None else None
    if labelled:
        # "Updated: 2008-10-28 23:12 MOSCOW -- ...": a labelled date, then the dateline.
        at = SEPARATOR_RE.match(text, labelled.end())
        found_date = _match_date(text, at.end() if at else labelled.end(), False)
        if found_date is None or found_date[1] is None:
            return None
        pos = found_date[0]
        clock = TIME_RE.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if clock:
            pos += 1 + len(clock.group().rstrip())
        if text[pos : pos + 1] != " ":
            return None
        pos += 1
        value = found_date[1]
        if implausible(as_date(value)) is None:
            date = value
        label = "updated" if labelled.group("updated") else "published"
    elif match:
        end, words = _name_run(text, match.end(), credited=True)
        run = text[match.end() : end]
        if not words or not _is_name(run) or any(w.isupper() and len(w) > 1 for w in words):
            return None
        name = run
        pos = end + 1
        dash = BY_NAME_DASH_RE.match(text, end)
        if dash:
            pos = dash.end()  # BY_NAME_DASH: "By Jane Roe – HARBOUR CITY (Example News) – The ..."
    place = PLACE_RE.match(text, pos)
    title_case = False
    if place is not None and place.end() < len(text) and text[place.end()].islower():
        place = None  # "MOSCOW" is a place, "Moscow" the first word of a sentence
    if place is None and name is None and not label:
        place = TITLE_PLACE_RE.match(text, pos)
        title_case = True
    if place is None or not any(ch.isalpha() for ch in place.group()) or len(place.group().replace(".", "")) < 2:
        return None
    pos = place.end()
    bracket = BRACKET_COUNTRY_RE.match(text, pos)
    if bracket:
        pos = bracket.end()
    country = COUNTRY_RE.match(text, pos)
    if country:
        pos = country.end()
    paren = LEAD_PAREN_RE.match(text, pos) if not label and not title_case else None
    if paren:
        pieces = LEAD_PAREN_SPLIT.split(paren.group("inner"))
        slashed = SLASH_BEFORE_BRACKET_DATE.match(pieces[-1].strip())
        if slashed:  # SLASH_BEFORE_BRACKET_DATE
            pieces[-1:] = [slashed["credit"], slashed["when"]]
        in_brackets = parse_date(pieces[-1])
        # (a month and day alone after the credit: "DAVAO CITY (Example News / 16 May) —", that precision)
        bare = pieces[-1].strip()
        bracket_day = _match_month_day(bare, 0) if len(pieces) > 1 and in_brackets is None else None
        plausible = in_brackets is not None and in_brackets.precision == "day" and implausible(as_date(in_brackets)) is None
        if plausible or (bracket_day is not None and bracket_day[0] == len(bare)):
            # "MOSCOW (Example News / Example Wire - 27th March, 2019) The ...", or the date alone ("MOSCOW (March 5,
            # 2019) — The ..."), a dash after the bracket taken with it
            credits = [piece.strip() for piece in pieces[:-1]]
            by = BY_IN_BRACKETS.match(credits[0]) if len(credits) == 1 and name is None else None
            if by and _is_name(by["name"]):  # BY_IN_BRACKETS
                name, credits = by["name"], []
            elif slashed and _is_name(credits[-1]) and not _agency_shaped(credits[-1]):
                credits = credits[:-1]  # ("(Jane Roe/May 16, 2022)": a name without "by" may be a reporter's, no wire)
            agencies = " / ".join(credits) or None
            dash = LEAD_DATE_FIRST_END_RE.match(text, paren.end() - 1)
            when = in_brackets if plausible else None
            bracket_partial = bracket_day[1] if bracket_day is not None and not plausible else None
            return Lead(name, place.group(), when, bracket_partial, agencies, dash.end() if dash else paren.end(), "")
    if not label:
        # AGENCY_THEN_DATE and DATE_AFTER_FULL_STOP: a full date between the agency (or a full stop) and the sentence
        # (a place in title case needs the agency: "Beijing (Example) Oct 10, 2011 China said ...")
        opener = LEAD_WIRE_BEFORE_DATE_RE.match(text, pos) or (LEAD_STOP_RE.match(text, pos) if not title_case else None)
        full = _match_date(text, opener.end(), False) if opener else None
        if opener and full is not None and full[1] is not None and full[1].precision == "day":
            closer = LEAD_DASH_AFTER_DATE_RE.match(text, full[0])
            if closer is None and opener.re is LEAD_WIRE_BEFORE_DATE_RE:
                closer = FULL_DATE_THEN_TEXT.match(text, full[0])  # (AGENCY_DATE_THEN_TEXT: no dash, the year ends it)
            if opener.re is LEAD_STOP_RE:
                closer = LEAD_STOP_RE.match(text, full[0])
            if closer and implausible(as_date(full[1])) is None:
                credited = opener.groupdict().get("wire")
                source = place.group().rstrip(".")
                if credited is None and re.split(r"[\s-]", source)[-1].casefold() in NAME_LEAD_WORDS and not is_place(source):
                    credited = source  # NAME_LEAD
                return Lead(name, place.group(), full[1], None, credited, closer.end(), "")
    found = (LEAD_DATE_RE.match(text, pos) or LEAD_DASH_DATE_RE.match(text, pos)) if not label else None
    dated = found is not None
    if found:
        month = MONTHS[found.group("month").lower()]
        day = int(found.group("day"))
        try:
            dt.date(2000, month, day)  # a leap year: 29 February is a month-day that exists
        except ValueError:
            return None
        if found.group("year"):
            year = int(found.group("year"))
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                return None
            if implausible(candidate) is None:
                date = DateValue(candidate.isoformat(), "day")
        else:
            month_day = f"--{month:02d}-{day:02d}"
        pos = found.end()
    elif not label and text.startswith(", ", pos):
        # LEAD_DATE_ANY_ORDER: the date after the place in another order ("HARBOUR CITY, 12 March 2021 (AFP) -",
        # "HARBOUR CITY, 12 March (AFP) -", "HARBOUR CITY, 2021-03-12 -"), read by the metadata line's own date parts.
        full = _match_date(text, pos + 2, False)
        if full is not None and full[1] is None and _writes_the_day_first(text[full[0] :]):
            full = (full[0], resolve_numeric(text[pos + 2 : full[0]], "dmy"))  # LEAD_IN_ITS_LANGUAGES_ORDER
        partial = None if full is not None else _match_month_day(text, pos + 2)
        if full is not None and full[1] is not None and implausible(as_date(full[1])) is None:
            date, pos, dated = full[1], full[0], True
        elif partial is not None:
            month_day, pos, dated = partial[1], partial[0], True
    clock = LEAD_CLOCK_RE.match(text, pos) if dated else None
    if clock:
        pos = clock.end()  # CLOCK_AFTER_THE_LEAD_DATE: "Example News Service, Dec. 17, 2003, 4:22 p.m. EST – ..."
    ending = LEAD_END_RE.match(text, pos) or (LEAD_AGENCY_END_RE.match(text, pos) if dated else None)
    if ending is None and date is not None and not title_case:
        ending = FULL_DATE_THEN_TEXT.match(text, pos)  # FULL_DATE_THEN_TEXT: "BEIJING, June 16, 2025 Chinese President ..."
    if ending is None:
        return None
    wire = ending.groupdict().get("wire1") or ending.groupdict().get("wire2") or ending.groupdict().get("wire3")
    bracket_date = _match_month_day(wire, 0) if wire else None
    if wire and bracket_date is not None and bracket_date[0] == len(wire.rstrip()):
        # DATE_IN_BRACKETS: "BEIJING (March 31): ..." dates the report in the agency's place; it names no source
        wire = None
        if not dated:
            month_day, dated = bracket_date[1], True
    if wire and not wire.isupper() and is_place(wire):
        wire = None  # PLACE_IN_BRACKETS: "KAZAN (Russia): ..." names the place's country, no source ("(KELO)": a station)
    known_place = title_case and is_place(place.group())
    if title_case and not (dated and (wire or known_place)) and not (date is not None and date.precision == "day"):
        # TITLE_CASE_DATELINE needs its date and its agency (or a known place), or a full date, or a known place and
        # its agency ("Moscow (Example News/Agencies) – ...")
        if not (known_place and wire and (dated or _agency_shaped(wire))):
            return None
    if not dated and not wire and name is None and date is None:
        return None  # "UDUPI: ..." alone says no date and names no one
    if not wire and ending.end() >= len(text.rstrip()):
        return None  # DATELINE_ALONE names its agency: "HARBOUR CITY, May 5 -" alone is a split dateline, left as it was
    source = place.group().rstrip(".")
    if wire is None and dated and re.split(r"[\s-]", source)[-1].casefold() in NAME_LEAD_WORDS and not is_place(source):
        wire = source  # NAME_LEAD: "Example News Service, Dec. 17, 2003 – ...", the service's name where a place stands
    return Lead(name, place.group(), date, month_day, wire, ending.end(), label)
