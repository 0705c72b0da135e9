"""Turn raw bytes into clean Unicode text: decoding, mojibake repair, control characters."""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy

from briefing.errors import BriefingError

# Characters GBK/GB18030 decodes UTF-8 lead bytes into: CJK ideographs and fullwidth forms.
_CJK_RUN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_CJK = _CJK_RUN
UTF16_MIN_NUL_SHARE = 0.05  # of byte pairs with a NUL high byte: spaces alone are over 10% of prose
UTF16_MIN_PRINTABLE = 0.97
_LOST_BYTE = "\ue000"  # private-use marker for a UTF-8 character whose third byte was lost
# XML 1.0 rejects these; python-docx would fail on them later.
_FTFY_WORK = re.compile(r"[^\t\n\x20-\x7e]|&")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a file's bytes: BOMs, UTF-16, UTF-8, then cp1252/latin-1; refuse binary data."""
    if not data.strip():
        raise BriefingError(name, "file is empty")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise BriefingError(name, f"cannot decode as {encoding}: {exc.reason}") from None
    sample = data[:4096]
    if encoding := utf16_without_bom(sample):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            raise BriefingError(name, "binary file, not text") from None
    if _looks_binary(sample):
        raise BriefingError(name, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 200):
        raise BriefingError(name, "cannot decode: not UTF-8, UTF-16 or cp1252 text")
    # cp1252 leaves five bytes undefined; latin-1 maps them to C1 controls we strip later.
    return data.decode("latin-1") if "\ufffd" in text else text


def utf16_without_bom(sample: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' when the bytes read as UTF-16 text without a BOM, else ''.

    Spaces, digits and punctuation are ASCII in every script, so UTF-16 text has NUL high bytes
    on one side only (about half the bytes for English, a tenth for Russian); decoded, it must
    be printable text."""
    if len(sample) < 8 or sample.startswith(_BINARY_MAGIC):
        return ""
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if max(even, odd) < UTF16_MIN_NUL_SHARE * pairs or min(even, odd) > 0.1 * max(even, odd):
        return ""
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=False)
    printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return encoding if printable >= UTF16_MIN_PRINTABLE * max(1, len(text)) else ""


_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"MZ", b"\x1f\x8b",
                 b"BZh", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00")


def _looks_binary(sample: bytes) -> bool:
    """True for known binary formats or many control bytes; a few stray NULs are stripped later instead."""
    if sample.startswith(_BINARY_MAGIC):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def repair_gbk_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as GBK (`Russia鈥檚` -> `Russia’s`), leaving real Chinese alone."""
    if not _CJK_RUN.search(text):
        return text
    repaired = _CJK_RUN.sub(_repair_run, text)
    return _guess_lost_characters(repaired)


def _repair_run(match: re.Match[str]) -> str:
    """Re-encode one CJK run as GB18030 and read the bytes as UTF-8; keep it if that fails."""
    run = match.group(0)
    try:
        raw = run.encode("gb18030")
    except UnicodeEncodeError:
        return run
    out: list[str] = []
    i = 0
    while i < len(raw):
        lead = raw[i]
        if lead < 0x80:
            out.append(chr(lead))
            i += 1
            continue
        length = 2 if lead >= 0xC0 and lead < 0xE0 else 3 if lead < 0xF0 else 4
        chunk = raw[i : i + length]
        try:
            out.append(chunk.decode("utf-8"))
            i += length
        except UnicodeDecodeError:
            # E2 80 + a lost third byte: the common case for punctuation (quotes, dashes).
            if raw[i : i + 2] == b"\xe2\x80":
                out.append(_LOST_BYTE)
                i += 2
            else:
                return run
    result = "".join(out)
    return run if _CJK.search(result) else result


def _guess_lost_characters(text: str) -> str:
    """Replace lost-byte markers by the likeliest punctuation from the neighbouring characters."""

    def guess(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() > 0 else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isspace() and after.isspace():
            return "—"
        if before.isspace() and (after.isalnum() or after in "‘'"):
            return "“"
        return "”"

    return re.sub(_LOST_BYTE, guess, text)


def _needs_ftfy(line: str) -> bool:
    """Only non-ASCII text, control characters and HTML entities give ftfy anything to do."""
    return bool(_FTFY_WORK.search(line))


def fix_encodings(text: str) -> str:
    """ftfy on the lines that need it: it works line by line anyway, and a million plain lines cost seconds."""
    if not _needs_ftfy(text):
        return text
    return "\n".join(ftfy.fix_text(line, uncurl_quotes=False, fix_line_breaks=False, normalization="NFC")
                     if _needs_ftfy(line) else line for line in text.split("\n"))


def clean_text(text: str) -> str:
    """Repair encodings and normalize a document's text; every loader's output goes through here."""
    text = text.replace("\x0b", " ").replace("\x0c", " ")  # Word's soft line break, form feed
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = fix_encodings(text)
    text = repair_gbk_mojibake(text)
    text = text.replace("\ufffd", "").replace("\u00a0", " ").replace("\u200b", "")
    text = _CONTROL.sub(" ", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return unicodedata.normalize("NFC", text)
