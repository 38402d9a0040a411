#!/usr/bin/env python3
"""Elasticsearch's CPU per written creator document, for the shipped mapping and variants of it.

Takes real documents from the live `creators` index (so a catalogue must have been imported),
then writes them into a scratch index once per variant, one client, 500 documents per `_bulk`,
the variants alternating, and prints documents per second and Elasticsearch's CPU seconds per
1,000 documents (read from /proc, so Elasticsearch must run on this machine). Standard library
only. See docs/benchmarks/catalog.md ("eleventh run") and ADR 0015.

    python3 api/src/test/python/index_write_cost.py [documents, default 100000] [rounds, default 2]
"""
import json
import os
import sys
import time
import urllib.error
import urllib.request

ES = os.environ.get("TRUEREACH_ES_URL", "http://127.0.0.1:9200")
MAPPING = os.path.join(os.path.dirname(__file__), "../../main/resources/search/creators-index.json")
SCRATCH = "creators-write-cost"
# Where the documents are read from: the live alias, or an index the catalogue benchmark kept
# (BENCH_KEEP_RAW_INDEX=true) when the catalogue itself is smaller than the documents wanted.
SOURCE = os.environ.get("TRUEREACH_SOURCE_INDEX", "creators")


def call(method, path, body=None, content_type="application/json"):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(ES + path, data=data, method=method, headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read() or b"null")


def elasticsearch_cpu_seconds():
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if b"org.elasticsearch.bootstrap.Elasticsearch" not in f.read():
                    continue
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            continue
    sys.exit("Elasticsearch does not run on this machine")


def documents(count):
    """Bulk bodies of 500 documents each, full source with the topic vector, in id order."""
    bodies, lines, after = [], [], None
    while len(lines) // 2 < count:
        # Elasticsearch keeps dense vectors out of _source unless asked: without this the documents
        # would lack the topic vector, whose graph is much of what a write costs (eighteenth run).
        query = {"size": 1000, "sort": [{"id": "asc"}], "query": {"match_all": {}}, "_source": {"exclude_vectors": False}}
        if after:
            query["search_after"] = after
        hits = call("POST", f"/{SOURCE}/_search", query)["hits"]["hits"]
        if not hits:
            break
        for hit in hits[: count - len(lines) // 2]:
            lines.append(json.dumps({"index": {"_id": hit["_id"]}}).encode())
            lines.append(json.dumps(hit["_source"]).encode())
        after = hits[-1]["sort"]
    for start in range(0, len(lines), 1000):
        bodies.append(b"\n".join(lines[start:start + 1000]) + b"\n")
    return bodies, len(lines) // 2


def send_bulk(body):
    if call("POST", f"/{SCRATCH}/_bulk", body, "application/x-ndjson")["errors"]:
        sys.exit("a bulk request had errors")


def wait_until_idle(limit=0.05, patience=900):
    """Waits until Elasticsearch uses less than `limit` of a core over two seconds."""
    deadline = time.time() + patience
    while True:
        before = elasticsearch_cpu_seconds()
        time.sleep(2)
        busy = (elasticsearch_cpu_seconds() - before) / 2
        if busy < limit:
            return
        if time.time() > deadline:
            sys.exit(f"Elasticsearch stayed busy ({busy:.2f} of a core); measure when it is idle")
        print(f"waiting for Elasticsearch to be idle ({busy:.2f} of a core busy)", flush=True)


def measure(mapping, documents, send, settle=False):
    """Runs `send()` into a fresh scratch index; documents per second and CPU s per 1,000.

    With `settle`, also the CPU s per 1,000 until Elasticsearch is idle again (the merges a write
    leaves behind, which a window that ends with the last request does not count) and the scratch
    index's merge and refresh totals, before the index is deleted."""
    try:
        call("DELETE", "/" + SCRATCH)
    except urllib.error.HTTPError:
        pass
    call("PUT", "/" + SCRATCH, mapping)
    cpu, start = elasticsearch_cpu_seconds(), time.time()
    send()
    seconds, window = time.time() - start, elasticsearch_cpu_seconds() - cpu
    result = (documents / seconds, window / documents * 1000)
    if settle:
        wait_until_idle()
        settled = elasticsearch_cpu_seconds() - cpu
        stats = call("GET", f"/{SCRATCH}/_stats/merge,refresh,segments")["_all"]["primaries"]
        result += (settled / documents * 1000, stats["merges"]["total_docs"], stats["refresh"]["total"], stats["segments"]["count"])
    call("DELETE", "/" + SCRATCH)
    return result


def write(bodies, mapping):
    return measure(mapping, sum(body.count(b"\n") // 2 for body in bodies), lambda: [send_bulk(body) for body in bodies])


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    with open(MAPPING) as f:
        shipped = json.load(f)
    excluding = json.loads(json.dumps(shipped))
    excluding["mappings"]["_source"] = {"excludes": ["rankingFacts", "reachPerCost"]}
    variants = {"shipped mapping": shipped, "ranking fields excluded from _source (mapping 4)": excluding}
    bodies, taken = documents(count)
    print(f"{taken} documents from {SOURCE}")
    for _ in range(rounds):
        for name, mapping in variants.items():
            rate, cpu = write(bodies, mapping)
            print(f"{name}: {rate:,.0f} documents/s, Elasticsearch {cpu:.3f} CPU s per 1,000", flush=True)


if __name__ == "__main__":
    main()
