"""Gold CoNLL-U -> `Document`, for rule tests and evaluation without a model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from service.nlp.document import Document, Sentence, Word


def read_blocks(lines: Iterable[str]) -> Iterator[list[str]]:
    """Split CoNLL-U lines into sentence blocks (comments included)."""
    block: list[str] = []
    for line in lines:
        line = line.rstrip("\n").rstrip("\r")
        if not line.strip():
            if block:
                yield block
            block = []
        else:
            block.append(line)
    if block:
        yield block


def _sentence_text(block: list[str]) -> str | None:
    for line in block:
        if line.startswith("# text ="):
            return line.split("=", 1)[1].strip()
    return None


def _surface_from_tokens(rows: list[list[str]]) -> str:
    """Rebuild the sentence text from tokens and SpaceAfter=No when there is no # text."""
    parts: list[str] = []
    skip_until = 0
    for cols in rows:
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            skip_until = last
        elif int(cols[0]) <= skip_until:
            continue
        parts.append(cols[1])
        if "SpaceAfter=No" not in cols[9]:
            parts.append(" ")
    return "".join(parts).strip()


def parse_block(block: list[str], text: str, offset: int) -> Sentence:
    """One CoNLL-U sentence aligned onto `text` starting at `offset`."""
    rows = [line.split("\t") for line in block if not line.startswith("#")]
    words: list[Word] = []
    cursor = offset
    mwt_span: tuple[int, int, int] | None = None  # (last word id, start, end)
    for cols in rows:
        ident = cols[0]
        if "." in ident:  # empty nodes carry no characters
            continue
        if "-" in ident:
            last = int(ident.split("-")[1])
            start = _find(text, cols[1], cursor)
            mwt_span = (last, start, start + len(cols[1]))
            cursor = start + len(cols[1])
            continue
        index = int(ident)
        if mwt_span and index <= mwt_span[0]:
            start, end = mwt_span[1], mwt_span[2]
        else:
            start = _find(text, cols[1], cursor)
            end = start + len(cols[1])
            cursor = end
        feats = "" if cols[5] == "_" else cols[5]
        head = int(cols[6]) if cols[6].isdigit() else 0
        words.append(Word(index, cols[1], cols[2], cols[3], feats, head, cols[7], start, end))
    start = words[0].start if words else offset
    end = words[-1].end if words else offset
    return Sentence(tuple(words), start, end)


def _find(text: str, form: str, cursor: int) -> int:
    """Where the token starts: the next occurrence after the cursor, skipping only spaces."""
    found = text.find(form, cursor)
    if found < 0:
        raise ValueError(f"token {form!r} not found in text after offset {cursor}")
    return found


def document_from_conllu(source: str) -> Document:
    """Build a Document whose text is the sentences' texts joined by spaces."""
    blocks = list(read_blocks(source.splitlines()))
    texts: list[str] = []
    for block in blocks:
        sentence_text = _sentence_text(block)
        if sentence_text is None:
            rows = [line.split("\t") for line in block if not line.startswith("#")]
            sentence_text = _surface_from_tokens(rows)
        texts.append(sentence_text)
    text = " ".join(texts)
    sentences = []
    offset = 0
    for block, sentence_text in zip(blocks, texts, strict=True):
        sentences.append(parse_block(block, text, offset))
        offset += len(sentence_text) + 1
    return Document(text, tuple(sentences))


def document_to_conllu(document: Document) -> str:
    """Write a Document back as CoNLL-U, multi-word tokens (du = de + le) included."""
    out: list[str] = []
    for sentence in document.sentences:
        out.append(f"# text = {document.text[sentence.start : sentence.end]}")
        words = sentence.words
        i = 0
        while i < len(words):
            j = i
            while j + 1 < len(words) and (words[j + 1].start, words[j + 1].end) == (
                words[i].start,
                words[i].end,
            ):
                j += 1
            if j > i:
                surface = document.text[words[i].start : words[i].end]
                out.append(f"{words[i].index}-{words[j].index}\t{surface}" + "\t_" * 8)
            for w in words[i : j + 1]:
                fields = [str(w.index), w.text, w.lemma, w.upos, "_", w.feats or "_", str(w.head), w.deprel]
                out.append("\t".join([*fields, "_", "_"]))
            i = j + 1
        out.append("")
    return "\n".join(out) + "\n"
