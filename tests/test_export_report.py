"""The full report (``export --report``) and the stage handouts (``--handouts``), read back
as a reader would: text and word sizes with pdftotext, pages with pdfinfo, the outline with
Qt's PDF module, the cover's logo and accent in the rendered page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from imagebytes import asset, png_bytes
from module_probe import run_blocked
from pixels import colour_pixels

from journeymapper.cli import main
from journeymapper.export import ExportError, ExportOptions, export_map
from journeymapper.export.common import PAGE_SIZES
from journeymapper.export.handouts import MIN_TITLE_PT
from journeymapper.export.report import export_handouts, export_report
from journeymapper.io import save
from journeymapper.model import Asset, Card, JourneyMap, Lane, Stage
from journeymapper.model.document import Brand
from journeymapper.templates import load_template

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdftoppm")),
    reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed",
)

TEMPLATE = "awareness-to-loyalty-en"
LOGO = "#1F77B4"  # (the colour of `png_bytes`)
ACCENT = "#D62728"


def branded_map() -> JourneyMap:
    doc = load_template(TEMPLATE)
    logo = Asset(**asset("logo", png_bytes(64, 32)))
    doc.assets.append(logo)
    doc.client = "Northside Roasters"
    doc.author = "Ada Byron"
    doc.brand = Brand(name="Northside", logo="logo", accent=ACCENT)
    return doc


def page_texts(path: Path, mode: str = "-raw") -> list[str]:
    """Each page's text (-raw: in the order it is drawn, each block's lines together;
    -layout: as the page shows it, for the contents' columns)."""
    out = subprocess.run(
        ["pdftotext", mode, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split("\f")[:-1]


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


def page_sizes(path: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    ]


def outline(path: Path) -> list[tuple[int, str, int]]:
    """(depth, title, 0-based page) of every bookmark, in order, read by Qt's PDF module."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    model = QPdfBookmarkModel()
    model.setDocument(doc)
    found: list[tuple[int, str, int]] = []

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            page = index.data(QPdfBookmarkModel.Role.Page)
            found.append((depth, index.data(Qt.ItemDataRole.DisplayRole), page))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return found


def word_heights(path: Path, page: int) -> dict[str, float]:
    """Each word on a page (1-based) and the tallest box it is drawn in (pdftotext -bbox:
    the font's ascent to descent, a little more than its size in points)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html))
    heights: dict[str, float] = {}
    for el in root.iter():
        if el.tag.endswith("word") and el.text:
            h = float(el.get("yMax")) - float(el.get("yMin"))
            heights[el.text] = max(heights.get(el.text, 0.0), h)
    return heights


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.pdf"
    export_report(branded_map(), out, date="2026-11-24")
    return out


def test_cover_names_title_client_author_and_date(report: Path) -> None:
    doc = branded_map()
    cover = " ".join(page_texts(report)[0].split())
    assert " ".join(doc.title.split()[:3]) in cover
    assert "Prepared for Northside Roasters" in cover
    assert "Author: Ada Byron" in cover
    assert "2026-11-24" in cover


def test_every_page_is_numbered(report: Path) -> None:
    texts = page_texts(report)
    total = page_count(report)
    assert len(texts) == total > 10
    for n, text in enumerate(texts, start=1):
        assert f"page {n} of {total}" in " ".join(text.split()), f"page {n}"


def test_contents_give_the_right_page_of_each_section_and_stage(report: Path) -> None:
    texts = page_texts(report)
    contents = page_texts(report, "-layout")[1]
    assert contents.lstrip().startswith("Contents")
    doc = branded_map()
    lines = {}
    for line in contents.splitlines():
        found = re.match(r"\s*(.+?)\s*\.*\s+(\d+)\s*$", line)
        if found:
            lines[found.group(1).rstrip(". ")] = int(found.group(2))
    for name in ("Personas", "The journey map", "Stages", "Insights", "Sources"):
        assert name in lines, name
    assert "Sam Okafor" in texts[lines["Personas"] - 1]
    assert "Touchpoints by stage and channel" in "".join(texts[lines["Insights"] - 1 :])
    assert "Sources" in texts[lines["Sources"] - 1]
    for i, stage in enumerate(doc.stages):
        page = texts[lines[stage.name] - 1]
        assert f"Stage {i + 1} of {len(doc.stages)}" in page
        assert stage.name in page
    # the map page is the poster's: its title block names the client
    assert "Prepared for Northside Roasters" in texts[lines["The journey map"] - 1]


def test_the_map_is_one_fitted_page_without_tiles(tmp_path: Path) -> None:
    # every shipped template's map is one page of the report's size, turned to the map's
    # shape: no poster tiles, crop marks or "Row 1, column 1" labels in a client's report
    from journeymapper.export.report import plan_report

    wide = load_template(TEMPLATE)
    wide.stages += [Stage(id=f"w{i}", name=f"Stage {i}") for i in range(12)]  # (wider than tall)
    for doc in (*(load_template(n) for n in ("awareness-to-advocacy-en", TEMPLATE)), wide):
        _ctx, sections = plan_report(doc, "A4")
        (maps,) = [sec for sec in sections if sec.key == "map"]
        assert len(maps.pages) == 1
        page = maps.pages[0]
        w, h = sorted(PAGE_SIZES["A4"])
        expected = (h, w) if doc is wide else (w, h)
        assert (page.width, page.height) == pytest.approx(expected)
    out = tmp_path / "report.pdf"
    export_report(load_template("discovery-to-loyalty-en"), out)
    text = " ".join(page_texts(out))
    assert "Row 1" not in text and "column 1" not in text


def test_outline_has_each_section_and_each_stage(report: Path, qapp: object) -> None:
    doc = branded_map()
    marks = outline(report)
    top = [title for depth, title, _ in marks if depth == 0]
    assert top == [
        doc.title, "Contents", "Personas", "The journey map", "Stages", "Insights", "Sources"
    ]  # fmt: skip
    stages = [(title, page) for depth, title, page in marks if depth == 1]
    names = [title for title, _ in stages]
    assert [s.name for s in doc.stages] == [n for n in names if n in {s.name for s in doc.stages}]
    texts = page_texts(report)
    for title, page in stages:
        assert title in texts[page]
    pages = [page for _, _, page in marks]
    assert pages == sorted(pages)
    # each contents line is a link to its page
    from PySide6.QtCore import QModelIndex
    from PySide6.QtPdf import QPdfDocument, QPdfLinkModel

    pdf = QPdfDocument()
    pdf.load(str(report))
    links = QPdfLinkModel()
    links.setDocument(pdf)
    links.setPage(1)
    role = int(QPdfLinkModel.Role.Page.value)
    targets = [links.index(r, 0).data(role) for r in range(links.rowCount(QModelIndex()))]
    # (the cover and the contents have no contents line)
    assert targets == [page for _, title, page in marks if title != "Contents"][1:]


def test_a_stage_page_prints_its_cards_readably(report: Path) -> None:
    doc = branded_map()
    stage = doc.stages[0]
    texts = page_texts(report)
    first = next(i for i, t in enumerate(texts) if f"Stage 1 of {len(doc.stages)}" in t)
    stage_pages = [
        i for i, t in enumerate(texts) if f"Stage 1 of {len(doc.stages)}" in t and i >= first
    ]
    cards = [c for c in doc.cards if c.stage == stage.id]
    text = " ".join(" ".join(texts[i].split()) for i in stage_pages)
    for card in cards:
        assert card.title in text
    # title words at least the smallest size a handout allows (box ~1.16 × the size)
    for i in stage_pages:
        heights = word_heights(report, i + 1)
        for card in cards:
            for word in card.title.split():
                if word in heights and " ".join(texts[i].split()).count(card.title):
                    assert heights[word] >= MIN_TITLE_PT, (card.title, word, heights[word])
    # other stages' cards are not on this stage's pages
    other = next(c for c in doc.cards if c.stage != stage.id and c.title not in text)
    assert other.title not in text


def test_a_stage_page_lists_emotion_scores_and_touchpoints_with_channels(report: Path) -> None:
    doc = branded_map()
    texts = page_texts(report)
    page = next(" ".join(t.split()) for t in texts if "Stage 1 of" in t)
    assert "Emotions" in page and "Touchpoints" in page
    point = next(e for e in doc.emotions if e.stage == doc.stages[0].id)
    persona = doc.persona(point.persona)
    assert persona is not None and persona.name in page
    assert f"{int(point.score):+d}" in page
    lane_kinds = {ln.id: ln.kind for ln in doc.lanes}
    touch = [
        c for c in doc.cards if c.stage == doc.stages[0].id and lane_kinds[c.lane] == "touchpoints"
    ]
    assert touch
    for card in touch:
        assert card.title in page
    assert "Social media" in page  # a channel's name (the first touchpoint's)


def test_cover_shows_the_logo_and_the_brand_accent(report: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage

    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(report), str(tmp_path / "c")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("c*.png"))))
    w, h = image.width(), image.height()
    top_right = QRect(w // 2, 0, w // 2, h // 4)
    assert colour_pixels(image, LOGO, top_right, tol=12) > 100
    assert colour_pixels(image, ACCENT, QRect(0, 0, w, 8), tol=12) > w * 4


def test_handouts_alone_one_a3_landscape_page_per_stage(tmp_path: Path, qapp: object) -> None:
    doc = load_template(TEMPLATE)
    out = tmp_path / "handouts.pdf"
    save(doc, tmp_path / "map.journey.json")
    code = main(
        [
            "export",
            str(tmp_path / "map.journey.json"),
            "-o",
            str(out),
            "--handouts",
            "--page-size",
            "A3",
        ]
    )
    assert code == 0
    assert page_count(out) == len(doc.stages)
    a3_w, a3_h = PAGE_SIZES["A3"]
    for w, h in page_sizes(out):
        assert (round(w), round(h)) == (round(a3_h), round(a3_w))  # landscape
    texts = page_texts(out)
    for i, stage in enumerate(doc.stages):
        assert stage.name in texts[i]
        for card in doc.cards:
            if card.stage == stage.id:
                assert card.title in " ".join(texts[i].split())
    assert [(d, t) for d, t, _ in outline(out)] == [(0, s.name) for s in doc.stages]


@pytest.mark.parametrize("name", ["awareness-to-advocacy-en", "discovery-to-loyalty-it", TEMPLATE])
def test_a4_handouts_print_a_stage_on_one_page(tmp_path: Path, name: str) -> None:
    doc = load_template(name)
    out = tmp_path / "a4.pdf"
    export_handouts(doc, out, "A4")
    texts = page_texts(out)
    assert len(texts) == len(doc.stages)
    for i, (text, stage) in enumerate(zip(texts, doc.stages, strict=True), start=1):
        flat = " ".join(text.split())
        heights = word_heights(out, i)
        titles = [c.title for c in doc.cards if c.stage == stage.id]
        assert all(t in flat for t in titles), i
        words = [w for t in titles for w in t.split() if w in heights]
        assert min(heights[w] for w in words) >= MIN_TITLE_PT, i
        # each persona's score at the stage: in the side panel, or (when the lanes need
        # its room) in the header
        for e in doc.emotions:
            if e.stage == stage.id:
                persona = next(p for p in doc.personas if p.id == e.persona)
                assert persona.name in flat, (i, persona.name)


def test_a4_handouts_of_a_huge_stage_go_over_well_filled_pages(tmp_path: Path) -> None:
    from journeymapper.export.handouts import handout_size, plan_handouts
    from journeymapper.export.report import plan_handout_pages

    doc = load_template(TEMPLATE)
    first = doc.stages[0]
    lanes = [ln for ln in doc.lanes if ln.kind in ("cards", "touchpoints")]
    for n in range(36):  # six more cards in every lane of the first stage
        lane = lanes[n % len(lanes)]
        doc.cards.append(
            Card(id=f"x{n}", stage=first.id, lane=lane.id, title=f"Extra{n} note", body="A b c")
        )
    out = tmp_path / "a4.pdf"
    export_handouts(doc, out, "A4")
    texts = page_texts(out)
    parts = [i for i, t in enumerate(texts, start=1) if "Stage 1 of" in t]
    assert len(parts) >= 2 and len(texts) == len(parts) + len(doc.stages) - 1
    assert f"part 1 of {len(parts)}" in " ".join(texts[0].split())
    shown = " ".join(" ".join(texts[i - 1].split()) for i in parts)
    for n in range(36):
        assert f"Extra{n}" in shown
    for i in parts:  # every part readable
        heights = word_heights(out, i)
        assert min(heights[w] for w in heights if w.startswith("Extra")) >= MIN_TITLE_PT
    # the parts share the lanes evenly: no part with one lane beside a crowded one
    ctx, _ = plan_handout_pages(doc, "A4")
    pages = plan_handouts(doc, handout_size("A4"), ctx.margin, ctx.theme)[0]
    assert len(pages) == len(parts)
    counts = [len(p.rows) for p in pages]
    assert max(counts) - min(counts) <= 1, counts


def test_cli_report_and_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "map.journey.json"
    save(load_template(TEMPLATE), src)
    out = tmp_path / "r.pdf"
    argv = ["export", str(src), "-o", str(out), "--report", "--client", "ACME", "--author", "Jo"]
    assert main(argv) == 0
    cover = " ".join(page_texts(out)[0].split())
    assert "Prepared for ACME" in cover and "Author: Jo" in cover
    capsys.readouterr()
    for extra, words in (
        (["--tile", "--page-size", "a3"], "tiling"),
        (["--scale", "0.5"], "scale"),
        (["--orientation", "portrait"], "orientation"),
        (["--personas"], "persona"),
        (["--handouts"], "not both"),
    ):
        assert main([*argv, *extra]) == 2, extra
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err
    assert main(["export", str(src), "-o", str(tmp_path / "r.png"), "--report"]) == 2
    assert ".pdf" in capsys.readouterr().err


def test_hostile_and_empty_maps_give_valid_reports(tmp_path: Path) -> None:
    from hostile import hostile_map

    empty = JourneyMap.new(
        "Empty", stages=[Stage(id="s1", name="Only")], lanes=[Lane(id="l1", name="L", kind="cards")]
    )
    emotions_only = JourneyMap.new(
        "Feelings",
        stages=[Stage(id="s1", name="One"), Stage(id="s2", name="Two")],
        lanes=[Lane(id="l1", name="Mood", kind="emotion")],
    )
    crowded = JourneyMap.new(
        "Crowded",
        stages=[Stage(id="s1", name="Busy")],
        lanes=[Lane(id="l1", name="L", kind="cards")],
        cards=[
            Card(id=f"c{i}", stage="s1", lane="l1", title=f"Card {i}", body="word " * 300)
            for i in range(16)
        ],
    )
    hostile = hostile_map()
    for doc in (empty, emotions_only, crowded, hostile):
        out = tmp_path / f"{len(doc.cards)}-{doc.stages[0].id}.pdf"
        export_report(doc, out)
        n = page_count(out)
        texts = page_texts(out)
        assert len(texts) == n >= 3 + len(doc.stages)
        numbered = [f"of {n}" in " ".join(t.split()) for t in texts]
        if doc is not hostile:  # (its map's own page: pdftotext merges overlapping text)
            assert all(numbered)
        handouts = tmp_path / "h.pdf"
        export_handouts(doc, handouts, "A4")
        assert page_count(handouts) >= len(doc.stages)
    out = tmp_path / "crowded.pdf"
    export_handouts(crowded, out, "A4")
    texts = page_texts(out)
    assert len(texts) > 3  # the one lane goes over pages by its cards, readably
    shown = set()
    for n, text in enumerate(texts, start=1):
        shown |= set(re.findall(r"Card (\d+)", text))
        assert word_heights(out, n)["Card"] >= MIN_TITLE_PT
    assert shown == {str(i) for i in range(len(crowded.cards))}
    out = tmp_path / "feelings.pdf"
    export_handouts(emotions_only, out, "A4")
    text = " ".join(" ".join(page_texts(out)).split())
    assert text.count("This map has no lanes for cards.") == 2
    assert text.count("No emotion scores yet.") == 2
    assert text.count("No touchpoints at this stage.") == 2


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "never.pdf"
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 3

    assert export_map(load_template(TEMPLATE), out, ExportOptions(report=True), progress) is None
    assert not out.exists() and calls[-1] == 3


def test_refusals_through_the_options() -> None:
    doc = load_template(TEMPLATE)
    with pytest.raises(ExportError, match="not both"):
        export_map(doc, "x.pdf", ExportOptions(report=True, handouts=True))
    with pytest.raises(ExportError, match=r"\.pdf"):
        export_map(doc, "x.svg", ExportOptions(fmt="svg", handouts=True))


def test_report_needs_no_qt(tmp_path: Path) -> None:
    out = tmp_path / "noqt.pdf"
    proc = run_blocked(
        """
        import sys

        from journeymapper.export import ExportOptions, export_map
        from journeymapper.templates import load_template

        export_map(load_template(), sys.argv[1], ExportOptions(report=True))
        export_map(load_template(), sys.argv[1] + ".h.pdf", ExportOptions(handouts=True))
        print("ok")
        """,
        block=("PySide6", "shiboken6"),
        args=[out],
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok" and out.stat().st_size > 10_000


def test_a_page_drawn_straight_on_the_canvas_gets_the_footer(tmp_path: Path) -> None:
    """`canvas_page`: how a page drawn by other code (the insights page) joins the report."""
    from reportlab.pdfgen.canvas import Canvas

    from journeymapper.export.report import plan_report
    from journeymapper.export.report_pages import canvas_page

    doc = load_template(TEMPLATE)
    ctx, _sections = plan_report(doc)
    page = canvas_page(
        ctx, 595, 842, lambda c: c.drawString(72, 700, "Drawn by someone else"), "Insights"
    )
    out = tmp_path / "one.pdf"
    c = Canvas(str(out))
    page.draw(c, 7, 9)
    c.save()
    text = " ".join(page_texts(out)[0].split())
    assert "Drawn by someone else" in text and "page 7 of 9" in text
    assert page.caption == "Insights" and page_sizes(out) == [(595.0, 842.0)]
