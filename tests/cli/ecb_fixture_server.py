#!/usr/bin/env python3
"""A loopback HTTP server for the `fundline fx update` tests.

Usage: ecb_fixture_server.py BUNDLED_EUROFXREF_HIST_CSV

Builds its fixtures at start from the bundled ECB history: the same file with
the weekdays 2025-05-12..2025-09-12 added on top (USD 1.1727 on 2025-09-09,
1.17 on the other new days, the other currencies as on 2025-05-09), zipped and
plain, and one fixture per failure `fundline fx update` must survive. Listens
on 127.0.0.1 on a port the system picks, prints that port on one line, then
serves until it is killed. Requests through it as a proxy (an absolute URL)
are served by path, so a test can check that fundline honours http_proxy
without leaving the machine.
"""
import datetime
import http.server
import io
import sys
import time
import urllib.parse
import zipfile


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


def fixtures(bundled_path):
    bundled = open(bundled_path, "rb").read()
    lines = bundled.decode("ascii").splitlines(keepends=True)
    header, latest = lines[0], lines[1].rstrip("\r\n").split(",")
    usd = header.rstrip("\r\n").split(",").index("USD")
    rows = []
    day = datetime.date(2025, 9, 12)
    while day > datetime.date(2025, 5, 9):
        if day.weekday() < 5:
            row = list(latest)
            row[0] = day.isoformat()
            row[usd] = "1.1727" if day == datetime.date(2025, 9, 9) else "1.17"
            rows.append(",".join(row) + "\n")
        day -= datetime.timedelta(days=1)
    newer = (header + "".join(rows) + "".join(lines[1:])).encode("ascii")
    good_zip = zipped({"eurofxref-hist.csv": newer})
    # Flip bytes in the middle of the compressed data: the CRC or inflate fails.
    corrupt = bytearray(good_zip)
    for i in range(len(corrupt) // 2, len(corrupt) // 2 + 64):
        corrupt[i] ^= 0x5A
    new_lines = newer.decode("ascii").splitlines(keepends=True)
    invalid = new_lines[:2] + [new_lines[2].replace(",1.17,", ",1.17x,", 1)] + new_lines[3:]
    unordered = new_lines[:2] + [new_lines[3], new_lines[2]] + new_lines[4:]
    daily = header + new_lines[1]
    return {
        "/eurofxref-hist.zip": good_zip,
        "/eurofxref-hist.csv": newer,
        "/plain-csv-named.zip": newer,         # content decides, not the name
        "/older.csv": bundled,                  # ends on 2025-05-09
        "/daily.csv": daily.encode("ascii"),    # one day: not the history
        "/truncated.zip": good_zip[: len(good_zip) // 2],
        "/corrupt.zip": bytes(corrupt),
        "/no-csv.zip": zipped({"README.txt": b"no rates here\n"}),
        "/invalid.csv": "".join(invalid).encode("ascii"),
        "/unordered.csv": "".join(unordered).encode("ascii"),
    }


class Handler(http.server.BaseHTTPRequestHandler):
    files = {}

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        if path == "/404":
            self.send_error(404)
        elif path == "/500":
            self.send_error(500)
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/hang":
            time.sleep(600)  # accepts, never answers; the client's timeout ends it
        elif path in self.files:
            body = self.files[path]
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


def main():
    Handler.files = fixtures(sys.argv[1])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
