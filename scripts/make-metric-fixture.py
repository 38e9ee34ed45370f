#!/usr/bin/env python3
"""Writes tests/data/benchmark-scores.json.gz, the fixture of tests/metric.rs.

For each of the benchmark's 181 pages it keeps only the true article body and
the article bodies extracted by a few published tools, as
``{page_id: {"ground-truth": str, "<tool>": str, ...}}``, gzip-compressed
reproducibly (sorted keys, mtime 0). It also copies the benchmark's LICENSE.

Usage, from the project root: python3 scripts/make-metric-fixture.py
"""
import argparse
import gzip
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ["readability_js", "rs_trafilatura", "html-text"]


def load(path):
    """An ``{id: {"articleBody": ...}}`` file, unwrapping ``{"version", "output"}``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if set(data) == {"version", "output"}:
        data = data["output"]
    return data


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--benchmark",
        type=Path,
        default=ROOT.parent / "shared/data/article-extraction-benchmark",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "tests/data")
    args = parser.parse_args()

    truth = load(args.benchmark / "ground-truth.json")
    outputs = {tool: load(args.benchmark / "output" / f"{tool}.json") for tool in TOOLS}
    pages = {
        page: {
            "ground-truth": truth[page]["articleBody"],
            **{tool: outputs[tool].get(page, {}).get("articleBody") or "" for tool in TOOLS},
        }
        for page in truth
    }
    raw = json.dumps(pages, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    args.out.mkdir(parents=True, exist_ok=True)
    fixture = args.out / "benchmark-scores.json.gz"
    fixture.write_bytes(gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0))
    shutil.copyfile(
        args.benchmark / "LICENSE", args.out / "LICENSE-article-extraction-benchmark"
    )
    print(f"{fixture}: {len(pages)} pages, {fixture.stat().st_size} bytes")


if __name__ == "__main__":
    main()
