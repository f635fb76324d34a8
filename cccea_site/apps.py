from django.apps import AppConfig, apps


class CcceaSiteConfig(AppConfig):
    name = "cccea_site"
    verbose_name = "Site"

    def ready(self):
        from cccea_site.page_cache import connect_invalidation_signals

        restore_page_routing()
        connect_invalidation_signals()


def restore_page_routing():
    """Undo wagtail-modeltranslation's replacement of each page type's `route`.

    Its ready() (the app is listed earlier) sets its own `route` on every
    translated page class; that one reads every child of each page on the way.
    Removing it lets the class hierarchy's own route apply again:
    TranslatedPage.route (one query per level), behind RoutablePageMixin's
    where a page has sub-routes.
    """
    from wagtail_modeltranslation.patch_wagtailadmin import _new_route

    from cccea_site.models import TranslatedPage

    for model in apps.get_models():
        if issubclass(model, TranslatedPage) and vars(model).get("route") is _new_route:
            delattr(model, "route")
