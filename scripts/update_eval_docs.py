"""Write docs/evaluation.md from the benchmark modules' docstrings (tests/test_docs.py checks it)."""

from pathlib import Path

from eventatlas.evaluation import BENCHMARKS

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parts = [
        "# Benchmarks and their metrics\n",
        "`eventatlas eval NAME [--split SPLIT] [--json] [--data PATH] [--limit N]` scores eventatlas on public data",
        "in `../shared/benchmarks`. This page is the docstrings of the benchmark modules; `tests/test_docs.py` keeps",
        "them in step.\n",
    ]
    for name, module in BENCHMARKS.items():
        doc = (module.__doc__ or "").strip()
        parts.append(f"## {name}\n\nSplits: {', '.join(module.SPLITS)}. Data folder: `{module.DATA}`.\n\n{doc}\n")
    (ROOT / "docs" / "evaluation.md").write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
