"""万元 amounts are exact: no float ever touches them."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import money


@given(st.decimals(min_value=0, max_value=Decimal("999999999.99"), places=2))
def test_two_decimal_amounts_round_trip_exactly(wan: Decimal) -> None:
    fen = money.parse_wan(str(wan))
    assert fen is not None
    assert Decimal(money.format_wan(fen)) == wan


def test_sums_that_floats_get_wrong_are_exact() -> None:
    total = sum(money.parse_wan(x) or 0 for x in ("0.10", "0.20"))
    assert money.format_wan(total) == "0.30"


@pytest.mark.parametrize("text", ["-1", "abc", "1e3x", "0.0000001"])
def test_what_is_not_an_amount_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        money.parse_wan(text)


def test_empty_is_no_amount() -> None:
    assert money.parse_wan("  ") is None and money.format_wan(None) == ""
