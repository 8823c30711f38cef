"""Conversions between stored values and the text a field shows."""

from app import normalise


def int_text(value: int | None) -> str:
    return "" if value is None else str(value)


def parse_int(text: str) -> int | None:
    text = normalise.number_text(text)  # (１２ typed full-width is 12)
    return int(text) if text else None


def tags_of(value: str) -> list[str]:
    return [tag for tag in value.split("|") if tag]


def join_tags(tags: list[str]) -> str:
    return "|".join(tags)
