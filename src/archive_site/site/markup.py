"""A printed line of a document as HTML: its runs of spans, a mention's run linked to its
entity, the editor's apparatus marked and explained. Written here rather than as template
macros: a page calls it once for every line and note, and Jinja's macro calls were half
the time of rendering a document page. The templates place each line (`linked(line)`);
the markup of a line is this module's."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup
from markupsafe import escape as markup_escape

from .rows import EditorialSpan, RunRow, SpanRow


def escape(value: object) -> str:
    """`markupsafe.escape(value)`, as text: a text is escaped in place, with no Markup made
    of each of the hundreds of thousands of pieces a long document's page holds."""
    if type(value) is str:
        return (
            value.replace("&", "&amp;")
            .replace(">", "&gt;")
            .replace("<", "&lt;")
            .replace("'", "&#39;")
            .replace('"', "&#34;")
        )
    return str(markup_escape(value))


def linked(groups: Sequence[RunRow]) -> Markup:
    """A line (or a cell, or a note's inside): each run, a mention's in its link."""
    out = []
    for group in groups:
        inner = spans(group.spans)
        link = group.link
        if link:
            out.append(
                f'<a class="mention" href="{escape(link.href)}" '
                f'data-entity="{escape(link.entity)}" '
                f'aria-describedby="{escape(link.describedby)}">{inner}</a>'
            )
        else:
            out.append(inner)
    return Markup("".join(out))


def spans(views: Sequence[SpanRow | EditorialSpan]) -> str:
    out: list[str] = []
    for view in views:
        if isinstance(view, EditorialSpan):
            out.append(editorial(view))
        elif view.kind == "text":
            out.append(escape(view.text))
        else:
            out.append(f'<span class="span span-{escape(view.kind)}">{escape(view.text)}</span>')
    return "".join(out)


def editorial(view: EditorialSpan) -> str:
    """An editor's or translator's bracket: marked, explained to screen readers, and
    where it begins a page of the original, the page's anchor and label."""
    out = [f'<span class="anchor-alias" id="{escape(a)}"></span>' for a in view.aliases]
    tag = "a" if view.href is not None else "span"  # a note's marker, and the way back
    out.append(f'<{tag} class="span span-editorial ed-{escape(view.sub)}"')
    if view.href is not None:
        out.append(f' href="{escape(view.href)}"')
    elif view.focusable:
        out.append(' tabindex="0"')
    out.append(f' data-explain="{escape(view.explain)}"')
    if view.anchor:
        out.append(f' id="{escape(view.anchor)}"')
    out.append(">")
    out.append(f"[{linked(view.inner)}]" if view.inner is not None else escape(view.text))
    out.append(f'<span class="visually-hidden"> ({escape(view.explain)})</span></{tag}>')
    if view.page is not None:
        out.append(
            f'<span class="page-label" data-ui aria-hidden="true">p. {escape(view.page)}</span>'
        )
    return "".join(out)
