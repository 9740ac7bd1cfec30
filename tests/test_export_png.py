"""PNG export: exact pixel sizes, dpi limits, refusal of giant images, positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops  # reportlab depends on Pillow

from journeymapper.export import ExportError, export_png
from journeymapper.export.png import MAX_PIXELS, plan_png, png_layout
from journeymapper.model import Card, JourneyMap, Lane, Stage
from journeymapper.templates import load_template


@pytest.fixture(scope="module")
def doc() -> JourneyMap:
    return load_template("awareness-to-loyalty-en")


def size_of(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


@pytest.mark.parametrize(
    ("page_size", "orientation", "dpi", "expected"),
    [
        ("A4", "portrait", 72, (595, 842)),
        ("A4", "portrait", 150, (1240, 1754)),
        ("A4", "portrait", 300, (2480, 3508)),
        ("A4", "landscape", 150, (1754, 1240)),
        ("letter", "portrait", 100, (850, 1100)),
    ],
)
def test_page_sizes_are_exact(
    qapp, tmp_path: Path, doc: JourneyMap, page_size, orientation, dpi, expected
) -> None:
    out = tmp_path / "p.png"
    assert export_png(doc, out, dpi=dpi, page_size=page_size, orientation=orientation) == out
    assert size_of(out) == expected
    with Image.open(out) as image:
        assert image.info.get("dpi", (0, 0))[0] == pytest.approx(dpi, abs=0.5)


def test_fit_is_the_map_at_the_dpi(qapp, tmp_path: Path, doc: JourneyMap) -> None:
    out = tmp_path / "fit.png"
    export_png(doc, out, dpi=96)
    layout = png_layout(doc)
    assert size_of(out) == (round(layout.width * 96 / 72), round(layout.height * 96 / 72))


@pytest.mark.parametrize("dpi", [50, 71, 601, 700, float("nan"), "high", True])
def test_dpi_out_of_range_is_refused(qapp, tmp_path: Path, doc: JourneyMap, dpi) -> None:
    out = tmp_path / "bad.png"
    with pytest.raises(ValueError, match="dpi must be"):
        export_png(doc, out, dpi=dpi)
    assert not out.exists()


def test_giant_image_is_refused_before_allocation(qapp, tmp_path: Path, doc: JourneyMap) -> None:
    out = tmp_path / "giant.png"
    layout = png_layout(doc)
    w, h, _ = plan_png(layout, 600, "A0")
    assert w * h > MAX_PIXELS
    with pytest.raises(ExportError) as info:
        export_png(doc, out, dpi=600, page_size="A0")
    message = str(info.value)
    assert "megapixels" in message and "dpi" in message and f"{w:,}" in message
    assert not out.exists()
    # the dpi it suggests does fit
    suggested = int(message.split("use at most ")[1].split(" dpi")[0])
    w2, h2, _ = plan_png(layout, suggested, "A0")
    assert w2 * h2 <= MAX_PIXELS


def test_transparent_background(qapp, tmp_path: Path, doc: JourneyMap) -> None:
    out = tmp_path / "t.png"
    export_png(doc, out, dpi=72, page_size="A4", transparent=True)
    with Image.open(out) as image:
        rgba = image.convert("RGBA")
        assert rgba.getpixel((2, 2))[3] == 0  # the margin
        w, h = rgba.size
        assert rgba.getpixel((w // 2, h // 2))[3] == 255  # the map
    out2 = tmp_path / "o.png"
    export_png(doc, out2, dpi=72, page_size="A4")
    with Image.open(out2) as image:
        assert image.convert("RGBA").getpixel((2, 2)) == (255, 255, 255, 255)


def one_card_map(colour: str = "#13579B") -> JourneyMap:
    return JourneyMap.new(
        "Position",
        stages=[Stage(id="s1", name="One", width=200), Stage(id="s2", name="Two", width=200)],
        lanes=[Lane(id="l1", name="Lane", kind="cards"), Lane(id="l2", name="L2", kind="cards")],
        cards=[Card(id="c1", stage="s2", lane="l2", title="Target", color=colour)],
    )


def bbox_of_colour(png: Path, rgb: tuple[int, int, int]) -> tuple[int, int, int, int]:
    with Image.open(png) as image:
        rgba = image.convert("RGBA")
    data, want = rgba.tobytes(), bytes((*rgb, 255))
    flags = bytes(255 if data[i : i + 4] == want else 0 for i in range(0, len(data), 4))
    box = Image.frombytes("L", rgba.size, flags).getbbox()
    assert box is not None, "colour not found"
    return box


@pytest.mark.parametrize(("page_size", "dpi"), [("fit", 72), ("A4", 72), ("fit", 144)])
def test_card_position_matches_the_layout(qapp, tmp_path: Path, page_size: str, dpi: int) -> None:
    doc = one_card_map()
    out = tmp_path / "pos.png"
    export_png(doc, out, dpi=dpi, page_size=page_size)
    layout = png_layout(doc)
    _, _, place = plan_png(layout, dpi, page_size)
    rect = layout.cards["c1"].rect
    x0, y0 = place.to_page(rect.x, rect.y)
    x1, y1 = place.to_page(rect.right, rect.bottom)
    box = bbox_of_colour(out, (0x13, 0x57, 0x9B))
    tolerance = 2 * max(1, dpi / 72)
    for got, want in zip(box, (x0, y0, x1, y1), strict=True):
        assert abs(got - want) <= tolerance, (box, (x0, y0, x1, y1))


def test_progress_and_cancel(qapp, tmp_path: Path, doc: JourneyMap) -> None:
    out = tmp_path / "c.png"
    seen: list[tuple[int, int]] = []
    export_png(doc, out, dpi=72, progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    out.write_bytes(b"old")
    assert export_png(doc, out, dpi=72, progress=lambda d, t: d < 1) is None
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["c.png"]


def test_bad_page_size(qapp, tmp_path: Path, doc: JourneyMap) -> None:
    with pytest.raises(ExportError, match="unknown page size"):
        export_png(doc, tmp_path / "x.png", page_size="A7")


@pytest.mark.parametrize("page_size", ["fit", "A3"])
def test_drawing_in_bands_leaves_nothing_out(
    qapp, tmp_path: Path, doc: JourneyMap, page_size: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each band of a big image draws only the parts that reach into it: the image must be
    the same as one drawn in a single band (cards and routes cross bands). Qt may shade a
    long line's edge pixel one level differently on a band's first row (its clip edge):
    a handful of pixels off by at most 2 of 255 is that rounding, not a part left out."""
    from journeymapper.export import png

    whole = tmp_path / "whole.png"
    export_png(doc, whole, dpi=100, page_size=page_size)
    monkeypatch.setattr(png, "BAND_HEIGHT", 97)  # many bands, cutting through cards
    banded = tmp_path / "banded.png"
    export_png(doc, banded, dpi=100, page_size=page_size)
    a, b = Image.open(whole).convert("RGB"), Image.open(banded).convert("RGB")
    assert a.size == b.size
    diff = ImageChops.difference(a, b)
    worst = max(high for _, high in diff.getextrema())
    pixels = sum(diff.convert("L").point(lambda v: 255 if v else 0).histogram()[1:])
    assert pixels <= 20 and worst <= 2, (pixels, worst)
