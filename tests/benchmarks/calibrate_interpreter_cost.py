#!/usr/bin/env python3
"""Measures what a request costs CPython itself, to inform --interpreter-ms.

Starts Overlap's embedded server, makes N sequential requests to /delay/0 with
Debian's python3-requests (one Session, as a careful script would, and then
requests.get without one, as the tutorials write it) and prints this process's
CPU time per request. The server runs in its own process, so its CPU is not
counted: what remains is requests, urllib3, http.client and the interpreter.

usage: calibrate_interpreter_cost.py [path/to/overlap] [N]
"""
import subprocess
import sys
import time

import requests


def cpu_ms_per_request(get, url, count):
    get(url)  # connection set-up and imports are not per-request costs
    begin = time.process_time()
    for _ in range(count):
        get(url).content
    return (time.process_time() - begin) * 1000 / count


def main():
    overlap = sys.argv[1] if len(sys.argv) > 1 else "build/ci/app/overlap"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    server = subprocess.Popen([overlap, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        port = "".join(c for c in line.rsplit(":", 1)[-1] if c.isdigit())
        url = f"http://127.0.0.1:{port}/delay/0"
        with requests.Session() as session:
            print(f"requests.Session().get: {cpu_ms_per_request(session.get, url, count):.2f} ms CPU per request")
        print(f"requests.get:           {cpu_ms_per_request(requests.get, url, count):.2f} ms CPU per request")
        print(f"({count} sequential requests each, to {url}; CPython {sys.version.split()[0]}, requests {requests.__version__})")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
