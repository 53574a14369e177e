"""Claims: a count or a cause of a measure, or a restriction, with its voice, place and date.

Text is cut into sentences and each sentence into segments at contrast words ("..., but
rumours are circulating that ..."), so one sentence can hold an official and a local claim.
A claim takes the voice of the attribution in its segment (then its sentence, then the last
one before it in the text: a report keeps quoting its source until it names another).
A cause stated without a count ("the patients died from tuberculosis") takes the count of the
same measure stated just before it ("deaths of eight patients").
"""

from __future__ import annotations

import bisect
import re

from dashboard.causes import normalise_cause
from dashboard.extract.counts import _MEASURE_RE, extract_counts
from dashboard.extract.voice import best_attribution, find_attributions

_ABBREVIATIONS = "".join(
    rf"(?<!\b{a}\.)"
    for a in "Mr Ms Dr St No Mrs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Gen Col".split()
)
_SENTENCE_END = re.compile(
    rf"[.!?]{_ABBREVIATIONS}(?<!\b[A-Z]\.)[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\uac00-\ud7a3])|\n\s*"
)
_SEGMENT_BREAK = re.compile(
    r",?\s+but\s+|;\s+|,?\s+while\s+|,?\s+whereas\s+|,?\s+although\s+|,\s+however,?\s+"
    r"|\s+because\s+",
    re.IGNORECASE,
)
CAUSE_TERMS = (
    r"COVID(?:-?19)?|Covid(?:-?19)?|(?:novel )?coronavirus|SARS-CoV-2|Omicron|Delta variant"
    r"|(?:pulmonary )?tuberculosis|\bTB\b|acute pneumonia|pneumonia|paratyphoid(?: fever)?"
    r"|typhoid(?: fever)?|(?:seasonal )?influenza|(?:seasonal |bird |avian )?flu\b|measles"
    r"|cholera|malnutrition|starvation|malaria|typhus|dysentery|hepatitis(?: [A-E]\b)?"
    r"|Ebola|mpox|monkeypox|dengue(?: fever)?|anthrax|diphtheria|polio|scarlet fever"
    r"|acute enteric (?:disease|infection)s?|intestinal (?:disease|infection|epidemic)s?"
    r"|common cold|African swine fever|foot-and-mouth disease|excess mortality"
)
_CAUSE_RE = re.compile(rf"(?<![\w-])(?:{CAUSE_TERMS})(?![\w-])", re.IGNORECASE)
_CASE_SENSITIVE_TB = re.compile(r"\btb\b")
_RESTRICTION_RE = re.compile(
    r"\b(?:lock(?:ed)?[- ]?downs?|curfews?|ban(?:s|ned|ning)?|closures?|closed|shut(?:\s+down)?"
    r"|sealed off|suspended|prohibit\w*|forbid\w*|barred|(?:travel|movement) restrictions?"
    r"|restrict\w*|limit (?:funeral|gatherings|movement)\w*|not to hold)\b",
    re.IGNORECASE,
)
DEATH_WORDS = re.compile(r"\b(?:died|dying|die|dead|deaths?|killed|succumbed|perished)\b", re.I)
INHERIT_WINDOW = 1500  # characters back to look for the count a cause refers to


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding white space."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    for m in _SEGMENT_BREAK.finditer(text, start, end):
        cuts.append(m.start())
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _causes(text: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """(normalised, written, position) of cause mentions."""
    out = []
    for m in _CAUSE_RE.finditer(text, start, end):
        written = m.group()
        if _CASE_SENSITIVE_TB.fullmatch(written):
            continue
        out.append((normalise_cause(written) or written, written, m.start()))
    return out


def _nearest(items: list[dict], position: int, lo: int, hi: int) -> dict | None:
    inside = [i for i in items if lo <= i["start"] < hi]
    if not inside:
        return None
    return min(inside, key=lambda i: abs(i["start"] - position))


def _last_before(items: list[dict], position: int) -> dict | None:
    starts = [i["start"] for i in items]
    index = bisect.bisect_left(starts, position)
    return items[index - 1] if index else None


def build_claims(text: str, places: list[dict], dates: list[dict]) -> list[dict]:
    date_spans = [(d["start"], d["end"]) for d in dates]
    counts = extract_counts(text, date_spans)
    attributions = find_attributions(text)
    claims: list[dict] = []
    for s_start, s_end in sentences(text):
        sentence_attr = [a for a in attributions if s_start <= a["start"] < s_end]
        for g_start, g_end in _segments(text, s_start, s_end):
            seg_counts = [c for c in counts if g_start <= c["start"] < g_end]
            seg_causes = _causes(text, g_start, g_end)
            found: list[tuple[str, int | float | None, dict | None, int]] = []
            for c in seg_counts:
                found.append((c["measure"], c["count"], c, c["start"]))
            if seg_causes and not seg_counts:
                measure_hit = _MEASURE_RE.search(text, g_start, g_end)
                death = DEATH_WORDS.search(text, g_start, g_end)
                if death or measure_hit:
                    measure = "deaths" if death else measure_hit.lastgroup
                    position = (death or measure_hit).start()
                    lowest = position - INHERIT_WINDOW
                    earlier = [
                        c
                        for c in counts
                        if c["measure"] == measure and lowest < c["start"] < g_start
                    ]
                    source = earlier[-1] if earlier else None
                    found.append((measure, source["count"] if source else None, source, position))
            restriction = _RESTRICTION_RE.search(text, g_start, g_end)
            if restriction:
                found.append(("restriction", None, None, restriction.start()))
            for measure, count, count_info, position in found:
                segment_attr = [a for a in sentence_attr if g_start <= a["start"] < g_end]
                attribution = (
                    best_attribution([a for a in segment_attr if a["speaks"]], position)
                    or best_attribution([a for a in sentence_attr if a["speaks"]], position)
                    or best_attribution(segment_attr, position)
                    or best_attribution(sentence_attr, position)
                    or _last_before([a for a in attributions if a["speaks"]], g_start)
                )
                cause = None
                if measure != "restriction":
                    cause = min(seg_causes, key=lambda c: abs(c[2] - position), default=None)
                place = _nearest(places, position, s_start, s_end) or _last_before(places, s_start)
                when = _nearest(dates, position, s_start, s_end)
                claims.append(
                    {
                        "voice": attribution["voice"] if attribution else None,
                        "attributed_to": attribution["text"] if attribution else None,
                        "measure": measure,
                        "count": count,
                        "count_low": count_info["count_low"] if count_info else None,
                        "count_high": count_info["count_high"] if count_info else None,
                        "cause": cause[0] if cause else None,
                        "cause_text": cause[1] if cause else None,
                        "region": place["region"] if place else None,
                        "country": place["country"] if place else None,
                        "place": place["name"] if place and place["name"] else None,
                        "date": when["date"] if when else None,
                        "quote": text[s_start:s_end],
                        "start": s_start,
                        "end": s_end,
                    }
                )
    return claims
