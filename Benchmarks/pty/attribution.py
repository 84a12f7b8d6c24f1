#!/usr/bin/env python3
"""Turns `perf report --children --sort symbol --stdio -g none` of the first catalog open into summary lines.

    perf report -i first-open.perf --children --sort symbol --stdio -g none | attribution.py >> SUMMARY.tsv

Each phase is the largest "children" share (the time in a function and everything it calls) among the symbols
that start that phase, so phases nested in one another are not added twice. The CPU time comes from the
report's event count (cpu-clock, in nanoseconds).
"""
import re
import sys

PHASES = [
    ("decode", r"JSONDecoderC6decode_4from", "JSON decoding of the SKU lists (cooperative pool)"),
    ("layout", r"CollectionLayoutV4scan", "finding each SKU's bytes before the batches decode (CollectionLayout)"),
    ("index", r"CatalogIndexV6append7product", "building the index rows (reducer, on the interface's thread)"),
    ("sort", r"CatalogIndexV5order2by", "sorting (incremental merge per batch)"),
    ("render", r"AppViewO6render_4into|CursesA0C7present", "rendering frames and writing them"),
    ("network", r"SelectableEventLoopC3run", "HTTP (SwiftNIO event loops)"),
    ("cache", r"CatalogCache.*store|ArchiveWriter", "storing the catalog in the SQLite cache"),
]


def main():
    text = sys.stdin.read()
    event = re.search(r"Event count \(approx\.\): (\d+)", text)
    cpu_seconds = int(event.group(1)) / 1e9 if event else None
    shares = {}
    for line in text.splitlines():
        match = re.match(r"\s*([\d.]+)%\s+([\d.]+)%\s+\[\.\]\s+(\S+)", line)
        if not match:
            continue
        children, symbol = float(match.group(1)), match.group(3)
        for key, pattern, _ in PHASES:
            if re.search(pattern, symbol):
                shares[key] = max(shares.get(key, 0.0), children)
    if cpu_seconds is not None:
        print(f"attribution.cpu\t{cpu_seconds * 1000:.3f}\tms\tCPU time of the client during the first open (perf cpu-clock)")
    for key, _, label in PHASES:
        share = shares.get(key, 0.0)
        note = label if cpu_seconds is None else f"{label}: {share / 100 * cpu_seconds * 1000:,.0f} ms of CPU"
        print(f"attribution.{key}\t{share:.3f}\t%\t{note}")


if __name__ == "__main__":
    main()
