"""An optional proof of work on sign forms, self-hosted (ACTIONS_PROOF_OF_WORK).

Before a sign form is sent, the visitor's browser asks this site for a
challenge and spends about a second finding the number that solves it
(static/js/action-form.js); the form carries the solution. A person notices
a short wait; a bot sending thousands of signatures pays for each one. The
challenge and its check follow ALTCHA's format (the `altcha` library, its
first version: SHA-256 of the salt and a number), with no widget, no third
party and nothing stored about the visitor.

A solution is good once: its signature is kept in the shared cache until
the challenge expires, so a solved challenge cannot be replayed. Without
JavaScript nobody can solve one, which is why it is off unless turned on.
"""

import base64
import hashlib
import json
from datetime import timedelta

from altcha import create_challenge_v1, verify_solution_v1
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

CHALLENGE_LIFETIME = timedelta(minutes=10)
USED_KEY = "actions:proof-used:{}"


def is_required():
    return settings.ACTIONS_PROOF_OF_WORK


def signing_key():
    secret = f"{settings.SECRET_KEY}:actions:proof-of-work"
    return hashlib.sha256(secret.encode()).hexdigest()


def new_challenge():
    """A challenge for one form, as the browser's solver reads it."""
    challenge = create_challenge_v1(
        algorithm="SHA-256",
        max_number=settings.ACTIONS_PROOF_OF_WORK_MAX_NUMBER,
        hmac_key=signing_key(),
        expires=timezone.now() + CHALLENGE_LIFETIME,
    )
    return challenge.to_dict()


def is_solved(payload):
    """Whether `payload` (base64 JSON from the form) solves a challenge this
    site made, in time, and has not been used before."""
    if not payload or len(payload) > 2000:
        return False
    try:
        solved, _error = verify_solution_v1(payload, signing_key(), check_expires=True)
    except (ValueError, TypeError, KeyError, AttributeError):
        return False
    if not solved:
        return False
    # The challenge's signature names it (the same challenge, re-encoded, is
    # still the same challenge); a second use finds it taken.
    signature = json.loads(base64.b64decode(payload))["signature"]
    lifetime = int(CHALLENGE_LIFETIME.total_seconds())
    return cache.add(USED_KEY.format(signature), 1, timeout=lifetime)
