"""Who may see a protected source's identity. Applied inside the store, never in pages."""

from __future__ import annotations

import re

import pandas as pd

ROLES = ("viewer", "editor")
_LABEL = re.compile(r"^Protected source #(\d+)(?: \([^()]*\))?$")


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f'unknown role "{role}"; use one of: {", ".join(ROLES)}')
    return role


def protected_label(source_id: int, region_name: str | None) -> str:
    """Neutral, stable label: tells a reader a source exists and where, never who."""
    return f"Protected source #{source_id}" + (f" ({region_name})" if region_name else "")


def label_source_id(name: str) -> int | None:
    """The source id inside a neutral label, so an export re-imports onto the same source."""
    match = _LABEL.match(name.strip())
    return int(match.group(1)) if match else None


def shield(frame: pd.DataFrame, role: str, prefix: str = "source") -> pd.DataFrame:
    """Replace protected sources' names and notes by the neutral label for non-editors.

    Expects columns `{prefix}_id`, `{prefix}`, `{prefix}_protected`, `{prefix}_region_name`
    and optionally `{prefix}_notes`.
    """
    if role == "editor" or frame.empty:
        return frame
    protected = frame[f"{prefix}_protected"].fillna(False).astype(bool)
    if not protected.any():
        return frame
    frame = frame.copy()
    labels = [
        protected_label(int(sid), region if isinstance(region, str) else None)
        for sid, region in zip(
            frame.loc[protected, f"{prefix}_id"],
            frame.loc[protected, f"{prefix}_region_name"],
            strict=True,
        )
    ]
    frame[prefix] = frame[prefix].astype(object)
    frame.loc[protected, prefix] = labels
    if f"{prefix}_notes" in frame.columns:
        frame[f"{prefix}_notes"] = frame[f"{prefix}_notes"].astype(object)
        frame.loc[protected, f"{prefix}_notes"] = None
    return frame
