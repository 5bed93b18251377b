#!/usr/bin/env python3
"""Time from saving a markdown page to the preview server's reload event: `ibp preview` on a copy of a portal.

Usage: bench/preview_latency.py IBP_BINARY PORTAL_DIR [RUNS]
Prints one line: the median and every run in milliseconds. Uses only 127.0.0.1.
"""
import os, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.request

ibp, portal = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
work = tempfile.mkdtemp(prefix="ibp-preview-")
site = os.path.join(work, "portal")
shutil.copytree(portal, site, symlinks=True, ignore=shutil.ignore_patterns("output", ".ibp-cache", "node_modules"))
if os.path.isdir(os.path.join(portal, "theme", "node_modules")):
    os.symlink(os.path.join(os.path.abspath(portal), "theme", "node_modules"), os.path.join(site, "theme", "node_modules"))
with socket.socket() as s:
    s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
server = subprocess.Popen([ibp, "preview", "--root", site, "--port", str(port), "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    for line in server.stdout:  # wait for the first build and the server
        if "Serving" in line:
            break
    page = next(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(site, "input")) for f in sorted(fs) if f.endswith(".md") and "board-packs" not in d)
    times = []
    for run in range(runs):
        events = urllib.request.urlopen(f"http://127.0.0.1:{port}/__ibp/events", timeout=60)
        events.readline()  # ": connected"
        events.readline()
        with open(page, "a", encoding="utf-8") as f:
            f.write(f"\nEdited in run {run}.\n")
        start = time.perf_counter()
        while True:
            line = events.readline().decode()
            if line.startswith("event:"):
                break
        times.append((time.perf_counter() - start) * 1000)
        events.close()
        if not line.startswith("event: reload"):
            print("the edit produced errors, not a reload", file=sys.stderr); sys.exit(1)
    print(f"one-page edit to reload: median {statistics.median(times):.0f} ms (runs: {', '.join(f'{t:.0f}' for t in times)})")
finally:
    server.terminate(); server.wait(10)
    shutil.rmtree(work, ignore_errors=True)
