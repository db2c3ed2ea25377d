"""HTML → PDF or PNG through Debian's headless Chromium, offline.

One Chromium process per file, in a temporary profile (parallel renders never share a profile lock),
with networking features off. `--virtual-time-budget` lets plotly.js draw the charts before Chromium
prints; the PDF's charts stay vector SVG, so their text is selectable. The PNG is a screenshot of
the same page at twice the pixel density, cut below the content.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import tempfile
from pathlib import Path

CHROMIUM_ENV = "TRADEBOARD_CHROMIUM"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
TIMEOUT_S = 120
A4_PX = (794, 1123)  # 210 × 297 mm at 96 px per inch
SCALE = 2  # PNG pixels per CSS pixel: print-sharp text
MAX_PAGES = 2
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio", "--no-first-run",
         "--disable-extensions", "--disable-sync", "--disable-background-networking", "--disable-component-update",
         "--disable-default-apps", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=15000")


class RenderError(RuntimeError):
    """Chromium could not make the file; the message says why and what to do."""


class ChromiumMissing(RenderError):
    """No Chromium binary where we looked (`path`)."""

    def __init__(self, message: str, path: Path):
        super().__init__(message)
        self.path = path


def find_chromium(path: str | os.PathLike | None = None) -> Path:
    """The Chromium to run: `path`, else $TRADEBOARD_CHROMIUM, else /usr/bin/chromium."""
    chosen = Path(path or os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM)
    if not (chosen.is_file() and os.access(chosen, os.X_OK)):
        raise ChromiumMissing(
            f"Chromium not found at {chosen}: the brief is printed by headless Chromium. Install it with "
            f"`apt-get install chromium` (Debian/Ubuntu), or set {CHROMIUM_ENV} to its executable.", chosen)
    return chosen


def _run(chromium: Path, html: str, out_flag: str, out_name: str, extra: tuple[str, ...] = ()) -> bytes:
    with tempfile.TemporaryDirectory(prefix="tradeboard-brief-") as tmp:
        page, out = Path(tmp) / "brief.html", Path(tmp) / out_name
        page.write_text(html, encoding="utf-8")
        cmd = [str(chromium), *FLAGS, *extra, f"--user-data-dir={Path(tmp) / 'profile'}",
               f"{out_flag}={out}", page.as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise RenderError(f"{chromium} took longer than {TIMEOUT_S} s to render the brief") from exc
        except OSError as exc:
            raise ChromiumMissing(f"{chromium} could not be started ({exc}); install it with "
                                  "`apt-get install chromium`", chromium) from exc
        if proc.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
            raise RenderError(f"{chromium} failed to render the brief (exit {proc.returncode}):\n{tail}")
        return out.read_bytes()


def print_pdf(html: str, chromium: Path) -> bytes:
    """The page printed to PDF: A4 from the page's own @page rule, no date or URL in the margins."""
    return _run(chromium, html, "--print-to-pdf", "brief.pdf", ("--no-pdf-header-footer",))


def count_pages(pdf: bytes) -> int:
    """Pages in a PDF Chromium wrote (its page objects are never compressed into object streams).

    >>> count_pages(b"<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page >>")
    2
    """
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))


def screenshot_png(html: str, chromium: Path) -> bytes:
    """The page as a PNG: A4 width, at least one A4 page tall, cut a margin below the content."""
    from PIL import Image, ImageChops

    width, height = A4_PX
    raw = _run(chromium, html, "--screenshot", "brief.png",
               (f"--window-size={width},{height * MAX_PAGES}", f"--force-device-scale-factor={SCALE}"))
    with Image.open(io.BytesIO(raw)) as shot:
        image = shot.convert("RGB")
    box = ImageChops.difference(image, Image.new("RGB", image.size, "white")).getbbox()
    bottom = (box[3] if box else 0) + round(12 / 25.4 * 96 * SCALE)
    image = image.crop((0, 0, image.width, min(image.height, max(bottom, height * SCALE))))
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=True)
    return buf.getvalue()
