"""The follow form: an email address, nothing else (and a honeypot)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from actions.forms import SignForm


class FollowForm(forms.Form):
    email = forms.CharField(label=_("Email address"), max_length=254)
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs["id"] = f"follow-{page.pk}-{name}"
        self.fields["email"].widget.input_type = "email"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1"}
        )

    def full_clean(self):
        super().full_clean()
        if "email" in self.errors:
            attrs = self.fields["email"].widget.attrs
            attrs["aria-invalid"] = "true"
            attrs["aria-describedby"] = f"{attrs['id']}-error"

    # The same normalising and the same messages as the sign form.
    clean_email = SignForm.clean_email
    is_bot = SignForm.is_bot
