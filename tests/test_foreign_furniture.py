"""Furniture and credits in other languages (issue 17): "Read also:" lead-ins and an agency's own footer. Each rule with
and without its trigger, on invented text, asserting the exact outcome."""

from __future__ import annotations

import pytest

from archive.clean import clean
from archive.extract import from_text
from archive.model import CleanArticle, Metadata, RawArticle
from archive.registry import Registry

REGISTRY = Registry(())
HEAD = ("Портовый город принял делегацию", "05.06.2019 14:35")
BODY = (
    "Мэр портового города в понедельник встретился с делегацией и обсудил с ней торговлю зерном и железные дороги.",
    "Стороны договорились расширить сотрудничество в следующем году и создать новую рабочую группу в городе.",
)


def build(*lines: str, registry: Registry = REGISTRY) -> tuple[CleanArticle, Metadata]:
    cleaned = clean(RawArticle("seeds/x.txt", "x.txt", "x", "0" * 64, lines))
    return cleaned, from_text(cleaned, registry)


@pytest.mark.parametrize(
    ("lead_in", "sentence"),
    [
        ("Читайте также: Мэр рассказал о новом мосте", "Читайте внимательно: мэр рассказал о новом мосте в понедельник."),
        ("Lire aussi : Le maire inaugure le pont", "Lire aussi le rapport du maire sur le pont, a-t-il dit."),
        ("Baca juga: Wali kota resmikan jembatan baru", "Baca laporan wali kota tentang jembatan baru itu, katanya."),
        ("Lesen Sie auch: Bürgermeister eröffnet Brücke", "Lesen Sie den Bericht des Bürgermeisters über die Brücke."),
        ("相关阅读：市长为新桥剪彩", "市长在会上阅读了关于新桥的相关报告，并回答了记者的提问。"),
    ],
)
def test_a_read_also_lead_in_in_another_language_goes_with_its_headline(lead_in: str, sentence: str) -> None:
    cleaned, _ = build(*HEAD, BODY[0], lead_in, BODY[1])
    assert [(d.number, d.rule) for d in cleaned.dropped] == [(4, "read-more")]
    # the same words opening a sentence, without the colon, are the article's
    cleaned, _ = build(*HEAD, BODY[0], sentence, BODY[1])
    assert sentence in [line.text for line in cleaned.lines]


def registry_with_agency() -> Registry:
    from archive.problems import Problems
    from archive.registry import parse_registry

    text = "outlets:\n  - name: Harbour Agency\n    aliases: [Агентство Гавань]\n    role: news agency\n"
    return parse_registry("registry.yml", text, Problems())


def test_an_agency_footer_at_the_end_of_the_page_names_the_outlet() -> None:
    registry = registry_with_agency()
    _, meta = build(*HEAD, *BODY, "Поделиться", "© 2019 Агентство Гавань", registry=registry)
    assert (meta.outlet.value, meta.outlet.provenance.evidence) == ("Harbour Agency", "© 2019 Агентство Гавань")
    # without a year, under the last paragraph: a photo's credit
    assert build(*HEAD, *BODY, "© Агентство Гавань", registry=registry)[1].outlet.value is None
    # between the paragraphs the same line credits a photo: no outlet
    _, meta = build(*HEAD, BODY[0], "© 2019 Агентство Гавань", BODY[1], registry=registry)
    assert meta.outlet.value is None
    # above the article, far from the page's end and without "all rights reserved": a photo's credit too (a © naming
    # no agency there would be the outlet)
    _, meta = build(*HEAD, "© 2019 Агентство Гавань", *BODY, "Поделиться", "Главная", "Политика", registry=registry)
    assert meta.outlet.value is None
    # ... unless it says the rights are reserved
    footer = "© 2019 Агентство Гавань. Все права защищены"
    _, meta = build(*HEAD, *BODY, footer, "Поделиться", "Главная", "Политика", registry=registry)
    assert meta.outlet.value == "Harbour Agency"
