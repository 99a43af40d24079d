"""Untrusted text inside the Markdown pages: escaped so that nothing in it is read as markup.

The property (tests/test_markdown_page.py checks it with Hypothesis): for any text an article can hold,
`markdown_text(s)` rendered as a Markdown paragraph with this site's extensions gives exactly `s` as the
paragraph's text, and no element, link, entity or extension syntax of its own.

Only what Python-Markdown and the site's extensions (toc, admonition, tables) can read as syntax is
escaped, so that a page stays readable in a diff: "Putin's visit (2017)" stays as it is.
"""

from __future__ import annotations

import json
import re

# Inline syntax anywhere in a line: backslash escapes, code spans, emphasis, links and images (their
# brackets), raw HTML, autolinks and entities. `<`, `>` and `&` become entities (Python-Markdown has no
# backslash escape for `<`); the others a backslash escape.
INLINE = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        # Line structure: a paragraph is one line, whatever the text holds. A tab would be expanded to
        # spaces, a carriage return read as a line end.
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#9;",
    }
)
# Block syntax at the start of a paragraph: headings (#), lists (-, +, *, "1."), admonitions (!!!),
# quotes (> is an entity already), rules (---, ***). Escaping the first character (or the list number's
# dot) turns each into text.
LINE_START = re.compile(r"^([#+\-!])|^(\d+)(\.)")


def _edge_space(match: re.Match[str]) -> str:
    return "".join(f"&#{ord(c)};" for c in match.group())


def markdown_text(text: str, at_line_start: bool = True, at_line_end: bool = True) -> str:
    """Text for a Markdown paragraph (or a part of one: then say whether it starts or ends the line)."""
    out = text.translate(INLINE)
    if at_line_start:
        out = LINE_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\.", out, count=1)
        # Markdown strips a paragraph's outer white space (any that str.strip would).
        out = re.sub(r"^\s+", _edge_space, out)
    if at_line_end:
        out = re.sub(r"(?<!\s)\s+$", _edge_space, out)
    return out


# --- YAML front matter -------------------------------------------------------------------------------

# Characters JSON leaves raw that YAML refuses in a stream, or reads as line breaks (\x85, \u2028,
# \u2029) and would fold: escaped, so the front matter reads back exactly.
YAML_UNPRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def yaml_scalar(value: object) -> str:
    """A scalar as YAML that every loader reads back with its type: strings always double-quoted
    (MkDocs' loader would read 2017-07-05 as a date and NO as false), numbers, booleans and null bare."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    # A JSON string is a YAML double-quoted scalar, escapes included.
    return YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(str(value), ensure_ascii=False))


def yaml_lines(data: dict[str, object], indent: str = "") -> list[str]:
    """Block-style YAML of a mapping whose keys are plain names: nested mappings and lists one item a line."""
    out = []
    for key, value in data.items():
        if isinstance(value, dict):
            out.append(f"{indent}{key}:" if value else f"{indent}{key}: {{}}")
            out.extend(yaml_lines(value, indent + "  "))
        elif isinstance(value, list | tuple):
            out.append(f"{indent}{key}:" if value else f"{indent}{key}: []")
            out.extend(f"{indent}  - {yaml_scalar(item)}" for item in value)
        else:
            out.append(f"{indent}{key}: {yaml_scalar(value)}")
    return out


def front_matter(data: dict[str, object]) -> str:
    return "---\n" + "\n".join(yaml_lines(data)) + "\n---\n\n"
