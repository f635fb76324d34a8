"""Demo actions, in four languages, with fictional confirmed signatures.

Returns the actions by the English slug of the case each belongs on; the
orchestrator (cccea_site.demo_content.loader) hands them to the campaigns
loader, which attaches them. Signers are numbered fictional people at
example.invalid addresses; a second run adds none.
"""

from pathlib import Path

from django.conf import settings
from django.utils import timezone

from actions.models import Action, Signature
from cccea_site.demo_content.helpers import load_translations

CONTENT_DIR = Path(__file__).resolve().parent
SIGNER_COUNTRIES = ["HK", "TW", "JP", "KR", "KH", "BD"]


def build_actions(report):
    """{case slug: Action}, created or updated in place."""
    content = load_translations(CONTENT_DIR)
    actions = {}
    for item in content.children("actions"):
        values = {
            **item.localized("addressed_to"),
            **item.localized("text"),
            **item.localized("thanks_text"),
            **{
                key: value
                for key, value in item.localized("title").items()
                if key != "title_en"
            },
            "kind": item["kind"],
            "goal": item["goal"],
            "asks_country": True,
            "asks_organisation": item["kind"] == "petition",
        }
        action, created = Action.objects.update_or_create(
            title_en=item["title"], defaults=values
        )
        add_demo_signatures(action, item)
        report.lines.append(
            f"{'created' if created else 'updated':9} {'Action':24} {action.title_en}"
        )
        actions[item["case"]] = action
    return actions


def add_demo_signatures(action, item):
    """`item["signatures"]` confirmed fictional signers, in every language."""
    languages = [code for code, _name in settings.LANGUAGES]
    names = item.localized("signer")
    now = timezone.now()
    signatures = []
    for number in range(1, item["signatures"] + 1):
        language = languages[number % len(languages)]
        suffix = language.replace("-", "_")
        signatures.append(
            Signature(
                action=action,
                email=f"demo-{action.pk}-{number}@example.invalid",
                name=f"{names[f'signer_{suffix}']} {number}",
                country=SIGNER_COUNTRIES[number % len(SIGNER_COUNTRIES)],
                language=language,
                created_at=now,
                last_requested_at=now,
                confirmed_at=now,
                emails_requested=1,
                emails_sent=1,
            )
        )
    Signature.objects.bulk_create(signatures, ignore_conflicts=True)
