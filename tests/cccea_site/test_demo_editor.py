"""The local demo editor account never reaches production: the deployment
checks report it, the production start-up refuses it, and it can be removed."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import CommandError

from cccea_site.operations.demo_editor import (
    DEMO_EDITOR_USERNAME,
    DemoEditorRefused,
    demo_editor_set_up,
)
from cccea_site.operations.startup import (
    exit_on_setting_error,
    refuse_demo_editor_in_production,
)


@pytest.fixture
def demo_editor(db, settings):
    settings.DEBUG = True
    password = demo_editor_set_up()
    settings.DEBUG = False
    return password


def deploy_check_ids():
    return {
        message.id
        for message in checks.run_checks(include_deployment_checks=True)
        if message.level >= checks.ERROR
    }


def test_deploy_check_reports_the_demo_editor(demo_editor):
    assert "cccea_site.E001" in deploy_check_ids()


def test_deploy_check_is_quiet_without_it(db):
    assert "cccea_site.E001" not in deploy_check_ids()


def test_production_start_refuses_with_one_line_naming_the_account(demo_editor, capsys):
    with pytest.raises(SystemExit) as stop, exit_on_setting_error():
        refuse_demo_editor_in_production()

    assert stop.value.code == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert DEMO_EDITOR_USERNAME in lines[0]
    assert "remove_demo_editor" in lines[0]


def test_local_start_with_debug_on_accepts_it(demo_editor, settings):
    settings.DEBUG = True
    refuse_demo_editor_in_production()  # no error


def test_never_created_with_debug_off(db, settings, tmp_path):
    settings.DEBUG = False

    with pytest.raises(DemoEditorRefused, match="DEBUG is off"):
        demo_editor_set_up()
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("set_up_local_site", "--log", str(tmp_path / "set-up.log"))

    assert not get_user_model().objects.filter(username=DEMO_EDITOR_USERNAME).exists()


def test_every_set_up_gives_a_new_password(demo_editor, settings):
    settings.DEBUG = True
    new_password = demo_editor_set_up()

    user = get_user_model().objects.get(username=DEMO_EDITOR_USERNAME)
    assert new_password != demo_editor
    assert user.check_password(new_password)
    assert not user.check_password(demo_editor)


def test_remove_demo_editor_deletes_it_and_production_starts(demo_editor):
    output = io.StringIO()
    call_command("remove_demo_editor", stdout=output)

    assert "Removed" in output.getvalue()
    assert "cccea_site.E001" not in deploy_check_ids()
    refuse_demo_editor_in_production()  # no error


def test_refusal_message_is_a_configuration_error(demo_editor):
    with pytest.raises(ImproperlyConfigured, match=DEMO_EDITOR_USERNAME):
        refuse_demo_editor_in_production()
