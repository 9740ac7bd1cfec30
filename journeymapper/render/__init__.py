"""The one drawing of a laid-out map (`drawing`, no Qt) and its QPainter adapter
(`painting`, for the canvas items and the PNG export); the PDF's adapter is
`journeymapper.export.pdf_surface`. Importing this package imports no Qt."""
