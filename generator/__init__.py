"""Explainer site generator for Korean news: articles in, annotated static site out."""
from .config import VERSION as __version__  # noqa: F401
