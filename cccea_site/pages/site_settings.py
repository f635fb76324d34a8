"""Site settings: the logo in every page's header and the translated
site-wide text every page's footer shows."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from cccea_site.pages.forms import TranslatedModelForm


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The header's logo and the site-wide text in every page's footer:
    about line, contact, links.

    Edit under Settings > Site settings; the text is translated per language.
    """

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in every page's header and in link previews when a page has "
            "no picture of its own. PNG, JPEG or WebP; leave empty for the "
            "site's own mark."
        ),
    )
    logo_shows_name = models.BooleanField(
        _("show the coalition's name beside the logo"),
        default=True,
        help_text=_(
            "Untick if the logo already spells out the name: its description "
            "then says the name."
        ),
    )
    logo_alt = models.CharField(
        _("logo description"),
        max_length=200,
        blank=True,
        help_text=_(
            "What the logo says, for people who cannot see it, e.g. the "
            "coalition's name. Needed only when the name is not shown beside it."
        ),
    )

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
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("logo_shows_name"), FieldPanel("logo_alt")],
            heading=_("Logo"),
        ),
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

    def clean(self):
        super().clean()
        # A logo standing alone is the header's only link home: without a
        # description, a screen reader would announce an unnamed link. The
        # English description is every other language's fallback.
        english_alt = build_localized_fieldname("logo_alt", settings.LANGUAGE_CODE)
        if self.logo_id and not self.logo_shows_name and not getattr(self, english_alt):
            raise ValidationError(
                {
                    english_alt: _(
                        "Describe the logo (the coalition's name), or show the "
                        "name beside it."
                    )
                }
            )

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
