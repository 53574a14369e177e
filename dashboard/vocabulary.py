"""The closed word lists of DESIGN.md: voices, measures, statuses, grades, date precisions."""

VOICES = ("official", "local", "independent")
MEASURES = (
    "deaths",
    "cases",
    "suspected_cases",
    "quarantined",
    "hospitalized",
    "recovered",
    "tested",
    "arrests",
    "restriction",
    "other",
)
STATUSES = ("unverified", "corroborated", "contested", "confirmed", "refuted")
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
PRECISIONS = ("day", "month", "year")
