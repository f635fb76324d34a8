"""The actions' own addresses, under each language prefix (/ja/actions/…).

Registered from actions.apps (cccea_site.serving.app_urls), matched before
the page tree.
"""

from django.urls import include, path

from actions import views

app_name = "actions"

action_patterns = [
    path("<int:action_id>/sign/", views.sign, name="sign"),
    path("<int:action_id>/check-your-inbox/", views.check_inbox, name="check_inbox"),
    path("challenge/", views.challenge, name="challenge"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("withdraw/<str:token>/", views.withdraw, name="withdraw"),
]

urlpatterns = [path("actions/", include((action_patterns, app_name)))]
