"""Which page types carry an action, registered by the apps that own them.

The actions app imports no content app: a page model with an
`attached_action` field registers itself from its app's AppConfig.ready() (campaigns.apps),
and the sign endpoint asks here whether an action is on a live, public
page before it takes a signature.
"""

from cccea_site.serving.visibility import public_pages

_page_models = []


def register_action_page_model(model):
    """`model` (a page type) has an `attached_action` foreign key to Action."""
    if model not in _page_models:
        _page_models.append(model)


def pages_carrying(request, action):
    """The live, public pages showing `action`, in tree order."""
    pages = []
    for model in _page_models:
        live = model.objects.live().filter(attached_action=action).order_by("path")
        pages += list(public_pages(request, live))
    return pages
