"""The OpenAPI description of the JSON API."""

from __future__ import annotations

from typing import Any

from molva import __version__

NUM_OR_NULL = {"type": ["number", "null"]}
ESTIMATE = {
    "type": "object",
    "properties": {
        "crossing": {"type": "string"},
        "name": {"type": "string"},
        "direction": {"type": "string", "enum": ["exit", "entry"]},
        "wait_hours": NUM_OR_NULL,
        "low": NUM_OR_NULL,
        "high": NUM_OR_NULL,
        "as_of": {"type": ["string", "null"], "format": "date-time"},
        "reports": {"type": "integer"},
        "trend": {"type": ["string", "null"], "enum": ["rising", "falling", "steady", None]},
        "checks": {"type": "object", "additionalProperties": {"type": "number"}},
    },
    "required": ["crossing", "name", "direction", "wait_hours", "low", "high", "as_of",
                 "reports", "trend", "checks"],
}
ERROR = {
    "type": "object",
    "properties": {
        "ok": {"type": "boolean"},
        "error": {"type": "object", "properties": {"status": {"type": "integer"},
                                                   "message": {"type": "string"}}},
    },
}


def openapi() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Molva API", "version": __version__,
                 "description": "Border waits estimated from word of mouth."},
        "paths": {
            "/api/v1/board": {
                "get": {
                    "summary": "The board of border crossings at a time",
                    "parameters": [{
                        "name": "at", "in": "query", "required": False,
                        "schema": {"type": "string", "format": "date-time"},
                        "description": "ISO time; only evidence at or before it is used.",
                    }],
                    "responses": {
                        "200": {"description": "The board", "content": {"application/json": {
                            "schema": {"type": "object", "properties": {
                                "at": {"type": "string", "format": "date-time"},
                                "crossings": {"type": "array", "items": ESTIMATE}}}}}},
                        "400": {"description": "Bad parameter", "content": {
                            "application/json": {"schema": ERROR}}},
                    },
                }
            }
        },
    }
