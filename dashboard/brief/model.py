"""What a press brief says, worked out once for every format.

`build_brief(claims, events, regions, scope)` is pure: DataFrames in (as the Store returns
them), a `Brief` out. `load_brief(store, scope)` reads those frames through the store and
calls it. The renderers (Markdown, HTML, DOCX, PDF) only lay the `Brief` out, so every
format says the same thing.

A brief is a document handed over to people outside: like an export, it never carries a
protected source's identity, whatever the reader's role. `load_brief` reads through a
viewer's view of the store, so protected sources arrive as their neutral label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pandas as pd

from dashboard import charts
from dashboard.analysis.disagreement import agreement_summary, disagreements, format_stated
from dashboard.analysis.gaps import measured_gap
from dashboard.store import Store

MAX_EVENTS = 8  # one to two pages: more events than this is a report, not a brief
ROWS_PER_SIDE = 6  # claims listed per side of an event's table; the rest are counted
MAP_COUNTRY = "KP"  # the boundaries shipped with Parallax (data/gazetteer/PRK_ADM1.*)
GRADES = {
    "A": "reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "cannot be judged",
}
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}
SUPPORTED = ("corroborated", "confirmed")
# C0 controls (but tab and newline) and DEL: not text, and invalid in the XML of a DOCX.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class BriefProblem(ValueError):
    """The scope asked for cannot make a brief (unknown event, nothing in the period)."""


@dataclass(frozen=True)
class Scope:
    region: str | None = None  # ISO 3166-2 code, or a country code for the whole country
    date_from: date | None = None
    date_to: date | None = None
    event_ids: tuple[int, ...] = ()  # empty: every event in the region and period


@dataclass(frozen=True)
class ClaimLine:
    stated: str  # "2021" / "March 2021" / "2021-03-20"
    place: str  # as recorded: "Hyesan", "혜산", or ""
    what: str  # "deaths: 8 · cause: tuberculosis"
    statement: str
    quote: str
    source: str  # a protected source's neutral label, never its name
    grade: str
    credibility: str  # "" when not assessed
    status: str
    voice: str
    citation: int  # number in Brief.citations


@dataclass(frozen=True)
class EventBrief:
    id: int
    title: str
    region: str
    period: str
    description: str
    rows: tuple[tuple[ClaimLine | None, ClaimLine | None], ...]  # (official, local) side by side
    not_listed: str  # "12 more official claims not listed", or ""
    discrepancy: tuple[str, ...]
    status: str
    corroboration: str
    caveats: tuple[str, ...]


@dataclass(frozen=True)
class SourceLine:
    label: str
    voice: str
    grade: str  # "C (fairly reliable)"
    claims: int
    credibility: str


@dataclass(frozen=True)
class Citation:
    number: int
    publisher: str
    title: str
    date: str
    url: str


@dataclass(frozen=True)
class Brief:
    title: str
    scope: str
    generated_at: datetime  # UTC
    latest_claim: str
    events: tuple[EventBrief, ...]
    sources: tuple[SourceLine, ...]
    citations: tuple[Citation, ...]
    caveats: tuple[str, ...]
    timeline: object = field(repr=False)  # plotly Figure, from charts.timeline
    region_map: object = field(repr=False)  # plotly Figure, from charts.region_map

    @property
    def as_of(self) -> str:
        stamp = self.generated_at.strftime("%Y-%m-%d %H:%M UTC")
        latest = f"; latest claim stated {self.latest_claim}" if self.latest_claim else ""
        return f"Generated {stamp}{latest}."

    def file_name(self, suffix: str) -> str:
        """A safe download name: parallax-brief-ryanggang-kp-10-2021-03-01-to-2021-04-30.pdf"""
        words = re.sub(r"[^A-Za-z0-9]+", "-", self.title.removeprefix("Press brief: "))
        return f"parallax-brief-{words.strip('-').lower()[:80] or 'all'}.{suffix}"


# ---- the one place a discrepancy sentence comes from -------------------------------------


def discrepancy_sentences(claims: pd.DataFrame, today: date | None = None) -> tuple[str, ...]:
    """The measured discrepancy of one event, in sentences: the Event page's own
    (`analysis.gaps.measured_gap`), else its agreement summary."""
    found = measured_gap(claims, today=today)
    if found:
        return tuple(found)
    return (agreement_summary(claims),)


# ---- loading ------------------------------------------------------------------------------


def load_brief(store: Store, scope: Scope, now: datetime | None = None) -> Brief:
    """Read the scope's frames through the store (always shielded) and build the brief."""
    shielded = Store(store.engine, role="viewer")
    events = shielded.events()
    known = set(int(i) for i in events["id"])
    unknown = [i for i in scope.event_ids if i not in known]
    if unknown:
        raise BriefProblem(f"no event with id {', '.join(map(str, unknown))}")
    candidates = candidate_events(events, scope)
    if len(candidates) > 4 * MAX_EVENTS:  # not worth reading their claims to say "too many"
        raise BriefProblem(
            f"{len(candidates)} events overlap this region and period: a brief holds at most "
            f"{MAX_EVENTS}; narrow the period or the region, or choose events (--event ID)"
        )
    frames = [shielded.claims(event_id=int(i)) for i in candidates["id"]]
    frames = [f for f in frames if not f.empty]
    claims = pd.concat(frames, ignore_index=True) if frames else _no_claims(shielded)
    return build_brief(claims, events, shielded.regions_in_use(), scope, now)


def _no_claims(store) -> pd.DataFrame:
    return store.claims(limit=0)


def candidate_events(events: pd.DataFrame, scope: Scope) -> pd.DataFrame:
    """Events in the region (and chosen, if any) whose period may overlap the scope's."""
    keep = pd.Series(True, index=events.index)
    if scope.event_ids:
        keep &= events["id"].astype(int).isin(scope.event_ids)
    if scope.region:
        keep &= events["region_code"].map(lambda code: _in_region(code, scope.region)).astype(bool)
    start, end = _window(scope)
    period_from = pd.to_datetime(events["period_from"])
    period_to = pd.to_datetime(events["period_to"])
    # An event with no period yet may still have claims in the window: keep it for now.
    keep &= period_from.isna() | (period_from < end)
    keep &= period_to.isna() | (period_to >= start)
    return events[keep]


def _in_region(code, region: str) -> bool:
    code = str(code)
    return code == region or (len(region) == 2 and code.startswith(f"{region}-"))


def _window(scope: Scope) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The scope as [start, end) timestamps; open ends reach far."""
    start = pd.Timestamp(scope.date_from) if scope.date_from else pd.Timestamp("1900-01-01")
    end = (
        pd.Timestamp(scope.date_to) + pd.Timedelta(days=1)
        if scope.date_to
        else pd.Timestamp("2200-01-01")
    )
    return start, end


def in_window(claims: pd.DataFrame, scope: Scope) -> pd.Series:
    """Claims whose statement period overlaps the scope: a claim dated only "2021" counts
    for March 2021, since the month it was made in may well be March."""
    start, end = _window(scope)
    if claims.empty:
        return pd.Series(False, index=claims.index, dtype=bool)
    stated = pd.to_datetime(claims["stated_on"])
    precisions = claims["stated_precision"]
    periods = [charts._period(d, p) for d, p in zip(stated, precisions, strict=True)]
    return pd.Series([s < end and e > start for s, e in periods], index=claims.index, dtype=bool)


# ---- building -----------------------------------------------------------------------------


def build_brief(
    claims: pd.DataFrame,
    events: pd.DataFrame,
    regions: pd.DataFrame,
    scope: Scope,
    now: datetime | None = None,
) -> Brief:
    """The brief for the scope from the store's frames (claims already shielded)."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    chosen = candidate_events(events, scope)
    claims = claims[claims["event_id"].astype(int).isin(chosen["id"].astype(int))]
    claims = claims[in_window(claims, scope)].sort_values(["stated_on", "id"], kind="stable")
    chosen = chosen[chosen["id"].astype(int).isin(set(claims["event_id"].astype(int)))]
    left_out = [i for i in scope.event_ids if i not in set(chosen["id"].astype(int))]
    region_names = dict(zip(regions["code"], regions["name"], strict=True))
    region_names.update(dict(zip(events["region_code"], events["region_name"], strict=True)))
    where = _where(scope, region_names)
    period = _period_words(scope)
    if left_out:
        titles = dict(zip(events["id"].astype(int), events["title"], strict=True))
        listed = "; ".join(f"{i} ({titles.get(i, '?')})" for i in left_out)
        raise BriefProblem(f"event {listed}: no claims in {where} stated {period}")
    if chosen.empty:
        raise BriefProblem(
            f"no event in {where} has claims stated {period}; widen the period or the region"
        )
    if len(chosen) > MAX_EVENTS:
        raise BriefProblem(
            f"{len(chosen)} events in {where} {period}: a brief holds at most {MAX_EVENTS}; "
            "narrow the period or choose events (--event ID)"
        )
    citations, numbers = _citations(claims)
    chosen = chosen.sort_values(["period_from", "id"], kind="stable", na_position="last")
    event_briefs = tuple(
        _event_brief(
            event,
            claims[claims["event_id"].astype(int) == int(event["id"])],
            numbers,
            now.date(),
        )
        for _, event in chosen.iterrows()
    )
    latest = claims.iloc[claims["stated_on"].map(pd.Timestamp).argmax()]
    scope_text = (
        f"{'Chosen events' if scope.event_ids else 'Every event'} in {where} with claims "
        f"stated {period}: {len(chosen)} event{'s' * (len(chosen) != 1)}, "
        f"{len(claims)} claim{'s' * (len(claims) != 1)}. A claim dated only to a month or a "
        "year is included when that month or year overlaps the period."
    )
    return Brief(
        title=f"Press brief: {where}, {period}",
        scope=_clean(scope_text),
        generated_at=now,
        latest_claim=format_stated(latest["stated_on"], latest["stated_precision"]),
        events=event_briefs,
        sources=_sources(claims),
        citations=citations,
        caveats=_general_caveats(claims),
        timeline=charts.timeline(claims.head(charts.MAX_MARKS)),
        region_map=_map(claims, region_names),
    )


def _where(scope: Scope, names: dict) -> str:
    if not scope.region:
        return "all regions"
    name = names.get(scope.region)
    return f"{_clean(name)} ({scope.region})" if name else scope.region


def _period_words(scope: Scope) -> str:
    if scope.date_from and scope.date_to:
        return f"{scope.date_from.isoformat()} to {scope.date_to.isoformat()}"
    if scope.date_from:
        return f"from {scope.date_from.isoformat()}"
    if scope.date_to:
        return f"up to {scope.date_to.isoformat()}"
    return "at any time"


def _event_brief(event: pd.Series, claims: pd.DataFrame, numbers: dict, today: date) -> EventBrief:
    official = claims[claims["voice"] == "official"]
    other = claims[claims["voice"] != "official"]
    named = set()
    for d in disagreements(claims, today=today):
        named.update(d.claim_ids)
    left = [_line(c, numbers) for _, c in _listed(official, named).iterrows()]
    right = [_line(c, numbers) for _, c in _listed(other, named).iterrows()]
    rows = tuple(
        (left[i] if i < len(left) else None, right[i] if i < len(right) else None)
        for i in range(max(len(left), len(right)))
    )
    hidden = [
        f"{n} more {side} claim{'s' * (n != 1)}"
        for n, side in ((len(official) - len(left), "official"), (len(other) - len(right), "other"))
        if n > 0
    ]
    period = ""
    if pd.notna(event.get("period_from")):
        period = f"{event['period_from']} to {event['period_to']}"
    return EventBrief(
        id=int(event["id"]),
        title=_clean(event["title"]),
        region=_clean(f"{event['region_name']} ({event['region_code']})"),
        period=period,
        description=_clean(event.get("description") or ""),
        rows=rows,
        not_listed=(" and ".join(hidden) + " not listed (see the dashboard).") if hidden else "",
        discrepancy=tuple(_clean(s) for s in discrepancy_sentences(claims, today)),
        status=_status(claims),
        corroboration=_corroboration(claims),
        caveats=_event_caveats(claims),
    )


def _listed(side: pd.DataFrame, named: set[int]) -> pd.DataFrame:
    """At most ROWS_PER_SIDE claims: those the discrepancy rests on first, then the earliest."""
    if len(side) <= ROWS_PER_SIDE:
        return side
    first = side[side["id"].astype(int).isin(named)].head(ROWS_PER_SIDE)
    rest = side[~side.index.isin(first.index)].head(ROWS_PER_SIDE - len(first))
    return pd.concat([first, rest]).sort_values(["stated_on", "id"], kind="stable")


def _line(claim: pd.Series, numbers: dict) -> ClaimLine:
    what = str(claim["measure"]).replace("_", " ")
    if _present(claim.get("count")):
        what += f": {int(claim['count']):,}"
        if _present(claim.get("count_low")) and _present(claim.get("count_high")):
            what += f" ({int(claim['count_low']):,}–{int(claim['count_high']):,})"
    if _present(claim.get("cause")):
        what += f" · cause: {claim['cause']}"
    credibility = ""
    if _present(claim.get("credibility")):
        value = int(claim["credibility"])
        credibility = f"{value} ({CREDIBILITY.get(value, 'unknown')})"
    key = (_text(claim.get("document_url")), _text(claim.get("document_title")))
    return ClaimLine(
        stated=format_stated(claim["stated_on"], claim["stated_precision"]),
        place=_clean(_text(claim.get("place"))),
        what=_clean(what),
        statement=_clean(_text(claim.get("statement"))),
        quote=_clean(_text(claim.get("quote"))),
        source=_clean(_text(claim["source"])),
        grade=_text(claim.get("source_reliability")),
        credibility=credibility,
        status=_text(claim.get("status")),
        voice=_text(claim["voice"]),
        citation=numbers[key],
    )


def _status(claims: pd.DataFrame) -> str:
    counts = claims["status"].value_counts()
    return ", ".join(f"{n} {status}" for status, n in counts.items()) + "."


def _corroboration(claims: pd.DataFrame) -> str:
    supported = claims["status"].isin(SUPPORTED).sum()
    sources = claims.groupby("voice")["source_id"].nunique()
    heard = "; ".join(f"{_side(voice)}: {n} source{'s' * (n != 1)}" for voice, n in sources.items())
    if supported:
        return f"{supported} of {len(claims)} claims corroborated or confirmed ({heard})."
    return f"None of the {len(claims)} claims is corroborated or confirmed ({heard})."


def _side(voice: str) -> str:
    return {"official": "official", "local": "local accounts"}.get(voice, voice)


def _event_caveats(claims: pd.DataFrame) -> tuple[str, ...]:
    caveats = []
    single, weak = [], []
    for voice in ("official", "local", "independent"):
        side = claims[claims["voice"] == voice]
        if side.empty:
            continue
        labels = side["source"].unique()
        if len(labels) == 1:
            single.append(f"{_side(voice)}: {labels[0]}")
        grades = set(side["source_reliability"].dropna())
        if grades and grades <= {"D", "E", "F"}:
            worded = ", ".join(f"{g} ({GRADES[g]})" for g in sorted(grades))
            weak.append(f"the {_side(voice)} side only on sources graded {worded}")
    if single:
        caveats.append(f"Single source — {'; '.join(single)}.")
    if weak:
        caveats.append(f"Weak sourcing: {'; '.join(weak)}.")
    if not claims["status"].isin(SUPPORTED).any():
        caveats.append(
            "Uncorroborated: no claim about this event has been corroborated by a second, "
            "independent source or confirmed."
        )
    contested = int((claims["status"] == "contested").sum())
    if contested:
        caveats.append(f"{contested} claim{'s are' if contested != 1 else ' is'} contested.")
    caveats += _official_contradictions(claims)
    return tuple(_clean(c) for c in caveats)


def _official_counts(claims: pd.DataFrame) -> pd.DataFrame:
    official = claims[(claims["voice"] == "official") & claims["count"].notna()]
    periods = zip(official["occurred_from"], official["occurred_to"], strict=True)
    return official.assign(
        count=pd.to_numeric(official["count"]),
        cause=official["cause"].fillna("").astype(str),
        period=[f"{start}/{end}" for start, end in periods],
    )


def _official_contradictions(claims: pd.DataFrame) -> list[str]:
    """Official figures that contradict themselves: the same measure, place, cause and
    period reported on the same date as different counts."""
    official = _official_counts(claims)
    found = []
    keys = ["measure", "stated_on", "stated_precision", "region_code", "cause", "period"]
    for (measure, stated_on, precision, region, *_), group in official.groupby(keys, sort=True):
        counts = sorted(set(int(c) for c in group["count"]))
        if len(counts) > 1:
            found.append(
                f"Official figures contradict themselves: {_words(measure)} in {region} "
                f"stated {format_stated(stated_on, precision)} for the same period given as "
                f"{', '.join(f'{c:,}' for c in counts)}."
            )
    return found[:5]


def _provinces_exceed_national(claims: pd.DataFrame) -> list[str]:
    """Official province figures that add up to more than the official national figure for
    the same measure, day and period (across events: each province is its own event)."""
    official = _official_counts(claims)
    daily = official[official["stated_precision"] == "day"]
    national = daily[daily["region_code"].str.len() == 2]
    found = []
    for (measure, stated_on, period, country), group in national.groupby(
        ["measure", "stated_on", "period", "region_code"], sort=True
    ):
        provinces = daily[
            (daily["measure"] == measure)
            & (daily["stated_on"] == stated_on)
            & (daily["period"] == period)
            & daily["region_code"].str.startswith(f"{country}-")
        ]
        total, whole = int(provinces["count"].sum()), int(group["count"].max())
        if len(provinces) and total > whole:
            found.append(
                f"Official figures contradict themselves: {_words(measure)} stated "
                f"{format_stated(stated_on, 'day')}: the provinces add up to {total:,}, "
                f"more than the national {whole:,}."
            )
    return found[:5]


def _general_caveats(claims: pd.DataFrame) -> tuple[str, ...]:
    caveats = [
        "Claims are what each source said, not established facts; grades (A–F) rate the "
        "source, credibility (1–6) the claim.",
    ]
    if (claims["stated_precision"] != "day").any():
        caveats.append(
            "Some claims are dated only to a month or a year; they are shown so, not as a day."
        )
    caveats += _provinces_exceed_national(claims)
    if claims["source_protected"].fillna(False).astype(bool).any():
        caveats.append(
            'Protected sources are named only by a neutral label ("Protected source #ID '
            '(region)"), to keep informants safe.'
        )
    if claims["synthetic"].fillna(False).astype(bool).any():
        caveats.append("Some claims are synthetic test data, not real reports.")
    return tuple(caveats)


def _sources(claims: pd.DataFrame) -> tuple[SourceLine, ...]:
    lines = []
    for _, group in claims.groupby("source_id", sort=False):
        first = group.iloc[0]
        grade = _text(first.get("source_reliability"))
        known = [int(v) for v in group["credibility"] if _present(v)]
        credibility = (
            ", ".join(f"{v} ({CREDIBILITY.get(v, 'unknown')})" for v in sorted(set(known)))
            if known
            else "not assessed"
        )
        lines.append(
            SourceLine(
                label=_clean(_text(first["source"])),
                voice=_text(first["voice"]),
                grade=f"{grade} ({GRADES.get(grade, 'unknown grade')})",
                claims=len(group),
                credibility=credibility,
            )
        )
    order = {"official": 0, "local": 1, "independent": 2}
    return tuple(sorted(lines, key=lambda s: (order.get(s.voice, 3), s.label)))


def _citations(claims: pd.DataFrame) -> tuple[tuple[Citation, ...], dict]:
    """Each document once, numbered in order of first claim; and (url, title) -> number."""
    documents = claims.drop_duplicates(["document_url", "document_title"])
    citations, numbers = [], {}
    for n, (_, d) in enumerate(documents.iterrows(), start=1):
        url, title = _text(d.get("document_url")), _text(d.get("document_title"))
        numbers[(url, title)] = n
        citations.append(
            Citation(
                number=n,
                publisher=_clean(_text(d.get("publisher"))),
                title=_clean(title),
                date=format_stated(d.get("published_on"), d.get("published_precision")),
                url=_clean(url),
            )
        )
    return tuple(citations), numbers


def _map(claims: pd.DataFrame, names: dict):
    counts = claims.groupby("region_code").size()
    values = pd.DataFrame(
        {
            "region_code": [str(c) for c in counts.index],
            "region_name": [str(names.get(c, c)) for c in counts.index],
            "value": [int(n) for n in counts],
        }
    )
    shown = values[values["region_code"].str.startswith(f"{MAP_COUNTRY}-")]
    if shown.empty:
        return charts.empty_figure(
            "The map shows North Korea's provinces; these claims are elsewhere "
            "(national figures or other countries)."
        )
    return charts.region_map(shown, charts.load_boundaries(), value_label="Claims in this brief")


def _words(code) -> str:
    return str(code).replace("_", " ")


def _present(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return not pd.isna(value)


def _text(value) -> str:
    return str(value) if _present(value) else ""


def _clean(text) -> str:
    return _CONTROL.sub("", str(text))
