#!/usr/bin/env python3
"""The pseudo-terminal benchmark (issue #22): the installed pcres binary as a terminal sees it.

    ptybench.py --pcres .build/release/pcres --summary SUMMARY.tsv [--scale 14] [--rounds 10]

What it does, all from outside the process:
  1. starts `pcres sandbox serve --scale N` as its own process (a real Partner Center is remote, so the
     client's memory is the client's alone), reads every SKU list once through `pcres skus list` (the lines
     for fzf; the sandbox keeps each list encoded from then on) and points pcres at it through PCRES_*;
  2. starts pcres in a pty of 120x40 (TERM=xterm-256color, colours on, fresh data folders: no catalog cache),
     opens Contoso's Production subscription and its catalog, and times from the `c` key to the first frame
     with rows and to the frame that says every SKU is loaded, sampling /proc/PID/status as it goes;
  3. types the catalog filter "d2s eastus 3y" and deletes it again, key by key, ROUNDS times: per key, the time
     from writing the key to the last byte of the frame it causes (the output then stays quiet for 150 ms),
     and the bytes written;
  4. moves the cursor with j/k in every list (customers, subscriptions, catalog, orders, reservations,
     billing) and counts the bytes each move writes;
  5. runs `fzf --exact` interactively in the same pty size over the same lines (one per SKU, the words pcres
     filters on) and types the same keys, timed the same way.

Figures are appended to SUMMARY.tsv (key, value, unit, note) for Benchmarks/report.py, which writes them into
docs/benchmarks.md. The screen is kept by pyte, a terminal emulator, only to know what is shown; timings use
the read times of the raw bytes, never pyte's processing.
"""
import argparse
import csv
import fcntl
import io
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import tempfile
import termios
import time

import pyte

COLUMNS, ROWS = 120, 40
QUIET = 0.15  # seconds of silence that end a frame
QUERY = "d2s eastus 3y"
BACKSPACE = b"\x7f"


def percentile(samples, p):
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


class Summary:
    """Appends figures to the summary file and echoes them."""

    def __init__(self, path):
        self.path = path

    def record(self, key, value, unit, note=""):
        line = f"{key}\t{value:.3f}\t{unit}\t{note}\n"
        print("pty-bench: " + line, end="", flush=True)
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(line)

    def latencies(self, key, samples, note=""):
        self.record(f"{key}.p50", percentile(samples, 50), "ms", note)
        self.record(f"{key}.p99", percentile(samples, 99), "ms", f"{len(samples)} samples")
        self.record(f"{key}.max", max(samples), "ms")


class PtyProgram:
    """One program in a pseudo-terminal of COLUMNS x ROWS, its screen kept by pyte."""

    def __init__(self, argv, env, stdin_path=None):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: size the terminal, take stdin from the file if given, run the program
            try:
                fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
                if stdin_path:
                    source = os.open(stdin_path, os.O_RDONLY)
                    os.dup2(source, 0)
                os.execve(argv[0], argv, env)
            except OSError as error:
                os.write(2, f"cannot start {argv[0]}: {error}\r\n".encode())
            os._exit(127)
        self.screen = pyte.Screen(COLUMNS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        self.total = 0

    def text(self):
        return "\n".join(self.screen.display)

    def _read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return None
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return b""
        return data

    def wait_for(self, description, predicate, timeout=120.0, on_poll=None):
        """Reads until predicate(screen text) holds; returns the time it first held."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            data = self._read(0.02)
            now = time.monotonic()
            if data:
                self.stream.feed(data)
                self.total += len(data)
            elif data == b"":
                raise RuntimeError(f"the program ended while waiting for {description}")
            if on_poll:
                on_poll(now)
            if predicate(self.text()):
                return now
        raise RuntimeError(f"timed out waiting for {description}; screen:\n{self.text()}")

    def settle(self, quiet=QUIET, limit=10.0):
        """Reads until the output has been quiet for `quiet` seconds."""
        deadline = time.monotonic() + limit
        last = time.monotonic()
        while time.monotonic() < deadline:
            data = self._read(quiet)
            if data is None:
                if time.monotonic() - last >= quiet:
                    return
                continue
            if data == b"":
                return
            self.stream.feed(data)
            last = time.monotonic()

    def key(self, data, first_byte_limit=2.0):
        """Writes a key; returns (ms from the write to the last byte before QUIET of silence, bytes written)."""
        self.settle(0.05)
        chunks = []
        start = time.monotonic()
        os.write(self.fd, data)
        last = None
        while True:
            wait = QUIET if last is not None else first_byte_limit
            chunk = self._read(wait)
            now = time.monotonic()
            if chunk is None:
                break
            if chunk == b"":
                break
            chunks.append(chunk)
            last = now
        payload = b"".join(chunks)
        self.stream.feed(payload)  # after the timing, so pyte's work does not delay the reads
        if last is None:
            return None, 0
        return (last - start) * 1000.0, len(payload)

    def memory(self):
        """(VmRSS, VmHWM) in MB from /proc."""
        values = {}
        try:
            with open(f"/proc/{self.pid}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith(("VmRSS:", "VmHWM:")):
                        name, amount = line.split(":", 1)
                        values[name] = int(amount.split()[0]) / 1024.0
        except OSError:
            pass
        return values.get("VmRSS", float("nan")), values.get("VmHWM", float("nan"))

    def stop(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
            self._read(0.05)
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def serve_sandbox(pcres, scale, folder):
    process = subprocess.Popen(
        [pcres, "sandbox", "serve", "--port", "0", "--output", "json", "--scale", str(scale),
         "--database", os.path.join(folder, "sandbox.sqlite")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=clean_environment(folder, "server"))
    line = process.stdout.readline()
    if not line:
        raise RuntimeError("pcres sandbox serve printed nothing")
    origins = json.loads(line)
    return process, {
        "PCRES_ENDPOINT": origins["url"], "PCRES_PARTNER_API_ENDPOINT": origins["partnerApiUrl"],
        "PCRES_GRAPH_ENDPOINT": origins["graphUrl"], "PCRES_CLIENT_ID": "pcres-sandbox",
        "PCRES_CLIENT_SECRET": "sandbox-secret",
    }


def clean_environment(folder, name):
    home = os.path.join(folder, name)
    os.makedirs(home, exist_ok=True)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LANG": "C.UTF-8",
        "TERM": "xterm-256color", "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_STATE_HOME": os.path.join(home, "state"), "XDG_CONFIG_HOME": os.path.join(home, "config"),
    }


def sku_lines(pcres, environment, path):
    """One line per SKU of the US catalog, the words pcres filters on, from pcres's own CLI."""
    products = subprocess.run([pcres, "products", "list", "--country", "US", "--output", "csv"],
                              env=environment, capture_output=True, text=True, check=True).stdout
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for product in list(csv.DictReader(io.StringIO(products))):
            skus = subprocess.run([pcres, "skus", "list", product["ID"], "--country", "US", "--output", "csv"],
                                  env=environment, capture_output=True, text=True, check=True).stdout
            for sku in csv.DictReader(io.StringIO(skus)):
                out.write(" ".join([sku["Size"], sku["Region"], sku["Term"], product["Title"], product["Subtype"]]) + "\n")
                count += 1
    return count


def type_query(program, rounds):
    """Types QUERY and deletes it, key by key, `rounds` times; returns (latencies, bytes)."""
    latencies, sizes = [], []
    for _ in range(rounds):
        for character in QUERY:
            elapsed, size = program.key(character.encode())
            if elapsed is not None:
                latencies.append(elapsed)
                sizes.append(size)
        for _ in QUERY:
            elapsed, size = program.key(BACKSPACE)
            if elapsed is not None:
                latencies.append(elapsed)
                sizes.append(size)
    return latencies, sizes


def cells(program):
    """Every cell of the screen with its attributes, to count what a key changed."""
    return [[program.screen.buffer[y][x] for x in range(COLUMNS)] for y in range(ROWS)]


def cursor_moves(program, downs=30, ups=15):
    """(bytes, changed cells) of each j/k move that changed the screen: the cells, text or attributes, that differ
    after the move are the least any terminal output could write, so they attribute each move's bytes."""
    moves = []
    for data in [b"j"] * downs + [b"k"] * ups:
        program.settle(0.05)
        before = cells(program)
        _, size = program.key(data, first_byte_limit=0.5)
        if size:
            after = cells(program)
            changed = sum(1 for y in range(ROWS) for x in range(COLUMNS) if before[y][x] != after[y][x])
            moves.append((size, changed))
    return moves


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pcres", default=".build/release/pcres")
    parser.add_argument("--summary", required=True)
    parser.add_argument("--scale", type=int, default=14)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--fzf", default="/usr/bin/fzf")
    parser.add_argument("--perf", help="record the client with perf during the first open into this file (attribution)")
    options = parser.parse_args()
    pcres = os.path.abspath(options.pcres)
    summary = Summary(options.summary)
    folder = tempfile.mkdtemp(prefix="pcres-ptybench-")
    server, origins = serve_sandbox(pcres, options.scale, folder)
    try:
        environment = clean_environment(folder, "client")
        environment.update(origins)
        # The lines for fzf come from the sandbox through pcres's CLI first: that also has the sandbox encode each
        # SKU list once (it keeps them), so the first open below times the client, not the sandbox's first
        # encoding on the same two cores (a real Partner Center serves from its own machines).
        lines_path = os.path.join(folder, "skus.txt")
        count = sku_lines(pcres, environment, lines_path)
        run_pcres(pcres, environment, summary, options.rounds)
        if options.perf:
            # A second first open, in fresh data folders, only for the attribution: perf slows what it records,
            # so the figures above come from the run without it.
            profiled = clean_environment(folder, "profiled")
            profiled.update(origins)
            profile_first_open(pcres, profiled, options.perf)
        run_fzf(options.fzf, lines_path, count, clean_environment(folder, "fzf"), summary, options.rounds)
    finally:
        server.terminate()
        server.wait(timeout=30)
        subprocess.run(["rm", "-rf", folder])


def open_subscriptions(program):
    """From the start screen to Contoso Ltd's subscriptions, the first (Production) selected."""
    program.wait_for("the customers", lambda s: "customers loaded" in s)
    program.settle()
    program.key(b"g")
    program.key(b"\r")
    program.wait_for("Contoso's subscriptions", lambda s: "MS-AZR-0145P" in s and "h back" in s)
    program.settle()


def profile_first_open(pcres, environment, perf_output):
    program = PtyProgram([pcres], environment)
    try:
        open_subscriptions(program)
        profiler = subprocess.Popen(["perf", "record", "-F", "499", "-g", "-p", str(program.pid), "-o", perf_output],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
        os.write(program.fd, b"c")
        program.wait_for("every SKU", lambda s: re.search(r"(\d+) SKUs for US", s) is not None, timeout=300)
        profiler.send_signal(signal.SIGINT)
        profiler.wait(timeout=60)
    finally:
        program.stop()


def run_pcres(pcres, environment, summary, rounds):
    program = PtyProgram([pcres], environment)
    try:
        program.wait_for("the customers", lambda s: "customers loaded" in s)
        program.settle()
        moves = {"customers": cursor_moves(program)}
        program.key(b"g")
        program.key(b"\r")
        program.wait_for("Contoso's subscriptions", lambda s: "MS-AZR-0145P" in s and "h back" in s)
        program.settle()
        moves["subscriptions"] = cursor_moves(program, downs=4, ups=4)
        program.key(b"g")

        # First open: no cache (fresh data folder), every SKU from the served sandbox.
        samples = []
        start = time.monotonic()
        os.write(program.fd, b"c")
        first_rows = program.wait_for(
            "the first catalog rows",
            lambda s: re.search(r"Catalog \([1-9]", s) is not None and re.search(r"^│› \S.* [135]Y ", s, re.M) is not None,
            on_poll=lambda now: samples.append(program.memory()[0]))
        loaded = program.wait_for(
            "every SKU", lambda s: re.search(r"(\d+) SKUs for US", s) is not None, timeout=300,
            on_poll=lambda now: samples.append(program.memory()[0]))
        count = int(re.search(r"(\d+) SKUs for US", program.text()).group(1))
        program.settle(quiet=1.0)
        time.sleep(2)
        resident, peak = program.memory()
        summary.record("pty.catalog.skus", count, "SKUs", "served sandbox in its own process")
        summary.record("pty.firstOpen.firstRows", (first_rows - start) * 1000, "ms", "c → first frame with rows")
        summary.record("pty.firstOpen.loaded", (loaded - start) * 1000, "ms", "c → every SKU shown")
        summary.record("pty.memory.loaded", resident, "MB", "VmRSS 2 s after the load")
        summary.record("pty.memory.peak", peak, "MB", "VmHWM: the highest resident set of the run so far")
        summary.record("pty.memory.sampledPeak", max(samples), "MB", f"highest of {len(samples)} VmRSS samples during the load")

        moves["catalog"] = cursor_moves(program)
        program.key(b"g")
        program.key(b"/")
        latencies, sizes = type_query(program, rounds)
        program.key(b"\x1b")
        summary.latencies("pty.catalog.keystroke", latencies, f"query \"{QUERY}\" typed and deleted, 120x40")
        summary.record("pty.catalog.keystroke.bytes.p50", percentile(sizes, 50), "bytes")
        summary.record("pty.catalog.keystroke.bytes.max", max(sizes), "bytes")

        # The other lists, on Contoso Pharmaceuticals (the second customer: it has orders and reservations).
        program.key(b"1")
        program.key(b"j")
        for name, keys, ready in [("orders", [b"O"], r"Orders \([1-9]"), ("reservations", [b"V"], r"Reservations \([1-9]"),
                                  ("expiryBoard", [b"E", b"w", b"w"], r"next 90 days"), ("billing", [b"B"], r"Billing · [1-9]")]:
            for key in keys:
                program.key(key)
            program.wait_for(name, lambda s, ready=ready: re.search(ready, s) is not None, timeout=60)
            program.settle(quiet=0.5)
            moves[name] = cursor_moves(program, downs=10, ups=5)
        every = [size for sizes in moves.values() for size, _ in sizes]
        for name, sizes in moves.items():
            if sizes:
                largest, changed = max(sizes)
                summary.record(f"pty.cursor.{name}.max", largest, "bytes",
                               f"{len(sizes)} moves, p50 {percentile([size for size, _ in sizes], 50):.0f}")
                summary.record(f"pty.cursor.{name}.cells", changed, "cells", "cells (text or attributes) the largest move changed")
        summary.record("pty.cursor.max", max(every), "bytes", "every list, 120x40, colours on")
    finally:
        program.stop()


def run_fzf(fzf, lines_path, count, environment, summary, rounds):
    program = PtyProgram([fzf, "--exact"], environment, stdin_path=lines_path)
    try:
        program.wait_for("fzf to read every line", lambda s: f"{count}/{count}" in s, timeout=120)
        program.settle()
        latencies, sizes = type_query(program, rounds)
        summary.latencies("pty.fzf.keystroke", latencies, f"fzf --exact interactive, same {count} lines and keys, 120x40")
        summary.record("pty.fzf.keystroke.bytes.p50", percentile(sizes, 50), "bytes")
    finally:
        program.stop()


if __name__ == "__main__":
    main()
