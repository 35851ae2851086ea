#!/usr/bin/env python3
"""Serves a built dist/ the way a real host should: deep links answered with
index.html (the SPA fallback), `.wasm` as application/wasm, text and wasm
gzip-compressed when the browser accepts it, and the hashed files cached.

For `make lighthouse` and a quick look on a kiosk; in production use nginx
(README, "Building for deployment").

    scripts/serve.py [dist] [--port 8080] [--host 127.0.0.1]
"""
import argparse
import gzip
import http.server
import os
import re
import socketserver

COMPRESS = (".html", ".js", ".css", ".json", ".svg", ".wasm", ".webmanifest", ".txt")
HASHED = re.compile(r"-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$")


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }
    gz_cache = {}

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        full = super().translate_path(path)
        if os.path.isdir(full):
            index = os.path.join(full, "index.html")
            if os.path.exists(index):
                return index
        if not os.path.exists(full):
            # An app route (/exhibit/vn): the app's page answers it.
            return os.path.join(self.directory, "index.html")
        return full

    def send_head(self):
        path = self.translate_path(self.path.split("?", 1)[0].split("#", 1)[0])
        try:
            with open(path, "rb") as f:
                body = f.read()
        except OSError:
            self.send_error(404)
            return None
        ctype = self.guess_type(path)
        gz = path.endswith(COMPRESS) and "gzip" in self.headers.get("Accept-Encoding", "")
        if gz:
            key = (path, os.path.getmtime(path))
            if key not in self.gz_cache:
                self.gz_cache[key] = gzip.compress(body, 9)
            body = self.gz_cache[key]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if gz:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        if HASHED.search(path):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io

        return io.BytesIO(body)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dist", nargs="?", default="dist")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--host", default="127.0.0.1")
    a = ap.parse_args()
    handler = lambda *args, **kw: Handler(*args, directory=os.path.abspath(a.dist), **kw)
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    with socketserver.ThreadingTCPServer((a.host, a.port), handler) as httpd:
        print(f"serving {a.dist} on http://{a.host}:{a.port}", flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
