"""The sign endpoint and the pages a signer lands on, in their language.

The form sits on pages kept in the shared page cache for anonymous visitors,
so it carries no CSRF token (a per-visitor token would make every page
uncacheable). Forged submissions are stopped instead by the browser's own
word on where the form came from: `Sec-Fetch-Site: same-origin`, or, from
browsers that do not send it, an `Origin` that is this site. A forged
submission that got past them could at most send one confirmation email,
rate-limited per address and per action: a signature counts only once its
signer clicks the link in that email (double opt-in).

Every answer here is private and never cached; none holds an address.
"""

import logging

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from actions import proof_of_work, rate_limits
from actions.display import action_view
from actions.forms import SignForm
from actions.models import Action
from actions.pages import pages_carrying
from actions.services import (
    Outcome,
    confirmation_target,
    signature_confirm,
    signature_request,
    signature_withdraw,
    withdrawal_target,
)
from cccea_site.serving.page_cache import keep_at_most
from cccea_site.serving.render_memo import memoized

logger = logging.getLogger(__name__)

# A sign form is a few hundred bytes; anything much larger is not one.
LARGEST_SIGN_BODY = 16 * 1024
FRAGMENT_HEADER = "HTTP_X_ACTION_FORM"  # sent by static/js/action-form.js
FRAGMENT_RESPONSE_HEADER = "X-Action-Form"


def wants_fragment(request):
    return request.META.get(FRAGMENT_HEADER) == "fragment"


def private(response):
    add_never_cache_headers(response)
    return response


def fragment(response):
    """Marked as a piece of a page, which the script puts in place; any
    other answer (a 404 page, a proxy's error) makes it post as a page."""
    response[FRAGMENT_RESPONSE_HEADER] = "fragment"
    return private(response)


def own_origins(request):
    origins = {f"{request.scheme}://{request.get_host()}"}
    origins.update(settings.CSRF_TRUSTED_ORIGINS)
    return origins


def comes_from_this_site(request):
    """The browser says the form was posted from one of this site's pages."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    return origin is not None and origin in own_origins(request)


def body_too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > LARGEST_SIGN_BODY


def render_state(request, state, status=200, **context):
    """One of the signer's pages (check your inbox, confirmed, expired …)."""
    context = {"state": state, **context}
    if wants_fragment(request):
        template = "actions/includes/state.html"
        return fragment(TemplateResponse(request, template, context, status=status))
    template = "actions/state_page.html"
    return private(TemplateResponse(request, template, context, status=status))


def render_form(request, view, page, status):
    """The form again, with its errors and the values given kept."""
    context = {"action": view, "carrying_page": page}
    if wants_fragment(request):
        template = "actions/includes/sign_form.html"
        return fragment(TemplateResponse(request, template, context, status=status))
    template = "actions/sign_page.html"
    return private(TemplateResponse(request, template, context, status=status))


def published_action(request, action_id, counted=True):
    """The action (with its count unless `counted` is False), and the first
    public page carrying it; 404 when it is on no live page (a draft, an
    unpublished case).

    Without the count, both are kept per content generation (render_memo):
    editing an action or publishing a page starts a new one, so a sign
    request reads neither from the database.
    """
    if counted:
        found = find_published_action(request, action_id, Action.objects.with_counts())
    else:
        found = memoized(
            request,
            ("published-action", action_id),
            lambda: find_published_action(request, action_id, Action.objects.all()),
        )
    if found is None:
        raise Http404
    return found


def find_published_action(request, action_id, actions):
    action = actions.filter(pk=action_id).first()
    pages = pages_carrying(request, action) if action is not None else []
    return (action, pages[0]) if pages else None


@csrf_exempt  # checked by comes_from_this_site (module docstring)
@require_http_methods(["GET", "HEAD", "POST"])
def sign(request, action_id):
    """GET: the action on a page of its own. POST: sign it."""
    if request.method == "POST" and body_too_large(request):
        # Answered before Django reads the body.
        return render_state(request, "too_large", status=413)
    # A signature needs no count: counting on every POST would grow with them.
    action, page = published_action(
        request, action_id, counted=request.method != "POST"
    )
    if request.method != "POST":
        keep_at_most(request, settings.ACTIONS_COUNT_SECONDS)
        view = action_view(action)
        return TemplateResponse(
            request, "actions/sign_page.html", {"action": view, "carrying_page": page}
        )
    if not comes_from_this_site(request):
        logger.warning(
            "Sign request for action %s refused: not from this site", action.pk
        )
        return render_state(request, "forbidden", status=403, carrying_page=page)
    if not action.is_open():
        return render_state(
            request,
            "closed",
            status=410,
            action=action_view(action),
            carrying_page=page,
        )
    form = SignForm(request.POST, action=action)
    if form.is_bot():
        # Told it worked, so a bot learns nothing; nothing is stored or sent.
        return answer_signed(request, action)
    if not form.is_valid():
        return render_form(request, action_view(action, form), page, status=400)
    if rate_limits.action_is_busy(action) or rate_limits.address_is_busy(
        action, form.cleaned_data["email"]
    ):
        return render_state(
            request, "busy", status=429, action=action_view(action), carrying_page=page
        )
    signature_request(action, form.cleaned_data, request.LANGUAGE_CODE)
    return answer_signed(request, action)


def answer_signed(request, action):
    """The same answer whether the address is new, had signed, or is a bot's."""
    if wants_fragment(request):
        return render_state(request, "check_inbox", action=action_view(action))
    url = reverse("actions:check_inbox", args=[action.pk])
    return private(HttpResponseRedirect(url, status=303))


@require_http_methods(["GET", "HEAD"])
def challenge(request):
    """A fresh proof-of-work challenge for one sign form (private: each
    visitor solves their own)."""
    if not proof_of_work.is_required():
        raise Http404
    return private(JsonResponse(proof_of_work.new_challenge()))


@require_http_methods(["GET", "HEAD"])
def check_inbox(request, action_id):
    action, page = published_action(request, action_id)
    return render_state(
        request, "check_inbox", action=action_view(action), carrying_page=page
    )


STATUS_OF = {
    "confirmed": 200,
    "already_confirmed": 200,
    "withdrawn": 200,
    "expired": 410,
    "gone": 410,
    "invalid": 400,
}


def outcome_response(request, outcome):
    context = {"signature": outcome.signature}
    if outcome.action is not None:
        action = Action.objects.with_counts().get(pk=outcome.action.pk)
        context["action"] = action_view(action)
        pages = pages_carrying(request, action)
        context["carrying_page"] = pages[0] if pages else None
    return render_state(
        request, outcome.state, status=STATUS_OF[outcome.state], **context
    )


@csrf_exempt  # the signed token in the address is the proof
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """The link in the confirmation email. GET: a page with a button, so a
    mail scanner opening every link (as some providers do on arrival)
    confirms nothing, and a forged sign request cannot confirm itself.
    POST: the signature now counts."""
    target = confirmation_target(token)
    if isinstance(target, Outcome):
        return outcome_response(request, target)
    if request.method != "POST":
        context = {
            "action": action_view(Action.objects.with_counts().get(pk=target.action_id))
        }
        return render_state(request, "confirm", **context)
    return outcome_response(request, signature_confirm(target))


@csrf_exempt  # the signed token in the address is the proof; RFC 8058 posts
@require_http_methods(["GET", "HEAD", "POST"])
def withdraw(request, token):
    """GET: a page with a button (a mail scanner following links withdraws
    nothing). POST: delete the signature, from that button or from a mail
    client's one-click unsubscribe (RFC 8058)."""
    target = withdrawal_target(token)
    if isinstance(target, Outcome):
        if target.state == "gone" and request.method == "POST":
            target = Outcome("withdrawn")  # withdrawing twice withdraws
        return outcome_response(request, target)
    if request.method != "POST":
        context = {
            "action": action_view(Action.objects.with_counts().get(pk=target.action_id))
        }
        return render_state(request, "withdraw", **context)
    outcome = signature_withdraw(target)
    if request.POST.get("List-Unsubscribe") == "One-Click":
        return private(HttpResponse(status=200))
    return outcome_response(request, outcome)
