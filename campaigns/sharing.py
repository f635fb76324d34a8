"""Share links for a case: plain links, no third-party scripts or trackers."""

from urllib.parse import quote, urlencode

from django.utils.translation import pgettext


def share_links(url, title):
    """(name, href) pairs for the share buttons, in display order."""
    text = f"{title} {url}"
    return [
        ("X", "https://x.com/intent/post?" + urlencode({"text": title, "url": url})),
        (
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        (
            "LINE",
            "https://social-plugins.line.me/lineit/share?" + urlencode({"url": url}),
        ),
        ("WhatsApp", "https://wa.me/?" + urlencode({"text": text})),
        (
            pgettext("share by", "Email"),
            f"mailto:?subject={quote(title)}&body={quote(url)}",
        ),
    ]
