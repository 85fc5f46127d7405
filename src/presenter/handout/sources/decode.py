"""Turn a handout's bytes into text: the encodings teachers' files really come in."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from presenter.handout.errors import ImportFailed

MAX_BYTES = 20 * 1024 * 1024

# Bytes that Windows-1252 leaves undefined: a file holding them is not Windows-1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# Invisible characters that web pages and Word leave in copied text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"), " ")
# Formats that are not text, with what to do about them.
_NOT_TEXT = (
    (b"%PDF-", "this is a PDF file; copy its text into a .txt file (or save it from Word as .docx) and import that"),
    (b"\xd0\xcf\x11\xe0", "this is an old Word .doc file; open it in Word or LibreOffice and save it as .docx"),
    (b"{\\rtf", "this is an RTF file; save it as .docx or .txt and import that"),
    (b"PK\x03\x04", "this is a zip-based file; only .docx files of that kind can be imported"),
)


@dataclass(frozen=True, slots=True)
class DecodedText:
    """The handout's text, the encoding it was read with, and a warning when that was a guess."""

    text: str
    encoding: str
    warning: str = ""


def decode_handout_bytes(data: bytes) -> DecodedText:
    """Decode a text handout in UTF-8/16/32 (with or without a mark), Windows-1252 or Latin-1."""
    if len(data) > MAX_BYTES:
        raise ImportFailed(f"the file is {len(data) / 1e6:.1f} MB; a handout must be under {MAX_BYTES // 2**20} MB")
    for magic, message in _NOT_TEXT:
        if data.startswith(magic):
            raise ImportFailed(message)
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(DecodedText(data.decode(encoding), encoding))
            except UnicodeDecodeError as exc:
                raise ImportFailed(f"the file says it is {encoding.upper()} but is damaged near byte {exc.start}") from exc
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without a byte-order mark puts a zero byte beside every ASCII letter.
        half = len(head) / 2
        for zeros, encoding in ((head[1::2].count(0), "utf-16-le"), (head[0::2].count(0), "utf-16-be")):
            if len(head) >= 4 and zeros > 0.4 * half:
                try:
                    return _checked(DecodedText(data.decode(encoding), encoding))
                except UnicodeDecodeError:
                    break
        raise ImportFailed("the file holds binary data, not text; is it the right file?")
    try:
        return _checked(DecodedText(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    if not _CP1252_UNDEFINED.intersection(data):
        # Word's "plain text" and old Windows tools: curly quotes and dashes as single bytes.
        return _checked(DecodedText(data.decode("cp1252"), "cp1252",
                                    "the file is not UTF-8; it was read as Windows-1252: check accented letters"))
    return _checked(DecodedText(data.decode("latin-1"), "latin-1",
                                "the file is not UTF-8; it was read as Latin-1: check accented letters"))


def _checked(decoded: DecodedText) -> DecodedText:
    sample = decoded.text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(sample) // 100):
        raise ImportFailed("the file holds binary data, not text; is it the right file?")
    return decoded


def normalize_text(text: str) -> str:
    """Unify line ends, spaces and invisible characters; keep tabs, which separate table cells."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_INVISIBLE).translate(_SPACES)
    # Other control characters would only confuse the line rules (and the lesson file).
    return "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32 and not 0x7F <= ord(ch) < 0xA0)
