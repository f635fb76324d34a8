"""Send each admin notification email in its recipient's admin language.

Wagtail renders a notification for each recipient inside
`translation.override(profile.get_preferred_language())`. For someone who
never chose a language in their account, that method answers with the
language active while the email is sent, which is the *sender's*: a
moderator got a Japanese email because a translator working in Japanese
submitted a page. Two parts fix it, neither replacing Wagtail code:

1. `record_admin_language`, on every login: a user with no language in
   their profile gets the one the admin is shown to them in, i.e. what
   `get_preferred_language()` answers during their own login request (their
   browser's language if the admin has it, else the site default). Their
   admin looks as before, and emails to them follow it; they change it
   under Account > Locale, which also stops it following their browser.
2. `send_notifications_in_site_language`: Wagtail's workflow notifiers are
   connected under fixed `dispatch_uid`s (wagtail/admin/signal_handlers.py).
   Each is connected here under the same `dispatch_uid` (Django then ignores
   a second connection, whichever comes first), wrapped to run inside
   `translation.override(settings.LANGUAGE_CODE)`, so a recipient who has
   not logged in since (no recorded language) gets the site default rather
   than the sender's language. A recorded language still overrides it.

tests/translations/test_notification_language.py fails (an email in the
wrong language, or two emails) if Wagtail renames its notifiers or uids.
"""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.utils import translation


def record_admin_language(sender, request, user, **kwargs):
    """user_logged_in receiver: keep the admin language of a user who chose none."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        profile.preferred_language = profile.get_preferred_language()
        profile.save(update_fields=["preferred_language"])


class InSiteLanguage:
    """A signal receiver that runs `receiver` with the site's default language active."""

    def __init__(self, receiver):
        self.receiver = receiver

    def __call__(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return self.receiver(*args, **kwargs)


def wagtail_notifiers():
    """(signal, sender, dispatch_uid, notifier) as Wagtail's admin connects them."""
    from wagtail.admin import signal_handlers as wagtail_handlers
    from wagtail.models import TaskState, WorkflowState
    from wagtail.signals import (
        task_submitted,
        workflow_approved,
        workflow_rejected,
        workflow_submitted,
    )

    return [
        (
            task_submitted,
            TaskState,
            "group_approval_task_submitted_email_notification",
            wagtail_handlers.task_submission_email_notifier,
        ),
        (
            workflow_submitted,
            WorkflowState,
            "workflow_state_submitted_email_notification",
            wagtail_handlers.workflow_submission_email_notifier,
        ),
        (
            workflow_rejected,
            WorkflowState,
            "workflow_state_rejected_email_notification",
            wagtail_handlers.workflow_rejection_email_notifier,
        ),
        (
            workflow_approved,
            WorkflowState,
            "workflow_state_approved_email_notification",
            wagtail_handlers.workflow_approval_email_notifier,
        ),
    ]


def send_notifications_in_site_language():
    """Connect Wagtail's notifiers wrapped in InSiteLanguage, in its place."""
    for signal, sender, dispatch_uid, notifier in wagtail_notifiers():
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(
            InSiteLanguage(notifier),
            sender=sender,
            dispatch_uid=dispatch_uid,
            weak=False,  # nothing else holds the wrapper
        )


def connect_notification_language():
    """Called from CcceaSiteConfig.ready()."""
    user_logged_in.connect(
        record_admin_language, dispatch_uid="cccea_record_admin_language"
    )
    send_notifications_in_site_language()
