"""Two pages in the same place never share a slug in any language, and the
check costs one query however many siblings there are (a campaign list of
10,000 cases used to load every case on each save)."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from campaigns.factories import CampaignPageFactory


def new_case(site_tree, **slugs):
    with translation.override("en"):
        return CampaignPageFactory(parent=site_tree.campaigns, **slugs)


def test_a_japanese_slug_a_sibling_uses_is_refused_on_that_field(site_tree):
    new_case(site_tree, slug="first-case", slug_ja="dai-ichi")
    second = new_case(site_tree, slug="second-case")
    second.slug_ja = "dai-ichi"

    with pytest.raises(ValidationError) as refused:
        second.full_clean()

    assert list(refused.value.message_dict) == ["slug_ja"]


def test_an_untranslated_slug_falls_back_to_english_and_is_checked_so(site_tree):
    # A Korean visitor sees the first case at "shared" (its English slug):
    # a sibling may not take "shared" as its Korean slug.
    new_case(site_tree, slug="shared")
    second = new_case(site_tree, slug="second-case")
    second.slug_ko = "shared"

    with pytest.raises(ValidationError) as refused:
        second.full_clean()

    assert "slug_ko" in refused.value.message_dict
    assert "slug_en" not in refused.value.message_dict


def test_the_same_slug_under_another_parent_or_in_another_language_is_fine(
    site_tree,
):
    new_case(site_tree, slug="first-case", slug_ja="dai-ichi")
    second = new_case(site_tree, slug="second-case", slug_ko="dai-ichi")
    second.full_clean()  # "dai-ichi" is Japanese on one page, Korean on the other
    site_tree.about.slug_ja = "dai-ichi"  # another parent
    site_tree.about.full_clean()


def test_the_message_is_in_the_editors_language(site_tree):
    new_case(site_tree, slug="first-case")
    second = new_case(site_tree, slug="second-case")
    second.slug_en = second.slug = "first-case"
    with pytest.raises(ValidationError) as refused:
        second.full_clean()
    with translation.override("ja"):
        assert "同じ場所" in str(refused.value.message_dict["slug_en"][0])


def test_the_check_costs_the_same_with_many_siblings(site_tree):
    case = new_case(site_tree, slug="checked-case")

    def queries_of_clean():
        with CaptureQueriesContext(connection) as queries:
            case.full_clean()
        return len(queries)

    few = queries_of_clean()
    for number in range(30):
        new_case(site_tree, slug=f"another-case-{number}")
    assert queries_of_clean() == few
