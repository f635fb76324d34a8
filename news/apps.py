from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "News and publications"

    def ready(self):
        from wagtail.documents import get_document_model

        from cccea_site.search.query import register_result_type
        from cccea_site.serving.page_cache import invalidate_when_changed
        from news.models import NewsPage, PublicationPage, Topic
        from news.related import register_related_content

        # Topic names show on every news and publication page, card and filter.
        invalidate_when_changed(Topic)
        # A publication page shows its files' sizes and types.
        invalidate_when_changed(get_document_model())
        register_related_content()
        register_result_type(
            "news", _("News and statements"), lambda: NewsPage.objects.values("id"), 40
        )
        register_result_type(
            "publication",
            _("Publications"),
            lambda: PublicationPage.objects.values("id"),
            50,
        )
