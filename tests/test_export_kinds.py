"""Card kinds, evidence badges, card images, emotion notes and the PDF's persona and
sources pages: laid out once, drawn by the one drawing on every surface."""

from __future__ import annotations

import base64
import inspect
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from journeymapper.export import ExportError, ExportOptions, export_map, export_pdf, export_png
from journeymapper.export.sources import number_sources
from journeymapper.layout import compute_layout
from journeymapper.layout.cards import card_box, evidence_badge
from journeymapper.layout.theme import DEFAULT_THEME, KIND_ICON, map_words
from journeymapper.model import Card, CardKind, Evidence, EvidenceSource, JourneyMap, LaneKind
from journeymapper.render import drawing, painting
from journeymapper.templates import load_template
from journeymapper.text.metrics import map_metrics

poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
WORDS = map_words("en")


def png_bytes(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A real RGB PNG, all one colour."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def asset(ident: str, width: int, height: int, rgb: tuple[int, int, int]) -> dict:
    data = base64.b64encode(png_bytes(width, height, rgb)).decode()
    return {"id": ident, "name": f"{ident}.png", "media_type": "image/png", "data": data}


def rich_map() -> JourneyMap:
    """A template with kinds and evidence, plus images (one on two cards) and notes."""
    data = load_template("awareness-to-loyalty-en").model_dump(mode="json")
    data["assets"] = [asset("img-a", 40, 20, (200, 30, 140)), asset("img-b", 30, 40, (20, 160, 90))]
    data["cards"][4]["image"] = "img-a"
    data["cards"][9]["image"] = "img-a"
    data["personas"][0]["photo"] = "img-b"
    for i, e in enumerate(data["emotions"]):
        e["note"] = f"Note {i}: " + "worried about the price and the choice " * (i % 3)
    return JourneyMap.model_validate(data)


class Recorder:
    def __init__(self) -> None:
        self.calls: list[dict] = []

    def __getattr__(self, name: str):
        signature = inspect.signature(getattr(drawing.Surface, name))

        def record(*args, **kwargs) -> None:
            bound = signature.bind(self, *args, **kwargs)
            bound.apply_defaults()
            self.calls.append({**bound.arguments, "self": name})

        return record


def card_of(kind: CardKind, **fields) -> Card:
    return Card(id="c", stage="s", lane="l", title="Title", kind=kind, **fields)


def box_of(card: Card, **kw):
    return card_box(card, LaneKind.CARDS, 236, map_metrics(), DEFAULT_THEME, WORDS, **kw)


# -- kinds -----------------------------------------------------------------------------


def _extent(c: dict) -> tuple:
    """A call's size: a rectangle's, or a path's bounding box."""
    if c.get("r") is not None:
        return round(c["r"].w), round(c["r"].h)
    if c["self"] == "path":
        xs = [v for step in c["path"] for v in step[1::2]]
        ys = [v for step in c["path"] for v in step[2::2]]
        return round(max(xs) - min(xs)), round(max(ys) - min(ys))
    return ()


def _shape(kind: CardKind) -> tuple:
    """What a card of ``kind`` draws, text and colours left out: its shape alone."""
    rec = Recorder()
    drawing.draw_card(rec, box_of(card_of(kind, color="#FFFFFF")), DEFAULT_THEME)
    return tuple(
        (c["self"], c.get("stroke").dash if c.get("stroke") else None, _extent(c))
        for c in rec.calls
        if c["self"] not in ("text", "icon")
    )


def test_each_kind_has_its_own_icon_word_and_shape_and_a_note_looks_as_before() -> None:
    shapes = {kind: _shape(kind) for kind in CardKind}
    assert len(set(shapes.values())) == len(CardKind)  # no two kinds share a shape
    for kind in CardKind:
        rec = Recorder()
        box = box_of(card_of(kind))
        drawing.draw_card(rec, box, DEFAULT_THEME)
        icons = [c["name"] for c in rec.calls if c["self"] == "icon"]
        texts = [line for c in rec.calls if c["self"] == "text" for _, line in c["lines"]]
        if kind == CardKind.NOTE:
            assert icons == [] and box.kind_label is None
            assert box.fill == DEFAULT_THEME.card_fill
        else:
            assert icons == [KIND_ICON[kind]]
            assert WORDS[kind.value] in texts
            assert (Path(__file__).parents[1] / "icons" / f"{KIND_ICON[kind]}.svg").is_file()


def _grey(kind: CardKind) -> QImage:
    box = box_of(card_of(kind, color="#FFFFFF"))
    image = QImage(260, round(box.rect.h) + 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    p.translate(10, 10)
    drawing.draw_card(painting.prepare(p), box, DEFAULT_THEME)
    p.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def test_kinds_are_told_apart_in_greyscale(qapp) -> None:
    """Printed in black and white (or seen without colour), every kind still differs
    from every other one, even with the same fill."""
    images = {kind: _grey(kind) for kind in CardKind}
    kinds = list(CardKind)
    for i, a in enumerate(kinds):
        for b in kinds[i + 1 :]:
            ia, ib = images[a], images[b]
            h = min(ia.height(), ib.height())
            differing = sum(
                1
                for y in range(0, h, 2)
                for x in range(0, ia.width(), 2)
                if abs(ia.pixelColor(x, y).value() - ib.pixelColor(x, y).value()) > 40
            )
            assert differing > 25, (a, b, differing)


# -- evidence badges --------------------------------------------------------------------


def ev(n: int, source: str = "first_party") -> Evidence:
    return Evidence(id=f"e{n}", source=source, title=f"Survey {n}")


def test_the_evidence_badge_counts_sources_or_says_assumption() -> None:
    pain = CardKind.PAIN_POINT
    assert evidence_badge(card_of(pain), WORDS) == ("Assumption", "assumption")
    assert evidence_badge(card_of(CardKind.MOMENT_OF_TRUTH), WORDS)[1] == "assumption"
    assert evidence_badge(card_of(CardKind.NOTE), WORDS) is None
    assert evidence_badge(card_of(CardKind.IDEA), WORDS) is None
    only_assumed = card_of(pain, evidence=[ev(1, "assumption")])
    assert evidence_badge(only_assumed, WORDS) == ("Assumption", "assumption")
    assert evidence_badge(card_of(pain, evidence=[ev(1)]), WORDS) == ("1 source", "evidence")
    two = card_of(CardKind.NOTE, evidence=[ev(1), ev(2, "third_party")])
    assert evidence_badge(two, WORDS) == ("2 sources", "evidence")
    assert evidence_badge(two, WORDS, (3, 7)) == ("Sources 3, 7", "evidence")
    assert evidence_badge(two, map_words("it"), (3,)) == ("Fonte 3", "evidence")
    # the badge is the card's first chip, dashed when assumed (dashes: many small pieces)
    rec = Recorder()
    box = box_of(card_of(pain))
    drawing.draw_card(rec, box, DEFAULT_THEME)
    t = DEFAULT_THEME
    pill = [c for c in rec.calls if c["self"] == "rounded_rect" and c["r"] == box.chips[0].rect]
    assert pill and pill[0]["fill"].colour == t.assumption_fill
    marks = [
        c for c in rec.calls if c["self"] == "path" and c["fill"] == drawing.Fill(t.assumption_ink)
    ]
    assert marks and sum(1 for step in marks[0]["path"] if step[0] == "M") >= 4
    rec = Recorder()
    box = box_of(card_of(pain, evidence=[ev(1)]))
    drawing.draw_card(rec, box, DEFAULT_THEME)
    outline = [
        c for c in rec.calls if c["self"] == "path" and c["fill"] == drawing.Fill(t.badge_border)
    ]
    assert len(outline) == 1 and sum(1 for step in outline[0]["path"] if step[0] == "M") == 2


def test_sources_are_numbered_by_kind_and_the_cards_carry_their_numbers() -> None:
    doc = load_template("awareness-to-loyalty-en")
    groups, numbers = number_sources(doc)
    order = [source for source, _ in groups]
    assert order == sorted(order, key=list(EvidenceSource).index)
    flat = [e.number for _, entries in groups for e in entries]
    assert flat == list(range(1, sum(len(c.evidence) for c in doc.cards) + 1))
    lay = compute_layout(doc, map_metrics(), source_numbers=numbers)
    card_id, nums = next(iter(numbers.items()))
    chip = lay.cards[card_id].chips[0]
    assert chip.text.lines[0].startswith("Source")
    assert str(nums[0]) in " ".join(chip.text.lines)


# -- images -------------------------------------------------------------------------------


def test_a_card_image_keeps_its_aspect_within_the_card() -> None:
    doc = rich_map()
    lay = compute_layout(doc, map_metrics())
    t = lay.theme
    box = lay.cards[doc.cards[4].id]
    assert box.image is not None
    r, inner = box.image.rect, box.rect.w - 2 * t.card_pad
    assert r.w <= inner + 1e-6 and abs(r.w / r.h - 2.0) < 1e-6
    assert box.title.y >= r.bottom  # the title goes below the picture
    tall = JourneyMap.model_validate(
        {**doc.model_dump(mode="json"), "assets": [asset("img-a", 10, 400, (0, 0, 0))]}
    )
    tall_box = compute_layout(tall, map_metrics()).cards[doc.cards[4].id]
    assert tall_box.image.rect.h == t.image_max_height
    assert abs(tall_box.image.rect.w / tall_box.image.rect.h - 10 / 400) < 1e-6


def test_images_are_in_the_png_and_stored_once_in_the_pdf(qapp, tmp_path: Path) -> None:
    doc = rich_map()
    export_png(doc, tmp_path / "m.png", dpi=72)
    image = QImage(str(tmp_path / "m.png"))
    lay = compute_layout(doc, map_metrics())
    for card in (doc.cards[4], doc.cards[9]):
        r = lay.cards[card.id].image.rect
        assert image.pixelColor(round(r.cx), round(r.cy)).name() == "#c81e8c"
    export_pdf(doc, tmp_path / "m.pdf", personas=True)
    raw = (tmp_path / "m.pdf").read_bytes()
    # two cards show img-a and the persona sheet shows img-b: two images, each stored once
    assert raw.count(b"/Subtype /Image") == 2


# -- emotion notes ------------------------------------------------------------------------


def test_emotion_notes_sit_by_their_point_in_their_lane_and_cover_nothing() -> None:
    doc = rich_map()
    lay = compute_layout(doc, map_metrics())
    assert len(lay.notes) == len(doc.emotions)
    row = next(lane.row for lane in lay.lanes if lane.kind == LaneKind.EMOTION)
    points = {p.id: p for c in lay.curves for p in c.points}

    def overlap(a, b) -> bool:
        return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom

    for i, note in enumerate(lay.notes):
        r, p = note.rect, points[note.point]
        assert row.y <= r.y and r.bottom <= row.bottom
        assert (r.bottom <= p.y) if note.above else (r.y >= p.y)
        assert abs(r.cx - p.x) < r.w  # next to its point
        for q in points.values():
            assert not (r.x <= q.x <= r.right and r.y <= q.y <= r.bottom)
        for other in lay.notes[i + 1 :]:
            assert not overlap(r, other.rect)
        for card in lay.cards.values():
            assert not overlap(r, card.rect)
    long = max(lay.notes, key=lambda n: len(doc.emotion(n.point).note))
    assert len(long.text.lines) <= lay.theme.note_max_lines
    whole = doc.emotion(long.point).note
    shown = " ".join(long.text.lines)
    assert shown.endswith("…") and len(shown) < len(whole)  # the model keeps it whole


# -- canvas = PNG with all of it --------------------------------------------------------


def test_the_canvas_shows_kinds_images_and_notes_as_the_png(qapp, tmp_path: Path) -> None:
    from journeymapper.canvas.scene import MapScene
    from journeymapper.editing.session import DocumentSession

    doc = rich_map()
    export_png(doc, tmp_path / "m.png", dpi=72)
    image = QImage(str(tmp_path / "m.png"))
    scene = MapScene(DocumentSession(doc))
    lay = scene.layout
    assert lay.notes and any(b.image for b in lay.cards.values())
    shown = QImage(image.width(), image.height(), QImage.Format.Format_RGB32)
    shown.fill(Qt.GlobalColor.white)
    p = QPainter(shown)
    scene.render(p, QRectF(0, 0, lay.width, lay.height), QRectF(0, 0, lay.width, lay.height))
    p.end()
    a = image.convertToFormat(QImage.Format.Format_RGB32)
    diff = 0
    for note in lay.notes:  # each note's plate and text are on the canvas too
        r = note.rect
        for y in range(round(r.y), round(r.bottom)):
            for x in range(round(r.x), round(r.right)):
                ca, cb = a.pixelColor(x, y), shown.pixelColor(x, y)
                diff += abs(ca.red() - cb.red()) + abs(ca.green() - cb.green())
    assert diff / sum(n.rect.w * n.rect.h for n in lay.notes) < 1.0
    r = next(b.image.rect for b in lay.cards.values() if b.image)
    assert shown.pixelColor(round(r.cx), round(r.cy)).name() == "#c81e8c"


# -- the PDF's extra pages --------------------------------------------------------------


def pdftext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [*args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@poppler
def test_persona_and_sources_pages_are_real_text(tmp_path: Path) -> None:
    doc = rich_map()
    out = tmp_path / "m.pdf"
    export_pdf(doc, out, page_size="A3", personas=True, sources=True)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    assert pages == 1 + len(doc.personas) + 1
    persona = doc.personas[0]
    sheet = " ".join(pdftext(out, 2).split())
    for text in [persona.name, persona.role, *persona.goals, *persona.frustrations]:
        assert " ".join(text.split()) in sheet, text
    assert "Goals" in sheet and "Frustrations" in sheet and "Emotion curve" in sheet
    sources = " ".join(pdftext(out, 3).split())
    assert "Sources" in sources and "First-party data" in sources
    for card in doc.cards:
        for e in card.evidence:
            assert " ".join(e.title.split()) in sources, e.title
    # the map's cards carry the numbers
    assert "Sources 1" in " ".join(pdftext(out, 1).split()) or "Source 1" in pdftext(out, 1)


@poppler
def test_the_cli_adds_the_pages_and_refuses_them_for_a_png(tmp_path: Path) -> None:
    import sys

    src = tmp_path / "m.journey.json"
    src.write_text(load_template("awareness-to-advocacy-it").model_dump_json(), encoding="utf-8")
    run = [sys.executable, "-m", "journeymapper", "export", str(src)]
    done = subprocess.run([*run, "-o", str(tmp_path / "m.pdf"), "--sources"], capture_output=True)
    assert done.returncode == 0, done.stderr
    assert "Fonti" in pdftext(tmp_path / "m.pdf", 1) or "Fonte" in pdftext(tmp_path / "m.pdf", 1)
    done = subprocess.run(
        [*run, "-o", str(tmp_path / "m.png"), "--personas"], capture_output=True, text=True
    )
    assert done.returncode != 0 and "PNG is one image" in done.stderr
    assert "Traceback" not in done.stderr
    with pytest.raises(ExportError):
        export_map(
            load_template("awareness-to-loyalty-en"),
            tmp_path / "x.png",
            ExportOptions(fmt="png", sources=True),
        )


def test_a_cached_layout_places_the_same_notes_and_sees_a_changed_one() -> None:
    from journeymapper.layout import LayoutCache

    doc = rich_map()
    cache = LayoutCache()
    first = compute_layout(doc, map_metrics(), cache=cache).notes
    assert compute_layout(doc, map_metrics(), cache=cache).notes is first  # reused
    changed = doc.emotions[0].model_copy(update={"note": "Changed"})
    doc.emotions = [changed, *doc.emotions[1:]]
    again = compute_layout(doc, map_metrics(), cache=cache).notes
    assert again == compute_layout(doc, map_metrics()).notes
    assert next(n for n in again if n.point == changed.id).text.lines == ("Changed",)


def test_a_sketched_card_keeps_its_kind_colour_and_where_its_image_is() -> None:
    """Zoomed far out a card is a sketch: its kind's edge and its image's place stay."""
    from journeymapper.layout.theme import KIND_ACCENT

    doc = rich_map()
    lay = compute_layout(doc, map_metrics())
    pain = next(b for b in lay.cards.values() if b.kind == CardKind.PAIN_POINT)
    pictured = next(b for b in lay.cards.values() if b.image is not None)
    rec = Recorder()
    drawing.draw_card_sketch(rec, pain, lay.theme, bars=False)
    assert any(
        c["self"] == "rect" and c["fill"].colour == KIND_ACCENT[pain.kind] for c in rec.calls
    )
    rec = Recorder()
    drawing.draw_card_sketch(rec, pictured, lay.theme, bars=False)
    assert any(c["self"] == "rect" and c["r"] == pictured.image.rect for c in rec.calls)
    assert not any(c["self"] in ("text", "image", "icon") for c in rec.calls)  # cheap
