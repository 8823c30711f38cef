"""The JSON Schema of the exchange format, derived from the tables so the two never drift.

``python -m app.schema`` rewrites ``resources/schema/application.schema.json``; a test
checks that the committed file equals what this module builds.
"""

import json
import types
import typing
from typing import Any

from sqlmodel import SQLModel

from app import choices, exchange
from app.resources import resource_path

SCHEMA_FILE = ("schema", "application.schema.json")
MONEY = {"type": ["string", "null"], "pattern": r"^\d{1,9}(\.\d{1,6})?$"}
MEMBER_REF = {"type": ["integer", "null"], "minimum": 0}
SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}


def _json_type(annotation: Any) -> dict[str, Any]:
    args = typing.get_args(annotation)
    nullable = isinstance(annotation, types.UnionType) and type(None) in args
    base = next((a for a in args if a is not type(None)), annotation) if args else annotation
    name = {str: "string", int: "integer", bool: "boolean", bytes: "string"}[base]
    return {"type": [name, "null"]} if nullable else {"type": name}


def _object(table: type[SQLModel]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for column, key in exchange.json_fields(table):
        if column.endswith("_fen"):
            properties[key] = MONEY
        elif column.endswith("member_id"):
            properties[key] = MEMBER_REF
        elif column == "sha256":
            properties[key] = SHA256
        elif column == "org_type":
            properties[key] = {"enum": list(choices.ORG_TYPES)}
        else:
            properties[key] = _json_type(table.model_fields[column].annotation)
    if table is exchange.LISTS["attachments"]:
        properties["file"] = {"type": "string", "minLength": 1}
    return {
        "type": "object",
        "properties": properties,
        "required": [key for key in properties
                     if key not in exchange.OPTIONAL.get(table, {})],
        "additionalProperties": False,
    }


def build_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {
        "format": {"const": exchange.FORMAT},
        "format_version": {"const": exchange.FORMAT_VERSION},
    }
    for key, table in exchange.SECTIONS.items():
        properties[key] = _object(table)
    for key, table in exchange.LISTS.items():
        properties[key] = {"type": "array", "items": _object(table)}
    properties["members"]["minItems"] = 1
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "上海市新型标准化技术组织创建申报书（数据）",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


def load_schema() -> dict[str, Any]:
    return json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))


if __name__ == "__main__":
    resource_path(*SCHEMA_FILE).write_text(schema_text(), encoding="utf-8")
