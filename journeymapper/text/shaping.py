"""Right-to-left text for reportlab, without extra dependencies.

reportlab draws the characters of a string left to right, as they are stored. Qt shapes
Arabic (letters change form with their neighbours) and reorders Hebrew and Arabic for
display. So that an exported map reads like the canvas, each laid-out line goes through

* `shape_arabic`: contextual forms from Unicode's Arabic Presentation Forms (the tables
  are derived from ``unicodedata``; DejaVu Sans has these glyphs), lam-alef ligatures;
* `visual_order`: a compact version of the Unicode bidirectional algorithm for one line
  (strong types, numbers, neutrals between runs, mirrored brackets), enough for the
  plain sentences people type on cards. No embeddings or isolates.

Lines without Hebrew or Arabic characters pass through unchanged and fast.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC_RE = re.compile("[\u0600-\u06ff]")

_FORMS = ("isolated", "final", "initial", "medial")


@cache
def _tables() -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], dict[str, str]]]:
    """{letter: {form: presentation char}} and {(lam, alef): {form: ligature}}."""
    letters: dict[str, dict[str, str]] = {}
    ligatures: dict[tuple[str, str], dict[str, str]] = {}
    for cp in list(range(0xFB50, 0xFDFF + 1)) + list(range(0xFE70, 0xFEFF + 1)):
        decomposition = unicodedata.decomposition(chr(cp))
        if not decomposition.startswith("<"):
            continue
        tag, *codes = decomposition.split()
        form = tag.strip("<>")
        if form not in _FORMS:
            continue
        chars = tuple(chr(int(c, 16)) for c in codes)
        if len(chars) == 1 and unicodedata.category(chars[0]).startswith("L"):
            letters.setdefault(chars[0], {}).setdefault(form, chr(cp))
        elif len(chars) == 2 and chars[0] == "\u0644":
            ligatures.setdefault((chars[0], chars[1]), {}).setdefault(form, chr(cp))
    return letters, ligatures


_TATWEEL = "\u0640"


def _transparent(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Cf")


def _joins_forward(ch: str | None) -> bool:
    """Can ``ch`` connect to the letter after it (it has initial/medial forms)?"""
    if ch is None:
        return False
    if ch == _TATWEEL:
        return True
    forms = _tables()[0].get(ch)
    return bool(forms) and "initial" in forms


def _joins_back(ch: str | None) -> bool:
    """Can ``ch`` connect to the letter before it?"""
    if ch is None:
        return False
    if ch == _TATWEEL:
        return True
    forms = _tables()[0].get(ch)
    return bool(forms) and ("final" in forms or "medial" in forms)


def shape_arabic(text: str, has_glyph=None) -> str:
    """Arabic letters replaced by their contextual presentation forms.

    ``has_glyph(ch)`` (optional) says whether the font can draw a form; forms it lacks
    stay as the plain letter.
    """
    if not _ARABIC_RE.search(text):
        return text
    letters, ligatures = _tables()
    chars = list(text)
    n = len(chars)

    def neighbour(i: int, step: int) -> str | None:
        j = i + step
        while 0 <= j < n and _transparent(chars[j]):
            j += step
        return chars[j] if 0 <= j < n else None

    out: list[str] = []
    i = 0
    while i < n:
        ch = chars[i]
        forms = letters.get(ch)
        if not forms:
            out.append(ch)
            i += 1
            continue
        prev = neighbour(i, -1)
        joined_before = _joins_forward(prev) and _joins_back(ch)
        # lam + alef: one ligature glyph
        nxt_index = i + 1
        if ch == "\u0644" and nxt_index < n and (ch, chars[nxt_index]) in ligatures:
            lig = ligatures[(ch, chars[nxt_index])]
            form = "final" if joined_before else "isolated"
            glyph = lig.get(form)
            if glyph and (has_glyph is None or has_glyph(glyph)):
                out.append(glyph)
                i += 2
                continue
        nxt = neighbour(i, 1)
        joins_after = _joins_forward(ch) and _joins_back(nxt)
        if joined_before and joins_after:
            form = "medial"
        elif joined_before:
            form = "final"
        elif joins_after:
            form = "initial"
        else:
            form = "isolated"
        glyph = forms.get(form) or forms.get("isolated") or ch
        if has_glyph is not None and not has_glyph(glyph):
            glyph = ch
        out.append(glyph)
        i += 1
    return "".join(out)


_MIRROR = {
    "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
    "«": "»", "»": "«", "‹": "›", "›": "‹",
}  # fmt: skip


def _strong(ch: str) -> str:
    """'L', 'R', 'EN' (a digit) or 'N' (everything else)."""
    kind = unicodedata.bidirectional(ch)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    if kind in ("EN", "AN"):
        return "EN"
    return "N"


_OPENING = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}


def _resolve_brackets(line: str, types: list[str], base: str) -> None:
    """Rule N0: a bracket pair takes the direction of what it encloses and surrounds."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(line):
        if types[i] != "N":
            continue
        if ch in _OPENING:
            stack.append((_OPENING[ch], i))
        elif stack and ch == stack[-1][0]:
            pairs.append((stack.pop()[1], i))
    for start, end in sorted(pairs):
        inside = {"R" if t == "EN" else t for t in types[start + 1 : end]} & {"L", "R"}
        if not inside:
            continue
        if base in inside:
            direction = base
        else:  # only the opposite direction inside: it wins if it also comes before
            direction = next(
                ("R" if t == "EN" else t for t in reversed(types[:start]) if t != "N"), base
            )
        types[start] = types[end] = direction


def has_rtl(text: str) -> bool:
    return bool(_RTL_RE.search(text))


def visual_order(line: str) -> str:
    """One line of logical-order text rearranged left to right for drawing."""
    if not has_rtl(line):
        return line
    types = [_strong(ch) for ch in line]
    # marks take the type of what they sit on
    for i, ch in enumerate(line):
        if i and unicodedata.category(ch) in ("Mn", "Me"):
            types[i] = types[i - 1]
    base = next((t for t in types if t in ("L", "R")), "L")
    n = len(types)
    # "3.50", "1,000" stay one number (W4); "€", "%" next to a number join it (W5)
    kinds = [unicodedata.bidirectional(ch) for ch in line]
    for i in range(1, n - 1):
        if kinds[i] in ("CS", "ES") and types[i - 1] == "EN" and types[i + 1] == "EN":
            types[i] = "EN"
    for i in range(n):
        if kinds[i] == "ET" and types[i] == "N":
            j = i
            while j < n and kinds[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                for k in range(i, j):
                    types[k] = "EN"
    # numbers after L (or at the start of an LTR line) are plain L (rule W7)
    last_strong = base
    for i, t in enumerate(types):
        if t in ("L", "R"):
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[i] = "L"
    _resolve_brackets(line, types, base)
    # neutrals between two strongs of one direction take it, else the base (N1, N2)
    i = 0
    while i < n:
        if types[i] != "N":
            i += 1
            continue
        j = i
        while j < n and types[j] == "N":
            j += 1
        before = types[i - 1] if i > 0 else base
        after = types[j] if j < n else base
        before = "R" if before == "EN" else before
        after = "R" if after == "EN" else after
        fill = before if before == after else base
        for k in range(i, j):
            types[k] = fill
        i = j
    base_level = 1 if base == "R" else 0
    levels = []
    for t in types:
        if base_level == 0:
            levels.append({"L": 0, "R": 1, "EN": 2}[t])
        else:
            levels.append({"R": 1, "L": 2, "EN": 2}[t])
    # trailing whitespace goes back to the base level (L1)
    k = n - 1
    while k >= 0 and line[k].isspace():
        levels[k] = base_level
        k -= 1
    chars = [_MIRROR.get(ch, ch) if lvl % 2 else ch for ch, lvl in zip(line, levels, strict=True)]
    # reverse every run at or above each level, from the highest down to 1 (L2)
    for level in range(max(levels), 0, -1):
        i = 0
        while i < n:
            if levels[i] >= level:
                j = i
                while j < n and levels[j] >= level:
                    j += 1
                chars[i:j] = chars[i:j][::-1]
                levels[i:j] = levels[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(chars)
