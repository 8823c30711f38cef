"""统一社会信用代码 (GB 32100-2015): normalising and the check character."""

import unicodedata

from app.text import Text

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, S, V, Z
VALUES = {ch: i for i, ch in enumerate(ALPHABET)}
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 3^(i-1) mod 31 for positions 1..17
LENGTH = 18


def normalize(code: str) -> str:
    """Full-width to half-width, spaces removed, upper-case: what the user meant."""
    return "".join(unicodedata.normalize("NFKC", code).split()).upper()


def check_character(first17: str) -> str:
    """The 18th character for the first 17 (which must be from ``ALPHABET``)."""
    total = sum(VALUES[ch] * weight for ch, weight in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def problem(code: str) -> str | None:
    """Why ``code`` is not a well-formed credit code, or None when it is one.

    ``"checksum"`` means only the check character is wrong, which a few early codes do
    legitimately; any other answer is a Chinese description of the format error.
    """
    code = normalize(code)
    if len(code) != LENGTH:
        return Text("应为 18 位，现为 {n} 位", n=len(code))
    bad = [ch for ch in code if ch not in VALUES]
    if bad:
        return Text("含有不允许的字符「{char}」（代码中不使用 I、O、S、V、Z）", char=bad[0])
    if not code[2:8].isdigit():
        return Text("第 3–8 位应为行政区划代码（数字）")
    if check_character(code[:17]) != code[17]:
        return "checksum"
    return None


def is_valid(code: str) -> bool:
    return problem(code) is None
