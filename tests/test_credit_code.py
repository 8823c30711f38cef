"""统一社会信用代码 check characters (GB 32100-2015)."""

from hypothesis import given
from hypothesis import strategies as st

from app import credit_code

BODY = st.tuples(
    st.text(credit_code.ALPHABET, min_size=2, max_size=2),
    st.text("0123456789", min_size=6, max_size=6),
    st.text(credit_code.ALPHABET, min_size=9, max_size=9),
).map("".join)


@given(BODY)
def test_codes_built_by_the_algorithm_pass(body: str) -> None:
    assert credit_code.is_valid(body + credit_code.check_character(body))


@given(BODY, st.integers(0, 17), st.sampled_from(credit_code.ALPHABET))
def test_any_single_character_change_fails(body: str, position: int, new: str) -> None:
    code = body + credit_code.check_character(body)
    changed = code[:position] + new + code[position + 1:]
    if changed != code:
        assert not credit_code.is_valid(changed)


def test_known_code_and_normalising() -> None:
    assert credit_code.is_valid("91350100M000100Y43")
    assert credit_code.is_valid(" ９１３５０１００ｍ０００１００ｙ４３ ")
    assert credit_code.problem("91350100M000100Y44") == "checksum"
    assert "18" in (credit_code.problem("9135") or "")
    assert "I" in (credit_code.problem("91350100M000100I43") or "")
