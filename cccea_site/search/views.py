"""The search page: /<lang>/search/?q=…"""

from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from cccea_site.search.query import result_type_choices, run_search


@never_cache
@require_safe
def search(request):
    """Search every live page; never cached, and kept out of search engines."""
    outcome = run_search(request)
    context = {"search": outcome, "result_types": result_type_choices()}
    return TemplateResponse(
        request, "search/search.html", context, status=outcome.status
    )
