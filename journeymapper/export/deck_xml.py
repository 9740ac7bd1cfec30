"""The deck's shapes and paragraphs written as DrawingML directly (the XML of a .pptx).

python-pptx's shape and font objects, set one property at a time, cost ten times as much:
a large map's deck has thousands of cards. What is written here is plain DrawingML: a
rectangle or text box with its fill, outline and text, and paragraphs with their runs.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from pptx.oxml.ns import nsdecls

from .deck_plan import Para
from .deck_text import clean

_ATTR = {'"': "&quot;"}
NS = nsdecls("p", "a")


def solid(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour.lstrip("#").upper()}"/></a:solidFill>'


def emu(points: float) -> int:
    return round(points * 12700)


def paras_xml(paras: list[Para], font: str, lang: str) -> str:
    """DrawingML paragraphs, written directly: python-pptx's font properties, set one
    by one, cost ten times as much (a large map has thousands of cards)."""
    font = escape(font, _ATTR)
    lang = escape(lang, _ATTR)
    out = []
    for para in paras:
        ppr = '<a:pPr algn="l"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        if para.space_before:
            ppr += f'<a:spcBef><a:spcPts val="{round(para.space_before * 100)}"/></a:spcBef>'
        rpr = (
            f'<a:rPr lang="{lang}" sz="{round(para.size * 100)}" '
            f'b="{int(para.bold)}" i="{int(para.italic)}" dirty="0">'
            f'<a:solidFill><a:srgbClr val="{para.colour.lstrip("#").upper()}"/></a:solidFill>'
            f'<a:latin typeface="{font}"/><a:cs typeface="{font}"/></a:rPr>'
        )
        runs = [
            f"{rpr}<a:t>{escape(line)}</a:t>".join(("<a:r>", "</a:r>")) if line else ""
            for line in clean(para.text).split("\n")
        ]
        out.append(
            f"<a:p>{ppr}</a:pPr>"
            + f"<a:br>{rpr}</a:br>".join(runs)
            + f'<a:endParaRPr lang="{lang}" sz="{round(para.size * 100)}" dirty="0"/>'
            + "</a:p>"
        )
    return "".join(out) or "<a:p/>"


def sp_xml(
    shape_id: int,
    name: str,
    x: float,
    y: float,
    w: float,
    h: float,
    fill: str | None,
    line: str | None = None,
    paras: list[Para] | None = None,
    inset: float = 0,
    anchor: str = "t",
    font: str = "Arial",
    lang: str = "en-US",
) -> str:
    """A rectangle (``fill`` None: a text box) with its text, as a ``p:sp`` element."""
    geometry = (
        f'<a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    )
    paint = solid(fill) if fill else "<a:noFill/>"
    outline = f'<a:ln w="9525">{solid(line)}</a:ln>' if line else "<a:ln><a:noFill/></a:ln>"
    ins = emu(inset)
    text = ""
    if paras is not None:
        text = (
            f'<p:txBody><a:bodyPr wrap="square" lIns="{ins}" tIns="{ins}" rIns="{ins}" '
            f'bIns="{ins}" anchor="{anchor}" rtlCol="0"><a:noAutofit/></a:bodyPr>'
            f"<a:lstStyle/>{paras_xml(paras, font, lang)}</p:txBody>"
        )
    box = "" if fill else ' txBox="1"'
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{escape(name, _ATTR)}"/>'
        f"<p:cNvSpPr{box}/><p:nvPr/></p:nvSpPr>"
        f"<p:spPr>{geometry}{paint}{outline}</p:spPr>{text}</p:sp>"
    )
