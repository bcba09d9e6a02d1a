#!/usr/bin/env python3
"""Converts a workbook (XLSX, ODS: a ZIP package) to the text form fuzz_xlsx and fuzz_ods zip themselves, and back.

    scripts/fuzz-package.py to-text book.xlsx seed.txt     # "@@ name" line, then the entry's bytes, per entry
    scripts/fuzz-package.py to-zip seed.txt book.xlsx      # e.g. to open a crashing input in LibreOffice

Seeds in text form let libFuzzer mutate the XML itself: the target zips them with the right checksums.
"""
import sys
import zipfile


def to_text(source, target):
    with zipfile.ZipFile(source) as archive, open(target, "wb") as out:
        for i, info in enumerate(archive.infolist()):
            out.write((b"\n" if i else b"") + b"@@ " + info.filename.encode() + b"\n" + archive.read(info))


def to_zip(source, target):
    data = open(source, "rb").read()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for chunk in (b"\n" + data).split(b"\n@@ ")[1:]:
            name, _, content = chunk.partition(b"\n")
            if name:
                archive.writestr(name.decode("utf-8", "replace"), content)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("to-text", "to-zip"):
        sys.exit(__doc__)
    (to_text if sys.argv[1] == "to-text" else to_zip)(sys.argv[2], sys.argv[3])
