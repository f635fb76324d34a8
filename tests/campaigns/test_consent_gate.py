"""An urgent appeal is only published once the workers and partner agree."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Revision

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignPage
from tests.admin_forms import (
    edit_url,
    form_errors,
    submit_create_form,
    submit_edit_form,
)

CONSENT_ERROR = "An urgent appeal can only be published once the workers concerned"


@pytest.fixture
def appeal_draft(site_tree):
    page = CampaignPageFactory(
        parent=site_tree.campaigns,
        slug="secret-appeal",
        title="Appeal awaiting consent",
        live=False,
        publication_consent=False,
    )
    page.save_revision()
    return page


def test_publish_without_consent_is_refused_with_the_reason(editor, appeal_draft):
    response = submit_edit_form(
        editor, appeal_draft, "action-publish", title_en="Edited title"
    )

    assert response.status_code == 200  # the form again, edits still in it
    html = response.content.decode()
    assert any(CONSENT_ERROR in error for error in form_errors(html))
    assert 'value="Edited title"' in html
    appeal_draft.refresh_from_db()
    assert not appeal_draft.live
    assert editor.get("/en/campaigns/secret-appeal/").status_code == 404


def test_the_draft_can_still_be_saved_without_consent(editor, appeal_draft):
    response = submit_edit_form(editor, appeal_draft, title_en="Edited title")

    assert response.status_code == 302
    appeal_draft.refresh_from_db()
    assert not appeal_draft.live
    assert appeal_draft.get_latest_revision_as_object().title_en == "Edited title"


def test_publish_with_consent_goes_live(editor, appeal_draft, client):
    response = submit_edit_form(
        editor, appeal_draft, "action-publish", publication_consent="on"
    )

    assert response.status_code == 302
    appeal_draft.refresh_from_db()
    assert appeal_draft.live


def test_a_campaign_needs_no_consent(editor, appeal_draft):
    response = submit_edit_form(
        editor, appeal_draft, "action-publish", kind=CampaignPage.Kind.CAMPAIGN
    )
    assert response.status_code == 302


def test_no_code_path_publishes_without_consent(appeal_draft):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        appeal_draft.save_revision().publish()
    appeal_draft.refresh_from_db()
    assert not appeal_draft.live


def test_the_admin_explains_the_consent_box(editor, appeal_draft):
    html = editor.get(f"/admin/pages/{appeal_draft.id}/edit/").content.decode()
    assert "can put workers at risk of retaliation" in html


# Moderation: Wagtail's default workflow ("Moderators approval") covers every
# page, so an editor may submit a draft and a moderator approves it.


def submit_for_moderation(editor, page, **changes):
    response = submit_edit_form(editor, page, "action-submit", **changes)
    assert response.status_code == 302
    page.refresh_from_db()
    return page.current_workflow_task_state


def approve(editor, page, task_state, **headers):
    """Approve from the dashboard or the status panel's dialog."""
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.id, "approve", task_state.id]
    )
    return editor.post(url, {"comment": ""}, headers=headers)


def test_an_appeal_may_go_to_moderation_before_consent(editor, appeal_draft):
    task_state = submit_for_moderation(editor, appeal_draft)
    assert task_state.status == "in_progress"
    appeal_draft.refresh_from_db()
    assert not appeal_draft.live


def test_approving_after_consent_was_withdrawn_is_refused_with_the_reason(
    editor, appeal_draft
):
    task_state = submit_for_moderation(editor, appeal_draft, publication_consent="on")
    # Consent withdrawn in a later draft, while the moderator is reviewing.
    submit_edit_form(editor, appeal_draft, publication_consent=None)

    response = approve(editor, appeal_draft, task_state)

    assert response.status_code == 302
    assert response["Location"] == edit_url(appeal_draft)
    messages = editor.get(response["Location"]).content.decode()
    assert "Not published: " + CONSENT_ERROR in messages
    appeal_draft.refresh_from_db()
    assert not appeal_draft.live
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"  # the approval is undone whole


def test_the_approval_dialog_is_sent_to_the_edit_view(editor, appeal_draft):
    task_state = submit_for_moderation(editor, appeal_draft)

    response = approve(
        editor, appeal_draft, task_state, x_requested_with="XMLHttpRequest"
    )

    assert response.status_code == 200
    assert response.json()["step"] == "success"
    assert response.json()["redirect"] == edit_url(appeal_draft)
    appeal_draft.refresh_from_db()
    assert not appeal_draft.live


def test_the_moderator_ticks_consent_and_approves(editor, appeal_draft, client):
    task_state = submit_for_moderation(editor, appeal_draft)
    assert approve(editor, appeal_draft, task_state).status_code == 302

    refused = submit_edit_form(
        editor,
        appeal_draft,
        "action-workflow-action",
        script_data={"workflow-action-name": "approve"},
    )
    assert refused.status_code == 200
    assert any(
        CONSENT_ERROR in error for error in form_errors(refused.content.decode())
    )

    approved = submit_edit_form(
        editor,
        appeal_draft,
        "action-workflow-action",
        publication_consent="on",
        script_data={"workflow-action-name": "approve"},
    )
    assert approved.status_code == 302
    appeal_draft.refresh_from_db()
    assert appeal_draft.live
    assert editor.get("/en/campaigns/secret-appeal/").status_code == 200


def test_a_scheduled_appeal_is_checked_when_approved_not_when_due(editor, appeal_draft):
    task_state = submit_for_moderation(
        editor, appeal_draft, go_live_at="2030-01-06 09:00"
    )

    response = approve(editor, appeal_draft, task_state)

    assert response["Location"] == edit_url(appeal_draft)
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    call_command("publish_scheduled")  # nothing to publish, nothing to fail
    appeal_draft.refresh_from_db()
    assert not appeal_draft.live


def bulk_publish(editor, pages, include_descendants=False):
    """Select pages in a listing, choose Publish, confirm."""
    ids = "&".join(f"id={page.id}" for page in pages)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    data = {"include_descendants": "on"} if include_descendants else {}
    response = editor.post(f"{url}?{ids}&next=/admin/", data)
    assert response.status_code == 302
    return editor.get(response["Location"]).content.decode()


def test_bulk_publish_leaves_an_appeal_without_consent_and_says_why(
    editor, appeal_draft
):
    campaign = CampaignPageFactory(
        parent=appeal_draft.get_parent(), kind=CampaignPage.Kind.CAMPAIGN, live=False
    )
    campaign.save_revision()

    messages = bulk_publish(editor, [appeal_draft, campaign])

    assert f"Not published: “{appeal_draft.title}”: {CONSENT_ERROR}" in messages
    assert "1 page has been published" in messages
    appeal_draft.refresh_from_db()
    campaign.refresh_from_db()
    assert not appeal_draft.live
    assert campaign.live


def test_bulk_publish_with_descendants_names_the_appeal_below(
    editor, appeal_draft, site_tree
):
    messages = bulk_publish(editor, [site_tree.campaigns], include_descendants=True)

    assert f"Not published: “{appeal_draft.title}”: {CONSENT_ERROR}" in messages
    appeal_draft.refresh_from_db()
    assert not appeal_draft.live


def test_workflow_actions_still_need_an_admin_login(client, appeal_draft):
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[appeal_draft.id, "approve", 1]
    )
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


NEW_APPEAL = {
    "title_en": "New appeal from scratch",
    "slug_en": "new-appeal-from-scratch",
    "summary_en": "Workers at a fictional factory were not paid.",
    "kind": CampaignPage.Kind.URGENT_APPEAL,
    "status": CampaignPage.Status.ACTIVE,
    "started_on": "2026-11-02",
}


def test_a_new_appeal_saves_as_a_draft_before_consent(editor, site_tree):
    """The help text says to save a draft until consent: that must work."""
    response = submit_create_form(
        editor, CampaignPage, site_tree.campaigns, **NEW_APPEAL
    )

    assert response.status_code == 302, form_errors(response.content.decode())
    page = CampaignPage.objects.get(slug="new-appeal-from-scratch")
    assert not page.live
    assert not page.publication_consent


def test_a_refused_publish_says_so_once(editor, site_tree):
    response = submit_create_form(
        editor, CampaignPage, site_tree.campaigns, "action-publish", **NEW_APPEAL
    )

    assert response.status_code == 200
    assert response.content.decode().count(CONSENT_ERROR) == 1
    assert not CampaignPage.objects.filter(slug="new-appeal-from-scratch").exists()


def test_withdrawn_consent_on_a_live_appeal_points_to_unpublish(editor, appeal_draft):
    appeal_draft.publication_consent = True
    appeal_draft.save_revision().publish()

    response = submit_edit_form(editor, appeal_draft, publication_consent=None)

    assert response.status_code == 302  # the draft is saved
    page = editor.get(response["Location"]).content.decode()
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[appeal_draft.pk])
    assert f'href="{unpublish}"' in page
    assert "still public" in page
    appeal_draft.refresh_from_db()
    assert appeal_draft.live  # nothing is unpublished behind the editor's back
