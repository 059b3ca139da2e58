"""Fuse: many noisy reports into estimates, incidents and claims."""

from molva.fuse.board import estimate_board, series

__all__ = ["estimate_board", "series"]
