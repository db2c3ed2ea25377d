"""Decoding text files: UTF-8 (with or without BOM), else cp1251, else a clear error."""

from __future__ import annotations

import re
from pathlib import Path

from etl.sources.common import SourceError, check_size

UTF8_CYRILLIC = re.compile(rb"[\xd0\xd1][\x80-\xbf]")
HIGH_BYTE = re.compile(rb"[\x80-\xff]")
TAG = re.compile(r"<[^>]*>|&\w+;")


def _looks_like_broken_utf8(raw: bytes) -> bool:
    """UTF-8 Cyrillic with a few bad bytes, which cp1251 would turn into mojibake (РўРѕРІ...)."""
    high = len(HIGH_BYTE.findall(raw))
    return high > 0 and 2 * len(UTF8_CYRILLIC.findall(raw)) > 0.6 * high


def _is_russian(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    cyr = sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in letters)
    return bool(letters) and cyr / len(letters) >= 0.5


def decode_bytes(raw: bytes, where: str, markup: bool = False) -> tuple[str, str]:
    """(text, encoding name) for the bytes of one file; `markup` ignores tags when guessing.

    >>> decode_bytes("Минск".encode("cp1251"), "x")
    ('Минск', 'cp1251')
    >>> decode_bytes(b"\\xef\\xbb\\xbfMinsk", "x")
    ('Minsk', 'utf-8-sig')
    """
    if not raw.strip():
        raise SourceError(f"{where}: file is empty")
    if b"\x00" in raw[:4096]:
        raise SourceError(f"{where}: binary file (NUL bytes), not text")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise SourceError(f"{where}: starts with a UTF-8 BOM but byte {exc.start + 3} is not UTF-8") from exc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _looks_like_broken_utf8(raw):
        raise SourceError(f"{where}: invalid UTF-8 at byte {bad} (the rest looks like UTF-8); fix or re-save the file")
    text = raw.decode("cp1251", errors="replace")
    sample = TAG.sub(" ", text) if markup else text
    if "\ufffd" in text or not _is_russian(sample):
        raise SourceError(f"{where}: invalid UTF-8 at byte {bad} and not cp1251 Russian text; "
                          "save it as UTF-8 or cp1251")
    return text, "cp1251"


def decode_file(path: Path, markup: bool = False) -> tuple[str, str]:
    check_size(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from exc
    return decode_bytes(raw, str(path), markup)
