"""A picture's renditions, once in the cache, are read from it on every render
and not written back (cccea_site.serving.cache.MarksRenditionsAsCached):
Wagtail 8.0 writes back renditions it read from the cache itself."""

from unittest import mock

import pytest
from django.core.cache import caches
from wagtail.images.models import Rendition
from wagtail_factories import ImageFactory

SPECS = ("width-480", "format-webp|width-800")


@pytest.fixture
def image(db):
    caches["renditions"].clear()
    return ImageFactory()


def test_renditions_read_from_the_cache_are_not_written_back(image):
    image.get_renditions(*SPECS)  # made, and stored in the cache
    fresh = type(image).objects.get(pk=image.pk)  # a new request's image
    with mock.patch.object(
        Rendition.cache_backend, "set_many", wraps=Rendition.cache_backend.set_many
    ) as set_many:
        found = fresh.get_renditions(*SPECS)
    assert set_many.call_count == 0
    assert {spec: rendition.pk for spec, rendition in found.items()} == {
        spec: rendition.pk for spec, rendition in image.get_renditions(*SPECS).items()
    }


def test_renditions_the_cache_lacks_are_still_stored_in_it(image):
    image.get_renditions(*SPECS)
    caches["renditions"].clear()
    fresh = type(image).objects.get(pk=image.pk)
    with mock.patch.object(
        Rendition.cache_backend, "set_many", wraps=Rendition.cache_backend.set_many
    ) as set_many:
        fresh.get_renditions(*SPECS)
    assert set_many.call_count == 1


def test_the_image_tag_does_not_write_back_a_rendition_it_found(image):
    """{% image %} uses get_rendition(), which writes whatever it found."""
    stored = image.get_rendition("fill-96x96")
    from_cache = type(image).objects.get(pk=image.pk)
    prefetched = type(image).objects.prefetch_related("renditions").get(pk=image.pk)
    for found_image in (from_cache, prefetched):
        with mock.patch.object(
            Rendition.cache_backend, "set", wraps=Rendition.cache_backend.set
        ) as cache_set:
            found_image.get_rendition("fill-96x96")
        assert cache_set.call_count == 1  # called, and written by nothing
    assert caches["renditions"].get(stored.get_cache_key()).pk == stored.pk
