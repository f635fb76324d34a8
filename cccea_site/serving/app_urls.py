"""URL patterns content apps add under the language prefixes.

The base's urls.py names no content app (the dependency rule): an app with
views of its own (a sign form's endpoint) registers its patterns from its
AppConfig.ready(), which runs before the URL configuration is first read.
They are matched before Wagtail's page URLs.
"""

_language_patterns = []


def register_language_patterns(patterns):
    """Serve `patterns` under /<lang>/, ahead of the page tree."""
    _language_patterns.extend(patterns)


def language_patterns():
    return list(_language_patterns)
