"""Staff see signatures only with the Signatures viewers permission; exports
hold names and countries, and addresses only when asked (and logged)."""

import logging

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from actions.factories import ActionFactory, SignatureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_action():
    action = ActionFactory()
    SignatureFactory(
        action=action,
        name="陳大文",
        email="chan@example.org",
        country="HK",
        language="zh-hant",
    )
    SignatureFactory(
        action=action,
        name="山田花子",
        email="yamada@example.org",
        country="JP",
        language="ja",
    )
    SignatureFactory(
        action=action,
        name="김민수",
        email="kim@example.org",
        country="KR",
        language="ko",
        confirmed_at=None,
    )
    return action


@pytest.fixture
def viewer(django_user_model):
    user = django_user_model.objects.create_user("viewer", password="pw")
    user.groups.add(Group.objects.get(name="Signatures viewers"))
    return user


@pytest.fixture
def other_editor(django_user_model):
    user = django_user_model.objects.create_user("editor2", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_a_signatures_viewer_sees_the_counts_and_names(client, viewer, signed_action):
    client.force_login(viewer)
    response = client.get(f"/admin/signatures/{signed_action.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "陳大文" in html and "山田花子" in html
    assert "김민수" not in html  # unconfirmed: not a signature yet
    assert "2 confirmed, 1 waiting for confirmation" in html
    assert "chan@example.org" not in html


def test_other_staff_cannot_see_signatures(client, other_editor, signed_action):
    client.force_login(other_editor)
    for path in (
        "/admin/signatures/",
        f"/admin/signatures/{signed_action.pk}/",
        f"/admin/signatures/{signed_action.pk}/export.csv",
    ):
        response = client.get(path)
        assert response.status_code in (302, 403), path
        assert "陳大文" not in response.content.decode()


def test_the_csv_has_a_bom_names_and_countries_but_no_addresses(
    client, viewer, signed_action
):
    client.force_login(viewer)
    response = client.get(f"/admin/signatures/{signed_action.pk}/export.csv")

    body = response.content
    assert body.startswith("\ufeff".encode())
    text = body.decode("utf-8-sig")
    assert text.splitlines()[0] == "name,country,organisation,language,confirmed_at"
    assert "陳大文,Hong Kong" in text
    assert "@" not in text
    assert "김민수" not in text


def test_addresses_only_when_asked_and_the_export_is_logged(
    client, viewer, signed_action, caplog
):
    client.force_login(viewer)
    with caplog.at_level(logging.INFO):
        response = client.get(
            f"/admin/signatures/{signed_action.pk}/export.csv?emails=1"
        )
    assert "chan@example.org" in response.content.decode("utf-8-sig")
    assert "WITH email addresses" in caplog.text
    assert f"user {viewer.pk}" in caplog.text
    assert "@example.org" not in caplog.text


def test_a_name_that_looks_like_a_formula_stays_text(signed_action):
    SignatureFactory(action=signed_action, name="=HYPERLINK(1)")
    from actions.exports import signatures_csv

    assert "'=HYPERLINK(1)" in signatures_csv(signed_action)


def test_the_command_exports_to_a_file(signed_action, tmp_path):
    out = tmp_path / "out.csv"
    call_command("signatures", "export", str(signed_action.pk), "--output", str(out))
    assert "山田花子" in out.read_text("utf-8-sig")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["frobnicate"], "Unknown operation"),
        (["export"], "needs an action id"),
        (["export", "abc"], "must be a number"),
        (["export", "99999"], "no action with id 99999"),
        (["purge", "--action", "x"], "must be a number"),
        (["purge", "3"], "takes no action id"),
        (["export", "1", "--bogus"], "unrecognized arguments"),
    ],
)
def test_bad_arguments_get_one_line(args, message):
    with pytest.raises(CommandError) as error:
        call_command("signatures", *args)
    assert message in str(error.value)
    assert "\n" not in str(error.value)
