"""The base of every page: TranslatedPage.

It resolves the fields a template shows in the visitor's language (noting
which fell back to English), lets editors find pages by their title in any
language, stores empty rich text as empty so the English fallback works, and
routes and checks view restrictions from per-generation tables
(cccea_site.serving.routing).
"""

from http import HTTPMethod

from django.conf import settings
from django.http import Http404
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname, get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.url_routing import RouteResult

from cccea_site.languages import slug_redirects
from cccea_site.languages.translated_fields import (
    RegisteredTranslatedFields,
    any_fallback,
    blank_empty_rich_text,
    in_every_language,
    resolve_fields,
)
from cccea_site.pages.footer import footer_content
from cccea_site.pages.forms import TranslatedPageForm
from cccea_site.pages.related import related_sections
from cccea_site.search.text import index_text
from cccea_site.seo.meta import page_description
from cccea_site.serving import routing

# The rich-text toolbar editors get on every page: enough for structured text,
# nothing that lets them do layout.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


def title_autocomplete_fields():
    """Let the admin's page search and chooser match titles in every language."""
    return [
        index.AutocompleteField(build_localized_fieldname("title", code))
        for code, _name in settings.LANGUAGES
    ]


class TranslatedPage(Page):
    """Base for every page type; not a page editors create by itself."""

    # Fields the page's template shows, resolved with fallback into
    # context["fields"], and searched: those each app registers in its
    # translation.py, read from modeltranslation's registry.
    translated_fields = RegisteredTranslatedFields()
    # Fields whose text a search result or link preview quotes (the first
    # with content) when the page has no search description of its own.
    description_fields = ()

    # Titles and texts in every language, CJK split into pieces (search_text),
    # titles weighted up.
    search_fields = [
        *Page.search_fields,
        *title_autocomplete_fields(),
        index.SearchField("search_title_text", boost=5),
        index.SearchField("search_body_text"),
    ]

    # Translators may change translations only (cccea_site.pages.forms).
    base_form_class = TranslatedPageForm

    # Pages are read, never written to: anything else gets 405 Method Not Allowed.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    class Meta:
        abstract = True

    @property
    def body_class(self):
        """`template-<modelname>`, as Wagtail's project template names it."""
        return f"template-{self._meta.model_name}"

    def save(self, *args, **kwargs):
        # The untranslated columns (title, draft_title, a revision's name)
        # hold English whatever the admin language of whoever saves: read in
        # Japanese, `title` is the Japanese title, and a translator's save
        # renamed the page for everyone in listings and notifications.
        with translation.override(settings.LANGUAGE_CODE):
            return self.save_with_redirects(*args, **kwargs)

    def save_with_redirects(self, *args, **kwargs):
        blank_empty_rich_text(self)
        if self.pk is None or not slug_redirects.may_change_paths(
            kwargs.get("update_fields")
        ):
            return super().save(*args, **kwargs)
        old_paths = slug_redirects.paths_before_save(self)
        result = super().save(*args, **kwargs)
        slug_redirects.leave_redirects(self, old_paths)
        return result

    def save_revision(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):  # as save() above
            return super().save_revision(*args, **kwargs)

    def get_admin_display_title(self):
        """The title in the admin user's language where there is one.

        The stored draft title is English (save() above); an editor working
        in Chinese, Japanese or Korean sees the page's title in that
        language once it is translated.
        """
        language = translation.get_language()
        if language and language != settings.LANGUAGE_CODE:
            field = build_localized_fieldname("title", language)
            translated = self.__dict__.get(field)
            if translated:
                return translated
        return super().get_admin_display_title()

    def route(self, request, path_components):
        """Find the page for a path with one query, for the page itself.

        Wagtail (and wagtail-modeltranslation's patch, which loads every
        child of each page on the way) walks the tree a level at a time.
        cccea_site.serving.routing looks the path up in a table of every
        page's URL path in each language, built once per content generation
        from the same columns `get_url()` reads; the page found routes what
        is left (a sub-route such as print/, or a 404). cccea_site.apps
        removes wagtail-modeltranslation's patch.
        """
        if not path_components:
            if self.live:
                return RouteResult(self)
            raise Http404
        found = routing.find_descendant(request, self, get_language(), path_components)
        if found is None:
            raise Http404
        page, remaining = found
        return page.route(request, remaining)

    def get_view_restrictions(self):
        """Wagtail's answer, without its two queries per request.

        Restrictions are few and change only with a new generation, so the
        paths they apply to are read once per generation, with the route
        table: a page without any is answered by an empty queryset, no SQL.
        Aliases, which take their source page's restrictions, are left to
        Wagtail.
        """
        table = routing.route_table(None)
        if self.alias_of_id or table.is_under_alias(self.path):
            return super().get_view_restrictions()
        ids = table.restriction_ids(self.path)
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)

    @property
    def preview_modes(self):
        """One preview per language, each language named in itself, so a
        translator previews the Japanese page whatever their admin language."""
        return [(code, name) for code, name in settings.LANGUAGES]

    @property
    def default_preview_mode(self):
        """The admin user's language, when the site has it; else English."""
        language = translation.get_language()
        codes = [code for code, _name in settings.LANGUAGES]
        return language if language in codes else settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        """The page in the language of the preview mode, embeddable by the admin.

        Rendered while that language is active (a TemplateResponse renders
        late, after the language would be restored). Public pages refuse to
        be framed; the admin's preview panel frames this response, so it
        allows the site's own origin, and only for previews.
        """
        language = mode_name or self.default_preview_mode
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.preview_response(request, mode_name)
            if hasattr(response, "render") and callable(response.render):
                response.render()
        allow_framing_by_the_admin(response)
        return response

    def preview_response(self, request, mode_name):
        """The preview as Wagtail renders it (routable pages route it)."""
        return super().serve_preview(request, mode_name)

    def get_context(self, request, *args, with_footer=True, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["fields"] = resolve_fields(self, self.translated_fields)
        context["meta_description"] = page_description(self)
        if with_footer:
            context["footer"] = footer_content(request)
        context.update(self.get_listing_context(request))
        # What other apps show on this page ("Latest on this case"); not on
        # a page's printable sheet, which has no footer either.
        context["related_sections"] = (
            related_sections(request, self) if with_footer else []
        )
        # One notice per page when anything on it is shown in English instead.
        context["shows_fallback"] = any_fallback(
            [*context.values(), *(s.items for s in context["related_sections"])]
        )
        return context

    def get_listing_context(self, request):
        """Inline items and child listings the template shows, already resolved."""
        return {}

    def share_image(self):
        """The picture for link previews; None for the site's default."""
        return None

    def search_title_text(self):
        return index_text(*in_every_language(self, "title"))

    def search_body_text(self):
        texts = [
            value
            for field_name in self.translated_fields
            if field_name != "title"
            for value in in_every_language(self, field_name)
        ]
        return index_text(*texts, *self.extra_search_texts())

    def extra_search_texts(self):
        """Other texts visitors may search for (inline items, names)."""
        return []


def allow_framing_by_the_admin(response):
    """Let the admin (same origin) show this response in its preview panel."""
    response["X-Frame-Options"] = "SAMEORIGIN"
    response._csp_replace = {"frame-ancestors": ["'self'"]}


class TranslatedRoutablePage(RoutablePageMixin, TranslatedPage):
    """Base for page types with sub-routes (a feed, a printable sheet).

    RoutablePageMixin's serve_preview comes first in such a class; this one
    puts TranslatedPage's back in front (the preview's language and framing)
    and lets the mixin route the preview itself.
    """

    class Meta:
        abstract = True

    def serve_preview(self, request, mode_name):
        return TranslatedPage.serve_preview(self, request, mode_name)

    def preview_response(self, request, mode_name):
        return RoutablePageMixin.serve_preview(self, request, mode_name)
