"""A PDF page's content stream, compressed while the page is drawn.

reportlab keeps a page's operators as strings until the page ends, joins them into one
text (twice: ``"\\n".join(...) + "\\n"``), and encodes and compresses that text when the
document is written. On the stress map that text is ~36 MB, and the page's operators,
their join and its copies were alive at once: the export's memory peak. `PageStream`
feeds the operators to zlib as they come (every few thousand, through
`PdfSurface._compact`) and hands reportlab the compressed stream when the page ends.

The file is byte for byte the one reportlab writes: the same text, compressed by zlib
with reportlab's settings (a deflate stream does not depend on how its input is cut),
in the same stream object (Filter, then Length). tests/test_pdf_stream.py checks it.
"""

from __future__ import annotations

import zlib

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas


class PageStream:
    """The content stream of the page ``c`` is drawing now (create it after the page's
    size is set, before anything is drawn; end the page with `show_page`)."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        # reportlab's stream: its commands before the page, the preamble, the operators
        self.head = "\n".join([*c._psCommandsBeforePage, c._preamble])
        # the cases reportlab writes differently (ASCII85, no compression, crop marks)
        self.enabled = bool(c._pageCompression) and not rl_config.useA85 and not c._cropMarks
        self._zlib = zlib.compressobj()  # zlib.compress's settings, as reportlab's filter
        self._parts: list[bytes] = []
        self._absorbed = False

    def absorb(self) -> None:
        """Compress the page's operators so far, all but the last (reportlab may merge a
        following transform into it), and drop them from the canvas."""
        code: list[str] = self.c._code
        n = len(code) - 1
        if not self.enabled or n < 1:
            return
        if not self._absorbed:
            self._parts.append(self._zlib.compress(self.head.encode("utf8")))
            self._absorbed = True
        self._parts.append(self._zlib.compress(("\n" + "\n".join(code[:n])).encode("utf8")))
        del code[:n]

    def show_page(self) -> None:
        """End the page (``c.showPage()``), its stream the compressed one."""
        self.c.showPage()
        if not self._absorbed:
            return  # reportlab's own stream is the whole page
        page = self.c._doc.Pages.pages[-1]
        stream: str = page.stream
        if not stream.startswith(self.head + "\n"):
            raise RuntimeError("the page's preamble changed while it was drawn")
        self._parts.append(self._zlib.compress(stream[len(self.head) :].encode("utf8")))
        self._parts.append(self._zlib.flush())
        contents = PDFStream(
            PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}),
            b"".join(self._parts),
        )
        contents.__Comment__ = "page stream"
        page.Contents = contents
        page.stream = None
        self._parts = []
