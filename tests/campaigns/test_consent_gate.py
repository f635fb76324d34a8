"""An urgent appeal is only published once the workers and partner agree."""

import pytest
from django.contrib.auth import get_user_model

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignPage
from tests.admin_forms import form_errors, submit_edit_form

CONSENT_ERROR = "An urgent appeal can only be published once the workers concerned"


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return client


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
