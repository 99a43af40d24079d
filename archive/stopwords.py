"""Stop words of a page's language: a language-level signal of running prose (as jusText uses it).

A paragraph of an article, in any language, is mostly made of the language's commonest words ("the", "of", "and",
"der", "и"); menus, labels, headlines and counters are not. The lists are jusText's (one per language, pinned in
requirements.txt); the page's language is the list that covers most of its words.
"""

from __future__ import annotations

import collections
import functools
import re

# Word characters and inner apostrophes ("don't", "l’État"), as the lists spell their words.
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Lists covering at least this share of the best list's hits are as good a guess; the smallest of them is taken (a long
# list of a language written in another script often holds English words too, and would win on an English page).
NEAR_BEST_SHARE = 0.95


@functools.cache
def _lists() -> tuple[tuple[str, frozenset[str]], ...]:
    try:
        import justext
    except ImportError:  # pragma: no cover - pinned in requirements.txt; without it the signal is simply absent
        return ()
    return tuple((name, justext.get_stoplist(name)) for name in sorted(justext.get_stoplists()))


def _words(text: str) -> list[str]:
    found = WORD.findall(text)
    # (case-folded at once, joined by a character no word holds: folding is character by character, without context)
    return "\0".join(found).casefold().replace("’", "'").split("\0") if found else []


@functools.lru_cache(maxsize=4096)  # a line's words are asked for by several rules of one page
def words(text: str) -> tuple[str, ...]:
    """The words of one line (remembered: lines only; a whole page goes through _words)."""
    return tuple(_words(text))


def in_any_list(word: str) -> bool:
    """Whether the word, in small letters, is a common word of any language's list."""
    return word in _languages_of()


@functools.cache
def _languages_of() -> dict[str, tuple[int, ...]]:
    """word -> the indexes (in _lists()) of the lists holding it: one look-up per word of a page, not one per list."""
    index: dict[str, list[int]] = {}
    for i, (_, stoplist) in enumerate(_lists()):
        for word in stoplist:
            index.setdefault(word, []).append(i)
    return {word: tuple(found) for word, found in index.items()}


def _page_list(texts: list[str]) -> int | None:
    """The index (in _lists()) of the list of these lines' language, or None when no list covers any of their words."""
    lists = _lists()
    index = _languages_of()
    hits = [0] * len(lists)
    # Each distinct word once, with its count: a page repeats its words, and a common word is in dozens of lists.
    for word, count in collections.Counter(_words(" ".join(texts))).items():
        for i in index.get(word, ()):
            hits[i] += count
    best = max(hits, default=0)
    if best == 0:
        return None
    near = [i for i, n in enumerate(hits) if n >= best * NEAR_BEST_SHARE]
    return min(near, key=lambda i: (len(lists[i][1]), lists[i][0]))


def page_stopwords(texts: list[str]) -> frozenset[str]:
    """The stop-word list of the language of these lines (empty when no list covers any of their words)."""
    found = _page_list(texts)
    return frozenset() if found is None else _lists()[found][1]


def page_language(texts: list[str]) -> str | None:
    """The name of these lines' language as jusText's lists name it ("English", "Spanish"), or None."""
    found = _page_list(texts)
    return None if found is None else _lists()[found][0]


# ENGLISH_CORE: words every English list holds and few others do (a short page's best list may be a kin of English's).
ENGLISH_CORE = frozenset(("the", "and", "of", "to", "with"))


def is_english(stoplist: frozenset[str]) -> bool:
    """The stop-word list is English's, or a kin of it holding English's commonest words."""
    return ENGLISH_CORE <= stoplist


# ENGLISH_CORE_SHARE: in English prose, "the", "and", "of", "to" and "with" are about one word in eight. jusText's lists
# come from Wikipedia and many hold them (Turkish's, Finnish's, Korean's, from quoted titles): a page whose list holds
# them is read as English only if its paragraphs use them this often (a Turkish report, none).
ENGLISH_CORE_SHARE = 0.04


def reads_english(texts: list[str]) -> bool:
    """These lines use English's commonest words as English prose does."""
    found = [w for text in texts for w in words(text)]
    return bool(found) and sum(w in ENGLISH_CORE for w in found) >= ENGLISH_CORE_SHARE * len(found)


def share(text: str, stoplist: frozenset[str]) -> float:
    """The share of a line's words that are stop words (0.0 for a line without words)."""
    found = words(text)
    if not found:
        return 0.0
    return sum(w in stoplist for w in found) / len(found)
