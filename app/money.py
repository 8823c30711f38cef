"""Amounts in 万元, stored exactly as integer 分 (1 万元 = 1,000,000 分)."""

from decimal import Decimal, InvalidOperation

from app.normalise import number_text

FEN_PER_WAN = 1_000_000


def to_wan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-6)


def format_wan(fen: int | None) -> str:
    """分 → 万元 text with at least two decimals ("" for no amount)."""
    if fen is None:
        return ""
    wan = to_wan(fen)
    return f"{wan:.2f}" if fen % 10_000 == 0 else format(wan.normalize(), "f")


def parse_wan(text: str | None) -> int | None:
    """万元 text → 分, exactly; raises ValueError for anything that is not an amount ≥ 0.

    Full-width digits and point, spaces and thousands separators are read as meant."""
    text = number_text(text or "")
    if not text:
        return None
    try:
        wan = Decimal(text)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not wan.is_finite() or wan < 0:
        raise ValueError(text)
    fen = wan * FEN_PER_WAN
    if fen != fen.to_integral_value():
        raise ValueError(text)
    return int(fen)
