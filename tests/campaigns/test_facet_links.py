"""A selected filter value links to the list without it; links and lists that
combine several filters are kept out of search engines."""

import re

import pytest

PATH = "/en/campaigns/"
NOINDEX = '<meta name="robots" content="noindex">'


def facet_links(html):
    """{label: attributes of its <a>} for every facet value."""
    return {
        label: attributes
        for attributes, label in re.findall(
            r'<a class="facet__link" ([^>]*)>([^<]+?) <span class="facet__count">',
            html,
        )
    }


def href(attributes):
    return re.search(r'href="([^"]*)"', attributes).group(1).replace("&amp;", "&")


def test_a_selected_value_links_to_the_list_without_it(client, cases):
    html = client.get(f"{PATH}?kind=campaign&status=won").content.decode()
    links = facet_links(html)

    assert 'aria-current="true"' in links["Won"]
    assert href(links["Won"]) == "?kind=campaign"
    assert href(links["Campaign"]) == "?status=won"
    assert "(remove this filter)" in html
    # The list without the last filter is the whole list.
    alone = facet_links(client.get(f"{PATH}?status=won").content.decode())
    assert href(alone["Won"]) == "?"
    assert client.get(f"{PATH}?").status_code == 200


def test_following_a_selected_value_drops_it(client, cases):
    html = client.get(f"{PATH}?kind=campaign&status=won").content.decode()
    dropped = client.get(PATH + href(facet_links(html)["Won"])).content.decode()
    assert "2 campaigns and cases" in dropped
    assert 'aria-current="true"' in facet_links(dropped)["Campaign"]
    assert 'aria-current="true"' not in facet_links(dropped)["Won"]


def test_links_combining_filters_are_nofollow(client, cases):
    unfiltered = facet_links(client.get(PATH).content.decode())
    assert all('rel="nofollow"' not in link for link in unfiltered.values())

    one = facet_links(client.get(f"{PATH}?kind=campaign").content.decode())
    assert 'rel="nofollow"' in one["Won"]  # kind and status together
    assert href(one["Won"]) == "?kind=campaign&status=won"
    assert 'rel="nofollow"' not in one["Urgent appeal"]  # kind alone
    assert 'rel="nofollow"' not in one["Campaign"]  # back to no filter

    two = facet_links(client.get(f"{PATH}?kind=campaign&status=won").content.decode())
    assert 'rel="nofollow"' not in two["Won"]  # leaves kind alone
    assert 'rel="nofollow"' in two["Taiwan"]


@pytest.mark.parametrize(
    ("query", "indexed"),
    [
        ("", True),
        ("?kind=campaign", True),
        ("?kind=campaign&page=1", True),
        ("?kind=campaign&status=won", False),
        ("?kind=campaign&status=won&country=TW", False),
    ],
)
def test_a_list_with_several_filters_is_not_indexed(client, cases, query, indexed):
    html = client.get(f"{PATH}{query}").content.decode()
    assert (NOINDEX not in html) == indexed
    assert html.count('name="robots"') == (0 if indexed else 1)
