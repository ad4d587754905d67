"""Bytes to text: refusing binary files and finding the encoding of the rest.

Order of attempts: a byte-order mark (UTF-8, UTF-16), strict UTF-8, then charset-normalizer,
with Windows-1252 preferred whenever it reads the bytes as cleanly as the best guess (see
``guess_legacy_encoding``). An error is raised
only when none of these works, and it tells the user which encoding option to pass. A file with
NUL bytes and no UTF-16 mark is refused as binary rather than decoded into noise.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from parley.errors import InputError, UsageError

__all__ = [
    "ENCODING_HINT", "SNIFF_BYTES", "check_encoding", "check_not_binary", "decode_bytes", "guess_legacy_encoding",
    "reading_codec", "sniff_encoding", "unknown_encoding",
]

#: How much of a streamed dump is read to choose its encoding and check it is text.
SNIFF_BYTES = 64 * 1024

ENCODING_HINT = (
    "pass the encoding explicitly (read_inputs(..., encoding='cp1252'); CLI: --encoding cp1252) "
    "or re-save the file as UTF-8"
)

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

#: C0 control bytes other than tab, newline, form feed, carriage return and escape: text in any
#: single-byte or UTF-8 encoding has almost none, compressed or executable data has many.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_MAX_CONTROL_SHARE = 0.05


def unknown_encoding(encoding: str) -> str:
    """The one message for an encoding name that is no text codec (every reader says it so)."""
    return f"unknown text encoding {encoding!r}; use a Python codec name such as cp1252, latin-1 or utf-16-le"


def check_encoding(encoding: str | None) -> None:
    """Refuse an encoding name that is not a text codec, once, before any file is read.

    Codecs such as base64, rot13, hex or zlib have names Python knows, but they turn bytes into
    bytes (or str into str), not bytes into text: decoding with them fails half-way.

    Raises:
        UsageError: no text codec has that name.
    """
    if encoding is None:
        return
    try:
        info = codecs.lookup(encoding)
    except LookupError as exc:
        raise UsageError(unknown_encoding(encoding)) from exc
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FOR_DOCUMENTS:
        raise UsageError(unknown_encoding(encoding))


#: Text codecs for host names, not documents: they fail on ordinary text with a bare UnicodeError.
_NOT_FOR_DOCUMENTS = frozenset({"idna", "punycode"})


def reading_codec(encoding: str) -> str:
    """The codec to decode with for a declared ``encoding``: UTF-8 reads as utf-8-sig.

    A byte-order mark is not text: kept, it would change the article's content id and make
    the JSON of a dump's first line invalid. Other names are returned as given.
    """
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return "utf-8-sig" if name == "utf-8" else encoding


def check_not_binary(sample: bytes, source: str | Path, *, encoding: str | None = None) -> None:
    """Refuse a file with NUL bytes or many control bytes (images, archives) unless marked UTF-16.

    With an ``encoding`` given, the characters it decodes to are checked instead of the raw
    bytes, so UTF-16 without a byte-order mark (every other byte NUL) is text when named.

    Raises:
        InputError: the sample looks binary.
    """
    if sample.startswith(_UTF16_BOMS):
        return
    if encoding is not None:
        try:
            sample = sample.decode(encoding, errors="replace").encode("utf-8", errors="replace")
        except LookupError as exc:
            raise InputError(source, unknown_encoding(encoding)) from exc
        except UnicodeError as exc:  # a codec that takes no error handler (idna, punycode)
            raise InputError(source, f"cannot be read as {encoding} ({exc}); {ENCODING_HINT}") from exc
    if b"\x00" in sample:
        reason = "it contains NUL bytes"
    elif len(sample.translate(None, _CONTROL_BYTES)) < len(sample) * (1 - _MAX_CONTROL_SHARE):
        reason = "it is mostly control bytes"
    else:
        return
    raise InputError(
        source,
        f"binary file ({reason}), not text; parley reads plain text, HTML, JSONL, CSV and RSS/Atom files",
    )


def sniff_encoding(sample: bytes, *, complete: bool) -> str | None:
    """The encoding of ``sample``, or ``None`` when nothing decodes it.

    Args:
        sample: the whole file, or its first bytes.
        complete: ``sample`` is the whole file, so a multi-byte character cut at its end is
            an error rather than the edge of the sample.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith(_UTF16_BOMS):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    return guess_legacy_encoding(sample)


#: The code page English news exports that are not UTF-8 are nearly always in (a superset of
#: Latin-1's printable characters).
_NEWS_CODE_PAGE = "cp1252"

#: Encodings whose ASCII text is half NUL bytes: a sample that reaches the guess has no NUL
#: byte and no byte-order mark, so these guesses are noise.
_WIDE_ENCODING_PREFIXES = ("utf_16", "utf_32")


def guess_legacy_encoding(sample: bytes) -> str | None:
    """The single-byte (or legacy multi-byte) encoding of a sample that is not UTF-8.

    charset-normalizer ranks the code pages that decode a short sample equally cleanly by
    language coherence, which on a paragraph of English is noise: "café" comes back as
    UTF-16-BE, "São Paulo ..." as Windows-1250 ("Săo"). So Windows-1252 is taken whenever it
    decodes the sample as cleanly as the best guess; otherwise the best guess stands (Cyrillic
    or CJK exports), never a UTF-16/32 one.
    """
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(sample) if not m.encoding.startswith(_WIDE_ENCODING_PREFIXES)]
    if not matches:
        return None
    cleanest = min(m.chaos for m in matches)
    if any(m.chaos <= cleanest and _NEWS_CODE_PAGE in m.could_be_from_charset for m in matches):
        return _NEWS_CODE_PAGE
    return str(matches[0].encoding)


def decode_bytes(data: bytes, source: str | Path, *, encoding: str | None = None) -> str:
    """Decode a whole file, detecting its encoding unless one is given.

    Raises:
        InputError: the bytes are binary, or no encoding (or not the one given) decodes them.
    """
    check_not_binary(data[:SNIFF_BYTES], source, encoding=encoding)
    chosen = encoding or sniff_encoding(data, complete=True)
    if chosen is None:
        raise InputError(source, f"cannot tell the text encoding (not UTF-8); {ENCODING_HINT}")
    try:
        return data.decode(reading_codec(chosen))
    except LookupError as exc:
        raise InputError(source, unknown_encoding(chosen)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid {chosen} (byte {exc.start} cannot be decoded); {ENCODING_HINT}") from exc
    except UnicodeError as exc:
        raise InputError(source, f"cannot be read as {chosen} ({exc}); {ENCODING_HINT}") from exc
