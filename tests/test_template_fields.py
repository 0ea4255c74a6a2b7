"""The templates against the page types that render them: every name a template reads is
a field of its page (or of the page's Frame), and every attribute it reads of a row is a
field of the row's type, followed through loops, `set`, includes and macro calls. So a
typo in a template, or a field renamed in `site/pages.py` or `site/rows.py`, fails here
rather than in a build (the templates render with StrictUndefined) or, for a test that
reads nothing, not at all. No build: the templates are parsed, not rendered."""

from __future__ import annotations

import dataclasses
import types
import typing
from pathlib import Path

import jinja2
from jinja2 import meta, nodes

from archive_site.site.pages import PAGES, Frame, View
from archive_site.site.render import environment

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"

Type = object  # a type as typing gives it (a class, list[X], X | None), or None: unknown


def hints(cls: type) -> dict[str, Type]:
    """A dataclass's fields, each with its type."""
    found = typing.get_type_hints(cls)
    return {f.name: found[f.name] for f in dataclasses.fields(cls)}


def page_names(page: type[View]) -> dict[str, Type]:
    """The names a page's template is given: its fields, and its frame's in its place."""
    out: dict[str, Type] = {}
    for name, hint in hints(page).items():
        if hint is Frame:
            out.update(hints(Frame))
        else:
            out[name] = hint
    return out


def members(hint: Type) -> list[Type]:
    """The types a value of this type may be, None aside: X | None -> [X]."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(hint) if a is not type(None)]
    return [hint]


def element(hint: Type) -> Type:
    """The type of an item of a list or tuple of this type."""
    for t in members(hint):
        if typing.get_origin(t) in (list, tuple):
            args = [a for a in typing.get_args(t) if a is not Ellipsis]
            if len(set(args)) == 1:
                return args[0]
    return None


class Checker:
    """Walks a template as its page renders it, knowing the type of each name it can."""

    def __init__(self, env: jinja2.Environment) -> None:
        self.env = env
        self.errors: list[str] = []
        self.seen: set[tuple[str, str, str]] = set()  # macros walked, with their arguments

    def parse(self, name: str) -> nodes.Template:
        assert self.env.loader is not None
        source = self.env.loader.get_source(self.env, name)[0]
        return self.env.parse(source, name)

    def page(self, page: type[View]) -> None:
        scope = dict(page_names(page))
        self.template(page.TEMPLATE, scope)

    def template(self, name: str, scope: dict[str, Type]) -> None:
        tree = self.parse(name)
        macros = self.macros(name, tree)
        self.body(tree.body, scope, name, macros)
        for parent in tree.find_all(nodes.Extends):
            assert isinstance(parent.template, nodes.Const)
            self.template(parent.template.value, scope)

    def macros(self, name: str, tree: nodes.Template) -> dict[str, object]:
        """The macros a template can call: its own, and those it imports (by name, or
        under the name of their template)."""
        own = {m.name: (name, m, tree) for m in tree.find_all(nodes.Macro)}
        out: dict[str, object] = dict(own)
        for found in tree.find_all((nodes.Import, nodes.FromImport)):
            assert isinstance(found.template, nodes.Const)
            other = found.template.value
            tree_of = self.parse(other)
            theirs = {m.name: (other, m, tree_of) for m in tree_of.find_all(nodes.Macro)}
            if isinstance(found, nodes.Import):
                out[found.target] = theirs
            else:
                for item in found.names:
                    real, alias = item if isinstance(item, tuple) else (item, item)
                    out[alias] = theirs[real]
        return out

    def body(
        self, body: list[nodes.Node], scope: dict[str, Type], name: str, macros: dict[str, object]
    ) -> None:
        for node in body:
            self.node(node, scope, name, macros)

    def node(
        self, node: nodes.Node, scope: dict[str, Type], name: str, macros: dict[str, object]
    ) -> None:
        if isinstance(node, nodes.Macro):
            return  # walked where it is called, with the types of its arguments
        if isinstance(node, nodes.Expr):
            self.type_of(node, scope, name, macros)
        elif isinstance(node, nodes.For):
            item = element(self.type_of(node.iter, scope, name, macros))
            inner = dict(scope)
            self.bind(node.target, item, inner)
            self.body(node.body, inner, name, macros)
            self.body(node.else_, dict(scope), name, macros)
        elif isinstance(node, nodes.Assign):
            value = self.type_of(node.node, scope, name, macros)
            self.bind(node.target, value, scope)
        elif isinstance(node, nodes.Include):
            assert isinstance(node.template, nodes.Const)
            self.template(node.template.value, scope)
        else:
            for child in node.iter_child_nodes():
                self.node(child, scope, name, macros)

    def bind(self, target: nodes.Node, hint: Type, scope: dict[str, Type]) -> None:
        if isinstance(target, nodes.Name):
            scope[target.name] = hint
        elif isinstance(target, nodes.Tuple):
            parts = [a for a in typing.get_args(hint) if a is not Ellipsis]
            for i, item in enumerate(target.items):
                self.bind(item, parts[i] if len(parts) == len(target.items) else None, scope)

    def attribute(self, hint: Type, attr: str, node: nodes.Node, name: str) -> Type:
        """The type of a field read of a row; an error where the row has no such field."""
        for t in members(hint):
            if isinstance(t, type) and dataclasses.is_dataclass(t):
                fields = hints(t)
                if attr in fields:
                    return fields[attr]
                if not isinstance(getattr(t, attr, None), property):
                    self.errors.append(
                        f"templates/{name}:{node.lineno}: {t.__name__} has no field {attr!r} "
                        f"(its fields: {', '.join(fields)})"
                    )
        return None

    def type_of(
        self, node: nodes.Node, scope: dict[str, Type], name: str, macros: dict[str, object]
    ) -> Type:
        if isinstance(node, nodes.Name):
            return scope.get(node.name)
        if isinstance(node, nodes.Getattr):
            return self.attribute(
                self.type_of(node.node, scope, name, macros), node.attr, node, name
            )
        if isinstance(node, nodes.Getitem):
            owner = self.type_of(node.node, scope, name, macros)
            key = node.arg
            if isinstance(key, nodes.Const) and isinstance(key.value, str):
                return self.attribute(owner, key.value, node, name)
            if isinstance(key, nodes.Const) and isinstance(key.value, int):
                return element(owner)
            self.type_of(key, scope, name, macros)
            return None
        if isinstance(node, nodes.Call):
            for arg in node.args:
                self.type_of(arg, scope, name, macros)
            self.call(node, scope, name, macros)
            self.type_of(node.node, scope, name, macros)
            return None
        for child in node.iter_child_nodes():
            self.type_of(child, scope, name, macros)
        return None

    def call(
        self, node: nodes.Call, scope: dict[str, Type], name: str, macros: dict[str, object]
    ) -> None:
        """A macro's call: its body walked with its parameters of the arguments' types."""
        found: object = None
        if isinstance(node.node, nodes.Name):
            found = macros.get(node.node.name)
        elif isinstance(node.node, nodes.Getattr) and isinstance(node.node.node, nodes.Name):
            space = macros.get(node.node.node.name)
            found = space.get(node.node.attr) if isinstance(space, dict) else None
        if not isinstance(found, tuple):
            return
        where, macro, tree = found
        given = [self.type_of(arg, scope, name, macros) for arg in node.args]
        params = {
            arg.name: given[i] if i < len(given) else None for i, arg in enumerate(macro.args)
        }
        key = (where, macro.name, repr(given))
        if key in self.seen:
            return
        self.seen.add(key)
        self.body(macro.body, params, where, self.macros(where, tree))


def check(env: jinja2.Environment) -> list[str]:
    checker = Checker(env)
    for page in PAGES:
        checker.page(page)
    return checker.errors


def read_names(env: jinja2.Environment, name: str, seen: set[str] | None = None) -> set[str]:
    """The names a template reads of its context, and those of the templates it extends
    or includes (which see the same context); not those of imported macros, which see
    none but the globals."""
    seen = seen if seen is not None else set()
    seen.add(name)
    assert env.loader is not None
    tree = env.parse(env.loader.get_source(env, name)[0])
    imported = {m.name for m in tree.find_all(nodes.Macro)}
    imported |= {i.target for i in tree.find_all(nodes.Import)} | {
        n if isinstance(n, str) else n[1] for i in tree.find_all(nodes.FromImport) for n in i.names
    }
    names = meta.find_undeclared_variables(tree) - imported  # its blocks see these, too
    for other in tree.find_all((nodes.Extends, nodes.Include)):
        assert isinstance(other.template, nodes.Const)
        if other.template.value not in seen:
            names |= read_names(env, other.template.value, seen)
    return names


def test_every_template_of_a_page_is_named_by_one_page_type() -> None:
    named = [page.TEMPLATE for page in PAGES]
    assert len(named) == len(set(named)), named
    pages = {p.name for p in TEMPLATES.glob("*.html") if not p.name.startswith("_")}
    assert sorted(pages - {"base.html"}) == sorted(named)


def test_every_name_a_template_reads_is_a_field_of_its_page() -> None:
    env = environment(TEMPLATES)
    for page in PAGES:
        unknown = read_names(env, page.TEMPLATE) - set(page_names(page)) - set(env.globals)
        assert not unknown, f"templates/{page.TEMPLATE} reads {sorted(unknown)}, not a field"


def test_a_macro_template_reads_only_the_globals() -> None:
    env = environment(TEMPLATES)
    for path in sorted(TEMPLATES.glob("_*.html")):
        if path.name == "_mentions.html":  # included, and so held to its pages' fields
            continue
        unknown = read_names(env, path.name) - set(env.globals)
        assert not unknown, f"templates/{path.name} reads {sorted(unknown)}"


def test_every_field_a_template_reads_of_a_row_is_a_field_of_its_type() -> None:
    assert check(environment(TEMPLATES)) == []


def with_template(name: str, old: str, new: str) -> jinja2.Environment:
    """The templates, with one of them edited."""
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    assert old in source
    loader = jinja2.ChoiceLoader(
        [jinja2.DictLoader({name: source.replace(old, new)}), jinja2.FileSystemLoader(TEMPLATES)]
    )
    return jinja2.Environment(loader=loader, autoescape=True)


def test_a_misspelt_field_of_a_row_is_found_where_the_template_reads_it() -> None:
    env = with_template("_mentions.html", "{{ m.snippet }}", "{{ m.snipet }}")
    errors = check(env)
    assert errors and all("MentionRow has no field 'snipet'" in e for e in errors), errors
    assert errors[0].startswith("templates/_mentions.html:5: ")


def test_a_misspelt_field_inside_a_macro_is_found_through_its_call() -> None:
    env = with_template("_spans.html", "block.version", "block.verison")
    assert any("BlockRow has no field 'verison'" in e for e in check(env))
    env = with_template("_downloads.html", "{{ x.label }}", "{{ x.name }}")
    assert any("Link has no field 'name'" in e for e in check(env))
