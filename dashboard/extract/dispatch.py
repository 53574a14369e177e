"""Scanning text with a large alternation, fast: at each word only the alternatives that can
begin with the text's next five characters (the word's, or the start of the next word's after
a short one: "the m" of "the ministry") are tried.

Python's regular expression engine tries every alternative of ``a|b|c|...`` at every
position. The voice and cause patterns have dozens of alternatives, most of which cannot
begin with the word at hand, so a scan spends its time failing them one by one. A
``Dispatcher`` splits the alternatives, works out how each can begin (from the parse of the
pattern), and at each word start runs a pattern holding only those that fit, or none at all.
Matches, their order and their named groups are the same as the full pattern's (tests check
it). Where the parse cannot be read (a future Python), the full pattern is used.

A few alternatives can begin with almost any word ("[\\w-]+-based groups", "[a-z]+ poisoning")
and would make every word a candidate. Such a broad alternative is tried only where it can
match: where the text holds a literal every match of it contains ("-based ", " poisoning"),
and, if it begins by looking behind for a character (an opening quote), where that character
comes before the word.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

try:  # the parser behind re.compile; private, so every use is guarded
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    _parser = _sre = None


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: "a|(b|c)|[|]" -> ["a", "(b|c)", "[|]"]."""
    parts, current, depth, i = [], [], 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "[":
            j = i + 1
            if j < len(pattern) and pattern[j] == "^":
                j += 1
            if j < len(pattern) and pattern[j] == "]":
                j += 1
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            current.append(pattern[i : j + 1])
            i = j + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


# characters of the text, from a word's start, that choose the alternatives to try: five
# tell "the ministry" from "the people" (three made every alternative opening with "the" a
# candidate at every "the"); six were no faster on the benchmark articles
KEY = 5


def _prefixes(items, ignore: bool) -> set[tuple]:
    """The ways a parsed sequence can begin: tuples of up to KEY positions, each the set of
    characters allowed there (both cases where ``ignore``, as under re.IGNORECASE) or None for
    any character; a shorter tuple means anything may follow."""
    current: set[tuple] = {()}
    for op, av in items:
        if all(len(p) >= KEY for p in current):
            break
        step = _item_prefixes(op, av, ignore)
        current = {(p + q)[:KEY] if len(p) < KEY else p for p in current for q in step}
    return current


def _item_prefixes(op, av, ignore: bool) -> set[tuple]:
    if op == _sre.LITERAL:
        return {(_cases(chr(av), ignore),)}
    if op == _sre.IN:
        chars = _in_chars(av, ignore)
        return {(None if chars is None else frozenset(chars),)}
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {()}  # zero width
    if op == _sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        inner = (ignore or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _prefixes(sub, inner)
    if op == getattr(_sre, "ATOMIC_GROUP", None):
        return _prefixes(av, ignore)
    if op == _sre.BRANCH:
        return set().union(*(_prefixes(alternative, ignore) for alternative in av[1]))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        once = _prefixes(sub, ignore)
        found: set[tuple] = {()} if low == 0 else set()
        repeated: set[tuple] = {()}
        for count in range(1, KEY + 1):
            repeated = {(p + q)[:KEY] for p in repeated for q in once}
            if count >= low or count == KEY:
                found |= repeated
            if high != _sre.MAXREPEAT and count >= high:
                break
        return found
    return {(None,)}  # any character, a category, a back-reference: anything may come


def _fits(prefix: tuple, key: str) -> bool:
    return all(
        allowed is None or (i < len(key) and key[i] in allowed) for i, allowed in enumerate(prefix)
    )


def _cases(char: str, ignore: bool) -> frozenset[str]:
    return frozenset({char, char.lower(), char.upper()}) if ignore else frozenset({char})


def _in_chars(items, ignore: bool) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op == _sre.LITERAL:
            chars |= _cases(chr(av), ignore)
        elif op == _sre.RANGE and av[1] - av[0] < 128:
            for code in range(av[0], av[1] + 1):
                chars |= _cases(chr(code), ignore)
        else:
            return None  # a category, a negation or a wide range
    return chars


def _required_literal(items) -> str | None:
    """The longest run of plain characters (four or more) that every match of a parsed
    sequence contains, at its top level; None where there is none."""
    best, run = "", []
    for op, av in [*items, (None, None)]:
        if op == _sre.LITERAL:
            run.append(chr(av))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    return best if len(best) >= 4 else None


def _char_before(items, ignore: bool) -> frozenset[str] | None:
    """The characters a sequence that begins by looking behind for one of them (``(?<=[x])``)
    requires before its start; None where it does not begin so."""
    if not items:
        return None
    op, av = items[0]
    if op != _sre.ASSERT or av[0] != -1 or len(av[1]) != 1:
        return None
    ((inner_op, inner_av),) = av[1]
    if inner_op == _sre.LITERAL:
        return _cases(chr(inner_av), ignore)
    if inner_op == _sre.IN:
        chars = _in_chars(inner_av, ignore)
        return None if chars is None else frozenset(chars)
    return None


def _broad(prefixes: set[tuple]) -> bool:
    """Whether an alternative may begin with almost any word: its first character is any
    character or one of a class, not one letter in its two cases."""
    return any(not p or p[0] is None or len(p[0]) > 2 for p in prefixes)


class Dispatcher:
    """``head`` + one of the named groups' alternatives + ``tail``, scanned word by word.

    ``groups`` is a list of (group name, pattern); ``head`` must only let a match begin where
    a word begins (as ``(?<!\\w)(?=\\w)`` does)."""

    def __init__(self, head: str, groups: list[tuple[str, str]], tail: str, flags: int = 0):
        self._head, self._tail, self._flags = head, tail, flags
        self.full = re.compile(self._source([(n, [p]) for n, p in groups]), flags)
        self._alternatives = [(name, alt) for name, p in groups for alt in split_alternatives(p)]
        self._prefixes: list[set[tuple]] | None = None
        # broad alternatives, by index: the literal a text must hold for each to match
        # anywhere in it (a pattern searching for it), and the characters one must find
        # before a word for it to match there
        self._literal_gates: dict[int, re.Pattern] = {}
        self._before_gates: dict[int, frozenset[str]] = {}
        if _parser is not None:
            try:
                ignore = bool(flags & re.IGNORECASE)
                parsed = [_parser.parse(alt, flags) for _, alt in self._alternatives]
                self._prefixes = [_prefixes(items, ignore) for items in parsed]
                for i, items in enumerate(parsed):
                    if not _broad(self._prefixes[i]):
                        continue
                    literal = _required_literal(items)
                    if literal is not None:
                        self._literal_gates[i] = re.compile(re.escape(literal), flags)
                    before = _char_before(items, ignore)
                    if before is not None:
                        self._before_gates[i] = before
            except Exception:  # pragma: no cover - a parse this module cannot read
                self._prefixes = None
                self._literal_gates, self._before_gates = {}, {}
        self._chars_before = frozenset().union(*self._before_gates.values())
        self._tables: dict[frozenset[int], dict[str, re.Pattern | None]] = {}
        self._exclusions: dict[tuple[frozenset[int], str | None], frozenset[int]] = {}
        self._absent_by_text: tuple[str, frozenset[int]] | None = None
        self._cache: dict[tuple[int, ...], re.Pattern | None] = {}

    def _source(self, groups: list[tuple[str, list[str]]]) -> str:
        body = "|".join(f"(?P<{name}>{'|'.join(alts)})" for name, alts in groups if alts)
        return f"{self._head}(?:{body}){self._tail}"

    def _for_key(self, key: str, excluded: frozenset[int]) -> re.Pattern | None:
        assert self._prefixes is not None
        chosen = tuple(
            i
            for i, prefixes in enumerate(self._prefixes)
            if i not in excluded and any(_fits(p, key) for p in prefixes)
        )
        if chosen not in self._cache:
            self._cache[chosen] = self._compiled(chosen)
        return self._cache[chosen]

    def _compiled(self, chosen: tuple[int, ...]) -> re.Pattern | None:
        if not chosen:
            return None
        groups: list[tuple[str, list[str]]] = []
        for i in chosen:
            name, alt = self._alternatives[i]
            if groups and groups[-1][0] == name:
                groups[-1][1].append(alt)
            else:
                groups.append((name, [alt]))
        return re.compile(self._source(groups), self._flags)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        """The matches of the full pattern in text[start:end], in order."""
        end = len(text) if end is None else end
        if self._prefixes is None:
            yield from self.full.finditer(text, start, end)
            return
        absent = self._absent_in(text)
        excluded = self._excluded(absent, None)
        by_key = self._table(excluded)
        chars_before = self._chars_before
        last_end = start
        positions = word_positions(text)
        first = bisect.bisect_left(positions, start)
        # (the words of the window only: a window is often a few words of a long text)
        for position in positions[first : bisect.bisect_left(positions, end, first)]:
            if position < last_end:
                continue
            key = text[position : position + KEY]  # (past ``end`` only when no match fits)
            table = by_key
            if chars_before and position and text[position - 1] in chars_before:
                table = self._table(self._excluded(absent, text[position - 1]))
            pattern = table.get(key, _UNSEEN)
            if pattern is _UNSEEN:
                if _caseless_or_ascii(key):
                    skip = excluded
                    if table is not by_key:
                        skip = self._excluded(absent, text[position - 1])
                    pattern = table[key] = self._for_key(key, skip)
                else:
                    pattern = self.full  # letters whose case folding is not plain lower-casing
            if pattern is None:
                continue
            match = pattern.match(text, position, end)
            if match and match.end() > position:
                yield match
                last_end = match.end()

    def _absent_in(self, text: str) -> frozenset[int]:
        """The broad alternatives whose literal ``text`` does not hold (kept for the last
        text: the extractor scans one text several times)."""
        if not self._literal_gates:
            return frozenset()
        last = self._absent_by_text
        if last is not None and last[0] is text:
            return last[1]
        absent = frozenset(i for i, lit in self._literal_gates.items() if lit.search(text) is None)
        self._absent_by_text = (text, absent)
        return absent

    def _excluded(self, absent: frozenset[int], char: str | None) -> frozenset[int]:
        """The alternatives not to try at a word: those whose literal the text lacks, and
        those looking behind for a character other than ``char`` (the one before the word)."""
        found = self._exclusions.get((absent, char))
        if found is None:
            found = self._exclusions[(absent, char)] = absent | {
                i for i, chars in self._before_gates.items() if char not in chars
            }
        return found

    def _table(self, excluded: frozenset[int]) -> dict[str, re.Pattern | None]:
        """Word key -> the pattern to try there, for one set of excluded alternatives."""
        table = self._tables.get(excluded)
        if table is None:
            table = self._tables[excluded] = {}
        return table


_UNSEEN = object()  # a word key not looked up yet


def _caseless_or_ascii(text: str) -> bool:
    return text.isascii() or all(c.isascii() or c.lower() == c.upper() for c in text)


# A word: a run of letters, a digit, or a Hangul syllable (each digit or syllable after the
# first is not at a word start).
_WORD_START = re.compile(r"(?<!\w)(?:[^\W\d_]+|\w)")


@functools.lru_cache(maxsize=8)
def word_starts(text: str) -> list[tuple[int, str]]:
    """(position, lower-cased word) of every word start in the text, in order; shared by the
    scanners of one text (the extractor scans the same article several times)."""
    return [(m.start(), m.group().lower()) for m in _WORD_START.finditer(text)]


@functools.lru_cache(maxsize=8)
def word_positions(text: str) -> list[int]:
    """The positions of ``word_starts``, alone (for bisecting and scanning)."""
    return [position for position, _ in word_starts(text)]


def ends_near(text: str, start: int, end: int, words: tuple[str, ...], count: int) -> bool:
    """Whether one of the last ``count`` words of text[start:end] (split at white space,
    lower-cased) ends with one of ``words``: a cheap test before searching a window with a
    pattern that must end where the window ends and whose every match has one of those words,
    each followed by white space, among its last ``count``. Nearly every window fails the
    test, which costs a fraction of the search. (Only the last words are split off.)"""
    return any(
        word.endswith(words) for word in text[start:end].lower().rsplit(None, count)[-count:]
    )
