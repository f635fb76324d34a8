"""The whole path through a real SMTP server and the task worker: follow,
confirm from the received email, an editor publishes an update, exactly one
email arrives in the follower's language, one-click unsubscribe, publish
again: nothing more."""

import re

import pytest

from tests.email_server import Mailbox, SmtpServer, run_worker
from tests.following.conftest import SAME_ORIGIN, publish_with_update

pytestmark = pytest.mark.django_db


def path_in(message, kind):
    text = message.get_body(("plain",)).get_content()
    return re.search(rf"https?://[^/\s]+(/\S+/follow/{kind}/\S+/)", text)[1]


def test_follow_confirm_update_unsubscribe(client, followed, database_tasks, smtp_port):
    mailbox = Mailbox()
    response = client.post(
        f"/zh-hant/follow/{followed.case.pk}/",
        {"email": "reader@example.org", "website": ""},
        **SAME_ORIGIN,
    )
    assert response.status_code == 303
    with SmtpServer(mailbox, smtp_port):
        run_worker()
        ((_to, confirmation),) = mailbox.messages
        assert client.post(path_in(confirmation, "confirm")).status_code == 200

        case = publish_with_update(followed.case)  # enqueues; sends nothing
        assert len(mailbox.messages) == 1
        run_worker()

        (_to, news) = mailbox.messages[1]
        assert "Factory pays severance [zh-hant]" in news["Subject"]
        assert news["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        header = "".join(str(news["List-Unsubscribe"]).split())
        unsubscribe = re.sub(r"^<https?://[^/]+|>$", "", header)
        one_click = client.post(unsubscribe, {"List-Unsubscribe": "One-Click"})
        assert one_click.status_code == 200

        publish_with_update(case, title="Second update")
        run_worker()

    assert len(mailbox.messages) == 2
