"""The canvas: the scene built from the layout, its items and the view."""
