"""Decoding text files: UTF-8 (with or without BOM), else cp1251, else a clear error."""

from __future__ import annotations

from pathlib import Path

from etl.sources.common import SourceError


def decode_bytes(raw: bytes, where: str) -> tuple[str, str]:
    """(text, encoding name) for the bytes of one file.

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
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1251", errors="replace")
    cyr = sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    if "\ufffd" in text or not letters or cyr / letters < 0.5:
        raise SourceError(f"{where}: not valid UTF-8 and does not look like cp1251 Russian text")
    return text, "cp1251"


def decode_file(path: Path) -> tuple[str, str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from exc
    return decode_bytes(raw, str(path))
