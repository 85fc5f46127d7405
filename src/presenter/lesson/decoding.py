"""Turn a teacher's file into text: the encodings they really produce, or a clear refusal."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from presenter.lesson.limits import MAX_BYTES

__all__ = ["MAX_BYTES", "DecodeError", "Decoded", "decode_lesson_bytes"]

# Bytes that Windows-1252 leaves undefined: text containing them is not Windows-1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


class DecodeError(ValueError):
    """The bytes are not text the loader can read without guessing."""

    def __init__(self, message: str, line: int = 1) -> None:
        """Say what is wrong, and on which line when known."""
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and, when it was not plain UTF-8, a warning to pass on."""

    text: str
    encoding: str
    warning: str = ""
    warning_line: int = 1


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_lesson_bytes(data: bytes) -> Decoded:
    """Decode a lesson file's bytes; raise DecodeError rather than guess."""
    if len(data) > MAX_BYTES:
        raise DecodeError(
            f"the file is {len(data) / 1e6:.1f} MB; a lesson file must be under "
            f"{MAX_BYTES // (1024 * 1024)} MB (is this the right file?)"
        )
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8) :], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"the file says it is UTF-16 but is damaged near byte {exc.start}") from exc
        return _checked(Decoded(text, "utf-16"))
    if b"\x00" in data[:4096]:
        # UTF-16 without a byte-order mark puts a NUL beside every ASCII letter.
        head = data[:4096]
        if len(head) >= 4 and head[1::2].count(0) > 0.4 * len(head) / 2:
            return _checked(Decoded(_strict(data, "utf-16-le"), "utf-16-le"))
        if len(head) >= 4 and head[0::2].count(0) > 0.4 * len(head) / 2:
            return _checked(Decoded(_strict(data, "utf-16-be"), "utf-16-be"))
        raise DecodeError(
            f"the file holds binary data (a zero byte on line {_line_of(data, data.index(0))}); "
            "a lesson must be a plain text file"
        )
    return _utf8(data, "utf-8")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"the file looks like {encoding.upper()} but is damaged near byte {exc.start}",
            _line_of(data, exc.start),
        ) from exc


def _utf8(data: bytes, encoding: str) -> Decoded:
    try:
        return _checked(Decoded(data.decode("utf-8"), encoding))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    line = _line_of(data, first_bad)
    high = [b for b in data if b >= 0x80]
    letters = sum(1 for b in data if 0x41 <= (b | 0x20) <= 0x7A)
    # Windows-1252 from Word: a few accented letters or curly quotes in English text.
    # Text in another single-byte code page (Cyrillic, Greek…) has far more high bytes,
    # and decoding it as 1252 would give plausible-looking nonsense: refuse instead.
    if not _CP1252_UNDEFINED.intersection(high) and len(high) <= 0.3 * (len(high) + letters):
        text = data.decode("cp1252")
        return _checked(
            Decoded(
                text,
                "cp1252",
                "the file is not UTF-8; it was read as Windows-1252 (as Word saves it). "
                "Check the accented letters and quotes, then save it as UTF-8",
                line,
            )
        )
    raise DecodeError(
        f"the file is not UTF-8 (first bad byte on line {line}) and its encoding cannot be told "
        "for sure; open it in a text editor and save it as UTF-8",
        line,
    )


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 8 or "\x00" in text:
        first = next(i for i, ch in enumerate(text) if ord(ch) < 32 and ch not in "\t\n\r\f")
        raise DecodeError(
            f"the file holds binary data (control characters from line {text.count(chr(10), 0, first) + 1}); "
            "a lesson must be a plain text file",
            text.count("\n", 0, first) + 1,
        )
    return decoded
