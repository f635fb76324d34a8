"""Draw static/img/share.png, the link-preview picture of a page without
one: the site's hanger mark (static/img/logo.svg) on the accent colour, with
the coalition's name. Run from the repository: .venv/bin/python
docs/brand/draw_share_image.py (needs Pillow and the DejaVu Sans font)."""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ACCENT = "#a3123a"
WHITE = "#ffffff"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SIZE = (1200, 630)  # what link previews ask for
OUT = Path(__file__).resolve().parents[2] / "static" / "img" / "share.png"


def draw_mark(draw, left, top, scale):
    """The hanger of logo.svg (a 64-unit square), `scale` pixels per unit."""

    def at(x, y):
        return (left + x * scale, top + y * scale)

    width = round(4 * scale)
    # The hook: an arc above the hanger's top, then down to it.
    radius = 5 * scale
    centre = at(32, 15.5)
    box = [
        centre[0] - radius,
        centre[1] - radius,
        centre[0] + radius,
        centre[1] + radius,
    ]
    draw.arc(box, start=180, end=90, fill=WHITE, width=width)
    draw.line([at(32, 20.5), at(32, 24)], fill=WHITE, width=width)
    # The triangle and the bar beneath it.
    draw.line(
        [at(32, 24), at(10, 44), at(54, 44), at(32, 24)],
        fill=WHITE,
        width=width,
        joint="curve",
    )
    draw.line([at(22, 50), at(42, 50)], fill=WHITE, width=width)


def main():
    image = Image.new("RGB", SIZE, ACCENT)
    draw = ImageDraw.Draw(image)
    draw_mark(draw, left=90, top=155, scale=5)
    font = ImageFont.truetype(FONT, 46)
    for line, text in enumerate(["Clean Clothes Campaign", "East Asia Coalition"]):
        draw.text((440, 245 + line * 72), text, font=font, fill=WHITE)
    image.save(OUT, optimize=True)
    print(f"{OUT}: {OUT.stat().st_size} bytes")  # noqa: T201 (a script's report)


if __name__ == "__main__":
    main()
