"""Draw shopdesk's application icon and write it in the sizes each platform wants.

    python3 scripts/make_icons.py

Writes resources/icons/: shopdesk.png (512 px, the window icon), shopdesk-{16..256}.png (Linux desktop
files), shopdesk.ico (Windows: 16-256 px) and shopdesk.icns (macOS). All are committed; run this only when the
drawing changes. The drawing: a parcel with a ribbon and a heart-shaped tag — what happens after the sale.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL, DARK, CREAM, RIBBON, HEART = "#0f766e", "#115e59", "#fdf6e3", "#e0a526", "#e11d48"


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    s = size / 1024
    d.rounded_rectangle((40 * s, 40 * s, 984 * s, 984 * s), radius=200 * s, fill=TEAL)
    d.rounded_rectangle((40 * s, 600 * s, 984 * s, 984 * s), radius=200 * s, fill=DARK)
    d.rectangle((40 * s, 600 * s, 984 * s, 800 * s), fill=DARK)
    # the parcel: its front and its lid
    d.rounded_rectangle((210 * s, 400 * s, 814 * s, 850 * s), radius=36 * s, fill=CREAM)
    lid = (180 * s, 310 * s, 844 * s, 430 * s)
    d.rounded_rectangle(lid, radius=30 * s, fill=CREAM, outline=DARK, width=int(10 * s))
    # the ribbon, across and down
    d.rectangle((462 * s, 310 * s, 562 * s, 850 * s), fill=RIBBON)
    d.rectangle((210 * s, 560 * s, 814 * s, 640 * s), fill=RIBBON)
    # the bow
    d.ellipse((330 * s, 170 * s, 510 * s, 330 * s), outline=RIBBON, width=int(44 * s))
    d.ellipse((514 * s, 170 * s, 694 * s, 330 * s), outline=RIBBON, width=int(44 * s))
    # the heart-shaped tag
    cx, cy, r = 700 * s, 720 * s, 62 * s
    d.ellipse((cx - 2 * r, cy - r, cx, cy + r), fill=HEART)
    d.ellipse((cx, cy - r, cx + 2 * r, cy + r), fill=HEART)
    d.polygon([(cx - 2 * r + 4 * s, cy + 18 * s), (cx + 2 * r - 4 * s, cy + 18 * s), (cx, cy + 2.3 * r)], fill=HEART)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((512, 512), Image.LANCZOS).save(OUT / "shopdesk.png", optimize=True)
    for size in SIZES:
        big.resize((size, size), Image.LANCZOS).save(OUT / f"shopdesk-{size}.png", optimize=True)
    big.resize((256, 256), Image.LANCZOS).save(OUT / "shopdesk.ico", sizes=[(n, n) for n in SIZES])
    big.save(OUT / "shopdesk.icns")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
