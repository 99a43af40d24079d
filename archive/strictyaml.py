"""YAML as data, strictly: every scalar a string, no duplicate keys, no anchors or aliases.

PyYAML's loaders turn `NO` into False, `2017-07-05` into a date, `012` into 10 and keep the last of two
duplicate keys silently; aliases let a small file expand into a huge one. Here the file is only
*composed* into nodes (nothing is constructed), and the nodes become str/dict/list values that remember
their line and column, so a schema can type them and name the place of every error.
"""

from __future__ import annotations

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent

MAX_SIDECAR_BYTES = 256 * 1024  # a sidecar is hand-written; anything larger is a mistake or an attack
MAX_NODES = 20_000  # bounds the work a single file can ask for
MAX_DEPTH = 32  # a sidecar nests four levels; "[[[[..." thousands deep would exhaust Python's stack


class YamlError(Exception):
    def __init__(self, line: int, col: int, what: str, fix: str) -> None:
        super().__init__(what)
        self.line, self.col, self.what, self.fix = line, col, what, fix


class YStr(str):
    line = 1
    col = 1


class YMap(dict):
    line = 1
    col = 1
    key_lines: dict  # key -> (line, col) of the key itself


class YList(list):
    line = 1
    col = 1


class _NoAliasComposer(Composer):
    depth = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise YamlError(
                event.start_mark.line + 1,
                event.start_mark.column + 1,
                f"YAML alias '*{event.anchor}' is not allowed",
                "write the value out in full instead of using anchors and aliases",
            )
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise YamlError(
                event.start_mark.line + 1,
                event.start_mark.column + 1,
                f"YAML anchor '&{anchor}' is not allowed",
                "remove the anchor and write each value out in full",
            )
        # An explicit tag (`!!python/object:...`, `!!binary`, `!local`) asks for a type; here every value is text.
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            shown = "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag
            raise YamlError(
                event.start_mark.line + 1,
                event.start_mark.column + 1,
                f"YAML tag '{shown}' is not allowed",
                "remove the tag; write the value as plain text",
            )
        if self.depth >= MAX_DEPTH:
            raise YamlError(
                event.start_mark.line + 1,
                event.start_mark.column + 1,
                f"values are nested more than {MAX_DEPTH} levels deep",
                "flatten the file; a sidecar needs at most four levels",
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _Loader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, _NoAliasComposer, yaml.resolver.BaseResolver):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        _NoAliasComposer.__init__(self)
        yaml.resolver.BaseResolver.__init__(self)


class _FastLoader(_NoAliasComposer, yaml.cyaml.CParser, yaml.resolver.BaseResolver):
    """libyaml's scanner and parser with the same strict composer: ~10x faster on valid files."""

    def __init__(self, stream: str) -> None:
        yaml.cyaml.CParser.__init__(self, stream)
        _NoAliasComposer.__init__(self)
        yaml.resolver.BaseResolver.__init__(self)


def _fast_load(text: str):
    """The common case, a valid file, through libyaml; None if anything is off (the exact loader then says what)."""
    if not yaml.__with_libyaml__:
        return None
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
        return ("ok", None if node is None else _convert(node, [MAX_NODES]))
    except Exception:  # noqa: BLE001 - any problem is re-read by the pure-Python loader, which names it exactly
        return None
    finally:
        loader.dispose()


def _convert(node: yaml.Node, budget: list[int]):
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlError(node.start_mark.line + 1, 1, f"file has more than {MAX_NODES} values", "split or shorten it")
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.ScalarNode):
        if not node.style and node.value == "":  # plain style is None in PyYAML, "" in libyaml
            return None  # `key:` with nothing after it
        out = YStr(node.value)
        out.line, out.col = line, col
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = YList(_convert(item, budget) for item in node.value)
        seq.line, seq.col = line, col
        return seq
    mapping = YMap()
    mapping.line, mapping.col = line, col
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        kline, kcol = key_node.start_mark.line + 1, key_node.start_mark.column + 1
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlError(kline, kcol, "a key must be plain text", "write the key as a single word")
        key = key_node.value
        if key in mapping:
            first = mapping.key_lines[key][0]
            raise YamlError(kline, kcol, f"duplicate key '{key}' (first at line {first})", "keep one of the two")
        mapping.key_lines[key] = (kline, kcol)
        mapping[key] = _convert(value_node, budget)
    return mapping


def _unprintable(text: str, err: yaml.reader.ReaderError) -> YamlError:
    line = text.count("\n", 0, err.position) + 1
    col = err.position - (text.rfind("\n", 0, err.position) + 1) + 1
    return YamlError(
        line, col, f"control character U+{err.character:04X} is not allowed", "delete it (it is invisible in most editors)"
    )


def load(text: str):
    """Parse one YAML document into YStr/YMap/YList values (None for empty values)."""
    fast = _fast_load(text)
    if fast is not None:
        return fast[1]
    try:
        loader = _Loader(text)  # the reader checks every character here, before any parsing
    except yaml.reader.ReaderError as err:
        raise _unprintable(text, err) from None
    try:
        node = loader.get_single_node()
    except YamlError:
        raise
    except yaml.reader.ReaderError as err:
        raise _unprintable(text, err) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        what = (err.problem or err.context or "invalid YAML").strip()
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        # PyYAML's wording for the two mistakes people make most, said plainly.
        if "'\\t'" in what:
            raise YamlError(line, col, "a tab where YAML expects spaces", "indent with spaces, never tabs") from None
        if what == "but found another document":
            raise YamlError(
                line, col, "a second YAML document ('---') in the file", "keep one document: delete the '---' line and merge"
            ) from None
        # An unquoted value holding ': ' (PyYAML reads a second key): "author: Summit: editors".
        if what == "mapping values are not allowed here":
            raise YamlError(
                line,
                col,
                "a value contains ': ' (a colon and a space)",
                'put the whole value in double quotes: key: "text: more text"',
            ) from None
        # A key indented differently from its siblings: PyYAML stops at the next line back at the old indent.
        if what.startswith("expected <block end>, but found") and err.context_mark is not None:
            start = err.context_mark
            raise YamlError(
                line,
                col,
                f"this line is indented {col - 1} spaces, but the keys of the block starting at line {start.line + 1} "
                f"are indented {start.column}",
                "indent every key of one block by the same number of spaces (a key indented differently from its siblings)",
            ) from None
        raise YamlError(line, col, f"YAML syntax error: {what}", "fix the indentation or quote the value") from None
    except yaml.YAMLError as err:
        raise YamlError(1, 1, f"YAML error: {err}", "check the file is valid YAML") from None
    finally:
        loader.dispose()
    if node is None:
        return None
    return _convert(node, [MAX_NODES])
