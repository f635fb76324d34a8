"""The front page's sections below the featured appeal, as editors order them.

Each section is a block without fields (a StaticBlock): the editor chooses
which sections show and in what order, and the content comes from the site
(the latest cases, the latest news, the home page's own figures and
introduction). Every section's content is read whether or not it shows, so
reordering or hiding sections never changes the page's query count.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HomeSectionBlock(blocks.StaticBlock):
    """A section whose template lives in templates/cccea_site/home/."""

    class Meta:
        icon = "list-ul"


def section(name, label, admin_text):
    return (
        name,
        HomeSectionBlock(
            label=label,
            admin_text=admin_text,
            template=f"cccea_site/home/{name}.html",
        ),
    )


SECTION_BLOCKS = [
    section(
        "current_appeals",
        _("Current appeals and campaigns"),
        _("The active cases updated most recently, after the featured appeal."),
    ),
    section(
        "latest_news",
        _("Latest news"),
        _("The latest news and statements, with a link to publications."),
    ),
    section(
        "key_figures",
        _("Key figures"),
        _("The figures entered under Key figures on this page."),
    ),
    section(
        "introduction",
        _("About the coalition"),
        _("The introduction entered on this page."),
    ),
]

DEFAULT_SECTIONS = [(name, None) for name, _block in SECTION_BLOCKS]
