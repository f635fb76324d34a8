"""Fields of this app translated per language (django-modeltranslation).

Page's own title, slug and SEO fields are registered by wagtail-modeltranslation;
registering them again here would fail.
"""

from modeltranslation.translator import TranslationOptions, register

from cccea_site.models import HomePage, HomePageKeyFigure, SiteSettings, StandardPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("hero_heading", "hero_text", "intro", "featured_image_alt")


@register(HomePageKeyFigure)
class HomePageKeyFigureTranslation(TranslationOptions):
    fields = ("label",)


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = (
        "footer_text",
        "contact_address",
        "newsletter_url",
        "donate_url",
        "logo_alt",
    )
