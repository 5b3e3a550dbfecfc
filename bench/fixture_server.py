#!/usr/bin/env python3
"""Loopback fixture server for bench/scrape.sh.

Serves each benchmark source (host sNNNN.bench.test, which the app's JVM resolves to 127.0.0.1 through a hosts
file) one real corpus page at its start path, every absolute link rewritten to the source's host, after an
added latency. Answers If-None-Match / If-Modified-Since with 304 when the page is unchanged, robots.txt with
"allow everything", anything else with 404. Counts every answer; GET /__stats with Host "control" returns the
counts as JSON (not counted, no latency), with "extra_ms" (the server's own delay beyond the added latency, summed
over the answers: how late its timer fired plus the time to build the answer) and "extra_ms_max", so a report can
show that the server itself is not the limit. Listens on 127.0.0.1 only.

One asyncio thread: the bound the benchmark reports assumes every answer comes 100 ms after its request, and a
thread per connection (the first version) added 50-70 ms per answer once 2,000 kept-alive connections and the
page rewriting shared one interpreter lock with the app busy on the same two cores.

    fixture_server.py PORT MAP_JSON LATENCY_SECONDS
MAP_JSON: {"sources": [{"host": ..., "path": ..., "file": ..., "type": ...}, ...]}
"""
import asyncio
import collections
import hashlib
import json
import re
import sys
import time
from email.utils import formatdate

PORT = int(sys.argv[1])
with open(sys.argv[2]) as f:
    SOURCES = {s["host"]: s for s in json.load(f)["sources"]}
LATENCY = float(sys.argv[3])
LAST_MODIFIED = formatdate(1764000000, usegmt=True)
# Every absolute link of the page (href, src, action) is rewritten to the source's own host, so the page links
# its own site as it did on the original host, and nothing anywhere else.
LINK_RE = re.compile(rb'((?:href|src|action)\s*=\s*["\']?)https?://[A-Za-z0-9.-]+(?::\d+)?', re.I)
REASONS = {200: "OK", 304: "Not Modified", 400: "Bad Request", 404: "Not Found"}

counts = collections.Counter()
templates = {}  # file -> the page split around its absolute links' origins: rewriting is one join
etags = {}  # host -> ETag of its rewritten page


def page_for(source):
    parts = templates.get(source["file"])
    if parts is None:
        parts = LINK_RE.sub(lambda m: m.group(1) + b"\0ORIGIN\0", open(source["file"], "rb").read()).split(b"\0ORIGIN\0")
        templates[source["file"]] = parts
    data = ("http://%s:%d" % (source["host"], PORT)).encode().join(parts)
    etag = etags.get(source["host"])
    if etag is None:
        etag = etags[source["host"]] = '"%s"' % hashlib.sha1(data).hexdigest()[:20]
    return data, etag


def answer(method, path, headers):
    """(what to count, status, body, headers) for one request."""
    host = headers.get("host", "").split(":")[0].lower()
    source = SOURCES.get(host)
    if headers.get("if-none-match") or headers.get("if-modified-since"):
        counts["conditional"] += 1
    if source is None:
        return "unknown_host", 404, b"", []
    if path == "/robots.txt":
        return "robots", 200, b"User-agent: *\nAllow: /\n", [("Content-Type", "text/plain")]
    if path != source["path"]:
        return "not_found", 404, b"", []
    body, etag = page_for(source)
    out = [("ETag", etag), ("Last-Modified", LAST_MODIFIED), ("Content-Type", source["type"])]
    inm = headers.get("if-none-match")
    if (inm and etag in inm) or (not inm and headers.get("if-modified-since") == LAST_MODIFIED):
        return "page_304", 304, b"", out
    counts["page_bytes"] += len(body)
    return "page_200", 200, body, out


def response(method, status, body, headers):
    lines = ["HTTP/1.1 %d %s" % (status, REASONS.get(status, "")), "Date: " + formatdate(usegmt=True)]
    lines += ["%s: %s" % h for h in headers]
    if status != 304:
        lines.append("Content-Length: %d" % len(body))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if method == "HEAD" or status == 304 else head + body


async def serve(reader, writer):
    try:
        while True:
            request_line = await reader.readline()
            if not request_line:
                return
            received = time.monotonic()
            parts = request_line.decode("latin-1").split()
            headers = {}
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b"\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length") or 0)
            if length:
                await reader.readexactly(length)
            if len(parts) < 2:
                writer.write(response("GET", 400, b"", []))
                return
            method, path = parts[0], parts[1]
            if headers.get("host", "").split(":")[0].lower() == "control" and path == "/__stats":
                writer.write(response(method, 200, json.dumps(dict(counts)).encode(),
                                      [("Content-Type", "application/json")]))
                await writer.drain()
                continue
            await asyncio.sleep(LATENCY)
            counts["requests"] += 1
            what, status, body, out = answer(method, path, headers)
            counts[what] += 1
            writer.write(response(method, status, body, out))
            extra = int((time.monotonic() - received - LATENCY) * 1000)
            counts["extra_ms"] += extra
            counts["extra_ms_max"] = max(counts["extra_ms_max"], extra)
            await writer.drain()
            if headers.get("connection", "").lower() == "close":
                return
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", PORT, backlog=1024)
    async with server:
        await server.serve_forever()


asyncio.run(main())
