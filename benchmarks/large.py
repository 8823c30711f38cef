"""The large application the budgets are measured on (issue 8).

200 members, 60 pipeline standards, about 30,000 characters of text (nine texts at the
form's limit on top of the sample's own) and 20 attachments totalling 15 MB, built
from the base sample so it checks clean.
"""

import random
from pathlib import Path

from app import choices, credit_code, model
from app.samples import write_sample

MEMBERS = 200
PIPELINE = 60
ATTACHMENTS = 20
ATTACHMENT_BYTES = 15 * 1024 * 1024 // ATTACHMENTS

TEXTS = [(model.Plan, "background"), (model.Plan, "goals"), (model.Plan, "mechanism"),
         (model.Plan, "safeguards"), (model.Plan, "expected_results"),
         (model.Foundation, "tech_advantage"), (model.Foundation, "service_capacity"),
         (model.Foundation, "coordination_capacity"), (model.Governance, "division_of_work")]
SENTENCE = ("围绕智能网联汽车产业链上下游协同创新，组织成员单位联合开展标准研制、试验验证和推广应用，"
            "形成覆盖设计、制造、测试和运营全过程的标准体系。")


def valid_code(number: int) -> str:
    first17 = f"91310000MA1{number:05d}0"[:17].replace("O", "0")
    return first17 + credit_code.check_character(first17)


def pdf_bytes(size: int, seed: int) -> bytes:
    """A file that does not compress, like a scanned page."""
    return b"%PDF-1.4\n" + random.Random(seed).randbytes(size - 9)


def make_large(path: Path) -> Path:
    doc = write_sample("base", path)
    with doc.batch():
        for number in range(MEMBERS - doc.count(model.Member)):
            member_id = doc.add_row(model.Member, {
                "name": f"上海第{number}号智能网联汽车零部件有限公司", "credit_code": valid_code(number),
                "kind": "企业", "chain_position": "中游", "role": choices.MEMBER_ROLES[-1],
                "contact_name": "张工", "contact_phone": "021-61234567",
                "contribution": "参与标准研制、试验验证和推广应用。"})
            if number < ATTACHMENTS:
                doc.add_attachment(choices.SUPPORT_LETTER, f"支持函{number}.pdf",
                                   pdf_bytes(ATTACHMENT_BYTES, number), member_id)
            else:
                doc.add_attachment(choices.SUPPORT_LETTER, f"支持函{number}.pdf", b"%PDF-1.4\n%%EOF\n",
                                   member_id)
        for number in range(PIPELINE - doc.count(model.PipelineItem)):
            doc.add_row(model.PipelineItem, {"title": f"智能网联汽车第{number}项团体标准",
                                             "level": "团体标准", "kind": "制定", "month": 6 + number % 18,
                                             "lead_member_id": doc.rows(model.Member)[0].id})
        # each text stays under the form's 3,000-character limit, so the texts are many
        per_field = choices.DEFAULT_TEXT_LIMIT - 100
        text = (SENTENCE * (per_field // len(SENTENCE) + 1))[:per_field]
        for table, field in TEXTS:
            doc.set_value(table, 1, field, text)
    doc.close()
    return path


if __name__ == "__main__":
    import sys

    print(make_large(Path(sys.argv[1])))
