"""Site settings: the translated site-wide text every page's footer shows."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from cccea_site.pages.forms import TranslatedModelForm


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Site-wide text shown in every page's footer: about line, contact, links.

    Edit under Settings > Site settings; the text is translated per language.
    """

    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A sentence about the coalition shown in every page's footer."),
    )
    contact_address = models.TextField(
        _("contact address"),
        blank=True,
        help_text=_("Postal address shown in the footer, one line per line."),
    )
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("Public email address shown in the footer."),
    )
    facebook_url = models.URLField(
        _("Facebook page"), blank=True, help_text=_("Full address of the page.")
    )
    instagram_url = models.URLField(
        _("Instagram profile"), blank=True, help_text=_("Full address of the profile.")
    )
    x_url = models.URLField(
        _("X profile"), blank=True, help_text=_("Full address of the profile.")
    )
    youtube_url = models.URLField(
        _("YouTube channel"), blank=True, help_text=_("Full address of the channel.")
    )

    # Per language, never shown in another language's place: each language
    # may use its own provider, and an empty one hides the link.
    newsletter_url = models.URLField(
        _("newsletter sign-up page"),
        blank=True,
        help_text=_(
            "Where readers of this language sign up for the newsletter (your own "
            "provider's page). Leave empty to show no newsletter link."
        ),
    )
    donate_url = models.URLField(
        _("donation page"),
        blank=True,
        help_text=_(
            "Where readers of this language can donate. Leave empty to show no "
            "donation link."
        ),
    )

    base_form_class = TranslatedModelForm

    panels = [
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel("contact_address"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("newsletter_url"), FieldPanel("donate_url")],
            heading=_("Newsletter and donations"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        """(name, url) pairs for the footer, in a fixed order, only those set."""
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]

    def support_links(self, language):
        """(label, url) for the newsletter and donation pages set in
        `language`, without falling back to another language's."""
        suffix = language.replace("-", "_")
        links = [
            (_("Newsletter"), getattr(self, f"newsletter_url_{suffix}", "")),
            (_("Donate"), getattr(self, f"donate_url_{suffix}", "")),
        ]
        return [(label, url) for label, url in links if url]
