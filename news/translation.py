"""Fields of news, publications and topics translated per language."""

from modeltranslation.translator import TranslationOptions, register

from news.models import (
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    PublicationPage,
    Topic,
)


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PublicationIndexPage)
class PublicationIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("summary", "body", "hero_image_alt")


@register(PublicationPage)
class PublicationPageTranslation(TranslationOptions):
    fields = ("summary", "body", "cover_image_alt")
