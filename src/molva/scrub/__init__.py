"""Scrub: remove personal data before anything is stored."""

from molva.scrub.scrubber import Scrubber, pseudonym, scrub_text

__all__ = ["Scrubber", "pseudonym", "scrub_text"]
