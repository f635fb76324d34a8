from django import template

from following.pages import is_followable
from following.tokens import after_signing_token

register = template.Library()


@register.simple_tag
def offer_token(signature, page):
    """The token of the one-click "follow this case too" form, or "" when the
    page cannot be followed."""
    if signature is None or page is None or not is_followable(page.specific):
        return ""
    return after_signing_token(signature)
