"""Filters and their URL form."""

from datetime import date

from dashboard.filters import Filters


def test_filters_round_trip_through_url_params():
    filters = Filters(
        region="KP-10",
        date_from=date(2021, 3, 1),
        date_to=date(2021, 4, 30),
        topic="COVID-19",
        voices=("official", "local"),
        statuses=("contested",),
    )
    assert Filters.from_params(filters.to_params()) == filters


def test_empty_params_mean_no_filter():
    assert Filters.from_params({}).is_empty
    assert Filters().to_params() == {}


def test_bad_values_are_reported_and_dropped():
    filters = Filters.from_params(
        {"voice": ["official", "rumour"], "from": "2021-13-01", "status": "nonsense"}
    )
    assert filters.voices == ("official",)
    assert filters.date_from is None and filters.statuses == ()
    assert len(filters.problems) == 3
    assert any("voice=rumour" in p for p in filters.problems)


def test_reversed_period_is_swapped_and_said():
    filters = Filters.from_params({"from": "2021-05-01", "to": "2021-03-01"})
    assert (filters.date_from, filters.date_to) == (date(2021, 3, 1), date(2021, 5, 1))
    assert filters.problems


def test_region_codes_are_upper_cased_and_lists_may_be_comma_separated():
    filters = Filters.from_params({"region": "kp-10", "voice": "official,local"})
    assert filters.region == "KP-10" and filters.voices == ("official", "local")


def test_describe_says_the_filters_in_words():
    assert Filters().describe() == "all claims"
    text = Filters(region="KP-10", voices=("local",)).describe()
    assert "region KP-10" in text and "voice local" in text
