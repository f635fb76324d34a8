"""A case page carrying a petition, as editors attach one."""

from types import SimpleNamespace

import pytest

from actions.factories import ActionFactory


@pytest.fixture
def petition(site_tree):
    action = ActionFactory()
    case = site_tree.case
    case.attached_action = action
    case.save()
    return SimpleNamespace(action=action, case=case, tree=site_tree)


SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


def sign_data(**values):
    data = {
        "name": "Chan Tai Man",
        "email": "chan@example.org",
        "country": "HK",
        "organisation": "",
        "keep_informed": "",
        "website": "",
    }
    data.update(values)
    return data
