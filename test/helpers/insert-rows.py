"""Inserts rows into a sheet of a workbook with LibreOffice itself (Python-UNO), as a reviewer
would: formulas, tables and formats around it shift the way LibreOffice shifts them.

usage: /usr/bin/python3 insert-rows.py IN.xlsx OUT.xlsx SHEET ROWS_JSON PROFILE_DIR
ROWS_JSON: a list of [row, cells], inserted in order; row is 1-based (the new row takes that
number), cells the values from column A: numbers are written as values, strings as text, null
left empty.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    src, dst, sheet_name, rows, profile = sys.argv[1:6]
    pipe = "headstart_insert_%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=file://" + profile,
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(240):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        if context is None:
            raise SystemExit("LibreOffice did not answer on its pipe")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0, (prop("Hidden", True),))
        sheet = doc.Sheets.getByName(sheet_name)
        for row, values in json.loads(rows):
            sheet.Rows.insertByIndex(row - 1, 1)
            for col, value in enumerate(values):
                cell = sheet.getCellByPosition(col, row - 1)
                if isinstance(value, (int, float)):
                    cell.setValue(value)
                elif isinstance(value, str):
                    cell.setString(value)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice exits
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
