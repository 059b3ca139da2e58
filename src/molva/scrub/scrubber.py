"""Remove identifiers from text and replace authors with keyed pseudonyms.

The text keeps the fact ("a phone was checked", "стоим 14 часов"), never the identifier:
contacts, documents, cards, devices and plates (`identifiers.py`) and personal names
(`names.py`) become typed placeholders such as `[телефон]` and `[имя]`.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, replace

from molva.records import Message, RawMessage, Source
from molva.scrub.identifiers import PLACEHOLDERS, scrub_shapes
from molva.scrub.names import NameFinder, replace_names


def scrub_text(text: str, names: NameFinder | None = None) -> str:
    """Text with identifiers replaced by placeholders. Scrubbing twice equals once."""
    text = scrub_shapes(text)
    if names is not None:
        text = replace_names(text, names, PLACEHOLDERS["name"])
    return text


def pseudonym(secret: bytes, source_kind: str, author: str) -> str:
    """A keyed pseudonym: the same author gets the same value; nobody can reverse it."""
    mac = hmac.new(secret, f"{source_kind}\x00{author}".encode(), hashlib.sha256)
    return mac.hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Scrubber:
    """Built once with the deployment secret and a name finder; turns raw messages into
    storable ones. `keep_text=False` stores facts only: the message text is dropped."""

    secret: bytes
    names: NameFinder | None = None
    keep_text: bool = True

    def __repr__(self) -> str:
        return "Scrubber(secret=***)"

    def text(self, text: str) -> str:
        return scrub_text(text, self.names)

    def source(self, source: Source) -> Source:
        """The source with its title scrubbed (a private chat is titled with a person's name)."""
        return replace(source, title=self.text(source.title)) if source.title else source

    def __call__(self, raw: RawMessage) -> Message:
        author = None
        if raw.author is not None:
            author = pseudonym(self.secret, raw.source.kind, raw.author.reveal())
        return Message(
            source=raw.source.key,
            msg_id=raw.msg_id,
            ts=raw.ts,
            text=self.text(raw.text.reveal()),
            author=author,
            edited_ts=raw.edited_ts,
            chat=self.text(raw.source.title) if raw.source.title else None,
        )
