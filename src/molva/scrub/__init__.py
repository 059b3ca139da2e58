"""Scrub: remove personal data before anything is stored."""

from molva.scrub.identifiers import PLACEHOLDERS, luhn, scrub_shapes
from molva.scrub.names import NameFinder
from molva.scrub.scrubber import Scrubber, pseudonym, scrub_text

__all__ = ["PLACEHOLDERS", "NameFinder", "Scrubber", "luhn", "pseudonym", "scrub_shapes", "scrub_text"]
