"""Fields of actions translated per language."""

from modeltranslation.translator import TranslationOptions, register

from actions.models import Action


@register(Action)
class ActionTranslation(TranslationOptions):
    fields = ("title", "addressed_to", "text", "consent_notice", "thanks_text")
