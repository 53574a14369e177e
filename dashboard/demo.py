"""The real demo data set: hand-curated DPRK claims plus claims generated from two real series.

Pure functions over the files in ``data/`` (no Streamlit, no database):

- ``seed_claims()``: ``data/demo/claims_dprk.csv``, curated by hand from the Hyesan seed
  article and the ten leads in ``data/raw/local_accounts.csv``;
- ``fever_claims()``: the official 2022 "fever" figures of North Korea (national series from
  Rodong Sinmun, provincial series from KCTV), one claim per published figure;
- ``economist_claims()``: The Economist's weekly official COVID-19 deaths beside its excess
  deaths, for the sub-national regions mapped in ``data/demo/economist_regions.csv``;
- ``demo_claims()``: the three together, in the claims interchange columns, all strings.

Where each input comes from, and the dating choices, are in ``data/raw/SOURCES.md``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path

import pandas as pd

from dashboard.store import INTERCHANGE_COLUMNS as _ALL_COLUMNS

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
RAW_DIR = DATA_DIR / "raw"
DEMO_DIR = DATA_DIR / "demo"

# The interchange columns less `synthetic`: the demo is real data, and a blank means false.
INTERCHANGE_COLUMNS: tuple[str, ...] = tuple(c for c in _ALL_COLUMNS if c != "synthetic")

# ISO 3166-2 code -> display name (as in data/raw admin1 usage; KP-11 and KP-12 no longer exist)
KP_PROVINCES: dict[str, str] = {
    "KP-01": "Pyongyang",
    "KP-02": "South Pyongan",
    "KP-03": "North Pyongan",
    "KP-04": "Chagang",
    "KP-05": "South Hwanghae",
    "KP-06": "North Hwanghae",
    "KP-07": "Kangwon",
    "KP-08": "South Hamgyong",
    "KP-09": "North Hamgyong",
    "KP-10": "Ryanggang",
    "KP-13": "Rason",
    "KP-14": "Nampo",
    "KP-15": "Kaesong",
}

FEVER_REPO_URL = "https://github.com/kimfinale/COVID-19_NorthKorea"
FEVER_NATIONAL_EVENT = "2022 fever outbreak — North Korea (national)"
FEVER_SOURCE_KCTV = "State Emergency Epidemic Prevention Headquarters (via KCTV)"
FEVER_SOURCE_RODONG = "State Emergency Epidemic Prevention Headquarters (via Rodong Sinmun)"

ECONOMIST_REPO_URL = "https://github.com/TheEconomist/covid-19-excess-deaths-tracker"
ECONOMIST_SNAPSHOT = "2021-05-11"
ECONOMIST_MODEL_SOURCE = "The Economist excess-deaths model"

# column in the raw fever files -> (measure, cause, (words for 0, for 1, for more))
_FEVER_MEASURES = (
    (
        "new_fever",
        "suspected_cases",
        "fever",
        ("no new fever cases", "new fever case", "new fever cases"),
    ),
    (
        "new_recovered",
        "recovered",
        "",
        ("no recoveries from fever", "recovery from fever", "recoveries from fever"),
    ),
    ("new_deaths", "deaths", "", ("no new deaths", "new death", "new deaths")),
)


def fever_event(iso_code: str) -> str:
    """Name of the per-province 2022 fever event ("2022 fever outbreak — Ryanggang")."""
    return f"2022 fever outbreak — {KP_PROVINCES[iso_code]}"


def economist_event(country: str, region: str, place: str = "") -> str:
    """Name of the event holding one Economist region's weekly claims."""
    name = place or region
    return f"Deaths in {name}, {country}, 2020–2021: official COVID-19 count vs excess deaths"


def economist_official_source(country: str) -> str:
    return f"Official COVID-19 death statistics ({country}), as compiled by The Economist"


def _read_str_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def demo_events() -> pd.DataFrame:
    """``data/demo/events.csv``: columns event, region, topic, description (strings)."""
    return _read_str_csv(DEMO_DIR / "events.csv")


def demo_sources() -> pd.DataFrame:
    """``data/demo/sources.csv``: source, voice, reliability, protected, notes, region.

    All strings except ``protected``, which is a bool.
    """
    df = _read_str_csv(DEMO_DIR / "sources.csv")
    df["protected"] = df["protected"].str.strip().str.lower().map({"true": True, "false": False})
    if df["protected"].isna().any():
        raise ValueError("sources.csv: protected must be true or false")
    df["protected"] = df["protected"].astype(bool)
    return df


def economist_regions() -> pd.DataFrame:
    """``data/demo/economist_regions.csv`` (strings; iso_3166_2 empty = excluded aggregate)."""
    return _read_str_csv(DEMO_DIR / "economist_regions.csv")


def seed_claims() -> pd.DataFrame:
    """``data/demo/claims_dprk.csv`` as read: every value a string, blanks kept as ""."""
    return _read_str_csv(DEMO_DIR / "claims_dprk.csv")


def _reliability(source: str, grades: dict[str, str]) -> str:
    try:
        return grades[source]
    except KeyError:
        raise KeyError(f"source {source!r} is not in data/demo/sources.csv") from None


def _grades() -> dict[str, str]:
    s = demo_sources()
    return dict(zip(s["source"], s["reliability"], strict=True))


def _int_text(value: float) -> str:
    return str(int(value))


def _fever_rows(
    df: pd.DataFrame,
    *,
    national: bool,
    grades: dict[str, str],
) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    if national:
        source = FEVER_SOURCE_RODONG
        publisher = "Rodong Sinmun"
        dup = pd.Series(False, index=df.index)
    else:
        source = FEVER_SOURCE_KCTV
        publisher = "Korean Central Television (KCTV)"
        # The provincial transcription has two reports dated 2022-05-27 for every province
        # (as_of 05-25 and 05-26); those claim ids also carry the as_of date.
        dup = df.duplicated(["iso_3166_2", "report_date"], keep=False)
    reliability = _reliability(source, grades)
    for rec, is_dup in zip(df.to_dict("records"), dup, strict=True):
        report_date = rec["report_date"]
        as_of_date = rec["as_of"][:10]
        as_of_time = rec["as_of"][11:16] or "18:00"
        if national:
            region, where, event = "KP", "nationwide", FEVER_NATIONAL_EVENT
            id_stem = f"kp-fever-nat-{report_date}"
            title = (
                f"Rodong Sinmun national fever report of {report_date}, "
                "as transcribed in kimfinale/COVID-19_NorthKorea"
            )
        else:
            region = rec["iso_3166_2"]
            where, event = f"in {KP_PROVINCES[region]}", fever_event(region)
            id_stem = f"kp-fever-prov-{region}-{report_date}"
            if is_dup:
                id_stem += f"-asof-{as_of_date}"
            title = (
                f"KCTV provincial fever report of {report_date}, "
                "as transcribed in kimfinale/COVID-19_NorthKorea"
            )
        for column, measure, cause, words in _FEVER_MEASURES:
            value = rec[column]
            if value is None or (isinstance(value, float) and math.isnan(value)):
                continue  # no figure broadcast that day: an absence, not a claim
            n = int(value)
            none, one, many = words
            figure = none if n == 0 else f"1 {one}" if n == 1 else f"{n:,} {many}"
            statement = (
                f"Official daily report: {figure} {where} in the 24 hours to "
                f"{as_of_time} on {as_of_date}."
            )
            rows.append(
                {
                    "claim_id": f"{id_stem}-{measure}",
                    "event": event,
                    "stated_on": report_date,
                    "region": region,
                    "place": "",
                    "voice": "official",
                    "source": source,
                    "source_reliability": reliability,
                    "measure": measure,
                    "count": _int_text(n),
                    "count_low": "",
                    "count_high": "",
                    "cause": cause,
                    "statement": statement,
                    "quote": "",
                    "document_url": FEVER_REPO_URL,
                    "document_title": title,
                    "publisher": publisher,
                    "published_on": report_date,
                    "occurred_from": as_of_date,
                    "occurred_to": as_of_date,
                    "credibility": "",
                    "status": "unverified",
                }
            )
    return rows


def fever_claims() -> pd.DataFrame:
    """Official 2022 fever figures as claims: national series on one event (region KP),
    provincial series on per-province events. One claim per non-blank figure (zeros kept)."""
    grades = _grades()
    national = pd.read_csv(RAW_DIR / "official_fever_national_2022.csv")
    province = pd.read_csv(RAW_DIR / "official_fever_by_province_2022.csv")
    rows = _fever_rows(national, national=True, grades=grades)
    rows += _fever_rows(province, national=False, grades=grades)
    return pd.DataFrame(rows, columns=list(INTERCHANGE_COLUMNS))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _round_half_up(x: float) -> int:
    """Round to the nearest integer, halves away from zero (21.5 -> 22, -0.5 -> -1)."""
    return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)


def economist_claims() -> pd.DataFrame:
    """The Economist's weekly official COVID-19 deaths and excess deaths, as claims, for the
    sub-national regions of ``economist_regions.csv`` (excluded aggregates skipped)."""
    grades = _grades()
    regions = economist_regions()
    regions = regions[regions["iso_3166_2"] != ""]
    weekly = pd.read_csv(
        RAW_DIR / "weekly_by_region_2021-05-11.csv",
        usecols=["country", "region", "start_date", "end_date", "covid_deaths", "excess_deaths"],
        dtype={"country": str, "region": str, "start_date": str, "end_date": str},
    )
    weekly = weekly.merge(regions, on=["country", "region"], how="inner", validate="m:1")
    model_reliability = _reliability(ECONOMIST_MODEL_SOURCE, grades)
    title = (
        "The Economist covid-19-excess-deaths-tracker, weekly deaths by region "
        f"(snapshot of {ECONOMIST_SNAPSHOT})"
    )
    rows: list[dict[str, str]] = []
    for rec in weekly.to_dict("records"):
        country, region, place = rec["country"], rec["region"], rec["place"]
        name = place or region
        start, end = rec["start_date"], rec["end_date"]
        event = economist_event(country, region, place)
        id_stem = f"econ-{_slug(country)}-{_slug(region)}-{start}"
        common = {
            "event": event,
            "region": rec["iso_3166_2"],
            "place": place,
            "count_low": "",
            "count_high": "",
            "quote": "",
            "document_url": ECONOMIST_REPO_URL,
            "document_title": title,
            "publisher": "The Economist",
            "published_on": ECONOMIST_SNAPSHOT,
            "occurred_from": start,
            "occurred_to": end,
            "credibility": "",
            "status": "unverified",
        }
        period = f"from {start} to {end}"

        # official count, as compiled by The Economist
        official_source = economist_official_source(country)
        covid = _round_half_up(float(rec["covid_deaths"]))
        if covid >= 0:
            measure, count = "deaths", str(covid)
            figure = f"{covid:,} COVID-19 deaths"
        else:
            # a negative weekly figure is a downward revision of earlier weeks, not a count
            measure, count = "other", ""
            figure = f"a negative count of COVID-19 deaths (−{abs(covid):,}, a downward revision)"
        if country == "Turkey":
            # The tracker assumes Istanbul had half of Turkey's official national toll.
            statement = (
                f"The Economist attributes {figure} to {name} {period}, taking half of "
                "Turkey's official national toll."
            )
        else:
            statement = (
                f"Official figures compiled by The Economist give {figure} in {name} {period}."
            )
        rows.append(
            {
                **common,
                "claim_id": f"{id_stem}-official",
                "stated_on": end,
                "voice": "official",
                "source": official_source,
                "source_reliability": _reliability(official_source, grades),
                "measure": measure,
                "count": count,
                "cause": "COVID-19",
                "statement": statement,
            }
        )

        # excess deaths, The Economist's own estimate
        excess = _round_half_up(float(rec["excess_deaths"]))
        if excess >= 0:
            measure, count = "deaths", str(excess)
            statement = (
                f"The Economist's model estimates {excess:,} excess deaths (deaths above the "
                f"number expected) in {name} {period}."
            )
        else:
            measure, count = "other", ""
            statement = (
                f"The Economist's model finds fewer deaths than expected in {name} {period} "
                f"(−{abs(excess):,})."
            )
        rows.append(
            {
                **common,
                "claim_id": f"{id_stem}-excess",
                "stated_on": ECONOMIST_SNAPSHOT,
                "voice": "independent",
                "source": ECONOMIST_MODEL_SOURCE,
                "source_reliability": model_reliability,
                "measure": measure,
                "count": count,
                "cause": "",
                "statement": statement,
            }
        )
    return pd.DataFrame(rows, columns=list(INTERCHANGE_COLUMNS))


def demo_claims() -> pd.DataFrame:
    """All demo claims (curated DPRK, official fever series, Economist regions), in
    ``INTERCHANGE_COLUMNS`` order, every value a string ("" for missing)."""
    parts = [seed_claims(), fever_claims(), economist_claims()]
    for part in parts:
        missing = set(INTERCHANGE_COLUMNS) - set(part.columns)
        if missing:
            raise ValueError(f"claims lack interchange columns: {sorted(missing)}")
    df = pd.concat([p[list(INTERCHANGE_COLUMNS)] for p in parts], ignore_index=True)
    return df.fillna("").astype(str)
