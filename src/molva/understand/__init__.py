"""Understand: language, kind and facts of each message."""

from molva.understand.extract import Extractor
from molva.understand.gazetteer import Gazetteer

__all__ = ["Extractor", "Gazetteer"]
