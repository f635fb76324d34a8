"""Factories for actions and signatures (see cccea_site.pages.factories)."""

import factory
from django.utils import timezone

from actions.models import Action, Signature
from cccea_site.pages.factories import in_every_language


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    kind = Action.Kind.PETITION
    locals().update(in_every_language("title", "Pay the workers now"))
    locals().update(in_every_language("addressed_to", "Northwind Apparel (fictional)"))
    locals().update(in_every_language("text", "We ask Northwind to pay the severance"))
    goal = 1000
    asks_country = True
    asks_organisation = True


class SignatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signature

    action = factory.SubFactory(ActionFactory)
    email = factory.Sequence(lambda n: f"signer{n}@example.org")
    name = factory.Sequence(lambda n: f"Signer {n}")
    country = "HK"
    language = "en"
    created_at = factory.LazyFunction(timezone.now)
    last_requested_at = factory.SelfAttribute("created_at")
    confirmed_at = factory.LazyFunction(timezone.now)
    emails_requested = 1
    emails_sent = 1
