from django.apps import AppConfig, apps


class CcceaSiteConfig(AppConfig):
    name = "cccea_site"
    verbose_name = "Site"

    def ready(self):
        from django.core import checks
        from django.core.signals import got_request_exception

        from cccea_site.languages.fingerprint_signals import (
            connect_fingerprint_signals,
        )
        from cccea_site.languages.notification_language import (
            connect_notification_language,
        )
        from cccea_site.languages.sibling_slugs import replace_slug_validation
        from cccea_site.operations.demo_editor import check_no_demo_editor
        from cccea_site.operations.interrupted_jobs import (
            register_resumable_task,
            requeue_interrupted_jobs,
        )
        from cccea_site.operations.outage import note_request_exception
        from cccea_site.operations.password_reset import send_password_reset
        from cccea_site.operations.scheduled_jobs import register_scheduled_job
        from cccea_site.serving.page_cache import connect_invalidation_signals
        from cccea_site.serving.site_root_paths import (
            keep_site_root_paths_per_generation,
        )

        restore_page_routing()
        replace_slug_validation(apps.get_models())
        keep_site_root_paths_per_generation()
        # A deployment refuses the local demo editor account (cccea_site.E001).
        checks.register(check_no_demo_editor, checks.Tags.security, deploy=True)
        connect_invalidation_signals()
        connect_notification_language()
        connect_fingerprint_signals()
        got_request_exception.connect(
            note_request_exception, dispatch_uid="database-outage"
        )
        register_scheduled_job(
            "requeue interrupted background jobs", requeue_interrupted_jobs, 300
        )
        # Run twice, it sends a second reset email: harmless, unlike none.
        register_resumable_task(send_password_reset)


def restore_page_routing():
    """Undo wagtail-modeltranslation's replacement of each page type's `route`.

    Its ready() (the app is listed earlier) sets its own `route` on every
    translated page class; that one reads every child of each page on the way.
    Removing it lets the class hierarchy's own route apply again:
    TranslatedPage.route (one query per level), behind RoutablePageMixin's
    where a page has sub-routes.
    """
    from cccea_site.pages.base import TranslatedPage

    for model in apps.get_models():
        if issubclass(model, TranslatedPage) and is_patched_route(vars(model)):
            delattr(model, "route")


def is_patched_route(class_namespace):
    """Whether a class's own `route` is the one wagtail-modeltranslation set.

    Recognised by the module it comes from, not by importing the private
    function: tests/cccea_site/test_query_counts.py fails (more queries per
    page) if an upgrade patches it some other way.
    """
    route = class_namespace.get("route")
    return getattr(route, "__module__", "").startswith("wagtail_modeltranslation")
