"""Signed tokens for followers' links (actions.tokens: the follower's id and
a keyed hash of the address, never the address), with their own salts, so a
signature's link never works as a follower's and the other way round."""

from actions.tokens import make_token

CONFIRM_SALT = "following.confirm"
STOP_SALT = "following.stop"
MANAGE_SALT = "following.manage"
# Offered on a signature's "confirmed" page: that address was just proven.
AFTER_SIGNING_SALT = "following.after-signing"
AFTER_SIGNING_SECONDS = 24 * 3600


def confirmation_token(follower):
    return make_token(follower, CONFIRM_SALT)


def stop_token(follower):
    return make_token(follower, STOP_SALT)


def after_signing_token(signature):
    return make_token(signature, AFTER_SIGNING_SALT)


def manage_token(follower):
    return make_token(follower, MANAGE_SALT)
