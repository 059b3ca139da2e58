"""Remove identifiers from text and replace authors with keyed pseudonyms.

The text keeps the fact ("a phone was checked"), never the identifier: phone numbers,
e-mail addresses, @usernames, profile links and card numbers become placeholders.
The full reporter-safety issue extends the list (names, documents, plates).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

import phonenumbers
import regex

from molva.records import Message, RawMessage

EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", regex.UNICODE)
PROFILE_LINK = regex.compile(
    r"(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|vk\.com|instagram\.com|facebook\.com|fb\.com"
    r"|twitter\.com|x\.com|ok\.ru|tiktok\.com)/[\w.@/+-]+",
    regex.IGNORECASE,
)
USERNAME = regex.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}\b")
# A run of digits with separators long enough to be a phone or card number.
LONG_NUMBER = regex.compile(r"(?<![\w])\+?\d(?:[\s\-().]{0,2}\d){8,18}(?![\w])")
CARD = regex.compile(r"^\d{13,19}$")

PLACEHOLDERS = {"phone": "[phone]", "email": "[email]", "user": "[username]", "link": "[link]",
                "card": "[card]"}


def _replace_numbers(text: str) -> str:
    def sub(m: regex.Match[str]) -> str:
        raw = m.group(0)
        digits = regex.sub(r"\D", "", raw)
        if CARD.match(digits) and len(digits) >= 13 and not raw.startswith("+"):
            return PLACEHOLDERS["card"]
        if len(digits) >= 10 or raw.startswith("+"):
            return PLACEHOLDERS["phone"]
        # 9 digits: a phone only if phonenumbers agrees (Russia as the default region).
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(raw, "RU")):
                return PLACEHOLDERS["phone"]
        except phonenumbers.NumberParseException:
            pass
        return raw

    return LONG_NUMBER.sub(sub, text)


def scrub_text(text: str) -> str:
    """Text with identifiers replaced by placeholders. Scrubbing twice equals once."""
    if "@" in text:
        text = EMAIL.sub(PLACEHOLDERS["email"], text)
    if "/" in text:
        text = PROFILE_LINK.sub(PLACEHOLDERS["link"], text)
    if "@" in text:
        text = USERNAME.sub(PLACEHOLDERS["user"], text)
    return _replace_numbers(text)


def pseudonym(secret: bytes, source_kind: str, author: str) -> str:
    """A keyed pseudonym: the same author gets the same value; nobody can reverse it."""
    mac = hmac.new(secret, f"{source_kind}\x00{author}".encode(), hashlib.sha256)
    return mac.hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Scrubber:
    """Built once with the deployment secret; turns raw messages into storable ones."""

    secret: bytes

    def __repr__(self) -> str:
        return "Scrubber(secret=***)"

    def __call__(self, raw: RawMessage) -> Message:
        author = None
        if raw.author is not None:
            author = pseudonym(self.secret, raw.source.kind, raw.author.reveal())
        return Message(
            source=raw.source.key,
            msg_id=raw.msg_id,
            ts=raw.ts,
            text=scrub_text(raw.text),
            author=author,
            edited_ts=raw.edited_ts,
            chat=raw.source.title,
        )
