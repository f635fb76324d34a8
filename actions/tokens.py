"""Signed tokens for the links in emails: a signature's id, never its address.

A token names the signature and carries a short keyed hash of its address,
so a link stays bound to the person it was sent to even if ids were ever
reused (a restored backup). Confirmation links expire with the unconfirmed
signature (ACTIONS_UNCONFIRMED_DAYS); withdrawal links never do.
"""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "actions.confirm"
WITHDRAW_SALT = "actions.withdraw"


class LinkExpired(Exception):
    """A genuine link, too old to use."""


class LinkInvalid(Exception):
    """Not a link this site wrote (altered, truncated, forged)."""


def address_hash(email, purpose="token"):
    """A keyed hash of an address: the same address always gives the same
    value, and nobody without SECRET_KEY can tell which address it is."""
    key = f"{settings.SECRET_KEY}:actions:{purpose}".encode()
    return hmac.new(key, email.encode(), hashlib.sha256).hexdigest()


def make_token(signature, salt):
    payload = {"s": signature.pk, "h": address_hash(signature.email)[:16]}
    return signing.dumps(payload, salt=salt, compress=False)


def confirmation_token(signature):
    return make_token(signature, CONFIRM_SALT)


def withdrawal_token(signature):
    return make_token(signature, WITHDRAW_SALT)


def read_token(token, salt, max_age=None):
    """(signature id, address hash prefix) from a token, or LinkExpired/Invalid."""
    try:
        payload = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise LinkExpired from None
    except signing.BadSignature:
        raise LinkInvalid from None
    if not isinstance(payload, dict) or not isinstance(payload.get("s"), int):
        raise LinkInvalid
    return payload["s"], str(payload.get("h", ""))


def read_confirmation_token(token):
    max_age = timedelta(days=settings.ACTIONS_UNCONFIRMED_DAYS)
    return read_token(token, CONFIRM_SALT, max_age=max_age)


def read_withdrawal_token(token):
    return read_token(token, WITHDRAW_SALT)


def token_matches(signature, address_prefix):
    return hmac.compare_digest(address_hash(signature.email)[:16], address_prefix)
