"""The PowerPoint deck (issue 18): read back with python-pptx, opened by LibreOffice Impress
(headless, converted to PDF and read with poppler), and hostile maps still give a valid deck
whose text stays inside its boxes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hostile import hostile_map
from imagebytes import b64, png_bytes
from module_probe import modules_loaded_by
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu

from journeymapper.cli import main
from journeymapper.export import ExportError, ExportOptions, export_map, export_pptx
from journeymapper.export.deck_plan import card_colours, plan_deck
from journeymapper.export.deck_text import clean
from journeymapper.export.png import png_layout
from journeymapper.export.pptx import SANS_FONT
from journeymapper.io import save
from journeymapper.layout.theme import DEFAULT_THEME
from journeymapper.model import Asset, Card, Persona
from journeymapper.model.document import Brand
from journeymapper.templates import load_template

TEMPLATE = "awareness-to-loyalty-en"
PT = 12700
# the overview picture is drawn by Qt: pytest-qt's application, not a bare QGuiApplication
# that the export would otherwise make (the later GUI tests need a QApplication)
pytestmark = pytest.mark.usefixtures("qapp")  # EMU per point


def rich_map():
    doc = load_template(TEMPLATE)
    doc.client = "Northside Roasters"
    doc.author = "Dana Reyes"
    doc.assets = [
        *doc.assets,
        Asset(id="logo", name="logo.png", media_type="image/png", data=b64(png_bytes(40, 20))),
        Asset(id="face", name="face.png", media_type="image/png", data=b64(png_bytes(32, 32))),
    ]
    doc.brand = Brand(name="Northside", logo="logo", accent="#8E44AD")
    doc.personas[0].photo = "face"
    doc.cards[0].color = "#F6C1C1"
    return doc


def soffice_pdf(deck: Path, tmp: Path) -> Path:
    """The deck converted to PDF by LibreOffice Impress, headless, in a private profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed (packaging/dev.sh installs libreoffice-impress-nogui)"
    arial = subprocess.run(["fc-match", "Arial"], capture_output=True, text=True).stdout
    assert "Liberation Sans" in arial, (
        f"Impress would set the deck's Arial in {arial.strip()!r}, not in Liberation Sans (the"
        " same widths): packaging/dev.sh installs fonts-liberation2"
    )
    out = tmp / "pdf"
    profile = (tmp / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(deck)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdf = out / (deck.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice wrote no PDF for {deck}"
    return pdf


def pdf_pages_text(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def words_with_boxes(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words with their boxes in points (pdftotext -bbox)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        words = []
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            page,
        ):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            words.append((m.group(5), x0, y0, x1, y1))
        pages.append(words)
    return pages


def flat(text: str) -> str:
    return " ".join(text.split())


def all_shapes(shapes):
    for sh in shapes:
        if sh.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from all_shapes(sh.shapes)
        else:
            yield sh


def title_of(slide) -> str:
    return slide.shapes.title.text_frame.text


@pytest.fixture(scope="module")
def rich_deck(qapp, tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("deck")
    doc = rich_map()
    src = tmp / "map.journey.json"
    save(doc, src)
    out = tmp / "map.pptx"
    assert main(["export", str(src), "-o", str(out)]) == 0
    return doc, out, tmp


def test_the_deck_has_the_planned_slides_in_order(rich_deck) -> None:
    doc, out, _tmp = rich_deck
    prs = Presentation(str(out))
    assert (prs.slide_width, prs.slide_height) == (Emu(960 * PT), Emu(540 * PT))  # 16:9
    titles = [title_of(s) for s in prs.slides]
    assert titles == [s.title for s in plan_deck(doc).slides]
    assert titles[0] == doc.title
    assert titles[1] == doc.personas[0].name
    assert titles[2] == "Overview"
    stage_titles = [t for t in titles if t in {st.name for st in doc.stages}]
    assert stage_titles == [st.name for st in doc.stages]  # each stage, in the map's order
    assert "Sources" in titles and "Path" in titles  # the map has evidence and arrows


def test_title_slide_names_client_author_and_carries_the_logo(rich_deck) -> None:
    doc, out, _tmp = rich_deck
    slide = Presentation(str(out)).slides[0]
    text = "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
    assert "Client: Northside Roasters" in text and "Author: Dana Reyes" in text
    assert doc.description.split(",")[0] in text
    assert any(sh.shape_type == MSO_SHAPE_TYPE.PICTURE and sh.name == "Logo" for sh in slide.shapes)
    accent = next(sh for sh in slide.shapes if sh.name == "Accent")
    assert str(accent.fill.fore_color.rgb) == "8E44AD"  # the brand's accent


def test_persona_slide_has_profile_photo_and_an_editable_curve_chart(rich_deck) -> None:
    doc, out, _tmp = rich_deck
    persona = doc.personas[0]
    slide = Presentation(str(out)).slides[1]
    text = "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)
    assert persona.role in text and persona.goals[0] in text and persona.frustrations[0] in text
    assert "Goals" in text and "Frustrations" in text
    assert any(sh.shape_type == MSO_SHAPE_TYPE.PICTURE for sh in slide.shapes)
    chart = next(sh for sh in slide.shapes if sh.has_chart).chart
    assert chart.chart_type == XL_CHART_TYPE.LINE_MARKERS
    assert list(chart.plots[0].categories) == [s.name for s in doc.stages]
    scores = {e.stage: e.score for e in doc.emotions if e.persona == persona.id}
    assert list(chart.series[0].values) == [scores.get(s.id) for s in doc.stages]
    # drawn in the colour of the persona's curve on the map
    curve = next(c for c in png_layout(doc).curves if c.persona == persona.id)
    assert "#" + str(chart.series[0].format.line.color.rgb) == curve.colour.upper()


def test_stage_slide_cards_are_editable_boxes_grouped_by_lane_in_map_colours(rich_deck) -> None:
    doc, out, _tmp = rich_deck
    prs = Presentation(str(out))
    stage = doc.stages[0]
    slides = [s for s in prs.slides if title_of(s) in (stage.name, f"{stage.name} (continued)")]
    assert title_of(slides[0]) == stage.name and len(slides) >= 2  # it continues
    slide = slides[0]
    groups: dict[str, list] = {}  # a lane continued on the next slide has a group there too
    for s in slides:
        for sh in s.shapes:
            if sh.shape_type == MSO_SHAPE_TYPE.GROUP:
                groups.setdefault(sh.name, []).extend(sh.shapes)
    lanes_with_cards = [ln for ln in doc.lanes if doc.cards_in(stage.id, ln.id)]
    assert list(groups) == [ln.name for ln in lanes_with_cards]
    on_the_map = png_layout(doc).cards  # the canvas' and the PNG's boxes
    for lane in lanes_with_cards:
        boxes = [sh for sh in groups[lane.name] if sh.name.startswith("Card: ")]
        cards = doc.cards_in(stage.id, lane.id)
        assert len(boxes) == len(cards)
        for box, card in zip(boxes, cards, strict=True):
            paragraphs = [p.text for p in box.text_frame.paragraphs]
            assert card.title in paragraphs  # the card's own text, editable in its box
            fill, border = on_the_map[card.id].fill, on_the_map[card.id].border
            assert "#" + str(box.fill.fore_color.rgb) == fill.upper()
            assert "#" + str(box.line.color.rgb) == border.upper()
            assert card_colours(card, lane.kind) == (fill, border)  # the plan's own rule too
            assert {r.font.name for p in box.text_frame.paragraphs for r in p.runs} == {SANS_FONT}
    # the coloured card keeps its colour; a plain note is the theme's sticky note
    assert card_colours(doc.cards[0], doc.lanes[0].kind)[0] == "#F6C1C1"
    note = next(c for c in doc.cards if c.kind.value == "note" and not c.color and not c.channel)
    lane_kind = doc.lane(note.lane).kind
    assert card_colours(note, lane_kind)[0] == DEFAULT_THEME.card_fill
    # touchpoints show their channel; the panel the persona's score at this stage
    texts = "\n".join(sh.text_frame.text for sh in all_shapes(slide.shapes) if sh.has_text_frame)
    assert "Social media" in texts
    score = next(e for e in doc.emotions if e.stage == stage.id and e.persona)
    assert f"{doc.personas[0].name}:  +{score.score:g}" in texts


def test_libreoffice_opens_the_deck_and_shows_its_text(rich_deck) -> None:
    doc, out, tmp = rich_deck
    pdf = soffice_pdf(out, tmp)
    pages = pdf_pages_text(pdf)
    assert len(pages) == len(plan_deck(doc).slides)
    assert doc.title.split(":")[0] in flat(pages[0]) and "Northside Roasters" in pages[0]
    assert doc.personas[0].name in pages[1]
    everything = flat(" ".join(pages))
    for card in doc.cards:
        assert flat(card.title) in everything, card.title
    for stage in doc.stages:
        assert stage.name in everything
    assert "Emotion curve" in pages[1]  # the chart, drawn by Impress
    # the pages are slides: 16:9 in points
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+960(\.\d+)? x 540", info), info
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "4", str(pdf), str(tmp / "slide")],
        check=True,
    )
    assert len(list(tmp.glob("slide-*.png"))) == 4


def text_stays_in_its_boxes(deck: Path, pdf: Path) -> None:
    """Every word Impress drew lies inside the box of the shape that holds it (any shape of
    its slide, with 1.5 pt of tolerance across and a quarter of the word's height up and down:
    poppler's word boxes are the font's whole height, fallback fonts' taller than the line):
    no line of text runs out of a card or off the slide."""
    prs = Presentation(str(deck))
    for n, (slide, words) in enumerate(zip(prs.slides, words_with_boxes(pdf), strict=True)):
        rects = [
            (sh.left / PT, sh.top / PT, (sh.left + sh.width) / PT, (sh.top + sh.height) / PT)
            for sh in all_shapes(slide.shapes)
        ]
        for word, x0, y0, x1, y1 in words:
            dy = max(1.5, (y1 - y0) / 4)
            inside = any(
                x0 >= a - 1.5 and y0 >= b - dy and x1 <= c + 1.5 and y1 <= d + dy
                for a, b, c, d in rects
            )
            assert inside, f"slide {n + 1}: {word!r} at {(x0, y0, x1, y1)} is outside its box"


def test_hostile_map_gives_a_valid_deck_with_text_inside_its_boxes(tmp_path: Path) -> None:
    doc = hostile_map()
    cell = (doc.stages[0].id, doc.lanes[3].id)
    doc.cards += [
        Card(id=f"many-{i}", stage=cell[0], lane=cell[1], title=f"Card {i} 顧客の声 {i}")
        for i in range(60)
    ]
    doc.cards[8].title = "顧客体験の地図 " * 40  # a long CJK title
    doc.personas[0].goals = ["goal " * 200] * 30
    out = export_pptx(doc, tmp_path / "hostile.pptx")
    assert out is not None
    prs = Presentation(str(out))
    titles = [title_of(s) for s in prs.slides]
    planned = [clean(s.title) for s in plan_deck(doc).slides]
    assert len(titles) == len(planned)
    for shown, title in zip(titles, planned, strict=True):  # a title too long ends in "…"
        assert shown == title or (shown.endswith("…") and title.startswith(shown[:-1]))
    # the sixty cards of one cell continue on further slides of their stage
    first = doc.stages[0].name
    continued = [t for t in titles if t.endswith("(continued)") and t.startswith(first[:10])]
    assert len(continued) >= 4
    boxes = [sh for s in prs.slides for sh in all_shapes(s.shapes) if sh.name.startswith("Card: ")]
    assert sum(sh.name.startswith("Card: Card ") for sh in boxes) == 60
    long_card = next(sh for sh in boxes if "100,000 characters of words" in sh.text_frame.text)
    assert long_card.text_frame.text.endswith("…")  # cut, with the whole text in the notes
    notes = "".join(s.notes_slide.notes_text_frame.text for s in prs.slides if s.has_notes_slide)
    assert "a long workshop note with many words" * 3 in notes.replace(" a long", "a long")
    pdf = soffice_pdf(out, tmp_path)
    everything = flat(" ".join(pdf_pages_text(pdf)))
    assert "Card 59 顧客の声 59" in everything
    assert "3,000 tags" in everything
    text_stays_in_its_boxes(out, pdf)


def test_a_map_without_personas_insights_or_sources(tmp_path: Path) -> None:
    doc = load_template(TEMPLATE)
    doc.personas = []
    for e in doc.emotions:
        e.persona = None
    for c in doc.cards:
        c.evidence = []
    doc.connections = []
    doc.cards = doc.cards[:1]
    out = export_pptx(doc, tmp_path / "plain.pptx")
    titles = [title_of(s) for s in Presentation(str(out)).slides]
    assert titles[:2] == [doc.title, "Overview"]
    assert "Sources" not in titles
    assert titles[2 : 2 + len(doc.stages)] == [s.name for s in doc.stages]
    empty = Presentation(str(out)).slides[3]  # the second stage has no cards left
    assert "No cards in this stage." in [
        sh.text_frame.text for sh in empty.shapes if sh.has_text_frame
    ]


def test_a_persona_with_a_damaged_photo_still_gets_a_slide(tmp_path: Path) -> None:
    doc = load_template(TEMPLATE)
    doc.assets = [Asset(id="bad", name="bad.png", media_type="image/png", data=b64(b"\x89PNG"))]
    doc.personas.append(Persona(id="p-x", name="Noor", photo="bad"))
    out = export_pptx(doc, tmp_path / "d.pptx")
    slide = next(s for s in Presentation(str(out)).slides if title_of(s) == "Noor")
    assert not any(sh.shape_type == MSO_SHAPE_TYPE.PICTURE for sh in slide.shapes)
    texts = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
    assert "No emotion curve yet." in texts


def test_bad_requests_are_refused_in_words(tmp_path: Path, capsys) -> None:
    doc = load_template(TEMPLATE)
    with pytest.raises(ExportError, match="16:9"):
        export_map(doc, tmp_path / "x.pptx", ExportOptions(fmt="pptx", page_size="A4"))
    with pytest.raises(ExportError, match="folder"):
        export_pptx(doc, tmp_path)
    src = tmp_path / "m.journey.json"
    save(doc, src)
    assert main(["export", str(src), "-o", str(tmp_path / "x.pptx"), "--tile"]) != 0
    assert "tiling" in capsys.readouterr().err
    assert not (tmp_path / "x.pptx").exists()


def test_cancelling_writes_nothing(tmp_path: Path) -> None:
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 3

    doc = load_template(TEMPLATE)
    assert export_pptx(doc, tmp_path / "c.pptx", progress=progress) is None
    assert not (tmp_path / "c.pptx").exists()
    assert calls == [0, 1, 2, 3]


def test_only_the_deck_command_loads_python_pptx(tmp_path: Path) -> None:
    src = tmp_path / "m.journey.json"
    save(load_template(TEMPLATE), src)
    code, loaded = modules_loaded_by(["export", str(src), "-o", str(tmp_path / "m.svg")], tmp_path)
    assert code == 0 and "pptx" not in loaded
    code, loaded = modules_loaded_by(["validate", str(src)], tmp_path)
    assert code == 0 and "pptx" not in loaded
    code, loaded = modules_loaded_by(["export", str(src), "-o", str(tmp_path / "m.pptx")], tmp_path)
    assert code == 0 and "pptx" in loaded
    assert (tmp_path / "m.pptx").read_bytes()[:2] == b"PK"


def test_only_the_overview_picture_needs_qt() -> None:
    """Planning the slides and loading the writer need neither Qt nor reportlab."""
    from module_probe import run_blocked

    done = run_blocked(
        """
        from journeymapper.export import pptx
        from journeymapper.export.deck_plan import plan_deck
        from journeymapper.templates import load_template
        plan = plan_deck(load_template("awareness-to-loyalty-en"))
        print(len(plan.slides), [s.kind for s in plan.slides][:3])
        """
    )
    assert done.returncode == 0, done.stderr
    assert "['title', 'persona', 'overview']" in done.stdout


def test_a_serif_brand_sets_the_deck_in_times_new_roman(tmp_path: Path) -> None:
    from journeymapper.export.pptx import SERIF_FONT

    doc = load_template(TEMPLATE)
    doc.brand = Brand(typeface="serif")
    out = export_pptx(doc, tmp_path / "serif.pptx")
    stage = next(s for s in Presentation(str(out)).slides if title_of(s) == doc.stages[0].name)
    fonts = {
        run.font.name
        for sh in all_shapes(stage.shapes)
        if sh.has_text_frame
        for p in sh.text_frame.paragraphs
        for run in p.runs
    }
    assert fonts == {SERIF_FONT}
