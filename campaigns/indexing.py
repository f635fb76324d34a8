"""Keep cases' search text in step with the brands they name.

A case is found by the names and aliases of its published brands
(CampaignPage.extra_search_texts), read when the case is indexed. Publishing,
unpublishing or deleting a brand changes that text without saving the cases,
so the cases naming it are indexed again then, all in one batch with what
their search text reads prefetched: a few queries whether a brand names
five cases or five hundred. Saving a draft of a brand changes nothing
visitors find.
"""

from wagtail.search.backends import get_search_backends

# What CampaignPage.extra_search_texts reads besides the case's own columns.
SEARCH_TEXT_RELATIONS = ("brands", "demands", "updates")


def reindex_cases(case_ids):
    from campaigns.models import CampaignPage

    cases = list(
        CampaignPage.objects.filter(id__in=case_ids).prefetch_related(
            *SEARCH_TEXT_RELATIONS
        )
    )
    if not cases:
        return
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(CampaignPage, cases)


def case_ids_naming(brand_id):
    from campaigns.models import CampaignPage

    return list(
        CampaignPage.objects.filter(brands=brand_id).values_list("id", flat=True)
    )


def reindex_after_publishing(sender, instance, **kwargs):
    """published / unpublished receiver for brands."""
    reindex_cases(case_ids_naming(instance.pk))


def remember_cases_before_delete(sender, instance, **kwargs):
    """pre_delete receiver: the links to the cases are gone after the delete."""
    instance._cases_to_reindex = case_ids_naming(instance.pk)


def reindex_after_delete(sender, instance, **kwargs):
    reindex_cases(getattr(instance, "_cases_to_reindex", ()))


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
