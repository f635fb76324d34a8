"""The base package: what every page of the site is built on.

- base.py: TranslatedPage, the base class of every page type, and the rich-text
  features editors get; its preview in each language.
- forms.py: the edit form of every page (translators change translations only).
- widgets.py: the admin's multiple select that editors search by typing.
- standard.py: StandardPage (contact, privacy, accessibility statement).
- site_settings.py: SiteSettings, the translated site-wide text.
- footer.py: the footer every page shows, from the site settings.
- pagination.py: page-number links for any listing.
- related.py: sections one app adds to another app's pages (a case's
  latest news), registered from the adding app's AppConfig.ready().
- publishing.py: publishing outside the edit form (workflow approval, bulk
  Publish), refusing cleanly when a page's clean() does.
- factories.py: factory_boy bases every app's factories build on.

Dependency direction (tests/cccea_site/test_architecture.py holds it):

    cccea_site.pages, .serving, .languages, .search, .seo, .operations
        depend on Django, Wagtail and each other, never on a content app;
    network, actions, campaigns, news (and the apps to come)
        build on them; campaigns may use network and actions, never the
        reverse; actions names no page type (they register with it); news
        may use campaigns and network, and none of them imports news;
    cccea_site.home (the home page) and cccea_site.demo_content.loader
        are the only modules of cccea_site that may import a content app,
        and no content app imports them.

A content app that needs the base to know about it (a page cache
invalidation, a search filter) registers itself from its AppConfig.ready()
(campaigns.apps, network.apps), so the base never names it.
"""
