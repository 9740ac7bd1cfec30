"""The document model, file I/O and templates never import Qt."""

from __future__ import annotations

from module_probe import modules_loaded_by, run_blocked

QT = ("PySide6", "shiboken6")


def test_model_io_and_templates_work_with_qt_blocked() -> None:
    proc = run_blocked(
        """
        try:
            import PySide6  # noqa: F401
        except ImportError:
            pass
        else:
            raise SystemExit("the blocker does not work")

        import journeymapper.model
        import journeymapper.io
        import journeymapper.templates
        from journeymapper.io import dumps, loads
        from journeymapper.templates import load_template

        doc = load_template()
        assert loads(dumps(doc)) == doc
        print("ok")
        """,
        block=QT,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_importing_the_model_loads_no_qt_module() -> None:
    code, loaded = modules_loaded_by(
        """
        import journeymapper.model
        import journeymapper.io
        import journeymapper.templates
        journeymapper.templates.list_templates()
        """
    )
    assert code == 0
    assert sorted(m for m in loaded if m.split(".")[0] in QT) == []


def test_layout_and_text_measure_work_with_qt_blocked() -> None:
    proc = run_blocked(
        """
        from journeymapper.layout import LayoutCache, compute_layout
        from journeymapper.templates import load_template
        from journeymapper.text import map_metrics

        doc = load_template()
        cache = LayoutCache()
        compute_layout(doc, map_metrics(), cache=cache)
        layout = compute_layout(doc, map_metrics(), cache=cache)
        assert layout.cards and layout.connections
        print("ok")
        """,
        block=QT,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
