"""Paragraphs of a seed -> typed blocks, grouped into the covering document and its attachments.

Each part opens with a header zone (letterhead, stamps, numbers, addressees, headings) and
goes on with a body. A signature closes a body; header matter after it opens an attachment.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...model import NUMBERED, Block, BlockType, Editorial, Line, Part, SpanKind, block_text
from .dates import starts_with_date
from .inline import Reading, classify, parse_line
from .markings import markings_in
from .source import Para, SourceLine

_SLOGAN = re.compile(r".*\bof (?:the )?(?:world|all countries),? unite!?", re.IGNORECASE)
_REGISTRY = re.compile(r"(?:No|N|№)\.?\s*[\w/-]+")
_DISTRIBUTION = re.compile(r"(?:To:\s*|To\s+comrades\s+)\S", re.IGNORECASE)
_ADDRESSEE = re.compile(r"to\s+\S", re.IGNORECASE)
_HEADING = re.compile(
    r"(?:About|On|Concerning|Regarding|Re:|Subject:|Extract from|Excerpt from)\s"
    r"|(?:Addendum|Attachment|Appendix|Enclosure|Annex)\b",
)
_CAPS_WORD = re.compile(r"[A-Z][A-Z'-]*")
_PAREN_NAME = re.compile(r"\([A-Z][\w.' -]{1,40}\)")
_NUMBERED = re.compile(r"\d+\.\s")
_CONVENTION_WORDS = re.compile(r"bracket|italic|underline|translator", re.IGNORECASE)
_CREDIT = re.compile(r"(?:Translation|Translated by|Translator)\b[,:]?\s+\S", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;:][\"”’)]*$")
_ATTACHED = re.compile(r"\battached\b", re.IGNORECASE)
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_FOOTNOTE = re.compile(r"\[(\d{1,3})\]\s+\S")  # a note under the text: "[1] The note..."
#: a signatory's name: initials then a surname, "Yu. Andropov", "M. SUSLOV", "A.A. Gromyko"
_SIGNER = re.compile(r"(?:[A-Z][A-Za-z]?\.\s?){1,3}[A-Z][\w'’-]+")
#: words of a signatory's title: "Chairman of the Committee", "Deputy head of the Department"
_ROLE = re.compile(
    r"\b(?:secretary|chairman|chair|head|deputy|chief|director|minister|ambassador|"
    r"president|procurator|prosecutor|commander|counsellor|consul|representative|editor)\b",
    re.IGNORECASE,
)
#: what a document says it is, at the head of a heading or catalogue entry: "Extract from
#: protocol No 46", "Instructions to Soviet ambassadors", "MEMORANDUM"; never its subject
#: ("On the letter of ...")
SAYS = re.compile(
    r"(?:(?:an?\s+)?(?:extract|excerpt)s?\s+from\s+(?:the\s+)?)?"
    r"(?P<word>protocol|memorandum|memo|instructions?|telegram|cable|letter|note|"
    r"resolution|decree|report|directive)\b",
    re.IGNORECASE,
)
_DOC_TYPES = ("telegram", "instruction", "memorandum", "letter", "resolution", "report", "draft")

_ID_PREFIX = {
    BlockType.CATALOGUE: "catalogue",
    BlockType.SLOGAN: "slogan",
    BlockType.LETTERHEAD: "letterhead",
    BlockType.CLASSIFICATION: "stamp",
    BlockType.REFERENCE: "number",
    BlockType.DISTRIBUTION: "distribution",
    BlockType.ADDRESSEE: "addressee",
    BlockType.CITY_LIST: "cities",
    BlockType.HEADING: "heading",
    BlockType.QUOTATION: "quote",
    BlockType.MARGINAL_NOTE: "margin",
    BlockType.ANNOTATION: "annotation",
    BlockType.EDITORIAL_SUMMARY: "summary",
    BlockType.SIGNATURE: "signature",
    BlockType.DATELINE: "dateline",
    BlockType.CONVENTIONS: "conventions",
    BlockType.CREDIT: "credit",
    BlockType.FOOTNOTE: "note",
}
_NUMBERED_AS_PARAGRAPHS = NUMBERED


class Ids:
    """Citable block ids in reading order: p1, p2... for paragraphs, heading-1... for the rest."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def next(self, kind: BlockType) -> str:
        if kind in _NUMBERED_AS_PARAGRAPHS:
            self.counts["p"] += 1
            return f"p{self.counts['p']}"
        prefix = _ID_PREFIX[kind]
        self.counts[prefix] += 1
        return f"{prefix}-{self.counts[prefix]}"


class PartReader:
    """Reads a sequence of paragraphs into parts, keeping every paragraph."""

    def __init__(self, ctx: Reading, ids: Ids) -> None:
        self.ctx = ctx
        self.ids = ids

    def block(self, kind: BlockType, paras: list[Para], lined: bool = False) -> Block:
        if lined:
            lines = tuple(parse_line([line], self.ctx) for para in paras for line in para.lines)
        elif kind is BlockType.PARAGRAPH:  # one paragraph, perhaps across a page's edge
            lines = (parse_line([line for para in paras for line in para.lines], self.ctx),)
        else:
            lines = tuple(parse_line(para.lines, self.ctx) for para in paras)
        return Block(kind, self.ids.next(kind), paras[0].line, lines)

    def read(self, paras: list[Para]) -> tuple[Part, ...]:
        parts: list[Part] = []
        current: list[Block] = []
        in_header, signed = True, False
        i = 0
        while i < len(paras):
            para = paras[i]
            if signed and is_header(para) and more_than_header(paras, i):
                parts.append(self.part(parts, current))
                current, in_header, signed = [], True, False
            if in_header:
                taken, blocks = self.header(paras, i)
                if taken:
                    current.extend(blocks)
                    i += taken
                    continue
                in_header = False
            taken, block = self.body(paras, i, current)
            if current and current[-1].id == block.id:
                current[-1] = block  # a signature continued, e.g. by the signer's name
            else:
                current.append(block)
            signed = signed or block.type is BlockType.SIGNATURE
            i += taken
        parts.append(self.part(parts, current))
        return tuple(parts)

    def part(self, parts: list[Part], blocks: list[Block]) -> Part:
        if not parts:
            return Part("main", "main", tuple(blocks))
        n = len(parts)
        return Part("attachment", f"attachment-{n}", tuple(blocks), attached_type(parts[0]))

    def header(self, paras: list[Para], i: int) -> tuple[int, list[Block]]:
        """Blocks of the header zone starting at paras[i]; (0, []) where the body begins."""
        para, text = paras[i], paras[i].text
        marker = self.marker(para)
        if marker:
            return 1, [marker]
        if is_stamp(para):
            return 1, [self.stamp(para)]
        if _SLOGAN.fullmatch(text):
            return 1, [self.block(BlockType.SLOGAN, [para])]
        if _REGISTRY.fullmatch(text):
            return 1, [self.block(BlockType.REFERENCE, [para])]
        if _DISTRIBUTION.match(text):
            return 1, [self.block(BlockType.DISTRIBUTION, [para])]
        if is_addressee(text):
            return 1, [self.block(BlockType.ADDRESSEE, [para], lined=True)]
        if _HEADING.match(text):
            return 1, [self.block(BlockType.HEADING, [para])]
        if starts_with_date(text) and len(text.split()) <= 8:
            return 1, [self.block(BlockType.DATELINE, [para])]
        rows = city_rows(paras, i)
        if len(rows) >= 2:
            return len(rows), [self.block(BlockType.CITY_LIST, rows, lined=True)]
        if is_caps(text) and not is_short_line(text):  # a heading in capitals
            return 1, [self.block(BlockType.HEADING, [para])]
        if SAYS.fullmatch(text.rstrip(".:")):  # "TELEGRAM", "MEMORANDUM": what follows is
            return 1, [self.block(BlockType.LETTERHEAD, [para], lined=True)]
        if is_short_line(text):
            nxt = paras[i + 1].text if i + 1 < len(paras) else ""
            if is_caps(text) and len(para.lines) == 1 and is_addressee(nxt):
                return 2, [self.block(BlockType.ADDRESSEE, paras[i : i + 2], lined=True)]
            return 1, [self.block(BlockType.LETTERHEAD, [para], lined=True)]
        return 0, []

    def stamp(self, para: Para) -> Block:
        """Classification and handling markings, a line each as printed."""
        return self.block(BlockType.CLASSIFICATION, [para], lined=len(para.lines) > 1)

    def marker(self, para: Para) -> Block | None:
        """A page marker or marginal note, which may stand in the header or the body."""
        content = sole_bracket(para.lines[0].text)
        if content is None:
            return None
        kind = classify(content, "", standalone=len(para.lines) == 1)
        if kind is SpanKind.PAGE and len(para.lines) == 1:
            first = parse_line(para.lines, self.ctx)
            anchor = first[0].anchor if isinstance(first[0], Editorial) else None
            return Block(BlockType.PAGE_MARKER, anchor or "", para.line, (first,))
        if kind is SpanKind.MARGIN:
            lines = tuple(parse_line([line], self.ctx) for line in para.lines)
            return Block(
                BlockType.MARGINAL_NOTE, self.ids.next(BlockType.MARGINAL_NOTE), para.line, lines
            )
        if kind is SpanKind.ORIGINAL and len(para.lines) == 1:
            line = parse_line(para.lines, self.ctx, standalone=True)
            return Block(
                BlockType.ANNOTATION, self.ids.next(BlockType.ANNOTATION), para.line, (line,)
            )
        return None

    def body(self, paras: list[Para], i: int, before: list[Block]) -> tuple[int, Block]:
        para, text = paras[i], paras[i].text
        previous = before[-1] if before else None
        marker = self.marker(para)
        if marker:
            return 1, marker
        if is_stamp(para):  # a marking is never a signature, wherever it stands
            return 1, self.stamp(para)
        if _FOOTNOTE.match(text):
            return 1, self.footnote(para)
        signed = self.signature(paras, i, before, previous)
        if signed:
            return signed
        if sole_bracket(text) is not None:
            spans = parse_line(para.lines, self.ctx, standalone=True)
            if spans and isinstance(spans[0], Editorial) and spans[0].kind is SpanKind.ILLEGIBLE:
                return 1, self.block(BlockType.PARAGRAPH, [para])  # words that cannot be read
            summary = self.ids.next(BlockType.EDITORIAL_SUMMARY)
            return 1, Block(BlockType.EDITORIAL_SUMMARY, summary, para.line, (spans,))
        if is_aside(text):
            return 1, self.block(BlockType.ASIDE, [para])
        if _DISTRIBUTION.match(text) and is_short_line(text.split(",", 1)[0]):
            return 1, self.block(BlockType.DISTRIBUTION, [para])
        if starts_with_date(text) and len(text.split()) <= 8:
            return 1, self.block(BlockType.DATELINE, [para])
        if is_caps(text) and not is_short_line(text):
            return 1, self.block(BlockType.HEADING, [para])
        if _NUMBERED.match(text) and _CONVENTION_WORDS.search(text):
            return 1, self.conventions(para)
        if _CREDIT.match(text) and len(text.split()) <= 8:
            return 1, self.block(BlockType.CREDIT, [para])
        if previous and previous.type is BlockType.PARAGRAPH and text[:1] in '"“':
            quoted = quotation_length(paras, i)
            if quoted and re.search(r":[\"”]?$", previous_text(paras, i)):
                quoted_paras = paras[i : i + quoted]
                children = tuple(self.block(BlockType.PARAGRAPH, [p]) for p in quoted_paras)
                return quoted, Block(
                    BlockType.QUOTATION, self.ids.next(BlockType.QUOTATION), para.line, (), children
                )
        taken = across_page(paras, i)
        return taken, self.block(BlockType.PARAGRAPH, paras[i : i + taken])

    def signature(
        self, paras: list[Para], i: int, before: list[Block], previous: Block | None
    ) -> tuple[int, Block] | None:
        """A signature block from paras[i]: a title line, then (in the same paragraph or
        the next ones) a signature mark and the signer's name; or the name or mark that
        continues the signature before it. None where paras[i] is no signature."""
        para = paras[i]
        kinds = [signature_line(line.text) for line in para.lines]
        continued = previous is not None and previous.type is BlockType.SIGNATURE
        if previous and continued and not {"other", "role"} & set(kinds):  # a name or mark
            more = tuple(parse_line([line], self.ctx) for line in para.lines)
            return 1, replace(previous, lines=previous.lines + more)
        taken = 1
        if kinds and kinds[0] == "role" and "other" not in kinds:
            while i + taken < len(paras) and all(
                signature_line(line.text) in ("name", "mark") for line in paras[i + taken].lines
            ):
                taken += 1
            signed = taken > 1 or {"name", "mark"} & set(kinds[1:])
            if signed:
                return taken, self.block(BlockType.SIGNATURE, paras[i : i + taken], lined=True)
        if is_signature(para.text, before, previous):
            return 1, self.block(BlockType.SIGNATURE, [para], lined=True)
        return None

    def footnote(self, para: Para) -> Block:
        """A note under the text: its number, a link back to its marker, then its words."""
        first = para.lines[0]
        number = first.text[1 : first.text.index("]")]
        rest = SourceLine(first.number, first.text[len(number) + 2 :])
        spans = (
            Editorial(SpanKind.FOOTNOTE, number),
            *parse_line([rest, *para.lines[1:]], self.ctx),
        )
        return Block(BlockType.FOOTNOTE, self.ids.next(BlockType.FOOTNOTE), para.line, (spans,))

    def conventions(self, para: Para) -> Block:
        """A numbered list whose items may be hard-wrapped onto further lines."""
        items: list[list[SourceLine]] = []
        for line in para.lines:
            if _NUMBERED.match(line.text) or not items:
                items.append([line])
            else:
                items[-1].append(line)
        lines: tuple[Line, ...] = tuple(parse_line(item, self.ctx) for item in items)
        return Block(BlockType.CONVENTIONS, self.ids.next(BlockType.CONVENTIONS), para.line, lines)


def across_page(paras: list[Para], i: int) -> int:
    """How many paragraphs from paras[i] make one paragraph: three where a page marker
    stands alone in the middle of a sentence ("... pursue aims", "[page two]", "which
    have ..."), else one."""
    if i + 2 >= len(paras) or _SENTENCE_END.search(paras[i].text):
        return 1
    marker = sole_bracket(paras[i + 1].text)
    page = marker is not None and classify(marker, "", True) is SpanKind.PAGE
    return 3 if page and paras[i + 2].text[:1].islower() else 1


def sole_bracket(text: str) -> str | None:
    """The content of a line that is one bracket and nothing else."""
    match = re.fullmatch(r"\[([^\[\]]*)\]", text)
    return match.group(1) if match else None


def is_aside(text: str) -> bool:
    """A paragraph wholly in parentheses that speaks to the reader: "(For the Ambassador: ...)"."""
    return text.startswith("(") and text.endswith(")") and (":" in text or text.startswith("(For "))


def previous_text(paras: list[Para], i: int) -> str:
    return paras[i - 1].text if i else ""


def is_stamp(para: Para) -> bool:
    return markings_in(para.text) is not None


def signature_line(text: str) -> str:
    """What a line of a signature block is: the signer's title ("role"), their name
    ("name"), a mark where they signed ("mark"), or none of these ("other")."""
    plain = _BRACKET.sub(" ", text).strip()
    if not plain:
        marks = (classify(inner, "", False) for inner in _BRACKET.findall(text))
        return "mark" if SpanKind.SIGNATURE in marks else "other"
    if not is_short_line(plain):
        return "other"
    if _SIGNER.fullmatch(plain) or _PAREN_NAME.fullmatch(plain):
        return "name"
    return "role" if _ROLE.search(plain) or is_caps(plain) else "other"


def is_header(para: Para) -> bool:
    """Matter that opens a new part when it follows a signature."""
    text = para.text
    return bool(
        is_stamp(para)
        or (_HEADING.match(text) and len(text.split()) <= 25)
        or _REGISTRY.fullmatch(text)
        or is_addressee(text)
    )


def more_than_header(paras: list[Para], i: int) -> bool:
    """Whether a text follows the header matter at paras[i]: a stamp alone under the
    signature closes its document rather than opening another."""
    return any(not is_header(p) and not _FOOTNOTE.match(p.text) for p in paras[i:])


def is_addressee(text: str) -> bool:
    return bool(_ADDRESSEE.match(text)) and is_short_line(text) and not _DISTRIBUTION.match(text)


def is_short_line(text: str) -> bool:
    """A line of a letterhead or address: a few words, not a sentence."""
    return len(text.split()) <= 12 and not _SENTENCE_END.search(text)


def is_caps(text: str) -> bool:
    """Whether the text has letters, all of them capitals (told at the first that is not:
    most paragraphs are sentences, told by their second letter)."""
    letters = False
    for char in text:
        if char.isalpha():
            if not char.isupper():
                return False
            letters = True
    return letters


def city_rows(paras: list[Para], i: int) -> list[Para]:
    """Consecutive one-line paragraphs of one or two capitalised place names (an address list);
    a row may end with a parenthesised note."""
    rows: list[Para] = []
    for para in paras[i:]:
        if len(para.lines) != 1:
            break
        names = para.text.split("(", 1)[0].split()
        if not 1 <= len(names) <= 2 or not all(_CAPS_WORD.fullmatch(n) for n in names):
            break
        rows.append(para)
    return rows


def is_signature(text: str, before: list[Block], previous: Block | None) -> bool:
    if any(classify(inner, "", False) is SpanKind.SIGNATURE for inner in _BRACKET.findall(text)):
        return True
    if previous and previous.type is BlockType.SIGNATURE and _PAREN_NAME.fullmatch(text):
        return True
    has_prose = any(b.type is BlockType.PARAGRAPH for b in before)
    return has_prose and is_caps(text) and is_short_line(text)


def quotation_length(paras: list[Para], i: int) -> int:
    """How many paragraphs from paras[i] a quotation spans, by balancing its quote marks;
    0 where the marks never balance."""
    straight, curly = 0, 0
    for n, para in enumerate(paras[i:], start=1):
        straight += para.text.count('"')
        curly += para.text.count("“") - para.text.count("”")
        if straight % 2 == 0 and curly <= 0:
            return n
    return 0


def attached_type(main: Part) -> str | None:
    """What the covering document says it attaches: "The text of this telegram ... is attached"."""
    for block in main.blocks:
        text = block_text(block)
        if _ATTACHED.search(text):
            for word in _DOC_TYPES:
                if re.search(rf"\b{word}s?\b", text, re.IGNORECASE):
                    return word
    return None
