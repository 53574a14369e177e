"""The command line: `python -m dashboard COMMAND`. A thin shell over the core.

Exit codes: 0 success; 1 bad input (each problem on its own line); 2 wrong usage;
3 the database cannot be used.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from dashboard import settings
from dashboard.filters import Filters
from dashboard.interchange.export import EXPORT_FORMATS

EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a date (YYYY-MM-DD)') from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f'"{text}" is not a whole number of 1 or more')
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Parallax: official statements beside local accounts. Every command "
        f"uses the database named by DATABASE_URL (now: {settings.database_url()}).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser(
        "init",
        help="create or upgrade the database; --demo loads the cited demo data",
        description="Create the tables (or upgrade them to the newest migration) and the "
        "gazetteer's regions. Safe to run again: nothing is duplicated.",
    )
    init.add_argument(
        "--demo",
        action="store_true",
        help="also load the real, cited demo data set (see data/README.md)",
    )

    imp = commands.add_parser(
        "import",
        help="import claims from CSV, JSON lines or Excel",
        description="Import claims in the interchange columns (see README). By default "
        "nothing is written if any row is invalid; every problem is listed.",
    )
    imp.add_argument("file", help="a .csv, .tsv, .jsonl or .xlsx file")
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="write the valid rows and save the invalid ones to a rejects file",
    )
    imp.add_argument(
        "--rejects",
        metavar="FILE",
        help="where --skip-invalid saves rejected rows (default: FILE.rejects.csv)",
    )
    bar = imp.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="always show a progress bar",
    )
    bar.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="never show a progress bar (default: shown for large files)",
    )

    exp = commands.add_parser(
        "export",
        help="export claims in the interchange columns",
        description="Write claims in the interchange columns; `import` reads them back "
        "unchanged. Protected sources appear only by their neutral label.",
    )
    exp.add_argument("--out", metavar="FILE", help="output file (default: standard output)")
    exp.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="default: from the --out suffix (.csv .jsonl .xlsx .parquet .jsonld), else csv; "
        "claimreview: schema.org ClaimReview JSON-LD of the confirmed and refuted claims",
    )
    exp.add_argument("--region", help="only claims in this ISO 3166-2 region (e.g. KP-10)")
    exp.add_argument("--event-id", type=int, help="only claims about this event")
    exp.add_argument(
        "--voice",
        action="append",
        choices=("official", "local", "independent"),
        help="only claims of this voice (repeatable)",
    )
    exp.add_argument("--from", dest="date_from", type=_date, help="stated on or after YYYY-MM-DD")
    exp.add_argument("--to", dest="date_to", type=_date, help="stated on or before YYYY-MM-DD")
    exp.add_argument("--topic", help="only claims about events with this topic")
    exp.add_argument(
        "--status",
        action="append",
        choices=("unverified", "corroborated", "contested", "confirmed", "refuted"),
        help="only claims with this status (repeatable)",
    )
    exp.add_argument(
        "--reviewer",
        default="Parallax",
        help="claimreview: the organisation named as author of the reviews (default: Parallax)",
    )

    synth = commands.add_parser(
        "synth",
        help="make a synthetic data set for scale tests (never the demo)",
        description="Generate synthetic claims, each marked synthetic. With --out, write "
        "them to a CSV file; without, import them into the database, which must hold no "
        "real claims (use a separate DATABASE_URL).",
    )
    synth.add_argument("--claims", type=_positive, required=True, help="how many claims")
    synth.add_argument("--seed", type=int, default=0, help="random seed (same seed, same data)")
    synth.add_argument("--out", metavar="FILE", help="write a CSV here instead of importing")

    ext = commands.add_parser(
        "extract",
        help="propose the claims in an article (places, dates, counts, voices)",
        description="Extract places, dates and claims from a text, HTML or PDF file and "
        "print them; nothing is written to the database.",
    )
    ext.add_argument("file", help="a .txt, .html or .pdf file, or - for standard input")
    ext.add_argument(
        "--published", type=_date, help="publication date YYYY-MM-DD, to resolve relative dates"
    )
    ext.add_argument(
        "--json",
        action="store_true",
        help="print the extraction JSON of DESIGN.md (default: a readable list)",
    )

    ing = commands.add_parser(
        "ingest",
        help="read articles (URL, feed, file, folder, text) and propose their claims",
        description="Read a web page, an RSS/Atom feed (only items not read before), a "
        ".txt/.html/.pdf file, a folder of them, or - for text on standard input. Each "
        "document is stored once; the claims found in new ones wait on the Review page. "
        "Loopback and private addresses are refused unless PARALLAX_ALLOW_PRIVATE_URLS=true.",
    )
    ing.add_argument("target", nargs="+", help="URL, feed URL or file, file, folder, or -")
    for flag, what in (
        ("--title", "title"),
        ("--publisher", "publisher (the outlet, not its informant)"),
        ("--published", "publication date, YYYY, YYYY-MM or YYYY-MM-DD"),
        ("--url", "address the text was read at"),
    ):
        ing.add_argument(flag, help=f"for text on standard input (-): its {what}")

    rev = commands.add_parser(
        "review",
        help="proposals waiting for review",
        description="List the claims proposed by `ingest`; accept or reject them on the "
        "dashboard's Review page.",
    )
    rev_commands = rev.add_subparsers(dest="review_command", required=True, metavar="ACTION")
    rev_list = rev_commands.add_parser(
        "list", help="list proposals", description="List proposals, oldest document first."
    )
    rev_list.add_argument("--document", type=int, metavar="ID", help="only this document")
    rev_list.add_argument(
        "--state",
        choices=("pending", "accepted", "rejected", "all"),
        default="pending",
        help="default: pending",
    )
    rev_list.add_argument("--json", action="store_true", help="one JSON object per line")

    sts = commands.add_parser(
        "statuses",
        help="recompute corroborated/contested from the claims",
        description="Mark claims corroborated (another independent source agrees) or "
        "contested (one conflicts); each change is kept in the history as made by Parallax. "
        "Confirmed and refuted are left to people. Imports of up to 100,000 claims and "
        "accepted reviews do this by themselves.",
    )
    sts.add_argument("--event-id", type=int, action="append", help="only this event (repeatable)")

    sig = commands.add_parser(
        "signals",
        help="divergence signals: local accounts rising while official figures stay flat",
        description="Per region and week, local accounts against their own baseline with "
        "the EARS method of public-health surveillance (PARALLAX_EARS_METHOD, "
        "PARALLAX_EARS_BASELINE_WEEKS, PARALLAX_EARS_GUARD_WEEKS, PARALLAX_EARS_THRESHOLD, "
        "PARALLAX_EARS_MIN_SD). Prints the weeks flagged while official claims stayed flat "
        "or absent, strongest first.",
    )
    sig.add_argument("--from", dest="date_from", type=_date, help="first week, YYYY-MM-DD")
    sig.add_argument("--to", dest="date_to", type=_date, help="last week, YYYY-MM-DD")
    sig.add_argument("--region", help="only this region (ISO 3166-2 code, or a country)")
    sig.add_argument(
        "--all-weeks",
        action="store_true",
        help="print every region-week with its statistic, not only the signals",
    )
    sig.add_argument("--csv", action="store_true", help="CSV instead of a readable list")

    from dashboard.brief import command as brief_command

    brief_command.register(commands)

    commands.add_parser(
        "status",
        help="what the database holds",
        description="Counts of events, claims, sources and documents.",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from dashboard.store import StoreUnavailable

    try:
        return COMMANDS[args.command](args)
    except StoreUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    except BrokenPipeError:
        # The reader (head, less) stopped early; that is not a failure of the command.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _store():
    from dashboard.store import Store

    return Store.open()


def cmd_init(args) -> int:
    from dashboard.gazetteer import load_gazetteer

    store = _store()
    store.migrate()
    added = store.seed_gazetteer(load_gazetteer())
    print(
        f"database ready: {store.engine.url.render_as_string(hide_password=True)}"
        f" ({added} regions added)"
    )
    if args.demo:
        from dashboard.demo_load import load_demo

        if store.has_synthetic_claims():
            print(
                "error: this database holds synthetic claims; the demo is never mixed with "
                "them. Use another DATABASE_URL for the demo.",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        report = load_demo(store)
        if not report.ok:
            for error in report.errors:
                print(f"error: demo data: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"demo data: {report.written} claim(s) added, {report.unchanged} already present")
    return 0


def cmd_import(args) -> int:
    from dashboard.interchange.importer import import_claims
    from dashboard.interchange.readers import FileProblem

    try:
        report = import_claims(
            _store(),
            args.file,
            skip_invalid=args.skip_invalid,
            rejects_path=args.rejects,
            progress=args.progress,
        )
    except FileProblem as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for error in report.errors:
        print(f"error: {args.file}: {error}", file=sys.stderr)
    for notice in report.notices[:20]:
        print(f"note: {args.file}: {notice}", file=sys.stderr)
    if len(report.notices) > 20:
        print(f"note: {args.file}: {len(report.notices) - 20} more repeated rows", file=sys.stderr)
    print(report.summary(), file=sys.stderr if report.errors else sys.stdout)
    return 0 if report.committed and (args.skip_invalid or not report.errors) else EXIT_BAD_INPUT


def cmd_export(args) -> int:
    from dashboard.interchange.export import format_for, write_claims

    store = _store()
    store.require_schema()
    filters = Filters(
        region=args.region,
        date_from=args.date_from,
        date_to=args.date_to,
        topic=args.topic,
        voices=tuple(args.voice or ()),
        statuses=tuple(args.status or ()),
    )
    fmt = format_for(args.out, args.format)
    if fmt == "claimreview":
        return _export_claim_reviews(store, filters, args)
    try:
        written = write_claims(store.export_tables(filters, args.event_id), args.out, fmt)
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.out and args.out != "-":
        print(f"{written} claim(s) written to {args.out} ({fmt})")
    return 0


def _export_claim_reviews(store, filters: Filters, args) -> int:
    from dashboard.interchange.claimreview import (
        missing_resolutions,
        reviews_from_store,
        write_claim_reviews,
    )

    reviews = reviews_from_store(store, filters, args.event_id, args.reviewer)
    try:
        if args.out and args.out != "-":
            with open(args.out, "wb") as handle:
                write_claim_reviews(reviews, handle)
        else:
            sys.stdout.flush()
            write_claim_reviews(reviews, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    undated = missing_resolutions(reviews)
    if undated:
        print(
            f"note: {undated} resolved claim(s) have no recorded status change, so no review "
            "date or evidence URL (their status came with an import)",
            file=sys.stderr,
        )
    if args.out and args.out != "-":
        print(f"{len(reviews)} claim review(s) written to {args.out} (claimreview)")
    return 0


def cmd_synth(args) -> int:
    from dashboard.synth import write_synthetic_csv

    if args.out:
        rows = write_synthetic_csv(args.out, args.claims, args.seed)
        print(f"{rows} synthetic claim(s) written to {args.out}")
        return 0
    from dashboard.interchange.importer import import_claims

    store = _store()
    store.require_schema()
    if store.has_real_claims():
        print(
            "error: this database holds real claims; synthetic data is never mixed with "
            "them. Point DATABASE_URL at another database.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.csv"
        write_synthetic_csv(path, args.claims, args.seed)
        # Synthetic statuses are drawn at random; comparing them pairwise would mean nothing.
        report = import_claims(store, path, kind="synth", recompute_statuses=False)
    print(report.summary())
    return 0 if report.ok else EXIT_BAD_INPUT


def cmd_status(args) -> int:
    store = _store()
    store.require_schema()
    for name, value in store.counts().items():
        print(f"{name}: {value}")
    return 0


CLAIM_KEYS = (
    "voice",
    "attributed_to",
    "measure",
    "count",
    "cause",
    "region",
    "country",
    "place",
    "date",
    "quote",
    "start",
    "end",
)


def cmd_extract(args) -> int:
    import json

    from dashboard.extract import extract
    from dashboard.ingest import IngestProblem, from_file, from_text

    try:
        record = from_text(sys.stdin.read()) if args.file == "-" else from_file(args.file)
    except (IngestProblem, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    result = extract(record.text, published=args.published or record.published_on)
    # The JSON keeps exactly the claim keys of DESIGN.md's contract; the extractor's extras
    # (count_low, count_high, cause_text) stay in the Python API for the review step.
    result["claims"] = [{k: c.get(k) for k in CLAIM_KEYS} for c in result["claims"]]
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for claim in result["claims"]:
        what = claim["measure"] + (f" {claim['count']}" if claim["count"] is not None else "")
        cause = f", cause {claim['cause']}" if claim.get("cause") else ""
        print(
            f"{claim['voice'] or '?':<11} {what}{cause} · {claim['region'] or '?'} · "
            f"{claim['date'] or 'no date'} · {claim['attributed_to'] or ''}"
        )
    print(
        f"{len(result['claims'])} claim(s), {len(result['places'])} place(s), "
        f"{len(result['dates'])} date(s)"
    )
    return 0


def cmd_ingest(args) -> int:
    from dashboard.review import ingest_documents

    store = _store()
    store.require_schema()
    failed = False
    for target in args.target:
        text = sys.stdin.read() if target.strip() == "-" else None
        about = {k: getattr(args, k) for k in ("title", "publisher", "published", "url")}
        outcome = ingest_documents(
            store, target, text=text, about=about if text is not None else None
        )
        for problem in outcome.problems:
            print(f"error: {problem}", file=sys.stderr)
        failed |= bool(outcome.problems)
        print(outcome.summary())
    return EXIT_BAD_INPUT if failed else 0


def cmd_review(args) -> int:
    import json

    store = _store()
    store.require_schema()
    states = ("pending", "accepted", "rejected") if args.state == "all" else (args.state,)
    proposals = store.proposals(args.document, states)
    if args.json:
        for row in proposals.to_dict("records"):
            print(json.dumps(row, ensure_ascii=False, default=str))
        return 0
    for row in proposals.itertuples():
        count = None if row.count is None or row.count != row.count else int(row.count)
        what = row.measure + ("" if count is None else f" {count}")
        cause = f", cause {row.cause}" if row.cause else ""
        print(
            f"#{row.id} doc {row.document_id} [{row.state}] {row.voice or '?':<11} {what}{cause}"
            f" · {row.region_code or '?'} · {row.attributed_to or ''}"
        )
    print(f"{len(proposals)} proposal(s)")
    return 0


def cmd_statuses(args) -> int:
    from dashboard.statuses import refresh_statuses

    store = _store()
    store.require_schema()
    print(refresh_statuses(store, args.event_id).summary())
    return 0


def cmd_signals(args) -> int:
    from dashboard.analysis.signals import divergence_signals, ranked_signals

    if args.date_from and args.date_to and args.date_from > args.date_to:
        print(f"error: --from {args.date_from} is after --to {args.date_to}", file=sys.stderr)
        return EXIT_BAD_INPUT
    store = _store()
    store.require_schema()
    cube = store.claim_cube()
    if args.region:
        code = args.region.strip().upper()
        inside = cube["region_code"].str.startswith(code + "-") | (cube["region_code"] == code)
        cube = cube[inside]
    weeks = divergence_signals(cube, args.date_from, args.date_to)
    shown = weeks if args.all_weeks else ranked_signals(weeks, limit=None)
    if args.csv:
        shown.to_csv(sys.stdout, index=False)
        return 0
    for row in shown.itertuples():
        flag = "SIGNAL " if row.signal else ""
        print(
            f"{flag}{row.region_code} week of {row.week:%Y-%m-%d}: {row.local} local "
            f"(expected {row.expected:.1f}, statistic {row.statistic:.1f}), "
            f"{row.official} official (expected {row.official_expected:.1f})"
        )
    tested = len(weeks)
    found = int(weeks["signal"].sum()) if tested else 0
    print(f"{found} signal(s) in {tested} region-week(s) tested")
    return 0


def cmd_brief(args) -> int:
    from dashboard.brief import command as brief_command

    return brief_command.run(args)


COMMANDS = {
    "init": cmd_init,
    "import": cmd_import,
    "export": cmd_export,
    "synth": cmd_synth,
    "status": cmd_status,
    "extract": cmd_extract,
    "ingest": cmd_ingest,
    "review": cmd_review,
    "statuses": cmd_statuses,
    "signals": cmd_signals,
    "brief": cmd_brief,
}
