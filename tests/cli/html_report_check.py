#!/usr/bin/env python3
"""The HTML report in a real browser: `fundline timeline --html` for the
bundled Mistral data, in English and French, loaded by headless Chromium.
Checks that the page makes no external request (nothing to fetch in it),
that the rendered DOM holds the summary sentence, the chart (an <svg> with
its round labels) and the table, and that the screenshot is not blank
(many distinct colours). Exits 77 (ctest's SKIP_RETURN_CODE) only when no
Chromium is installed.

Usage: html_report_check.py FUNDLINE WORK_DIR
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def png_colours(path):
    """Distinct RGB(A) colours of an 8-bit RGB or RGBA PNG, with the stdlib only."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, colour_type = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour_type in (2, 6), f"unsupported PNG: depth {depth}, colour type {colour_type}"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    bpp = 3 if colour_type == 2 else 4
    stride = width * bpp
    previous = bytearray(stride)
    colours = set()
    i = 0
    for _ in range(height):
        filter_type = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = previous[x]
            c = previous[x - bpp] if x >= bpp else 0
            if filter_type == 1:
                line[x] = (line[x] + a) & 0xFF
            elif filter_type == 2:
                line[x] = (line[x] + b) & 0xFF
            elif filter_type == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif filter_type == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        for x in range(0, stride, bpp * 4):  # every 4th pixel is plenty
            colours.add(bytes(line[x:x + 3]))
        previous = line
    return colours


def check(fundline, work, lang, summary_start, label):
    page = os.path.join(work, f"report_{lang}.html")
    run = subprocess.run([fundline, "timeline", "--as-of", "2024-06-30", "--lang", lang, "--html", page],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    html = open(page, encoding="utf-8").read()
    assert f'<html lang="{lang}">' in html
    # Self-contained: no script, stylesheet, image or frame to fetch.
    external = re.findall(r'(?:src|href)\s*=\s*"(?!#)[^"]*"|<script|<link|@import|url\(', html)
    assert not external, f"external references: {external}"
    browser = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               f"--user-data-dir={os.path.join(work, 'profile')}"]
    dom = subprocess.run(browser + ["--dump-dom", "file://" + page], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr
    text = dom.stdout.replace("&nbsp;", "\u00a0")  # Chromium serialises U+00A0 as an entity
    assert re.search(r'<p class="summary" id="summary">' + re.escape(summary_start), text), "summary missing from the DOM"
    assert re.search(r'<div class="chart" id="chart">\s*<svg', text), "chart missing from the DOM"
    assert label in text, f"round label {label!r} missing from the DOM"
    assert text.count("<tr>") >= 5, "table rows missing"
    shot = os.path.join(work, f"report_{lang}.png")
    run = subprocess.run(browser + ["--window-size=1100,1400", f"--screenshot={shot}", "file://" + page],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and os.path.exists(shot), run.stderr
    colours = png_colours(shot)
    assert len(colours) >= 20, f"the screenshot looks blank: {len(colours)} colours"
    print(f"{lang}: DOM has the summary, the chart and the table; screenshot has {len(colours)} colours")


def main():
    if chromium() is None:
        print("SKIP: no chromium installed (Debian package chromium)")
        return 77
    fundline, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    check(fundline, work, "en", "Mistral AI raised €1.09 billion in three rounds", "Series B €600M")
    check(fundline, work, "fr", "Mistral AI a levé 1,09\u00a0milliard d’euros", "série B 600\u00a0M€")
    return 0


if __name__ == "__main__":
    sys.exit(main())
