"""Demo followers: a few fictional confirmed readers (example.org addresses)
following the first demo case with a petition, one per language; a second
run adds none."""

from django.utils import timezone
from wagtail.models import Page

from following.models import Follower

DEMO_READERS = [
    ("reader-en@example.org", "en"),
    ("reader-zh@example.org", "zh-hant"),
    ("reader-ja@example.org", "ja"),
    ("reader-ko@example.org", "ko"),
]


def build_followers(case_slugs):
    """Followers for the published pages with these (English) slugs."""
    now = timezone.now()
    for page in Page.objects.live().filter(slug_en__in=case_slugs):
        for email, language in DEMO_READERS:
            Follower.objects.get_or_create(
                page=page,
                email=email,
                defaults={
                    "language": language,
                    "created_at": now,
                    "last_requested_at": now,
                    "confirmed_at": now,
                    "emails_requested": 1,
                    "emails_sent": 1,
                },
            )
