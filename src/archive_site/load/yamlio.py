"""YAML in and out: safe loading that keeps line marks, schema checks that report them,
and a stable, readable dump."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import jsonschema_rs
import yaml

from ..errors import Reporter
from .inputs import CONTROL, composed, control_message, read_text, unpaired_bidi

if TYPE_CHECKING:
    import jsonschema


class Located:
    """A loaded YAML document with the line of every value in it."""

    def __init__(self, data: Any, root: yaml.Node) -> None:
        self.data = data
        self.root = root

    def node(self, where: Sequence[str | int]) -> yaml.Node:
        """The node at a path of keys and indexes, or the nearest one that exists."""
        node = self.root
        for step in where:
            found = child(node, step)
            if found is None:
                break
            node = found
        return node

    def line(self, where: Sequence[str | int]) -> int:
        """The 1-based line of the value at a path (of its parent where it is missing)."""
        return line_of(self.node(where))

    def key_line(self, where: Sequence[str | int], key: str) -> int:
        """The line of a key within the mapping at a path."""
        node = self.node(where)
        if isinstance(node, yaml.MappingNode):
            for k, _ in node.value:
                if k.value == key:
                    return line_of(k)
        return line_of(node)


def line_of(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        value: yaml.Node | None = next((v for k, v in node.value if k.value == step), None)
        return value
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        item: yaml.Node = node.value[step]
        return item
    return None


DEEP = "found lists or mappings nested too deep to read; expected a few levels"
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where installed


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """The safe loader, but dates stay text as written ("1977-02-18"): the schemas check
    their form, and a date the calendar lacks is reported rather than raised. It also
    notes what plain YAML lets through silently: a key given twice (the last would win)
    and a control character written as an escape ("\\x07")."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.problems: list[tuple[int, str]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[tuple[str, str], int] = {}
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            first = seen.setdefault((key.tag, key.value), line_of(key))
            if first != line_of(key):
                self.problems.append(
                    (
                        line_of(key),
                        f"key {key.value!r} is given twice, on line {first} and on line "
                        f"{line_of(key)}; expected each key once (the second would "
                        "silently replace the first)",
                    )
                )
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping

    def construct_checked_str(self, node: yaml.ScalarNode) -> str:
        value: str = self.construct_scalar(node)
        found = CONTROL.search(value)
        if found:
            self.problems.append((line_of(node), control_message(found.group())))
        elif unpaired := unpaired_bidi(value):
            self.problems.append((line_of(node), unpaired[1]))
        return composed(value)  # as an escape ("e\u0301") may write it otherwise


_Loader.add_constructor("tag:yaml.org,2002:str", _Loader.construct_checked_str)
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


MAY_ALIAS = re.compile(r"(?:\A|[\s\[{,])[&*]")


def load(path: Path, text: str, report: Reporter) -> Located | None:
    """Parse YAML safely (no Python tags, no aliases), or report where it is broken."""
    loader = _Loader(text)
    try:
        # an anchor begins with "&" and an alias with "*", where a node may begin (at the
        # start, after a space or a flow sign): most files have none, and skip the scan
        alias = first_alias(text) if MAY_ALIAS.search(text) else None
        if alias is not None:
            report.error(
                path,
                alias.start_mark.line + 1 if alias.start_mark else 1,
                "found a YAML alias or anchor reused "
                "here; expected each value written out (aliases are not accepted)",
            )
            return None
        root = loader.get_single_node()
        if root is None:
            report.error(path, 1, "the file is empty; expected a YAML mapping")
            return None
        data = loader.construct_document(root)
    except RecursionError:
        report.error(path, 1, DEEP)
        return None
    except yaml.constructor.ConstructorError as exc:
        tag = (exc.problem or "").split("'")[1] if "'" in (exc.problem or "") else "?"
        report.error(
            path,
            exc.problem_mark.line + 1 if exc.problem_mark else 1,
            f"found the tag {short_tag(tag)!r}, "
            "which is not accepted; expected plain YAML values with no tags",
        )
        return None
    except yaml.MarkedYAMLError as exc:
        exc = clearer(text) or exc
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = (exc.problem or "invalid YAML").strip()
        if "nesting depth" in what:  # libyaml stops at 1,000 levels
            report.error(path, line, DEEP)
        else:
            report.error(path, line, f"{what}; expected valid YAML")
        return None
    except yaml.YAMLError as exc:
        report.error(path, 1, f"{exc}; expected valid YAML")
        return None
    finally:
        loader.dispose()
    for line, message in loader.problems:
        report.error(path, line, message)
    return None if loader.problems else Located(data, root)


def read(path: Path, kind: str, schema_name: str, report: Reporter) -> Located | None:
    """An input file of YAML, read one way: checked as an input of its kind (type, size,
    UTF-8, controls), loaded safely, and checked against its schema; None after reporting
    what is wrong."""
    text = read_text(path, kind, report)
    located = load(path, text, report) if text is not None else None
    if located is None or not validate(path, located, schema_name, report):
        return None
    return located


class _PythonLoader(yaml.SafeLoader):
    """The pure-Python parser, slower than libyaml but clearer in its messages."""


def clearer(text: str) -> yaml.MarkedYAMLError | None:
    """The same syntax error as the Python parser words it ("expected the node content,
    but found '-'" rather than libyaml's "did not find expected node content")."""
    try:
        yaml.compose(text, Loader=_PythonLoader)
    except yaml.MarkedYAMLError as exc:
        return exc
    except RecursionError:  # nested deeper than the Python parser reaches
        return None
    return None


def short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


def first_alias(text: str) -> yaml.Event | None:
    """The first alias in a YAML text, found before anything is built from it, so that an
    alias bomb is refused before it can grow."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            return event
    return None


@cache
def schema(name: str) -> dict[str, Any]:
    path = resources.files("archive_site").joinpath("schemas", f"{name}.schema.json")
    text = path.read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def fast_validator(name: str) -> jsonschema_rs.Validator:
    """A compiled validator of the same schema, a few hundred times faster, for the common
    case of a valid file."""
    return jsonschema_rs.validator_for(schema(name))


@cache
def full_validator(name: str) -> jsonschema.protocols.Validator:
    """The slower validator, which says what is wrong and where (imported only when
    needed). Its patterns match whole values: Python's `$` would let a final newline
    through ("evil\\n" for an id), where the compiled validator, like JavaScript, does not."""
    import jsonschema

    def pattern(
        validator: jsonschema.protocols.Validator, regex: str, instance: Any, _: Any
    ) -> Iterator[jsonschema.ValidationError]:
        if not validator.is_type(instance, "string"):
            return
        if regex.endswith("$") and not regex.endswith("\\$"):
            regex = regex[:-1] + "\\Z"  # the end, as JavaScript's `$` means
        if re.search(regex, instance) is None:
            yield jsonschema.ValidationError(f"{instance!r} does not match {regex!r}")

    strict = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
        jsonschema.Draft202012Validator, {"pattern": pattern}
    )
    return cast("jsonschema.protocols.Validator", strict(schema(name)))


NOUNS = {
    "record": "the record",
    "editorial": "the editorial file",
    "chronology": "the chronology",
    "entities": "the entity list",
    "relations": "the relations",
    "ignore": "the ignore list",
    "settings": "the settings",
    "aliases": "the aliases",
}


def validate(path: Path, doc: Located, schema_name: str, report: Reporter) -> bool:
    """Check a loaded document against one of the project's JSON Schemas; report each
    problem at its line. True where it is valid."""
    try:
        if fast_validator(schema_name).is_valid(doc.data):
            return True
    except (ValueError, TypeError, RecursionError):  # what JSON cannot hold, such as a key
        pass  # that is not text, or lists nested past what the compiled check descends
    validator = full_validator(schema_name)
    try:
        errors = sorted(validator.iter_errors(doc.data), key=lambda e: [str(p) for p in e.path])
    except RecursionError:
        report.error(path, 1, DEEP)
        return False
    for error in errors:
        report.error(path, *describe(error, doc, NOUNS[schema_name]))
    return not errors


def describe(error: jsonschema.ValidationError, doc: Located, noun: str) -> tuple[int, str]:
    """A schema error as a line and a message saying what was found and what was expected."""
    where = list(error.absolute_path)
    field = ".".join(str(p) for p in where) or noun
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        found = error.instance if isinstance(error.instance, dict) else {}
        extra = sorted((k for k in found if k not in allowed), key=str)  # keys of any type
        key = extra[0]
        hint = close_match(str(key), allowed)
        fix = f"; did you mean {hint!r}?" if hint else ""
        return doc.key_line(where, key), (
            f"unknown key {key!r} in {field}; expected one of {', '.join(allowed)}{fix}"
        )
    if error.validator == "required":
        missing = error.message.split("'")[1]
        return doc.line(where), f"{field} has no {missing!r}; expected it to be given"
    expected = schema.get("description") or expectation(error)
    return doc.line(where), f"{field} is {shown(error.instance)}; expected {expected}"


def shown(value: Any, most: int = 80) -> str:
    """A value as a message quotes it: cut short where it is long."""
    text = repr(value)
    if len(text) <= most:
        return text
    size = f"{len(value):,} characters" if isinstance(value, str) else type(value).__name__
    return f"{text[:most]}… ({size})"


def expectation(error: jsonschema.ValidationError) -> str:
    value = error.validator_value
    if error.validator == "type":
        return f"a value of type {value}"
    if error.validator == "enum":
        return "one of " + ", ".join(str(v) for v in (value if isinstance(value, list) else []))
    if error.validator == "pattern":
        return f"text matching {value}"
    if error.validator == "minLength":
        return "non-empty text"
    return error.message


def close_match(word: str, choices: list[str]) -> str | None:
    matches = difflib.get_close_matches(word, choices, n=1)
    return matches[0] if matches else None


_CDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter, same output


STR, INT, BOOL, NULL = (f"tag:yaml.org,2002:{t}" for t in ("str", "int", "bool", "null"))
SEQ, MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


class _Dumper(_CDumper):  # type: ignore[valid-type,misc]
    """Block style throughout, keys in the order given, long lines folded for reading."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def represent(self, data: Any) -> None:
        self.serialize(self.node(data))

    def node(self, data: Any) -> yaml.Node:
        """The node the safe representer makes of `data` (with no aliases, block style,
        keys in order), made directly for what a record holds: the representer's own way
        looks up each value's type and style through several calls, most of the time of
        writing a record. Any other value is left to it."""
        kind = type(data)
        if kind is str:
            return yaml.ScalarNode(STR, data)
        if kind is dict:
            pairs = [(self.node(key), self.node(value)) for key, value in data.items()]
            return yaml.MappingNode(MAP, pairs, flow_style=False)
        if kind is list:
            return yaml.SequenceNode(SEQ, [self.node(item) for item in data], flow_style=False)
        if kind is int:
            return yaml.ScalarNode(INT, str(data))
        if kind is bool:
            return yaml.ScalarNode(BOOL, "true" if data else "false")
        if data is None:
            return yaml.ScalarNode(NULL, "null")
        node: yaml.Node = self.represent_data(data)
        return node


def dump(data: Any, header: str = "") -> str:
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=96,
        default_flow_style=False,
    )
    return header + text


def yaml_line(key: str, value: str) -> str:
    """`key: value` as one line of YAML that reads back as this very value: quoted where
    YAML would read it otherwise (`seed: '#1.txt'`, which plain would be a comment)."""
    data = {key: value}
    line: str = yaml.safe_dump(data, allow_unicode=True, width=float("inf"))
    return line.rstrip("\n")
