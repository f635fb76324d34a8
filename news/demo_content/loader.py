"""Demo news, statements and publications in four languages (all fictional).

Linked to the demo cases, brands and member organisations (campaigns and
network are built first). Each publication gets a PDF per language it lists,
drawn by Pillow with its title in that language: nothing is downloaded.
"""

import io
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model

from campaigns.models import Brand, CampaignPage
from cccea_site.demo_content.helpers import (
    DEFAULT_LANGUAGE,
    LOGO_COLOURS,
    generated_image,
    load_translations,
    paragraphs,
    upsert_page,
)
from network.models import MemberOrganisationPage
from news.models import (
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    PublicationPage,
    Topic,
)

CONTENT_DIR = Path(__file__).resolve().parent
# Fonts that draw Chinese, Japanese and Korean, where the system has them
# (Debian's fonts-noto-cjk); else Pillow's own font draws the Latin text.
CJK_FONTS = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
]
A4_AT_72_DPI = (595, 842)


def build_topics(content):
    topics = {}
    for item in content.children("topics"):
        values = item.localized("name")
        topic, created = Topic.objects.get_or_create(slug=item["slug"], defaults=values)
        if not created and any(getattr(topic, k) != v for k, v in values.items()):
            for name, value in values.items():
                setattr(topic, name, value)
            topic.save()
        topics[item["slug"]] = topic
    return topics


def news_body(item, index, picture, texts):
    """The blocks of a news item's body in each language, as stored (raw)."""
    values = {}
    for lang, table in item.by_language.items():
        blocks = [{"type": "text", "value": str(paragraphs(table["body"][:1]))}]
        if table.get("quote"):
            blocks.append(
                {
                    "type": "quote",
                    "value": {
                        "text": table["quote"],
                        "attribution": table["attribution"],
                    },
                }
            )
        if index % 2 == 0:
            blocks.append(
                {
                    "type": "image",
                    "value": {
                        "image": picture.pk,
                        "alt_text": texts[lang]["alt"],
                        "caption": texts[lang]["caption"],
                        "credit": texts[lang]["credit"],
                    },
                }
            )
        blocks.append({"type": "text", "value": str(paragraphs(table["body"][1:]))})
        values[f"body_{lang}"] = blocks
    values["body"] = values[f"body_{DEFAULT_LANGUAGE}"]
    return values


def stored_blocks(stream):
    """A stream's blocks as news_body() writes them (ids left out)."""
    return [
        {"type": block["type"], "value": block["value"]}
        for block in (stream.get_prep_value() if stream is not None else [])
    ]


def without_unchanged_bodies(parent, slug, values):
    """Leave out the body of a page whose blocks are already these: a stream
    never equals the list it was saved from, and every run would republish."""
    page = NewsPage.objects.child_of(parent).filter(slug_en=slug).first()
    if page is None:
        return values
    body_fields = [name for name in values if name.startswith("body")]
    if all(stored_blocks(getattr(page, n)) == values[n] for n in body_fields):
        return {k: v for k, v in values.items() if k not in body_fields}
    return values


def picture_texts(content):
    """{language suffix: {"alt", "caption", "credit"}} of the demo pictures."""
    index = content.child("publication_index")
    return {
        lang: {
            "alt": table["picture_alt"],
            "caption": table["caption"],
            "credit": table["credit"],
        }
        for lang, table in index.by_language.items()
    }


def demo_picture(title, number):
    return generated_image(
        f"Demo picture: {title}",
        "CCCEA · example",
        LOGO_COLOURS[number % len(LOGO_COLOURS)],
        size=(1200, 675),
        font_size=72,
    )


def build_news(report, home_page, content, topics, members, cases, brands):
    index = content.child("news_index")
    index_page = upsert_page(
        report,
        home_page,
        NewsIndexPage,
        index["slug"],
        {**index.localized("title"), **index.rich_text("intro"), "show_in_menus": True},
    )
    texts = picture_texts(content)
    for number, item in enumerate(content.children("news")):
        picture = demo_picture(item.en["title"], number)
        values = {
            **item.localized("title"),
            **item.localized("summary"),
            **news_body(item, number, picture, texts),
            "kind": item["kind"],
            "date": item["date"],
            "hero_image": picture,
            **{f"hero_image_alt_{lang}": text["alt"] for lang, text in texts.items()},
            "hero_image_alt": texts[DEFAULT_LANGUAGE]["alt"],
        }
        upsert_page(
            report,
            index_page,
            NewsPage,
            item["slug"],
            without_unchanged_bodies(index_page, item["slug"], values),
            relations={
                "topics": [topics[slug] for slug in item["topics"]],
                "organisations": [members[slug] for slug in item["authors"]],
                "related_cases": [cases[slug] for slug in item["cases"]],
                "brands": [brands[slug] for slug in item["brands"]],
            },
        )
    return index_page


def build_publications(report, home_page, content, topics, members, cases):
    index = content.child("publication_index")
    index_page = upsert_page(
        report,
        home_page,
        PublicationIndexPage,
        index["slug"],
        {**index.localized("title"), **index.rich_text("intro"), "show_in_menus": True},
    )
    for item in content.children("publications"):
        files = {
            f"document_{suffix(code)}": demo_pdf(item, code)
            for code in item["languages"]
        }
        upsert_page(
            report,
            index_page,
            PublicationPage,
            item["slug"],
            {
                **item.localized("title"),
                **item.localized("summary"),
                **item.rich_text("body"),
                "kind": item["kind"],
                "date": item["date"],
                **files,
            },
            relations={
                "topics": [topics[slug] for slug in item["topics"]],
                "organisations": [members[slug] for slug in item["authors"]],
                "related_cases": [cases[slug] for slug in item["cases"]],
            },
        )
    return index_page


def suffix(code):
    return code.replace("-", "_")


def demo_pdf(item, code):
    """A one-page PDF of the publication's title in language `code`, saved
    once as a Wagtail document named in that language."""
    table = item.by_language[suffix(code)]
    title = f"{table['title']} [{code}]"
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing:
        return existing
    page = PillowImage.new("RGB", A4_AT_72_DPI, "#ffffff")
    draw = ImageDraw.Draw(page)
    font = cjk_font(22)
    draw.text((48, 64), "FICTIONAL DEMO FILE", fill="#a3123a", font=cjk_font(28))
    y = 120
    for line in wrapped(table["title"], 24 if code != "en" else 44):
        draw.text((48, y), line, fill="#1b1b1f", font=font)
        y += 34
    for line in wrapped(table["summary"], 30 if code != "en" else 60):
        draw.text((48, y + 24), line, fill="#333333", font=cjk_font(16))
        y += 24
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", title=title)
    document = document_model(
        title=title,
        file=ContentFile(buffer.getvalue(), name=f"{table['file_name']}.pdf"),
        file_size=len(buffer.getvalue()),
    )
    document.save()
    return document


def cjk_font(size):
    for path in CJK_FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def wrapped(text, width):
    return [text[start : start + width] for start in range(0, len(text), width)]


def build_news_and_publications(report, home_page):
    content = load_translations(CONTENT_DIR)
    topics = build_topics(content)
    members = {page.slug_en: page for page in MemberOrganisationPage.objects.all()}
    cases = {page.slug_en: page for page in CampaignPage.objects.all()}
    brands = {brand.slug: brand for brand in Brand.objects.all()}
    build_news(report, home_page, content, topics, members, cases, brands)
    build_publications(report, home_page, content, topics, members, cases)
