from django.apps import AppConfig


class CcceaSiteConfig(AppConfig):
    name = "cccea_site"
    verbose_name = "Site"
