"""Publish: web pages, JSON API and exports, all over the same query functions."""
