"""Ingestion: every kind of input becomes the same `DocumentRecord` (see record.py).

Pure of Streamlit and of the database: the CLI and the app call these and hand the records
to the store, which keeps a document once by its content hash.
"""

from dashboard.ingest.adapters import (
    ADAPTERS,
    from_file,
    from_folder,
    from_text,
    from_url,
    ingest,
    pick_adapter,
)
from dashboard.ingest.feeds import FeedItem, load_seen, read_feed, save_seen
from dashboard.ingest.record import DocumentRecord, IngestProblem, IngestRun, content_hash

__all__ = [
    "ADAPTERS",
    "DocumentRecord",
    "FeedItem",
    "IngestProblem",
    "IngestRun",
    "content_hash",
    "from_file",
    "from_folder",
    "from_text",
    "from_url",
    "ingest",
    "load_seen",
    "pick_adapter",
    "read_feed",
    "save_seen",
]
