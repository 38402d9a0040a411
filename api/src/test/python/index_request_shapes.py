#!/usr/bin/env python3
"""Elasticsearch's CPU per written creator document for differently shaped `_bulk` traffic.

Takes real documents from the live `creators` index (as index_write_cost.py does), writes them into
a scratch index with the shipped mapping once per shape, the shapes alternating, and prints
documents per second and Elasticsearch's CPU seconds per 1,000 documents. The shapes: the request
size and the number of concurrent senders, a sender paced below Elasticsearch's rate, and a body
that arrives a document at a time with pauses (as from a client whose sending thread competes for
the cores). Standard library only; Elasticsearch must run on this machine. Its CPU is read for the
whole process, so the script first waits until Elasticsearch is idle (a large import leaves merges
running for minutes, which would be counted against every shape). See docs/benchmarks/catalog.md
("fourteenth run").

    python3 api/src/test/python/index_request_shapes.py [documents, default 20000] [rounds, default 2]
"""
import http.client
import json
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


def wait_until_idle(limit=0.05, patience=900):
    """Waits until Elasticsearch uses less than `limit` of a core over two seconds."""
    deadline = time.time() + patience
    while True:
        before = common.elasticsearch_cpu_seconds()
        time.sleep(2)
        busy = (common.elasticsearch_cpu_seconds() - before) / 2
        if busy < limit:
            return
        if time.time() > deadline:
            sys.exit(f"Elasticsearch stayed busy ({busy:.2f} of a core); measure when it is idle")
        print(f"waiting for Elasticsearch to be idle ({busy:.2f} of a core busy)", flush=True)


def write(lines, mapping, per_request=500, senders=1, pace=0, trickle=0):
    wait_until_idle()
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

    return common.measure(mapping, len(lines) // 2, send)


SHAPES = {
    "500 per request, 1 sender": {},
    "250 per request, 2 senders": {"per_request": 250, "senders": 2},
    "1,000 per request, 1 sender": {"per_request": 1000},
    "500 per request, paced to 2,000 docs/s": {"pace": 2000},
    "500 per request, a document per chunk, 0.3 ms apart": {"trickle": 0.0003},
}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    with open(common.MAPPING) as f:
        mapping = json.load(f)
    bodies, taken = common.documents(count)
    lines = [line for body in bodies for line in body.rstrip(b"\n").split(b"\n")]
    print(f"{taken} documents from the creators index")
    for _ in range(rounds):
        for name, shape in SHAPES.items():
            rate, cpu = write(lines, mapping, **shape)
            print(f"{name}: {rate:,.0f} documents/s, Elasticsearch {cpu:.3f} CPU s per 1,000", flush=True)


if __name__ == "__main__":
    main()
