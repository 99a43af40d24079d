"""Where things are: slugs, the docs-relative file of each page, and the site URLs between them."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def slugify(text: str, max_length: int = 60) -> str:
    # Apostrophes join their word ("Russia's" -> "russias"), other punctuation separates words.
    text = re.sub(r"['’‘`]", "", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > max_length:
            break
        out = candidate
    return out or "untitled"


def url_of(doc: str) -> str:
    """The site URL (directory style) of a docs-relative file: 'a/b.md' -> 'a/b/', 'a/index.md' -> 'a/'."""
    if not doc.endswith(".md"):
        return doc
    stem = doc[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def rel(from_doc: str, to_doc: str) -> str:
    """The relative URL from one docs-relative file's page to another's."""
    depth = url_of(from_doc).count("/") if from_doc.endswith(".md") else from_doc.count("/")
    return "../" * depth + url_of(to_doc) or "./"


def article_doc(slug: str) -> str:
    return f"articles/{slug}.md"


def text_doc(slug: str) -> str:
    return f"data/text/{slug}.txt"


# Names of ASCII letters and digits in words joined by single spaces get a plain page address ("Vladimir Putin" ->
# vladimir-putin); any other name (with punctuation, "Foo-Bar"; an outlet read from a page, "Outlet <b>"; one cut
# short by the slug's length limit) gets a short hash of the exact name too, so that "Foo Bar" and "Foo-Bar" or two
# long names sharing their first 60 characters can't share one page. A plain slug that is a listing's ("index",
# "x-page-2") gets the hash as well: no entity can take a listing's place.
PLAIN_NAME = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
LISTING_SLUG = re.compile(r"index|con|prn|aux|nul|com[0-9]|lpt[0-9]")  # and the names Windows reserves
PAGED_SLUG = re.compile(r"-page-[0-9]+\Z")


def entity_doc(kind: str, name: str, part: int = 1) -> str:
    slug = slugify(name)
    plain = PLAIN_NAME.fullmatch(name) and slug == name.lower().replace(" ", "-")
    if not plain or LISTING_SLUG.fullmatch(slug) or PAGED_SLUG.search(slug):
        slug += "--" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]  # "--": never in a plain slug
    suffix = "" if part == 1 else f"-page-{part}"
    return f"{kind}/{slug}{suffix}.md"
