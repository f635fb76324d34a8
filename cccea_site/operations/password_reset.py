"""The admin's password reset, answered in the same time for any address.

Django's reset form sends the email inside the request, and only when the
address belongs to an account: with a real SMTP relay the response then
takes a second longer for a known address, which tells an outsider who has
an account. This form does the same lookup, then enqueues one background
job for every request, known address or not, carrying the accounts' ids
(an empty list for an unknown address): the request does the same work
either way, and the worker renders and sends the emails.

The job holds ids, never an address or a reset token: the worker makes the
token when it sends, so nothing secret or personal waits in the job table.
"""

from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site
from django.utils import translation
from django_tasks import task
from wagtail.admin.forms.auth import PasswordResetForm


class BackgroundPasswordResetForm(PasswordResetForm):
    def save(
        self,
        domain_override=None,
        subject_template_name="registration/password_reset_subject.txt",
        email_template_name="registration/password_reset_email.html",
        use_https=False,
        token_generator=None,  # the worker uses Django's default generator
        from_email=None,
        request=None,
        html_email_template_name=None,
        extra_email_context=None,
    ):
        if domain_override:
            domain = site_name = domain_override
        else:
            site = get_current_site(request)
            domain, site_name = site.domain, site.name
        user_ids = [user.pk for user in self.get_users(self.cleaned_data["email"])]
        return send_password_reset.enqueue(
            user_ids,
            language=translation.get_language(),
            domain=domain,
            site_name=site_name,
            use_https=use_https,
            templates={
                "subject_template_name": subject_template_name,
                "email_template_name": email_template_name,
                "html_email_template_name": html_email_template_name,
            },
            from_email=from_email,
        )


class ResetEmailsForAccounts(PasswordResetForm):
    """Django's reset emails, for accounts named by id (in the worker)."""

    def __init__(self, user_ids):
        super().__init__()
        self.user_ids = user_ids
        self.cleaned_data = {"email": ""}

    def get_users(self, email):
        # Still active, with a password to reset, when the job runs.
        accounts = get_user_model()._default_manager.filter(
            pk__in=self.user_ids, is_active=True
        )
        return (user for user in accounts if user.has_usable_password())


@task()
def send_password_reset(
    user_ids, language, domain, site_name, use_https, templates, from_email
):
    """Send the reset emails of one request (none for an unknown address).

    Django's send_mail logs a failed send with the account's id only; the
    person asks again, as after any lost email.
    """
    if not user_ids:
        return "no account"
    emails = ResetEmailsForAccounts(user_ids)
    with translation.override(language):
        # save() makes each token now, from the account's current state.
        emails.save(
            domain_override=domain,
            use_https=use_https,
            from_email=from_email,
            extra_email_context={"site_name": site_name},
            **templates,
        )
    return "sent"
