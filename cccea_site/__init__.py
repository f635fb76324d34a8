"""The site package: settings, URLs and the parts every content app shares.

Grouped by concern, one room each:

- settings/, urls.py, wsgi.py: where Django expects them.
- models.py, translation.py, wagtail_hooks.py, migrations/, templatetags/,
  management/commands/: where Django, modeltranslation and Wagtail look.
- pages/: the base package: TranslatedPage, standard pages, site settings,
  footer, pagination, publishing checks (its docstring states the dependency
  rule).
- home/: the home page, the one page here that lists content apps' pages.
- serving/: the request path and its caches: page cache, render memo, route
  table, page tree lists, resilient Redis cache, compression.
- languages/: translated fields and their fallback, slug redirects, the
  translation status report.
- search/: CJK-aware indexing text, the search query and its view.
- seo/: descriptions and share images, sitemap, robots.txt.
- operations/: health check, JSON logs, start-up checks, the 500 page.
- demo_content/: the demo site's orchestrator, shared loader helpers and the
  site's own demo text.

docs/architecture.md walks a request through these rooms.
"""
