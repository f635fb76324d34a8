"""Following's own addresses, under each language prefix (/ja/follow/…).

Registered from following.apps (cccea_site.serving.app_urls), matched
before the page tree.
"""

from django.urls import include, path

from following import views

app_name = "following"

follow_patterns = [
    path("<int:page_id>/", views.follow, name="follow"),
    path("<int:page_id>/check-your-inbox/", views.check_inbox, name="check_inbox"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("stop/<str:token>/", views.stop, name="stop"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path(
        "after-signing/<int:page_id>/<str:token>/",
        views.after_signing,
        name="after_signing",
    ),
]

urlpatterns = [path("follow/", include((follow_patterns, app_name)))]
