"""Shared fixtures: a whole site tree built by factories, in four languages."""

import io
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import translation

from campaigns.factories import (
    BrandFactory,
    CampaignDemandFactory,
    CampaignIndexPageFactory,
    CampaignPageFactory,
    CampaignUpdateFactory,
)
from cccea_site.factories import (
    HomePageKeyFigureFactory,
    StandardPageFactory,
    site_with_home,
)
from cccea_site.models import SiteSettings
from network.factories import (
    AboutPageFactory,
    GlobalNetworkPageFactory,
    MemberOrganisationPageFactory,
    MissionCommitmentFactory,
    MissionPageFactory,
    RegionalCoalitionPageFactory,
    VisionPageFactory,
)
from news.factories import (
    DocumentFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    TopicFactory,
)
from tests.production.servers import free_port, manage, production_environment

LANGUAGES = ["en", "zh-hant", "ja", "ko"]
# The attribute names of site_tree's pages, one of every page type.
SITE_TREE_PAGES = [
    "home",
    "about",
    "vision",
    "mission",
    "network",
    "coalition",
    "member",
    "standard",
    "campaigns",
    "case",
    "news_index",
    "news",
    "publications",
    "publication",
]


@pytest.fixture(autouse=True)
def english_outside_requests():
    """Requests activate their language; tests read models in English."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths; a rolled-back test must not leave them."""
    cache.clear()
    yield
    cache.clear()


def closed_port():
    """A loopback port nothing listens on."""
    return free_port()


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """Static files collected as the Docker image does (hashed, compressed)."""
    root = tmp_path_factory.mktemp("static")
    result = manage(
        "collectstatic",
        "--noinput",
        "-v",
        "0",
        env=production_environment(STATIC_ROOT=str(root)),
    )
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def redis_down():
    """The cache points at a Redis that is not there."""
    cache = {
        "default": {
            "BACKEND": "cccea_site.serving.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    with override_settings(CACHES=cache):
        yield


@pytest.fixture
def site_tree(db):
    """One page of every type, every text translated, as the content tree has it."""
    home = site_with_home()
    SiteSettings.for_site(home.get_site())  # created now, not by the first request
    HomePageKeyFigureFactory(page=home, number="1989")
    about = AboutPageFactory(parent=home)
    vision = VisionPageFactory(parent=about)
    mission = MissionPageFactory(parent=about)
    MissionCommitmentFactory(page=mission, text="Work in solidarity", sort_order=0)
    MissionCommitmentFactory(page=mission, text="Lobby governments", sort_order=1)
    network = GlobalNetworkPageFactory(parent=home)
    coalition = RegionalCoalitionPageFactory(
        parent=network, title="East Asian Coalition", slug="east-asian-coalition"
    )
    member = MemberOrganisationPageFactory(
        parent=coalition, title="Example Union (fictional)", slug="example-union"
    )
    standard = StandardPageFactory(parent=home, title="Contact", slug="contact")
    campaigns = CampaignIndexPageFactory(parent=home)
    case = CampaignPageFactory(
        parent=campaigns,
        title="Example severance case",
        slug="example-severance-case",
        brands=[BrandFactory(slug="northwind", name="Northwind (fictional)")],
    )
    case.related_organisations.set([member])
    case.save()
    CampaignDemandFactory(page=case)
    CampaignUpdateFactory(page=case)
    topic = TopicFactory(slug="living-wage", name="Living wage")
    news_index = NewsIndexPageFactory(parent=home)
    news = NewsPageFactory(
        parent=news_index,
        title="Example statement",
        slug="example-statement",
        topics=[topic],
        organisations=[member],
        related_cases=[case],
        brands=[case.brands.first()],
    )
    publications = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(
        parent=publications,
        title="Example report",
        slug="example-report",
        document_en=DocumentFactory(title="Example report"),
        topics=[topic],
        organisations=[member],
        related_cases=[case],
    )
    return SimpleNamespace(
        home=home,
        about=about,
        vision=vision,
        mission=mission,
        network=network,
        coalition=coalition,
        member=member,
        standard=standard,
        campaigns=campaigns,
        case=case,
        news_index=news_index,
        news=news,
        publications=publications,
        publication=publication,
    )


@pytest.fixture(scope="module")
def demo_content_for_module(django_db_setup, django_db_blocker):
    """The demo site, loaded once for a whole test module, then rolled back.

    Loading it takes seconds; a module's tests each run inside their own
    transaction nested in this one (as Django's setUpTestData does), so each
    starts from the same demo site and none sees another's changes.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture
def demo_site(demo_content_for_module, db):
    """The demo site (see demo_content_for_module), for one test."""


@pytest.fixture
def editor(client, db):
    """The test client, logged in to the admin as a superuser."""
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def every_page(site_tree):
    """(name, page) for each page type in the tree."""
    return list(vars(site_tree).items())


@pytest.fixture
def smtp_port():
    """A loopback port for tests.email_server.SmtpServer."""
    return free_port()


@pytest.fixture
def database_tasks(smtp_port, monkeypatch):
    """Jobs kept in the database (run them with tests.email_server.run_worker)
    and emails sent over SMTP to `smtp_port`."""
    # The worker closes stale connections between jobs; inside a test's
    # transaction that would close the test's own.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections",
        lambda: None,
    )
    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=smtp_port,
        EMAIL_USE_TLS=False,
        EMAIL_USE_SSL=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=5,
        ACTIONS_EMAIL_RETRY_SECONDS=0,
    ):
        yield
