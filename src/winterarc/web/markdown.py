"""Markdown to safe HTML: statements, editorials, quiz text and anything users write.

Two layers: markdown-it renders with raw HTML disabled (a `<script>` becomes text), and nh3
(ammonia) then keeps only an allow-list of tags and attributes, so even a renderer bug or a
`javascript:` link cannot reach the page."""

from __future__ import annotations

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markupsafe import Markup

_TAGS = {
    "a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "li", "ol", "p", "pre", "s", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
    "img",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "code": {"class"},
    "th": {"class"},
    "td": {"class"},
}
_ALIGN_CLASSES = {"text-align:left": "align-left", "text-align:center": "align-center",
                  "text-align:right": "align-right"}  # fmt: skip


def _alignment_as_classes(state: StateCore) -> None:
    # The Content-Security-Policy forbids style attributes: table alignment becomes a class.
    for token in state.tokens:
        style = token.attrs.pop("style", None) if token.attrs else None
        if isinstance(style, str) and style in _ALIGN_CLASSES:
            token.attrSet("class", _ALIGN_CLASSES[style])


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table").enable("strikethrough")
    md.core.ruler.push("alignment_as_classes", _alignment_as_classes)
    return md


def _sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def render_markdown(text: str | None) -> Markup:
    """Safe HTML for a template; empty text gives empty markup."""
    if not text:
        return Markup("")
    return Markup(_sanitise(_renderer().render(text)))  # noqa: S704 (sanitised just above)
