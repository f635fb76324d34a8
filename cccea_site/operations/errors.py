"""The 500 page, rendered without anything that may be what failed."""

from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def server_error(request):
    """The 500 page, in the language LocaleMiddleware chose for the request.

    Rendered without context processors or database access, since either may be
    what failed; the template shows no menus.
    """
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request_path": request.path}))
