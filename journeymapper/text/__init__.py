"""The one text measure of the map, for the layout, the canvas and every export (no Qt).

`metrics`: the shipped fonts registered with reportlab, the widths the layout wraps with
(`map_metrics`, from the tables of `widths`), and the runs of font a line is drawn in.
`shaping`: Arabic forms and the display order of right-to-left text.
"""

from .metrics import ReportlabMetrics, display_runs, font_runs, map_metrics

__all__ = ["ReportlabMetrics", "display_runs", "font_runs", "map_metrics"]
