"""The brief's formats, light to import (the command line's parser needs them at start)."""

from __future__ import annotations

FORMATS = ("docx", "pdf", "md", "html")
MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "md": "text/markdown",
    "html": "text/html",
}


def format_for(path: str | None, fmt: str | None) -> str | None:
    """The format asked for, else the one the file name ends with (.markdown is md)."""
    if fmt:
        return fmt
    suffix = path.rsplit(".", 1)[-1].lower() if path and "." in path else ""
    suffix = {"markdown": "md", "htm": "html"}.get(suffix, suffix)
    return suffix if suffix in FORMATS else None
