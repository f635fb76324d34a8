"""A reader follows a case by email: double opt-in, pages in their language,
unfollowing deletes the address, bad input gets a clear answer."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from following.models import Follower
from tests.following.conftest import SAME_ORIGIN

pytestmark = pytest.mark.django_db

CASE = "/{language}/campaigns/example-severance-case/"


def follow(client, case, language="en", email="reader@example.org", **extra):
    data = {"email": email, "website": "", **extra}
    return client.post(f"/{language}/follow/{case.pk}/", data, **SAME_ORIGIN)


def link(message, kind):
    return re.search(rf"https?://[^/\s]+(/\S+/follow/{kind}/\S+/)", message.body)[1]


def test_every_case_page_offers_to_follow_it_and_stays_cacheable(client, followed):
    with override_settings(PAGE_CACHE_ENABLED=True):
        client.get(CASE.format(language="ko"))
        response = client.get(CASE.format(language="ko"))
    html = response.content.decode()
    assert f'action="/ko/follow/{followed.case.pk}/"' in html
    assert "csrfmiddlewaretoken" not in html
    assert response["X-Cache"] == "HIT"


def test_following_takes_a_confirmation_in_the_readers_language(client, followed):
    response = follow(client, followed.case, language="ja")

    assert response.status_code == 303
    assert response["Location"] == f"/ja/follow/{followed.case.pk}/check-your-inbox/"
    (message,) = mail.outbox
    assert message.to == ["reader@example.org"]
    assert "/ja/follow/confirm/" in message.body
    assert "reader@example.org" not in link(message, "confirm")
    assert (
        message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    )
    follower = Follower.objects.get()
    assert follower.language == "ja" and not follower.is_confirmed

    asked = client.get(link(message, "confirm"))
    assert asked.status_code == 200
    assert '<html lang="ja"' in asked.content.decode()
    assert not Follower.objects.get().is_confirmed  # opening the link is not enough

    confirmed = client.post(link(message, "confirm"))
    assert confirmed.status_code == 200
    assert "no-store" in confirmed["Cache-Control"]
    assert Follower.objects.get().is_confirmed


def test_asking_again_says_the_same_and_makes_no_second_follower(client, followed):
    first = follow(client, followed.case, email="Reader@Example.org ")
    client.post(link(mail.outbox[0], "confirm"))
    again = follow(client, followed.case)

    assert first["Location"] == again["Location"]
    assert Follower.objects.count() == 1
    assert "already follow" in mail.outbox[1].body


def test_a_bad_address_gets_a_form_error_in_the_readers_language(client, followed):
    response = follow(client, followed.case, language="ko", email="not-an-address")

    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="ko"' in html
    assert 'value="not-an-address"' in html
    assert 'aria-invalid="true"' in html
    assert Follower.objects.count() == 0


def test_forged_and_robotic_requests_store_nothing(client, followed):
    forged = client.post(
        f"/en/follow/{followed.case.pk}/",
        {"email": "victim@example.org"},
        HTTP_SEC_FETCH_SITE="cross-site",
    )
    bot = follow(client, followed.case, website="http://spam.example")

    assert forged.status_code == 403
    assert bot.status_code == 303  # told it worked
    assert Follower.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    "path", ["/en/follow/999999/", "/en/follow/{about}/"], ids=["missing", "not-a-case"]
)
def test_only_published_cases_can_be_followed(client, followed, path):
    response = client.post(
        path.format(about=followed.tree.about.pk),
        {"email": "reader@example.org"},
        **SAME_ORIGIN,
    )
    assert response.status_code == 404


def test_a_draft_case_cannot_be_followed(client, followed):
    followed.case.unpublish()
    assert follow(client, followed.case).status_code == 404
    assert client.get(f"/en/follow/{followed.case.pk}/").status_code == 404


def test_the_follow_form_has_a_page_of_its_own(client, followed):
    response = client.get(f"/ja/follow/{followed.case.pk}/")
    assert response.status_code == 200
    assert 'name="email"' in response.content.decode()


def test_stopping_deletes_the_address(client, followed):
    follow(client, followed.case)
    client.post(link(mail.outbox[0], "confirm"))
    stop = link(mail.outbox[0], "stop")

    asked = client.get(stop)
    assert asked.status_code == 200
    assert Follower.objects.count() == 1  # a mail scanner stops nothing

    assert client.post(stop).status_code == 200
    assert Follower.objects.count() == 0
    assert client.post(stop).status_code == 200  # twice is not an error
    assert client.get(link(mail.outbox[0], "confirm")).status_code == 410


def test_one_click_unsubscribe(client, followed):
    follow(client, followed.case)
    header = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    path = re.sub(r"^https?://[^/]+", "", header)

    response = client.post(path, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert Follower.objects.count() == 0


def test_junk_links_get_pages_not_errors(client, followed):
    assert client.get("/en/follow/confirm/junk/").status_code == 400
    assert client.post("/en/follow/stop/junk/").status_code == 400
    assert client.put("/en/follow/1/").status_code == 405


def test_a_signature_link_does_not_work_as_a_follow_link(client, followed):
    from actions.factories import SignatureFactory
    from actions.tokens import withdrawal_token

    token = withdrawal_token(SignatureFactory())
    assert client.post(f"/en/follow/stop/{token}/").status_code == 400


def test_the_manage_link_lists_everything_the_address_follows(client, followed):
    from following.factories import FollowerFactory
    from following.tokens import manage_token

    on_case = FollowerFactory(page=followed.case, email="reader@example.org")
    FollowerFactory(page=followed.tree.campaigns, email="reader@example.org")
    FollowerFactory(page=followed.case, email="someone-else@example.org")

    response = client.get(f"/ko/follow/manage/{manage_token(on_case)}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert html.count('action="/ko/follow/stop/') == 2
    assert "reader@example.org" not in html and "someone-else" not in html
    assert client.get("/ko/follow/manage/junk/").status_code == 400


def test_too_many_requests_get_a_clear_answer(client, followed, settings):
    settings.ACTIONS_RATE_PER_ADDRESS = 2
    answers = [follow(client, followed.case).status_code for _ in range(3)]
    assert answers == [303, 303, 429]

    settings.ACTIONS_RATE_PER_ACTION = 1
    other = follow(client, followed.case, email="other@example.org")
    assert other.status_code == 429
    assert "Too many attempts" in other.content.decode()
