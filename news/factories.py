"""Factories for news, publications and topics (see cccea_site.pages.factories)."""

import datetime

import factory
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from cccea_site.pages.factories import TranslatedPageFactory, in_every_language
from news.models import (
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    PublicationPage,
    Topic,
)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    name_en = factory.SelfAttribute("name")
    name_zh_hant = factory.LazyAttribute(lambda topic: f"{topic.name} [zh-hant]")
    name_ja = factory.LazyAttribute(lambda topic: f"{topic.name} [ja]")
    name_ko = factory.LazyAttribute(lambda topic: f"{topic.name} [ko]")
    slug = factory.Sequence(lambda n: f"topic-{n}")


def text_body(text):
    """A news body of one text block, in every language."""
    return {
        name: [("text", RichText(f"<p>{value}</p>"))]
        for name, value in in_every_language("body", text).items()
    }


class NewsIndexPageFactory(TranslatedPageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"
    show_in_menus = True
    locals().update(in_every_language("intro", "News intro", rich=True))


class PublicationIndexPageFactory(TranslatedPageFactory):
    class Meta:
        model = PublicationIndexPage

    title = "Publications"
    slug = "publications"
    show_in_menus = True
    locals().update(in_every_language("intro", "Publications intro", rich=True))


def set_relation(name):
    @factory.post_generation
    def setter(page, create, extracted, **kwargs):
        if create and extracted:
            getattr(page, name).set(extracted)
            page.save()

    return setter


class NewsPageFactory(TranslatedPageFactory):
    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Example news {n}")
    kind = NewsPage.Kind.STATEMENT
    date = datetime.date(2026, 5, 4)
    locals().update(in_every_language("summary", "News summary"))
    locals().update(text_body("News body"))

    topics = set_relation("topics")
    organisations = set_relation("organisations")
    related_cases = set_relation("related_cases")
    brands = set_relation("brands")


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Report file {n}")
    file = factory.django.FileField(filename="report.pdf", data=b"%PDF-1.4\n%%EOF\n")
    # Recorded at upload by Wagtail's form, as here.
    file_size = factory.LazyAttribute(lambda document: document.file.size)


class PublicationPageFactory(TranslatedPageFactory):
    class Meta:
        model = PublicationPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Example report {n}")
    kind = PublicationPage.Kind.REPORT
    date = datetime.date(2026, 4, 20)
    locals().update(in_every_language("summary", "Report summary"))
    locals().update(in_every_language("body", "Report description", rich=True))

    topics = set_relation("topics")
    organisations = set_relation("organisations")
    related_cases = set_relation("related_cases")
