"""The white space a browser never shows, taken out of every built page (issue 15, footprint): the theme's templates
indent each line, about 3.1 KB of a 34 KB article page, 310 MB at 100,000 articles.

One rule, run by the site's hook on each page MkDocs writes (hooks/archive_hooks.py, on_post_page): in text, a run of
white space that holds a newline becomes that one newline (the indentation after it, the blank lines and the spaces
before it go). HTML renders any such run as one space (a segment break where white space collapses), so nothing a
reader sees changes and no two words are glued. Everything else stays as written, byte for byte:

- every tag, with its attribute values (a title's newline is shown in its tooltip), comments and doctype;
- the contents of the elements that keep their white space: pre, textarea, script, style; code and kbd (Material's
  CSS sets white-space: pre-wrap on them, .md-typeset code, kbd, pre; the preview's problems are code too); and svg
  (SVG's own rule for text drops a newline instead of making it a space);
- entities: nothing is decoded or encoded (a page's escaped "&lt;script&gt;" stays escaped).

Why not a library: htmlmin (htmlmin2 0.1.13, which mkdocs-minify-plugin runs) parses with html.parser, which decodes
attribute values, and writes them back unescaped: an escaped payload in a <meta content> came out as a literal
<img ... onerror> (tests/test_sinks.py forbids any payload tag in a page), and it took 5.2 ms a 31 KB page (8.6
minutes at 100,000 pages); minify-html decoded entities in <title> the same way. This rule takes well under a
millisecond a page.

The rule reads the page as the site writes it: attribute values quoted, a literal "<" only where markup starts (text
and attribute values are escaped by Jinja's autoescape, Python-Markdown and the hook). At anything else (a "<" that
starts no tag, a comment or kept element left open) it stops and leaves the rest of the page as it is.
"""

from __future__ import annotations

import re

# Elements whose contents keep their white space (see above).
KEPT = ("pre", "textarea", "script", "style", "code", "kbd", "svg")
ATTRIBUTES = r"""[^"'>]*+(?:(?:"[^"]*+"|'[^']*+')[^"'>]*+)*+"""  # a tag's attributes as written, quoted values whole

# What stays as written, from a "<": a comment, a kept element whole, any other tag (its attributes whole), the
# doctype, or (a "<" that starts none of these: a comment or kept element left open) the rest of the page. Each
# alternative repeats possessively, and a lazy scan that fails is followed at once by the copy of the rest: linear on
# any input (tests/test_regex_fuzz.py).
_KEPT = "(?i:" + "|".join(KEPT) + ")"
_SPACE = "[ \t\r\n\f]"
MARKUP = re.compile(
    r"(<(?:!--[\s\S]*?-->"  # a comment
    rf"|({_KEPT})(?={_SPACE}|/|>){ATTRIBUTES}>[\s\S]*?</\2{_SPACE}*+>"  # a kept element, whole
    rf"|(?!{_KEPT}(?:{_SPACE}|/|>))[A-Za-z][A-Za-z0-9:-]*+{ATTRIBUTES}>"  # any other start tag
    rf"|/[A-Za-z][A-Za-z0-9:-]*+{ATTRIBUTES}>"  # an end tag
    r"|![A-Za-z][^>]*+>"  # the doctype
    r"|[\s\S]*+))"  # anything else: the rest of the page as it is
)
# In text: a white-space run holding a newline, matched from its first character (the look-behind: a long run without
# a newline is then tried once, not from each of its characters). It starts with one character class, which lets the
# regex engine skip the text between runs quickly: half the time of the same rule starting with the look-behind.
NEWLINE_RUN = re.compile(r"[ \t\r\n\f](?<![ \t\r\f][ \t\r\f])(?:(?<=\n)[ \t\r\n\f]*+|[ \t\r\f]*+\n[ \t\r\n\f]*+)")
SEPARATOR = "\x00"  # joins the pieces of text, to squeeze them in one call; never in a page the site writes


def squeeze(page: str) -> str:
    """The page with each white-space run that holds a newline, outside tags and kept elements, made one newline."""
    pieces = MARKUP.split(page)  # text, markup, kept element's name (or None), text, ...
    texts = pieces[0::3]
    if SEPARATOR in page:  # squeezed one by one (slower, the same result)
        texts = [NEWLINE_RUN.sub("\n", text) for text in texts]
    else:
        texts = NEWLINE_RUN.sub("\n", SEPARATOR.join(texts)).split(SEPARATOR)
    pieces[0::3] = texts
    pieces[2::3] = [""] * len(pieces[2::3])
    return "".join(pieces)
