"""Fields of campaigns, cases and brands translated per language."""

from modeltranslation.translator import TranslationOptions, register

from campaigns.models import (
    Brand,
    CampaignDemand,
    CampaignIndexPage,
    CampaignPage,
    CampaignUpdate,
)


@register(Brand)
class BrandTranslation(TranslationOptions):
    fields = ("name",)


@register(CampaignIndexPage)
class CampaignIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(CampaignPage)
class CampaignPageTranslation(TranslationOptions):
    fields = (
        "summary",
        "body",
        "hero_image_alt",
        "cta_heading",
        "cta_text",
        "cta_button_label",
    )


@register(CampaignDemand)
class CampaignDemandTranslation(TranslationOptions):
    fields = ("text",)


@register(CampaignUpdate)
class CampaignUpdateTranslation(TranslationOptions):
    fields = ("title", "text")
