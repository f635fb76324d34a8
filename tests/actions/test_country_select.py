"""The sign form's country list is written out from markup built once per
language (actions.forms.CountrySelect, for speed); it must give the markup
Django's own Select gives, in every language and for any submitted value."""

import pytest
from django import forms
from django.test.html import parse_html
from django.utils import translation

from actions.forms import CountrySelect, country_choices

ATTRIBUTES = {"id": "action-7-country", "required": True, "aria-invalid": "true"}
SUBMITTED = [None, "", "KH", "TW", "not-a-country", '"><script>alert(1)</script>']


@pytest.mark.parametrize("language", ["en", "zh-hant", "ja", "ko"])
@pytest.mark.parametrize("value", SUBMITTED)
def test_country_list_matches_djangos_select(language, value):
    with translation.override(language):
        ours = CountrySelect().render("country", value, ATTRIBUTES)
        djangos = forms.Select(choices=country_choices()).render(
            "country", value, ATTRIBUTES
        )

    assert parse_html(ours) == parse_html(djangos)


def test_each_language_gets_its_own_country_names():
    with translation.override("ja"):
        japanese = CountrySelect().render("country", "KH", {})
    with translation.override("ko"):
        korean = CountrySelect().render("country", "KH", {})

    assert '<option value="KH" selected>カンボジア</option>' in japanese
    assert '<option value="KH" selected>캄보디아</option>' in korean
    assert japanese.count(" selected") == korean.count(" selected") == 1


def test_a_forged_value_selects_nothing_and_stays_escaped():
    html = CountrySelect().render("country", '"><script>alert(1)</script>', {})

    assert " selected" not in html
    assert "<script>" not in html
