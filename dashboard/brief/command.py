"""`python -m dashboard brief`: a press brief for a region, a period and its events.

Registered by dashboard/cli.py (`register(commands)`, and `run` behind its COMMANDS; both
imported there when called, so this module may import the CLI's date type and exit codes):
1 bad input, 2 wrong usage, 3 database (StoreUnavailable, raised to cli.main).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.brief.formats import FORMATS, format_for
from dashboard.cli import EXIT_BAD_INPUT, EXIT_USAGE, _date


def _event_id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f'"{text}" is not an event id (a whole number)')
    return int(text)


def register(commands) -> argparse.ArgumentParser:
    brief = commands.add_parser(
        "brief",
        help="write a press brief (DOCX, PDF, Markdown or HTML) for a region and period",
        description="One to two pages: for each event the official line beside the local "
        "accounts, the measured discrepancy, status and corroboration; the timeline and "
        "the map; sources with grades; caveats; citations. Protected sources appear only "
        "by their neutral label, whatever PARALLAX_ROLE says.",
    )
    brief.add_argument("--region", help="ISO 3166-2 code (e.g. KP-10); default: all regions")
    brief.add_argument("--from", dest="date_from", type=_date, help="period start YYYY-MM-DD")
    brief.add_argument("--to", dest="date_to", type=_date, help="period end YYYY-MM-DD")
    brief.add_argument(
        "--event",
        dest="event_ids",
        action="append",
        type=_event_id,
        metavar="ID",
        help="only this event (repeatable); default: every event in the region and period",
    )
    brief.add_argument("--format", choices=FORMATS, help="default: from the --out suffix, else md")
    brief.add_argument(
        "--out",
        metavar="FILE",
        help="output file (default: standard output, for md and html only)",
    )
    return brief


def run(args) -> int:
    from dashboard.brief.images import draw_charts
    from dashboard.brief.model import BriefProblem, Scope, load_brief
    from dashboard.brief.render import render
    from dashboard.store import Store

    to_stdout = not args.out or args.out == "-"
    fmt = format_for(None if to_stdout else args.out, args.format) or ("md" if to_stdout else None)
    if fmt is None:
        print(
            f'error: cannot tell the format from "{args.out}"; add --format ({"|".join(FORMATS)})',
            file=sys.stderr,
        )
        return EXIT_USAGE
    if to_stdout and fmt in ("docx", "pdf"):
        print(f"error: a {fmt} brief needs --out FILE", file=sys.stderr)
        return EXIT_USAGE
    if args.date_from and args.date_to and args.date_from > args.date_to:
        print(f"error: --from {args.date_from} is after --to {args.date_to}", file=sys.stderr)
        return EXIT_BAD_INPUT
    store = Store.open()
    store.require_schema()
    scope = Scope(
        region=args.region.strip().upper() if args.region else None,
        date_from=args.date_from,
        date_to=args.date_to,
        event_ids=tuple(dict.fromkeys(args.event_ids or ())),
    )
    try:
        brief = load_brief(store, scope)
    except BriefProblem as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    images = None if fmt == "md" else draw_charts(brief)
    for image in images or ():
        if image.png is None:
            print(f"note: {image.title}: {image.text}", file=sys.stderr)
    content = render(brief, fmt, images)
    if to_stdout:
        sys.stdout.write(content.decode("utf-8"))
        return 0
    try:
        Path(args.out).write_bytes(content)
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"brief written to {args.out} ({fmt}): {len(brief.events)} event(s)")
    return 0
