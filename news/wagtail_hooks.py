"""Admin behaviour of news and publications: the topics snippet, and draft
publications' files kept from visitors."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news.documents import refuse_draft_files
from news.models import Topic


class TopicViewSet(SnippetViewSet):
    """Snippets > Topics: the vocabulary news and publications are filed under."""

    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


register_snippet(TopicViewSet)
hooks.register("before_serve_document", refuse_draft_files)
