#!/usr/bin/env python3
"""Writes the hand-made and hostile spreadsheet fixtures of tests/app/sheets (run from anywhere; files land next to
this script). They are committed; run this again only to change them.

  python3 make_fixtures.py               hand-made XLSX/ODS in the style of Excel and Google Sheets, hostile files
  python3 make_fixtures.py --libreoffice also the files LibreOffice writes from libreoffice-source.fods (needs soffice;
                                         password.ods needs python3-uno)

Every ZIP entry is dated 1980-01-01 so the bytes only change when the content does.
"""
import hashlib
import os
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
EPOCH = (1980, 1, 1, 0, 0, 0)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def path(name):
    return os.path.join(HERE, name)


def write_zip(name, entries, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path(name), "w") as z:
        for entry_name, data in entries:
            info = zipfile.ZipInfo(entry_name, EPOCH)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def content_types(overrides):
    parts = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    return (f'{XML_HEAD}<Types xmlns="{CT}"><Default Extension="rels" '
            f'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{parts}</Types>')


def relationships(rels, rel_ns=REL):
    items = "".join(f'<Relationship Id="{i}" Type="{rel_ns}/{t}" Target="{target}"/>' for i, t, target in rels)
    return f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">{items}</Relationships>'


def worksheet(rows_xml, before="", after="", ns=MAIN):
    return f'{XML_HEAD}<worksheet xmlns="{ns}" xmlns:r="{REL}">{before}<sheetData>{rows_xml}</sheetData>{after}</worksheet>'


def inline(ref, text):
    r = f' r="{ref}"' if ref else ""
    return f'<c{r} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def simple_xlsx(name, sheet_xml, shared_strings=None, styles=None, extra_entries=()):
    """One sheet named Sheet1 at xl/worksheets/sheet1.xml."""
    rels = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    overrides = [("/xl/workbook.xml", SHEET_CT)]
    entries = []
    if shared_strings is not None:
        rels.append(("rId2", "sharedStrings", "sharedStrings.xml"))
        items = "".join(f"<si><t>{s}</t></si>" for s in shared_strings)
        entries.append(("xl/sharedStrings.xml", f'{XML_HEAD}<sst xmlns="{MAIN}">{items}</sst>'))
    if styles is not None:
        rels.append(("rId3", "styles", "styles.xml"))
        entries.append(("xl/styles.xml", styles))
    workbook = (f'{XML_HEAD}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                f'<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    write_zip(name, [("[Content_Types].xml", content_types(overrides)),
                     ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
                     ("xl/workbook.xml", workbook),
                     ("xl/_rels/workbook.xml.rels", relationships(rels)),
                     ("xl/worksheets/sheet1.xml", sheet_xml)] + entries + list(extra_entries))


# --- What Excel writes: shared strings (rich runs, phonetic guides, _xHHHH_ escapes), styles with built-in and custom
# date formats, sparse rows and cells, a hidden first sheet, a second sheet, a chart sheet, formulas with cached values.
def excel():
    strings = [
        '<r><rPr><b/><sz val="11"/></rPr><t>ann</t></r><r><rPr><sz val="11"/></rPr><t>@example.com</t></r>',  # 0
        "<t>org:admin</t>",  # 1
        "<t>0012</t>",  # 2
        "<t>line1_x000D_\nline2</t>",  # 3
        "<t>bob@example.com</t>",  # 4
        "<t>_x005F_x0041_ stays</t>",  # 5
        "<t>carl@example.com</t>",  # 6
        '<t>営業</t><rPh sb="0" eb="2"><t>エイギョウ</t></rPh><phoneticPr fontId="1"/>',  # 7
        "<t>dora@example.com</t>",  # 8
        "<t>org:member</t>",  # 9
        "<t>email_address</t>", "<t>role</t>", "<t>expires_in_days</t>", "<t>notify</t>",  # 10-13
        "<t>public_metadata.department</t>", "<t>public_metadata.started</t>",  # 14-15
        "<t>public_metadata.start_time</t>", "<t>private_metadata.employee_id</t>",  # 16-17
        "<t>Notes</t>", "<t>public_metadata.rate</t>", "<t>public_metadata.ends</t>",  # 18-20
        "<t>Email</t>", "<t>old@example.com</t>", "<t>Role</t>",  # 21-23
    ]
    sst = (f'{XML_HEAD}<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si>{s}</si>" for s in strings) + "</sst>")
    styles = (f'{XML_HEAD}<styleSheet xmlns="{MAIN}"><numFmts count="2">'
              '<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/>'
              '<numFmt numFmtId="165" formatCode="[$-409]mmmm\\ d\\,\\ yyyy;@"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    s = lambda ref, i, style="": f'<c r="{ref}"{style} t="s"><v>{i}</v></c>'
    rows = (
        '<row r="1" spans="1:11">' + "".join(s(f"{c}1", 10 + k) for k, c in enumerate("ABCDEFGHIJK")) + "</row>"
        '<row r="2" spans="1:11">' + s("A2", 0) + s("B2", 1) + '<c r="C2"><v>30</v></c><c r="D2" t="b"><v>1</v></c>'
        '<c r="E2" t="str"><f>UPPER("eng")</f><v>ENG</v></c><c r="F2" s="1"><v>45352</v></c>'
        '<c r="G2" s="3"><v>0.39583333333333331</v></c>' + s("H2", 2, ' s="6"') + s("I2", 3) +
        '<c r="J2" s="5"><v>0.25</v></c><c r="K2" s="4"><v>45382</v></c></row>'
        '<row r="4" spans="1:11">' + s("A4", 4) + '<c r="C4"><v>7</v></c><c r="D4" t="b"><v>0</v></c>'
        '<c r="F4" s="2"><v>45352.75</v></c><c r="H4"><v>1234</v></c><c r="I4" t="e"><f>NA()</f><v>#N/A</v></c>'
        + s("J4", 5) + "</row>"
        '<row r="7" spans="1:11">' + s("A7", 6) + '<c r="C7"><v>14</v></c>' + s("E7", 7) + "</row>"
        '<row r="8" spans="1:11"><c r="A8" s="1"/><c r="B8" s="1"/></row>'
        '<row r="9" spans="1:11">' + s("A9", 8) + s("B9", 9) + '<c r="C9"><v>1.5E1</v></c></row>'
    )
    invitees = worksheet(rows, before='<dimension ref="A1:K9"/><sheetViews><sheetView tabSelected="1" '
                         'workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                         '<cols><col min="1" max="1" width="24" customWidth="1"/></cols>',
                         after='<mergeCells count="1"><mergeCell ref="J7:K7"/></mergeCells>'
                         '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
    lookup = worksheet('<row r="1">' + inline("A1", "Roles") + '</row><row r="2">' + inline("A2", "org:admin")
                       + "</row>")
    archive = worksheet('<row r="1">' + s("A1", 21) + s("B1", 23) + '</row><row r="2">' + s("A2", 22) + s("B2", 9)
                        + "</row>")
    chart = (f'{XML_HEAD}<chartsheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetPr/><sheetViews>'
             '<sheetView workbookViewId="0"/></sheetViews></chartsheet>')
    workbook = (f'{XML_HEAD}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><fileVersion appName="xl" lastEdited="7"/>'
                '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView activeTab="1"/></bookViews>'
                '<sheets><sheet name="Lookup" sheetId="4" state="hidden" r:id="rId1"/>'
                '<sheet name="Invitees" sheetId="1" r:id="rId2"/><sheet name="Archive" sheetId="2" r:id="rId3"/>'
                '<sheet name="Chart" sheetId="3" r:id="rId4"/></sheets><calcPr calcId="191029"/></workbook>')
    ws_ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    write_zip("excel.xlsx", [
        ("[Content_Types].xml", content_types([
            ("/xl/workbook.xml", SHEET_CT), ("/xl/worksheets/sheet1.xml", ws_ct),
            ("/xl/worksheets/sheet2.xml", ws_ct), ("/xl/worksheets/sheet3.xml", ws_ct),
            ("/xl/chartsheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")])),
        ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("docProps/app.xml", f'{XML_HEAD}<Properties><Application>Microsoft Excel</Application></Properties>'),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", relationships([
            ("rId1", "worksheet", "worksheets/sheet3.xml"), ("rId2", "worksheet", "/xl/worksheets/sheet1.xml"),
            ("rId3", "worksheet", "./worksheets/../worksheets/sheet2.xml"), ("rId4", "chartsheet", "chartsheets/sheet1.xml"),
            ("rId5", "styles", "styles.xml"), ("rId6", "sharedStrings", "sharedStrings.xml")])),
        ("xl/worksheets/sheet1.xml", invitees),
        ("xl/worksheets/sheet2.xml", archive),
        ("xl/worksheets/sheet3.xml", lookup),
        ("xl/chartsheets/sheet1.xml", chart),
        ("xl/styles.xml", styles),
        ("xl/sharedStrings.xml", sst),
    ])


# --- What Google Sheets writes: numbers as "30.0", a custom m/d/yyyy date format, booleans, trailing styled cells.
def google_sheets():
    strings = ["Email", "Role", "Expires", "Notify", "public_metadata.team", "public_metadata.joined",
               "public_metadata.level", "eve@example.com", "org:member", "Research", "frank@example.com", "Ops"]
    styles = (f'{XML_HEAD}<styleSheet xmlns="{MAIN}" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/'
              '2009/9/ac" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><numFmts count="1">'
              '<numFmt numFmtId="164" formatCode="m/d/yyyy"/></numFmts><fonts count="2"><font><sz val="10.0"/>'
              '<color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font><font><b/><color theme="1"/>'
              '<name val="Arial"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill '
              'patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill></fills><borders '
              'count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" '
              'numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs><cellXfs count="4"><xf borderId="0" '
              'fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment '
              'readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf><xf borderId="0" fillId="0" '
              'fontId="1" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0"/></xf>'
              '<xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1">'
              '<alignment horizontal="right" vertical="bottom"/></xf><xf borderId="0" fillId="0" fontId="0" '
              'numFmtId="164" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1"><alignment '
              'horizontal="right" vertical="bottom"/></xf></cellXfs><cellStyles count="1"><cellStyle xfId="0" '
              'name="Normal" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>')
    s = lambda ref, i, style=1: f'<c r="{ref}" s="{style}" t="s"><v>{i}</v></c>'
    trailing = lambda row: "".join(f'<c r="{c}{row}" s="0"/>' for c in "HIJKLMNOPQRSTUVWXYZ")
    rows = ('<row r="1">' + "".join(s(f"{c}1", k) for k, c in enumerate("ABCDEFG")) + trailing(1) + "</row>"
            '<row r="2">' + s("A2", 7, 0) + s("B2", 8, 0) + '<c r="C2" s="2"><v>30.0</v></c>'
            '<c r="D2" s="2" t="b"><v>1</v></c>' + s("E2", 9, 0) + '<c r="F2" s="3"><v>45352.0</v></c>'
            '<c r="G2" s="2"><v>3.0</v></c>' + trailing(2) + "</row>"
            '<row r="3">' + s("A3", 10, 0) + '<c r="C3" s="2"><v>14.0</v></c><c r="D3" s="2" t="b"><v>0</v></c>'
            + s("E3", 11, 0) + '<c r="F3" s="3"><v>45353.0</v></c><c r="G3" s="2"><v>2.5</v></c>' + trailing(3)
            + "</row>")
    sheet = worksheet(rows, before='<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>'
                      '<sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/>',
                      after="<drawing r:id=\"rId1\"/>")
    sst = (f'{XML_HEAD}<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{t}</t></si>" for t in strings) + "</sst>")
    workbook = (f'{XML_HEAD}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr/><sheets>'
                '<sheet state="visible" name="Sheet1" sheetId="1" r:id="rId4"/></sheets><definedNames/>'
                '<calcPr/></workbook>')
    write_zip("google-sheets.xlsx", [
        ("xl/_rels/workbook.xml.rels", relationships([
            ("rId1", "styles", "styles.xml"), ("rId2", "theme", "theme/theme1.xml"),
            ("rId3", "sharedStrings", "sharedStrings.xml"), ("rId4", "worksheet", "worksheets/sheet1.xml")])),
        ("xl/styles.xml", styles),
        ("xl/sharedStrings.xml", sst),
        ("xl/workbook.xml", workbook),
        ("xl/worksheets/sheet1.xml", sheet),
        ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("[Content_Types].xml", content_types([("/xl/workbook.xml", SHEET_CT)])),
    ])


# --- What minimal writers produce: Strict namespaces, inline strings only (rich runs too), no r attributes, the 1904
# date system, an ISO date cell (t="d").
def inline_strings():
    strict_main = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    strict_rel = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    styles = (f'{XML_HEAD}<styleSheet xmlns="{strict_main}"><cellXfs count="2"><xf numFmtId="0"/>'
              '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
    rows = ("<row>" + inline(None, "email") + inline(None, "public_metadata.since") + inline(None, "public_metadata.flag")
            + inline(None, "public_metadata.note") + inline(None, "public_metadata.at") + "</row>"
            '<row><c t="inlineStr"><is><r><t>gus</t></r><r><rPr><i/></rPr><t>@example.com</t></r></is></c>'
            '<c s="1"><v>0</v></c><c t="b"><v>1</v></c><c t="inlineStr"><is><t xml:space="preserve">  padded  </t>'
            '</is></c><c t="d"><v>2024-03-01T09:30:00</v></c></row>'
            "<row>" + inline(None, "hal@example.com") + '<c s="1"><v>45000.5</v></c><c/><c t="inlineStr"><is><t/>'
            '</is></c><c t="d"><v>2024-03-02</v></c></row>')
    workbook = (f'{XML_HEAD}<workbook xmlns="{strict_main}" xmlns:r="{strict_rel}"><workbookPr date1904="1"/>'
                '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
    write_zip("inline-strings.xlsx", [
        ("[Content_Types].xml", content_types([("/xl/workbook.xml", SHEET_CT)])),
        ("_rels/.rels", relationships([("rId1", "officeDocument", "/xl/workbook.xml")], strict_rel)),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", relationships([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                                      ("rId2", "styles", "styles.xml")], strict_rel)),
        ("xl/worksheets/sheet1.xml", worksheet(rows, ns=strict_main)),
        ("xl/styles.xml", styles),
    ])


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def ods(name, tables_xml, styles_xml="", mimetype=ODS_MIME, manifest_extra=""):
    content = (f'{XML_HEAD}<office:document-content {ODS_NS} office:version="1.3">'
               f"<office:automatic-styles>{styles_xml}</office:automatic-styles>"
               f"<office:body><office:spreadsheet>{tables_xml}</office:spreadsheet></office:body>"
               "</office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                f"{manifest_extra}</manifest:manifest>")
    with zipfile.ZipFile(path(name), "w") as z:
        info = zipfile.ZipInfo("mimetype", EPOCH)
        info.compress_type = zipfile.ZIP_STORED
        z.writestr(info, mimetype)
        for entry, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(entry, EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def cell(text, extra=""):
    return f'<table:table-cell office:value-type="string"{extra}><text:p>{text}</text:p></table:table-cell>'


def row(*cells, extra=""):
    return f"<table:table-row{extra}>" + "".join(cells) + "</table:table-row>"


# --- An ODS with every structure a reader meets: a hidden first table, header rows, row groups, text:s/tab/
# line-break, paragraphs, comments, merged (covered) cells, repeated rows and cells with and without content.
def handmade_ods():
    styles = ('<style:style style:name="ta_hidden" style:family="table"><style:table-properties '
              'table:display="false"/></style:style><style:style style:name="ta1" style:family="table">'
              '<style:table-properties table:display="true"/></style:style>')
    header = ["email", "role", "notes", "public_metadata.count", "public_metadata.ratio", "public_metadata.when",
              "public_metadata.at", "public_metadata.long_time", "Merged", "Beyond"]
    notes = ('<table:table-cell office:value-type="string"><office:annotation><dc:creator>A</dc:creator>'
             '<text:p>a comment</text:p></office:annotation><text:p>a<text:s text:c="3"/>b<text:tab/>c'
             '<text:line-break/>d</text:p><text:p><text:span>sec</text:span>ond  <text:a>link</text:a></text:p>'
             '</table:table-cell>')
    people = (
        '<table:table table:name="People" table:style-name="ta1">'
        '<table:table-column table:number-columns-repeated="1024"/>'
        "<table:table-header-rows>" + row(*[cell(h) for h in header]) + "</table:table-header-rows>"
        "<table:table-row-group>"
        + row(cell("ivy@example.com"), cell("org:admin"), notes,
              '<table:table-cell office:value-type="float" office:value="30"><text:p>30</text:p></table:table-cell>',
              '<table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%</text:p>'
              "</table:table-cell>",
              '<table:table-cell office:value-type="date" office:date-value="2024-03-01"><text:p>03/01/24</text:p>'
              "</table:table-cell>",
              '<table:table-cell office:value-type="date" office:date-value="2024-03-01T09:30:00.250">'
              "<text:p>x</text:p></table:table-cell>",
              '<table:table-cell office:value-type="time" office:time-value="PT36H00M00S"><text:p>36:00:00</text:p>'
              "</table:table-cell>",
              '<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>wide</text:p>'
              "</table:table-cell>",
              '<table:covered-table-cell office:value-type="string"><text:p>hidden</text:p></table:covered-table-cell>')
        + row(cell("jay@example.com"), cell("org:member"), extra=' table:number-rows-repeated="3"')
        + "</table:table-row-group>"
        + row('<table:table-cell table:number-columns-repeated="1024"/>', extra=' table:number-rows-repeated="5"')
        + row(cell("kim@example.com"), "<table:table-cell/>",
              '<table:table-cell office:value-type="string" office:string-value="from attribute"><text:p>shown'
              "</text:p></table:table-cell>",
              '<table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="7">'
              "<text:p>7</text:p></table:table-cell>",
              '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p>'
              "</table:table-cell>",
              '<table:table-cell office:value-type="time" office:time-value="PT09H05M30.5S"><text:p>09:05</text:p>'
              "</table:table-cell>")
        + row('<table:table-cell table:number-columns-repeated="16384"/>', extra=' table:number-rows-repeated="1048560"')
        + "</table:table>")
    hidden = '<table:table table:name="Hidden" table:style-name="ta_hidden">' + row(cell("Lists")) + "</table:table>"
    other = ('<table:table table:name="Other">' + row(cell("Email")) + row(cell("lou@example.com"))
             + "</table:table>")
    ods("handmade.ods", hidden + people + other, styles)


def hostile():
    # A zip bomb: a real workbook whose sheet inflates ~1000:1 to 90 MB, from less than 100 KB.
    bomb = worksheet(" " * (90 << 20))
    simple_xlsx("zip-bomb.xlsx", bomb)

    # Entries whose headers declare 3 x 400 MB (at a plausible 100:1) although they hold almost nothing.
    simple_xlsx("declared-too-large.xlsx", worksheet(inline("A1", "email")),
                extra_entries=[(f"xl/media/image{i}.bin", b"x") for i in range(3)])
    patch_sizes("declared-too-large.xlsx", lambda name: name.startswith("xl/media/"),
                compressed=4 << 20, uncompressed=400 << 20)

    # A header that understates the size: 1,000 bytes declared, 10 MB in the stream; the reader stops at the CRC.
    simple_xlsx("lying-sizes.xlsx", worksheet('<row r="1">' + inline("A1", "email") + "</row>" + " " * (10 << 20)))
    patch_sizes("lying-sizes.xlsx", lambda name: name == "xl/worksheets/sheet1.xml", uncompressed=1000)

    # Truncated XML inside an intact ZIP; an XLSX cut in half (no central directory).
    simple_xlsx("truncated-xml.xlsx", f'{XML_HEAD}<worksheet xmlns="{MAIN}"><sheetData><row r="1">'
                + inline("A1", "email") + '</row><row r="2"><c r="A2" t="inlineStr"><is><t>ann@exa')
    whole = open(path("excel.xlsx"), "rb").read()
    open(path("truncated-zip.xlsx"), "wb").write(whole[: len(whole) // 2])

    # Entries encrypted with a ZIP password (the flag is what readers see).
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["unzip", "-q", path("google-sheets.xlsx"), "-d", tmp], check=True)
        target = path("encrypted-entries.xlsx")
        if os.path.exists(target):
            os.remove(target)
        subprocess.run(["zip", "-q", "-X", "-r", "-P", "secret", target, "."], cwd=tmp, check=True)

    # How Excel stores a password-protected workbook: an OLE compound file with EncryptionInfo and EncryptedPackage.
    open(path("password-excel.xlsx"), "wb").write(compound_file(
        [("EncryptionInfo", b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"<encryption/>".ljust(4088, b" ")),
         ("EncryptedPackage", hashlib.sha256(b"not a workbook").digest().ljust(4096, b"\x5a"))],
        storages=["\x06DataSpaces"]))

    open(path("renamed-csv.xlsx"), "wb").write(b"email,role\r\nann@example.com,org:admin\r\n")
    write_zip("plain-archive.zip", [("readme.txt", "just a zip"), ("data/rows.csv", "email\r\na@example.com\r\n")])
    write_zip("document.docx", [("[Content_Types].xml", content_types([
        ("/word/document.xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")])),
        ("word/document.xml", "<w:document/>")])
    write_zip("binary-workbook.xlsb", [("[Content_Types].xml", content_types([
        ("/xl/workbook.bin", "application/vnd.ms-excel.sheet.binary.macroEnabled.main")])),
        ("xl/workbook.bin", b"\x83\x01\x00")])
    with zipfile.ZipFile(path("document.odt"), "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", EPOCH), "application/vnd.oasis.opendocument.text")
        z.writestr(zipfile.ZipInfo("content.xml", EPOCH), "<office:document-content/>")

    simple_xlsx("missing-shared-string.xlsx", worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                                                        '<row r="2"><c r="A2" t="s"><v>7</v></c></row>'),
                shared_strings=["email"])
    simple_xlsx("wide-value.xlsx", worksheet('<row r="1">' + inline("A1", "email") + '</row><row r="2">'
                                             + inline("A2", "ann@example.com") + inline("ALM2", "far") + "</row>"))
    simple_xlsx("far-row.xlsx", worksheet('<row r="1">' + inline("A1", "email") + '</row><row r="20000000">'
                                          + inline("A20000000", "ann@example.com") + "</row>"))
    simple_xlsx("duplicate-row.xlsx", worksheet('<row r="1">' + inline("A1", "email") + '</row><row r="2">'
                                                + inline("A2", "ann@example.com") + '</row><row r="2">'
                                                + inline("A2", "bob@example.com") + "</row>"))
    simple_xlsx("rows-out-of-order.xlsx", worksheet('<row r="1">' + inline("A1", "email") + '</row><row r="3">'
                                                    + inline("A3", "ann@example.com") + '</row><row r="2">'
                                                    + inline("A2", "bob@example.com") + "</row>"))
    simple_xlsx("empty-sheet.xlsx", worksheet('<row r="1"><c r="A1" s="0"/></row>'))
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, 10)).replace("&lol0;", "&lol;")
              + f']><worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is>'
              "</c></row></sheetData></worksheet>")
    simple_xlsx("billion-laughs.xlsx", laughs)
    simple_xlsx("unsupported-method.xlsx", worksheet('<row r="1">' + inline("A1", "email") + "</row>"))
    patch_method("unsupported-method.xlsx", "xl/worksheets/sheet1.xml", 12)  # bzip2

    ods("repeat-rows-bomb.ods", '<table:table table:name="Sheet1">' + row(cell("email"))
        + row(cell("x@example.com"), extra=' table:number-rows-repeated="2000000"') + "</table:table>")
    ods("repeat-columns-bomb.ods", '<table:table table:name="Sheet1">' + row(cell("email"))
        + row(cell("x", ' table:number-columns-repeated="16384"')) + "</table:table>")
    ods("repeat-cells-bomb.ods", '<table:table table:name="Sheet1">' + row(cell("email"))
        + row(cell("x", ' table:number-columns-repeated="1000"'), extra=' table:number-rows-repeated="30000"')
        + "</table:table>")


def patch_sizes(name, which, compressed=None, uncompressed=None):
    """Rewrites the sizes declared in the local headers and the central directory of the matching entries."""
    data = bytearray(open(path(name), "rb").read())
    with zipfile.ZipFile(path(name)) as z:
        infos = z.infolist()
    cd = data.rfind(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<I", data, cd + 16)[0]
    pos = cd_offset
    for info in infos:
        assert data[pos:pos + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        if which(info.filename):
            local = info.header_offset
            for base, comp_at, size_at in ((pos, 20, 24), (local, 18, 22)):
                if compressed is not None:
                    struct.pack_into("<I", data, base + comp_at, compressed)
                if uncompressed is not None:
                    struct.pack_into("<I", data, base + size_at, uncompressed)
        pos += 46 + name_len + extra_len + comment_len
    open(path(name), "wb").write(bytes(data))


def patch_method(name, entry, method):
    data = bytearray(open(path(name), "rb").read())
    with zipfile.ZipFile(path(name)) as z:
        info = z.getinfo(entry)
    struct.pack_into("<H", data, info.header_offset + 8, method)
    cd = data.rfind(b"PK\x05\x06")
    pos = struct.unpack_from("<I", data, cd + 16)[0]
    while data[pos:pos + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        if data[pos + 46:pos + 46 + name_len].decode() == entry:
            struct.pack_into("<H", data, pos + 10, method)
        pos += 46 + name_len + extra_len + comment_len
    open(path(name), "wb").write(bytes(data))


def compound_file(streams, storages=()):
    """A minimal OLE compound file (version 3, 512-byte sectors) whose streams are each at least 4,096 bytes."""
    sector = 512
    free, end, fat_sect, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [fat_sect, end]  # sector 0: the FAT, sector 1: the directory
    body = b""
    starts = []
    for _, payload in streams:
        assert len(payload) >= 4096
        payload = payload + b"\x00" * (-len(payload) % sector)
        count = len(payload) // sector
        first = len(fat)
        starts.append(first)
        fat += [first + k + 1 for k in range(count - 1)] + [end]
        body += payload
    fat += [free] * (sector // 4 - len(fat))

    def entry(name, kind, left, right, child, start, size):
        encoded = (name + "\x00").encode("utf-16-le")
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", left, right, child) + b"\x00" * 16 + struct.pack("<I", 0) + b"\x00" * 16
                + struct.pack("<IQ", start, size))

    names = [n for n, _ in streams]
    directory = entry("Root Entry", 5, no_stream, no_stream, 1, end, 0)
    ids = list(range(1, len(streams) + len(storages) + 1))
    for k, (name, payload) in enumerate(streams):
        right = ids[k + 1] if k + 1 < len(names) else no_stream
        left = len(streams) + 1 if k == 0 and storages else no_stream
        directory += entry(name, 2, left, right, no_stream, starts[k], len(payload))
    for name in storages:
        directory += entry(name, 1, no_stream, no_stream, no_stream, 0, 0)
    directory = directory.ljust(sector, b"\x00")
    assert len(directory) == sector
    header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    assert len(header) == sector
    return header + struct.pack(f"<{sector // 4}I", *fat) + directory + body


def libreoffice():
    """The files LibreOffice writes from libreoffice-source.fods."""
    env = dict(os.environ, HOME=tempfile.mkdtemp())
    profile = "-env:UserInstallation=file://" + tempfile.mkdtemp()
    for target, fmt in (("libreoffice.xlsx", "xlsx"), ("libreoffice.ods", "ods"), ("libreoffice.xls", "xls")):
        with tempfile.TemporaryDirectory() as out:
            subprocess.run(["soffice", profile, "--headless", "--convert-to", fmt, "--outdir", out,
                            path("libreoffice-source.fods")], check=True, env=env, stdout=subprocess.DEVNULL)
            os.replace(os.path.join(out, "libreoffice-source." + fmt), path(target))


if __name__ == "__main__":
    excel()
    google_sheets()
    inline_strings()
    handmade_ods()
    hostile()
    if "--libreoffice" in sys.argv:
        libreoffice()
