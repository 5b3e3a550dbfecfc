#!/usr/bin/env python3
"""Loopback fixture server for bench/scrape.sh.

Serves each benchmark source (host sNNNN.bench.test, which the app's JVM resolves to 127.0.0.1 through a hosts
file) one real corpus page at its start path, every absolute link rewritten to the source's host, after an
added latency. Answers If-None-Match / If-Modified-Since with 304 when the page is unchanged, robots.txt with
"allow everything", anything else with 404. Counts every answer; GET /__stats with Host "control" returns the
counts as JSON (not counted, no latency). Listens on 127.0.0.1 only.

    fixture_server.py PORT MAP_JSON LATENCY_SECONDS
MAP_JSON: {"sources": [{"host": ..., "path": ..., "file": ..., "type": ...}, ...]}
"""
import collections
import hashlib
import json
import re
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(sys.argv[1])
with open(sys.argv[2]) as f:
    SOURCES = {s["host"]: s for s in json.load(f)["sources"]}
LATENCY = float(sys.argv[3])
LAST_MODIFIED = formatdate(1764000000, usegmt=True)
# Every absolute link of the page (href, src, action) is rewritten to the source's own host, so the page links
# its own site as it did on the original host, and nothing anywhere else.
LINK_RE = re.compile(rb'((?:href|src|action)\s*=\s*["\']?)https?://[A-Za-z0-9.-]+(?::\d+)?', re.I)

lock = threading.Lock()
counts = collections.Counter()
bodies = {}  # host -> (bytes, etag)
raw = {}  # file -> bytes


def page_for(source):
    with lock:
        cached = bodies.get(source["host"])
    if cached:
        return cached
    path = source["file"]
    if path not in raw:
        raw[path] = open(path, "rb").read()
    own = ("http://%s:%d" % (source["host"], PORT)).encode()
    data = LINK_RE.sub(lambda m: m.group(1) + own, raw[path])
    entry = (data, '"%s"' % hashlib.sha1(data).hexdigest()[:20])
    with lock:
        bodies[source["host"]] = entry
    return entry


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        if host == "control" and self.path == "/__stats":
            with lock:
                snapshot = dict(counts)
            return self.send(200, json.dumps(snapshot).encode(), [("Content-Type", "application/json")])
        time.sleep(LATENCY)
        source = SOURCES.get(host)
        conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
        with lock:
            counts["requests"] += 1
            if conditional:
                counts["conditional"] += 1
        if source is None:
            return self.count_and_send("unknown_host", 404)
        if self.path == "/robots.txt":
            return self.count_and_send("robots", 200, b"User-agent: *\nAllow: /\n", [("Content-Type", "text/plain")])
        if self.path != source["path"]:
            return self.count_and_send("not_found", 404)
        body, etag = page_for(source)
        headers = [("ETag", etag), ("Last-Modified", LAST_MODIFIED), ("Content-Type", source["type"])]
        inm = self.headers.get("If-None-Match")
        if (inm and etag in inm) or (not inm and self.headers.get("If-Modified-Since") == LAST_MODIFIED):
            return self.count_and_send("page_304", 304, b"", headers)
        with lock:
            counts["page_bytes"] += len(body)
        return self.count_and_send("page_200", 200, body, headers)

    do_HEAD = do_GET

    def count_and_send(self, what, status, body=b"", headers=()):
        with lock:
            counts[what] += 1
        self.send(status, body, headers)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


Server(("127.0.0.1", PORT), Handler).serve_forever()
