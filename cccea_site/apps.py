from django.apps import AppConfig, apps


class CcceaSiteConfig(AppConfig):
    name = "cccea_site"
    verbose_name = "Site"

    def ready(self):
        restore_page_routing()


def restore_page_routing():
    """Give every page type TranslatedPage.route back.

    wagtail-modeltranslation's ready() (its app is listed earlier) replaces the
    `route` of each translated page class with its own, which reads every child
    page; ours does the same lookup in one query (see TranslatedPage.route).
    """
    from cccea_site.models import TranslatedPage

    for model in apps.get_models():
        if issubclass(model, TranslatedPage):
            model.route = TranslatedPage.route
