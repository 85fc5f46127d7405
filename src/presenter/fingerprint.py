"""Short fingerprints of bytes, for the names of the parsed-lesson cache's files.

zlib's CRC-32 and Adler-32 together (64 bits, with the length) rather than hashlib: hashlib
loads OpenSSL, about 2.5 ms of the app's start-up (the cache is read before the first slide is
painted), and these names need no protection against a forger, only against accidents. CRC-32 changes for every edit confined to 32 consecutive bits,
and two different files share all three parts about once in 2**64 pairs.
"""

from __future__ import annotations

import zlib


def fingerprint(data: bytes) -> str:
    """A short hex name for `data`: its length, CRC-32 and Adler-32."""
    return f"{len(data):x}-{zlib.crc32(data):08x}{zlib.adler32(data):08x}"
