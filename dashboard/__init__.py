"""Parallax: official statements beside local accounts, over time and by region."""

__version__ = "0.1.0"
