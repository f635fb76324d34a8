"""Scale data: many fictional campaigns and member organisations, in four languages.

For benchmarks and query-count checks at volume (`load_demo_content
--campaigns 500 --organisations 1000`). Every item says it is fictional.
Items are numbered; a second run only adds the numbers still missing, so the
same options leave the same tree. Pages are added live without revisions (a
revision per page would triple the time and serves no one here).
"""

import datetime

from django.utils import timezone

from campaigns.models import Brand, CampaignIndexPage, CampaignPage
from network.models import MemberOrganisationPage, RegionalCoalitionPage
from news.models import NewsIndexPage, NewsPage, Topic

COUNTRIES = [
    "BD",
    "KH",
    "MM",
    "ID",
    "VN",
    "CN",
    "TW",
    "HK",
    "JP",
    "KR",
    "IN",
    "LK",
    "PK",
    "TH",
]
KINDS = [kind for kind, _label in CampaignPage.Kind.choices]
STATUSES = [status for status, _label in CampaignPage.Status.choices]
ORGANISATION_KINDS = [kind for kind, _label in MemberOrganisationPage.Kind.choices]

CASE_TITLES = {
    "en": "Example scale case {n} (fictional)",
    "zh_hant": "示例個案 {n}（虛構）",
    "ja": "事例 {n}（架空）",
    "ko": "예시 사례 {n} (가상)",
}
CASE_SUMMARIES = {
    "en": "A fictional case generated to measure the site at volume.",
    "zh_hant": "為測試網站在大量內容下的表現而產生的虛構個案。",
    "ja": "大量のコンテンツでサイトを計測するために作られた架空の事例です。",
    "ko": "대량의 콘텐츠에서 사이트를 측정하기 위해 만든 가상의 사례입니다.",
}
ORGANISATION_TITLES = {
    "en": "Example Member Organisation {n} (fictional)",
    "zh_hant": "示例成員組織 {n}（虛構）",
    "ja": "サンプル加盟団体 {n}（架空）",
    "ko": "예시 회원 단체 {n} (가상)",
}
ORGANISATION_DESCRIPTIONS = {
    "en": "<p>A fictional organisation generated to measure the site at volume.</p>",
    "zh_hant": "<p>為測試網站在大量內容下的表現而產生的虛構組織。</p>",
    "ja": "<p>大量のコンテンツでサイトを計測するために作られた架空の団体です。</p>",
    "ko": "<p>대량의 콘텐츠에서 사이트를 측정하기 위해 만든 가상의 단체입니다.</p>",
}
NEWS_TITLES = {
    "en": "Example scale news {n} (fictional)",
    "zh_hant": "示例新聞 {n}（虛構）",
    "ja": "ニュースの例 {n}（架空）",
    "ko": "예시 소식 {n} (가상)",
}
NEWS_KINDS = [kind for kind, _label in NewsPage.Kind.choices]


# Dates run back from the day the data is made, over about six years: the
# site never shows a case started, ended or updated, or news dated, in the
# future, and the newest items read as recent whenever it is loaded.
SPAN_DAYS = 6 * 365


def days_ago(today, days):
    return today - datetime.timedelta(days=days)


def case_dates(n, today):
    """(started, ended) for case `n`: both in the past, the end after the
    start (the date it would be resolved, if it is)."""
    started = days_ago(today, 30 + (n * 37) % SPAN_DAYS)
    ended = min(started + datetime.timedelta(days=30 + n % 300), today)
    return started, ended


def translated(field_name, texts, **values):
    """{"title": en, "title_en": …, "title_ja": …} from a text per language."""
    fields = {
        f"{field_name}_{lang}": text.format(**values) for lang, text in texts.items()
    }
    fields[field_name] = fields[f"{field_name}_en"]
    return fields


def missing_numbers(model, parent, prefix, count):
    existing = set(
        model.objects.child_of(parent)
        .filter(slug_en__startswith=prefix)
        .values_list("slug_en", flat=True)
    )
    return [n for n in range(1, count + 1) if f"{prefix}{n}" not in existing]


def add_live_child(parent, page):
    page.live = True
    page.first_published_at = page.last_published_at = timezone.now()
    parent.add_child(instance=page)


def add_campaigns(count, progress):
    index = CampaignIndexPage.objects.first()
    if index is None or count <= 0:
        return 0
    brands = list(Brand.objects.live())
    numbers = missing_numbers(CampaignPage, index, "scale-case-", count)
    today = timezone.localdate()
    for done, n in enumerate(numbers, start=1):
        status = STATUSES[n % len(STATUSES)]
        started_on, ended_on = case_dates(n, today)
        page = CampaignPage(
            slug=f"scale-case-{n}",
            kind=KINDS[n % len(KINDS)],
            status=status,
            publication_consent=True,
            countries=sorted(
                {COUNTRIES[n % len(COUNTRIES)], COUNTRIES[(n * 7) % len(COUNTRIES)]}
            ),
            started_on=started_on,
            # A case that ended has the date it ended (a database constraint).
            resolved_on=None if status == CampaignPage.Status.ACTIVE else ended_on,
            workers_affected=100 + (n * 37) % 5000,
            **translated("title", CASE_TITLES, n=n),
            **translated("summary", CASE_SUMMARIES),
        )
        if brands:
            page.brands = [brands[n % len(brands)]]
        add_live_child(index, page)
        progress("campaigns", done, len(numbers))
    return len(numbers)


def add_organisations(count, progress):
    coalitions = list(RegionalCoalitionPage.objects.order_by("path"))
    if not coalitions or count <= 0:
        return 0
    added = 0
    per_coalition = -(-count // len(coalitions))  # ceiling division
    for position, coalition in enumerate(coalitions):
        first = position * per_coalition + 1
        wanted = range(first, min(first + per_coalition, count + 1))
        existing = set(
            MemberOrganisationPage.objects.child_of(coalition)
            .filter(slug_en__startswith="scale-member-")
            .values_list("slug_en", flat=True)
        )
        for n in wanted:
            if f"scale-member-{n}" in existing:
                continue
            page = MemberOrganisationPage(
                slug=f"scale-member-{n}",
                country=COUNTRIES[n % len(COUNTRIES)],
                kind=ORGANISATION_KINDS[n % len(ORGANISATION_KINDS)],
                **translated("title", ORGANISATION_TITLES, n=n),
                **translated("description", ORGANISATION_DESCRIPTIONS),
            )
            add_live_child(coalition, page)
            added += 1
            progress("organisations", added, count)
    return added


def add_news(count, progress):
    """Numbered fictional news items, each on a topic and a case, for
    measuring the news list, feeds and case pages at volume."""
    index = NewsIndexPage.objects.first()
    if index is None or count <= 0:
        return 0
    topics = list(Topic.objects.all())
    cases = list(CampaignPage.objects.live().order_by("path")[:10])
    numbers = missing_numbers(NewsPage, index, "scale-news-", count)
    today = timezone.localdate()
    for done, n in enumerate(numbers, start=1):
        page = NewsPage(
            slug=f"scale-news-{n}",
            kind=NEWS_KINDS[n % len(NEWS_KINDS)],
            date=days_ago(today, (n * 13) % SPAN_DAYS),
            **translated("title", NEWS_TITLES, n=n),
            # The same words as the scale cases: fictional, for volume only.
            **translated("summary", CASE_SUMMARIES),
        )
        if topics:
            page.topics = [topics[n % len(topics)]]
        if cases:
            page.related_cases = [cases[n % len(cases)]]
        add_live_child(index, page)
        progress("news", done, len(numbers))
    return len(numbers)
