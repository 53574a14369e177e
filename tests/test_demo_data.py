"""Checks on the real demo data set (data/raw, data/demo) and dashboard.demo. No mocks."""

from __future__ import annotations

import calendar
import hashlib
import re
from pathlib import Path

import pandas as pd
import pycountry
import pytest

from dashboard import demo, vocabulary

VOICES = set(vocabulary.VOICES)
MEASURES = set(vocabulary.MEASURES)
STATUSES = set(vocabulary.STATUSES)
# The seed article is Daily NK's text: not redistributed here. Its quotes are checked
# against the shared copy the project was given, where that copy is present.
SEED_TEXT = (
    Path(__file__).resolve().parents[2] / "shared" / "seeds" / "hyesan-crackdown-dailynk.txt"
)
RAW_FILES = (
    "official_fever_national_2022.csv",
    "official_fever_by_province_2022.csv",
    "local_accounts.csv",
    "weekly_by_region_2021-05-11.csv",
)
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
INT_RE = re.compile(r"^(0|[1-9]\d*)$")
SYNTHETIC_RE = re.compile(
    r"synthetic|lorem|ipsum|dummy|placeholder|fake|example\.(?:com|org|net)|\bTODO\b|\bFIXME\b"
    r"|\bxxx\b|\bfoo\b|\bbar\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return demo.demo_claims()


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return demo.seed_claims()


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return demo.demo_events()


@pytest.fixture(scope="module")
def sources() -> pd.DataFrame:
    return demo.demo_sources()


def _date_bounds(text: str) -> tuple[str, str]:
    """First and last day covered by a date of any precision, as ISO strings."""
    m = DATE_RE.match(text)
    assert m, text
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return text, text
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def _valid_date(text: str) -> bool:
    m = DATE_RE.match(text)
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month and not 1 <= int(month) <= 12:
        return False
    if day:
        try:
            pd.Timestamp(f"{year}-{month}-{day}")
        except ValueError:
            return False
        return f"{int(year):04d}-{int(month):02d}-{int(day):02d}" == text
    return True


def _valid_region(code: str) -> bool:
    if re.fullmatch(r"[A-Z]{2}", code):
        return pycountry.countries.get(alpha_2=code) is not None
    return pycountry.subdivisions.get(code=code) is not None


# ------------------------------------------------------------------ shape and formats


def test_columns_and_strings(claims):
    assert tuple(claims.columns) == demo.INTERCHANGE_COLUMNS
    assert len(demo.INTERCHANGE_COLUMNS) == 23
    assert claims.map(lambda v: isinstance(v, str)).all().all()
    assert tuple(demo.seed_claims().columns) == demo.INTERCHANGE_COLUMNS


def test_claim_ids_unique(claims):
    assert (claims["claim_id"] != "").all()
    dupes = claims.loc[claims["claim_id"].duplicated(), "claim_id"].tolist()
    assert not dupes, dupes[:5]


def test_every_claim_cites_its_document(claims):
    for col in ("document_url", "publisher", "published_on", "document_title"):
        empty = claims.loc[claims[col].str.strip() == "", "claim_id"].tolist()
        assert not empty, (col, empty[:5])
    assert claims["document_url"].str.match(r"^https://").all()


def test_dates_parse(claims):
    assert (claims["stated_on"] != "").all()
    for col in ("stated_on", "published_on", "occurred_from", "occurred_to"):
        values = claims[col].unique()
        bad = [v for v in values if v != "" and not _valid_date(v)]
        assert not bad, (col, bad[:5])


def test_occurred_from_not_after_occurred_to(claims):
    both = claims[(claims["occurred_from"] != "") & (claims["occurred_to"] != "")]
    for f, t, cid in both[["occurred_from", "occurred_to", "claim_id"]].itertuples(index=False):
        assert _date_bounds(f)[0] <= _date_bounds(t)[1], cid


def test_enumerations(claims):
    assert set(claims["voice"]) <= VOICES
    assert set(claims["measure"]) <= MEASURES
    assert set(claims["status"]) <= STATUSES
    assert set(claims["source_reliability"]) <= set("ABCDEF")
    assert set(claims["credibility"]) <= {"", "1", "2", "3", "4", "5", "6"}


def test_regions_are_iso(claims, events, sources):
    for frame, col in ((claims, "region"), (events, "region")):
        bad = [r for r in frame[col].unique() if not _valid_region(r)]
        assert not bad, (col, bad)
    bad = [r for r in sources["region"].unique() if r and not _valid_region(r)]
    assert not bad, bad


def test_counts(claims):
    for col in ("count", "count_low", "count_high"):
        bad = claims.loc[(claims[col] != "") & ~claims[col].str.match(INT_RE), col]
        assert bad.empty, (col, bad.head().tolist())
    restriction = claims[claims["measure"] == "restriction"]
    assert (restriction["count"] == "").all()
    ranged = claims[(claims["count_low"] != "") & (claims["count_high"] != "")]
    assert (ranged["count_low"].astype(int) <= ranged["count_high"].astype(int)).all()


def test_statements_and_quotes(claims):
    assert (claims["statement"].str.strip() != "").all()
    too_long = claims.loc[claims["quote"].str.split().str.len() > 12, "quote"].tolist()
    assert not too_long, too_long


def test_no_synthetic_marker(claims, events, sources):
    frames = [claims, events, sources.astype(str), demo.economist_regions()]
    for frame in frames:
        for col in frame.columns:
            hits = frame.loc[frame[col].str.contains(SYNTHETIC_RE), col]
            assert hits.empty, (col, hits.head().tolist())
    text = (demo.RAW_DIR / "SOURCES.md").read_text(encoding="utf-8")
    assert not SYNTHETIC_RE.search(text)


# ------------------------------------------------------------------ referential integrity


def test_events_match_claims(claims, events):
    assert events["event"].is_unique
    used = set(claims["event"])
    listed = set(events["event"])
    assert used - listed == set(), sorted(used - listed)[:5]
    assert listed - used == set(), sorted(listed - used)[:5]
    assert (events["description"].str.strip() != "").all()
    assert (events["topic"].str.strip() != "").all()


def test_sources_match_claims(claims, sources):
    assert sources["source"].is_unique
    used = set(claims["source"])
    listed = set(sources["source"])
    assert used - listed == set(), sorted(used - listed)
    assert listed - used == set(), sorted(listed - used)
    assert set(sources["voice"]) <= VOICES
    assert set(sources["reliability"]) <= set("ABCDEF")
    assert sources["protected"].map(type).eq(bool).all()
    assert (sources["notes"].str.strip() != "").all()
    # voice and grade on every claim agree with the source table
    table = sources.set_index("source")
    assert (claims["voice"].to_numpy() == table.loc[claims["source"], "voice"].to_numpy()).all()
    assert (
        claims["source_reliability"].to_numpy()
        == table.loc[claims["source"], "reliability"].to_numpy()
    ).all()


def test_protected_sources_have_a_region(sources):
    protected = sources[sources["protected"]]
    assert not protected.empty
    assert (protected["region"] != "").all()
    assert set(protected["voice"]) == {"local"}


# ------------------------------------------------------------------ the Hyesan seed


def _seed_rows(seed: pd.DataFrame) -> pd.DataFrame:
    return seed[seed["document_url"].str.contains("joint-task-force-cracks-down")]


def test_hyesan_seed_claims(seed, sources):
    rows = _seed_rows(seed)
    assert (rows["region"] == "KP-10").all()
    assert (rows["publisher"] == "Daily NK").all()

    tb = rows[(rows["cause"] == "tuberculosis") & (rows["measure"] == "deaths")]
    assert len(tb) == 1
    assert tb.iloc[0]["voice"] == "official"
    assert tb.iloc[0]["count"] == "8"
    assert tb.iloc[0]["source"] == "Ryanggang Provincial People's Hospital"

    covid = rows[(rows["cause"] == "COVID-19") & (rows["measure"] == "deaths")]
    assert len(covid) == 1
    assert covid.iloc[0]["voice"] == "local"
    assert covid.iloc[0]["count"] == "8"
    assert covid.iloc[0]["event"] == tb.iloc[0]["event"]

    informant = covid.iloc[0]["source"]
    row = sources.set_index("source").loc[informant]
    assert bool(row["protected"]) is True
    assert row["region"] == "KP-10"
    assert row["voice"] == "local"

    lockdown = rows[(rows["measure"] == "restriction") & (rows["voice"] == "local")]
    assert len(lockdown) == 1
    assert lockdown.iloc[0]["occurred_from"] == "2021-03-03"
    assert lockdown.iloc[0]["occurred_to"] in ("", "2021-04")

    bans = rows[(rows["measure"] == "restriction") & (rows["voice"] == "official")]
    assert len(bans) == 1
    assert "funeral" in bans.iloc[0]["statement"]

    arrests = rows[rows["measure"] == "arrests"]
    assert set(arrests["voice"]) == {"official", "local"}
    assert set(arrests["count"]) == {"23"}
    official_arrest = arrests[arrests["voice"] == "official"].iloc[0]
    assert "COVID-19" in official_arrest["statement"]
    local_arrest = arrests[arrests["voice"] == "local"].iloc[0]
    assert "Bureau No. 10" in local_arrest["statement"]


def test_seed_quotes_are_verbatim(seed):
    if not SEED_TEXT.exists():
        pytest.skip(f"the seed article's text is not at {SEED_TEXT} (it is not redistributed)")
    text = SEED_TEXT.read_text(encoding="utf-8")
    norm = " ".join(text.replace("\u2019", "'").split())
    for quote in _seed_rows(seed)["quote"]:
        if quote:
            assert " ".join(quote.replace("\u2019", "'").split()) in norm, quote


def test_every_local_account_row_is_used(seed):
    leads = pd.read_csv(demo.RAW_DIR / "local_accounts.csv", dtype=str, keep_default_na=False)
    assert len(leads) == 10
    used = set(seed["document_url"])
    for url in leads["url"]:
        assert url in used, url
        rows = seed[seed["document_url"] == url]
        if "(official)" in leads.loc[leads["url"] == url, "outlet(via)"].iloc[0]:
            assert "official" in set(rows["voice"]), url
        else:
            assert "local" in set(rows["voice"]), url


def test_2022_local_accounts_share_the_province_fever_events(seed, claims):
    leads = seed[seed["published_on"].str.startswith("2022")]
    assert not leads.empty
    for event, region in leads[["event", "region"]].itertuples(index=False):
        assert event == demo.fever_event(region)
        official = claims[(claims["event"] == event) & (claims["source"] == demo.FEVER_SOURCE_KCTV)]
        assert not official.empty, event


# ------------------------------------------------------------------ generated series


def test_fever_claims_match_raw_figures():
    fever = demo.fever_claims()
    national = pd.read_csv(demo.RAW_DIR / "official_fever_national_2022.csv")
    province = pd.read_csv(demo.RAW_DIR / "official_fever_by_province_2022.csv")
    nat = fever[fever["event"] == demo.FEVER_NATIONAL_EVENT]
    prov = fever[fever["event"] != demo.FEVER_NATIONAL_EVENT]
    assert (nat["region"] == "KP").all()
    assert (prov["region"] != "KP").all()
    for measure, column in (
        ("deaths", "new_deaths"),
        ("suspected_cases", "new_fever"),
        ("recovered", "new_recovered"),
    ):
        n = nat[nat["measure"] == measure]
        p = prov[prov["measure"] == measure]
        assert n["count"].astype(int).sum() == int(national[column].sum())
        assert p["count"].astype(int).sum() == int(province[column].sum())
        # one claim per non-blank cell (zeros kept, blanks skipped)
        assert len(n) == national[column].notna().sum()
        assert len(p) == province[column].notna().sum()
    # an official zero is a claim too
    assert ((nat["measure"] == "recovered") & (nat["count"] == "0")).any()
    assert ((prov["measure"] == "deaths") & (prov["count"] == "0")).any()
    assert (fever["occurred_from"] == fever["occurred_to"]).all()
    assert (fever["stated_on"] == fever["published_on"]).all()
    assert int(province["new_deaths"].sum()) == 40
    assert int(national["cum_deaths"].iloc[-1]) == 74


def test_economist_regions_map_to_pycountry():
    regions = demo.economist_regions()
    weekly = pd.read_csv(demo.RAW_DIR / "weekly_by_region_2021-05-11.csv", dtype=str)
    sub = weekly.loc[weekly["region"] != weekly["country"], ["country", "region"]]
    assert set(map(tuple, sub.drop_duplicates().to_numpy())) == set(
        map(tuple, regions[["country", "region"]].to_numpy())
    )
    excluded = regions[regions["iso_3166_2"] == ""]
    assert set(excluded["region"]) == {"England and Wales"}
    assert (excluded["note"] == "aggregate, excluded").all()
    mapped = regions[regions["iso_3166_2"] != ""]
    for code in mapped["iso_3166_2"]:
        assert pycountry.subdivisions.get(code=code) is not None, code
    assert (mapped["note"].str.strip() != "").all()
    by_region = mapped.set_index("region")
    assert by_region.loc["New York City", "iso_3166_2"] == "US-NY"
    assert by_region.loc["North East", "iso_3166_2"] == "GB-ENG"
    assert by_region.loc["Scotland", "iso_3166_2"] == "GB-SCT"


def test_economist_claims_match_raw_figures():
    econ = demo.economist_claims()
    regions = demo.economist_regions()
    weekly = pd.read_csv(demo.RAW_DIR / "weekly_by_region_2021-05-11.csv")
    kept = weekly.merge(regions[regions["iso_3166_2"] != ""], on=["country", "region"])
    assert len(econ) == 2 * len(kept)
    official = econ[econ["voice"] == "official"]
    independent = econ[econ["voice"] == "independent"]
    assert len(official) == len(independent) == len(kept)
    assert set(official["cause"]) == {"COVID-19"}
    assert (official["stated_on"] == official["occurred_to"]).all()
    assert (econ["published_on"] == demo.ECONOMIST_SNAPSHOT).all()
    # counts: rounded source values when non-negative, else measure "other" with no count
    negative = kept["excess_deaths"].map(demo._round_half_up).lt(0)
    assert (independent["measure"] == "other").sum() == negative.sum()
    assert (independent.loc[independent["measure"] == "other", "count"] == "").all()
    ca = official[official["claim_id"] == "econ-united-states-california-2020-12-27-official"]
    raw = weekly[(weekly["region"] == "California") & (weekly["start_date"] == "2020-12-27")]
    assert len(ca) == len(raw) == 1
    assert int(ca.iloc[0]["count"]) == round(float(raw.iloc[0]["covid_deaths"]))


# ------------------------------------------------------------------ raw snapshots


def test_raw_snapshots_match_recorded_hashes():
    text = (demo.RAW_DIR / "SOURCES.md").read_text(encoding="utf-8")
    for name in RAW_FILES:
        m = re.search(rf"`{re.escape(name)}`.*?sha256 `([0-9a-f]{{64}})`", text, re.DOTALL)
        assert m, f"no sha256 recorded for {name}"
        digest = hashlib.sha256((demo.RAW_DIR / name).read_bytes()).hexdigest()
        assert digest == m.group(1), name
