"""What an editor sees of a page's followers on its edit view: how many
follow it, and for each announced update how many it reached and whether
sending is still going on. Counts only: never an address."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from following.models import Announcement, Follower

SHOWN_ANNOUNCEMENTS = 10


class FollowersPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Followers by email"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "following/admin/followers_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["followers"] = (
                Follower.objects.confirmed().filter(page_id=page.pk).count()
                if page.pk
                else 0
            )
            context["announcements"] = (
                [
                    {
                        "record": announcement,
                        "news": page.announcement(announcement.key, "en"),
                    }
                    for announcement in Announcement.objects.filter(page_id=page.pk)
                    .exclude(recipients=0)
                    .order_by("-created_at")[:SHOWN_ANNOUNCEMENTS]
                ]
                if page.pk
                else []
            )
            return context
