"""Fields of the network pages translated per language (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from network.models import (
    AboutPage,
    GlobalNetworkPage,
    MemberOrganisationPage,
    MissionCommitment,
    MissionPage,
    RegionalCoalitionPage,
    VisionPage,
)


@register(AboutPage)
class AboutPageTranslation(TranslationOptions):
    fields = ("who_we_are", "how_we_work", "focus_issues")


@register(VisionPage)
class VisionPageTranslation(TranslationOptions):
    fields = ("statement",)


@register(MissionPage)
class MissionPageTranslation(TranslationOptions):
    fields = ("statement",)


@register(MissionCommitment)
class MissionCommitmentTranslation(TranslationOptions):
    fields = ("text",)


@register(GlobalNetworkPage)
class GlobalNetworkPageTranslation(TranslationOptions):
    fields = ("how_organised", "other_regions")


@register(RegionalCoalitionPage)
class RegionalCoalitionPageTranslation(TranslationOptions):
    fields = ("region", "description")


@register(MemberOrganisationPage)
class MemberOrganisationPageTranslation(TranslationOptions):
    fields = ("logo_alt_text", "description")
