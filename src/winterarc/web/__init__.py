"""The browser side: cookie sessions, CSRF, templates, Markdown and HTML error pages.

Each domain keeps its own `pages.py`; this package holds what those pages share."""
