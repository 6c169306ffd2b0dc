#!/usr/bin/python3
"""Writes the kind of clinical spreadsheet a hospital keeps, with openpyxl (an independent
writer): a header row, a real date cell, numbers, Japanese text. Usage: OUT.xlsx ORIGINAL_ID"""
import datetime
import sys

import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "臨床情報"
ws.append(["患者ID", "体重", "既往歴", "初診日"])
ws.append([sys.argv[2], 61.5, "高血圧", datetime.date(2025, 4, 1)])
ws.append(["UNKNOWN-42", 70, "なし", datetime.date(2024, 1, 2)])
ws["D2"].number_format = "yyyy/mm/dd"
ws["D3"].number_format = "yyyy/mm/dd"
wb.save(sys.argv[1])
