"""The white space a browser never shows, taken out of every built page (hooks/htmlspace.py, issue 15 footprint):
exact output on small pages, and on the seeds' real site (the conftest fixture: no new build)."""

from __future__ import annotations

import sys
from pathlib import Path

from support import ROOT

sys.path.insert(0, str(ROOT / "hooks"))
from htmlspace import MARKUP, SEPARATOR, squeeze  # noqa: E402

PAGE = """<!doctype html>
<html lang="en">
  <head>
    <title>
      &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; Putin
    </title>
    <meta name="description" content="two
      lines &lt;b&gt; &quot;kept&quot;">
    <script>
      if (a < b) {
        go();
      }
    </script>
    <style>
      p  {  color: red  }
    </style>
  </head>
  <body>

    <p>Putin   met
       <em>Xi</em>
       in   Moscow&nbsp;
       &#x3C;tag&#62; and\u00a0
       Beijing.   </p>


    <pre><code>  def f():
      return 1
</code></pre>
    <p>Run <code>a
        b</code> or <kbd>Ctrl
        C</kbd>.</p>
    <textarea>
      as typed
    </textarea>
    <svg viewBox="0 0 1 1"><text>
      SVG text
    </text></svg>
    <!-- a comment
         stays -->
    <a href="x" title="a
       tooltip">link</a>
  </body>
</html>
"""

SQUEEZED = """<!doctype html>
<html lang="en">
<head>
<title>
&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; Putin
</title>
<meta name="description" content="two
      lines &lt;b&gt; &quot;kept&quot;">
<script>
      if (a < b) {
        go();
      }
    </script>
<style>
      p  {  color: red  }
    </style>
</head>
<body>
<p>Putin   met
<em>Xi</em>
in   Moscow&nbsp;
&#x3C;tag&#62; and\u00a0
Beijing.   </p>
<pre><code>  def f():
      return 1
</code></pre>
<p>Run <code>a
        b</code> or <kbd>Ctrl
        C</kbd>.</p>
<textarea>
      as typed
    </textarea>
<svg viewBox="0 0 1 1"><text>
      SVG text
    </text></svg>
<!-- a comment
         stays -->
<a href="x" title="a
       tooltip">link</a>
</body>
</html>
"""


def test_indentation_and_blank_lines_go_and_nothing_else_changes() -> None:
    assert squeeze(PAGE) == SQUEEZED
    assert squeeze(SQUEEZED) == SQUEEZED  # nothing left to take
    assert len(PAGE) - len(SQUEEZED) == 93


def test_a_page_with_the_separator_in_it_is_squeezed_the_same() -> None:
    page = PAGE.replace("Beijing.", "Bei" + SEPARATOR + "jing.")
    assert squeeze(page) == SQUEEZED.replace("Beijing.", "Bei" + SEPARATOR + "jing.")


def test_markup_left_open_keeps_the_rest_of_the_page_as_it_is() -> None:
    for opening in ("<pre>", "<textarea>", "<!-- ", "<code class='x'>", '<a title="open', "< not a tag", "<svg"):
        page = "<p>\n    a</p>\n    " + opening + "\n    b\n\n    <p>\n    c</p>\n"
        assert squeeze(page) == "<p>\na</p>\n" + opening + "\n    b\n\n    <p>\n    c</p>\n", opening


def test_words_are_never_glued_and_white_space_without_a_newline_stays() -> None:
    assert squeeze("<b>a</b>\n\t \n  <b>b</b>") == "<b>a</b>\n<b>b</b>"
    assert squeeze("a \t b" + " " * 10_000 + "c") == "a \t b" + " " * 10_000 + "c"
    assert squeeze("a   \r\n   b") == "a\nb"
    assert squeeze("<PRE>\n  x\n</PRE>\n  <Code>\n  y</Code>") == "<PRE>\n  x\n</PRE>\n<Code>\n  y</Code>"


def test_the_built_pages_are_squeezed_and_keep_their_kept_elements(site: Path) -> None:
    for path in sorted(site.rglob("*.html")):  # 404.html too (on_post_template)
        html = path.read_text("utf-8")
        assert squeeze(html) == html, path  # the hook ran on every page
        texts = MARKUP.split(html)[0::3]
        assert not any("\n " in text or "\n\n" in text for text in texts), path
    article = next((site / "articles").glob("*/index.html")).read_text("utf-8")
    assert article.count("<script") == article.count("</script>") > 0
