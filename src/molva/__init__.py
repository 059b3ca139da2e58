"""Molva: turns crisis word of mouth into a board of border waits, incidents and rumours."""

__version__ = "0.1.0"
