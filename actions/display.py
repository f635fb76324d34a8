"""What a page shows of an action: texts, count, goal, and the form.

One query per render reads the action with its confirmed count; a page with
no action reads nothing. The page is then kept in the page cache for at most
ACTIONS_COUNT_SECONDS (page_cache.keep_at_most), so the count shown is never
older than that, and a signature never starts a new cache generation.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse

from actions.forms import SignForm
from actions.models import Action
from cccea_site.languages.translated_fields import resolve_each, resolve_fields
from cccea_site.serving.page_cache import keep_at_most

SHOWN_FIELDS = ("title", "addressed_to", "text", "consent_notice", "thanks_text")


@dataclass
class ActionView:
    """An action as a template shows it."""

    action: Action
    fields: dict
    form: SignForm | None = None
    errors: list = field(default_factory=list)

    @property
    def is_open(self):
        return self.action.is_open()

    @property
    def count(self):
        return self.action.confirmed_count

    @property
    def goal(self):
        return self.action.goal

    @property
    def progress(self):
        return self.action.progress_percent()

    @property
    def progress_value(self):
        """The count, as far as the goal: a progress bar's value."""
        return min(self.count, self.goal or 0)

    @property
    def sign_url(self):
        return reverse("actions:sign", args=[self.action.pk])

    @property
    def closed_on(self):
        return self.action.closed_on()

    @property
    def collected_items(self):
        return self.action.collected_items()

    @property
    def unconfirmed_days(self):
        return settings.ACTIONS_UNCONFIRMED_DAYS


def action_view(action, form=None):
    if form is None and action.is_open():
        form = SignForm(action=action)
    return ActionView(action, resolve_fields(action, SHOWN_FIELDS), form)


def action_on_page(request, action_id, action=None):
    """{"action": ActionView} for a page carrying action `action_id`, else {}.
    `action`, when given, is that action already read with its count
    (`confirmed_now`), as a page's serving query reads it."""
    if action_id is None:
        return {}
    if action is None:
        action = Action.objects.with_counts().filter(pk=action_id).first()
    if action is None:
        return {}
    keep_at_most(request, settings.ACTIONS_COUNT_SECONDS)
    return {"action": action_view(action)}


def counts_for_cards(request, action_ids):
    """{action id: (count, goal, open)} for the cards of a listing, in one
    query; nothing read, and the page's lifetime untouched, without any."""
    action_ids = {pk for pk in action_ids if pk}
    if not action_ids:
        return {}
    keep_at_most(request, settings.ACTIONS_COUNT_SECONDS)
    actions = Action.objects.with_counts().filter(pk__in=action_ids)
    return {item.object.pk: item for item in resolve_each(actions, ("title",))}
