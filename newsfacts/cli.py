"""The command line: the notebook's tables for many articles at once.

    newsfacts extract ARTICLE... --out DIR [--reference-date D] [--processes N] [--reference-dir DIR]

Each ARTICLE is a plain-text file, or a folder whose `*.txt` files are all read. The tables are the notebook's six
(mentions, entities, figures, dates, quotes, corrections), one combined set in DIR with an `article` column first
(the path as given on the command line), written as a whole set or not at all. Each file is checked as the notebook
checks its ARTICLE_PATH; a file that cannot be read is reported and skipped, and the command lists every failure at
the end and exits with status 1. Articles are parsed with `nlp.pipe(..., n_process=N)`; one longer than
--chunk-chars is parsed in pieces, as the notebook does.
"""

import argparse
import datetime as dt
import sys
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from newsfacts.dates import choose_reference_date, named_periods
from newsfacts.inputs import ParameterError, check_output_dir, check_reference_date, read_article, read_reference
from newsfacts.pipeline import DEFAULT_MODELS, analyse, article_doc, build_pipeline, load_model
from newsfacts.tables import TABLE_NAMES, build_tables, write_tables


def article_paths(given: list[str]) -> list[Path]:
    """The files to read: each path given, or the `*.txt` files of a folder given, in name order."""
    paths = []
    for item in given:
        path = Path(item)
        paths += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    return paths


def read_all(nlp, texts: dict[str, str], reference: dt.date | None, periods: dict[str, str], processes: int,
             chunk_chars: int, progress: bool) -> tuple[dict[str, dict], dict[str, str]]:
    """Tables for each text (by name), and the texts that failed with why. Short texts go through
    nlp.pipe(n_process=processes), each Doc carrying its name, so that a text the pipeline fails on is reported by
    name and skipped, never taken for another; a text longer than chunk_chars is read in pieces in this process."""
    done, failed, errors = {}, {}, []
    if "drop_caches" not in nlp.pipe_names:  # Docs that come back from a worker must be serialisable
        nlp.add_pipe("drop_caches", last=True)
    # spaCy calls this for a component that fails on a Doc (and for a worker's failure), then drops that Doc
    nlp.default_error_handler = lambda name, component, docs, err: errors.append(f"{type(err).__name__}: {err}")
    short = {name: text for name, text in texts.items() if len(text) <= chunk_chars}
    pairs = nlp.pipe(((article_doc(nlp, text), name) for name, text in short.items()), as_tuples=True,
                     n_process=processes, batch_size=8)
    bar = tqdm(total=len(texts), unit="article", disable=not progress, file=sys.stderr)
    for doc, name in pairs:
        done[name] = tables_of(doc, reference, periods, failed, name)
        bar.update()
    for name in short:
        if name not in done:  # the pipeline failed on it: spaCy dropped the Doc and reported the error
            why = errors[-1].strip().splitlines()[-1] if errors else "in a worker process; --processes 1 shows the error"
            failed[name] = f"the pipeline failed on it ({why})"
            bar.update()
    for name, text in texts.items():
        if name not in short:
            try:
                done[name] = tables_of(analyse(nlp, text, chunk_chars), reference, periods, failed, name)
            except Exception as err:  # one article's failure must not stop the others; it is reported at the end
                failed[name] = f"the pipeline failed on it ({type(err).__name__}: {err})"
            bar.update()
    bar.close()
    return {name: t for name, t in done.items() if t is not None}, failed


def tables_of(doc, reference, periods, failed: dict[str, str], name: str) -> dict | None:
    """One article's tables, or None (with the reason in `failed`)."""
    try:
        return build_tables(doc, choose_reference_date(reference, doc)[0], periods)
    except Exception as err:  # one article's failure must not stop the others; it is reported at the end
        failed[name] = f"{type(err).__name__}: {err}"
        return None


def combine(results: dict[str, dict]) -> dict[str, pd.DataFrame]:
    """One table per kind for all articles, with the article's name as the first column."""
    combined = {}
    for kind in TABLE_NAMES:
        parts = [t[kind].assign(article=name)[["article", *t[kind].columns]] for name, t in results.items()]
        combined[kind] = pd.concat(parts, ignore_index=True)
    return combined


def extract(args: argparse.Namespace) -> int:
    """The `extract` command; returns the exit status."""
    paths = article_paths(args.articles)
    reference = check_reference_date(args.reference_date, parameter="--reference-date")
    out = check_output_dir(args.out, [str(p) for p in paths], args.reference_dir, parameter="--out")
    if args.processes < 1:
        raise ParameterError(f"--processes: {args.processes} is not a number of processes; give 1 or more.")
    tables_ref = read_reference(args.reference_dir, parameter="--reference-dir")
    texts, failed = {}, {}
    for path in paths:
        try:
            texts[str(path)] = read_article(str(path), parameter=f"ARTICLE {path}")
        except ParameterError as err:
            failed[str(path)] = str(err)
    nlp = build_pipeline(load_model(args.model or DEFAULT_MODELS), args.reference_dir)
    results, unread = read_all(nlp, texts, reference, named_periods(tables_ref["named_periods"]), args.processes,
                               args.chunk_chars, progress=len(paths) > 1)
    failed.update(unread)
    if results:
        written = write_tables(combine(results), out)
        print(f"{len(results)} of {len(paths)} articles read; tables written: {', '.join(str(p) for p in written)}")
    for name, why in failed.items():
        print(f"failed: {name}: {why}", file=sys.stderr)
    if failed:
        print(f"{len(failed)} of {len(paths)} articles failed (listed above)", file=sys.stderr)
    return 1 if failed or not results else 0


def parser() -> argparse.ArgumentParser:
    """The command line's options (`newsfacts extract --help` prints them)."""
    main = argparse.ArgumentParser(prog="newsfacts", description="Read news articles: who and what they name, when "
                                   "things happened, which figures they state and who stated them.")
    commands = main.add_subparsers(dest="command", required=True)
    ex = commands.add_parser("extract", help="write the tables for many articles", description=__doc__,
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("articles", nargs="+", metavar="ARTICLE", help="a plain-text article, or a folder of them (*.txt)")
    ex.add_argument("--out", required=True, metavar="DIR", help="folder for the combined tables")
    ex.add_argument("--reference-date", metavar="YYYY-MM-DD", help="anchors 'last year' (default: inferred per article)")
    ex.add_argument("--processes", type=int, default=1, metavar="N", help="processes that parse (default 1)")
    ex.add_argument("--reference-dir", default="data/reference", metavar="DIR", help="reference tables (default data/reference)")
    ex.add_argument("--chunk-chars", type=int, default=20000, metavar="N", help="longer articles are parsed in pieces")
    ex.add_argument("--model", action="append", metavar="NAME", help="spaCy package to try (repeatable)")
    return main


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status: 0 when every article was read, 1 when one failed, 2 for a bad option."""
    args = parser().parse_args(argv)
    try:
        return extract(args)
    except ParameterError as err:
        print(f"newsfacts: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
