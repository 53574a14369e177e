"""Spreadsheet formula injection: how a CSV export neutralises it and import reverses it.

A spreadsheet that opens a CSV runs any cell that starts with `=`, `+`, `-` or `@` as a
formula (`=HYPERLINK(...)`, `@SUM(A1)`), and OWASP adds tab and carriage return. Claims
come from articles and from whoever files them, so a statement may start with any of
these. The rule, both ways (see docs/decisions.md, "Exports"):

- **Export (CSV only, text columns only):** a value that starts with `=` `+` `-` `@`,
  tab, carriage return **or a single quote `'`** gets one `'` in front. A spreadsheet
  shows such a cell as text. Quoting values that already start with `'` is what makes
  the rule reversible: `'=x` (written by a person) becomes `''=x`, never `'=x`.
- **Import (CSV only, the same columns):** a value that starts with `'` followed by one of
  `=` `+` `-` `@` tab, carriage return or `'` loses exactly that first `'`. Nothing else
  is touched, so `'tis` and `- 8 deaths` (exported as `'- 8 deaths`) come back as they were.

Dates, counts, credibility, `synthetic` and the fixed vocabularies (voice, measure,
status, grade) are never quoted: their values cannot start with a trigger character, and
quoting them would break typed reading of the file.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.store import INTERCHANGE_COLUMNS

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_NOT_TEXT = (
    "stated_on",
    "published_on",
    "occurred_from",
    "occurred_to",
    "count",
    "count_low",
    "count_high",
    "credibility",
    "synthetic",
)
# Free text a person or an article wrote (claim_id may be given by whoever filed the claim).
QUOTED_COLUMNS = tuple(c for c in INTERCHANGE_COLUMNS if c not in _NOT_TEXT)

_NEEDS_QUOTE = "^['=+\\-@\\t\\r]"
_QUOTED = "^'['=+\\-@\\t\\r]"


def needs_quote(value: str) -> bool:
    return value[:1] in TRIGGERS or value[:1] == QUOTE


def quote_value(value: str) -> str:
    return QUOTE + value if needs_quote(value) else value


def unquote_value(value: str) -> str:
    if value[:1] == QUOTE and (value[1:2] in TRIGGERS or value[1:2] == QUOTE):
        return value[1:]
    return value


def unquote_formulas(values: pd.Series) -> pd.Series:
    """The import side: exactly one leading `'` goes, and only before a trigger or `'`."""
    mask = values.str.match(_QUOTED).fillna(False).astype(bool)
    if not mask.any():
        return values
    return values.where(~mask, values.str.slice(1))


def quote_table(table: pa.Table) -> pa.Table:
    """The export side: an Arrow table of strings with its text columns neutralised."""
    for name in QUOTED_COLUMNS:
        if name not in table.column_names:
            continue
        values = table.column(name)
        mask = pc.fill_null(pc.match_substring_regex(values, _NEEDS_QUOTE), False)
        if not pc.any(mask).as_py():
            continue
        quoted = pc.if_else(mask, pc.binary_join_element_wise(QUOTE, values, ""), values)
        table = table.set_column(table.schema.get_field_index(name), name, quoted)
    return table
