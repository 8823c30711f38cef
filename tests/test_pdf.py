"""The printed form: complete, numbered, matched to its data, embedded fonts, and stable."""

import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app import choices, model, money
from app.call import load_call
from app.document import ApplicationFile
from app.export import FORM_FILE, TWO_COPIES_FILE, ExportBlocked, export, take_snapshot
from app.json_io import application_checksum
from app.pdf import copies as pdf_copies
from app.pdf import fonts, render_document
from app.pdf.form import CELL, CELL_HEAD, PLAIN
from app.pdf.wrap import NO_LINE_END, NO_LINE_START, ChineseParagraph, plain_frags, units
from app.rules.facts import load_facts
from app.samples import write_sample

PAGE_NUMBER = re.compile(r"第 (\d+) 页 共 (\d+) 页")


@pytest.fixture(scope="module")
def exported() -> dict[str, tuple[bytes, bytes, Path]]:
    return {}  # each sample is exported once per module, by the first test that needs it


@pytest.fixture
def sample(org_type: str, exported, tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, Path]:
    if org_type not in exported:
        folder = tmp_path_factory.mktemp(org_type)
        path = folder / f"{org_type}.stoa"
        doc = write_sample(org_type, path)
        try:
            one, two = export(take_snapshot(doc), folder / "out").files[:2]
        finally:
            doc.close()
        exported[org_type] = (one.read_bytes(), two.read_bytes(), path)
    return exported[org_type]


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_form_holds_every_name_title_and_total(sample, org_type: str) -> None:
    one, _two, path = sample
    text = squeezed("".join(page_texts(one)))
    doc = ApplicationFile.open(path)
    try:
        assert squeezed(load_call().form_title) in text
        for member in doc.rows(model.Member):
            assert squeezed(member.name) in text and member.credit_code in text
        for item in doc.rows(model.PipelineItem):
            assert squeezed(item.title) in text
        for direction in (choices.FUNDING_SOURCE, choices.FUNDING_USE):
            total = sum(line.amount_fen or 0 for line in doc.rows(model.FundingLine)
                        if line.direction == direction)
            assert money.format_wan(total) in text
    finally:
        doc.close()
    for words in ("填写说明", "承诺", "法定代表人（签字）", "推荐单位意见", "附件清单"):
        assert words in text


def test_every_page_is_numbered_and_carries_one_checksum(sample) -> None:
    one, two, path = sample
    doc = ApplicationFile.open(path)
    checksum = application_checksum(doc)
    doc.close()
    pages = page_texts(one)
    assert len(pages) > 5
    for number, text in enumerate(pages, start=1):
        assert PAGE_NUMBER.findall(text) == [(str(number), str(len(pages)))]
        assert re.findall(r"校验码 ([0-9a-f]+)", text) == [checksum]
    copies = page_texts(two)
    assert len(copies) == load_call().paper_copies * len(pages)
    # each copy is numbered on its own, 1 to N
    assert [PAGE_NUMBER.search(t).groups() for t in copies] == [
        (str(n), str(len(pages))) for n in range(1, len(pages) + 1)] * load_call().paper_copies


def test_the_print_copies_are_the_same_pages_drawn_again(sample) -> None:
    """The copies share the form's drawing: every page of copy 2 looks like its twin."""
    import pypdfium2 as pdfium

    one, two, _path = sample
    form, copies = PdfReader(io.BytesIO(one)), PdfReader(io.BytesIO(two), strict=True)
    count = len(form.pages)
    assert copies.metadata == form.metadata  # title, author and checksum in the subject
    rendered = pdfium.PdfDocument(two)
    try:
        assert len(rendered) == 2 * count
        for number in (0, count // 2, count - 1):
            first = rendered[number].render(scale=0.5).to_pil().tobytes()
            assert first == rendered[count + number].render(scale=0.5).to_pil().tobytes()
    finally:
        rendered.close()
    assert pdf_copies.repeat(one, 2) == two  # deterministic, like the form itself
    assert pdf_copies.repeat(one, 1) == one


def test_a_pdf_not_written_by_reportlab_is_refused_not_mangled(sample) -> None:
    one, two, _path = sample
    with pytest.raises(pdf_copies.NotOurPdf):
        pdf_copies.repeat(two, 2)  # already updated once: its trailer points back
    with pytest.raises(pdf_copies.NotOurPdf):
        pdf_copies.repeat(one[:-300], 2)  # cut short: no trailer at the end
    with pytest.raises(pdf_copies.NotOurPdf):
        pdf_copies.repeat(one.replace(b"/Type /Page\n", b"/Type /Leaf\n"), 2)  # not a page
    with pytest.raises(pdf_copies.NotOurPdf):
        pdf_copies.repeat(b"%PDF-1.4\n%%EOF\n", 2)


def test_the_checksum_changes_with_any_field(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    before = application_checksum(doc)
    doc.set_value(model.Venue, doc.rows(model.Venue)[0].id, "area_m2", 1)
    after = application_checksum(doc)
    doc.set_value(model.Plan, 1, "safeguards", doc.section(model.Plan).safeguards + "。")
    assert len({before, after, application_checksum(doc)}) == 3
    doc.close()


def test_the_same_application_gives_the_same_bytes(sample) -> None:
    one, _two, path = sample
    doc = ApplicationFile.open(path)
    try:
        assert render_document(doc) == one
    finally:
        doc.close()
    assert b"CreationDate" not in one or b"D:20000101000000" in one  # no clock time


def test_every_font_is_embedded(sample) -> None:
    one, _two, _path = sample
    reader = PdfReader(io.BytesIO(one))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"], font["/BaseFont"]
    assert any(fonts.SERIF in name for name in seen) and any(fonts.HEI in name for name in seen)


def test_no_line_starts_with_closing_punctuation(sample) -> None:
    one, _two, _path = sample
    lines = [line.strip() for text in page_texts(one) for line in text.splitlines()]
    assert not [line for line in lines if line and line[0] in "，。、；：？！）》”"]


def test_output_is_refused_while_the_check_has_errors(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "b.stoa")
    doc.set_value(model.Applicant, 1, "contact_mobile", "123")
    with pytest.raises(ExportBlocked, match="手机号码"):
        export(take_snapshot(doc), tmp_path / "out")
    doc.close()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_large_application_lays_out_with_repeated_headers(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "big.stoa")
    with doc.batch():
        for number in range(200):
            doc.add_row(model.Member, {"name": f"上海第{number}号智能网联汽车零部件有限公司",
                                       "credit_code": "91310000MA1FL0000X", "kind": "企业",
                                       "contribution": "参与标准研制、试验验证和推广应用。" * 3})
        for number in range(60):
            doc.add_row(model.PipelineItem, {"title": f"智能网联汽车第{number}项团体标准 GB/T 1.1-2020",
                                             "level": "团体标准", "month": 12})
    pdf = render_document(doc)
    doc.close()
    pages = page_texts(pdf)
    member_pages = [squeezed(t) for t in pages if "91310000MA1FL0000X" in squeezed(t)]
    assert len(member_pages) >= 3
    assert all("统一社会信用代码" in t for t in member_pages)  # the header row repeats
    pipeline_pages = [squeezed(t) for t in pages if "项团体标准" in squeezed(t)]
    assert len(pipeline_pages) >= 2 and all("计划完成" in t for t in pipeline_pages)


def test_a_line_break_inside_a_table_cell_prints_as_a_new_line(tmp_path: Path) -> None:
    """A cell holding a line break (from a data backup, or pasted) used to stop the
    form from printing at all."""
    doc = write_sample("base", tmp_path / "b.stoa")
    member = doc.rows(model.Member)[1]
    doc.set_value(model.Member, member.id, "contribution", "参与标准研制；\n提供试验场地。")
    pdf = render_document(doc)
    doc.close()
    lines = [line.strip() for text in page_texts(pdf) for line in text.splitlines()]
    first = lines.index("参与标准研制；")
    assert "提供试验场地。" in lines[first + 1:first + 4]


def test_facts_and_checksum_are_all_the_renderer_needs(tmp_path: Path) -> None:
    import datetime as dt

    from app import pdf
    from app.call_store import call_of

    doc = write_sample("center", tmp_path / "c.stoa")
    facts, checksum = load_facts(doc, dt.date.today()), application_checksum(doc)
    call = call_of(doc)  # (the application's own call, read with the facts)
    doc.close()  # rendering must not read the file (it runs in a worker thread)
    assert pdf.render(facts, checksum, call).startswith(b"%PDF")
    assert {FORM_FILE, TWO_COPIES_FILE} == {"申报书.pdf", "申报书-打印两份.pdf"}


# -- line breaking -------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<&"),
               max_size=60),
       st.sampled_from([PLAIN, CELL, CELL_HEAD]))
def test_plain_text_is_set_as_reportlabs_parser_would_set_it(text: str, style) -> None:
    """The parser is skipped for plain text: what is made instead must be what it makes."""
    from reportlab.platypus import Paragraph

    fonts.register()
    made = plain_frags(text, style)
    assert made is not None
    parsed = Paragraph(text, style)
    assert made[0] == parsed.text
    assert [vars(frag) for frag in made[1]] == [vars(frag) for frag in parsed.frags]
    assert plain_frags(text + "<b>x</b>", style) is None and plain_frags("A&amp;B", style) is None



def test_codes_and_numbers_stay_whole_and_marks_stay_with_their_text() -> None:
    text = "依据GB/T 1.1-2020（标准化工作导则），代码91310000MA1FL0000X。"
    pieces = ["".join(text[a:b]) for a, b in units(list(text))]
    assert "1.1-2020" in pieces and "91310000MA1FL0000X。" in pieces  # never cut
    assert "（标" in pieces  # an opening mark goes with what follows it
    assert "则），" in pieces  # closing marks go with what precedes them


CJK = st.sampled_from(list("标准化技术组织创新基地申报单位上海市场监督管理局成员") + list(NO_LINE_START[:10])
                      + list(NO_LINE_END[:6]) + ["GB/T 1.1-2020", "2021年", " "])


@settings(max_examples=60, deadline=None)
@given(st.lists(CJK, min_size=20, max_size=200), st.integers(min_value=40, max_value=400))
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(pieces, width) -> None:
    fonts.register()
    paragraph = ChineseParagraph(fonts.markup("".join(pieces)), PLAIN)
    paragraph.wrap(width, 10_000)
    lines = ["".join(w.text for w in line.words) for line in paragraph.blPara.lines]
    assert squeezed("".join(lines)) == squeezed("".join(pieces))  # nothing lost or added
    for number, line in enumerate(lines):
        if number > 0:
            assert line[0] not in NO_LINE_START, lines
        if number < len(lines) - 1:
            assert line[-1] not in NO_LINE_END, lines


def test_the_coverage_file_matches_the_bundled_fonts() -> None:
    for face in fonts.FILES:
        assert fonts.characters(face) == fonts.glyph_characters(face), "run build/font_coverage.py"
