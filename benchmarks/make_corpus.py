"""Write a synthetic corpus of raw scraped articles (and sidecars for a fifth of them) for the benchmark.

    python benchmarks/make_corpus.py N DIR [--seed S]

Writes DIR/NNNNN_<16 hex>.txt shaped like the pages in seeds/: navigation bullets, breadcrumbs, share
and advertisement lines, photo captions and slugs, READ MORE / RELATED links, "Must Read" teasers, comment
widgets, e-paper links, tag clouds and copyright footers around a title, a date (or none), a byline and
~5 KB of body text naming leaders and agreements under their aliases and misspellings. About 20% get a
DIR/<stem>.yml sidecar in archive/sidecar.py's schema. Article i depends only on (seed, i), so the first
1,000 articles of a 10,000-article corpus are the 1,000-article corpus, byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vocab import AGREEMENT_ALIASES, FIRST_NAMES, LAST_NAMES, LEADER_ALIASES, OUTLET_WORDS, PLACES, Vocabulary  # noqa: E402

SIDECAR_SHARE = 0.2
OUTLETS = 300
MONTHS = "January February March April May June July August September October November December".split()
SECTIONS = ["World", "Asia", "Europe", "Politics", "Business", "Economy", "Opinion", "Analysis", "Diplomacy"]
PHOTO_AGENCIES = ["AFP", "Reuters", "AP", "Xinhua", "TASS", "Sputnik", "EPA"]
SLUG_TOPICS = ["POLITICS", "DIPLOMACY", "ECONOMY", "BRI-FORUM", "SUMMIT", "TRADE", "ENERGY", "DEFENCE"]
NAV_ITEMS = ["Live", "Audio Only", "google plus", "facebook", "twitter", "Home", "Latest", "Video", "Podcasts"]
YEARS = (2016, 2024)  # the years articles are dated in (--years); the default keeps every corpus's bytes as before
ANNOTATION_KINDS = ("context", "fact-check", "correction", "translation", "source", "dating")


class ArticleWriter:
    """Makes one article's raw text (and maybe its sidecar) from a per-article random stream."""

    def __init__(self, vocab: Vocabulary, seed: int, years: tuple[int, int] = YEARS) -> None:
        self.vocab = vocab
        self.seed = seed
        self.years = years
        # A few hundred outlets, a few of them publishing most articles, as in a real collection: the
        # outlet facet's size depends on it.
        rng = random.Random(f"outlets:{seed}")
        names = sorted({f"The {rng.choice(PLACES)} {rng.choice(OUTLET_WORDS)}" for _ in range(OUTLETS * 2)})
        self.outlets = rng.sample(names, OUTLETS)
        self.outlet_weights = list(itertools.accumulate(1 / rank for rank in range(1, OUTLETS + 1)))

    # -- text pieces -------------------------------------------------------------------------------

    def person(self, rng: random.Random) -> str:
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"

    def outlet(self, rng: random.Random) -> str:
        return rng.choices(self.outlets, cum_weights=self.outlet_weights)[0]

    def leader(self, rng: random.Random) -> str:
        canonical = rng.choices(list(LEADER_ALIASES), weights=(10, 10, 3, 3, 2, 2))[0]
        return rng.choice(LEADER_ALIASES[canonical])

    def agreement(self, rng: random.Random) -> str:
        return rng.choice(AGREEMENT_ALIASES[rng.choice(list(AGREEMENT_ALIASES))])

    def words(self, rng: random.Random, k: int) -> list[str]:
        return self.vocab.draw(rng, k)

    def sentence(self, rng: random.Random, low: int = 8, high: int = 30) -> str:
        words = self.words(rng, rng.randint(low, high))
        roll = rng.random()
        if roll < 0.25:
            words.insert(rng.randrange(len(words) + 1), self.leader(rng))
        elif roll < 0.35:
            words.insert(rng.randrange(len(words) + 1), f"the {self.agreement(rng)}")
        elif roll < 0.42:
            words.insert(rng.randrange(len(words) + 1), f"in {rng.choice(PLACES)}")
        if len(words) > 10 and rng.random() < 0.5:
            words[rng.randrange(3, len(words) - 2)] += ","
        text = " ".join(words)
        text = text[0].upper() + text[1:]
        return text.rstrip(",") + "."

    def paragraph(self, rng: random.Random) -> str:
        sentences = [self.sentence(rng) for _ in range(rng.randint(1, 4))]
        roll = rng.random()
        if roll < 0.2:  # a quotation with attribution, as news paragraphs often are
            quoted = self.sentence(rng, 6, 18)
            sentences.append(f"“{quoted[:-1]},” {self.leader(rng)} said.")
        elif roll < 0.28:
            sentences.append(
                f"{self.person(rng)}, a {rng.choice(['researcher', 'fellow', 'professor', 'analyst'])} "
                f"at the {rng.choice(PLACES)} Institute, said {self.sentence(rng, 5, 12).lower()}"
            )
        return " ".join(sentences)

    def headline(self, rng: random.Random) -> str:
        pattern = rng.randrange(4)
        body = " ".join(self.words(rng, rng.randint(3, 7)))
        if pattern == 0:
            text = f"{self.leader(rng)} and {self.leader(rng)} {body}"
        elif pattern == 1:
            text = f"{self.leader(rng)}: {body}"
        elif pattern == 2:
            text = f"{body} {self.agreement(rng)}"
        else:
            text = body
        return " ".join(w[0].upper() + w[1:] for w in text.split())

    def caption(self, rng: random.Random) -> str:
        return f"{self.leader(rng)} {' '.join(self.words(rng, rng.randint(6, 14)))} in {rng.choice(PLACES)}."

    def date_line(self, rng: random.Random) -> tuple[str | None, str]:
        year, month, day = rng.randint(*self.years), rng.randint(1, 12), rng.randint(1, 28)
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        style = rng.randrange(4)
        if style == 0:
            return f"Published {day} {MONTHS[month - 1]} {year}", iso
        if style == 1:
            hour, minute = rng.randint(1, 12), rng.randint(0, 59)
            return f"{MONTHS[month - 1]} {day}, {year} {hour:02d}:{minute:02d} {rng.choice(['AM', 'PM'])} EDT", iso
        if style == 2:
            return iso, iso
        return None, iso

    # -- the article -------------------------------------------------------------------------------

    def article(self, index: int) -> tuple[str, str | None]:
        """The raw text of article `index`, and its sidecar text or None."""
        rng = random.Random(f"article:{self.seed}:{index}")
        outlet = self.outlet(rng)
        lines: list[str] = []
        if rng.random() < 0.4:  # navigation block of bullets, as copied from a menu
            for item in rng.sample(NAV_ITEMS, rng.randint(3, 6)):
                lines.append(f"{rng.choice(['  ', '    ', ''])}• {item}")
        if rng.random() < 0.5:
            lines.append(f"News > {rng.choice(SECTIONS)}")
        if rng.random() < 0.3:
            lines += ["", "Share"]
        title = self.headline(rng)
        lines += ["", title, ""]
        if rng.random() < 0.35:  # standfirst caption, then the same caption with a photo credit
            caption = self.caption(rng)
            lines += [f"  • {caption}", "", f"    {caption} | Photo: {rng.choice(PHOTO_AGENCIES)}", ""]
        date_text, iso = self.date_line(rng)
        author = None
        if rng.random() < 0.5:
            author = rng.choice([self.person(rng), self.person(rng), "Agencies", "Staff Reporter"])
            lines += [f"By {author}", ""]
        if date_text:
            lines += [date_text, ""]
        if rng.random() < 0.3:
            lines += [rng.choice(SECTIONS), ""]

        blocks: list[str | None] = []  # body paragraphs in order, None for each inserted furniture block
        target = rng.randint(3000, 6500)
        size = 0
        first = True
        while size < target:
            text = self.paragraph(rng)
            if first and rng.random() < 0.4:
                text = f"{rng.choice(PLACES).upper()}: {text}"
            first = False
            blocks.append(text)
            lines += [text, ""]
            size += len(text)
            roll = rng.random()
            if roll < 0.24:
                blocks.append(None)
            if roll < 0.06:
                lines += ["Advertisement", ""]
            elif roll < 0.11:
                lines += [f"READ MORE: {self.headline(rng)}", ""]
            elif roll < 0.15:
                lines += ["RELATED:", self.headline(rng), ""]
            elif roll < 0.19:
                lines += [self.headline(rng), ""]  # sub-heading
            elif roll < 0.22:
                agency = rng.choice(PHOTO_AGENCIES)
                slug = f"TOPSHOT-{rng.choice(['CHINA', 'RUSSIA'])}-{rng.choice(SLUG_TOPICS)}"
                photographer = f"{rng.choice(FIRST_NAMES).upper()} {rng.choice(LAST_NAMES).upper()}"
                lines += [slug, self.caption(rng), f"(Photo : {photographer}/{agency} via Getty Images)", ""]
            elif roll < 0.24:
                lines += [f"READ NEXT: {self.headline(rng)}", ""]

        # Annotations quote paragraphs between two paragraphs: not the lede beside the date and captions,
        # nor one beside furniture, so a sidecar stays valid whatever the cleaning decides at those edges.
        body = [text for i, text in enumerate(blocks[1:-1], 1) if text and blocks[i - 1] and blocks[i + 1]]

        tail_roll = rng.random()
        if tail_roll < 0.3:
            teaser = " ".join(self.words(rng, rng.randint(12, 20)))
            lines += ["Must Read", "", self.headline(rng), "", teaser[0].upper() + teaser[1:] + "...", ""]
        if rng.random() < 0.25:
            tags = [self.leader(rng) for _ in range(3)] + [" ".join(self.words(rng, 2)) for _ in range(6)]
            lines += [" ".join(tags) + " world news", ""]
        if rng.random() < 0.15:
            day = f"{rng.randint(16, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            lines += [f"Epaper_{day} LHR", "", f"Epaper_{day} KHI", ""]
        widget = rng.random()
        if widget < 0.25:
            lines += ["Comment", "0", "Comments", "Post with no comments."]
        elif widget < 0.4:
            lines += ["Post with no comments."]
        if rng.random() < 0.45:
            year = iso[:4]
            lines += ["", f"© {year} {outlet}, All rights reserved.{rng.choice(['', ' Do not reproduce without permission.'])}"]
            if rng.random() < 0.5:
                lines += ["", "Join the Conversation"]
        raw = "\n".join(lines).strip("\n") + "\n"

        sidecar = None
        if rng.random() < SIDECAR_SHARE:
            sidecar = self.sidecar(rng, index, raw, title, iso, outlet, author, body)
        return raw, sidecar

    def sidecar(self, rng, index, raw, title, iso, outlet, author, body) -> str:
        words = "-".join("".join(c for c in w.lower() if c.isalnum()) for w in title.split()[:6])
        words = "-".join(p for p in words.split("-") if p)
        slug = f"{iso}-{words}"[:66].rstrip("-") + f"-n{index:05d}"
        out = [f"slug: {slug}", "metadata:"]
        out.append(
            f"  outlet: {{value: {json.dumps(outlet)}, basis: {json.dumps('The masthead of the page names the outlet.')}}}"
        )
        if rng.random() < 0.5:
            basis = "The article reports a meeting held on this day."
            out.append(f"  date: {{value: {json.dumps(iso)}, kind: event, basis: {json.dumps(basis)}}}")
        if author is None and rng.random() < 0.5:
            name = self.person(rng)
            out.append(f"  author: {{value: {json.dumps(name)}, basis: {json.dumps('The byline on the print edition.')}}}")
        url = f"https://example.org/{index:05d}/{words[:40]}"
        out.append(f"  url: {{value: {json.dumps(url)}, basis: {json.dumps('The address the page was copied from.')}}}")
        candidates = [p for p in body if len(p) > 80]
        annotations = []
        chosen: list[str] = []
        for number in range(rng.randint(1, 3)):
            if not candidates:
                break
            paragraph = rng.choice(candidates)
            sentences = [s for s in (x.strip() for x in paragraph.split(". ")) if len(s.split()) >= 8]
            if not sentences:
                continue
            quote = rng.choice(sentences).rstrip(".")
            # Unique in the text, and not overlapping another annotation's quote (the check refuses overlaps).
            if raw.count(quote) != 1 or any(quote in q or q in quote for q in chosen):
                continue
            chosen.append(quote)
            kind = rng.choice(ANNOTATION_KINDS)
            note = " ".join(self.words(rng, rng.randint(10, 30)))
            annotations += [
                f"  - id: note-{number + 1}",
                f"    quote: {json.dumps(quote, ensure_ascii=False)}",
                f"    note: {json.dumps(note[0].upper() + note[1:] + '.', ensure_ascii=False)}",
                f"    kind: {kind}",
                f"    author: {json.dumps(self.person(rng))}",
                '    created: "2024-01-01"',
                f'    sources: ["https://example.org/sources/{index:05d}-{number + 1}"]',
            ]
        if annotations:
            out += ["annotations:", *annotations]
        return "\n".join(out) + "\n"


def write_corpus(n: int, directory: Path, seed: int = 0, years: tuple[int, int] = YEARS) -> dict:
    """Write n articles (and their sidecars) into directory; return sizes and the gzip ratio."""
    directory.mkdir(parents=True, exist_ok=True)
    writer = ArticleWriter(Vocabulary(seed), seed, years)
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)  # gzip framing, gzip's default level
    raw_bytes = compressed = sidecars = sidecar_bytes = 0
    for index in range(n):
        raw, sidecar = writer.article(index)
        data = raw.encode("utf-8")
        stem = f"{index:05d}_{hashlib.sha256(data).hexdigest()[:16]}"
        (directory / f"{stem}.txt").write_bytes(data)
        raw_bytes += len(data)
        compressed += len(compressor.compress(data))
        if sidecar is not None:
            encoded = sidecar.encode("utf-8")
            (directory / f"{stem}.yml").write_bytes(encoded)
            sidecars += 1
            sidecar_bytes += len(encoded)
    compressed += len(compressor.flush())
    return {
        "articles": n,
        "sidecars": sidecars,
        "raw_bytes": raw_bytes,
        "sidecar_bytes": sidecar_bytes,
        "gzip_bytes": compressed,
        "gzip_ratio": round(raw_bytes / compressed, 2) if compressed else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("dir", type=Path, help="directory to write into (created if missing)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--years", default=f"{YEARS[0]}-{YEARS[1]}", help="the years articles are dated in (default %(default)s)")
    args = parser.parse_args(argv)
    first, _, last = args.years.partition("-")
    years = (int(first), int(last or first))
    if args.dir.exists() and any(args.dir.iterdir()):
        parser.error(f"{args.dir} is not empty; give a new directory")
    start = time.perf_counter()
    stats = write_corpus(args.n, args.dir, args.seed, years)
    seconds = time.perf_counter() - start
    print(
        f"wrote {stats['articles']} articles ({stats['raw_bytes'] / 1e6:.1f} MB, {stats['raw_bytes'] / max(1, args.n) / 1024:.1f} KB each)"
        f" and {stats['sidecars']} sidecars to {args.dir} in {seconds:.1f} s; gzip ratio {stats['gzip_ratio']:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
