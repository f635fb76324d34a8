"""/health/ for load balancers: is the database up, is the cache up?

Answered by a middleware at the top of the stack, before host validation,
sessions and languages: load balancers often call it by IP address, and it
must stay cheap. 200 while the database answers (a cache that is down only
makes pages slower), 503 when it does not. Never cached.
"""

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

HEALTH_PATH = "/health/"


def database_is_up():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def cache_is_up():
    is_available = getattr(cache, "is_available", None)
    return is_available() if is_available else True


def health_response():
    database = database_is_up()
    cache_up = cache_is_up()
    if not database:
        status = "error"
    elif not cache_up:
        status = "degraded"
    else:
        status = "ok"
    response = JsonResponse(
        {
            "status": status,
            "database": "up" if database else "down",
            "cache": "up" if cache_up else "down",
        },
        status=200 if database else 503,
    )
    add_never_cache_headers(response)
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health_response()
        return self.get_response(request)
