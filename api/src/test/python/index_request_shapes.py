#!/usr/bin/env python3
"""Elasticsearch's CPU per written creator document for differently shaped `_bulk` traffic.

Takes real documents from the live `creators` index (as index_write_cost.py does), writes them into
a scratch index with the shipped mapping once per shape, the shapes alternating, and prints
documents per second and Elasticsearch's CPU seconds per 1,000 documents, while writing and until
idle again (with the merges the write left behind). The shapes: the request size and the number of
concurrent senders, a sender paced below Elasticsearch's rate, a body that arrives a document at a
time with pauses (as from a client whose sending thread competes for the cores), and the relay's
own shape during a bulk import. Standard library only; Elasticsearch must run on this machine. Its
CPU is read for the whole process, so the script first waits until Elasticsearch is idle (a large
import leaves merges running for minutes, which would be counted against every shape). See
docs/benchmarks/catalog.md ("fourteenth run", "eighteenth run").

    python3 api/src/test/python/index_request_shapes.py [documents, default 20000] [rounds, default 2] [shapes, e.g. 1,6,7]

`TRUEREACH_SOURCE_INDEX` names the index to read the documents from (default: the live alias);
`TRUEREACH_RELAY_PACE` the import's rate that the relay-shaped senders keep to (default 3300).
"""
import http.client
import json
import os
import socket
import sys
import threading
import time
import urllib.parse

import index_write_cost as common


def bodies_of(lines, per_request):
    step = 2 * per_request
    return [b"\n".join(lines[i:i + step]) + b"\n" for i in range(0, len(lines), step)]


def send_trickled(body, pause):
    """One chunk per document (action and source lines), `pause` seconds apart."""
    url = urllib.parse.urlparse(common.ES)
    connection = http.client.HTTPConnection(url.hostname, url.port or 9200, timeout=600)
    connection.connect()
    connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    connection.putrequest("POST", f"/{common.SCRATCH}/_bulk")
    connection.putheader("Content-Type", "application/x-ndjson")
    connection.putheader("Transfer-Encoding", "chunked")
    connection.endheaders()
    lines = body.split(b"\n")[:-1]
    for i in range(0, len(lines), 2):
        chunk = lines[i] + b"\n" + lines[i + 1] + b"\n"
        connection.send(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
        time.sleep(pause)
    connection.send(b"0\r\n\r\n")
    response = json.loads(connection.getresponse().read())
    connection.close()
    if response["errors"]:
        sys.exit("a bulk request had errors")


def write(lines, mapping, per_request=500, senders=1, pace=0, trickle=0):
    common.wait_until_idle()
    bodies = bodies_of(lines, per_request)

    def sender(share):
        start, sent = time.time(), 0
        for body in share:
            send_trickled(body, trickle) if trickle else common.send_bulk(body)
            sent += body.count(b"\n") // 2
            if pace:
                ahead = start + sent * senders / pace - time.time()
                if ahead > 0:
                    time.sleep(ahead)

    def send():
        threads = [threading.Thread(target=sender, args=(bodies[i::senders],)) for i in range(senders)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    return common.measure(mapping, len(lines) // 2, send, settle=True)


RELAY_PACE = int(os.environ.get("TRUEREACH_RELAY_PACE", "3300"))

SHAPES = {
    "500 per request, 1 sender": {},
    "250 per request, 2 senders": {"per_request": 250, "senders": 2},
    "1,000 per request, 1 sender": {"per_request": 1000},
    "500 per request, paced to 2,000 docs/s": {"pace": 2000},
    "500 per request, a document per chunk, 0.3 ms apart": {"trickle": 0.0003},
    # As the import's relay writes during a bulk import: two workers, each with its share of a
    # 500-creator commit, at the end-to-end rate (TRUEREACH_RELAY_PACE: this machine's import rate);
    # and one sender at that rate, to tell the two apart.
    f"280 per request, 2 senders, paced to {RELAY_PACE:,} docs/s": {"per_request": 280, "senders": 2, "pace": RELAY_PACE},
    f"500 per request, 1 sender, paced to {RELAY_PACE:,} docs/s": {"pace": RELAY_PACE},
}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    names = list(SHAPES)
    chosen = [names[int(n) - 1] for n in sys.argv[3].split(",")] if len(sys.argv) > 3 else names
    with open(common.MAPPING) as f:
        mapping = json.load(f)
    bodies, taken = common.documents(count)
    lines = [line for body in bodies for line in body.rstrip(b"\n").split(b"\n")]
    print(f"{taken} documents from {common.SOURCE}")
    for _ in range(rounds):
        for name in chosen:
            rate, cpu, settled, merged, refreshes, segments = write(lines, mapping, **SHAPES[name])
            print(f"{name}: {rate:,.0f} documents/s, Elasticsearch {cpu:.3f} CPU s per 1,000 while writing, {settled:.3f} until idle;"
                  f" {merged:,} documents merged, {refreshes} refreshes, {segments} segments left", flush=True)


if __name__ == "__main__":
    main()
