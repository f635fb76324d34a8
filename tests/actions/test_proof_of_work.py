"""The optional proof of work: with it on, a sign form counts only with a
solved, fresh, unused challenge; with it off, nothing changes."""

import base64
import json
from datetime import timedelta

import pytest
from altcha import solve_challenge_v1
from django.core import mail

from actions import proof_of_work
from actions.models import Signature
from tests.actions.conftest import SAME_ORIGIN, sign_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def proof_required(settings):
    settings.ACTIONS_PROOF_OF_WORK = True
    settings.ACTIONS_PROOF_OF_WORK_MAX_NUMBER = 2000  # quick for the tests


def solved(challenge):
    """What the browser's solver puts in the form (static/js/action-form.js)."""
    solution = solve_challenge_v1(
        challenge["challenge"],
        challenge["salt"],
        challenge["algorithm"],
        challenge["maxNumber"],
    )
    payload = {
        "algorithm": challenge["algorithm"],
        "challenge": challenge["challenge"],
        "number": solution.number,
        "salt": challenge["salt"],
        "signature": challenge["signature"],
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()


def fetch_challenge(client, language="en"):
    response = client.get(f"/{language}/actions/challenge/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    return response.json()


def sign(client, petition, language="en", **values):
    return client.post(
        f"/{language}/actions/{petition.action.pk}/sign/",
        sign_data(**values),
        **SAME_ORIGIN,
    )


def test_the_form_asks_the_browser_for_a_proof(client, petition, proof_required):
    html = client.get("/en/campaigns/example-severance-case/").content.decode()
    assert 'data-challenge-url="/en/actions/challenge/"' in html
    assert 'type="hidden" name="proof"' in html


def test_a_solved_challenge_signs(client, petition, proof_required):
    proof = solved(fetch_challenge(client))

    response = sign(client, petition, proof=proof)

    assert response.status_code == 303
    assert Signature.objects.count() == 1
    assert len(mail.outbox) == 1


def test_without_javascript_the_form_says_what_to_do_in_the_visitors_language(
    client, petition, proof_required
):
    response = sign(client, petition, language="ja", name="山田花子")

    assert response.status_code == 400
    html = response.content.decode()
    assert "JavaScript" in html
    assert 'value="山田花子"' in html  # what the visitor typed is kept
    assert Signature.objects.count() == 0


def test_a_solution_is_good_once(client, petition, proof_required):
    proof = solved(fetch_challenge(client))
    assert sign(client, petition, proof=proof).status_code == 303

    again = sign(client, petition, proof=proof, email="other@example.org")

    assert again.status_code == 400
    assert Signature.objects.count() == 1


@pytest.mark.parametrize(
    "proof",
    ["not base64 at all", base64.b64encode(b"[1, 2]").decode(), "x" * 5000],
)
def test_junk_is_refused_with_a_message(client, petition, proof_required, proof):
    response = sign(client, petition, proof=proof)

    assert response.status_code == 400
    assert "did not work" in response.content.decode()


def test_a_forged_or_expired_challenge_is_refused(
    client, petition, proof_required, monkeypatch
):
    challenge = fetch_challenge(client)
    forged = dict(challenge, signature="0" * 64)
    assert sign(client, petition, proof=solved(forged)).status_code == 400

    monkeypatch.setattr(proof_of_work, "CHALLENGE_LIFETIME", timedelta(seconds=-5))
    expired = solved(fetch_challenge(client))
    assert sign(client, petition, proof=expired).status_code == 400
    assert Signature.objects.count() == 0


def test_off_by_default_no_challenge_and_no_proof_needed(client, petition):
    assert client.get("/en/actions/challenge/").status_code == 404
    html = client.get("/en/campaigns/example-severance-case/").content.decode()
    assert "data-challenge-url" not in html
    assert sign(client, petition).status_code == 303
