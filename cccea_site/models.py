"""The site app's models, where Django and its migrations look for them.

They are defined by concern: the base page class and site-wide pages in
cccea_site.pages, the home page in cccea_site.home, the content generation's row in
cccea_site.serving.
"""

from cccea_site.home.page import HomePage, HomePageKeyFigure
from cccea_site.languages.fingerprints import TranslationFingerprint
from cccea_site.pages.base import RICH_TEXT_FEATURES, TranslatedPage
from cccea_site.pages.site_settings import SiteSettings
from cccea_site.pages.standard import StandardPage
from cccea_site.serving.content_generation import ContentGeneration

__all__ = [
    "RICH_TEXT_FEATURES",
    "ContentGeneration",
    "HomePage",
    "HomePageKeyFigure",
    "SiteSettings",
    "StandardPage",
    "TranslatedPage",
    "TranslationFingerprint",
]
