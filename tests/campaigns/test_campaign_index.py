"""The campaign list's index answers exactly as a pass over every campaign would.

CampaignIndex keeps sets per filter value so that a request's cost does not
grow with the archive; these tests compare it with the plain definition (a
campaign matches when every filter matches; a facet counts the campaigns
matching the other filters) on a few hundred made-up campaigns.
"""

import itertools
import random
from datetime import date, timedelta

import pytest

from campaigns.listing import CampaignFacts, CampaignIndex

KINDS = ["campaign", "urgent_appeal"]
STATUSES = ["active", "won", "closed"]
COUNTRIES = ["BD", "KH", "MM", "ID", "VN"]
BRANDS = ["northwind", "southwind", "eastwind", "westwind"]
YEARS = [2021, 2022, 2023]


def made_up_campaigns(count, seed=20):
    chance = random.Random(seed)
    return [
        CampaignFacts(
            id=number,
            kind=chance.choice(KINDS),
            status=chance.choice(STATUSES),
            countries=chance.sample(COUNTRIES, chance.randint(0, 2)),
            year=chance.choice(YEARS),
            brands=set(chance.sample(BRANDS, chance.randint(0, 2))),
            # Many share a date: ties are broken by id, newest first.
            last_updated=date(2023, 1, 1) - timedelta(days=chance.randint(0, 30)),
        )
        for number in range(1, count + 1)
    ]


def plain_list(facts, filters):
    matching = [item for item in facts if item.matches(filters)]
    return sorted(matching, key=lambda item: (item.last_updated, item.id), reverse=True)


def plain_counts(facts, name, filters):
    counts = {}
    for item in facts:
        if item.matches(filters, skip=name):
            for value in item.values_of(name):
                counts[value] = counts.get(value, 0) + 1
    return counts


FILTER_CHOICES = [
    {},
    {"kind": "urgent_appeal"},
    {"country": "KH"},
    {"brand": "northwind"},
    {"year": 2022},
    {"status": "won", "country": "BD"},
    {"kind": "campaign", "brand": "eastwind", "year": 2021},
    {"country": "VN", "brand": "westwind", "status": "active", "kind": "campaign"},
    {"brand": "no-such-brand"},
    {"country": "KH", "brand": "no-such-brand"},
]


@pytest.mark.parametrize("filters", FILTER_CHOICES)
def test_the_list_and_every_facet_match_a_pass_over_all_campaigns(filters):
    facts = made_up_campaigns(400)
    index = CampaignIndex(facts)

    for attempt in range(2):  # the second answer comes from what the index kept
        assert index.matching(filters) == plain_list(facts, filters), attempt
        for name in ("kind", "status", "country", "brand", "year"):
            assert index.counts(name, filters) == plain_counts(facts, name, filters)


def test_what_the_index_keeps_is_bounded_by_the_filter_values():
    facts = made_up_campaigns(300)
    index = CampaignIndex(facts)
    values = {
        "kind": KINDS,
        "status": STATUSES,
        "country": COUNTRIES,
        "brand": BRANDS,
        "year": YEARS,
    }
    single_filters = [
        {name: value} for name, options in values.items() for value in options
    ]
    for first, second in itertools.product(single_filters, repeat=2):
        filters = {**first, **second}
        index.matching(filters)
        for name in values:
            index.counts(name, filters)

    # One list per single filter, counts per facet with no or one other
    # filter; combinations of two filters are computed, not kept.
    value_count = sum(len(options) for options in values.values())
    assert len(index._kept) <= value_count + len(values) * (1 + value_count)
