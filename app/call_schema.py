"""The JSON Schema of a call file, built from ``app.call.FIELDS`` so the two never drift.

``python -m app.call_schema`` rewrites ``resources/schema/call.schema.json``; a test
checks that the committed file equals what this module builds. The schema documents the
file for a bureau or a unit writing one; ``app.call_check`` is what the program applies
(with the messages, and the checks a schema cannot say: a deadline after the date).
"""

import json
from typing import Any

from app import choices
from app.call import FIELDS, FORMAT, FORMAT_VERSION, CallField
from app.call_check import CALL_ID, MAILBOX, POSTCODE
from app.form_versions import FORM_VERSIONS
from app.resources import resource_path

SCHEMA_FILE = ("schema", "call.schema.json")


def _property(spec: CallField) -> dict[str, Any]:
    described: dict[str, Any] = {"title": spec.label}
    if spec.hint:
        described["description"] = spec.hint
    if spec.kind == "flag":
        return {**described, "type": "boolean", "default": False}
    if spec.kind == "count":
        return {**described, "type": "integer", "minimum": spec.minimum, "maximum": spec.maximum}
    if spec.kind == "types":
        return {**described, "type": "array", "minItems": 1, "uniqueItems": True,
                "items": {"enum": list(choices.ORG_TYPES)}}
    if spec.kind == "date":
        return {**described, "type": "string", "format": "date"}
    if spec.kind == "form":
        return {**described, "enum": list(FORM_VERSIONS)}
    text: dict[str, Any] = {**described, "type": "string", "minLength": 1,
                            "maxLength": spec.maximum}
    pattern = {"email": MAILBOX, "postcode": POSTCODE}.get(spec.kind)
    if spec.key == "id":
        pattern = CALL_ID
    if pattern is not None:
        text["pattern"] = pattern.pattern
    return text


def build_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {"format": {"const": FORMAT},
                                  "format_version": {"const": FORMAT_VERSION}}
    properties.update({spec.key: _property(spec) for spec in FIELDS})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "申报通知（sto-apply/call）",
        "description": "一轮申报的通知：文号、日期、截止日期、寄送地址、邮箱和所用申报书版本。"
                       "截止日期不得早于发布日期。",
        "type": "object",
        "properties": properties,
        "required": [key for key in properties if key != "entered_by_hand"],
        "additionalProperties": False,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    resource_path(*SCHEMA_FILE).write_text(schema_text(), encoding="utf-8")
