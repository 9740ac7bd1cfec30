"""Our SVG icons as reportlab vector paths (a converter for the subset ``icons/`` uses).

The icons are 24×24 viewBox drawings of ``path``, ``rect`` (with ``rx``), ``circle``,
``ellipse``, ``line``, ``polyline`` and ``polygon`` elements, stroked (``fill="none"``)
with round caps and joins. Path data may use every SVG command (M L H V C S Q T A Z, in
absolute and relative form); arcs become cubic Béziers. Each icon is parsed once into
drawing operations in viewBox units, then replayed onto any canvas at any place and size.
Elements of other kinds are skipped (never an error): an unknown icon just draws less.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache

from ..resources import icon_path

#: one sub-path: a start point, then ("L", x, y) or ("C", x1, y1, x2, y2, x, y) steps
Segment = tuple
SubPath = tuple[tuple[float, float], list[Segment], bool]  # start, steps, closed


@dataclass
class Shape:
    subpaths: list[SubPath]
    stroke: str | None
    fill: str | None
    stroke_width: float
    fill_opacity: float = 1.0
    linecap: str = "butt"
    linejoin: str = "miter"


@dataclass
class Icon:
    viewbox: tuple[float, float, float, float]
    shapes: list[Shape] = field(default_factory=list)


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARG_COUNT = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def _arc_flag_tokens(d: str) -> list[str]:
    """Tokens of a path string; arc flags may be written without separators ("0 01 5")."""
    tokens: list[str] = []
    pos = 0
    command = ""
    arg_index = 0
    while pos < len(d):
        ch = d[pos]
        if ch in " ,\t\r\n":
            pos += 1
            continue
        if ch.isalpha() and ch not in "eE":
            tokens.append(ch)
            command = ch.upper()
            arg_index = 0
            pos += 1
            continue
        if command == "A" and arg_index % 7 in (3, 4) and ch in "01":
            tokens.append(ch)
            pos += 1
            arg_index += 1
            continue
        m = _NUMBER.match(d, pos)
        if not m:
            raise ValueError(f"bad path data near {d[pos : pos + 10]!r}")
        tokens.append(m.group())
        pos = m.end()
        arg_index += 1
    return tokens


def _arc_to_beziers(
    x0: float, y0: float, rx: float, ry: float, phi_deg: float, large: bool, sweep: bool,
    x: float, y: float,
) -> list[Segment]:  # fmt: skip
    """An SVG elliptical arc as cubic Bézier steps (endpoint → centre parameterisation)."""
    if rx == 0 or ry == 0 or (x0 == x and y0 == y):
        return [("L", x, y)]
    rx, ry = abs(rx), abs(ry)
    phi = math.radians(phi_deg)
    cos_p, sin_p = math.cos(phi), math.sin(phi)
    dx2, dy2 = (x0 - x) / 2, (y0 - y) / 2
    x1p = cos_p * dx2 + sin_p * dy2
    y1p = -sin_p * dx2 + cos_p * dy2
    lam = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if lam > 1:
        rx *= math.sqrt(lam)
        ry *= math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    coef = math.sqrt(max(num / den, 0.0)) if den else 0.0
    if large == sweep:
        coef = -coef
    cxp = coef * rx * y1p / ry
    cyp = -coef * ry * x1p / rx
    cx = cos_p * cxp - sin_p * cyp + (x0 + x) / 2
    cy = sin_p * cxp + cos_p * cyp + (y0 + y) / 2

    def angle(ux: float, uy: float, vx: float, vy: float) -> float:
        a = math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
        return a

    theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not sweep and delta > 0:
        delta -= 2 * math.pi
    elif sweep and delta < 0:
        delta += 2 * math.pi
    parts = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / parts
    k = 4 / 3 * math.tan(step / 4)
    out: list[Segment] = []

    def point(t: float) -> tuple[float, float]:
        ex, ey = rx * math.cos(t), ry * math.sin(t)
        return cx + cos_p * ex - sin_p * ey, cy + sin_p * ex + cos_p * ey

    def deriv(t: float) -> tuple[float, float]:
        ex, ey = -rx * math.sin(t), ry * math.cos(t)
        return cos_p * ex - sin_p * ey, sin_p * ex + cos_p * ey

    t = theta1
    for _ in range(parts):
        t2 = t + step
        p1, p2 = point(t), point(t2)
        d1, d2 = deriv(t), deriv(t2)
        out.append(
            (
                "C",
                p1[0] + k * d1[0],
                p1[1] + k * d1[1],
                p2[0] - k * d2[0],
                p2[1] - k * d2[1],
                p2[0],
                p2[1],
            )
        )
        t = t2
    # land exactly on the end point
    last = out[-1]
    out[-1] = (*last[:5], x, y)
    return out


def parse_path(d: str) -> list[SubPath]:
    """SVG path data as sub-paths of absolute line and cubic steps."""
    tokens = _arc_flag_tokens(d)
    subpaths: list[SubPath] = []
    start = (0.0, 0.0)
    steps: list[Segment] = []
    closed = False
    cx = cy = 0.0
    last_ctrl: tuple[float, float] | None = None  # for S
    last_qctrl: tuple[float, float] | None = None  # for T
    i = 0
    command = ""

    def flush() -> None:
        nonlocal steps, closed
        if steps or closed:
            subpaths.append((start, steps, closed))
        steps, closed = [], False

    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            command = tok
            i += 1
            if command in "Zz":
                closed = True
                cx, cy = start
                flush()
                last_ctrl = last_qctrl = None
                continue
        elif not command:
            raise ValueError("path data must start with a command")
        upper = command.upper()
        count = _ARG_COUNT[upper]
        args = [float(v) for v in tokens[i : i + count]]
        if len(args) < count:
            raise ValueError(f"path command {command} needs {count} numbers")
        i += count
        rel = command.islower()
        ox, oy = (cx, cy) if rel else (0.0, 0.0)
        ctrl = qctrl = None
        if upper == "M":
            flush()
            cx, cy = ox + args[0], oy + args[1]
            start = (cx, cy)
            command = "l" if rel else "L"  # further pairs are line-tos
        elif upper == "L":
            cx, cy = ox + args[0], oy + args[1]
            steps.append(("L", cx, cy))
        elif upper == "H":
            cx = (cx if rel else 0.0) + args[0]
            steps.append(("L", cx, cy))
        elif upper == "V":
            cy = (cy if rel else 0.0) + args[0]
            steps.append(("L", cx, cy))
        elif upper == "C":
            x1, y1, x2, y2, x, y = (ox + v if k % 2 == 0 else oy + v for k, v in enumerate(args))
            steps.append(("C", x1, y1, x2, y2, x, y))
            ctrl, (cx, cy) = (x2, y2), (x, y)
        elif upper == "S":
            x1, y1 = (2 * cx - last_ctrl[0], 2 * cy - last_ctrl[1]) if last_ctrl else (cx, cy)
            x2, y2, x, y = (ox + v if k % 2 == 0 else oy + v for k, v in enumerate(args))
            steps.append(("C", x1, y1, x2, y2, x, y))
            ctrl, (cx, cy) = (x2, y2), (x, y)
        elif upper in ("Q", "T"):
            if upper == "Q":
                qx, qy, x, y = (ox + v if k % 2 == 0 else oy + v for k, v in enumerate(args))
            else:
                qx, qy = (
                    (2 * cx - last_qctrl[0], 2 * cy - last_qctrl[1]) if last_qctrl else (cx, cy)
                )
                x, y = ox + args[0], oy + args[1]
            steps.append(
                (
                    "C",
                    cx + 2 / 3 * (qx - cx),
                    cy + 2 / 3 * (qy - cy),
                    x + 2 / 3 * (qx - x),
                    y + 2 / 3 * (qy - y),
                    x,
                    y,
                )
            )
            qctrl, (cx, cy) = (qx, qy), (x, y)
        elif upper == "A":
            rx, ry, phi, large, sweep, x, y = args
            x, y = ox + x, oy + y
            steps.extend(_arc_to_beziers(cx, cy, rx, ry, phi, bool(large), bool(sweep), x, y))
            cx, cy = x, y
        last_ctrl, last_qctrl = ctrl, qctrl
    flush()
    return subpaths


def _num(el: ET.Element, name: str, default: float = 0.0) -> float:
    value = el.get(name)
    if value is None:
        return default
    m = _NUMBER.match(value.strip())
    return float(m.group()) if m else default


def _rect(x: float, y: float, w: float, h: float, rx: float, ry: float) -> list[SubPath]:
    if w <= 0 or h <= 0:
        return []
    rx, ry = min(rx, w / 2), min(ry, h / 2)
    if rx <= 0 or ry <= 0:
        return [((x, y), [("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h)], True)]
    d = (
        f"M{x + rx},{y}H{x + w - rx}A{rx},{ry} 0 0 1 {x + w},{y + ry}V{y + h - ry}"
        f"A{rx},{ry} 0 0 1 {x + w - rx},{y + h}H{x + rx}A{rx},{ry} 0 0 1 {x},{y + h - ry}"
        f"V{y + ry}A{rx},{ry} 0 0 1 {x + rx},{y}Z"
    )
    return parse_path(d)


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> list[SubPath]:
    if rx <= 0 or ry <= 0:
        return []
    d = f"M{cx - rx},{cy}A{rx},{ry} 0 1 0 {cx + rx},{cy}A{rx},{ry} 0 1 0 {cx - rx},{cy}Z"
    return parse_path(d)


def _points(value: str | None) -> list[tuple[float, float]]:
    nums = [float(v) for v in _NUMBER.findall(value or "")]
    return list(zip(nums[0::2], nums[1::2], strict=False))


def _style(el: ET.Element, inherited: dict[str, str]) -> dict[str, str]:
    style = dict(inherited)
    for key in (
        "stroke", "fill", "stroke-width", "stroke-linecap", "stroke-linejoin", "fill-opacity",
    ):  # fmt: skip
        if el.get(key) is not None:
            style[key] = el.get(key, "")
    for decl in (el.get("style") or "").split(";"):
        if ":" in decl:
            k, v = decl.split(":", 1)
            style[k.strip()] = v.strip()
    return style


def _colour(value: str | None) -> str | None:
    if value is None or value.strip() in ("none", "transparent", ""):
        return None
    value = value.strip()
    if re.fullmatch(r"#[0-9A-Fa-f]{3}", value):
        value = "#" + "".join(c * 2 for c in value[1:])
    if re.fullmatch(r"#[0-9A-Fa-f]{6}", value):
        return value.upper()
    if value == "currentColor":
        return "#37474F"
    return "#000000"


def parse_svg(text: str) -> Icon:
    root = ET.fromstring(text)
    vb = [float(v) for v in _NUMBER.findall(root.get("viewBox") or "")]
    if len(vb) != 4:
        vb = [0.0, 0.0, _num(root, "width", 24.0), _num(root, "height", 24.0)]
    icon = Icon((vb[0], vb[1], vb[2], vb[3]))
    # SVG defaults: black fill, no stroke
    defaults = {"fill": "#000000", "stroke": "none", "stroke-width": "1"}

    def walk(el: ET.Element, inherited: dict[str, str]) -> None:
        style = _style(el, inherited)
        tag = el.tag.rsplit("}", 1)[-1]
        subpaths: list[SubPath] = []
        if tag == "path":
            try:
                subpaths = parse_path(el.get("d") or "")
            except ValueError:
                subpaths = []
        elif tag == "rect":
            rx = el.get("rx")
            ry = el.get("ry")
            rxv = _num(el, "rx") if rx is not None else _num(el, "ry")
            ryv = _num(el, "ry") if ry is not None else rxv
            subpaths = _rect(
                _num(el, "x"), _num(el, "y"), _num(el, "width"), _num(el, "height"), rxv, ryv
            )
        elif tag == "circle":
            r = _num(el, "r")
            subpaths = _ellipse(_num(el, "cx"), _num(el, "cy"), r, r)
        elif tag == "ellipse":
            subpaths = _ellipse(_num(el, "cx"), _num(el, "cy"), _num(el, "rx"), _num(el, "ry"))
        elif tag == "line":
            subpaths = [
                ((_num(el, "x1"), _num(el, "y1")), [("L", _num(el, "x2"), _num(el, "y2"))], False)
            ]
        elif tag in ("polyline", "polygon"):
            pts = _points(el.get("points"))
            if pts:
                subpaths = [(pts[0], [("L", x, y) for x, y in pts[1:]], tag == "polygon")]
        elif tag in ("svg", "g"):
            for child in el:
                walk(child, style)
            return
        if subpaths:
            try:
                opacity = float(style.get("fill-opacity", "1"))
            except ValueError:
                opacity = 1.0
            icon.shapes.append(
                Shape(
                    subpaths,
                    _colour(style.get("stroke")),
                    None if tag == "line" else _colour(style.get("fill")),
                    _num_text(style.get("stroke-width"), 1.0),
                    opacity,
                    style.get("stroke-linecap", "butt"),
                    style.get("stroke-linejoin", "miter"),
                )
            )

    walk(root, defaults)
    return icon


def _num_text(value: str | None, default: float) -> float:
    m = _NUMBER.match((value or "").strip())
    return float(m.group()) if m else default


@cache
def load_icon(name: str) -> Icon | None:
    path = icon_path(name)
    if not path.is_file():
        return None
    try:
        return parse_svg(path.read_text(encoding="utf-8"))
    except (OSError, ET.ParseError, ValueError):
        return None


_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


def draw_icon(canvas, name: str, x: float, y: float, w: float, h: float) -> bool:
    """Draw icon ``name`` into the box (x, y, w, h) of the canvas' current y-down space.

    Each icon is drawn once into a form XObject of the document and then only referred
    to (a map shows the same few icons on thousands of cards). Returns False when there
    is no such icon (nothing drawn).
    """
    icon = load_icon(name)
    if icon is None:
        return False
    vx, vy, vw, vh = icon.viewbox
    if vw <= 0 or vh <= 0:
        return False
    form = _icon_form(canvas, name, icon)
    # preserveAspectRatio="xMidYMid meet"
    s = min(w / vw, h / vh)
    canvas.saveState()
    canvas.translate(x + (w - vw * s) / 2, y + (h - vh * s) / 2)
    canvas.scale(s, s)
    canvas.translate(-vx, -vy)
    canvas.doForm(form)
    canvas.restoreState()
    return True


def _icon_form(canvas, name: str, icon: Icon) -> str:
    """The name of the form holding ``icon`` (in viewBox units) in the canvas' document,
    made on first use."""
    forms: dict[str, str] = canvas.__dict__.setdefault("_journeymapper_icons", {})
    form = forms.get(name)
    if form is not None:
        return form
    form = forms[name] = f"jmicon{len(forms)}"
    vx, vy, vw, vh = icon.viewbox
    pad = max(vw, vh) / 4  # (strokes reach past the viewBox)
    canvas.beginForm(form, vx - pad, vy - pad, vx + vw + pad, vy + vh + pad)
    _draw_shapes(canvas, icon)
    canvas.endForm()
    return form


def _draw_shapes(canvas, icon: Icon) -> None:
    for shape in icon.shapes:
        path = canvas.beginPath()
        for (sx, sy), steps, closed in shape.subpaths:
            path.moveTo(sx, sy)
            for step in steps:
                if step[0] == "L":
                    path.lineTo(step[1], step[2])
                else:
                    path.curveTo(*step[1:])
            if closed:
                path.close()
        if shape.fill:
            canvas.setFillColor(shape.fill, alpha=shape.fill_opacity)
        if shape.stroke:
            canvas.setStrokeColor(shape.stroke)
            canvas.setLineWidth(shape.stroke_width)
            canvas.setLineCap(_CAPS.get(shape.linecap, 0))
            canvas.setLineJoin(_JOINS.get(shape.linejoin, 0))
        canvas.drawPath(path, stroke=1 if shape.stroke else 0, fill=1 if shape.fill else 0)
