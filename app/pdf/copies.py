"""Several copies of a finished form in one PDF, for printing 一式两份 (通知四).

The copies reuse the pages the form already has: the PDF gets an *incremental update*
(PDF 1.7, 7.5.6) that adds one new page object per extra page, each pointing at the
same content stream and resources as the page it copies, and a new page tree listing
them all. Nothing is laid out or drawn again, so every copy keeps its own
第 X 页 共 Y 页 and the result is as deterministic as the input.

This reads the PDFs reportlab writes (a cross-reference table, a flat page tree), and
refuses anything else. A PDF library would do the same, but the one we had (pypdf)
added 17–23 MB to the window's peak memory only for this.
"""

import re

_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s+(\d+)\s*%%EOF\s*$", re.S)


class NotOurPdf(ValueError):
    """The PDF is not laid out the way this module reads (not written by reportlab)."""


def _number(dictionary: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb"\s+(\d+)", dictionary)
    if found is None:
        raise NotOurPdf(f"no /{key.decode()}")
    return int(found.group(1))


def _reference(dictionary: bytes, key: bytes) -> int:
    found = re.search(rb"/" + key + rb"\s+(\d+)\s+0\s+R", dictionary)
    if found is None:
        raise NotOurPdf(f"no /{key.decode()} reference")
    return int(found.group(1))


class _Pdf:
    """The objects of a PDF with one classic cross-reference table."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        trailer = _TRAILER.search(data, max(0, len(data) - 4096))
        if trailer is None or b"/Prev" in trailer.group(1):
            raise NotOurPdf("no single trailer at the end")
        self.trailer, self.xref_at = trailer.group(1), int(trailer.group(2))
        if not data.startswith(b"xref", self.xref_at):
            raise NotOurPdf("no cross-reference table")
        end = data.find(b"trailer", self.xref_at)
        tokens = data[self.xref_at + len(b"xref"):end].split()
        self.offsets: dict[int, int] = {}
        try:
            while tokens:  # subsections: first number, count, then count × (offset gen n|f)
                first, count = int(tokens[0]), int(tokens[1])
                for index in range(count):
                    offset, _generation, kind = tokens[2 + 3 * index:5 + 3 * index]
                    if kind == b"n":
                        self.offsets[first + index] = int(offset)
                tokens = tokens[2 + 3 * count:]
        except ValueError as error:
            raise NotOurPdf("a damaged cross-reference table") from error
        self.size = _number(self.trailer, b"Size")

    def body(self, number: int) -> bytes:
        """The text between ``N 0 obj`` and ``endobj``."""
        start = self.offsets.get(number)
        if start is None:
            raise NotOurPdf(f"object {number} is not in the table")
        head = re.compile(rb"%d 0 obj\s*" % number).match(self.data, start)
        end = self.data.find(b"endobj", start)
        if head is None or end < 0:
            raise NotOurPdf(f"object {number} is not where the table says")
        return self.data[head.end():end].rstrip()


def repeat(pdf: bytes, copies: int) -> bytes:
    """``copies`` complete copies of ``pdf`` one after the other."""
    if copies < 1:
        raise ValueError("copies must be at least 1")
    if copies == 1:
        return pdf
    source = _Pdf(pdf)
    pages_number = _reference(source.body(_reference(source.trailer, b"Root")), b"Pages")
    pages = source.body(pages_number)
    kids_found = re.search(rb"/Kids\s*\[([^\]]*)\]", pages)
    if kids_found is None:
        raise NotOurPdf("the page tree has no /Kids")
    kids = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids_found.group(1))]
    for kid in kids:
        if not re.search(rb"/Type\s*/Page\b", source.body(kid)):
            raise NotOurPdf(f"object {kid} in the page tree is not a page")

    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    added: list[int] = []  # offsets of the new page objects, numbered from source.size
    all_kids = list(kids)
    for _copy in range(copies - 1):
        for kid in kids:
            number = source.size + len(added)
            added.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (number, source.body(kid))
            all_kids.append(number)
    kid_list = b" ".join(b"%d 0 R" % n for n in all_kids)
    new_pages = pages[:kids_found.start(1)] + kid_list + pages[kids_found.end(1):]
    new_pages = re.sub(rb"/Count\s+\d+", b"/Count %d" % len(all_kids), new_pages)
    pages_at = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (pages_number, new_pages)

    xref_at = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    out += b"%d 1\n%010d 00000 n \n" % (pages_number, pages_at)
    out += b"%d %d\n" % (source.size, len(added))
    out += b"".join(b"%010d 00000 n \n" % offset for offset in added)
    kept = re.sub(rb"/Size\s+\d+", b"", source.trailer)
    kept = re.sub(rb"%[^\n]*\n", b"\n", kept)  # reportlab's comment inside the trailer
    out += b"trailer\n<<\n/Size %d /Prev %d%s>>\nstartxref\n%d\n%%%%EOF\n" % (
        source.size + len(added), source.xref_at, kept.rstrip() + b"\n", xref_at)
    return bytes(out)
