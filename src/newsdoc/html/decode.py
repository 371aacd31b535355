"""From a page's bytes to text, and which encoding said so.

The order is a browser's, simplified: a byte-order mark; then the charset the
page declares in its first 4096 bytes (``<meta charset>``, ``<meta
http-equiv="Content-Type" content="...; charset=...">`` or an XML declaration),
when Python knows it and the bytes decode under it (unless they are also valid
UTF-8 holding non-ASCII bytes: multi-byte UTF-8 sequences are all but
impossible by chance, so such a declaration is wrong); then UTF-8; then the
fallback, windows-1252 (what browsers assume for an undeclared Western page),
where the five bytes it leaves undefined become U+FFFD. As in browsers,
``iso-8859-1`` and ``ascii`` are read as windows-1252, and a declared UTF-16 or
UTF-32 without a byte-order mark is ignored (the declaration was read as ASCII,
so it cannot be true).

A declaration that cannot be followed (a label Python does not know, a codec
that is no web charset such as ``hex``, ``rot13`` or ``undefined``, bytes that
do not decode under it) never fails the page: it is passed over for the next
step, and :func:`decode_page` says so in its ``warning``.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

__all__ = ["FALLBACK", "Decoded", "decode_page"]

FALLBACK = "windows-1252"
"""The encoding of the last resort: every byte decodes (five undefined ones to U+FFFD)."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PRESCAN = 4096
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_AS_WINDOWS_1252 = frozenset(("latin-1", "iso8859-1", "ascii", "cp1252"))
_WIDE = frozenset(("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"))
_NOT_WEB = frozenset(
    "undefined idna punycode unicode-escape raw-unicode-escape utf-7 charmap".split()
)  # Python's own codecs that decode text but are no charset a web page can mean


class Decoded(NamedTuple):
    """A page's text, the encoding it was read with, and why a declaration was passed over."""

    text: str
    encoding: str
    warning: str | None = None


def _declared(data: bytes) -> tuple[str | None, str | None]:
    """The Python name of the charset the page declares near its start (``None`` when it
    declares none that can be used), and the first label declared (``None`` when none)."""
    first: str | None = None
    for m in _DECLARED.finditer(data, 0, _PRESCAN):
        label = (m.group(1) or m.group(2)).decode("ascii").lower()
        first = first or label
        try:
            info = codecs.lookup(label)
        except LookupError:
            continue
        if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_WEB:
            continue  # hex, rot13, zlib, undefined ...: no text encoding of a page
        if info.name in _WIDE:
            return None, first
        return ("cp1252" if info.name in _AS_WINDOWS_1252 else info.name), first
    return None, first


def decode_page(data: bytes) -> Decoded:
    """Decode a page's bytes: the text, the name of the encoding used and, when the page
    declares a charset that was not used, a warning saying which and what was used."""
    for bom, bom_name in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(bom_name, errors="replace"), bom_name)
    name, label = _declared(data)
    utf8 = _utf8(data)
    if name is not None and name != "utf-8":
        try:
            text = data.decode(name)
        except (LookupError, ValueError):
            pass  # a wrong declaration: the bytes say otherwise
        else:
            if utf8 is None or data.isascii():
                return Decoded(text, _label(name))
    if utf8 is not None:
        return _passed_over(utf8, "utf-8", label, name)
    return _passed_over(data.decode("cp1252", errors="replace"), FALLBACK, label, name)


def _passed_over(text: str, used: str, label: str | None, name: str | None) -> Decoded:
    """The text read with ``used``, with a warning when the page declared something else."""
    if label is None or (name is not None and _label(name) == used):
        return Decoded(text, used)
    return Decoded(
        text,
        used,
        f"the page declares the charset {label!r}, which could not be used; it was read as {used}",
    )


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _label(name: str) -> str:
    return FALLBACK if name == "cp1252" else name
