"""Fuse: many noisy reports into estimates, incidents and claims."""

from molva.fuse.board import estimate_board

__all__ = ["estimate_board"]
