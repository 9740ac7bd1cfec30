"""PDF export: everything reads back in full, fonts embedded, pages right, nothing cut."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from module_probe import run_blocked

from journeymapper.export import PAGE_SIZES, ExportError, export_pdf, plan_export
from journeymapper.export.common import MM
from journeymapper.model import (
    Card,
    Connection,
    EmotionPoint,
    JourneyMap,
    Lane,
    Persona,
    Stage,
)
from journeymapper.templates import list_templates, load_template

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm")),
    reason="poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) is not installed",
)

LONG_BODY = (
    "Questa è una descrizione molto lunga della carta, che continua senza fermarsi: "
    "perché il cliente vuole sapere tutto, già dal primo giorno, e così via. "
) * 10
LONG_BODY = LONG_BODY[:1500].rstrip() + " fine."
#: letters DejaVu Sans lacks and the `system_fallback` font has
KHMER = "ឆនាំ"


def special_map() -> JourneyMap:
    """Markup characters, accents, €, curly quotes, emoji, RTL and CJK, a 1,500-char body."""
    return JourneyMap.new(
        "Mappa “speciale” <b>x</b> & y — €",
        locale="it",
        description="Descrizione con àèìòù, €, “virgolette” e ‘apici’",
        personas=[Persona(id="p1", name="Giulia Rossi"), Persona(id="p2", name="שרה כהן")],
        stages=[
            Stage(id="s1", name="Scoperta <i>", description="Perché però più già"),
            Stage(id="s2", name="Acquisto & pagamento"),
            Stage(id="s3", name="日本語 ステージ"),
        ],
        lanes=[
            Lane(id="l1", name="Punti di contatto", kind="touchpoints"),
            Lane(id="l2", name="Azioni <br/>", kind="cards"),
            Lane(id="l3", name="Emozioni", kind="emotion"),
        ],
        cards=[
            Card(
                id="c1",
                stage="s1",
                lane="l1",
                title="<b>x</b> & y",
                body="Il caffè costa 3,50 € “subito” — così è",
                channel="email",
                tags=["prezzo", "<tag>"],
                votes=3,
            ),
            Card(id="c2", stage="s1", lane="l2", title="Corpo lungo", body=LONG_BODY),
            Card(
                id="c3",
                stage="s2",
                lane="l2",
                title="Emoji 😀👍🏽🎉 test",
                body="Testo con emoji 🚀 e ✨ in mezzo",
            ),
            Card(
                id="c4",
                stage="s2",
                lane="l1",
                title="עברית: שלום עולם",
                body="العربية: مرحبا بالعالم 2024",
                channel="chat",
            ),
            Card(
                id="c5",
                stage="s3",
                lane="l2",
                title="中文标题 mixed",
                body="漢字とかな and Latin words",
            ),
            Card(
                id="c6", stage="s3", lane="l1", title="&amp; &lt;not an entity&gt;", body="a<br/>b"
            ),
        ],
        emotions=[
            EmotionPoint(id="e1", lane="l3", stage="s1", score=2, persona="p1"),
            EmotionPoint(id="e2", lane="l3", stage="s2", score=-3, persona="p1"),
            EmotionPoint(id="e3", lane="l3", stage="s3", score=4, persona="p1"),
        ],
        connections=[Connection(id="k1", source="c1", target="c3", label="poi <&>")],
    )


def pdf_text(path: Path) -> str:
    # -raw: the content-stream order, in which every text block is drawn line after line
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def squash(text: str) -> str:
    """Words in order with line breaks, spaces and hyphenation taken out."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text)


def assert_reads_back(text: str, expected: list[str]) -> None:
    flat = squash(text)
    missing = [e for e in expected if squash(e) not in flat]
    assert not missing, f"not found in the PDF text: {missing[:5]}"


def doc_texts(doc: JourneyMap) -> list[str]:
    texts = [c.title for c in doc.cards] + [c.body for c in doc.cards if c.body]
    texts += [s.name for s in doc.stages] + [s.description for s in doc.stages if s.description]
    texts += [lane.name for lane in doc.lanes]
    texts += [c.label for c in doc.connections if c.label]
    return texts


def pdfinfo(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdfinfo", *args, str(path)], capture_output=True, text=True, check=True
    ).stdout


def page_sizes(path: Path) -> list[tuple[float, float]]:
    info = pdfinfo(path, "-f", "1", "-l", "9999")
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    ]


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_every_template_reads_back_in_full(tmp_path: Path, name: str) -> None:
    doc = load_template(name)
    out = tmp_path / "map.pdf"
    assert export_pdf(doc, out, page_size="A3") == out
    text = pdf_text(out)
    assert_reads_back(text, doc_texts(doc))
    assert squash(doc.title) in squash(text)


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name without the subset tag, embedded) per font of the PDF (``pdffonts``)."""
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    # columns: name type encoding emb sub uni object ID
    return [(row.split()[0].split("+")[-1], row.split()[-5] == "yes") for row in listing]


def test_fonts_are_embedded(tmp_path: Path, system_fallback: str | None) -> None:
    """What a PDF embeds, decided: the shipped DejaVu Sans, and a fallback font found on
    the system only for the characters DejaVu lacks (here Khmer; CJK and emoji, which
    neither has, print as a placeholder in DejaVu). All embedded, as subsets."""
    doc = special_map()
    doc.cards[0].title = f"Khmer {KHMER} text"
    out = tmp_path / "map.pdf"
    export_pdf(doc, out)
    fonts = pdf_fonts(out)
    assert fonts, "no fonts listed"
    assert all(embedded for _, embedded in fonts), fonts
    names = {name for name, _ in fonts}
    expected = {"DejaVuSans", "DejaVuSans-Bold"}
    if system_fallback is not None:
        expected.add("NotoSansKhmer-Regular")
    assert names == expected
    text = pdf_text(out)
    assert (KHMER[:2] in text) == (system_fallback is not None)


def test_a_fallback_font_is_embedded_only_when_needed(
    tmp_path: Path, system_fallback: str | None
) -> None:
    """A map the shipped font covers embeds nothing else, fallback font or not."""
    out = tmp_path / "map.pdf"
    export_pdf(load_template("awareness-to-loyalty-it"), out)
    assert {name for name, _ in pdf_fonts(out)} == {"DejaVuSans", "DejaVuSans-Bold"}


def test_markup_accents_emoji_rtl_and_cjk(tmp_path: Path) -> None:
    doc = special_map()
    out = tmp_path / "special.pdf"
    export_pdf(doc, out, page_size="A4", author="Ada <Lovelace>", client="Caffè & Co")
    text = pdf_text(out)
    latin = [
        "<b>x</b> & y",
        "Il caffè costa 3,50 € “subito” — così è",
        LONG_BODY,
        "Corpo lungo",
        "Scoperta <i>",
        "Perché però più già",
        "Acquisto & pagamento",
        "Azioni <br/>",
        "&amp; &lt;not an entity&gt;",
        "a<br/>b",
        "poi <&>",
        "#<tag>",
        "Descrizione con àèìòù, €, “virgolette” e ‘apici’",
        "Mappa “speciale” <b>x</b> & y — €",
        "and Latin words",
        "Testo con emoji",
        "in mezzo",
        "Caffè & Co",
    ]
    assert_reads_back(text, latin)
    # the Hebrew card title is there (pdftotext puts RTL runs back in reading order)
    assert "שלום" in text and "עולם" in text
    info = pdfinfo(out)
    assert "Ada <Lovelace>" in info


def test_metadata_and_language(tmp_path: Path) -> None:
    from journeymapper import __version__

    doc = load_template("awareness-to-loyalty-it")
    out = tmp_path / "it.pdf"
    export_pdf(doc, out, author="Ada", client="Torrefazione")
    info = pdfinfo(out)
    assert f"Title:           {doc.title}" in info
    assert "Author:          Ada" in info
    assert f"Creator:         journeymapper {__version__}" in info
    assert "Subject:" in info and "Torrefazione" in info
    assert b"/Lang (it)" in out.read_bytes()
    text = pdf_text(out)
    assert f"{doc.title} · pagina 1 di 1" in text or f"{doc.title} · page 1 of 1" in text


def _landscape(size: tuple[float, float]) -> tuple[float, float]:
    return max(size), min(size)


@pytest.mark.parametrize(
    ("page_size", "orientation", "expected"),
    [
        ("A4", "portrait", PAGE_SIZES["A4"]),
        ("A4", "landscape", _landscape(PAGE_SIZES["A4"])),
        ("a3", "landscape", _landscape(PAGE_SIZES["A3"])),
        ("A3", "portrait", PAGE_SIZES["A3"]),
        ("letter", None, None),
        ("tabloid", "portrait", PAGE_SIZES["tabloid"]),
    ],
)
def test_page_sizes_and_orientation(
    tmp_path: Path, page_size: str, orientation: str | None, expected
) -> None:
    doc = load_template("discovery-to-loyalty-en")
    out = tmp_path / "p.pdf"
    export_pdf(doc, out, page_size=page_size, orientation=orientation)
    [(w, h)] = page_sizes(out)
    if expected is None:  # default: the map's orientation (these maps are taller than wide)
        plan = plan_export(doc, page_size)
        expected = PAGE_SIZES["letter"]
        assert (plan.layout.width > plan.layout.height) == (w > h)
        if plan.layout.width > plan.layout.height:
            expected = _landscape(expected)
    assert (w, h) == pytest.approx(expected, abs=0.01)


def test_fit_page_is_the_map_plus_margins(tmp_path: Path) -> None:
    doc = load_template("awareness-to-loyalty-en")
    out = tmp_path / "fit.pdf"
    export_pdf(doc, out, page_size="fit", margin_mm=10)
    plan = plan_export(doc, "fit", margin_mm=10)
    [(w, h)] = page_sizes(out)
    assert w == pytest.approx(plan.layout.width + 20 * MM, abs=0.01)
    assert h > plan.layout.height + 20 * MM  # plus the title block and footer
    assert plan.pages[0].placement.scale == 1.0


def test_map_is_scaled_to_fit_and_centred() -> None:
    doc = load_template("awareness-to-loyalty-en")
    plan = plan_export(doc, "A4", margin_mm=12)
    page = plan.pages[0]
    p, a, lay = page.placement, page.area, plan.layout
    assert p.scale < 1
    x0, y0 = p.to_page(0, 0)
    x1, y1 = p.to_page(lay.width, lay.height)
    assert x0 >= a.x - 0.01 and y0 >= a.y - 0.01
    assert x1 <= a.x + a.w + 0.01 and y1 <= a.y + a.h + 0.01
    # touches the area on one axis, centred on the other
    assert min(x0 - a.x, y0 - a.y) == pytest.approx(0, abs=0.01)
    assert x0 - a.x == pytest.approx(a.x + a.w - x1, abs=0.01)
    assert y0 - a.y == pytest.approx(a.y + a.h - y1, abs=0.01)


def test_tiles_overview_plus_rows_times_columns(tmp_path: Path) -> None:
    doc = load_template("awareness-to-advocacy-en")
    out = tmp_path / "tiles.pdf"
    seen: list[tuple[int, int]] = []
    export_pdf(
        doc, out, page_size="A4", orientation="portrait", tile=True,
        progress=lambda done, total: seen.append((done, total)),
    )  # fmt: skip
    plan = plan_export(doc, "A4", "portrait", tile=True)
    assert plan.rows > 1 and plan.columns > 1
    sizes = page_sizes(out)
    assert len(sizes) == 1 + plan.rows * plan.columns
    assert all(s == pytest.approx(PAGE_SIZES["A4"], abs=0.01) for s in sizes)
    assert seen[0] == (0, len(sizes)) and seen[-1] == (len(sizes), len(sizes))
    text = pdf_text(out)
    assert f"Row {plan.rows}, column {plan.columns}" in text
    assert f"page {len(sizes)} of {len(sizes)}" in text
    # tiles cover the whole map at 100 % (but most of its empty margin), overlapping by 10 mm
    tiles = [pg.tile for pg in plan.pages[1:]]
    trim = plan.layout.theme.margin / 2
    assert min(t.view.x for t in tiles) <= trim and min(t.view.y for t in tiles) <= trim
    assert max(t.view.right for t in tiles) >= plan.layout.width - trim
    assert max(t.view.bottom for t in tiles) >= plan.layout.height - trim
    assert plan.pages[1].placement.scale == 1.0


def test_tiles_at_a_given_scale_and_landscape(tmp_path: Path) -> None:
    doc = load_template("awareness-to-loyalty-en")
    out = tmp_path / "tiles.pdf"
    export_pdf(doc, out, page_size="A3", orientation="landscape", tile=True, scale=0.8)
    plan = plan_export(doc, "A3", "landscape", tile=True, scale=0.8)
    sizes = page_sizes(out)
    assert len(sizes) == 1 + plan.rows * plan.columns
    assert sizes[0] == pytest.approx(_landscape(PAGE_SIZES["A3"]), abs=0.01)


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    doc = load_template("awareness-to-loyalty-en")
    out = tmp_path / "cancel.pdf"
    assert export_pdf(doc, out, page_size="A4", tile=True, progress=lambda d, t: d < 2) is None
    assert not out.exists()
    out.write_bytes(b"old")
    assert export_pdf(doc, out, progress=lambda d, t: False) is None
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["cancel.pdf"]  # no temporaries left


def test_bad_arguments_are_refused_clearly(tmp_path: Path) -> None:
    doc = load_template("awareness-to-loyalty-en")
    out = tmp_path / "x.pdf"
    with pytest.raises(ExportError, match="unknown page size 'B5'"):
        export_pdf(doc, out, page_size="B5")
    with pytest.raises(ExportError, match="orientation"):
        export_pdf(doc, out, page_size="A4", orientation="diagonal")
    with pytest.raises(ExportError, match="does not fit"):
        export_pdf(doc, out, page_size="A4", scale=1.0)
    with pytest.raises(ExportError, match="tiling needs a page size"):
        export_pdf(doc, out, tile=True)
    with pytest.raises(ExportError, match="margin"):
        export_pdf(doc, out, margin_mm=-3)
    with pytest.raises(ExportError, match="scale"):
        export_pdf(doc, out, scale=0)
    assert not out.exists()


def bbox_of_colour(png: Path, rgb: tuple[int, int, int]) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the pixels of exactly this colour."""
    from PIL import Image  # reportlab depends on Pillow

    with Image.open(png) as image:
        rgba = image.convert("RGBA")
    data, want = rgba.tobytes(), bytes((*rgb, 255))
    flags = bytes(255 if data[i : i + 4] == want else 0 for i in range(0, len(data), 4))
    box = Image.frombytes("L", rgba.size, flags).getbbox()
    assert box is not None, "colour not found"
    return box


def one_card_map(colour: str = "#13579B") -> JourneyMap:
    return JourneyMap.new(
        "Position",
        stages=[Stage(id="s1", name="One", width=200), Stage(id="s2", name="Two", width=200)],
        lanes=[Lane(id="l1", name="Lane", kind="cards"), Lane(id="l2", name="L2", kind="cards")],
        cards=[Card(id="c1", stage="s2", lane="l2", title="Target", color=colour)],
    )


def test_pdf_card_position_matches_the_layout(tmp_path: Path) -> None:
    doc = one_card_map()
    out = tmp_path / "pos.pdf"
    export_pdf(doc, out, page_size="fit", margin_mm=10)
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-singlefile", str(out), str(tmp_path / "pos")],
        check=True,
    )
    plan = plan_export(doc, "fit", margin_mm=10)
    rect = plan.layout.cards["c1"].rect
    x0, y0 = plan.pages[0].placement.to_page(rect.x, rect.y)
    x1, y1 = plan.pages[0].placement.to_page(rect.right, rect.bottom)
    bx0, by0, bx1, by1 = bbox_of_colour(tmp_path / "pos.png", (0x13, 0x57, 0x9B))
    for got, want in ((bx0, x0), (by0, y0), (bx1, x1), (by1, y1)):
        assert abs(got - want) <= 2, ((bx0, by0, bx1, by1), (x0, y0, x1, y1))


def test_pdf_export_needs_no_qt(tmp_path: Path) -> None:
    """The PDF path (layout, metrics, drawing) runs with PySide6 made unimportable."""
    out = tmp_path / "noqt.pdf"
    proc = run_blocked(
        """
        import sys

        from journeymapper.export import export_pdf
        from journeymapper.templates import load_template

        export_pdf(load_template(), sys.argv[1], page_size="A4", tile=True)
        print("ok")
        """,
        block=("PySide6", "shiboken6"),
        args=[out],
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok" and out.stat().st_size > 10_000


def test_title_block_names_client_author_and_date_and_the_map_its_title_once(
    tmp_path: Path,
) -> None:
    doc = load_template("awareness-to-loyalty-en")
    out = tmp_path / "client.pdf"
    export_pdf(doc, out, author="Ada Byron", client="Northside Roasters", date="2026-11-24")
    text = pdf_text(out)
    assert "Prepared for Northside Roasters" in text
    assert "Author: Ada Byron · 2026-11-24" in text
    # the map's own heading and the footer say what it is; the band above does not repeat it
    assert squash(text).count(squash(doc.title)) == 2
    assert f"{doc.title} · page 1 of 1" in text

    bare = tmp_path / "bare.pdf"
    export_pdf(doc, bare)
    assert "Prepared for" not in pdf_text(bare)
    author = next(line for line in pdfinfo(bare).splitlines() if line.startswith("Author:"))
    assert author.strip() == "Author:"  # not reportlab's "anonymous"
