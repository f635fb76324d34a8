"""Keep cases' search text in step with the brands they name.

A case is found by the names and aliases of its published brands
(CampaignPage.extra_search_texts), read when the case is indexed. Publishing,
unpublishing or deleting a brand changes that text without saving the cases,
so the cases naming it are indexed again then, through the same task
Wagtail uses after a save (run at once, or by a worker when a task backend
is configured). Saving a draft of a brand changes nothing visitors find.
"""

from wagtail.search.tasks import insert_or_update_object_task


def reindex_cases_naming(brand_id):
    from campaigns.models import CampaignPage

    case_ids = CampaignPage.objects.filter(brands=brand_id).values_list("id", flat=True)
    for case_id in case_ids:
        insert_or_update_object_task.enqueue("campaigns", "campaignpage", str(case_id))


def reindex_after_publishing(sender, instance, **kwargs):
    """published / unpublished receiver for brands."""
    reindex_cases_naming(instance.pk)


def remember_cases_before_delete(sender, instance, **kwargs):
    """pre_delete receiver: the links to the cases are gone after the delete."""
    from campaigns.models import CampaignPage

    instance._cases_to_reindex = list(
        CampaignPage.objects.filter(brands=instance.pk).values_list("id", flat=True)
    )


def reindex_after_delete(sender, instance, **kwargs):
    for case_id in getattr(instance, "_cases_to_reindex", ()):
        insert_or_update_object_task.enqueue("campaigns", "campaignpage", str(case_id))


def connect_brand_indexing(brand_model):
    """Called from CampaignsConfig.ready()."""
    from django.db.models.signals import post_delete, pre_delete
    from wagtail.signals import published, unpublished

    for signal in (published, unpublished):
        signal.connect(
            reindex_after_publishing,
            sender=brand_model,
            dispatch_uid=f"brand-reindex-cases-{signal}",
        )
    pre_delete.connect(
        remember_cases_before_delete,
        sender=brand_model,
        dispatch_uid="brand-remember-cases",
    )
    post_delete.connect(
        reindex_after_delete, sender=brand_model, dispatch_uid="brand-reindex-cases"
    )
