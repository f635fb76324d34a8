"""In the admin, a slug a sibling already shows is refused once, in the
editor's language, on the field of the language it clashes in; and saving a
case costs the same however many cases share its list (wagtail-
modeltranslation's own form check loaded every sibling once per language)."""

from django.db.models.signals import post_init
from django.utils import translation
from wagtail.models import Page
from wagtail.users.models import UserProfile

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignPage
from cccea_site.languages.sibling_slugs import SLUG_IN_USE
from tests.admin_forms import form_errors, submit_create_form, submit_edit_form


def sibling(site_tree, **slugs):
    with translation.override("en"):
        return CampaignPageFactory(parent=site_tree.campaigns, **slugs)


def in_japanese(client):
    user = client.session["_auth_user_id"]
    profile = UserProfile.objects.get_or_create(user_id=user)[0]
    profile.preferred_language = "ja"
    profile.save()
    with translation.override("ja"):
        return str(SLUG_IN_USE)


def test_a_translator_is_told_once_in_their_language(translator, site_tree):
    sibling(site_tree, slug="first-case", slug_ja="dai-ichi")
    message = in_japanese(translator)

    response = submit_edit_form(translator, site_tree.case, slug_ja="dai-ichi")

    assert response.status_code == 200
    errors = form_errors(response.content.decode())
    assert [error for error in errors if message in error] == [f"slug_ja: {message}"]
    assert "This slug is already in use" not in response.content.decode()


def test_a_new_case_cannot_take_a_siblings_japanese_slug(editor, site_tree):
    sibling(site_tree, slug="first-case", slug_ja="dai-ichi")

    response = submit_create_form(
        editor,
        CampaignPage,
        site_tree.campaigns,
        title_en="A second case",
        slug_en="second-case",
        slug_ja="dai-ichi",
        summary_en="Workers at a fictional factory were not paid.",
        kind=CampaignPage.Kind.URGENT_APPEAL,
        status=CampaignPage.Status.ACTIVE,
        started_on="2026-11-02",
    )

    assert response.status_code == 200
    assert f"slug_ja: {SLUG_IN_USE}" in form_errors(response.content.decode())
    assert not CampaignPage.objects.filter(slug="second-case").exists()


def test_saving_a_case_loads_no_sibling(editor, site_tree):
    """Counted as page objects built, the cost that grew: the old checks
    loaded every sibling in one query per language."""
    for number in range(25):
        sibling(site_tree, slug=f"another-case-{number}")
    siblings = set(
        site_tree.campaigns.get_children()
        .exclude(pk=site_tree.case.pk)
        .values_list("pk", flat=True)
    )
    built = []

    def note_page(sender, instance, **kwargs):
        if isinstance(instance, Page):
            built.append(instance.pk)

    post_init.connect(note_page)
    try:
        response = submit_edit_form(editor, site_tree.case, title_ja="題名")
    finally:
        post_init.disconnect(note_page)

    assert response.status_code == 302
    assert siblings.isdisjoint(built)
