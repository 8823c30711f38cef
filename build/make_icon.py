"""Draw the application icon once: resources/icons/app.png and app.ico (16–256 px).

    python3 -m pip install pillow && python3 build/make_icon.py

A blue rounded square with 标 in white (the bundled Hei face) and a red seal corner:
the form to be stamped. Re-run only to change the icon.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
SIZE = 256
SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=(28, 84, 160, 255))
    font = ImageFont.truetype(str(FONT), 168, index=0)
    pen.text((SIZE / 2, SIZE / 2 - 6), "标", font=font, fill="white", anchor="mm")
    pen.ellipse((SIZE - 96, SIZE - 96, SIZE - 20, SIZE - 20), fill=(200, 40, 40, 255),
                outline="white", width=6)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(ICONS / "app.png")
    image.save(ICONS / "app.ico", sizes=SIZES)
    print(f"wrote {ICONS / 'app.png'} and {ICONS / 'app.ico'}")


if __name__ == "__main__":
    main()
