#!/usr/bin/env python3
"""Fills the plural forms of translations/invitedesk_en.ts from the source texts ("%n row(s)" -> "%n row" /
"%n rows"). English is the source language, so its file holds only the numerus messages (lupdate -pluralonly).
Run after `cmake --build build/dev --target invitedesk_app_lupdate`."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/invitedesk_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for form in list(translation):
        translation.remove(form)
    for text in (re.sub(r"\((\w+)\)", "", source), re.sub(r"\((\w+)\)", r"\1", source)):
        ET.SubElement(translation, "numerusform").text = text
ET.indent(tree, space="    ")
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
