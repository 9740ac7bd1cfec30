"""Export messages for maps too large for a page say what is too large and what works
(issue 10, item 15)."""

from __future__ import annotations

import pytest

from journeymapper.export import ExportError, plan_export
from journeymapper.export.png import _check_size
from journeymapper.model import JourneyMap


def tall_map(lanes: int) -> JourneyMap:
    return JourneyMap.model_validate(
        {
            "format": "journeymapper",
            "schema_version": 1,
            "title": "Tall",
            "stages": [{"id": "s1", "name": "A"}],
            "lanes": [
                {"id": f"l{i}", "name": f"L{i}", "kind": "cards", "height": 1200}
                for i in range(lanes)
            ],
        }
    )


def test_a_very_tall_map_on_one_fitted_page_says_what_is_too_large() -> None:
    with pytest.raises(ExportError) as info:
        plan_export(tall_map(1300), page_size="fit")
    text = str(info.value)
    assert "margins" not in text, text
    assert "too tall" in text and "200 inches" in text
    assert "tiles" in text and "smaller scale" in text
    # and the advice works: tiles on A3 at a smaller scale
    plan = plan_export(tall_map(1300), page_size="A3", tile=True, scale=0.05)
    assert len(plan.pages) > 1


def test_a_png_too_large_does_not_promise_a_pdf_of_any_size() -> None:
    with pytest.raises(ExportError) as info:
        _check_size(400_000, 400_000, 72)
    text = str(info.value)
    assert "any size" not in text
    assert "tiles" in text
