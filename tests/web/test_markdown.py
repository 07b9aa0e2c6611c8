"""Markdown from statements, editorials and quizzes becomes HTML that cannot run anything."""

from __future__ import annotations

import re

import pytest
from markupsafe import Markup

from winterarc.web.markdown import render_markdown


def html(text: str) -> str:
    return str(render_markdown(text))


def tags(rendered: str) -> set[str]:
    return {name.lower() for name in re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", rendered)}


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "<iframe src='https://evil.example'></iframe>",
    "<style>body { display: none }</style>",
    "<b onclick=alert(1)>bold</b>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">click</a>',
    "<!-- a comment --><div>raw</div>",
    "| a |\n|---|\n| <script>alert(1)</script> |",
    "<details open ontoggle=alert(1)>x</details>",
]


@pytest.mark.parametrize("source", HOSTILE)
def test_raw_html_is_shown_as_text_never_as_markup(source: str) -> None:
    rendered = html(source)
    assert tags(rendered) <= {"p", "table", "thead", "tbody", "tr", "th", "td"}, rendered
    assert "<script" not in rendered.lower()
    assert not re.search(r"<[^>]+\son\w+=", rendered), rendered


def test_a_script_tag_stays_visible_as_escaped_text() -> None:
    assert html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"


@pytest.mark.parametrize(
    "source",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](<javascript:alert(1)>)",
        "[click](javascript&#58;alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<javascript:alert(1)>",
        "![img](javascript:alert(1))",
        "![img](data:text/html,<script>alert(1)</script>)",
    ],
)
def test_script_urls_never_become_links_or_images(source: str) -> None:
    rendered = html(source)
    assert "href=" not in rendered
    assert "src=" not in rendered


def test_ordinary_links_and_images_survive_with_safe_rel() -> None:
    rendered = html('[docs](https://docs.python.org/3/) and ![chart](/static/a.png "A chart")')
    assert '<a href="https://docs.python.org/3/" rel="noopener noreferrer nofollow">docs</a>' in (
        rendered
    )
    assert '<img src="/static/a.png" alt="chart" title="A chart">' in rendered
    assert 'href="mailto:a@example.com"' in html("[mail](mailto:a@example.com)")


def test_table_alignment_becomes_classes_not_style_attributes() -> None:
    rendered = html("| left | centre | right | none |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |")
    assert "style=" not in rendered
    assert '<th class="align-left">left</th>' in rendered
    assert '<th class="align-center">centre</th>' in rendered
    assert '<th class="align-right">right</th>' in rendered
    assert "<th>none</th>" in rendered
    assert '<td class="align-left">1</td>' in rendered
    assert '<td class="align-right">3</td>' in rendered
    assert "<td>4</td>" in rendered


def test_code_blocks_keep_their_language_class_and_escape_their_content() -> None:
    rendered = html("```python\nif a < b and c > d:\n    print('<script>')\n```")
    assert rendered.startswith('<pre><code class="language-python">')
    assert "if a &lt; b and c &gt; d:" in rendered
    assert "&lt;script&gt;" in rendered and "<script>" not in rendered


def test_inline_code_is_escaped() -> None:
    assert html("`<b>`") == "<p><code>&lt;b&gt;</code></p>\n"


def test_the_usual_markdown_still_renders() -> None:
    rendered = html("# Title\n\n> quoted\n\n- one\n\n1. first\n\n---\n\n**bold** *em*  \nnext")
    assert {"h1", "blockquote", "ul", "ol", "li", "hr", "strong", "em", "br"} <= tags(rendered)


def test_strikethrough_is_kept() -> None:
    # The renderer enables strikethrough; the struck text must still look struck, or
    # "~~O(n^2)~~ O(n)" reads as if both complexities held.
    rendered = html("~~O(n^2)~~ O(n)")
    assert re.search(r"<(s|del)>O\(n\^2\)</\1>", rendered), rendered


@pytest.mark.parametrize("empty", ["", None])
def test_empty_input_gives_empty_markup(empty: str | None) -> None:
    rendered = render_markdown(empty)
    assert isinstance(rendered, Markup)
    assert rendered == ""


def test_the_result_is_markup_so_templates_do_not_escape_it_again() -> None:
    assert isinstance(render_markdown("*x*"), Markup)
