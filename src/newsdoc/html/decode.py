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
"""

from __future__ import annotations

import codecs
import re

__all__ = ["FALLBACK", "decode_page"]

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


def _declared(data: bytes) -> str | None:
    """The Python name of the charset the page declares near its start, or ``None``."""
    for m in _DECLARED.finditer(data, 0, _PRESCAN):
        label = (m.group(1) or m.group(2)).decode("ascii").lower()
        try:
            name = codecs.lookup(label).name
        except LookupError:
            continue
        if name in _WIDE:
            return None
        return "cp1252" if name in _AS_WINDOWS_1252 else name
    return None


def decode_page(data: bytes) -> tuple[str, str]:
    """Decode a page's bytes; return the text and the name of the encoding used."""
    for bom, bom_name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_name, errors="replace"), bom_name
    name = _declared(data)
    utf8 = _utf8(data)
    if name is not None and name != "utf-8":
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            pass  # a wrong declaration: the bytes say otherwise
        else:
            if utf8 is None or data.isascii():
                return text, _label(name)
    if utf8 is not None:
        return utf8, "utf-8"
    return data.decode("cp1252", errors="replace"), FALLBACK


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _label(name: str) -> str:
    return FALLBACK if name == "cp1252" else name
