"""One adapter per kind of input, each returning `DocumentRecord`s; a registry picks one.

Kinds: pasted text, a file (.txt, .html/.htm, .pdf — recognised by content, not by name),
a folder of files, a URL, and an RSS/Atom feed (in `feeds.py`). HTML is reduced to its
main text by trafilatura; scripts and styles are dropped as markup, never run or rendered.
"""

from __future__ import annotations

import copy
import io
import json
import logging
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
import trafilatura
from charset_normalizer import from_bytes

from dashboard.ingest.fetch import fetch
from dashboard.ingest.record import (
    DocumentRecord,
    IngestProblem,
    IngestRun,
    make_record,
    parse_published,
    utc_now,
)

MAX_FILE_BYTES = 20_000_000
MAX_PDF_PAGES = 2_000
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
PDF_TYPES = ("application/pdf",)

# pypdf logs every repairable flaw of a damaged file; the user gets one clear message.
logging.getLogger("pypdf").setLevel(logging.ERROR)


# --- pasted text -------------------------------------------------------------------------


def from_text(text: str, title=None, url=None, publisher=None, published=None) -> DocumentRecord:
    """A pasted article. Pasted HTML is reduced to its text like an HTML file."""
    if not isinstance(text, str):
        raise IngestProblem("pasted text: expected text, got binary data; save it as a file")
    if looks_like_html(text):
        page = html_to_page(text, where="pasted text", url=url)
        if published:
            page = {**page, "published": published, "precision": None}
        return _page_record(page, "text", "pasted text", url, title, publisher)
    return make_record(
        text,
        origin="text",
        where="pasted text",
        url=url,
        title=title,
        publisher=publisher,
        published=published,
    )


# --- files and folders -------------------------------------------------------------------


def from_file(path, *, max_bytes: int = MAX_FILE_BYTES) -> DocumentRecord:
    """A text, HTML or PDF file, recognised by its content (the extension only breaks ties
    between plain text and HTML)."""
    path = Path(path)
    where = str(path)
    if not path.is_file():
        raise IngestProblem(f"{where}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestProblem(
            f"{where}: {size:,} bytes, over the {max_bytes:,}-byte limit; "
            "split the file or raise the limit"
        )
    if size == 0:
        raise IngestProblem(f"{where}: the file is empty")
    data = path.read_bytes()
    url = path.resolve().as_uri()
    kind = sniff(data, suffix=path.suffix.lower(), where=where)
    if kind == "pdf":
        return pdf_record(data, where=where, url=url, origin="file")
    text = decode_text(data, where=where)
    if kind == "html" or looks_like_html(text):
        page = html_to_page(text, where=where)
        return _page_record(page, "file", where, url)
    return make_record(text, origin="file", where=where, url=url)


def from_folder(path, *, max_bytes: int = MAX_FILE_BYTES) -> tuple[list[DocumentRecord], list[str]]:
    """Every file under `path` (hidden files and folders skipped). One problem line per file
    that could not be read; a bad file never stops the rest."""
    root = Path(path)
    if not root.is_dir():
        raise IngestProblem(f"{root}: no such folder")
    records: list[DocumentRecord] = []
    problems: list[str] = []

    def unreadable(error: OSError) -> None:
        problems.append(f"{error.filename}: folder cannot be read ({error.strerror})")

    # Symlinked folders are not followed: a link must not pull in files from elsewhere.
    for directory, subdirs, files in os.walk(root, onerror=unreadable):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            try:
                records.append(from_file(Path(directory) / name, max_bytes=max_bytes))
            except IngestProblem as exc:
                problems.append(str(exc))
            except OSError as exc:
                problems.append(f"{Path(directory) / name}: cannot be read ({exc.strerror})")
    return records, problems


# --- URLs --------------------------------------------------------------------------------


def from_url(
    url: str, *, timeout: float = 10, max_bytes: int = 5_000_000, allow_private: bool = False
) -> DocumentRecord:
    """Fetch a web page (or a PDF or plain-text document) and keep its main text."""
    got = fetch(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    where = got.url
    if got.content_type in PDF_TYPES or got.body.startswith(b"%PDF-"):
        return pdf_record(got.body, where=where, url=got.url, origin="url")
    if got.content_type not in HTML_TYPES + TEXT_TYPES and got.content_type:
        raise IngestProblem(
            f"{where}: the server sent {got.content_type!r}, not a web page, text or PDF; "
            "give the URL of the article itself"
        )
    if not got.body.strip():
        raise IngestProblem(f"{where}: the server sent an empty page")
    sniff(got.body, where=where)  # binary junk sent as text/html, or with no type at all
    text = decode_text(got.body, where=where, declared=got.charset)
    if got.content_type in TEXT_TYPES and not looks_like_html(text):
        return make_record(text, origin="url", where=where, url=got.url)
    page = html_to_page(text, where=where, url=got.url)
    return _page_record(page, "url", where, got.url)


# --- content helpers ---------------------------------------------------------------------

_HTML_START = re.compile(
    r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(
    r"<(p|div|article|script|style|title|span|br|a\s+href|h[1-6]|section|table)\b[^>]*>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 2


def sniff(data: bytes, *, suffix: str = "", where: str = "input") -> str:
    """ "pdf", "html" or "text"; raises for binary junk (images, archives, executables…)."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    head = data[:8192]
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16:
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
        if b"\x00" in head or controls > len(head) * 0.02:
            raise IngestProblem(
                f"{where}: binary data, not text, HTML or PDF; "
                "give an article as .txt, .html or .pdf"
            )
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return "text"


def decode_text(data: bytes, *, where: str, declared: str | None = None) -> str:
    """Bytes to text: a declared charset if it works, UTF-8, else the best detected guess."""
    for encoding in filter(None, (declared, "utf-8-sig")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise IngestProblem(f"{where}: the text encoding cannot be recognised; save it as UTF-8")
    return data.decode(best.encoding, errors="replace")


def _strip_active_content(tree) -> None:
    for element in tree.xpath(
        "//script|//style|//noscript|//template|//iframe|//object|//embed|//svg"
    ):
        element.drop_tree()


def html_to_page(html: str, *, where: str, url: str | None = None) -> dict:
    """Main text and metadata of an HTML page. Scripts and styles are removed as markup
    before anything reads the text."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise IngestProblem(f"{where}: not readable HTML ({exc})") from exc
    had_scripts = bool(tree.xpath("//script"))
    meta_published, meta_precision = published_from_markup(tree)
    language = (tree.get("lang") or "").split("-")[0].lower() or None
    _strip_active_content(tree)
    doc = trafilatura.bare_extraction(
        lxml.html.tostring(tree, encoding="unicode"),
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        # trafilatura can discard a page it takes for boilerplate; if it holds visible
        # text, that text is still the document.
        text = _all_text(tree)
    if not text.strip():
        detail = (
            "it holds only scripts or styles, which are never run"
            if had_scripts
            else "it has no visible text"
        )
        raise IngestProblem(f"{where}: no readable text in the HTML — {detail}")
    published, precision = meta_published, meta_precision
    if published is None and doc is not None and doc.date:
        published, precision = parse_published(doc.date)
    title_nodes = tree.xpath("//title")
    title = (doc.title if doc is not None else None) or (
        title_nodes[0].text_content() if title_nodes else None
    )
    return {
        "text": text,
        "title": title,
        "publisher": doc.sitename if doc is not None else None,
        "published": published,
        "precision": precision,
        "language": language,
    }


def _all_text(tree) -> str:
    body = tree.find("body")
    node = copy.deepcopy(body if body is not None else tree)
    for element in node.iter():
        if element.tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "article"):
            element.tail = "\n" + (element.tail or "")
    return node.text_content().strip()


_META_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publication_date",
    "sailthru.date",
    "og:published_time",
)


def published_from_markup(tree):
    """(date, precision) from publishing metadata, keeping partial dates partial: a page
    that says "2021-03" was published in March 2021, not on 1 March."""
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_DATE_KEYS:
            found = parse_published(meta.get("content"))
            if found[0]:
                return found
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and item.get("datePublished"):
                found = parse_published(str(item["datePublished"]))
                if found[0]:
                    return found
    for node in tree.xpath("//time[@datetime]"):
        found = parse_published(node.get("datetime"))
        if found[0]:
            return found
    return None, None


def _page_record(page, origin, where, url, title=None, publisher=None) -> DocumentRecord:
    return make_record(
        page["text"],
        origin=origin,
        where=where,
        url=url,
        title=title or page["title"],
        publisher=publisher or page["publisher"],
        published=page["published"],
        precision=page["precision"],
        language=page["language"],
    )


def pdf_record(data: bytes, *, where: str, url: str | None, origin: str) -> DocumentRecord:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestProblem(f"{where}: the PDF is password-protected; save an open copy")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise IngestProblem(
                f"{where}: {len(reader.pages):,} pages, over the {MAX_PDF_PAGES:,}-page limit"
            )
        text = "\n\n".join((page.extract_text() or "") for page in reader.pages)
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except IngestProblem:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestProblem(f"{where}: a damaged PDF ({exc}); re-save or export it again") from exc
    if not text.strip():
        raise IngestProblem(f"{where}: the PDF has no text layer (a scan?); run OCR on it first")
    return make_record(
        text, origin=origin, where=where, url=url, title=str(title) if title else None
    )


# --- the registry ------------------------------------------------------------------------

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_FEED_PATH = re.compile(r"(\.(rss|atom|rdf)$|\.xml$|/(feed|feeds|rss|atom)(/|\.|$))", re.IGNORECASE)
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.DOTALL)


def pick_adapter(target: str) -> str:
    """ "url" | "feed" | "file" | "folder" | "text" for the CLI's `ingest TARGET`.

    A web address is a feed when its path looks like one (…/feed, .rss, .xml); an existing
    file is a feed when it starts like RSS or Atom. "-" is text from standard input.
    """
    target = target.strip()
    if target == "-":
        return "text"
    if _URL.match(target):
        from urllib.parse import urlsplit

        parts = urlsplit(target)
        if parts.scheme.lower() not in ("http", "https"):
            raise IngestProblem(f"{target}: only http and https URLs are fetched")
        path_and_query = parts.path + ("?" + parts.query if parts.query else "")
        if _FEED_PATH.search(parts.path) or re.search(
            r"[?&](format|type)=(rss|atom)", path_and_query
        ):
            return "feed"
        return "url"
    if "\n" in target or len(target) > 1024:
        return "text"
    path = Path(target).expanduser()
    if path.is_dir():
        return "folder"
    if path.is_file():
        with path.open("rb") as handle:
            head = handle.read(2048).lstrip(b"\xef\xbb\xbf")
        return "feed" if _FEED_START.match(head) else "file"
    raise IngestProblem(
        f"{target}: no such file or folder, and not an http(s) URL; "
        "give a URL, a feed, a file, a folder, or - for text on standard input"
    )


def _ingest_text(target, **_options):
    return [from_text(target)], [], set()


def _ingest_file(target, **_options):
    return [from_file(target)], [], set()


def _ingest_folder(target, **_options):
    records, problems = from_folder(target)
    return records, problems, set()


def _ingest_url(target, *, timeout=10, max_bytes=5_000_000, allow_private=False, **_options):
    record = from_url(target, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    return [record], [], set()


def _ingest_feed(target, *, seen=frozenset(), **options):
    from dashboard.ingest.feeds import read_feed

    items, new_seen, problems = read_feed(target, set(seen), **options)
    return items, problems, new_seen


ADAPTERS: dict[str, Callable] = {
    "text": _ingest_text,
    "file": _ingest_file,
    "folder": _ingest_folder,
    "url": _ingest_url,
    "feed": _ingest_feed,
}


def ingest(target: str, *, text: str | None = None, **options) -> IngestRun:
    """Run the adapter `pick_adapter` chooses. A problem with the target as a whole is one
    problem line, not an exception, so a batch of targets can go on.

    `text` is what "-" stands for (the CLI passes standard input). Options reach the URL
    and feed adapters: timeout, max_bytes, allow_private, seen, fetch_links.
    """
    started_at, clock = utc_now(), time.monotonic()
    kind, records, problems, seen = "unknown", [], [], set(options.get("seen", ()))
    try:
        kind = pick_adapter(target)
        source = text if (kind == "text" and target.strip() == "-") else target
        records, problems, new_seen = ADAPTERS[kind](source or "", **options)
        seen |= new_seen
    except IngestProblem as exc:
        problems = [str(exc)]
    return IngestRun(
        target=target,
        kind=kind,
        records=list(records),
        problems=problems,
        seen=seen,
        started_at=started_at,
        duration_seconds=time.monotonic() - clock,
    )
