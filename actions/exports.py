"""Signatures for staff: counts, and the CSV handed to a brand.

The CSV is UTF-8 with a byte-order mark, so Excel opens Chinese, Japanese
and Korean names correctly. It holds confirmed signatures only, names and
countries by default; email addresses only when asked for explicitly, and
every such export is logged (who, which action, how many rows: never the
addresses).
"""

import csv
import io
import logging

from django.db.models import Count, Q
from django.utils import translation
from django_countries import countries

from actions.models import Signature

logger = logging.getLogger(__name__)

BOM = "\ufeff"


def signature_counts(action):
    """Counts by state, language and country (one query each)."""
    signatures = Signature.objects.filter(action=action)
    totals = signatures.aggregate(
        confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
        unconfirmed=Count("pk", filter=Q(confirmed_at__isnull=True)),
        keep_informed=Count("pk", filter=Q(keep_informed=True)),
    )
    confirmed = signatures.confirmed()
    by_language = list(
        confirmed.values("language").annotate(count=Count("pk")).order_by("-count")
    )
    by_country = [
        {
            "country": row["country"],
            "name": countries.name(row["country"]) or "—",
            "count": row["count"],
        }
        for row in confirmed.values("country")
        .annotate(count=Count("pk"))
        .order_by("-count")
    ]
    return {**totals, "by_language": by_language, "by_country": by_country}


def signatures_csv(action, with_emails=False, exported_by="command"):
    """The confirmed signatures of `action` as CSV text (with its BOM)."""
    rows = action.signatures.confirmed().order_by("confirmed_at", "pk")
    header = ["name", "country", "organisation", "language", "confirmed_at"]
    if with_emails:
        header.insert(1, "email")
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(header)
    count = 0
    with translation.override("en"):
        for signature in rows.iterator():
            row = [
                spreadsheet_safe(signature.name),
                signature.country.name if signature.country else "",
                spreadsheet_safe(signature.organisation),
                signature.language,
                signature.confirmed_at.isoformat(timespec="seconds"),
            ]
            if with_emails:
                row.insert(1, signature.email)
            writer.writerow(row)
            count += 1
    if with_emails:
        logger.warning(
            "Signatures of action %s exported WITH email addresses by %s (%s rows)",
            action.pk,
            exported_by,
            count,
        )
    else:
        logger.info(
            "Signatures of action %s exported by %s (%s rows)",
            action.pk,
            exported_by,
            count,
        )
    return out.getvalue()


def spreadsheet_safe(text):
    """A cell a spreadsheet shows as text, never runs as a formula."""
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text
