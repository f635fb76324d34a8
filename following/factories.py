import factory
from django.utils import timezone

from following.models import Follower


class FollowerFactory(factory.django.DjangoModelFactory):
    """A confirmed follower (example.org addresses only)."""

    class Meta:
        model = Follower

    email = factory.Sequence(lambda number: f"follower-{number}@example.org")
    language = "en"
    created_at = factory.LazyFunction(timezone.now)
    last_requested_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)
    emails_requested = 1
    emails_sent = 1
