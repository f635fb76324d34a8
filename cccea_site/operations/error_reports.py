"""What error reports (Sentry) may carry: no personal data.

Sentry is told not to send personal data (send_default_pii=False), but an
exception's message, a local variable or a log breadcrumb can still hold an
email address or a form's fields. `scrub_personal_data` is Sentry's
`before_send` (and `before_breadcrumb`): it drops posted form bodies and
cookies, and replaces anything that looks like an email address, anywhere
in the report, with a placeholder.
"""

import re

EMAIL_ADDRESS = re.compile(r"[^\s@<>\"'(),;:]+@[^\s@<>\"'(),;:]+\.[^\s@<>\"'(),;:]+")
REDACTED = "[address removed]"
# Request parts that carry what visitors typed or who they are.
DROPPED_REQUEST_KEYS = ("data", "cookies")


def redact(value):
    """`value` with every email address in its strings replaced, at any depth."""
    if isinstance(value, str):
        return EMAIL_ADDRESS.sub(REDACTED, value)
    if isinstance(value, dict):
        return {key: redact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    if isinstance(value, tuple):
        return tuple(redact(item) for item in value)
    return value


def scrub_personal_data(event, hint=None):
    request = event.get("request")
    if isinstance(request, dict):
        for key in DROPPED_REQUEST_KEYS:
            request.pop(key, None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            headers.pop("Cookie", None)
            headers.pop("cookie", None)
    event.pop("user", None)
    return redact(event)


def scrub_breadcrumb(breadcrumb, hint=None):
    return redact(breadcrumb)
