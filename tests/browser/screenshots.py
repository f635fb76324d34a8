"""Pick the README's screenshots from a browser-suite run: `make screenshots`.

The accessibility tests save a full-page screenshot of every page when
BROWSER_SCREENSHOTS names a folder. This keeps the first phone screen of the
home page and of a case page in each language, and the first desktop screen
of the home page at half size, in 256 colours, so the pictures in
docs/screenshots/ stay small.
"""

import sys
from pathlib import Path

from PIL import Image

from tests.browser.conftest import LANGUAGES, VIEWPORTS

# (page type, viewport, scale)
SHOTS = [
    ("home", "phone", 1),
    ("campaign-case", "phone", 1),
    ("home", "desktop", 0.5),
]


def first_screen(source, viewport, scale):
    size = VIEWPORTS[viewport]
    with Image.open(source) as image:
        screen = image.convert("RGB").crop((0, 0, size["width"], size["height"]))
    if scale != 1:
        scaled = (round(size["width"] * scale), round(size["height"] * scale))
        screen = screen.resize(scaled, Image.Resampling.LANCZOS)
    return screen.quantize(colors=256, method=Image.Quantize.MEDIANCUT)


def main(shots, destination):
    destination.mkdir(parents=True, exist_ok=True)
    for page_type, viewport, scale in SHOTS:
        for language in LANGUAGES:
            source = shots / f"{page_type}-{language}-{viewport}.png"
            if not source.exists():
                sys.exit(
                    f"No screenshot {source}: run the browser suite with BROWSER_SCREENSHOTS={shots}"
                )
            screen = first_screen(source, viewport, scale)
            screen.save(destination / source.name, optimize=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
