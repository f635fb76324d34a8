"""Brands change like pages: drafts, history, review; visitors see what is published.

Driven through the real snippet views (Snippets > Brands) as translators,
moderators and editors use them, and read back from the public pages as a
visitor (anonymous, page cache on) sees them.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from campaigns.factories import BrandFactory
from campaigns.models import Brand
from tests.admin_forms import form_errors, submit_form_at

CASE_JA = "/ja/campaigns/example-severance-case/"
OLD_JA_NAME = "Northwind (fictional) [ja]"
NEW_JA_NAME = "ノースウィンド・アパレル"


def brand_url(view, brand, *args):
    return reverse(f"wagtailsnippets_campaigns_brand:{view}", args=[brand.pk, *args])


def logged_in(username, group=None, *, superuser=False, language=""):
    """A test client logged in as a new user of `group`."""
    users = get_user_model().objects
    if superuser:
        user = users.create_superuser(username, f"{username}@example.org", "pw")
    else:
        user = users.create_user(username, f"{username}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def visitor(db):
    """An anonymous visitor of the public site (`client` may be logged in)."""
    return Client()


@pytest.fixture
def translator(db):
    """A member of Translators, working in a Japanese admin."""
    return logged_in("translator", "Translators", language="ja")


@pytest.fixture
def moderator(db):
    """A member of Wagtail's Moderators group (not a superuser)."""
    return logged_in("moderator", "Moderators")


@pytest.fixture
def northwind(site_tree):
    """The published brand the severance case names."""
    return site_tree.case.brands.get()


def submit_brand_form(client, brand, action=None, script_data=None, **changes):
    """Open the brand's edit view, change `changes`, press `action` (None:
    Save draft)."""
    return submit_form_at(
        client, brand_url("edit", brand), action, script_data, changes
    )


def live_brand(brand):
    return Brand.objects.get(pk=brand.pk)


def visitor_sees(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def submit_for_moderation(translator, brand, **changes):
    response = submit_brand_form(translator, brand, "action-submit", **changes)
    assert response.status_code == 302, form_errors(response.content.decode())
    task_state = live_brand(brand).current_workflow_task_state
    assert task_state is not None, "the brand is not in moderation"
    return task_state


# A translator's draft is not public until it is published.


def test_a_translators_draft_name_is_public_only_once_a_moderator_approves_it(
    visitor, translator, moderator, northwind
):
    assert OLD_JA_NAME in visitor_sees(visitor, CASE_JA)

    response = submit_brand_form(translator, northwind, name_ja=NEW_JA_NAME)

    assert response.status_code == 302
    page = visitor_sees(visitor, CASE_JA)
    assert OLD_JA_NAME in page
    assert NEW_JA_NAME not in page
    assert live_brand(northwind).has_unpublished_changes

    mail.outbox.clear()
    task_state = submit_for_moderation(translator, northwind)
    assert NEW_JA_NAME not in visitor_sees(visitor, CASE_JA)
    # The moderator hears of it and finds it on their dashboard, as for a page.
    assert "moderator@example.org" in [message.to[0] for message in mail.outbox]
    assert brand_url("edit", northwind) in moderator.get("/admin/").content.decode()

    response = moderator.post(
        brand_url("workflow_action", northwind, "approve", task_state.pk),
        {"comment": ""},
    )

    assert response.status_code == 302
    brand = live_brand(northwind)
    assert brand.live
    assert not brand.has_unpublished_changes
    assert brand.name_ja == NEW_JA_NAME
    page = visitor_sees(visitor, CASE_JA)
    assert NEW_JA_NAME in page
    assert OLD_JA_NAME not in page


def test_a_brand_in_moderation_is_locked_to_its_translator_until_sent_back(
    translator, moderator, northwind
):
    task_state = submit_for_moderation(translator, northwind, name_ja=NEW_JA_NAME)

    locked = submit_brand_form(translator, northwind, name_ja="別の名前")

    assert locked.status_code == 200  # the form again, not saved
    assert live_brand(northwind).get_latest_revision_as_object().name_ja == (
        NEW_JA_NAME
    )

    response = moderator.post(
        brand_url("workflow_action", northwind, "reject", task_state.pk),
        {"comment": "Use the katakana the brand uses in Japan."},
    )
    assert response.status_code == 302

    edit_view = translator.get(brand_url("edit", northwind)).content.decode()
    assert "Use the katakana the brand uses in Japan." in edit_view
    reopened = submit_brand_form(translator, northwind, name_ja="ノースウインド")
    assert reopened.status_code == 302
    draft = live_brand(northwind).get_latest_revision_as_object()
    assert draft.name_ja == "ノースウインド"
    assert live_brand(northwind).name_ja == OLD_JA_NAME


def test_an_editor_publishes_a_translators_draft_from_the_edit_view(
    visitor, translator, northwind
):
    editor = logged_in("an-editor", "Editors")
    submit_brand_form(translator, northwind, name_ja=NEW_JA_NAME)

    response = submit_brand_form(editor, northwind, "action-publish")

    assert response.status_code == 302
    assert live_brand(northwind).name_ja == NEW_JA_NAME
    assert NEW_JA_NAME in visitor_sees(visitor, CASE_JA)
    assert NEW_JA_NAME in visitor_sees(visitor, "/ja/campaigns/")  # filter, card


@override_settings(PAGE_CACHE_ENABLED=True)
def test_a_draft_keeps_the_cached_pages_and_publishing_empties_them(
    visitor, editor, northwind
):
    visitor_sees(visitor, CASE_JA)

    submit_brand_form(editor, northwind, name_ja=NEW_JA_NAME)

    assert visitor.get(CASE_JA)["X-Cache"] == "HIT"

    submit_brand_form(editor, northwind, "action-publish")

    response = visitor.get(CASE_JA)
    assert response["X-Cache"] == "MISS"
    assert NEW_JA_NAME in response.content.decode()


def test_the_draft_keeps_the_english_name_in_the_admin_for_everyone(
    translator, northwind
):
    submit_brand_form(translator, northwind, name_ja=NEW_JA_NAME)

    brand = live_brand(northwind)
    assert brand.latest_revision.object_str == "Northwind (fictional)"
    assert brand.get_latest_revision_as_object().name_en == "Northwind (fictional)"


# A brand never published is nowhere on the public site.


@pytest.fixture
def unpublished_brand(site_tree):
    """A brand saved as a draft and never published, named by the case."""
    brand = BrandFactory(draft=True, slug="hidden-brand", name="Hiddenwear (fictional)")
    case = site_tree.case
    case.brands.add(brand)
    case.save_revision().publish()
    return brand


@pytest.mark.parametrize(
    "path",
    [
        "/en/campaigns/example-severance-case/",
        "/en/campaigns/example-severance-case/print/",
        "/en/campaigns/",
        "/en/campaigns/feed/",
        "/en/",
    ],
)
def test_a_never_published_brand_is_not_shown(visitor, unpublished_brand, path):
    page = visitor_sees(visitor, path)
    assert "Hiddenwear" not in page
    assert "hidden-brand" not in page


def test_a_never_published_brand_is_not_a_filter(visitor, unpublished_brand):
    assert visitor.get("/en/campaigns/?brand=hidden-brand").status_code == 400
    assert visitor.get("/en/campaigns/feed/?brand=hidden-brand").status_code == 404
    listing = visitor_sees(visitor, "/en/campaigns/?brand=northwind")
    assert "1 campaign" in listing


def test_search_finds_a_case_by_its_brand_once_the_brand_is_published(
    visitor, editor, unpublished_brand
):
    assert "Example severance case" not in visitor_sees(
        visitor, "/en/search/?q=Hiddenwear"
    )

    response = submit_brand_form(editor, unpublished_brand, "action-publish")

    assert response.status_code == 302
    assert "Example severance case" in visitor_sees(visitor, "/en/search/?q=Hiddenwear")
    assert "Hiddenwear" in visitor_sees(visitor, "/en/campaigns/")


def test_an_unpublished_brand_leaves_the_site(visitor, editor, northwind):
    assert "Northwind" in visitor_sees(visitor, "/en/campaigns/")
    assert "Example severance case" in visitor_sees(visitor, "/en/search/?q=Northwind")

    response = editor.post(brand_url("unpublish", northwind))

    assert response.status_code == 302
    assert not live_brand(northwind).live
    assert "Northwind" not in visitor_sees(visitor, "/en/campaigns/")
    assert "Northwind" not in visitor_sees(
        visitor, "/en/campaigns/example-severance-case/"
    )
    assert "Example severance case" not in visitor_sees(
        visitor, "/en/search/?q=Northwind"
    )


def test_a_deleted_brand_no_longer_finds_its_cases(visitor, northwind):
    northwind.delete()

    assert "Example severance case" not in visitor_sees(
        visitor, "/en/search/?q=Northwind"
    )


# History and search in the admin.


def test_revisions_are_listed_in_the_brands_history(editor, translator, northwind):
    submit_brand_form(translator, northwind, name_ja=NEW_JA_NAME)
    submit_brand_form(editor, northwind, "action-publish", aliases="Northwind")

    history = editor.get(brand_url("history", northwind))

    assert history.status_code == 200
    rows = history_rows(history.content.decode())
    assert [(row["user"], row["action"]) for row in rows] == [
        ("editor", "Published"),
        ("editor", "Edited"),
        ("translator", "Edited"),
    ]
    drafted, published = live_brand(northwind).revisions.order_by("created_at")
    assert drafted.user.username == "translator"
    assert drafted.as_object().name_ja == NEW_JA_NAME
    # The translator's version can be reviewed and compared with the next.
    assert brand_url("revisions_revert", northwind, drafted.pk) in rows[2]["links"]
    compare = f"{brand_url('history', northwind)}revisions/compare/"
    assert f"{compare}{drafted.pk}...{published.pk}/" in rows[1]["links"]
    assert editor.get(f"{compare}{drafted.pk}...{published.pk}/").status_code == 200


def history_rows(html):
    """The history listing's rows: action, user and the links of each."""
    table = BeautifulSoup(html, "html.parser").select("table.listing")[-1]
    rows = []
    for row in table.select("tbody tr"):
        cells = [" ".join(cell.get_text().split()) for cell in row.find_all("td")]
        rows.append(
            {
                "action": next(text for text in cells if text).split()[0],
                "user": next(
                    (text for text in cells if text in ("editor", "translator")), ""
                ),
                "links": [link["href"] for link in row.find_all("a", href=True)],
            }
        )
    return rows


BLUECREST = "Bluecrest (fictional)"
OTHER = "Other Brand (fictional)"


@pytest.fixture
def brands_in_every_script(db):
    BrandFactory(
        slug="bluecrest",
        name="Bluecrest (fictional)",
        name_zh_hant="藍頂服飾",
        name_ja="ブルークレスト",
        name_ko="블루크레스트",
        aliases="BC Apparel\n藍頂成衣",
    )
    BrandFactory(slug="other", name="Other Brand (fictional)", name_ja="別の会社")


def listed_brands(client, query=""):
    """The names in the admin's list of brands (its search results for `query`)."""
    response = client.get(
        reverse("wagtailsnippets_campaigns_brand:list_results"), {"q": query}
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    titles = soup.select("[id^=snippet_][id$=_title]")
    return sorted(" ".join(title.get_text().split()) for title in titles)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("服飾", [BLUECREST]),  # two characters inside a Chinese name
        ("成衣", [BLUECREST]),  # inside an alias
        ("クレスト", [BLUECREST]),  # Japanese, longer than two characters
        ("크레", [BLUECREST]),  # Korean
        ("会社", [OTHER]),
        ("Blue", [BLUECREST]),  # a Latin name by its start
        ("apparel", [BLUECREST]),  # a Latin alias by a word's start
        ("不在", []),
    ],
)
def test_the_admin_finds_a_brand_by_a_word_of_any_name(
    editor, brands_in_every_script, query, found
):
    assert listed_brands(editor, query) == found


def test_the_list_shows_a_translators_draft_name_in_their_language(
    editor, translator, northwind
):
    submit_brand_form(translator, northwind, name_ja=NEW_JA_NAME)

    assert listed_brands(translator) == [NEW_JA_NAME]
    assert listed_brands(editor) == ["Northwind (fictional)"]


def test_the_admin_finds_a_brand_by_its_draft_name(editor, translator, northwind):
    submit_brand_form(translator, northwind, name_ja=NEW_JA_NAME)

    assert listed_brands(editor, "アパレル") == ["Northwind (fictional)"]
    assert listed_brands(translator, "アパレル") == [NEW_JA_NAME]


def list_queries(client, **params):
    url = reverse("wagtailsnippets_campaigns_brand:list")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def add_brands_with_drafts(count):
    for number in range(count):
        brand = BrandFactory()
        brand.name_ja = f"下書きの名前{number}"
        brand.save_revision()


def test_the_list_of_brands_costs_the_same_queries_for_2_or_20(editor, db):
    add_brands_with_drafts(2)
    few = [
        list_queries(editor),
        list_queries(editor, q="下書"),
        list_queries(editor, q="Example"),
    ]
    add_brands_with_drafts(18)
    many = [
        list_queries(editor),
        list_queries(editor, q="下書"),
        list_queries(editor, q="Example"),
    ]
    assert few == many == [9, 9, 9]


# Translators cannot publish, whatever they post.


def test_translators_may_not_publish_brands(db):
    permissions = Group.objects.get(name="Translators").permissions
    assert permissions.filter(codename="change_brand").exists()
    assert not permissions.filter(codename="publish_brand").exists()
    for group in ("Editors", "Moderators"):
        permissions = Group.objects.get(name=group).permissions
        assert permissions.filter(codename="publish_brand").exists()


def test_a_translators_forged_publish_saves_a_draft_only(
    visitor, translator, northwind
):
    response = submit_brand_form(
        translator,
        northwind,
        "action-publish",
        name_ja=NEW_JA_NAME,
        name_en="Renamed in English",
    )

    assert response.status_code == 302
    brand = live_brand(northwind)
    assert brand.name_ja == OLD_JA_NAME
    assert brand.name_en == "Northwind (fictional)"
    assert brand.has_unpublished_changes
    assert not ModelLogEntry.objects.filter(
        object_id=str(northwind.pk), action="wagtail.publish"
    ).exists()
    assert OLD_JA_NAME in visitor_sees(visitor, CASE_JA)


def test_a_translator_cannot_approve_their_own_submission(
    visitor, translator, northwind
):
    task_state = submit_for_moderation(translator, northwind, name_ja=NEW_JA_NAME)

    submit_brand_form(
        translator,
        northwind,
        "action-workflow-action",
        script_data={"workflow-action-name": "approve"},
    )
    translator.post(
        brand_url("workflow_action", northwind, "approve", task_state.pk),
        {"comment": ""},
    )

    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
    assert live_brand(northwind).name_ja == OLD_JA_NAME
    assert OLD_JA_NAME in visitor_sees(visitor, CASE_JA)


def test_a_translator_cannot_unpublish_or_add_a_brand(translator, northwind):
    translator.post(brand_url("unpublish", northwind))
    assert live_brand(northwind).live

    add_url = reverse("wagtailsnippets_campaigns_brand:add")
    translator.post(
        add_url,
        {"name_en": "Forged (fictional)", "slug": "forged", "action-publish": "1"},
    )
    assert not Brand.objects.filter(slug="forged").exists()


def test_a_translator_changes_only_a_brands_translations(translator, northwind):
    """The English name, slug and aliases are read-only for a translator, and
    a forged POST of them changes nothing, draft or published."""
    english_name, slug = northwind.name_en, northwind.slug

    response = submit_brand_form(
        translator,
        northwind,
        name_ja=NEW_JA_NAME,
        name_en="Defaced",
        slug="defaced",
        aliases="Defaced",
    )

    assert response.status_code == 302, form_errors(response.content.decode())
    draft = live_brand(northwind).get_latest_revision_as_object()
    assert draft.name_ja == NEW_JA_NAME
    assert (draft.name_en, draft.slug, draft.aliases) == (
        english_name,
        slug,
        northwind.aliases,
    )
    form = BeautifulSoup(
        translator.get(brand_url("edit", northwind)).content, "html.parser"
    )
    assert form.find(attrs={"name": "name_en"}).has_attr("disabled")
    assert form.find(attrs={"name": "slug"}).has_attr("disabled")
    assert not form.find(attrs={"name": "name_ja"}).has_attr("disabled")
    assert english_name in form.find(class_="english-source").get_text()
