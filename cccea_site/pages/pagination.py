"""Previous/next links for a paginated list that keep the list's other parameters."""

from django.http import QueryDict


def page_url(params, number):
    query = QueryDict(mutable=True)
    for name, value in params.items():
        if name != "page" and value not in (None, ""):
            query[name] = value
    if number > 1:
        query["page"] = number
    return "?" + query.urlencode() if query else "?"


def pagination(page_obj, params=None):
    """What includes/pagination.html shows for `page_obj` (a Django Page)."""
    params = params or {}
    return {
        "has_other_pages": page_obj.has_other_pages(),
        "number": page_obj.number,
        "num_pages": page_obj.paginator.num_pages,
        "previous_url": page_url(params, page_obj.previous_page_number())
        if page_obj.has_previous()
        else None,
        "next_url": page_url(params, page_obj.next_page_number())
        if page_obj.has_next()
        else None,
    }
