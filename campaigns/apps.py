from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns"

    def ready(self):
        from actions.pages import register_action_page_model
        from campaigns.indexing import connect_brand_indexing
        from campaigns.models import Brand, CampaignIndexPage, CampaignPage
        from cccea_site.search.query import register_result_type
        from cccea_site.serving.page_cache import invalidate_when_changed
        from following.pages import register_followable_page_model

        # Published brand names show on case pages, cards, filters and feeds:
        # publishing, unpublishing or deleting a brand empties the page cache
        # (a draft's save does not), and reindexes the cases naming it.
        invalidate_when_changed(Brand)
        connect_brand_indexing(Brand)
        # Cases carry petitions and pledges (their `attached_action` field).
        register_action_page_model(CampaignPage)
        # Readers follow cases by email (announcement_keys, announcement).
        register_followable_page_model(CampaignPage)
        register_followable_page_model(CampaignIndexPage)  # new urgent appeals

        def pages_of_kind(kind):
            return lambda: CampaignPage.objects.filter(kind=kind).values("id")

        register_result_type(
            "campaign", _("Campaigns"), pages_of_kind("campaign"), order=10
        )
        register_result_type(
            "urgent_appeal",
            _("Urgent appeals"),
            pages_of_kind("urgent_appeal"),
            order=20,
        )
