from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Network"

    def ready(self):
        from cccea_site.search.query import register_result_type
        from network.models import MemberOrganisationPage

        register_result_type(
            "organisation",
            _("Member organisations"),
            lambda: MemberOrganisationPage.objects.values("id"),
            order=30,
        )
