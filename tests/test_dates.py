"""Dates typed the ways a clerk writes them are read as the date meant; anything else is
refused with the reason, never guessed."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import dates

MARCH_18 = dt.date(2008, 3, 18)
FULL_WIDTH = str.maketrans("0123456789-/. ", "０１２３４５６７８９－／．\u3000")

DAYS = st.dates(min_value=dt.date(dates.FIRST_YEAR, 1, 1), max_value=dt.date(dates.LAST_YEAR, 12, 31))


def forms(day: dt.date) -> list[str]:
    y, m, d = day.year, day.month, day.day
    return [day.isoformat(), f"{y}/{m}/{d}", f"{y:04}{m:02}{d:02}", f"{y}年{m}月{d}日",
            f"{y}.{m}.{d}", f"{y}-{m}-{d}", f"{y}年{m}月{d}", f" {y} 年 {m} 月 {d} 日 ",
            f"{y}。{m}。{d}", f"{y}/{m:02}/{d:02}"]


@pytest.mark.parametrize("text", ["2008-03-18", "2008/3/18", "20080318", "2008年3月18日",
                                  "2008.3.18", "２００８－０３－１８", "２００８年３月１８日",
                                  " 2008 - 03 - 18 ", "2008\u3000/\u30003/18",
                                  "２００８．３．１８", "2008。3。18"])
def test_each_accepted_form_is_the_date_meant(text: str) -> None:
    assert dates.parse(text) == MARCH_18
    assert dates.to_stored(text) == "2008-03-18"


@given(DAYS)
def test_every_form_of_every_day_reads_back_as_that_day(day: dt.date) -> None:
    for text in forms(day):
        assert dates.parse(text) == day, text
        assert dates.parse(text.translate(FULL_WIDTH)) == day, text


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_an_empty_text_is_no_date(text: str) -> None:
    assert dates.parse(text) is None
    assert dates.to_stored(text) == ""


@pytest.mark.parametrize(("text", "reason"), [
    ("2008-02-30", "impossible"), ("2007年2月29日", "impossible"), ("2008/13/1", "impossible"),
    ("20080230", "impossible"), ("2008-03", "form"), ("08-03-18", "form"), ("2008-03/18", "form"),
    ("未填写0080318", "form"), ("三月十八", "form"), ("2008-03-18x", "form"),
    ("0080-03-18", "year"), ("2208-03-18", "year"), ("٢٠٠٨-٠٣-١٨", "form"),
])
def test_what_is_no_date_is_refused_with_its_reason(text: str, reason: str) -> None:
    with pytest.raises(dates.DateNotUnderstood) as refused:
        dates.parse(text)
    assert refused.value.reason == reason
    assert refused.value.text == text


def test_an_impossible_day_still_names_its_month_for_the_calendar() -> None:
    with pytest.raises(dates.DateNotUnderstood) as refused:
        dates.parse("2008-02-30")
    assert refused.value.near == dt.date(2008, 2, 1)


def test_a_leap_day_is_a_date() -> None:
    assert dates.parse("2008年2月29日") == dt.date(2008, 2, 29)


@given(st.text(max_size=30))
def test_any_text_is_a_date_nothing_or_refused_never_an_error(text: str) -> None:
    try:
        day = dates.parse(text)
    except dates.DateNotUnderstood:
        return
    assert day is None or dates.FIRST_YEAR <= day.year <= dates.LAST_YEAR


@given(DAYS)
def test_stored_values_read_back(day: dt.date) -> None:
    assert dates.from_stored(day.isoformat()) == day
    assert dates.to_stored(day.isoformat()) == day.isoformat()


@pytest.mark.parametrize("value", ["", None, "9999-99-99", "soon"])
def test_a_stored_value_that_is_no_date_reads_as_none(value: str | None) -> None:
    assert dates.from_stored(value) is None
