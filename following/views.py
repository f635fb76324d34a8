"""The follow endpoint and the pages a follower lands on, in their language.

As with the sign form (actions.views), the follow form sits on cached pages
and carries no CSRF token: a POST is taken only when the browser says it
comes from this site, and a forged one can at most send one confirmation
email (rate-limited), since nobody is mailed news before confirming.
Every answer here is private and never cached; none holds an address.
"""

import logging

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from actions import rate_limits
from actions.models import Signature
from actions.pages import pages_carrying
from actions.tokens import LinkExpired, LinkInvalid, read_token, token_matches
from actions.views import body_too_large, comes_from_this_site, private
from cccea_site.serving.visibility import public_pages
from following.forms import FollowForm
from following.models import Follower
from following.pages import is_followable
from following.services import (
    Outcome,
    confirmation_target,
    follower_by_token,
    follower_confirm,
    follower_from_signature,
    follower_request,
    follower_stop,
    stop_target,
)
from following.tokens import (
    AFTER_SIGNING_SALT,
    AFTER_SIGNING_SECONDS,
    MANAGE_SALT,
    stop_token,
)

logger = logging.getLogger(__name__)

STATUS_OF = {
    "confirmed": 200,
    "already_confirmed": 200,
    "stopped": 200,
    "expired": 410,
    "gone": 410,
    "invalid": 400,
}


def followable_page(request, page_id):
    """The live, public, followable page `page_id`, or 404."""
    page = Page.objects.live().filter(pk=page_id).specific().first()
    if page is None or not is_followable(page) or not public_pages(request, [page]):
        raise Http404
    return page


def live_page(request, page_id):
    """For the pages after a link: the page if visitors may still see it."""
    try:
        return followable_page(request, page_id) if page_id else None
    except Http404:
        return None


def render_state(request, state, page=None, status=200, **context):
    context = {"state": state, "followed_page": page, **context}
    return private(
        TemplateResponse(request, "following/state_page.html", context, status=status)
    )


@csrf_exempt  # checked by comes_from_this_site (module docstring)
@require_http_methods(["GET", "HEAD", "POST"])
def follow(request, page_id):
    """GET: the follow form on a page of its own. POST: follow the page."""
    if request.method == "POST" and body_too_large(request):
        return render_state(request, "too_large", status=413)
    page = followable_page(request, page_id)
    if request.method != "POST":
        context = {"followed_page": page}
        return TemplateResponse(request, "following/follow_page.html", context)
    if not comes_from_this_site(request):
        logger.warning(
            "Follow request for page %s refused: not from this site", page.pk
        )
        return render_state(request, "forbidden", page, status=403)
    form = FollowForm(request.POST, page=page)
    if form.is_bot():
        return answer_followed(page)  # told it worked; nothing stored or sent
    if not form.is_valid():
        context = {"form": form, "followed_page": page}
        return private(
            TemplateResponse(request, "following/follow_page.html", context, status=400)
        )
    email = form.cleaned_data["email"]
    if rate_limits.scope_is_busy(f"follow:{page.pk}") or rate_limits.address_is_busy_in(
        f"follow-{page.pk}", email
    ):
        return render_state(request, "busy", page, status=429)
    follower_request(page, email, request.LANGUAGE_CODE)
    return answer_followed(page)


def answer_followed(page):
    """The same answer whether the address is new, followed already, or a bot's."""
    url = reverse("following:check_inbox", args=[page.pk])
    return private(HttpResponseRedirect(url, status=303))


@require_http_methods(["GET", "HEAD"])
def check_inbox(request, page_id):
    return render_state(request, "check_inbox", followable_page(request, page_id))


def outcome_response(request, outcome):
    page = live_page(request, outcome.page_id)
    return render_state(request, outcome.state, page, status=STATUS_OF[outcome.state])


@csrf_exempt  # the signed token in the address is the proof
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET: a page with a button (a mail scanner opening links confirms
    nothing). POST: the follower is mailed from now on."""
    target = confirmation_target(token)
    if isinstance(target, Outcome):
        return outcome_response(request, target)
    if request.method != "POST":
        return render_state(request, "confirm", live_page(request, target.page_id))
    return outcome_response(request, follower_confirm(target))


@csrf_exempt  # the signed token in the address is the proof; RFC 8058 posts
@require_http_methods(["GET", "HEAD", "POST"])
def stop(request, token):
    """GET: a page with a button. POST: delete the follower, from that
    button or a mail client's one-click unsubscribe (RFC 8058)."""
    target = stop_target(token)
    if isinstance(target, Outcome):
        if target.state == "gone" and request.method == "POST":
            target = Outcome("stopped")  # unfollowing twice unfollows
        return outcome_response(request, target)
    if request.method != "POST":
        return render_state(request, "stop", live_page(request, target.page_id))
    outcome = follower_stop(target)
    if request.POST.get("List-Unsubscribe") == "One-Click":
        return private(HttpResponse(status=200))
    return outcome_response(request, outcome)


def signature_just_confirmed(token):
    """The confirmed signature, with "keep me informed" ticked, that an
    offer's link names; or the state page to show instead."""
    try:
        signature_id, address = read_token(
            token, AFTER_SIGNING_SALT, max_age=AFTER_SIGNING_SECONDS
        )
    except LinkExpired:
        return "expired"
    except LinkInvalid:
        return "invalid"
    signature = Signature.objects.filter(pk=signature_id).first()
    if (
        signature is None
        or not token_matches(signature, address)
        or not signature.is_confirmed
        or not signature.keep_informed
    ):
        return "gone"
    return signature


@csrf_exempt  # the signed token in the address is the proof
@require_http_methods(["GET", "HEAD", "POST"])
def after_signing(request, page_id, token):
    """Follow a case from a signature's "confirmed" page, in one click.

    GET: a page with the button. POST: a confirmed follower at once."""
    signature = signature_just_confirmed(token)
    if isinstance(signature, str):
        return render_state(request, signature, status=STATUS_OF[signature])
    page = followable_page(request, page_id)
    if page not in pages_carrying(request, signature.action):
        raise Http404
    if request.method != "POST":
        return render_state(request, "confirm", page)
    follower_from_signature(page, signature)
    return render_state(request, "confirmed", page)


@require_http_methods(["GET", "HEAD"])
def manage(request, token):
    """Everything the address in an email's link follows, each with its own
    button to stop. Links never expire; the page is private, never cached."""
    target = follower_by_token(token, MANAGE_SALT)
    if isinstance(target, Outcome):
        state = "invalid" if target.state == "expired" else target.state
        return render_state(request, state, status=STATUS_OF[state])
    followed = []
    for follower in Follower.objects.confirmed().filter(email=target.email):
        page = live_page(request, follower.page_id)
        if page is not None:
            followed.append({"page": page, "stop_token": stop_token(follower)})
    context = {"followed": followed}
    return private(TemplateResponse(request, "following/manage_page.html", context))
