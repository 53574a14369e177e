"""Ingestion adapters against real inputs: files in tmp_path and pages and feeds served by a
local HTTP server on 127.0.0.1. Bad inputs get clear problems; nothing here leaves the host.
"""

from __future__ import annotations

import socket
import time
import zlib
from datetime import date

import pytest

from dashboard.ingest import (
    DocumentRecord,
    FeedItem,
    IngestProblem,
    from_file,
    from_folder,
    from_text,
    from_url,
    ingest,
    load_seen,
    pick_adapter,
    read_feed,
    save_seen,
)
from dashboard.ingest.fetch import is_public_address
from tests.localweb import rss, serve

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Hyesan hospital deaths | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-04-20T09:00:00+09:00">
<script>window.location = "https://evil.invalid/"; document.write("INJECTED");</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Eight isolation-ward patients die in Hyesan</h1>
<p>The People's Hospital in Hyesan, Ryanggang Province, said eight patients in its isolation
wards died of tuberculosis in March.</p>
<script>alert("never run");</script>
<p>A source in Yanggang Province told the paper that residents believe the patients died of
COVID-19, pointing to the immediate cremation of the bodies.</p>
<p>Authorities imposed a lockdown on the city from 3 March and limited funerals to one day.</p>
</article>
</body></html>"""

MONTH_ONLY = """<html><head><title>Monthly bulletin</title>
<meta name="dcterms.issued" content="2021-03"></head>
<body><p>The ministry said there were no confirmed cases in the province this month.</p></body>
</html>"""

SCRIPT_ONLY = """<html><head><script>fetch("/steal?c=" + document.cookie)</script></head>
<body><script>alert(1)</script><style>body{}</style></body></html>"""


def make_pdf(text: str) -> bytes:
    """A minimal valid one-page PDF with `text` in Helvetica, offsets computed by hand."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- pasted text -----------------------------------------------------------------------------


def test_text_record_has_hash_language_and_partial_date():
    record = from_text(
        "The hospital said eight patients died of tuberculosis.",
        title="Statement",
        published="2021-03",
    )
    assert isinstance(record, DocumentRecord)
    assert record.origin == "text"
    assert record.published_on == date(2021, 3, 1)
    assert record.published_precision == "month"
    assert record.language == "en"
    assert len(record.content_hash) == 64
    assert record.retrieved_at.tzinfo is None


def test_same_text_twice_has_same_hash_whatever_the_whitespace():
    first = from_text("Eight patients died\nin the isolation ward.  ")
    again = from_text("  Eight  patients died in the\r\n\tisolation ward.")
    other = from_text("Nine patients died in the isolation ward.")
    assert first.content_hash == again.content_hash
    assert first.content_hash != other.content_hash


def test_empty_text_is_refused():
    with pytest.raises(IngestProblem, match="no readable text"):
        from_text(" \n\t ")


def test_bad_publication_date_is_refused_with_the_format_to_use():
    with pytest.raises(IngestProblem, match="YYYY-MM-DD"):
        from_text("Some article text.", published="last spring")


def test_pasted_html_keeps_text_and_drops_scripts():
    record = from_text(ARTICLE)
    assert "tuberculosis" in record.text
    assert "INJECTED" not in record.text and "alert" not in record.text
    assert "color: red" not in record.text


def test_korean_text_is_recognised_as_korean():
    assert from_text("량강도 혜산시 인민병원에서 환자 8명이 사망했다.").language == "ko"


# --- files and folders -----------------------------------------------------------------------


def test_text_html_and_pdf_files_become_records(tmp_path):
    (tmp_path / "note.txt").write_text("Residents say the deaths were from COVID-19.\n")
    (tmp_path / "page.html").write_text(ARTICLE)
    (tmp_path / "report.pdf").write_bytes(make_pdf("Eight patients died of tuberculosis."))

    text = from_file(tmp_path / "note.txt")
    page = from_file(tmp_path / "page.html")
    pdf = from_file(tmp_path / "report.pdf")

    assert text.origin == page.origin == pdf.origin == "file"
    assert text.text == "Residents say the deaths were from COVID-19."
    assert text.url.startswith("file://")
    assert "cremation" in page.text and "INJECTED" not in page.text
    assert page.publisher == "Example News"
    assert (page.published_on, page.published_precision) == (date(2021, 4, 20), "day")
    assert "Eight patients died of tuberculosis." in pdf.text


def test_file_kind_is_sniffed_from_content_not_the_name(tmp_path):
    (tmp_path / "misnamed.txt").write_bytes(make_pdf("A PDF saved as txt."))
    (tmp_path / "page.dat").write_text(ARTICLE)
    assert "A PDF saved as txt." in from_file(tmp_path / "misnamed.txt").text
    assert "<p>" not in from_file(tmp_path / "page.dat").text


def test_html_file_keeps_a_month_only_date_as_month_precision(tmp_path):
    (tmp_path / "bulletin.html").write_text(MONTH_ONLY)
    record = from_file(tmp_path / "bulletin.html")
    assert (record.published_on, record.published_precision) == (date(2021, 3, 1), "month")
    assert "no confirmed cases" in record.text


def test_text_file_in_a_legacy_korean_encoding_is_decoded(tmp_path):
    (tmp_path / "ko.txt").write_bytes(
        "량강도 혜산시 인민병원에서 환자 여덟 명이 사망했다고 밝혔다.".encode("euc-kr")
    )
    assert "혜산시" in from_file(tmp_path / "ko.txt").text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4, "binary data"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  \t\n", "no readable text"),
        ("scripts.html", SCRIPT_ONLY.encode(), "only scripts"),
        ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf\n", "PDF"),
    ],
)
def test_bad_files_get_clear_problems_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestProblem, match=message) as caught:
        from_file(path)
    assert name in str(caught.value)


def test_oversize_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(IngestProblem, match="over the 100-byte limit"):
        from_file(path, max_bytes=100)


def test_folder_reads_every_good_file_and_reports_each_bad_one(tmp_path):
    (tmp_path / "a.txt").write_text("First article about Hyesan.")
    (tmp_path / "b.html").write_text(ARTICLE)
    nested = tmp_path / "more"
    nested.mkdir()
    (nested / "c.pdf").write_bytes(make_pdf("Third article, in a PDF."))
    (nested / "junk.bin").write_bytes(zlib.compress(b"x" * 5000) + b"\x00\x01\x02")
    (tmp_path / "z_empty.txt").write_bytes(b"")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")

    records, problems = from_folder(tmp_path)

    assert len(records) == 3
    assert len(problems) == 2
    assert any("junk.bin" in line and "binary" in line for line in problems)
    assert any("z_empty.txt" in line for line in problems)


# --- URLs ------------------------------------------------------------------------------------


def test_url_article_is_fetched_with_main_text_and_metadata(server):
    url = serve(server, "/news/hyesan", ARTICLE.encode())
    record = from_url(url, allow_private=True)
    assert record.origin == "url"
    assert record.url == url
    assert "tuberculosis" in record.text and "COVID-19" in record.text
    assert "INJECTED" not in record.text and "never run" not in record.text
    assert "Home" not in record.text  # navigation is not the article
    assert record.publisher == "Example News"
    assert record.title
    assert (record.published_on, record.published_precision) == (date(2021, 4, 20), "day")
    assert record.language == "en"


def test_same_article_from_url_and_file_hashes_the_same(server, tmp_path):
    url = serve(server, "/same", ARTICLE.encode())
    (tmp_path / "same.html").write_text(ARTICLE)
    assert (
        from_url(url, allow_private=True).content_hash
        == from_file(tmp_path / "same.html").content_hash
    )


def test_redirects_are_followed(server):
    serve(server, "/final", ARTICLE.encode())
    url = serve(server, "/old", b"", status=301, headers={"Location": "/final"})
    record = from_url(url, allow_private=True)
    assert record.url == server.base + "/final"


def test_endless_redirects_stop_with_a_problem(server):
    url = serve(server, "/loop", b"", status=302, headers={"Location": "/loop"})
    with pytest.raises(IngestProblem, match="redirects"):
        from_url(url, allow_private=True)


def test_url_with_spaces_and_non_ascii_path_is_fetched(server):
    serve(server, "/%ED%98%9C%EC%82%B0%20news", ARTICLE.encode())
    record = from_url(server.base + "/혜산 news", allow_private=True)
    assert "tuberculosis" in record.text


def test_redirect_target_is_checked_again(server):
    url = serve(server, "/to-file", b"", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(IngestProblem, match="only http and https"):
        from_url(url, allow_private=True)


def test_oversize_body_stops_at_the_cap(server):
    def endless(out):  # no Content-Length: the cap must stop the stream itself
        for _ in range(200):
            out.write(b"<p>" + b"x" * 8192 + b"</p>")

    url = serve(server, "/huge", endless)
    with pytest.raises(IngestProblem, match="over the 50,000-byte limit"):
        from_url(url, allow_private=True, max_bytes=50_000)


def test_declared_oversize_body_is_refused_from_its_length(server):
    url = serve(server, "/declared", b"<p>" + b"y" * 60_000 + b"</p>")
    with pytest.raises(IngestProblem, match="over the 50,000-byte limit"):
        from_url(url, allow_private=True, max_bytes=50_000)


def test_non_html_content_type_is_refused(server):
    url = serve(server, "/image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, content_type="image/png")
    with pytest.raises(IngestProblem, match="'image/png'"):
        from_url(url, allow_private=True)


def test_pdf_url_is_read(server):
    url = serve(server, "/report.pdf", make_pdf("Official report text."), "application/pdf")
    assert "Official report text." in from_url(url, allow_private=True).text


def test_script_only_page_is_refused(server):
    url = serve(server, "/scripts", SCRIPT_ONLY.encode())
    with pytest.raises(IngestProblem, match="only scripts"):
        from_url(url, allow_private=True)


def test_http_error_is_reported_with_its_status(server):
    with pytest.raises(IngestProblem, match="404"):
        from_url(server.base + "/missing", allow_private=True)


def test_slow_server_hits_the_time_limit(server):
    def slow(out):
        time.sleep(1.5)
        out.write(b"<p>late</p>")

    url = serve(server, "/slow", slow)
    started = time.monotonic()
    with pytest.raises(IngestProblem, match="time limit"):
        from_url(url, allow_private=True, timeout=0.5)
    assert time.monotonic() - started < 1.4


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/admin",
        "http://localhost:8080/",
        "http://10.0.0.5/",
        "http://192.168.1.1/router",
        "http://172.16.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://2130706433/",  # 127.0.0.1 written as one number
    ],
)
def test_loopback_and_private_addresses_are_refused_by_default(server, url):
    before = list(server.hits)
    with pytest.raises(IngestProblem, match="refused"):
        from_url(url)
    assert server.hits == before


def test_default_refuses_the_local_server_without_contacting_it(server):
    url = serve(server, "/private", ARTICLE.encode())
    with pytest.raises(IngestProblem, match="loopback or private"):
        from_url(url)
    assert "/private" not in server.hits


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)"]
)
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(IngestProblem, match="http"):
        from_url(url)


def test_every_resolved_address_is_checked(monkeypatch):
    # A host with one public and one private address is refused as a whole, before any
    # connection; the resolver (not our code) is replaced to give that answer.
    def resolver(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    with pytest.raises(IngestProblem, match=r"refused.*10\.0\.0\.7"):
        from_url("http://mixed.example/article")


def test_binary_body_sent_as_html_is_refused(server):
    url = serve(server, "/lying", b"\x00\x01\x02\x03binary" * 100)
    with pytest.raises(IngestProblem, match="binary data"):
        from_url(url, allow_private=True)


def test_public_address_check():
    assert is_public_address("93.184.215.14")
    assert is_public_address("2606:4700::1111")
    for private in (
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.1",
        "100.64.0.1",
        "::1",
        "fe80::1",
        "::ffff:10.0.0.1",
        "0.0.0.0",
        "224.0.0.1",
    ):
        assert not is_public_address(private), private


# --- feeds -----------------------------------------------------------------------------------


def test_feed_returns_only_new_items_across_reads(server):
    url = serve(
        server, "/feed.xml", rss([("a1", "First", "Eight patients died.")]), "application/rss+xml"
    )
    items, seen, problems = read_feed(url, set(), allow_private=True)
    assert problems == []
    assert [item.title for item in items] == ["First"]
    record = items[0]
    assert record.origin == "feed"
    assert record.publisher == "Example Feed"
    assert record.url == "http://example.org/a1"
    assert (record.published_on, record.published_precision) == (date(2021, 4, 20), "day")
    assert seen == {"a1"}

    serve(
        server,
        "/feed.xml",
        rss([("a2", "Second", "Lockdown from 3 March."), ("a1", "First", "Eight patients died.")]),
        "application/rss+xml",
    )
    items, seen, problems = read_feed(url, seen, allow_private=True)
    assert [item.title for item in items] == ["Second"]
    assert seen == {"a1", "a2"}

    items, seen_again, _ = read_feed(url, seen, allow_private=True)
    assert items == [] and seen_again == seen


def test_remembered_items_survive_a_restart_through_a_file(tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss([("g1", "One", "Text one."), ("g2", "Two", "Text two.")]))
    memory = tmp_path / "state" / "seen.json"
    _, seen, _ = read_feed(str(feed), load_seen(memory))
    save_seen(memory, seen)
    items, _, problems = read_feed(str(feed), load_seen(memory))
    assert items == [] and problems == []


def test_atom_feed_item_without_text_is_a_feed_item_to_fetch(tmp_path):
    feed = tmp_path / "atom.xml"
    feed.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>'
        "<id>urn:x</id><updated>2021-03-05T00:00:00Z</updated>"
        "<entry><id>urn:e1</id><title>Bare</title><link href='http://example.org/e1'/>"
        "<updated>2021-03-05T00:00:00Z</updated></entry></feed>"
    )
    items, seen, problems = read_feed(str(feed), set())
    assert problems == []
    assert items == [
        FeedItem("urn:e1", "http://example.org/e1", "Bare", "Agency", date(2021, 3, 5), "day")
    ]
    assert seen == {"urn:e1"}


def test_feed_links_can_be_fetched_as_articles(server):
    serve(server, "/a/linked", ARTICLE.encode())
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Links</title>'
        f"<item><guid>l1</guid><link>{server.base}/a/linked</link></item></channel></rss>"
    ).encode()
    url = serve(server, "/links.rss", body, "application/rss+xml")
    items, _, problems = read_feed(url, set(), fetch_links=True, allow_private=True)
    assert problems == []
    assert items[0].origin == "feed" and "tuberculosis" in items[0].text


def test_feed_item_with_a_single_tag_loses_its_markup(tmp_path):
    feed = tmp_path / "b.rss"
    feed.write_bytes(rss([("b1", "B", "&lt;b&gt;Bold&lt;/b&gt; claim by the ministry.")]))
    items, _, _ = read_feed(str(feed), set())
    assert items[0].text == "Bold claim by the ministry."


def test_feed_item_html_has_its_scripts_dropped(tmp_path):
    feed = tmp_path / "f.rss"
    feed.write_bytes(
        rss(
            [
                (
                    "s1",
                    "S",
                    "&lt;p&gt;Real words here.&lt;/p&gt;&lt;script&gt;alert(1)"
                    "&lt;/script&gt;&lt;p&gt;And more.&lt;/p&gt;",
                )
            ]
        )
    )
    items, _, _ = read_feed(str(feed), set())
    assert "Real words here." in items[0].text and "alert" not in items[0].text


def test_malformed_feed_is_a_problem_and_the_run_goes_on(server):
    bad = serve(server, "/bad.rss", b"<rss><<channel & &&& <item", "application/rss+xml")
    good = serve(server, "/good.rss", rss([("ok1", "Fine", "Fine text.")]), "application/rss+xml")
    results = [read_feed(url, set(), allow_private=True) for url in (bad, good)]
    (bad_items, _, bad_problems), (good_items, _, good_problems) = results
    assert bad_items == []
    assert len(bad_problems) == 1 and "bad.rss" in bad_problems[0]
    assert "well-formed" in bad_problems[0]
    assert [item.title for item in good_items] == ["Fine"] and good_problems == []


def test_slightly_broken_feed_keeps_recovered_items_and_says_so(tmp_path):
    feed = tmp_path / "loose.rss"
    feed.write_bytes(
        b"<rss version='2.0'><channel><title>Loose</title><item><guid>k1</guid>"
        b"<title>Kept</title><description>Words & more words.</description></item>"
    )
    items, seen, problems = read_feed(str(feed), set())
    assert [item.title for item in items] == ["Kept"] and seen == {"k1"}
    assert len(problems) == 1 and "recovered" in problems[0]


def test_html_page_given_as_a_feed_is_a_problem(server):
    url = serve(server, "/notafeed", b"<html><body><p>Hello</p></body></html>")
    items, _, problems = read_feed(url, set(), allow_private=True)
    assert items == [] and "not" in problems[0] and "feed" in problems[0]


def test_unreachable_feed_is_a_problem_not_an_exception():
    url = f"http://127.0.0.1:{closed_port()}/feed.xml"
    items, seen, problems = read_feed(url, {"old"}, allow_private=True, timeout=2)
    assert items == [] and seen == {"old"}
    assert len(problems) == 1 and "could not connect" in problems[0]


def test_feed_url_on_a_private_address_is_refused_by_default(server):
    url = serve(server, "/private-feed.rss", rss([("p1", "P", "x")]), "application/rss+xml")
    items, _, problems = read_feed(url, set())
    assert items == [] and "refused" in problems[0]
    assert "/private-feed.rss" not in server.hits


# --- the registry ----------------------------------------------------------------------------


def test_pick_adapter_chooses_by_target(tmp_path):
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "news.xml").write_bytes(rss([("x", "X", "x")]))
    assert pick_adapter("https://example.org/2021/04/hyesan.html") == "url"
    assert pick_adapter("https://example.org/feed") == "feed"
    assert pick_adapter("https://example.org/rss.xml") == "feed"
    assert pick_adapter("https://example.org/news?format=rss") == "feed"
    assert pick_adapter(str(tmp_path)) == "folder"
    assert pick_adapter(str(tmp_path / "a.txt")) == "file"
    assert pick_adapter(str(tmp_path / "news.xml")) == "feed"
    assert pick_adapter("-") == "text"


def test_pick_adapter_refuses_a_missing_path_and_other_schemes(tmp_path):
    with pytest.raises(IngestProblem, match="no such file or folder"):
        pick_adapter(str(tmp_path / "nowhere.txt"))
    with pytest.raises(IngestProblem, match="http"):
        pick_adapter("ftp://example.org/file.txt")


def test_ingest_runs_the_picked_adapter_and_records_the_run(tmp_path, server):
    (tmp_path / "good.txt").write_text("A good article.")
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02\x03" * 50)
    run = ingest(str(tmp_path))
    assert run.kind == "folder" and len(run.records) == 1 and len(run.problems) == 1
    assert run.duration_seconds >= 0

    url = serve(server, "/run.rss", rss([("r1", "R", "Run text.")]), "application/rss+xml")
    first = ingest(url, allow_private=True)
    second = ingest(url, allow_private=True, seen=first.seen)
    assert first.kind == "feed" and len(first.records) == 1 and second.records == []

    stdin = ingest("-", text="Pasted from standard input.")
    assert stdin.kind == "text" and stdin.records[0].origin == "text"

    missing = ingest(str(tmp_path / "missing.pdf"))
    assert missing.records == [] and "no such file" in missing.problems[0]
