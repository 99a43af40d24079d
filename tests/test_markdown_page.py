"""The article page as annotated Markdown: front matter any MkDocs tool reads with true types, and a body whose
text comes through Markdown exactly, whatever the text holds.

The front matter is read with MkDocs' own loader (mkdocs.utils.meta.get_data); the body is rendered with plain
Python-Markdown, and with this site's extensions, and the text of each paragraph compared with the article's.
"""

from __future__ import annotations

import datetime
import html.parser
import io
import json
from pathlib import Path

import markdown
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data
from support import ROOT

from archive.mdtext import front_matter, markdown_text, yaml_scalar
from archive.pipeline import Options, run

SITE_EXTENSIONS = ["toc", "admonition", "tables"]  # as in mkdocs.yml


class _Text(html.parser.HTMLParser):
    """Text of each top-level block element, without the annotation markers' numbers; and every tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.depth = 0
        self.skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append(tag)
        if self.depth == 0:
            self.blocks.append((tag, ""))
        self.depth += 1
        self.skip += tag == "button"

    def handle_endtag(self, tag):  # noqa: ANN001
        self.depth -= 1
        self.skip -= tag == "button"

    def handle_data(self, data):  # noqa: ANN001
        if self.depth and not self.skip:
            tag, text = self.blocks[-1]
            self.blocks[-1] = (tag, text + data)

    def handle_comment(self, data):  # noqa: ANN001
        pass


def parse(html_text: str) -> _Text:
    parser = _Text()
    parser.feed(html_text)
    parser.close()
    return parser


def md_extensions_that_render() -> list[list[str]]:
    return [[], SITE_EXTENSIONS]


# --- the property ------------------------------------------------------------------------------------

# Any text HTML can carry: no C0/C1 controls but tab, newline and carriage return (the build removes the
# others from article text, and HTML has no way to show them), no surrogates. Markdown's own syntax
# characters are drawn often, so that Hypothesis tries their combinations.
SYNTAX = "\\`*_{}[]()#+-.!|<>&;:=~^\"' \t\n\r0123456789"
CHARS = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(SYNTAX)
TEXT = st.text(CHARS, min_size=1).filter(lambda s: s.strip(" \t\n\r") != "")


@settings(max_examples=400, deadline=None)
@given(TEXT)
@example("1. [x](javascript:alert(1)) *a* _b_ `c` <b>d</b> &amp; &#x41; {: onclick=x }")
@example("# heading")
@example("!!! note")
@example("[TOC]")
@example("- item")
@example("---")
@example("| a | b |")
@example("    code")
@example("a\n\nb")
@example("<http://example.com> a@b.c")
@example("\\")
@example("x  \ny")
def test_escaped_text_renders_as_exactly_that_text(text: str) -> None:
    for extensions in md_extensions_that_render():
        rendered = markdown.Markdown(extensions=extensions).convert(markdown_text(text))
        parsed = parse(rendered)
        assert parsed.tags == ["p"], (text, rendered)
        assert parsed.blocks == [("p", text)], (text, rendered)


def test_the_property_can_fail_without_the_escaping() -> None:
    """The check above sees markup: unescaped text makes elements, links and entities."""
    for text in ("*a*", "[x](http://e.com)", "&amp;", "# h", "<b>x</b>"):
        parsed = parse(markdown.markdown(text))
        assert parsed.blocks != [("p", text)] or parsed.tags != ["p"], text


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_yaml_scalars_read_back_as_the_same_string(text: str) -> None:
    meta = get_data(front_matter({"title": text, "leaders": [text, "NO"], "n": 3, "pinned": True, "gone": None}))[1]
    assert meta == {"title": text, "leaders": [text, "NO"], "n": 3, "pinned": True, "gone": None}


def test_yaml_keeps_values_other_loaders_would_retype() -> None:
    for value in ("2017-07-05", "NO", "yes", "012", "1e3", "null", "~", "!!python/object:x", "&a", "*a", "- x", "#"):
        assert get_data(f"---\ntitle: {yaml_scalar(value)}\n---\n")[1] == {"title": value}


# --- the seeds' pages --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """docs/ built from the seeds (in process)."""
    work = tmp_path_factory.mktemp("markdown-pages")
    options = Options(seeds=ROOT / "seeds", docs=work / "docs", cache=work / "cache", registry=ROOT / "registry.yml", quiet=True)
    assert run(options, out=io.StringIO(), err=io.StringIO()) == 0
    return work / "docs"


def _pages(docs: Path) -> dict[str, tuple[str, dict, str]]:
    archive = json.loads((docs / "data" / "archive.json").read_text("utf-8"))
    out = {}
    for record in archive["articles"]:
        source = (docs / "articles" / f"{record['slug']}.md").read_text("utf-8")
        body, meta = get_data(source)
        out[record["slug"]] = (body, meta, record)
    return out


def test_front_matter_has_every_field_with_its_true_type(built: Path) -> None:
    pages = _pages(built)
    assert len(pages) == 5
    for slug, (_body, meta, record) in pages.items():
        for name in ("date", "outlet", "author", "url", "leaders", "agreements"):
            assert meta[name] == record[name]["value"], (slug, name)
            assert meta["provenance"][name] == record[name]["provenance"], (slug, name)
        assert meta["title"] == record["title"]["value"]
        assert isinstance(meta["title"], str)
        assert meta["date"] is None or (isinstance(meta["date"], str) and not isinstance(meta["date"], datetime.date))
        assert meta["date_precision"] == record["date"]["precision"]
        assert meta["date_kind"] == record["date"]["kind"]
        assert all(isinstance(n, str) for n in (meta["leaders"] or []) + (meta["agreements"] or []))
        assert meta["source_file"] == record["source_file"]
        assert meta["source_sha256"] == record["source_sha256"] == _sha(ROOT / record["source_file"])
        assert meta["slug"] == slug
        assert isinstance(meta["slug_pinned"], bool) and isinstance(meta["word_count"], int)
        assert meta["annotations"] == len(record["annotations"])
    # A known value of each kind, exactly as the seed gives it.
    dated = [meta for _b, meta, _r in pages.values() if meta["date"] == "2017-07-05"]
    assert len(dated) == 1 and dated[0]["date_precision"] == "day"


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("extensions", md_extensions_that_render(), ids=["plain", "site-extensions"])
def test_body_renders_to_the_article_text_exactly(built: Path, extensions: list[str]) -> None:
    for slug, (body, _meta, record) in _pages(built).items():
        text = (built / "data" / "text" / f"{slug}.txt").read_text("utf-8")
        expected = text.rstrip("\n").split("\n\n")[1:]  # standfirst, headings and paragraphs; the title is the theme's
        rendered = markdown.Markdown(extensions=extensions).convert(body)
        start = rendered.index("<!-- sa:text -->") + len("<!-- sa:text -->")
        end = rendered.index("<!-- /sa:text -->")
        blocks = parse(rendered[start:end]).blocks
        assert [text for _tag, text in blocks] == expected, slug
        assert {tag for tag, _text in blocks} <= {"p", "h2"}
        # Each annotation's quote is marked where it anchors.
        for annotation in record["annotations"]:
            assert f'id="quote-{annotation["id"]}">' in rendered or annotation["quote"] not in "\n".join(expected)


def test_hostile_text_stays_text_in_the_body(tmp_path: Path) -> None:
    """Article lines that are Markdown, HTML, entities and extension syntax come through as their own text."""
    lines = [
        "# Not a heading, but a line of the article text written by the reporter",
        "1. Not a list: the leaders met for three hours [x](javascript:alert(1)) and *talked*.",
        "!!! warning <script>alert(1)</script> &amp; &lt;b&gt; {: onclick=alert(1) } `code` __bold__ [TOC]",
        "| a | b | and a pipe table line that is only text, with <img src=x onerror=alert(1)> in it.",
        "- dash list line that a reporter wrote at the start of a paragraph, with <!-- comment --> too.",
        "Ordinary closing paragraph with a backslash \\ and a tab\tin it and trailing spaces in the text.",
    ]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "100_hostile.txt").write_text(
        "Leaders Meet In Beijing To Discuss The Northern Corridor\n\n"
        + "\n\n".join(line + " The talks covered energy, trade and transport links." for line in lines)
        + "\n",
        encoding="utf-8",
    )
    options = Options(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", registry=ROOT / "registry.yml", quiet=True)
    assert run(options, out=io.StringIO(), err=io.StringIO()) == 0
    (page,) = (tmp_path / "docs" / "articles").glob("*.md")
    body, meta = get_data(page.read_text("utf-8"))
    assert meta["title"] == "Leaders Meet In Beijing To Discuss The Northern Corridor"
    kept = (tmp_path / "docs" / "data" / "text").glob("*.txt").__next__().read_text("utf-8").rstrip("\n").split("\n\n")[1:]
    assert len(kept) >= 5
    for extensions in md_extensions_that_render():
        rendered = markdown.Markdown(extensions=extensions).convert(body)
        section = rendered[rendered.index("<!-- sa:text -->") : rendered.index("<!-- /sa:text -->")]
        parsed = parse(section)
        assert [text for _tag, text in parsed.blocks] == kept
        assert set(parsed.tags) <= {"p"}, parsed.tags
