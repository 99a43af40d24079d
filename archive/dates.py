"""Datelines: a line that is a date and nothing else but date furniture ("Published", weekday, time, zone).

parse_date("Updated: 16 Nov 2018, 10:35 IST") -> DateValue("2018-11-16", "day")

A date inside a sentence or a caption is not a dateline: everything on the line apart from the date must be
furniture, or the line is refused.

All-numeric dates: ISO (2017-07-05, 2017/07/05) are year-month-day. Any other all-numeric form (05/07/2017,
25.06.2016, 7-5-2017) is read only when it cannot be misread: when one of the first two numbers is over 12 (it is then
the day) or both are equal. 05/07/2017 is 5 July in Europe and May 7 in the US, so it is refused rather than guessed;
written with dots (05.07.2017) it is day first (DOTTED_DAY_FIRST).
Two-digit years are refused for the same reason (is "05/07/17" 2017, or 2005-07-17?).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import jdatetime
from babel import localedata
from babel.dates import get_day_names, get_month_names

from .model import DateValue
from .registry import by_first_character


class MonthNames(dict[str, int]):
    """Month names to numbers, where a name the patterns matched in any case (re.IGNORECASE) is found however it lowers:
    Turkish and Azerbaijani capitals lower to other letters than the table's ("İyun" to "i̇yun", a dot above; "KASIM" to
    "kasim"), looked up unaccented (DOTTED_CAPITAL_I; a page of Azerbaijani dates ended the build with a KeyError)."""

    def __missing__(self, key: str) -> int:
        for plain in _case_folded(key):
            if plain != key and dict.__contains__(self, plain):
                return dict.__getitem__(self, plain)
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and any(dict.__contains__(self, plain) for plain in (key, *_case_folded(key)))


def _case_folded(name: str) -> tuple[str, str]:
    """The letters re.IGNORECASE takes for others, as the tables spell them: a dotted or dotless i ("İ", "ı"), the long
    s ("ſ"), all lowered; then without accents too."""
    lowered = name.lower().replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")
    return lowered, _unaccented(lowered)


MONTHS = MonthNames(
    {
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
WEEKDAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"

# FOREIGN_MONTH_NAMES: month names of other languages, from the Unicode CLDR (through Babel, not a hand-made list), in
# their format and stand-alone forms, wide and abbreviated ("31 Agustus 2021", "5. März 2019", "3 de mayo de 2018",
# "12 августа 2020 г."). They are read only in a day-month-year date with a four-digit year (FOREIGN_DATE_FORM), never
# alone, so a name or a word that happens to spell a month ("Mai", "Mar") is never a date. A word that is one month in
# one language and another month in another ("listopad": Czech November, Croatian October) is left out: ambiguous.
FOREIGN_DATE_LOCALES = (
    "de", "fr", "es", "it", "pt", "nl", "id", "ms", "ro", "pl", "cs", "sk", "fil", "ru", "uk", "tr", "hu", "sv", "el",
    # (MORE_DATE_LOCALES: Nordic, Baltic, South Slavic, Catalan and Arabic pages print their dates so too)
    "fi", "da", "nb", "hr", "sl", "bg", "lt", "lv", "et", "ca", "ar", "vi",
    # (LEVANTINE_MONTHS: Syrian, Lebanese, Jordanian and Iraqi pages name the months "كانون الأول", "شباط", "آذار")
    "ar_SY",
    # (BUDDHIST_ERA: Thai, Lao and Khmer pages, whose year may be the Buddhist era's, see below)
    "th", "lo", "km",
    # (SOUTH_ASIAN_DATES: Bengali, Hindi and Urdu pages, their digits their own or Latin: "১২ এপ্রিল ২০২০", "22 جولائی 2024")
    "bn", "hi", "ur",
    # (CENTRAL_ASIAN_AND_CAUCASIAN_DATES: Kazakh, Kyrgyz, Uzbek, Azerbaijani, Belarusian, Serbian, Macedonian, Albanian,
    # Hebrew, Persian, Armenian and Georgian pages: "13 Қазан, 2022"; no month name of the locales above changes meaning)
    "kk", "ky", "uz", "az", "be", "sr", "sr_Latn", "mk", "sq", "he", "fa", "hy", "ka",
)  # fmt: skip
# ARABIC_HAMZA: Arabic pages write a month's alif with or without its hamza ("أكتوبر", "اكتوبر"): both spellings count.
ARABIC_HAMZA = str.maketrans("أإآ", "ااا")
# Abbreviations shorter than this are too easily something else ("mi", "de").
MIN_FOREIGN_MONTH_CHARS = 3


# BABEL_DATA_RELEASED: Babel keeps every locale it loaded (all of CLDR's data for the 31 languages above: 28 MB, held by
# the build and by each of its workers) though only the names are read, once, here; nothing else in the archive asks
# Babel for more. Each locale's data is let go once its names are read, and all of it at the end. The cache is a private dict
# (babel.localedata._cache; Babel is pinned): left alone if a release renames it.
def _release_babel_data(keep: tuple[str, ...] = ()) -> None:
    cache = getattr(localedata, "_cache", None)
    if isinstance(cache, dict):
        for name in [name for name in cache if name not in keep]:
            del cache[name]


# UNACCENTED_NAMES: sites whose templates write without diacritics print the names so ("Marti, 20 Aprilie 2021" for
# "Marți", "Sambata", "fevrier", "Pazartesi"): the Latin names without their accents count too, when still of one number.
def _unaccented(name: str) -> str:
    if not all(ord(ch) < 0x370 for ch in name):
        return name  # (other scripts' marks are letters' parts)
    return "".join(ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.combining(ch)).replace("ı", "i")


def _foreign_names() -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """The month names and the wide weekday names of FOREIGN_DATE_LOCALES, each of one number only, and the weekdays'
    short names (each locale read once for all)."""
    seen: dict[str, dict[str, set[int]]] = {"month": {}, "day": {}}
    short_days: set[str] = set()
    for locale in FOREIGN_DATE_LOCALES:
        _release_babel_data(keep=("root",))  # (every locale's parent: read once)
        for kind, getter in (("month", get_month_names), ("day", get_day_names)):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in getter(width, context, locale=locale).items():
                        key = name.lower().rstrip(".")
                        if kind == "day" and width == "abbreviated":
                            short_days.update((key, _unaccented(key)))
                        if len(key) >= MIN_FOREIGN_MONTH_CHARS and (kind == "month" or width == "wide"):
                            seen[kind].setdefault(key, set()).add(number)
                            seen[kind].setdefault(key.translate(ARABIC_HAMZA), set()).add(number)
                            seen[kind].setdefault(_unaccented(key), set()).add(number)
    _release_babel_data()
    months, days = ({key: numbers.pop() for key, numbers in seen[kind].items() if len(numbers) == 1} for kind in ("month", "day"))
    return months, days, frozenset(short_days)


# SHORT_DAY_NAMES: the weekdays' short names in the same languages ("ma", "Mo.", "lun", "śr"), any number each: read only
# before a whole date (archive.metaline SHORT_WEEKDAY_FIRST), where no other word of two or three letters stands.
_FOREIGN_MONTH_NAMES, _FOREIGN_DAY_NAMES, SHORT_DAY_NAMES = _foreign_names()
# GENITIVE_MONTHS: Slovenian and Croatian write a date's month in the genitive ("4. februarja 2021", "12. siječnja"),
# which CLDR does not list (it gives "februar", "siječanj"). Croatian October, "listopada", is Polish November: left out.
GENITIVE_MONTHS = dict.fromkeys(("januarja", "siječnja"), 1) | dict.fromkeys(("februarja", "veljače"), 2) | {
    "marca": 3, "ožujka": 3, "aprila": 4, "travnja": 4, "maja": 5, "svibnja": 5, "junija": 6, "lipnja": 6,
    "julija": 7, "srpnja": 7, "avgusta": 8, "kolovoza": 8, "septembra": 9, "rujna": 9, "oktobra": 10,
    "novembra": 11, "studenoga": 11, "decembra": 12, "prosinca": 12,
}  # fmt: skip
# VIETNAMESE_MONTH_WORDS: Vietnamese pages also spell the month's number in words ("Tháng mười một 16, 2024", November),
# which CLDR does not list (it gives "tháng 11").
VIETNAMESE_MONTH_WORDS = {
    f"tháng {word}": number
    for number, word in enumerate(
        ("một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"), 1
    )
}
# BENGALI_SHORT_I: Bengali pages end "January" and "February" with the short i as often as CLDR's long one
# ("জানুয়ারি", "জানুয়ারী")
BENGALI_SHORT_I = {key[:-1] + "\u09bf": number for key, number in _FOREIGN_MONTH_NAMES.items() if key.endswith("\u09c0")}
FOREIGN_MONTHS = MonthNames(
    (key, number)
    for key, number in (_FOREIGN_MONTH_NAMES | GENITIVE_MONTHS | VIETNAMESE_MONTH_WORDS | BENGALI_SHORT_I).items()
    if (key not in MONTHS or MONTHS[key] == number) and _FOREIGN_MONTH_NAMES.get(key, number) == number
)
# The wide weekday names of the same languages ("Selasa", "Montag", "mardi", "segunda-feira"): furniture before a
# foreign date.
# ("segunda-feira", and Vietnamese's two words: "chủ nhật", "thứ hai")
# (INDIC_VOWEL_SIGNS: a Bengali or Hindi name's vowels are marks, "মঙ্গলবার", "मंगलवार": letters of the name all the same)
FOREIGN_WEEKDAYS = frozenset(
    key
    for key in _FOREIGN_DAY_NAMES
    if all(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in key.replace("-", "").replace(" ", ""))
)

# Years an archive of news articles can hold; "1215" or "3017" on a line is not a publication date.
MIN_YEAR, MAX_YEAR = 1900, 2100
# BUDDHIST_ERA: Thai pages (and some Lao and Khmer ones) count years from 543 BCE ("15 มกราคม 2567" is 15 January
# 2024), often after the era's mark ("พ.ศ. 2567"). A year of the archive's range plus 543, with a month named in one
# of those scripts, is read so; the two ranges do not overlap, so a Gregorian year there ("15 มกราคม 2024") stays one.
BUDDHIST_ERA_OFFSET = 543
BUDDHIST_ERA_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff]")  # (Thai, Lao; Khmer)
ERA_MARK = r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.|ພ\.\s?ສ\.|ຄ\.\s?ສ\.|ព\.\s?ស\.|គ\.\s?ស\.|ឆ្នាំ)\s?"

# The English months' names and abbreviations as one alternation, longest first (so "sept" is tried before "sep"):
# the date forms here and the credit and date-line patterns elsewhere (archive.metaline, archive.sources) share it.
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = r"(?P<month>" + MONTH_NAMES + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

# (grouped by first letter, by_first_character: the engine tests one group's letter instead of six hundred names at
# each number followed by a separator; the names are in lower case, no two first letters alike without case)
_FOREIGN_WEEKDAY_NAME = r"(?:" + by_first_character(sorted(map(re.escape, FOREIGN_WEEKDAYS), key=len, reverse=True)) + r")"
_FOREIGN_MONTH = r"(?P<fmonth>" + by_first_character(sorted(map(re.escape, FOREIGN_MONTHS), key=len, reverse=True)) + r")\.?"
FOREIGN_DATE_FORM = re.compile(
    # "16 diciembre, 2020": a comma may stand before the year, as in English dates
    # (SLASHED_MONTH_NAME: Arabic pages may set the month's name between slashes, "30/أغسطس/2017"; DASHED_MONTH_NAME:
    # or between dashes, spaced or not, "16 - Juin - 2019", "16-junio-2019", as English pages do, "05-Jul-2017")
    r"(?P<day>\d{1,2})\.?(?:\s(?:de\s)?|/|\s?-\s?)"
    + _FOREIGN_MONTH
    + r"(?:,?\s(?:del?\s|"  # ("24 de noviembre del 2025", as Latin American pages write it)
    + ERA_MARK
    + r")?|/|\s?-\s?)"
    + _YEAR
    # (YEAR_WORD_AFTER: Russian "г." and "года", Ukrainian "р." and "року", "of the year", after it)
    + r"(?!\d)(?:\sг\.|\sгода\b|\sроку\b)?",
    re.I,
)
# FOREIGN_YEAR_FIRST_FORM: Hungarian writes the year first, each number with a full stop ("2019. október 17."),
# Lithuanian each number with its word's letter, the year's and the day's ("2024 m. liepos 18 d.").
# (DAY_BEFORE_THE_CLOCK: a site's template may put the full stop after the month's name instead, and the time after the
# day, "2023. február. 19 10:34": the clock after it ends the day; DAY_BEFORE_THE_WEEKDAY: or a comma and the weekday's
# name, "2026. január 28, szerda")
FOREIGN_YEAR_FIRST_FORM = re.compile(
    _YEAR
    + r"(?:\.|\sm\.)\s"
    + _FOREIGN_MONTH
    + r"\s(?P<day>\d{1,2})(?:\.|\sd\.|(?=\s\d{1,2}:\d{2}(?!\d))|(?=,\s"
    + _FOREIGN_WEEKDAY_NAME
    + r"(?![^\W\d_])))(?!\d)",
    re.I,
)
# FOREIGN_MONTH_FIRST_FORM: a site template's English order in another language ("Ağustos 27, 2025", "Agustus 5, 2021"):
# the month, the day and, after a comma, the year: the comma and the year make it a date, never a name and a number.
# (the alternation of month names is tried only where a word starts with the date's shape: not at every letter)
FOREIGN_MONTH_FIRST_FORM = re.compile(
    r"(?<![^\W\d_])(?=[^\W\d_]{3,20}+(?:\s[^\W\d_]{2,4}+){0,2}\.?\s\d{1,2}(?:,|\sde)\s\d{4})"
    + _FOREIGN_MONTH
    + r"\s(?P<day>\d{1,2})(?:,|\sde)\s"  # (SPANISH_MONTH_FIRST: "Julio 31 de 2020", as Colombian pages write it)
    + _YEAR
    + r"(?!\d)",
    re.I,
)

# FOREIGN_MONTH_YEAR: a month's name in another language and the year, month precision, as "July 2017" is read ("Juin
# 2010", "junio de 2010", "Haziran 2010"); the name spelt out (MIN_MONTH_YEAR_NAME_CHARS letters or more: "set 2010" and
# "out 2010", Portuguese abbreviations, are English words too).
MIN_MONTH_YEAR_NAME_CHARS = 4
FOREIGN_MONTH_YEAR_FORM = re.compile(
    r"(?=[^\W\d_]{" + str(MIN_MONTH_YEAR_NAME_CHARS) + r"})" + _FOREIGN_MONTH + r"(?:\s(?:de|del)\s|,?\s)" + _YEAR + r"(?!\d)",
    re.I,
)

# MONGOLIAN_DATE: "2017 оны 04-р сарын 10 өдөр" (the year's, the month's, the day), each number marked: no ambiguity.
MONGOLIAN_DATE_FORM = re.compile(
    r"(?P<year>\d{4})\s?оны\s(?P<month>\d{1,2})(?:-?р)?\s?сарын\s(?P<day>\d{1,2})(?:-?(?:ны|ний|нд|нээс))?(?:\s?өдөр)?"
)
# VIETNAMESE_DATE: "ngày 23 tháng 08 năm 2019" (day, month and year, each after its word: no ambiguity), and the
# month and year alone, "tháng 8 năm 2019"
VIETNAMESE_DATE_FORM = re.compile(
    r"(?i:ngày\s)?(?:(?P<day>\d{1,2})\s)?(?i:tháng)\s(?P<month>\d{1,2}),?\s(?i:năm)\s(?P<year>\d{4})(?!\d)"
)
# SOLAR_HIJRI_DATE: Iran's and Afghanistan's calendar, "25 خرداد 1392" (the day, the month's Persian name, the year; in
# Persian or Western digits): read as such and turned into the Gregorian date by jdatetime.
# (ARABIC_YEH: Persian pages typed on Arabic keyboards write the month's ی as ي, "شهريور": both count.)
SOLAR_HIJRI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
SOLAR_HIJRI_FORM = re.compile(
    r"(?P<jday>\d{1,2})\s(?P<jmonth>"
    + "|".join(month.replace("ی", "[یي]") for month in sorted(SOLAR_HIJRI_MONTHS, key=len, reverse=True))
    + r")(?:\s?ماه)?\s(?P<year>\d{4})(?!\d)"
)
MIN_SOLAR_HIJRI_YEAR, MAX_SOLAR_HIJRI_YEAR = 1279, 1479  # (MIN_YEAR to MAX_YEAR)

# JAPANESE_ERA: the Western year in which each era's first year fell.
JAPANESE_ERA_FIRST_YEARS = {"令和": 2019, "平成": 1989, "昭和": 1926}

# The date itself, in the forms news sites print.
# THAI_SHORT_YEAR: Thai pages shorten the Buddhist era's year to its last two digits after an abbreviated month ("6
# มิ.ย. 54" is 6 June 2554 BE, 2011); read for the years 2543 to 2599 BE (2000 to 2056), the years such pages were
# written in; a smaller number (a year of the last century, or a day) is left unread.
THAI_SHORT_MONTHS = sorted(
    (key for key in FOREIGN_MONTHS if "." in key and BUDDHIST_ERA_SCRIPT.match(key)), key=len, reverse=True
)
THAI_SHORT_YEAR_FORM = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s?(?P<fmonth>" + "|".join(map(re.escape, THAI_SHORT_MONTHS)) + r")\.\s?(?P<syear>\d{2})(?!\d)"
)
MIN_THAI_SHORT_YEAR = 43
BUDDHIST_CENTURY = 2500


DATE_FORMS = [
    # 2017-07-05, 2017/07/05, 2017-07-05T10:00:00Z (the time part is left for the furniture)
    re.compile(r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?=$|[^\d])"),
    # SPACED_ISO: 2024 08 22, year first with two-digit month and day between single spaces (a date line alone)
    re.compile(r"(?P<year>\d{4})(?P<sep> )(?P<month>\d{2})(?P=sep)(?P<day>\d{2})(?=$|[^\d])"),
    # CJK_DATE: 2019年3月5日 (Chinese, Japanese), 2019년 3월 5일 (Korean): year, month and day each marked, no ambiguity
    # (JAPANESE_ERA_IN_BRACKETS: the era's year after the Western one, "2019年(令和元年)5月17日")
    re.compile(
        r"(?P<year>\d{4})\s?[年년]\s?(?:[(（][\u4e00-\u9fff]{2,3}(?:\d{1,2}|元)年[)）]\s?)?"
        r"(?P<month>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일]"
    ),
    # JAPANESE_ERA: the era's year alone, "令和6年3月8日" (Reiwa 6: 2024), "平成元年5月1日" (its first year: 元)
    re.compile(r"(?P<era>令和|平成|昭和)\s?(?P<eyear>\d{1,2}|元)\s?年\s?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日"),
    # 5 July 2017, 5th Jul. 2017, 05-Jul-2017, 05.Sep.2017 (DOTTED_MONTH_NAME: dots around the month's name), 23/June/2019
    # (SLASHED_MONTH_NAME: slashes around it)
    re.compile(_DAY + r"(?:[\s\-/]*|\.)(?:of\s+)?" + _MONTH + r"[\s,\-/]*" + _YEAR + r"(?!\d)", re.I),
    # July 5, 2017 / Jul. 5th 2017 / July 5 2017 (MONTH_COMMA_DAY_SLASH_YEAR: "August, 16/2016", a comma after the month
    # and a slash before the year, as some Asian sites' templates print it)
    re.compile(_MONTH + r"(?:\s*|,\s?(?=\d{1,2}/\d{4}))" + _DAY + r"(?:,?\s*|/)" + _YEAR + r"(?!\d)", re.I),
    # YEAR_MONTH_NAME_DAY: 2022 Mar 28, the year first and the month's English name between single spaces (the ISO order
    # in words, as news feeds print it); a single space each, no room for a sentence's "2022 March 28 people"
    re.compile(r"(?<!\d)" + _YEAR + r" " + _MONTH + r" " + _DAY + r"(?![\d\w])", re.I),
    # 25.06.2016, 25/06/2016, 7-25-2016 (numeric day and month in either order; see the module docstring)
    re.compile(r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"),
    # SPACED_DOTTED: 12. 1. 2026, a space after each full stop (Czech, Slovak, Slovenian, German): day.month.year
    re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<sep>\.) (?P<b>\d{1,2})\. (?P<year>\d{4})(?!\d)"),
    # YEAR_FIRST_DOTTED: 2017. 08. 27. (Hungarian, Korean), year, month and day each ended by a full stop
    re.compile(r"(?P<year>\d{4})\. ?(?P<month>\d{1,2})\. ?(?P<day>\d{1,2})\.(?!\d)"),
    # 31 Agustus 2021, 5. März 2019, 3 de mayo de 2018, 12 августа 2020 г. (FOREIGN_MONTH_NAMES: day first only)
    FOREIGN_DATE_FORM,
    THAI_SHORT_YEAR_FORM,
    MONGOLIAN_DATE_FORM,
    VIETNAMESE_DATE_FORM,
    SOLAR_HIJRI_FORM,
    FOREIGN_YEAR_FIRST_FORM,
    FOREIGN_MONTH_FIRST_FORM,
    # July 2017 (month precision)
    re.compile(_MONTH + r",?\s+" + _YEAR + r"(?!\d)", re.I),
    FOREIGN_MONTH_YEAR_FORM,
    # 2017 on its own (year precision; only with a label such as "Published", see parse_date)
    re.compile(r"(?P<year>\d{4})(?!\d)"),
]
YEAR_ONLY_FORM = DATE_FORMS[-1]

# Words that may introduce a date on a dateline.
# (STORY_IS_FROM: a news site's archive notice over an old story, "This story is from May 9, 2012", "This article was
# published on 5 March 2019": the story's own date)
LABEL = re.compile(
    r"^(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|created|released|dated?|issued|edited|(?:article\s+)?added|"
    r"written|filed|last\s+modified|pub(?:lished)?\s+date|"
    r"this\s+(?:story|article|report|post)\s+(?:is\s+from|was\s+(?:first\s+)?published(?:\s+on)?))(?![a-z])\s*(?:on|at)?\s*[:\-–—]?\s*",
    re.I,
)
LABEL_BEFORE_COLON = re.compile(r"^(?:date|time|datum)\s*:\s*", re.I)
# PRINT_EDITION: the print edition's date ("Édition du lundi 6 juin 2016", "Ausgabe vom 6. Juni 2016", "Edition of 6 June
# 2016"): the page's date. It does not count as a label for a year alone ("Édition 2016" is a festival's).
EDITION_LABEL = re.compile(
    r"^(?:édition|edition|edición|edição|edizione|ausgabe|издание|выпуск|wydanie|vydání)\s+(?:du|del|de|da|vom|of|from|от|z)\s+",
    re.I,
)
# CJK_SOURCE_BEFORE_DATE: a source's name in corner or lenticular brackets before a CJK date ("「新華網日本語版」2011年6月16日")
CJK_SOURCE_BEFORE_DATE = re.compile(r"^[「【][^」】]{1,20}[」】]\s*+(?=\d{4}\s?[年년])")
WEEKDAY = re.compile(r"^" + WEEKDAYS + r"(?![a-z])\s*,?\s*", re.I)
# A weekday of another language before a date ("Selasa, 31 Agustus 2021", "вторник, 31 августа 2021").
# (its names grouped by first letter, as _FOREIGN_MONTH's are, above: FURNITURE tries them at each place of a line)
FOREIGN_WEEKDAY = re.compile(r"^" + _FOREIGN_WEEKDAY_NAME + r"(?![^\W\d_])\s*,?\s*", re.I)
# ... or after the date, closing the line ("2026. január 28, szerda", "28 January 2026, Wednesday")
WEEKDAY_AT_THE_END = re.compile(r"(?<![^\W\d_])(?:" + WEEKDAYS + r"|" + _FOREIGN_WEEKDAY_NAME + r")\.?$", re.I)


def opens_with_weekday(text: str) -> bool:
    """The line opens with a weekday's name, in English or another language ("Friday, ...", "Čtvrtek 30. ...")."""
    return bool(WEEKDAY.match(text) or FOREIGN_WEEKDAY.match(text))


# THAI_WEEKDAY: a Thai or Lao weekday and its "the" before the day ("วันจันทร์ที่ 15 มกราคม 2567", "ວັນຈັນ ທີ 15 ..."),
# and Khmer's "day number" ("ថ្ងៃទី15 មករា 2024"); their weekday names carry vowel marks, which FOREIGN_WEEKDAY's
# letters-only names leave out.
THAI_WEEKDAY = re.compile(
    r"^(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)\s?(?:ที่)?|ວັນ\S{1,12}?\s?(?:ທີ)?|ថ្ងៃ(?:\S{1,12}\s)?ទី)"
    r"\s?(?=\d)"
)
SEPARATORS = r"[\s,|•·/\-–—:;()\[\]]"

# What may follow the date on a dateline: a time, a time zone, "at", a weekday, a place-free edition mark.
# CJK_CLOCK: hours and minutes marked with their characters ("18시35분", "18時35分", "下午3时20分", "오후 3시 20분").
TIME = (
    # (SPACED_FRENCH_CLOCK: Quebec's "08 h 00", "8 h 30 min": the hour mark between spaces)
    # (HOURS_MARK_AFTER: the hours' mark after the time, "02.04h", "14:30 h", "14:30 hrs", as Spanish, Portuguese and
    # Indian sites print it; MINUTES_MARK_AFTER: "09h11min", the minutes' mark after the Brazilian clock)
    # (HOUR_MARK_ALONE: the hour alone and its mark, "13/05/2025 - 12h", as Brazilian and French sites print the hour)
    r"(?:\d{1,2}(?:[:.h]\d{2}){1,2}(?:\.\d+)?(?:\s?(?:h|hrs?|min)(?![^\W\d_]))?\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|\d{1,2}\sh\s\d{2}(?:\smin)?(?![^\W\d_])|"
    r"\d{1,2}h(?![\w])|"
    r"(?:(?:上午|下午|午前|午後|오전|오후)\s?)?\d{1,2}\s?[時时시]\s?\d{1,2}\s?[分분](?:\s?\d{1,2}\s?[秒초])?)"
)
ZONE = (
    # \s{0,3}, not \s*: a zone is tried at every position, and an unbounded run before the sign made a line of
    # spaces quadratic (issue 16).
    # (SPACED_SIGN_NO_ZONE: without "UTC" or "GMT" the sign is glued to its hours, "-0500", "+08:00": "10:49 - 08 March
    # 2022" is a time, a separator and a date, not a time eight hours behind)
    r"(?:(?:utc|gmt)\s{0,3}[+\-−]\s{0,3}\d{1,2}(?::?\d{2})?|\s{0,3}[+\-−]\d{1,2}(?::?\d{2})?|z|utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst|ast|adt|"
    r"et|ct|mt|pt|ist|msk|bst|cet|cest|eet|eest|wet|west|jst|kst|hkt|sgt|pht|myt|ict|wib|pkt|npt|irst|gst|aest|aedt|"
    r"awst|nzst|nzdt|sast|eat|wat|cat)"
)
# One token at a time, never re-split ((?>...)*+): the tokens overlap (" - 5" is a separator and a zone), and with
# backtracking a line of them was exponential (a 204-byte file took 35 s). Spaces first; a dash and a time ("- 10:30
# am") before a zone, a zone ("-0500", "GMT+8") before a separator: the first token that matches is then the one
# backtracking would have settled on.
FURNITURE = re.compile(
    r"^(?>\s+|-\s*"
    + TIME
    + r"|"
    + ZONE
    + r"\b|"
    + TIME
    + r"|"
    + SEPARATORS
    # (AT_SIGN_BEFORE_THE_CLOCK: "@" for "at", "March 17, 2016 @ 10:15 am", as blog templates print it)
    + r"|t(?=\d)|at\b|@|on\b|"
    + WEEKDAYS
    + r"(?![a-z])|updated\b|"
    r"published\b|posted\b|modified\b|last\b|local\s+time\b|hrs\b|"
    # FOREIGN_UPDATE_AFTER: the update's time after the date in another language ("22 mar 2021 . Actualizado a las 17:17
    # h.", "Atualizado às 10:05", "aggiornato alle 9:30", "aktualisiert um 10:05 Uhr"), and the full stops around it
    r"actualizad[oa]\b|atualizad[oa]\b|aggiornat[oa]\b|aktualisiert\b|обновлено\b|a\slas\b|às\b|alle\b|um\b|uhr\b|\.|"
    # FOREIGN_WEEKDAY_AFTER: the weekday after the date, in the page's language or abbreviated to its letter
    # ("2017. 08. 27., vasárnap 14:05", "2017. 08. 27., v - 14:05")
     + _FOREIGN_WEEKDAY_NAME + r"(?!\w)|[^\W\d_](?!\w))*+$",
    re.I,
)
# "13:28, October 18, 2023": the time may come first; LEADING_ZONE: so may the time zone ("GMT+7 21/05/2018 02:07").
LEADING_TIME = re.compile(
    r"^" + TIME + r"(?:\s*" + ZONE + r"\b)?(?:\s*[,|•·\-–—]\s*|\s+)|^(?:utc|gmt)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?\s+(?=\d)", re.I
)

# "October 3, 2023 01:13 pm | Updated 01:39 pm IST - BHUBANESWAR": the place in capitals after a dash is furniture.
PLACE_TAIL = re.compile(r"\s[-–—|]\s*[A-Z][A-Z .'’-]{2,40}$")


DIGIT = re.compile(r"\d")

# An all-numeric date written with dots (05.07.2017) is day.month.year: that is how the countries that write dates
# with dots write them (Russia, Germany, most of Europe; DIN 5008, GOST); month-first dates are written with slashes.
# With slashes or dashes (05/07/2017) the order is unknown, and the date is refused.
DOTTED_DAY_FIRST = True


def _valid(year: int, month: int, day: int) -> bool:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _value(match: re.Match[str]) -> DateValue | None:
    groups = match.groupdict()
    if groups.get("jmonth") is not None:
        month_name = groups["jmonth"].replace("ي", "ی")  # (ARABIC_YEH: the Arabic letter typed for the Persian one)
        return _solar_hijri(int(groups["year"]), SOLAR_HIJRI_MONTHS.index(month_name) + 1, int(groups["jday"]))
    if groups.get("era") is not None:  # JAPANESE_ERA
        year = JAPANESE_ERA_FIRST_YEARS[groups["era"]] + (1 if groups["eyear"] == "元" else int(groups["eyear"])) - 1
        month, day = int(groups["month"]), int(groups["day"])
        return DateValue(dt.date(year, month, day).isoformat(), "day") if _valid(year, month, day) else None
    if groups.get("syear") is not None:  # THAI_SHORT_YEAR
        if int(groups["syear"]) < MIN_THAI_SHORT_YEAR:
            return None
        year = BUDDHIST_CENTURY + int(groups["syear"]) - BUDDHIST_ERA_OFFSET
        month, day = FOREIGN_MONTHS[groups["fmonth"]], int(groups["day"])
        return DateValue(f"{year:04d}-{month:02d}-{day:02d}", "day") if _valid(year, month, day) else None
    year = int(groups["year"])
    if "a" in groups and groups.get("a") is not None:
        first, second = int(groups["a"]), int(groups["b"])
        if first > 12 and second <= 12:
            day, month = first, second
        elif second > 12 and first <= 12:
            month, day = first, second
        elif first == second:
            day = month = first
        elif groups.get("sep") == "." and first <= 12 and second <= 12 and DOTTED_DAY_FIRST:
            day, month = first, second  # 05.07.2017: the dotted form is day.month.year (see DOTTED_DAY_FIRST)
        else:
            return None  # ambiguous (05/07/2017) or impossible (13/13/2017)
    elif groups.get("fmonth") is not None:
        month = FOREIGN_MONTHS[groups["fmonth"].lower().rstrip(".")]
        if groups.get("day") is None:  # FOREIGN_MONTH_YEAR
            return DateValue(f"{year:04d}-{month:02d}", "month") if _valid(year, month, 1) else None
        day = int(groups["day"])
        if year - BUDDHIST_ERA_OFFSET >= MIN_YEAR and BUDDHIST_ERA_SCRIPT.match(groups["fmonth"]):
            year -= BUDDHIST_ERA_OFFSET  # BUDDHIST_ERA
    elif groups.get("month") is None:
        return DateValue(f"{year:04d}", "year") if MIN_YEAR <= year <= MAX_YEAR else None
    else:
        raw_month = groups["month"]
        month = int(raw_month) if raw_month.isdigit() else MONTHS[raw_month.lower().rstrip(".")]
        if groups.get("day") is None:
            return DateValue(f"{year:04d}-{month:02d}", "month") if _valid(year, month, 1) else None
        day = int(groups["day"])
    if not _valid(year, month, day):
        return None
    return DateValue(f"{year:04d}-{month:02d}-{day:02d}", "day")


def _solar_hijri(year: int, month: int, day: int) -> DateValue | None:
    """SOLAR_HIJRI_DATE (above): the Gregorian day of a Solar Hijri date, or None when it is no day of that calendar."""
    if not MIN_SOLAR_HIJRI_YEAR <= year <= MAX_SOLAR_HIJRI_YEAR:
        return None
    try:
        day_value = jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None
    return DateValue(day_value.isoformat(), "day")


def _strip_label(text: str) -> tuple[str, bool]:
    """Remove a leading "Published"/"Updated on:"-style label and weekday; say whether a label was there."""
    labelled = False
    for _ in range(3):
        before = text
        match = LABEL.match(text) or LABEL_BEFORE_COLON.match(text)
        if match and match.end():
            text = text[match.end() :]
            labelled = True
        edition = EDITION_LABEL.match(text) or CJK_SOURCE_BEFORE_DATE.match(text)
        if edition:
            text = text[edition.end() :]
        match = WEEKDAY.match(text) or FOREIGN_WEEKDAY.match(text) or THAI_WEEKDAY.match(text) or LEADING_TIME.match(text)
        if match:
            text = text[match.end() :]
        if text == before:
            break
    return text, labelled


MAX_DATE_LINE_CHARS = 120  # (a dateline is short; a longer line is a sentence)


# RECORD_FIELD_AFTER: an archive's record prints its fields side by side, spaced apart, each a label in capitals ("DATE:
# WEDNESDAY, April 3, 1991          TAG: 9104030334"): the date's field ends where the next field's label begins.
RECORD_FIELD_AFTER = re.compile(r"(?<!\s)\s{3,}+[A-Z]{3,}+:\s.*$")


def parse_date(text: str) -> DateValue | None:
    """The date on a dateline, or None when the line is not a dateline (or its date is invalid or ambiguous)."""
    text = text.strip()
    if not text or len(text) > MAX_DATE_LINE_CHARS or not DIGIT.search(text):
        return None
    text = RECORD_FIELD_AFTER.sub("", text)
    text, labelled = _strip_label(text)
    for form in DATE_FORMS:
        if form is YEAR_ONLY_FORM and not labelled:
            break  # a bare "2017" is more likely a heading or a number than a dateline
        match = form.match(text)
        if not match:
            continue
        rest = PLACE_TAIL.sub("", text[match.end() :])
        if not FURNITURE.match(rest):
            rest_value = _second_date(rest)
            if rest_value is None:
                continue
        return _value(match)
    return None


# DATE_AMID_FURNITURE (for archive.extract): a short line may hold a full date among words no rule reads ("Example Daily
# News : 2020-06-27", "28 Settembre 2017 0 Di Life", "General News on 09/04/2019"): the date forms are looked for
# anywhere in it, a day's date with its year only (no month or year alone, no words read as dates), one date only (two
# different dates on a line leave it unread), beside at most MAX_WORDS_BESIDE_A_DATE other words (more make a sentence:
# "The results will be released on May 6, 2020.").
DAY_DATE_FORMS = DATE_FORMS[:-3]
CREDIT_WORDS = frozenset("by di par por von door av af".split())  # ("by" in the languages of the archive's sources)
DAY_RANGE_BEFORE = re.compile(r"\d\s?[-–—]\s?$")
MAX_WORDS_BESIDE_A_DATE = 3


def holds_a_day_date(text: str) -> bool:
    """Some whole date (day, month and year) is printed in the text, whatever else is."""
    return bool(DIGIT.search(text)) and any(_value(m) is not None for form in DAY_DATE_FORMS for m in form.finditer(text))


def day_dates_in(text: str) -> set[str]:
    """The whole dates (day, month and year, ISO) printed anywhere in the text, addresses' digits left out."""
    text = ADDRESS_TOKEN.sub(" ", text)
    if not DIGIT.search(text):
        return set()
    return {
        value.iso
        for form in DAY_DATE_FORMS
        for match in form.finditer(text)
        if (value := _value(match)) is not None and value.precision == "day"
    }


# (a link's path, "https://example.ru/20250902/", dates no statement; each token tried from its first character only)
ADDRESS_TOKEN = re.compile(r"(?<!\S)[^\s/\\]*+[/\\]\S*+")


def date_within(text: str) -> DateValue | None:
    """The one full date (day, month and year) printed inside a short line of a few other words, or None."""
    if len(text) > MAX_DATE_LINE_CHARS or not DIGIT.search(text):
        return None
    found: dict[DateValue, bool] = {}
    for form in DAY_DATE_FORMS:
        for match in form.finditer(text):
            after = text[match.end() : match.end() + 1]
            if text[match.start() - 1 : match.start()].isalnum() or (after.isalnum() and not _section_glued(text, match)):
                continue  # (inside or glued to a longer number or word: "112/05/2019", "March 31, 2022the budget")
            if DAY_RANGE_BEFORE.search(text, 0, match.start()):
                return None  # DAY_RANGE: "13-26 aug. 2025", an issue's days: no one day
            value = _value(match)
            if value is not None and value.precision == "day":
                beside = text[: match.start()].split() + ["|"] + text[match.end() :].split()
                alone = len(beside) - 1 <= MAX_WORDS_BESIDE_A_DATE and not _sentence_words(beside)
                alone = alone or bool(CJK_DATE_LABEL_BEFORE.search(text, 0, match.start()))
                found[value] = found.get(value, False) or alone
    if len(found) != 1:
        return None
    value, alone = found.popitem()
    return value if alone else None


# CJK_LABELLED_AMID_FURNITURE: a Chinese date label right before the date ("选择字号: 本文共阅读 2651 次 更新时间:2018-10-27
# 21:32", a page's tool bar with its read count) says what the date is, whatever the words around it (Chinese words
# are not spaced, so they cannot be counted).
CJK_DATE_LABEL_BEFORE = re.compile(r"(?:发布|發布|發佈|更新|发表|發表|出版)(?:时间|時間|日期)\s*+[:：]\s*+$")


# SECTION_GLUED_TO_THE_YEAR: a date line run onto the section's name after it, the space lost ("April 13, 2017US News"):
# the year's four digits, then a capital; the words after it are counted as beside the date ("2022The budget was cut"
# makes a sentence of the line still).
GLUED_AFTER_YEAR = re.compile(r"(?<!\d)\d{4}$")


def _section_glued(text: str, match: re.Match[str]) -> bool:
    return text[match.end()].isupper() and bool(GLUED_AFTER_YEAR.search(match.group()))


def _sentence_words(words: list[str]) -> bool:
    """SENTENCE_BESIDE_THE_DATE: a word in small letters beside the date ("18 Feb 2025 was read") makes a sentence of
    the line; a credit's word and the name after it ("0 By example") do not."""
    return any(
        word[:1].islower() and len(word) > 1 and word.casefold() not in CREDIT_WORDS and previous.casefold() not in CREDIT_WORDS
        for previous, word in zip(["", *words], words, strict=False)
    )


def _second_date(rest: str) -> bool | None:
    """A second labelled date after the first ("5 July 2017 | Updated: 6 July 2017 10:00") is furniture too."""
    rest = rest.lstrip(" ,|•·-–—;(")
    if not LABEL.match(rest):
        return None
    return True if parse_date(rest.rstrip(")")) is not None else None


# DATE_STAMP_RUN_IN: a date label and an ISO date opening a line that goes on with other text ("date 2018-06-08 Russian
# President ...", "Published: 2021-03-14 09:12 Home / World"; an update's stamp is left whole), as a copy tool or a feed prints the page's date before its
# first block: two lines of one raw line, the stamp (out of the text, read for the page's date: rules.DATE_STAMP) and
# the rest (judged as any line: a headline, a paragraph, a menu). Only an ISO date, which no sentence opens with after such a label.
# A stamp may give the month alone ("date 2023-05").
_STAMP = r"(?i:date|dated|published|posted)\b:?[ \t]*+(?P<iso>\d{4}-\d{2}(?:-\d{2})?+)(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?+"
DATE_STAMP = re.compile(_STAMP)
DATE_STAMP_RUN_IN = re.compile(rf"^(?P<stamp>{_STAMP})[ \t]++(?P<rest>\S.*)$")


def stamp_date(text: str) -> DateValue | None:
    """The date of a stamp line alone ("date 2018-06-08" -> day, "date 2023-05" -> month), None if it is no real date."""
    stamp = DATE_STAMP.fullmatch(text)
    if stamp is None:
        return None
    iso = stamp["iso"]
    try:
        dt.date.fromisoformat(iso if len(iso) == 10 else iso + "-01")
    except ValueError:
        return None
    return DateValue(iso, "day" if len(iso) == 10 else "month")
