"""Moderation emails are in each recipient's admin language, not the sender's.

A translator working in Japanese submits a page for moderation; each
moderator gets the notification in the language their admin is in: the one
they chose, the one their browser asked for when they logged in, or the
site's default when neither is known.
"""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.users.models import UserProfile

from tests.admin_forms import submit_edit_form

PASSWORD = "a long enough password"
# A line of Wagtail's notification text, as its catalogs translate it.
EDIT_LINE = {
    "en": "You can edit the page here:",
    "ja": "このページを編集",
    "ko": "여기서 페이지를 수정할 수 있습니다",
}


def assert_in_language(message, language):
    """The email's text and the page title it names are in `language`."""
    assert EDIT_LINE[language] in message.body
    others = [code for code in EDIT_LINE if code != language]
    assert not any(EDIT_LINE[code] in message.body for code in others)
    # The title shown is the page's title in the recipient's admin language.
    title = "Vision" if language == "en" else f"Vision [{language}]"
    assert f'"{title}"' in message.subject


def make_user(django_user_model, username, group, language=""):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", PASSWORD
    )
    user.groups.add(Group.objects.get(name=group))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


@pytest.fixture
def translator_submits(client, site_tree, django_user_model):
    """Submit the vision page for moderation as a translator working in Japanese."""
    translator = make_user(django_user_model, "translator", "Translators", "ja")

    def submit():
        mail.outbox.clear()
        client.force_login(translator)
        response = submit_edit_form(client, site_tree.vision, "action-submit")
        assert response.status_code == 302
        recipients = [message.to[0] for message in mail.outbox]
        assert len(recipients) == len(set(recipients)), "an email sent twice"
        return {message.to[0]: message for message in mail.outbox}

    return submit


def test_a_moderator_without_a_language_gets_the_site_default(
    translator_submits, django_user_model
):
    make_user(django_user_model, "moderator", "Moderators")

    message = translator_submits()["moderator@example.org"]

    assert_in_language(message, "en")


def test_a_moderator_gets_the_language_their_browser_asked_for_at_login(
    translator_submits, django_user_model, client
):
    moderator = make_user(django_user_model, "moderator", "Moderators")
    response = client.post(
        "/admin/login/",
        {"username": "moderator", "password": PASSWORD},
        headers={"accept-language": "ko-KR,ko;q=0.9"},
    )
    assert response.status_code == 302
    assert UserProfile.get_for_user(moderator).preferred_language == "ko"

    message = translator_submits()["moderator@example.org"]

    assert_in_language(message, "ko")


def test_a_chosen_language_is_kept_at_login_and_in_emails(
    translator_submits, django_user_model, client
):
    moderator = make_user(django_user_model, "moderator", "Moderators", "ja")
    client.post(
        "/admin/login/",
        {"username": "moderator", "password": PASSWORD},
        headers={"accept-language": "ko"},
    )
    assert UserProfile.get_for_user(moderator).preferred_language == "ja"

    message = translator_submits()["moderator@example.org"]

    assert_in_language(message, "ja")
