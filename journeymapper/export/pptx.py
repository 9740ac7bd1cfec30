"""PowerPoint export: an editable 16:9 slide deck of the map (python-pptx).

The slides are planned by `deck_plan` (what goes where, text fitted by `deck_text`) and
written here: a title slide (title, description, client, author, the brand's logo and
accent), one slide per persona (profile and a native, editable line chart of their emotion
curve over the stages), an overview slide with the whole map as a picture (`deck_picture`,
the only part that needs Qt), one or more slides per stage (each card a sticky-note
rectangle with its own editable text, each lane's cards in a group named after the lane,
the emotion score of each persona and the stage's channels beside them), then the insights
and the sources when the map has them. Every slide's title is its title placeholder, so
PowerPoint's outline and screen readers see it. Text cut to fit ends with "…"; the slide's
notes keep it whole.

The deck is set in Arial (Times New Roman for a brand with the serif typeface): fonts
every Office has and that LibreOffice replaces with the metric-compatible Liberation fonts.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LEGEND_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
)
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.parts.slide import SlidePart
from pptx.util import Emu, Pt

from ..i18n import tr
from ..io.save import write_atomic
from ..layout.theme import DEFAULT_THEME, persona_colour
from ..model import JourneyMap, LaneKind
from ..model.assets import decode_base64, image_info
from ..model.document import Typeface
from .common import ExportError
from .deck_plan import (
    CARDS_W,
    CONTENT_BOTTOM,
    CONTENT_TOP,
    DESCRIPTION_SIZE,
    LANE_HEAD_H,
    LIST_W,
    MARGIN,
    OVERLINE_Y,
    PANEL_W,
    PANEL_X,
    SLIDE_H,
    SLIDE_W,
    TITLE_H,
    TITLE_SIZE,
    TITLE_Y,
    Para,
    PlacedLane,
    Slide,
    continued,
    plan_deck,
    score_text,
)
from .deck_text import LINE, clean, fit, shorten
from .deck_xml import NS, paras_xml, sp_xml

Progress = Callable[[int, int], bool | None]

SANS_FONT, SERIF_FONT = "Arial", "Times New Roman"
_LAYOUT_TITLE, _LAYOUT_TITLE_ONLY = 0, 5  # in python-pptx's default template
T = DEFAULT_THEME
_QUOTES = "“”\"' "


def _emu(points: float) -> Emu:
    return Emu(round(points * 12700))


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


class _PartNames:
    """``package.next_partname`` for one export, remembering the names it gave: python-pptx's
    own walks every part of the package to name each new one (a notes page, a chart), which
    grows with the square of a deck's size."""

    def __init__(self, package) -> None:
        self.package = package
        self.taken: dict[str, set[str]] = {}

    def __call__(self, tmpl: str) -> PackURI:
        prefix = tmpl[: (tmpl % 42).find("42")]
        taken = self.taken.get(prefix)
        if taken is None:
            parts = self.package.iter_parts()
            taken = {str(p.partname) for p in parts if p.partname.startswith(prefix)}
            self.taken[prefix] = taken
        n = len(taken) + 1
        while tmpl % n in taken:
            n += 1
        taken.add(tmpl % n)
        return PackURI(tmpl % n)


class _Writer:
    def __init__(self, doc: JourneyMap, author: str | None, client: str | None) -> None:
        self.doc = doc
        self.author = author if author is not None else doc.author
        self.client = client if client is not None else doc.client
        brand = doc.brand
        self.font = SERIF_FONT if brand and brand.typeface == Typeface.SERIF else SANS_FONT
        self.accent = (brand.accent if brand and brand.accent else None) or T.selection
        self.lang = (doc.locale or "en-US").replace("_", "-")  # the proofing language
        self.prs = Presentation()
        self.slides = 0  # added so far (the template has none)
        package = self.prs.part.package
        package.next_partname = _PartNames(package)  # this package only
        self.prs.slide_width = _emu(SLIDE_W)
        self.prs.slide_height = _emu(SLIDE_H)

    # -- text ------------------------------------------------------------------------------

    def fill_frame(self, tf, paras: list[Para], anchor=MSO_ANCHOR.TOP, inset: float = 0) -> None:
        tf.word_wrap = True
        tf.auto_size = MSO_AUTO_SIZE.NONE
        tf.vertical_anchor = anchor
        for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
            setattr(tf, side, _emu(inset))
        body = tf._txBody
        for p in body.findall(qn("a:p")):
            body.remove(p)
        for p in parse_xml(
            f"<a:root {nsdecls('a')}>{paras_xml(paras, self.font, self.lang)}</a:root>"
        ):
            body.append(p)

    def text(self, shapes, x, y, w, h, paras: list[Para], name: str = "", **kw):
        box = shapes.add_textbox(_emu(x), _emu(y), _emu(w), _emu(h))
        if name:
            box.name = clean(name)[:200] or "Text"
        self.fill_frame(box.text_frame, paras, **kw)
        return box

    def rect(self, slide, name: str, x: float, y: float, w: float, h: float, fill: str) -> None:
        """A filled rectangle without outline or shadow."""
        xml = sp_xml(slide.shapes._next_shape_id, name, x, y, w, h, fill)
        slide.shapes._spTree.append(parse_xml(xml.replace("<p:sp>", f"<p:sp {NS}>", 1)))

    def add_slide(self, layout_index: int):
        """``prs.slides.add_slide``, in constant time: python-pptx's own looks through all
        the presentation's relationships and slide ids for each new slide (a 2,500-slide
        deck spent half a minute there). The same parts, names and ids as its own."""
        layout = self.prs.slide_layouts[layout_index]
        prs_part = self.prs.part
        self.slides += 1
        partname = PackURI(f"/ppt/slides/slide{self.slides}.xml")
        slide_part = SlidePart.new(partname, prs_part.package, layout.part)
        # a new part: no relationship to it exists yet, so none is looked for
        rId = prs_part._rels._add_relationship(RT.SLIDE, slide_part)
        self.prs.slides._sldIdLst._add_sldId(id=255 + self.slides, rId=rId)
        slide = slide_part.slide
        slide.shapes.clone_layout_placeholders(layout)
        return slide

    def new_slide(self, plan: Slide, layout: int = _LAYOUT_TITLE_ONLY):
        slide = self.add_slide(layout)
        title = slide.shapes.title
        title.left, title.top = _emu(MARGIN), _emu(TITLE_Y)
        title.width, title.height = _emu(SLIDE_W - 2 * MARGIN), _emu(TITLE_H)
        f = fit(plan.title, SLIDE_W - 2 * MARGIN, TITLE_SIZE, True, 1)
        self.fill_frame(title.text_frame, [Para(f.text, TITLE_SIZE, True)], MSO_ANCHOR.MIDDLE)
        if plan.overline:
            over = fit(plan.overline, SLIDE_W - 2 * MARGIN, 12, True, 1)
            self.text(
                slide.shapes, MARGIN, OVERLINE_Y, SLIDE_W - 2 * MARGIN, 18,
                [Para(over.text, 12, True, self.accent)], "Overline",
            )  # fmt: skip
        notes = plan.notes
        if f.cut:
            notes = shorten(plan.title, 20_000) + ("\n" + notes if notes else "")
        if notes:
            slide.notes_slide.notes_text_frame.text = clean(notes)
        return slide

    # -- the slides ------------------------------------------------------------------------

    def title_slide(self, plan: Slide) -> None:
        doc = self.doc
        slide = self.add_slide(_LAYOUT_TITLE)
        self.rect(slide, "Accent", 0, 0, 18, SLIDE_H, self.accent)
        left, width = MARGIN + 40, SLIDE_W - 2 * MARGIN - 80
        title = slide.shapes.title
        title.left, title.top, title.width, title.height = (
            _emu(left), _emu(110), _emu(width), _emu(150),
        )  # fmt: skip
        f = fit(doc.title, width, 40, True, 3)
        self.fill_frame(title.text_frame, [Para(f.text, 40, True)], MSO_ANCHOR.BOTTOM)
        paras: list[Para] = []
        cut = f.cut
        if doc.description:
            d = fit(doc.description, width, 18, False, 5)
            paras.append(Para(d.text, 18, False, T.body_ink))
            cut |= d.cut
        people = []
        if self.client:
            people.append(tr("export", "Client: {0}").format(self.client))
        if self.author:
            people.append(tr("export", "Author: {0}").format(self.author))
        for k, line in enumerate(people):
            p = fit(line, width, 16, False, 2)
            paras.append(Para(p.text, 16, k == 0, T.muted_ink, space_before=14 if k == 0 else 2))
        sub = slide.placeholders[1]
        sub.left, sub.top, sub.width, sub.height = _emu(left), _emu(278), _emu(width), _emu(220)
        if paras:
            self.fill_frame(sub.text_frame, paras)
        else:
            sub._element.getparent().remove(sub._element)  # no empty "Click to add" box
        logo = doc.brand.logo if doc.brand else None
        if logo:
            self.picture(slide, logo, SLIDE_W - MARGIN - 180, MARGIN, 180, 80, "Logo")
        notes = "\n".join(x for x in (doc.title, doc.description or "") if x)
        if cut:  # the notes keep what the slide had to cut
            slide.notes_slide.notes_text_frame.text = clean(shorten(notes, 50_000))

    def picture(self, slide, asset_id: str, x, y, w, h, name: str) -> bool:
        """The image ``asset_id`` fitted into the box (right-aligned, top); False when the
        map has no such image or it is damaged (the slide is made without it)."""
        asset = self.doc.asset(asset_id)
        if asset is None:
            return False
        try:
            data = decode_base64(asset.data)
            info = image_info(data)
            k = min(w / info.width, h / info.height)
            pw, ph = info.width * k, info.height * k
            pic = slide.shapes.add_picture(
                io.BytesIO(data), _emu(x + w - pw), _emu(y), _emu(pw), _emu(ph)
            )
        except Exception:
            # python-pptx reads the image itself: a damaged one must not lose the deck
            return False
        pic.name = name
        return True

    def persona_slide(self, plan: Slide) -> None:
        doc = self.doc
        i = plan.persona_index
        persona = doc.personas[i]
        own = [c for (_lane, p), c in self.curve_colours.items() if p == persona.id]
        palette = self.layout.theme.palette
        colour = own[0] if own else persona_colour(i, persona.color, palette)  # as the map
        slide = self.new_slide(plan)
        self.rect(slide, "Rule", MARGIN, CONTENT_TOP - 10, SLIDE_W - 2 * MARGIN, 3, colour)
        col_w = 270.0
        y = CONTENT_TOP
        # the photo at the top left, the role beside it
        photo = 100.0
        has_photo = bool(persona.photo) and self.picture(
            slide, persona.photo or "", MARGIN, y, photo, photo, "Photo"
        )
        text_x = MARGIN + (photo + 12 if has_photo else 0)
        text_w = col_w - (text_x - MARGIN)
        role_h = 0.0
        if persona.role:
            r = fit(persona.role, text_w, 15, True, 5 if has_photo else 3)
            role_h = r.height(15) + 4
            role = [Para(r.text, 15, True, T.muted_ink)]
            self.text(slide.shapes, text_x, y, text_w, role_h, role, "Role")
        top_h = max(photo if has_photo else 0.0, role_h)
        y += top_h + 14 if top_h else 0
        left: list[Para] = []
        room = CONTENT_BOTTOM - y
        if persona.quote:
            q = fit("“" + persona.quote.strip(_QUOTES) + "”", col_w, 15, False, 5)
            left.append(Para(q.text, 15, False, colour, italic=True))
            room -= q.height(15) + 10
        if persona.description:
            lines = max(1, int(room // (12 * LINE)) - 1)
            d = fit(persona.description, col_w, 12, False, lines)
            left.append(Para(d.text, 12, False, T.body_ink, space_before=10 if left else 0))
        if left:
            self.text(slide.shapes, MARGIN, y, col_w, CONTENT_BOTTOM - y, left, "Profile")
        right_x = MARGIN + col_w + 24
        right_w = SLIDE_W - MARGIN - right_x
        half = (right_w - 16) / 2
        lists = ((tr("export", "Goals"), persona.goals),
                 (tr("export", "Frustrations"), persona.frustrations))  # fmt: skip
        used = max(
            self.bullets(slide, right_x + k * (half + 16), CONTENT_TOP, half, 190, label, items)
            for k, (label, items) in enumerate(lists)
        )
        top = CONTENT_TOP + used + 14  # the chart right under the lists, at least 210 pt tall
        self.curve_chart(slide, persona.id, colour, right_x, top, right_w, CONTENT_BOTTOM - top)
        whole = [persona.name, persona.role or "", persona.quote or "", persona.description or ""]
        whole += [f"- {g}" for g in persona.goals] + [f"- {g}" for g in persona.frustrations]
        slide.notes_slide.notes_text_frame.text = clean(
            shorten("\n".join(x for x in whole if x), 50_000)
        )

    def bullets(self, slide, x, y, w, h, label: str, items: list[str]) -> float:
        """A heading and its items, cut to ``h`` ("… and N more"); the height it takes."""
        paras = [Para(label, 14, True, T.ink)]
        used = 14 * LINE
        for n, item in enumerate(items):
            f = fit("•  " + item, w, 12, False, 3)
            need = f.height(12) + 3
            rest = len(items) - n
            if used + need + (12 * LINE if rest > 1 else 0) > h:
                paras.append(
                    Para(tr("export", "… and {0} more").format(rest), 12, False, T.muted_ink)
                )
                used += 12 * LINE
                break
            paras.append(Para(f.text, 12, False, T.body_ink, space_before=3))
            used += need
        if not items:
            paras.append(Para("—", 12, False, T.muted_ink, space_before=3))
            used += 12 * LINE + 3
        self.text(slide.shapes, x, y, w, used + 4, paras, label)
        return used + 4

    def curve_chart(self, slide, persona_id: str, colour: str, x, y, w, h) -> None:
        doc = self.doc
        lanes = [ln for ln in doc.lanes if ln.kind == LaneKind.EMOTION]
        series = []
        for lane in lanes:
            at = {
                e.stage: e.score
                for e in doc.emotions
                if e.lane == lane.id and e.persona == persona_id
            }
            if at:
                series.append((lane, [at.get(s.id) for s in doc.stages]))
        if not series:
            self.text(
                slide.shapes, x, y + 20, w, 30,
                [Para(tr("export", "No emotion curve yet."), 13, False, T.muted_ink)], "Curve",
            )  # fmt: skip
            return
        data = CategoryChartData()
        data.categories = [clean(s.name) or "—" for s in doc.stages]
        for lane, values in series:
            data.add_series(clean(lane.name) or "—", values)
        frame = slide.shapes.add_chart(
            XL_CHART_TYPE.LINE_MARKERS, _emu(x), _emu(y), _emu(w), _emu(h), data
        )
        frame.name = "Emotion curve"
        chart = frame.chart
        chart.font.name = self.font
        chart.font.size = Pt(10)
        chart.has_title = True
        chart.chart_title.text_frame.text = tr("export", "Emotion curve")
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(13)
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.bold = True
        axis = chart.value_axis
        axis.minimum_scale, axis.maximum_scale, axis.major_unit = -5, 5, 1
        axis.has_major_gridlines = True
        # the stage names under the chart, not along the zero line through it
        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
        axis.major_gridlines.format.line.color.rgb = _rgb(T.grid_line)
        chart.has_legend = len(series) > 1
        if chart.has_legend:
            chart.legend.position = XL_LEGEND_POSITION.BOTTOM
            chart.legend.include_in_layout = False
        for k, s in enumerate(chart.plots[0].series):
            lane = series[k][0]
            line_colour = self.curve_colours.get((lane.id, persona_id)) or (
                colour if k == 0 else persona_colour(k + 1, None)
            )
            s.smooth = False
            s.format.line.color.rgb = _rgb(line_colour)
            s.format.line.width = Pt(3)
            s.marker.style = XL_MARKER_STYLE.CIRCLE
            s.marker.size = 8
            s.marker.format.fill.solid()
            s.marker.format.fill.fore_color.rgb = _rgb(line_colour)
            s.marker.format.line.color.rgb = _rgb(line_colour)

    def overview_slide(self, plan: Slide) -> None:
        from .deck_picture import overview_png

        slide = self.new_slide(plan)
        box_w, box_h = SLIDE_W - 2 * MARGIN, CONTENT_BOTTOM - CONTENT_TOP + 10
        data, w, h = overview_png(self.layout, box_w, box_h)
        k = min(box_w / w, box_h / h)
        pw, ph = w * k, h * k
        pic = slide.shapes.add_picture(
            io.BytesIO(data),
            _emu(MARGIN + (box_w - pw) / 2),
            _emu(CONTENT_TOP - 6),
            _emu(pw),
            _emu(ph),
        )
        pic.name = "Map"
        pic.line.color.rgb = _rgb(T.grid_line)

    def stage_slide(self, plan: Slide) -> None:
        slide = self.new_slide(plan)
        if plan.description is not None and plan.description.text:
            self.text(
                slide.shapes, MARGIN, CONTENT_TOP - 8, SLIDE_W - 2 * MARGIN,
                plan.description.height(DESCRIPTION_SIZE) + 6,
                [Para(plan.description.text, DESCRIPTION_SIZE, False, T.muted_ink)], "Description",
            )  # fmt: skip
        for lane in plan.lanes:
            self.lane_group(slide, lane)
        if not plan.lanes:
            self.text(
                slide.shapes, MARGIN, CONTENT_TOP + 40, CARDS_W, 30,
                [Para(tr("export", "No cards in this stage."), 14, False, T.muted_ink)], "Empty",
            )  # fmt: skip
        self.panel(slide, plan)

    def lane_group(self, slide, lane: PlacedLane) -> None:
        """The lane's header and cards, one group named after the lane. Written as
        DrawingML directly: through python-pptx's shape objects a large map's thousands of
        cards take seconds."""
        tree = slide.shapes._spTree
        next_id = slide.shapes._next_shape_id
        label = continued(lane.lane.name, CARDS_W - 10, 11) if lane.continued else lane.lane.name
        f = fit(label, CARDS_W - 10, 11, True, 1)
        text = {"font": self.font, "lang": self.lang}
        head = [Para(f.text, 11, True, T.muted_ink)]
        parts = [
            sp_xml(next_id + 1, "Accent", lane.x, lane.y + 2, 4, LANE_HEAD_H - 6, lane.accent),
            sp_xml(next_id + 2, "Lane name", lane.x + 8, lane.y, CARDS_W - 8, LANE_HEAD_H - 2,
                   None, paras=head, anchor="ctr", **text),
        ]  # fmt: skip
        for k, pc in enumerate(lane.cards):
            name = "Card: " + clean(pc.card.title)[:150]
            parts.append(
                sp_xml(next_id + 3 + k, name, pc.x, pc.y, pc.w, pc.h, pc.fill, pc.border,
                       pc.paras, inset=6, **text)
            )  # fmt: skip
        x0, y0 = _emu(lane.x), _emu(lane.y)
        right = max([lane.x + CARDS_W] + [pc.x + pc.w for pc in lane.cards])
        bottom = max([lane.y + LANE_HEAD_H] + [pc.y + pc.h for pc in lane.cards])
        cx, cy = _emu(right) - x0, _emu(bottom) - y0
        name = escape(clean(lane.lane.name)[:200] or "Lane", {'"': "&quot;"})
        xfrm = (
            f'<a:xfrm><a:off x="{x0}" y="{y0}"/><a:ext cx="{cx}" cy="{cy}"/>'
            f'<a:chOff x="{x0}" y="{y0}"/><a:chExt cx="{cx}" cy="{cy}"/></a:xfrm>'
        )
        tree.append(
            parse_xml(
                f"<p:grpSp {nsdecls('p', 'a')}><p:nvGrpSpPr>"
                f'<p:cNvPr id="{next_id}" name="{name}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
                f"<p:grpSpPr>{xfrm}</p:grpSpPr>{''.join(parts)}</p:grpSp>"
            )
        )

    def panel(self, slide, plan: Slide) -> None:
        x, y, w = PANEL_X, CONTENT_TOP, PANEL_W
        if plan.description is not None and plan.description.text:
            y += plan.description.height(DESCRIPTION_SIZE) + 6
        self.rect(slide, "Panel", x, y, w, CONTENT_BOTTOM - y, T.tag_fill)
        inner = w - 20
        paras = [Para(tr("export", "Emotion"), 13, True, T.ink)]
        if not plan.scores:
            paras.append(Para("—", 12, False, T.muted_ink, space_before=2))
        used = 40.0
        room = (CONTENT_BOTTOM - y) * 0.6
        for n, s in enumerate(plan.scores):
            line = fit(f"{s.name}:  {score_text(s.score)}", inner, 12, True, 2)
            note = fit(s.note, inner, 10, False, 2) if s.note else None
            need = line.height(12) + (note.height(10) if note else 0) + 4
            if used + need > room:
                more = len(plan.scores) - n
                paras.append(
                    Para(tr("export", "… and {0} more").format(more), 11, False, T.muted_ink)
                )
                break
            paras.append(Para(line.text, 12, True, s.colour, space_before=4))
            if note:
                paras.append(Para(note.text, 10, False, T.body_ink))
            used += need
        paras.append(Para(tr("export", "Channels"), 13, True, T.ink, space_before=12))
        for name, count in plan.channels[:12]:
            paras.append(Para(f"{name} ({count})", 11, False, T.body_ink, space_before=2))
        if not plan.channels:
            paras.append(Para("—", 12, False, T.muted_ink, space_before=2))
        self.text(slide.shapes, x, y, w, CONTENT_BOTTOM - y, paras, "Scores and channels", inset=10)

    def list_slide(self, plan: Slide) -> None:
        slide = self.new_slide(plan)
        self.text(
            slide.shapes, MARGIN, CONTENT_TOP, LIST_W, CONTENT_BOTTOM - CONTENT_TOP,
            plan.paras, "List", inset=5,
        )  # fmt: skip

    def write(self, progress: Progress | None) -> bytes | None:
        from .deck_picture import map_layout

        # one layout: the overview picture, and the cards' colours on the stage slides
        self.layout = map_layout(self.doc)
        colours = {i: (box.fill, box.border) for i, box in self.layout.cards.items()}
        self.curve_colours = {(c.lane, c.persona): c.colour for c in self.layout.curves}
        plan = plan_deck(self.doc, colours=colours, curve_colours=self.curve_colours)
        total = len(plan.slides) + 1
        if progress is not None and progress(0, total) is False:
            return None
        draw = {
            "title": self.title_slide,
            "persona": self.persona_slide,
            "overview": self.overview_slide,
            "stage": self.stage_slide,
            "list": self.list_slide,
        }
        for n, slide in enumerate(plan.slides):
            draw[slide.kind](slide)
            if progress is not None and progress(n + 1, total) is False:
                return None
        out = io.BytesIO()
        self.prs.save(out)
        return out.getvalue()


def export_pptx(
    doc: JourneyMap,
    out_path: str | os.PathLike[str],
    author: str | None = None,
    client: str | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """Write ``doc`` as a PowerPoint deck (.pptx) to ``out_path``; ``author`` and ``client``
    replace the map's own on the title slide. ``progress(done, total)`` is called after each
    slide; returning False cancels (nothing is written). Returns the path written, or None
    when cancelled."""
    out = Path(out_path)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name such as map.pptx")
    data = _Writer(doc, author, client).write(progress)
    if data is None:
        return None
    write_atomic(out, data)
    if progress is not None:
        progress(1, 1)
    return out


__all__ = ["SANS_FONT", "SERIF_FONT", "export_pptx"]
