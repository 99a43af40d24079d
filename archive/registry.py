"""The entity registry (registry.yml): leaders, agreements and outlets, with the forms articles use.

Matching is exact on the registry's forms at word boundaries ("Xi" never matches "Xinhua"), longest form
first (so "Power of Siberia 2" is not also read as "Power of Siberia"). Fuzzy matching only *suggests*
aliases for a person to confirm; it never adds a value.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import opencc

from . import schema as s
from . import stopwords
from .problems import Problems
from .strictyaml import YamlError, load
from .textio import clean_label

KINDS = ("leaders", "agreements", "outlets")

# A Wikidata item id: "Q" and a number without leading zeros ("Q7747"). Anything else is refused.
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]{0,11}$")
# A language tag (BCP 47, the common forms): "en", "zh-Hans", "pt-BR".
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?$")
# The languages a name is given in besides English: Russian and Ukrainian (Cyrillic), Chinese (simplified), Arabic and
# Persian (Arabic script), Korean, Japanese, Turkish, Vietnamese (the Chinese leaders' Sino-Vietnamese names), Hindi
# (Devanagari), Hungarian and Czech (their own transcriptions of Chinese: "Li Csiang", "Li Čchiang"), Bulgarian and
# Greek. Other Latin-script spellings ("Poutine", "Force de Sibérie") are aliases.
NATIVE_LANGUAGES = ("ru", "zh", "ar", "fa", "ko", "ja", "tr", "uk", "vi", "hi", "hu", "cs", "bg", "el")
BASIS = s.Text(hint="a sentence a reader can check (where the value can be confirmed)", max_length=1000)


def _with_basis(value) -> s.Mapping:
    return s.Mapping({"value": value, "basis": BASIS}, required=("value", "basis"))


ENTRY_SCHEMA = s.Mapping(
    {
        "name": s.Text(hint="a canonical name", max_length=200),
        "role": s.Text(),
        "aliases": s.ListOf(s.Text(max_length=200)),
        "wikidata": _with_basis(s.Text(pattern=WIKIDATA_ID, hint="a Wikidata item id such as Q7747")),
        # The name as written in other scripts (shown on pages, searchable, and matched in text like an alias).
        "names": s.Mapping({lang: _with_basis(s.Text(hint="a name", max_length=200)) for lang in NATIVE_LANGUAGES}),
        "language": _with_basis(s.Text(pattern=LANGUAGE_TAG, hint="a language tag such as en or zh-Hans")),
    },
    required=("name",),
)
REGISTRY_SCHEMA = s.Mapping({kind: s.ListOf(ENTRY_SCHEMA) for kind in KINDS})

# Word characters for boundaries: letters, digits, and the hyphen (so "S-400" is one word and
# "Xi" does not match inside "Xi-based" any more than inside "Xinhua"). An apostrophe inside a word
# joins it too ("Xi'an", the city), except for the possessive ("Xi's").
# Names suggested for an unknown one are those within this similarity of the nearest.
NEAREST_MARGIN = 0.1

BOUNDARY_BEFORE = r"(?<![\w-])"
BOUNDARY_AFTER = r"(?![\w-]|['’](?![sS]\b)\w)"
# APOSTROPHE_SUFFIX: after a name of two words or more an apostrophe and letters are a suffix (Turkish "Vladimir
# Putin'in", "Şi Cinping'e"): no place's name is a full name and an apostrophe.
BOUNDARY_AFTER_FULL_NAME = r"(?![\w-])"

# JOINED_PAIR: a hyphen or an en dash between two letters, where two names may be joined ("Putin-Xi").
JOINING_DASH = re.compile(r"(?<=\w)[-–](?=\w)")
# Capitalised pairs whose near-miss verdict is remembered, a matcher (a bound on memory for a huge archive).
NEAR_MISS_MEMORY = 100_000
# Lines whose mentions a matcher remembers (a page's lines, searched again by several stages; cleared when full).
FOUND_MEMORY = 4096
# Two capitalised words ("Vladimr Putin"), a possessive left off: what a misspelt full name looks like.
# A pair starts where a word starts ((?<![\w-]), not at each hyphen inside one) and its first word is taken whole
# (++): "AB-AB-AB-..." is scanned once, not once from each hyphen (which was quadratic).
CAPITALISED_PAIR = re.compile(r"(?<![\w-])([A-Z][\w-]++ [A-Z][\w-]+)(?:['’]s\b)?")


def case_sensitive(form: str) -> bool:
    """Short forms and acronyms keep their case: 'Xi', 'BRI', 'EAEU' (not 'xi', 'bri')."""
    return len(form) <= 3 or form.isupper()


@dataclass(frozen=True)
class Entity:
    kind: str
    name: str
    role: str
    forms: tuple[str, ...]  # the name first, then aliases
    wikidata: str = ""  # a Wikidata item id ("Q7747"), "" when none is given
    native: tuple[tuple[str, str], ...] = ()  # (language, name) in other scripts: (("ru", "Владимир Путин"), ...)
    language: str = ""  # an outlet's language (BCP 47), "" when not given


@dataclass(frozen=True)
class Mention:
    name: str
    form: str
    start: int  # offset in the searched text


# FORM_SEPARATORS: the words of a form may be written apart by a space, a hyphen, a dash, a Persian zero-width
# non-joiner or double quotes, whichever the form has: "Power-of-Siberia 2", "the Power of Siberia-2 pipeline" and
# "Power of Siberia 2" are one form, as are 'amitié "sans limite"' and "amitié sans limite" (a run of them counts as
# one). An apostrophe is no separator: "People's Daily" stays one word and a possessive.
SEPARATOR_PATTERN = r"[\s\u200c\-\u2010-\u2015\"“”«»„]+"
FORM_SEPARATORS = re.compile(SEPARATOR_PATTERN)
# CYRILLIC_DECLENSION: Russian declines names, the Chinese ones written in Cyrillic too ("переговоры Путина с Си
# Цзиньпином", "с Владимиром Путиным", "Мишустина и Ли Цяна", "газопровода «Сила Сибири»"): a Cyrillic word of a
# form, of at least this many letters, may end in a case ending instead of its own (a word ending in a consonant takes
# one after it; one ending in -ий, -й, -ь, -а or -я changes that ending). Shorter words ("Си", "Ли", "Ху": Chinese
# surnames) never decline, and words ending in another vowel (Ху Цзиньтао, Вэнь Цзябао) are indeclinable.
DECLINED_WORD_MIN = 3
CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
# Ukrainian declines them the same way with its own endings ("з Володимиром Путіним", "Путінові", "у Путіна").
# TURKIC_CYRILLIC_ENDINGS: Kazakh and Kyrgyz glue their case endings on ("Си Цзиньпинді", "Путинмен", "Путиндин").
CONSONANT_ENDINGS = (
    "(?:а|у|ом|ым|ем|е|им|ові|еві|і|"
    "ді|ты|ды|ті|ге|ке|ға|қа|га|ка|нің|ның|дің|дың|тің|тың|дин|дын|тин|тын|мен|пен|бен|де|да|те|та|ден|дан|тен|тан|нен|нан|"
    "ду|дү|ту|тү)?"
)
SOFT_ENDINGS = {
    "ий": "(?:ий|ия|ию|ием|ии)",
    "й": "(?:й|я|ю|ем|е)",
    "ь": "(?:ь|я|ю|ем|е|и|ью)",
    "а": "(?:а|ы|и|е|у|ой|ою)",
    "я": "(?:я|и|е|ю|ей|ею)",
}
RUSSIAN_VOWELS = "аеёиоуыэюяіїє"  # (and Ukrainian's)
# LATIN_DECLENSION: the Slavic and Baltic languages written in Latin letters, and Finnish, decline a leader's name too
# ("s Putinem", "s Putinom", "Putina", "Putinin", "Xi Jinpinga", "Putinas"): a Latin word of a leader's form, of at
# least LATIN_DECLINED_MIN letters and ending in a consonant, may take one of these endings. Leaders only: an
# agreement's or an outlet's words are no names to decline; a shorter word ("Xi", "Li") never declines.
LATIN_DECLINED_MIN = 4
LATIN_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ]+$")  # (Latin letters, accented ones too: "Đinping")
# (and Hungarian's case endings, the "with" ending doubling the name's last consonant: "Putyinnal", "Csin-pinggel")
_ENDINGS_BUT_A = "e|i|o|u|om|em|ovi|owi|iem|ym|in|ia|iin|ille|ilta|ista|as|ui|ą|ę"
_HUNGARIAN_ENDINGS = "t|nak|nek|nal|nel|val|vel|gal|gel|hoz|hez|tól|től|ról|ről|ban|ben|nál|nél|ért|é"
LATIN_ENDINGS = f"(?:a|{_ENDINGS_BUT_A}|{_HUNGARIAN_ENDINGS})?"
# ... but a Russian surname in -ov or -ev takes no "-a": "Medvedeva" and "Kasyanova" are other people, women of the name.
LATIN_ENDINGS_AFTER_V = f"(?:{_ENDINGS_BUT_A}|{_HUNGARIAN_ENDINGS})?"
# CJK_NO_BOUNDARY: Chinese is written without spaces, so a form in Chinese characters ("习近平") is found inside a run of
# them ("习近平会见普京"); word boundaries apply to every other form.
CJK = re.compile(r"[\u3400-\u9fff]")
# KANA_NO_BOUNDARY: Japanese is written without spaces too ("プーチン大統領は"): a form in kana is found anywhere.
# HANGUL_AFTER_ONLY: Korean writes words apart but glues its particles on ("푸틴이", "시진핑과"): a form in Hangul starts a
# word and may end inside one ("유리창", "window", holds 리창 inside a word: not Li Qiang).
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")


# CJK_SEARCH_VIEW: Chinese printed in traditional characters, or mixed ("習近平", "梅德韋杰夫": a page converted by
# hand), and a converter's reading glosses ("習(xí)近平", some reprint sites print the pinyin after each character) are
# searched in a view of the line in simplified characters (OpenCC's t2s, a character's standard simplified form)
# without the glosses, so that one simplified form in the registry finds every spelling. Offsets map back to the line
# as printed. A conversion that changes the line's length (OpenCC stops at a NUL) or cannot be made (a lone surrogate)
# is not used: the line is searched as printed.
PINYIN_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
_T2S = opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)  # each line is searched for leaders, agreements and near-misses: converted once
def cjk_view(text: str) -> tuple[str, list[int]] | None:
    """The line as CJK_SEARCH_VIEW searches it, and each of its characters' offsets in the line; None when the same."""
    if not CJK.search(text):
        return None
    parts: list[str] = []
    offsets: list[int] = []
    last = 0
    for gloss in PINYIN_GLOSS.finditer(text):
        parts.append(text[last : gloss.start()])
        offsets.extend(range(last, gloss.start()))
        last = gloss.end()
    parts.append(text[last:])
    offsets.extend(range(last, len(text)))
    stripped = "".join(parts)
    try:
        simplified = _T2S.convert(stripped)
    except UnicodeEncodeError:  # a lone surrogate (from a contributor's escaped YAML): searched as printed
        simplified = stripped
    view = simplified if len(simplified) == len(stripped) else stripped
    return None if view == text else (view, offsets)


def cjk_printed_view(text: str) -> tuple[str, Callable[[int, int], str]]:
    """The line as CJK_SEARCH_VIEW searches it, and a function giving a span of that view (start, end) as printed: a
    pattern written in simplified characters finds a traditional or glossed line, and names what it found as printed."""
    view = cjk_view(text)
    if view is None:
        return text, lambda start, end: text[start:end]
    searched, offsets = view
    return searched, lambda start, end: text[offsets[start] : offsets[end - 1] + 1]


# CAUCASIAN_DECLENSION: Georgian and Armenian glue their case endings to a name ("პუტინი", "პუტინის", "სი ძინპინთან";
# "Պուտինի", "Պուտինին", "Սի Ծինփինը"): a leader's form in these scripts, of at least LATIN_DECLINED_MIN letters, is
# its stem and may take up to this many letters of the same script after it.
CAUCASIAN_ENDING_LETTERS = 4
CAUCASIAN_SCRIPTS = {  # a word of the script: the letters an ending is made of
    re.compile(r"^[\u10d0-\u10ff]+$"): r"[\u10d0-\u10ff]",  # Georgian (Mkhedruli)
    re.compile(r"^[\u0531-\u0587]+$"): r"[\u0561-\u0587]",  # Armenian
}


# INDIC_DECLENSION: Tamil, Telugu, Malayalam, Kannada, Bengali, Gujarati, Gurmukhi, Oriya, Sinhala and Devanagari
# (Marathi) glue case endings and postpositions to a name ("ஜின்பிங்குடன்", "జిన్పింగ్తో", "পুতিনের", "पुतिनला"): a
# leader's word in one of these scripts, of at least LATIN_DECLINED_MIN characters, may take up to this many characters
# of its script after it. A word ending in the script's virama may drop it for a vowel sign ("புதின்" -> "புதினைச்"),
# not for the long "aa" sign alone, which makes other words ("புதினா", mint).
INDIC_ENDING_CHARACTERS = 6
INDIC_BLOCKS = (0x0900, 0x0980, 0x0A00, 0x0A80, 0x0B00, 0x0B80, 0x0C00, 0x0C80, 0x0D00, 0x0D80)  # 128 code points each
VIRAMA_OFFSET = 0x4D  # the virama's place in each block (Sinhala's al-lakuna is at 0x4A)
VOWEL_SIGNS_BUT_AA = (0x3F, 0x4C)  # the dependent vowel signs after "aa" (0x3E), by offset in the block


def _indic_pattern(word: str) -> str | None:
    """An Indic word with its glued endings (INDIC_DECLENSION), or None when the word is not in one Indic script."""
    for block in INDIC_BLOCKS:
        if not all(block <= ord(c) < block + 0x80 or c in "\u200c\u200d" for c in word):
            continue
        letters = f"[{chr(block)}-{chr(block + 0x7F)}\u200c\u200d]{{0,{INDIC_ENDING_CHARACTERS}}}"
        virama = chr(block + (0x4A if block == 0x0D80 else VIRAMA_OFFSET))
        if word.endswith(virama):
            vowels = f"[{chr(block + VOWEL_SIGNS_BUT_AA[0])}-{chr(block + VOWEL_SIGNS_BUT_AA[1])}]"
            return f"{re.escape(word[:-1])}(?:{re.escape(virama)}|{vowels}){letters}"
        return re.escape(word) + letters
    return None


def _word_pattern(word: str, decline_latin: bool = False) -> str:
    """One word of a form as a pattern: itself, or a Cyrillic name with its case endings (CYRILLIC_DECLENSION), or a
    Latin one with its endings (LATIN_DECLENSION, leaders' forms only), or a Georgian or Armenian stem with its endings
    (CAUCASIAN_DECLENSION, leaders' forms only), or an Indic word with its glued endings (INDIC_DECLENSION, leaders' forms
    only)."""
    for script, letter in CAUCASIAN_SCRIPTS.items():
        if decline_latin and len(word) >= LATIN_DECLINED_MIN and script.match(word):
            return f"{re.escape(word)}{letter}{{0,{CAUCASIAN_ENDING_LETTERS}}}"
    indic = _indic_pattern(word) if decline_latin and len(word) >= LATIN_DECLINED_MIN else None
    if indic is not None:
        return indic
    if decline_latin and LATIN_WORD.match(word) and len(word) >= LATIN_DECLINED_MIN and word[-1].lower() not in "aeiouy":
        return re.escape(word) + (LATIN_ENDINGS_AFTER_V if word[-1].lower() == "v" else LATIN_ENDINGS)
    if not CYRILLIC_WORD.match(word) or len(word) < DECLINED_WORD_MIN:
        return re.escape(word)
    lowered = word.lower()
    for ending, alternatives in SOFT_ENDINGS.items():
        if lowered.endswith(ending):
            return re.escape(word[: -len(ending)]) + alternatives
    if lowered[-1] in RUSSIAN_VOWELS:
        return re.escape(word)
    return re.escape(word) + CONSONANT_ENDINGS


def form_pattern(form: str, decline_latin: bool = False) -> str:
    """A form as a pattern: its words with FORM_SEPARATORS between them, each as _word_pattern writes it."""
    words = [w for w in FORM_SEPARATORS.split(form) if w]
    return SEPARATOR_PATTERN.join(_word_pattern(w, decline_latin) for w in words)


@functools.lru_cache(maxsize=4096)
def _whole(pattern: str) -> re.Pattern:
    """A form's pattern, case-blind, compiled once."""
    return re.compile(pattern, re.IGNORECASE)


# The characters that open a regex's group, class or other construct: a pattern opening with one is not a literal.
REGEX_OPENERS = frozenset("\\()[]{}.^$*+?|")


def _first_literal(pattern: str) -> str | None:
    """The pattern's first character as written in it (an escaped one with its backslash), or None when it opens
    with something other than a literal character, or with one a quantifier repeats ("a?b")."""
    if pattern[:1] == "\\" and len(pattern) > 1 and not pattern[1].isalnum():
        first = pattern[:2]
    elif pattern and pattern[0] not in REGEX_OPENERS:
        first = pattern[:1]
    else:
        return None
    return None if pattern[len(first) : len(first) + 1] in ("*", "+", "?", "{") else first


def by_first_character(patterns: list[str]) -> str:
    """The alternation of patterns, those opening with the same literal character written as that character and the
    alternation of their rests ("putin|pu|xi" -> "p(?:utin|u)|xi"). Python's regex engine tests every alternative in
    turn at each place; grouped, it tests each group's character once (the leaders' two hundred forms: several times
    faster on a long line). The same matches: two patterns opening with different characters never match at the same
    place (without IGNORECASE), and the order of the alternatives within a group, which decides between two forms
    that both match, is kept; a pattern opening otherwise stays where it is, and no group reaches across it."""
    out: list[str] = []
    groups: dict[str, list[str]] = {}  # first character -> the rests, since the last pattern that stays as it is

    def close_groups() -> None:
        out.extend(first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for first, rests in groups.items())
        groups.clear()

    for pattern in patterns:
        first = _first_literal(pattern)
        if first is None:
            close_groups()
            out.append(pattern)
        else:
            groups.setdefault(first, []).append(pattern[len(first) :])
    close_groups()
    return "|".join(out)


# ANOTHER_GIVEN_NAME: a person's surname alone ("Medvedev") right after a capitalised word in running text names
# whoever that word names ("said Gazprom's export chief Alexander Medvedev"), not the leader: another given name. Not
# when that word is a title or a form of address (TITLE_WORDS: "President Medvedev", "Mr Putin"), a day or a month
# ("Tuesday Putin"), the sentence's first word ("Yesterday Putin said"), or after a preposition ("In Beijing Putin
# said"); only in English prose, and not in a line set in title case, where every word is capitalised ("Modi Meets
# Putin"); nor a word with the initial of the leader's own given name (Matcher._own_given_name).
GIVEN_NAME_BEFORE = re.compile(r"(?<![^\W\d_])(?P<given>[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]++)[ \u00a0]$")
TITLE_WORDS = frozenset(
    "mr mrs ms dr president premier minister chairman chairwoman leader comrade general secretary prime "
    "former acting incumbent russian chinese kremlin "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december "
    "господин президент премьер председатель лидер товарищ".split()
)
PREPOSITIONS_BEFORE = frozenset("in on at from to after before with by for and but as of during since until than".split())
GIVEN_NAME_WINDOW = 80  # the given name is sought in this many characters before the surname
LEAD_CHARS = 40  # the word before the given name is read from this many characters before it
TITLE_CASE_SHARE = 0.6  # of a line's words of four letters or more capitalised: a headline's title case


def given_name_before(text: str, start: int) -> str | None:
    """ANOTHER_GIVEN_NAME (see above): the given name the one-word name at text[start:] follows, or None."""
    found = GIVEN_NAME_BEFORE.search(text, max(0, start - GIVEN_NAME_WINDOW), start)
    if found is None or found.group("given").casefold() in TITLE_WORDS:
        return None
    words_before = text[max(0, found.start() - LEAD_CHARS) : found.start()].split()
    lead = words_before[-1] if words_before else None
    if lead is None or lead[-1] in '.!?:;"“«(-–—' or lead.casefold() in PREPOSITIONS_BEFORE:
        return None
    return found.group("given") if _english_in_sentence_case(text) else None


@functools.lru_cache(maxsize=64)  # (a line with many mentions is measured once)
def _english_in_sentence_case(text: str) -> bool:
    """English prose (stopwords.reads_english): in German every noun is capitalised ("der Kremlchef Putin"), in
    Vietnamese the country ("Thủ tướng Nga Mishustin"); and not a line set in title case."""
    long_words = re.findall(r"[^\W\d_]{4,}", text)
    title_case = sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)
    return not title_case and stopwords.reads_english([text])


class Matcher:
    """One compiled regex per kind: alternatives longest first, so overlaps resolve to the longer form.

    A match written with other separators or declined is traced back to its form by the form's own pattern (the first
    in the alternation's order that matches it whole); forms of other scripts (a leader's or an agreement's `names`)
    are matched like aliases. (Named groups would say which form matched, but they cost the regex its first-character
    scan: forty times slower on a long line.)"""

    def __init__(self, entities: list[Entity], decline_latin: bool = False, people: bool = False) -> None:
        self.decline_latin = decline_latin
        self.people = people  # names of people: ANOTHER_GIVEN_NAME
        self.by_form: dict[str, str] = {}
        self.by_folded: dict[str, str] = {}
        forms: list[str] = []
        owner: dict[str, str] = {}
        for entity in entities:
            for form in (*entity.forms, *(native for _lang, native in entity.native)):
                if case_sensitive(form):
                    self.by_form[form] = entity.name
                else:
                    self.by_folded[form.casefold()] = entity.name
                if form not in owner:
                    owner[form] = entity.name
                    forms.append(form)
        forms.sort(key=lambda f: (-len(f), f))
        self.forms = forms
        self.names = [owner[f] for f in forms]
        # A case-sensitive form ("Xi", "BRI") must be found with its case: checked after the case-blind search.
        self.exact = {i: re.compile(form_pattern(f, decline_latin)) for i, f in enumerate(forms) if case_sensitive(f)}
        # Each form's pattern (parts of the alternation, compiled when first needed), listed under its first letter:
        # which form a match is.
        self.whole = [form_pattern(f, decline_latin) for f in forms]
        self.by_initial: dict[str, list[int]] = {}
        for i, f in enumerate(forms):
            self.by_initial.setdefault(f[0].lower(), []).append(i)
        # One case-blind regex (much faster than per-form case flags); case-sensitive forms are checked after.
        self.regex = re.compile(self._alternation(str), re.IGNORECASE) if forms else None
        # The same over lower-cased text: three times faster than IGNORECASE, for text that lower-cases to its own length.
        self.lower_regex = re.compile(self._alternation(str.lower, factored=True)) if forms else None
        # Names written as full names (with a space), and their words: for suggesting near-miss aliases.
        self.full = {f: self.by_form.get(f) or self.by_folded[f.casefold()] for f in forms if " " in f}
        self.known = {f.casefold() for f in forms}
        self.tokens = {word for form in self.full for word in form.split()}
        # A line none of these words appear in holds no near-miss: most lines are passed over with one search.
        self.token_regex = re.compile("|".join(re.escape(t) for t in sorted(self.tokens))) if self.tokens else None
        self.full_by_token: dict[str, list[str]] = {}
        self.near_misses: dict[tuple[str, float], str | None] = {}
        self.form_of: dict[str, int | None] = {}  # a match as written -> its form's index (see _form_index)
        for form in self.full:
            for word in dict.fromkeys(form.split()):
                self.full_by_token.setdefault(word, []).append(form)

    def _own_given_name(self, name: str, given: str) -> bool:
        """The word before a surname starts as the leader's given name does, in any of his forms: a spelling of his own
        name the registry lacks ("Dimitri Medvedev", "Mikhaïl Michoustine"), not another person's."""
        initials = self.__dict__.setdefault("_given_initials", {})
        if name not in initials:
            initials[name] = {
                f.split()[0][0].casefold() for f, n in zip(self.forms, self.names, strict=True) if n == name and " " in f
            }
        return given[0].casefold() in initials[name]

    def _alternation(self, case, factored: bool = False) -> str:
        """Every form, inside word boundaries; Chinese and Japanese forms without (CJK_NO_BOUNDARY, KANA_NO_BOUNDARY),
        Korean ones with the boundary before only (HANGUL_AFTER_ONLY). factored: forms opening with the same character
        share it (by_first_character), for a regex without IGNORECASE."""
        unbounded = [f for f in self.forms if CJK.search(f) or KANA.search(f)]
        hangul = [f for f in self.forms if HANGUL.search(f) and f not in unbounded]
        latin = [f for f in self.forms if f not in unbounded and f not in hangul]
        join = by_first_character if factored else "|".join
        # full names first: at one place, a full name is longer than any one-word form that starts there
        full = join([form_pattern(case(f), self.decline_latin) for f in latin if FORM_SEPARATORS.search(f.strip())])
        words = join([form_pattern(case(f), self.decline_latin) for f in latin if not FORM_SEPARATORS.search(f.strip())])
        korean = join([form_pattern(case(f)) for f in hangul])
        cjk = join([form_pattern(case(f)) for f in unbounded])
        bounded = (
            full and f"(?:{full}){BOUNDARY_AFTER_FULL_NAME}",
            words and f"(?:{words}){BOUNDARY_AFTER}",
            korean and f"(?:{korean})",
        )
        # one boundary before them all: the regex tests it once per place, not once per group
        after_boundary = "|".join(part for part in bounded if part)
        alternation = "|".join(part for part in (after_boundary and f"{BOUNDARY_BEFORE}(?:{after_boundary})", cjk) if part)
        # FIRST_CHARACTER_GATE: every match opens with one of the forms' first characters; said first, as a class, it
        # lets the regex engine skip to the places holding one (a third faster again; for the case-blind regex, a
        # hundred times on a line holding none, as the class is case-blind too)
        firsts = [_first_literal(form_pattern(case(f))) for f in self.forms]  # (endings follow the first character)
        if any(first is None for first in firsts):
            return alternation
        gate = "".join(sorted({re.escape(first[-1]) for first in firsts if first}))
        return f"(?=[{gate}])(?:{alternation})"

    def near_miss(self, pair: str, cutoff: float) -> str | None:
        """The canonical name a capitalised pair nearly spells, or None; remembered, as the same pairs recur."""
        if (pair, cutoff) in self.near_misses:
            return self.near_misses[(pair, cutoff)]
        found = None
        if pair.casefold() not in self.known:
            # A near-miss keeps one word of a name right ("Vladimr Putin", "Xi Jinpng"): it is compared with the
            # names that share that word only, which spares difflib the thousands of capitalised pairs a long article has.
            names = sorted({form for word in pair.split() for form in self.full_by_token.get(word, ())})
            close = difflib.get_close_matches(pair, names, n=1, cutoff=cutoff) if names else []
            found = self.full[close[0]] if close else None
        if len(self.near_misses) < NEAR_MISS_MEMORY:
            self.near_misses[(pair, cutoff)] = found
        return found

    def _form_index(self, written: str) -> int | None:
        """Which form a match is (the first, in the alternation's order, whose pattern matches it whole, and with its
        case when it keeps its case: "Xinhua" is not the form "XINHUA" of the same agency); remembered, as an article
        writes the same few names again and again."""
        if written in self.form_of:
            return self.form_of[written]
        index = next(
            (
                i
                for i in self.by_initial.get(written[0].lower(), ())
                if _whole(self.whole[i]).fullmatch(written) and (i not in self.exact or self.exact[i].fullmatch(written))
            ),
            None,
        )
        if len(self.form_of) < NEAR_MISS_MEMORY:
            self.form_of[written] = index
        return index

    def find(self, text: str) -> list[Mention]:
        """Every mention of a form in text, in order."""
        return list(self._found(text))

    def _found(self, text: str) -> tuple[Mention, ...]:
        """find(), remembered for the last lines searched: each line of a page is searched again by several stages."""
        memo = self.__dict__.setdefault("_found_memo", {})
        if text not in memo:
            if len(memo) >= FOUND_MEMORY:
                memo.clear()
            memo[text] = tuple(self._search(text))
        return memo[text]

    def _search(self, text: str) -> list[Mention]:
        if self.regex is None:
            return []
        view = cjk_view(text)
        if view is not None:
            searched, offsets = view
            mentions = self._find(searched)
            # each mention as printed: its first and last character's offsets in the line
            return [
                Mention(m.name, text[offsets[m.start] : offsets[m.start + len(m.form) - 1] + 1], offsets[m.start])
                for m in mentions
            ]
        return self._find(text)

    def _find(self, text: str) -> list[Mention]:
        found = self._find_joined(text)
        if not self.people:
            return found
        return [
            m
            for m in found
            if " " in m.form or (given := given_name_before(text, m.start)) is None or self._own_given_name(m.name, given)
        ]

    def _find_joined(self, text: str) -> list[Mention]:
        """JOINED_PAIR: two names joined by a hyphen or a dash ("Putin-Xi meeting", "Xi–Putin summit") are each a
        mention, though a hyphen alone ends no name ("Xi-based", "Putin-style" name no one)."""
        found = self._find_bounded(text)
        if not JOINING_DASH.search(text):
            return found
        joins = {m.start() for m in JOINING_DASH.finditer(text)}
        spaced = JOINING_DASH.sub(" ", text)  # the same length: offsets hold
        more = [m for m in self._find_bounded(spaced) if not joins.intersection(range(m.start, m.start + len(m.form)))]
        ends = {m.start + len(m.form) for m in more}
        starts = {m.start for m in more}
        known = {m.start for m in found}
        joined = [
            m
            for m in more
            if m.start not in known
            and (
                (m.start - 1 in joins and m.start - 1 in ends)
                or (m.start + len(m.form) in joins and m.start + len(m.form) + 1 in starts)
            )
        ]
        return sorted(found + joined, key=lambda m: m.start) if joined else found

    def _find_bounded(self, text: str) -> list[Mention]:
        assert self.regex is not None  # find() returns early without forms
        out = []
        lowered = text.lower()
        # A few characters lower-case to two ("İ"): offsets would shift, so such text takes the case-blind regex.
        found = (
            self.lower_regex.finditer(lowered) if self.lower_regex and len(lowered) == len(text) else self.regex.finditer(text)
        )
        for m in found:
            written = text[m.start() : m.end()]
            index = self._form_index(written)
            if index is None:
                continue
            # ("xi", "bri": a short form or an acronym in another case is no form: _form_index gave None)
            out.append(Mention(self.names[index], written, m.start()))
        return out


@dataclass(frozen=True)
class Registry:
    entities: tuple[Entity, ...]

    def of(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    def _by_name(self) -> dict[tuple[str, str], Entity]:
        found = self.__dict__.get("_entity_by_name")
        if found is None:
            found = {}
            for e in self.entities:
                found.setdefault((e.kind, e.name), e)
            self.__dict__["_entity_by_name"] = found
        return found

    def names(self, kind: str) -> list[str]:
        return [e.name for e in self.of(kind)]

    def entity(self, kind: str, name: str) -> Entity | None:
        return self._by_name().get((kind, name))

    def matcher(self, kind: str) -> Matcher:
        cache = self.__dict__.setdefault("_matchers", {})
        if kind not in cache:
            cache[kind] = Matcher(self.of(kind), decline_latin=kind == "leaders", people=kind == "leaders")
        return cache[kind]

    def canonical(self, kind: str, written: str) -> str | None:
        """The canonical name for a name or alias as a contributor wrote it, or None: the first entity, in the
        registry's order, with that form as written or, for a form that ignores case, in any case."""
        exact, folded = self._forms_of(kind)
        hits = [hit for hit in (exact.get(written), folded.get(written.casefold())) if hit is not None]
        return min(hits)[1] if hits else None

    def _forms_of(self, kind: str) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
        """Each form of a kind, as written and case-folded, with its entity's place and name (built once)."""
        cache = self.__dict__.setdefault("_forms", {})
        if kind not in cache:
            exact: dict[str, tuple[int, str]] = {}
            folded: dict[str, tuple[int, str]] = {}
            for place, entity in enumerate(self.of(kind)):
                for form in entity.forms:
                    exact.setdefault(form, (place, entity.name))
                    if not case_sensitive(form):
                        folded.setdefault(form.casefold(), (place, entity.name))
            cache[kind] = (exact, folded)
        return cache[kind]

    def nearest(self, kind: str, written: str, n: int = 3) -> list[str]:
        """Up to n names whose forms are nearest to what was written; only those about as near as the nearest
        ("Xi Jinpng" suggests Xi Jinping, not also Li Qiang)."""
        forms = {form: e.name for e in self.of(kind) for form in e.forms}
        scored = []
        for form in forms:
            matcher = difflib.SequenceMatcher(None, written, form)
            if matcher.real_quick_ratio() >= 0.5 and matcher.quick_ratio() >= 0.5 and matcher.ratio() >= 0.5:
                scored.append((-matcher.ratio(), form))
        scored.sort()
        out: list[str] = []
        for score, form in scored:
            if -score >= -scored[0][0] - NEAREST_MARGIN and forms[form] not in out:
                out.append(forms[form])
        return out[:n]

    def suggest_aliases(self, kind: str, text: str, cutoff: float = 0.85) -> list[tuple[str, str]]:
        """(written, canonical) pairs for capitalised word pairs that nearly match a full name: for a person to confirm.

        Pairs inside an exact match ("Eurasian Economic" of "Eurasian Economic Union") and possessives are not near-misses.
        """
        matcher = self.matcher(kind)
        if matcher.token_regex is None or not matcher.token_regex.search(text):
            return []
        out: list[tuple[str, str]] = []
        exact: list[tuple[int, int]] | None = None
        for m in CAPITALISED_PAIR.finditer(text):
            pair = m.group(1)
            name = matcher.near_miss(pair, cutoff)
            if name is None:
                continue
            if exact is None:
                exact = [(e.start, e.start + len(e.form)) for e in matcher.find(text)]
            if any(lo <= m.start(1) and m.end(1) <= hi for lo, hi in exact) or (pair, name) in out:
                continue
            out.append((pair, name))
        return out


def parse_registry(path: str, text: str, problems: Problems) -> Registry:
    try:
        data = load(text)
    except YamlError as err:
        problems.add(path, err.line, err.col, err.what, err.fix)
        return Registry(())
    s.check(data or {}, REGISTRY_SCHEMA, path, "", problems)  # reports every problem; entries are typed one by one below
    entities: list[Entity] = []
    owner: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        raw_entries = (data or {}).get(kind) or []
        for raw_entry in raw_entries if isinstance(raw_entries, list) else []:
            entry = s.check(raw_entry, ENTRY_SCHEMA, path, kind, Problems()) or {}
            if "name" not in entry:
                continue
            # The loaded strings (with their line and column), so a clash points at the form itself.
            written = [raw_entry.get("name"), *(raw_entry.get("aliases") or [])]
            places = {str(w): s.position(w) for w in written if isinstance(w, str)}
            forms = []
            for form in [entry["name"], *entry.get("aliases", [])]:
                if not clean_label(form):  # "" (or only invisible characters) would match every article
                    problems.add(
                        path,
                        *places.get(form, s.position(raw_entry)),
                        f"empty name or alias under '{entry['name']}'",
                        "remove it: an empty form would match every article",
                    )
                    continue
                if clean_label(form) != form:  # "VCPOST\u200b" is "VCPOST": one entity, one page
                    places.setdefault(clean_label(form), places.get(form, s.position(raw_entry)))
                forms.append(clean_label(form))
            if not forms:
                continue
            entry["name"] = clean_label(entry["name"]) or forms[0]
            for form in forms:
                key = (kind, form.casefold())
                if key in owner and owner[key] != entry["name"]:
                    problems.add(
                        path,
                        *places.get(form, s.position(raw_entry)),
                        f"form '{form}' is given for both '{owner[key]}' and '{entry['name']}'",
                        "keep it under one entry only; a form must name one entity",
                    )
                owner.setdefault(key, entry["name"])
            names = entry.get("names", {})
            entities.append(
                Entity(
                    kind,
                    entry["name"],
                    entry.get("role", ""),
                    tuple(dict.fromkeys(forms)),
                    wikidata=entry.get("wikidata", {}).get("value", ""),
                    native=tuple((lang, names[lang]["value"]) for lang in NATIVE_LANGUAGES if "value" in names.get(lang, {})),
                    language=entry.get("language", {}).get("value", ""),
                )
            )
    return Registry(tuple(entities))
