"""Dates: absolute, relative and weekday forms, resolved against publication."""
from datetime import date

import pytest

from provenance.dates import find_dates, resolve
from provenance.lang import language

PUB = date(2025, 1, 22)  # a Wednesday


def read(text, code="id", ref=PUB):
    ds = find_dates(text, language(code))
    resolve(ds, ref)
    return ds


@pytest.mark.parametrize("text,expected", [
    ("pada Kamis (8/5/2025) bahwa", date(2025, 5, 8)),
    ("Rabu 22 Januari 2025", date(2025, 1, 22)),
    ("10 Mei 2025, 09:59", date(2025, 5, 10)),
    ("22 Jan 2025", date(2025, 1, 22)),
    ("pada Selasa 21 Januari lalu", date(2025, 1, 21)),
    ("berlangsung pada hari Selasa", date(2025, 1, 21)),
    ("pada Senin 20 Januari lalu", date(2025, 1, 20)),
    ("kemarin", date(2025, 1, 21)),
    ("Selasa lalu,", date(2025, 1, 21)),
])
def test_indonesian(text, expected):
    ds = read(text)
    assert ds and ds[0].value == expected, ds


def test_month_only_dates_are_month_precise():
    d = read("pada Februari 2022")[0]
    assert d.precision == "month" and d.iso() == "2022-02"


def test_relative_month():
    d = read("Bulan lalu, diplomat AS")[0]
    assert d.iso() == "2024-12"


@pytest.mark.parametrize("text,code", [("dua gempa terjadi pada akhir pekan lalu", "id"), ("two quakes struck last week", "en")])
def test_last_week_is_week_precise_not_a_day(text, code):
    # no day is stated: the happening is not on the day seven days before publication
    d = read(text, code)[0]
    assert d.precision == "week"


def test_lowercase_minggu_is_a_week_not_sunday():
    assert read("yang mengunjungi Moskow minggu ini") == [] or read("yang mengunjungi Moskow minggu ini")[0].precision != "day" or \
        read("yang mengunjungi Moskow minggu ini")[0].weekday is None


def test_weekday_that_contradicts_the_date_is_noted():
    d = read("pada Jumat (8/5/2025)")[0]
    assert d.value == date(2025, 5, 8) and d.weekday_conflict


def test_weekday_without_reference_stays_unresolved():
    d = read("pada hari Selasa", ref=None)[0]
    assert d.value is None


@pytest.mark.parametrize("text,expected", [
    ("MOSCOW, May 8, 2025", date(2025, 5, 8)),
    ("met on Tuesday.", date(2025, 1, 21)),
    ("last Tuesday, officials said", date(2025, 1, 21)),
    ("on Jan. 21", date(2025, 1, 21)),
    ("yesterday", date(2025, 1, 21)),
])
def test_english(text, expected):
    ds = read(text, "en")
    assert ds and ds[0].value == expected, ds


def test_offsets_slice_the_expression():
    text = "Xi tiba pada Kamis (8/5/2025) di Moskow."
    d = read(text)[0]
    assert text[d.start:d.end] == d.text == "Kamis (8/5/2025)"


@pytest.mark.parametrize("text,code,expected", [
    ("Trump dilantik pada Senin 20 Januari 2025. Sehari sebelumnya ia tiba di Washington.", "id", date(2025, 1, 19)),
    ("Kedua menteri bertemu pada Rabu (5/3/2025) dan keesokan harinya menandatangani perjanjian.", "id",
     date(2025, 3, 6)),
    ("The ministers met on March 5, 2025, and signed the pact the next day.", "en", date(2025, 3, 6)),
])
def test_days_counted_from_the_date_named_before(text, code, expected):
    ds = read(text, code)
    assert ds[-1].value == expected, ds


@pytest.mark.parametrize("text,code,expected", [
    ("Timnas menang atas Oman pada Selasa (14/10/2025). Lima hari sebelumnya, timnas kalah dari Irak.", "id",
     date(2025, 10, 9)),
    ("Gempa mengguncang pada Senin (6/1/2025); 3 hari kemudian sekolah dibuka kembali.", "id", date(2025, 1, 9)),
    ("The team beat Oman on October 14, 2025. Five days earlier, it lost to Iraq.", "en", date(2025, 10, 9)),
    ("The quake struck on January 6, 2025, and schools reopened 3 days later.", "en", date(2025, 1, 9)),
])
def test_a_number_of_days_counted_from_the_date_named_before(text, code, expected):
    ds = read(text, code)
    assert ds[-1].value == expected, ds


@pytest.mark.parametrize("text,code", [
    # "before the vote" counts from the vote, which no date names
    ("The polls open on March 11, 2025. Campaigning ends three days before the vote.", "en"),
    ("Pemungutan suara digelar Rabu (11/3/2025). Kampanye berakhir tiga hari sebelum pemungutan suara.", "id"),
])
def test_days_counted_from_something_else_than_a_date_are_no_day(text, code):
    assert len(read(text, code)) == 1


def test_day_and_month_in_parentheses_take_the_reference_year():
    d = read("pada Kamis (12/6) sepakat", ref=date(2025, 6, 13))[0]
    assert d.value == date(2025, 6, 12) and d.text == "Kamis (12/6)" and not d.weekday_conflict


def test_numbers_in_a_web_address_are_not_a_date():
    from provenance.dates import find_dates
    from provenance.lang import language

    text = "Baca di https://contoh.com/read/2024/09/05/16383291/judul-berita dan laporan Kamis (5/9/2024)."
    found = [(d.text, d.value.isoformat() if d.value else None) for d in find_dates(text, language("id"))]
    assert found == [("Kamis (5/9/2024)", "2024-09-05")]


@pytest.mark.parametrize("code,text,weekday", [
    # wire style drops "on": a capitalised weekday between lower-case words is a day
    ("en", "The governor was sworn in Tuesday before the assembly.", 1),
    ("en", "Floods killed nine people Monday and cut power to the valley.", 0),
    ("id", "Gubernur dilantik Selasa di gedung dewan.", 1),
    # a weekday owning what happened on it
    ("en", "The former mayor led in Thursday's vote, a quick count showed.", 3),
    ("en", "Residents cleared debris after Sunday’s storm.", 6),
    # a part of the day after it ("Selasa malam" is Tuesday night; "malam Minggu" before it, the eve)
    ("id", "Timnas mengalahkan Oman di Jakarta, Selasa malam.", 1),
    ("id", "Rupiah ditutup melemah di Jakarta, Senin sore.", 0),
    ("en", "Rescuers reached Kallang Sunday night.", 6),
])
def test_bare_weekday_in_running_text_is_a_day(code, text, weekday):
    ds = read(text, code)
    assert [d.weekday for d in ds] == [weekday]


@pytest.mark.parametrize("code,text", [
    ("en", "Shoppers queued for Black Friday deals at the mall."),
    ("en", "Candidates campaigned hard before Super Tuesday votes."),
])
def test_a_weekday_inside_a_name_is_no_day(code, text):
    assert read(text, code) == []


@pytest.mark.parametrize("code,text,expected", [
    # a plan's day is ahead of the page, in the next year when the month is past
    ("en", "The new tariffs will apply from Nov. 1, the ministry said.", date(2025, 11, 1)),
    ("id", "Tarif baru itu akan berlaku mulai 1 Maret, kata kementerian.", date(2026, 3, 1)),
    # with no word of what is to come, a day and month is one not far ahead, else of the year before
    ("en", "The two ministers met on Nov. 1 in Geneva.", date(2024, 11, 1)),
    ("id", "Kedua menteri bertemu pada 1 Maret di Jenewa.", date(2025, 3, 1)),
])
def test_a_day_and_month_in_a_sentence_of_what_is_to_come_is_the_next_such_day(code, text, expected):
    [d] = [d for d in read(text, code, date(2025, 10, 7)) if d.precision == "day"]
    assert d.value == expected


@pytest.mark.parametrize("text,ref,expected", [
    # a day a few weeks after the page, with no word of the future: the coming one
    ("Kedua pihak sepakat melanjutkan perundingan pada 25 Maret.", date(2025, 3, 12), date(2025, 3, 25)),
    # ... not one most of a year ahead: last year's
    ("Banjir serupa melanda desa itu pada 25 Desember.", date(2025, 3, 12), date(2024, 12, 25)),
])
def test_a_day_and_month_a_few_weeks_after_the_page_is_the_coming_one(text, ref, expected):
    [d] = [d for d in read(text, "id", ref) if d.precision == "day"]
    assert d.value == expected


@pytest.mark.parametrize("text,expected", [
    # a past form heading its own clause between the future word and the weekday: the weekday
    # dates what was done (PUB is a Wednesday)
    ("The union will challenge the ruling handed down on Monday.", date(2025, 1, 20)),
    ("The minister will meet the envoys who arrived on Tuesday.", date(2025, 1, 21)),
    # a statement's day after what it says is to come: the day it was said
    ("Fares will rise in March, the mayor told reporters on Monday.", date(2025, 1, 20)),
    ("Fares will rise in March, the mayor said on Monday.", date(2025, 1, 20)),
    # what is to come: a passive kept to come, an adjective before its noun, no past form
    ("The results will be announced on Friday.", date(2025, 1, 24)),
    ("The city will raise subsidised bus fares from Saturday.", date(2025, 1, 25)),
    ("The ministry will publish the figures on Monday.", date(2025, 1, 27)),
])
def test_a_weekday_after_a_future_word_is_to_come_unless_a_past_clause_owns_it(text, expected):
    [d] = [d for d in read(text, "en") if d.weekday is not None]
    assert d.value == expected


@pytest.mark.parametrize("text,expected,conflict", [
    # the weekday the writer gives names the year the tense left open: 2025-02-07 is a Friday
    ("She said the vote would be held on Friday, Feb. 7, at the town hall.", date(2025, 2, 7), False),
    ("Ia mengatakan pemungutan suara digelar Jumat, 7 Februari, di balai kota.", date(2025, 2, 7), False),
    # a weekday no day near the page falls on is the writer's slip, and stays one
    ("She said the vote would be held on Thursday, Feb. 7, at the town hall.", None, True),
])
def test_the_weekday_given_with_a_day_and_month_tells_their_year(text, expected, conflict):
    code = "id" if "pemungutan" in text else "en"
    [d] = [d for d in read(text, code) if d.precision == "day"]
    if expected is not None:
        assert d.value == expected
    assert d.weekday_conflict == conflict


def test_yearless_days_listed_before_a_dated_one_take_its_year():
    # next year's days, listed on a page of this year: the list gives its year once, at its end
    from provenance.dates import year_of_the_list
    text = "Libur ditetapkan pada Selasa (9/3), Jumat (12/3), dan Senin (15/3/2027)."
    ds = read(text, ref=date(2026, 10, 6))
    year_of_the_list(text, ds)
    assert [d.value for d in ds] == [date(2027, 3, 9), date(2027, 3, 12), date(2027, 3, 15)]
    assert not any(d.weekday_conflict for d in ds)


def test_a_yearless_day_in_another_clause_keeps_the_pages_year():
    from provenance.dates import year_of_the_list
    text = "Rapat digelar Rabu (9/12) lalu, dan sidangnya akan digelar pada Senin (15/3/2027)."
    ds = read(text, ref=date(2026, 10, 6))
    alone = ds[0].value
    year_of_the_list(text, ds)
    assert ds[0].value == alone


@pytest.mark.parametrize("code,text,days", [
    ("id", "Pameran itu berlangsung 4-8 Februari 2025 di Surabaya.", [date(2025, 2, 4), date(2025, 2, 8)]),
    ("id", "Pameran itu berlangsung 4 hingga 8 Februari 2025.", [date(2025, 2, 4), date(2025, 2, 8)]),
    ("id", "Sidang digelar pada 4 dan 5 Februari 2025.", [date(2025, 2, 4), date(2025, 2, 5)]),
    ("en", "The fair runs February 4-8, 2025 in Surabaya.", [date(2025, 2, 4), date(2025, 2, 8)]),
    ("en", "The fair ran from 4 to 8 February 2025.", [date(2025, 2, 4), date(2025, 2, 8)]),
    ("en", "Hearings were held between 4 and 5 February 2025.", [date(2025, 2, 4), date(2025, 2, 5)]),
])
def test_a_span_of_days_of_one_month_dates_both_its_days(code, text, days):
    """The month is written once: the bare day of a span or list is a date of that month too
    (a report of the week "4-8 Februari" and one of "4 February" agree on the 4th)."""
    ds = read(text, code)
    assert sorted(d.value for d in ds) == days
    assert all(text[d.start:d.end] == d.text for d in ds)


@pytest.mark.parametrize("code,text", [
    ("en", "On February 4 and 15 people were hurt."),  # a date, then a count
    ("en", "Prices rose from February 4 to 15% higher."),
    ("en", "From February 4 to 15,000 tickets were sold."),
    ("id", "Pada 4 Februari, 15 orang terluka."),
    ("id", "Pada 31-2 Februari tidak ada sidang."),  # no span runs backwards
])
def test_a_figure_beside_a_date_is_no_day_of_a_span(code, text):
    assert len(read(text, code)) == 1
