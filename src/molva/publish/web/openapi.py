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
HISTORY = {
    "type": "object",
    "properties": {
        "crossing": {"type": "string"},
        "direction": {"type": "string", "enum": ["exit", "entry"]},
        "points": {"type": "array", "items": {"type": "object", "properties": {
            "at": {"type": "string", "format": "date-time"},
            "wait_hours": NUM_OR_NULL, "low": NUM_OR_NULL, "high": NUM_OR_NULL,
            "reports": {"type": "integer"},
            "trend": {"type": ["string", "null"]}}}},
    },
    "required": ["crossing", "direction", "points"],
}
ERROR = {
    "type": "object",
    "properties": {
        "ok": {"type": "boolean", "const": False},
        "error": {"type": "object", "properties": {"status": {"type": "integer"},
                                                   "message": {"type": "string"}},
                  "required": ["status", "message"]},
    },
    "required": ["ok", "error"],
}
STR_OR_NULL = {"type": ["string", "null"]}
INT_OR_NULL = {"type": ["integer", "null"]}
TIME = {"type": "string", "format": "date-time"}
INCIDENT = {
    "type": "object",
    "properties": {
        "id": {"type": "string"}, "incident_type": STR_OR_NULL, "city": STR_OR_NULL,
        "place_type": STR_OR_NULL,
        "precision": {"type": "string", "enum": ["country", "region", "city", "place"]},
        "first_seen": TIME, "last_seen": TIME, "count_low": INT_OR_NULL, "count_high": INT_OR_NULL,
        "reports": {"type": "integer"}, "independent": {"type": "integer"}, "sources": {"type": "integer"},
        "corroboration": {"type": "number", "minimum": 0, "maximum": 1},
    },
    "required": ["id", "incident_type", "city", "precision", "first_seen", "last_seen", "count_low",
                 "count_high", "reports", "independent", "sources", "corroboration"],
}
VERDICT = {"type": "object", "properties": {"status": {"type": "string"}, "evidence": STR_OR_NULL}}
CLAIM = {
    "type": "object",
    "properties": {
        "id": {"type": "string"}, "statement": {"type": "string"},
        "status": {"type": "string", "enum": ["unverified", "confirmed", "denied"]},
        "evidence": STR_OR_NULL, "first_seen": TIME, "last_seen": TIME,
        "messages": {"type": "integer"}, "asked": {"type": "integer"}, "sources": {"type": "integer"},
        "variants": {"type": "array", "items": {"type": "string"}},
        "history": {"type": "array", "items": VERDICT},
    },
    "required": ["id", "statement", "status", "evidence", "first_seen", "messages", "sources", "history"],
}


def openapi() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Molva API", "version": __version__,
                 "description": "Border waits estimated from word of mouth."},
        "paths": {
            "/api/v1/crossings/{crossing}/history": {
                "get": {
                    "summary": "One crossing's estimate every hour, each from what was said by then",
                    "parameters": [
                        {"name": "crossing", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "direction", "in": "query", "required": False,
                         "schema": {"type": "string", "enum": ["exit", "entry"]}},
                        {"name": "from", "in": "query", "required": False,
                         "schema": {"type": "string", "format": "date-time"}},
                        {"name": "to", "in": "query", "required": False,
                         "schema": {"type": "string", "format": "date-time"}},
                    ],
                    "responses": {
                        "200": {"description": "The history", "content": {"application/json": {
                            "schema": HISTORY}}},
                        "400": {"description": "Bad parameter", "content": {
                            "application/json": {"schema": ERROR}}},
                        "404": {"description": "No such crossing", "content": {
                            "application/json": {"schema": ERROR}}},
                    },
                }
            },
            "/api/v1/incidents": {
                "get": {
                    "summary": "Incidents: reports of the same event merged, with corroboration",
                    "parameters": [
                        {"name": n, "in": "query", "required": False, "schema": sch}
                        for n, sch in (
                            ("type", {"type": "string",
                                      "enum": ["draft_notice", "detention", "raid", "protest"]}),
                            ("city", {"type": "string"}),
                            ("from", {"type": "string", "format": "date-time"}),
                            ("to", {"type": "string", "format": "date-time"}),
                        )
                    ],
                    "responses": {
                        "200": {"description": "The incidents", "content": {"application/json": {
                            "schema": {"type": "object", "properties": {
                                "incidents": {"type": "array", "items": INCIDENT}},
                                "required": ["incidents"]}}}},
                        "400": {"description": "Bad parameter", "content": {
                            "application/json": {"schema": ERROR}}},
                    },
                }
            },
            "/api/v1/rumours": {
                "get": {
                    "summary": "Rumours: claims with status, evidence, first seen and spread",
                    "parameters": [
                        {"name": "status", "in": "query", "required": False,
                         "schema": {"type": "string", "enum": ["unverified", "confirmed", "denied"]}},
                        {"name": "to", "in": "query", "required": False,
                         "schema": {"type": "string", "format": "date-time"}},
                    ],
                    "responses": {
                        "200": {"description": "The claims", "content": {"application/json": {
                            "schema": {"type": "object", "properties": {
                                "rumours": {"type": "array", "items": CLAIM}}, "required": ["rumours"]}}}},
                        "400": {"description": "Bad parameter", "content": {
                            "application/json": {"schema": ERROR}}},
                    },
                }
            },
            "/api/v1/export/{file}": {
                "get": {
                    "summary": "Published data: reports, incidents or board as .csv, .geojson or .hxl.csv",
                    "parameters": [
                        {"name": "file", "in": "path", "required": True, "schema": {
                            "type": "string", "enum": [f"{k}.{f}" for k in ("reports", "incidents", "board")
                                                       for f in ("csv", "geojson", "hxl.csv")]}},
                        {"name": "at", "in": "query", "required": False,
                         "schema": {"type": "string", "format": "date-time"}},
                    ],
                    "responses": {
                        "200": {"description": "The file", "content": {
                            "text/csv": {"schema": {"type": "string"}},
                            "application/geo+json": {"schema": {"type": "object"}}}},
                        "400": {"description": "Bad parameter", "content": {
                            "application/json": {"schema": ERROR}}},
                        "404": {"description": "No such file", "content": {
                            "application/json": {"schema": ERROR}}},
                    },
                }
            },
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
                                "crossings": {"type": "array", "items": ESTIMATE}},
                                "required": ["at", "crossings"]}}}},
                        "400": {"description": "Bad parameter", "content": {
                            "application/json": {"schema": ERROR}}},
                    },
                }
            }
        },
    }
