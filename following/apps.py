from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowingConfig(AppConfig):
    name = "following"
    verbose_name = _("Following")

    def ready(self):
        from wagtail.signals import page_published

        from cccea_site.operations.interrupted_jobs import register_resumable_task
        from cccea_site.operations.scheduled_jobs import register_scheduled_job
        from cccea_site.serving.app_urls import register_language_patterns
        from following.tasks import announce, send_follow_confirmation
        from following.urls import urlpatterns

        register_language_patterns(urlpatterns)
        register_scheduled_job("delete unconfirmed followers", purge, 3600)
        # Both keep their place (following.delivery): run again, they send
        # nothing twice.
        register_resumable_task(send_follow_confirmation)
        register_resumable_task(announce)
        page_published.connect(announce_news, dispatch_uid="following-announce")


def purge():
    from following.services import followers_purge

    followers_purge()


def announce_news(sender, instance, **kwargs):
    """A followable page was published: record (and queue) what is new."""
    from following.pages import followable_models
    from following.services import record_announcements

    if sender in followable_models():
        record_announcements(instance)
        for page, key in getattr(instance, "news_for_other_pages", list)():
            record_announcements(page, [key])
