"""Claims interchange: read, check, import and export claims files (CSV, JSON lines, Excel)."""
