"""Pick the README's screenshots from a browser-suite run: `make screenshots`.

The accessibility tests save a full-page screenshot of every page when
BROWSER_SCREENSHOTS names a folder. This keeps the first phone screen of the
home page and of a case page in each language, in 256 colours, so the
pictures in docs/screenshots/ stay small.
"""

import sys
from pathlib import Path

from PIL import Image

from tests.browser.conftest import LANGUAGES, VIEWPORTS

PAGE_TYPES = ["home", "campaign-case"]


def first_screen(source):
    phone = VIEWPORTS["phone"]
    with Image.open(source) as image:
        screen = image.convert("RGB").crop((0, 0, phone["width"], phone["height"]))
    return screen.quantize(colors=256, method=Image.Quantize.MEDIANCUT)


def main(shots, destination):
    destination.mkdir(parents=True, exist_ok=True)
    for page_type in PAGE_TYPES:
        for language in LANGUAGES:
            source = shots / f"{page_type}-{language}-phone.png"
            if not source.exists():
                sys.exit(
                    f"No screenshot {source}: run the browser suite with BROWSER_SCREENSHOTS={shots}"
                )
            first_screen(source).save(destination / source.name, optimize=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
