#!/usr/bin/python3
"""Hostile spreadsheets for the clinical import, written part by part with zipfile (no
spreadsheet library would write them): each is a class of damage a reader must name, not
survive by guessing. Usage: hostile_sheets.py OUT_DIR. Prints the names written."""
import os
import sys
import zipfile

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheets><sheet name="S" sheetId="1"/></sheets></workbook>')
STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')


def sheet(rows):
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>' + rows + '</sheetData></worksheet>')


def shared(strings):
    return ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + ''.join('<si><t>%s</t></si>' % s for s in strings) + '</sst>')


HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
STRINGS = ['patient_code', 'age', 'RC-000001']


def book(path, sheet_xml, shared_xml=None):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('xl/workbook.xml', WORKBOOK)
        z.writestr('xl/styles.xml', STYLES)
        z.writestr('xl/sharedStrings.xml', shared(STRINGS) if shared_xml is None else shared_xml)
        z.writestr('xl/worksheets/sheet1.xml', sheet_xml)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    cases = {
        # A sparse sheet at the edges of what Excel allows: must cost a few cells, not the grid.
        'sparse-edges.xlsx': sheet(HEADER + '<row r="1048576"><c r="A1048576" t="s"><v>2</v></c>'
                                   '<c r="XFD1048576"><v>42</v></c></row>'),
        # Past the edges: a row two billion down, a column past XFD, letters that overflow.
        'giant-row.xlsx': sheet(HEADER + '<row r="2000000000"><c r="A2000000000" t="s"><v>2</v></c></row>'),
        'past-xfd.xlsx': sheet(HEADER + '<row r="2"><c r="XFE2"><v>1</v></c></row>'),
        'overflowing-letters.xlsx': sheet(HEADER + '<row r="2"><c r="AAAAAAAAAAAAAAAAAAAAAAAAAAAAA2"><v>1</v></c></row>'),
        # Shared-string indices that are no index: too large to convert, negative, past the end.
        'shared-index-overflow.xlsx': sheet(HEADER + '<row r="2"><c r="A2" t="s"><v>99999999999999999999999</v></c></row>'),
        'shared-index-negative.xlsx': sheet(HEADER + '<row r="2"><c r="A2" t="s"><v>-1</v></c></row>'),
        'shared-index-past-end.xlsx': sheet(HEADER + '<row r="2"><c r="A2" t="s"><v>3</v></c></row>'),
        # A serial date no calendar has (style 1 is a date format).
        'serial-date-overflow.xlsx': sheet(HEADER + '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>1e308</v></c></row>'),
    }
    for name, xml in cases.items():
        book(os.path.join(out, name), xml)
    good = sheet(HEADER + '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>67</v></c></row>')
    # Damaged shared strings: cut off mid-element; and entities that expand (a DTD).
    book(os.path.join(out, 'shared-truncated.xlsx'), good, shared(STRINGS)[:-40])
    laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>patient_code</t></si>'
              '<si><t>age &d;</t></si><si><t>RC-000001</t></si></sst>')
    book(os.path.join(out, 'shared-entities.xlsx'), good, laughs)
    # A CSV that says UTF-8 (BOM) and then is not.
    with open(os.path.join(out, 'bom-then-latin1.csv'), 'wb') as f:
        f.write(b'\xef\xbb\xbfpatient_code,age\r\nRC-000001,67 ans \xe9t\xe9\r\n')
    print('\n'.join(sorted(os.listdir(out))))


if __name__ == '__main__':
    sys.exit(main())
