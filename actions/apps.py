from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class ActionsConfig(AppConfig):
    name = "actions"
    verbose_name = pgettext_lazy("petitions or pledges", "Actions")

    def ready(self):
        from actions.models import Action
        from actions.tasks import send_confirmation
        from actions.urls import urlpatterns
        from cccea_site.operations.interrupted_jobs import register_resumable_task
        from cccea_site.operations.scheduled_jobs import register_scheduled_job
        from cccea_site.serving.app_urls import register_language_patterns
        from cccea_site.serving.page_cache import invalidate_when_changed

        # An edited action (its text, goal, closing) shows on its pages at
        # once. Signatures never start a new generation: pages with an
        # action are kept for at most ACTIONS_COUNT_SECONDS instead.
        invalidate_when_changed(Action)
        register_language_patterns(urlpatterns)
        register_scheduled_job("delete signatures past retention", purge, 3600)
        # Its delivery is keyed on the message (actions.delivery): a job run
        # again after its worker was killed sends nothing twice.
        register_resumable_task(send_confirmation)


def purge():
    from actions.services import signatures_purge

    signatures_purge()
