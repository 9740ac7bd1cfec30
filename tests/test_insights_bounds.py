"""The insights stay bounded on the benchmarks' stress map (20,000 cards, 3,000 connections).

No wall-clock assertion (machines are noisy): `tests/benchmarks/insights_ratio.py` measures
the time against ``validate``. Here: every capped figure is within its cap and says so, and
the whole report is JSON and text.
"""

from __future__ import annotations

import json

from bench_maps import benchmark_data, benchmark_module

from journeymapper.analysis import insights
from journeymapper.analysis.paths import MAX_PATHS
from journeymapper.analysis.text import render_text
from journeymapper.model import CardKind, validate_document


def test_the_stress_map_is_bounded() -> None:
    size = benchmark_module().SIZES["stress"]
    doc = validate_document(benchmark_data("stress"), "stress")
    assert (len(doc.cards), len(doc.connections)) == (20_000, 3_000)
    result = insights(doc)
    p = result.path
    assert p.steps == 3_000
    assert len(p.paths) <= MAX_PATHS and len(p.loops) <= p.max_loops
    if len(p.paths) == MAX_PATHS:
        assert p.paths_capped
    assert p.shortest is not None and p.shortest.steps >= 1
    assert p.longest is not None and p.longest.steps >= p.shortest.steps
    # each stage has its row of the channel table, each persona curve its points
    assert len(result.coverage.channel_table) == size.stages
    (curve,) = result.emotions.curves
    assert curve.points == size.emotions and curve.persona.id == "p-1"
    # the top-voted list keeps ties but not every voted card
    top = result.priorities.top_voted
    assert top and max(r.rank for r in top) <= result.priorities.top
    assert len(top) < result.priorities.voted_cards
    data = json.loads(json.dumps(result.to_dict()))
    assert data["path"]["steps"] == 3_000
    # the generated map (version 1, migrated) has pain points and no evidence at all
    evidence = data["evidence"]
    claims = sum(1 for c in doc.cards if c.kind in (CardKind.PAIN_POINT, CardKind.OPPORTUNITY))
    assert claims > 1_000
    assert (evidence["cards"], evidence["with_evidence"], evidence["share"]) == (20_000, 0, 0.0)
    assert len(evidence["unsupported"]) == claims
    text = render_text(result)
    assert "more (see --json)" in text  # long lists are cut in the text
    if p.paths_capped:
        assert "the search stopped at its cap (200 paths), there may be more" in text
    assert len(text.splitlines()) < 1_000
