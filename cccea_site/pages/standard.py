"""Standard pages: plain text such as contact, privacy, accessibility."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from cccea_site.pages.base import RICH_TEXT_FEATURES, TranslatedPage


class StandardPage(TranslatedPage):
    """A plain page of text: contact, privacy, accessibility statement and so on.

    Tick "Show in menus" on the Promote tab to list it in the main navigation;
    otherwise link to it from the footer or from other pages.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence or two shown in larger type under the title."),
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The text of the page."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["cccea_site.HomePage", "cccea_site.StandardPage"]
    subpage_types = ["cccea_site.StandardPage"]

    description_fields = ("intro", "body")

    class Meta:
        verbose_name = _("standard page")
