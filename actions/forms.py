"""The sign form: what a visitor gives, checked and normalised."""

import functools
import unicodedata

from django import forms
from django.conf import settings
from django.core.validators import validate_email
from django.forms.utils import flatatt
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries

from actions import proof_of_work

# Bidirectional overrides and isolates make a name display as something else
# (in an export handed to a brand, say); C0/C1 controls have no place in a name.
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


NEEDS_JAVASCRIPT = _(
    "This form needs JavaScript to check that a person is sending it. "
    "Turn JavaScript on in your browser, then send the form again."
)
PROOF_REFUSED = _(
    "The check that a person is sending this form did not work, or took too "
    "long. Send the form again."
)


def has_control_characters(text):
    return any(
        unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS for char in text
    )


def normalise_email(raw):
    """The address as stored and compared: trimmed, NFKC, lower case.

    NFKC folds full-width forms (ｅｘａｍｐｌｅ＠ｍａｉｌ．ｊｐ, common on
    Japanese and Chinese keyboards) to the ASCII an address is made of.
    """
    return unicodedata.normalize("NFKC", raw).strip().lower()


def country_choices():
    """The sign form's countries in the active language, a prompt first."""
    return [("", _("Choose your country")), *countries]


@functools.lru_cache(maxsize=16)
def country_options(language):
    """The options of country_choices() in `language`, as markup, none
    selected: the same for every form in that language, so built once."""
    with translation.override(language):
        return format_html_join("", '<option value="{}">{}</option>', country_choices())


class CountrySelect(forms.Select):
    """The <select> of country_choices() (the field's choices must be those).

    Django's Select renders each of the 250 options through a template of
    its own, and at the depth a page renders forms, every one of those small
    calls also paid for CPython 3.11 allocating and freeing a stack chunk
    (python/cpython#142183): 11-12 ms per sign form, a quarter of an
    uncached case page. Here the options are escaped once per language and
    the chosen one marked with one replace: the same markup (attributes such
    as id, required and aria-invalid included) in 0.15 ms.
    """

    def render(self, name, value, attrs=None, renderer=None):
        options = country_options(translation.get_language() or settings.LANGUAGE_CODE)
        # As Select.format_value: no value chooses the prompt.
        chosen = format_html('<option value="{}"', "" if value is None else value)
        # Escaped markup with one escaped attribute added stays safe.
        options = mark_safe(  # noqa: S308
            options.replace(f"{chosen}>", f"{chosen} selected>", 1)
        )
        final_attrs = self.build_attrs(self.attrs, attrs)
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(final_attrs), options
        )


class SignForm(forms.Form):
    """Name and email always; country and organisation as the action asks.

    `website` is a honeypot: hidden from people (and from screen readers),
    filled by bots that fill every field.
    """

    name = forms.CharField(label=pgettext_lazy("person", "Name"), max_length=120)
    email = forms.CharField(label=_("Email address"), max_length=254)
    country = forms.ChoiceField(
        label=_("Country"), required=False, widget=CountrySelect
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"), max_length=200, required=False
    )
    keep_informed = forms.BooleanField(
        label=_("Keep me informed about this campaign by email (optional)"),
        required=False,
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        if action.asks_country:
            self.fields["country"].required = True
            self.fields["country"].choices = country_choices()
        else:
            del self.fields["country"]
        if not action.asks_organisation:
            del self.fields["organisation"]
        for name, field in self.fields.items():
            field.widget.attrs.setdefault("id", f"action-{action.pk}-{name}")
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.input_type = "email"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        if "organisation" in self.fields:
            self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1"}
        )
        if proof_of_work.is_required():
            # Filled by static/js/action-form.js (actions.proof_of_work).
            self.fields["proof"] = forms.CharField(
                required=False, widget=forms.HiddenInput
            )

    def clean(self):
        cleaned_data = super().clean()
        if "proof" in self.fields and not self.errors:
            proof = cleaned_data.get("proof", "")
            if not proof:
                self.add_error(None, NEEDS_JAVASCRIPT)
            elif not proof_of_work.is_solved(proof):
                self.add_error(None, PROOF_REFUSED)
        return cleaned_data

    def full_clean(self):
        super().full_clean()
        # Each field with an error says so to assistive technology, and
        # points at its message (templates/actions/includes/form_field.html).
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                attrs["aria-describedby"] = f"{attrs['id']}-error"

    def clean_name(self):
        name = self.cleaned_data["name"]
        if has_control_characters(name):
            raise forms.ValidationError(
                _("Remove the control characters from your name.")
            )
        return name

    def clean_organisation(self):
        organisation = self.cleaned_data["organisation"]
        if has_control_characters(organisation):
            raise forms.ValidationError(
                _("Remove the control characters from the organisation.")
            )
        return organisation

    def clean_email(self):
        email = normalise_email(self.cleaned_data["email"])
        try:
            validate_email(email)
        except forms.ValidationError:
            raise forms.ValidationError(
                _("Enter an email address such as name@example.org.")
            ) from None
        return email

    def is_bot(self):
        """The honeypot was filled in."""
        return bool(self.data.get("website", "").strip())
