"""Qt drawing of layout objects, shared by the canvas items and the PNG export."""
