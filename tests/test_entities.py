"""Issue 17, classes 6-8 on invented articles: leaders taking part, the outlet and the wire source, agreement
suggestions. Each rule with and without its trigger."""

from __future__ import annotations

import hashlib

import pytest

from archive.clean import clean
from archive.extract import from_text
from archive.model import RawArticle
from archive.participation import takes_part_in
from archive.pipeline import load_registry
from archive.problems import Problems
from tests.support import ROOT


@pytest.fixture(scope="module")
def registry():
    problems = Problems()
    found = load_registry(ROOT / "registry.yml", problems)
    assert not problems, problems.lines()
    return found


def read(text: str, registry):
    raw = RawArticle(
        "seeds/900_test.txt", "900_test.txt", "900_test", hashlib.sha256(text.encode()).hexdigest(), tuple(text.split("\n"))
    )
    return from_text(clean(raw), registry)


def part(text: str, name: str) -> str | None:
    start = text.index(name)
    return takes_part_in(text, start, start + len(name))


# --- leaders: what the text says a person does ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        (
            "Chinese Premier Wen Jiabao and Russian Prime Minister Vladimir Putin held talks on Tuesday.",
            "Wen Jiabao",
            "leader-acts",
        ),
        (
            "Chinese Premier Wen Jiabao and Russian Prime Minister Vladimir Putin held talks on Tuesday.",
            "Vladimir Putin",
            "leader-acts",
        ),
        ("He and the Russian Prime Minister, Vladimir Putin, signed a number of deals.", "Vladimir Putin", "leader-acts"),
        ("Premier Li Keqiang met in Tashkent with Prime Minister Dmitry Medvedev of Russia.", "Dmitry Medvedev", "leader-is-met"),
        ("Xi held talks with his Russian counterpart Vladimir Putin.", "Vladimir Putin", "leader-is-met"),
        ("Mikhail Mishustin: Mr Li Qiang, I am delighted to welcome you.", "Li Qiang", "leader-addressed"),
        ("Mikhail Mishustin: Mr Li Qiang, I am delighted to welcome you.", "Mikhail Mishustin", "leader-speaks"),
        ("Li Qiang (via interpreter): Mr Prime Minister, allow me to speak first.", "Li Qiang", "leader-speaks"),
        # CJK_MEETING: a Chinese sentence naming him with a word of talks, a call, a visit (simplified and traditional).
        ("据报道，习近平主席当天同俄罗斯总统普京通电话。", "普京", "leader-meets-zh"),
        ("据报道，习近平主席当天同俄罗斯总统普京通电话。", "习近平", "leader-meets-zh"),
        ("報道指，習近平在北京與普丁進行視訊對話。", "普丁", "leader-meets-zh"),
    ],
)
def test_a_leader_who_acts_takes_part(text, name, rule):
    assert part(text, name) == rule


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # WISH_BEFORE: a meeting only looked forward to.
        ("He said he looks forward to meeting President Xi Jinping again at the summit.", "Xi Jinping"),
        # A possessive: his visit is the subject, not something he does in this sentence.
        ("Wang Yi met Sergei Lavrov ahead of Xi Jinping's visit to Moscow.", "Xi Jinping"),
        # Named in passing: no verb of meeting around him.
        ("The meeting followed remarks last year by Xi Jinping on customs procedures.", "Xi Jinping"),
        ("Please convey my greetings to the esteemed Mr Xi Jinping.", "Xi Jinping"),
        # In another sentence from the verb.
        ("Officials met on Monday. Vladimir Putin was not there.", "Vladimir Putin"),
        # Without CJK_MEETING's trigger: a Chinese sentence naming him with no word of meeting; or the meeting is in the
        # next sentence.
        ("报道说，普京的讲话引起关注。", "普京"),
        ("专家评论了普京的讲话。双方官员举行会谈。", "普京"),
    ],
)
def test_a_leader_named_in_passing_does_not_act(text, name):
    assert part(text, name) is None


FURTHER_DOWN = """\
Trade officials review the northern grain corridor

Officials from both ministries reviewed the northern grain corridor and rail freight on Monday in Harbin.

Customs data showed freight volumes rising for a third year, the ministry's statement said.

{line}

The working group will meet again in the autumn, according to the statement.
"""


def test_a_leader_acting_lower_down_takes_part(registry):
    text = FURTHER_DOWN.format(
        line="Later on Monday, Premier Wen Jiabao received the delegation in Beijing and praised its work."
    )
    assert read(text, registry).leaders.value == ("Wen Jiabao",)
    # Without the trigger: named once, lower down, in passing.
    text = FURTHER_DOWN.format(line="The corridor was first proposed in a speech by Wen Jiabao many years ago in Harbin.")
    assert read(text, registry).leaders.value == ()


def test_lines_not_mentions_count(registry):
    # LEADER_MIN_BODY_LINES: one line naming him twice, in passing, is one line.
    once = FURTHER_DOWN.format(line="The plan echoes Xi Jinping's earlier speech, and Xi Jinping's aides have praised it since.")
    assert read(once, registry).leaders.value == ()
    twice = FURTHER_DOWN.format(line="The plan echoes Xi Jinping's earlier speech.\n\nAides of Xi Jinping have praised it since.")
    assert read(twice, registry).leaders.value == ("Xi Jinping",)


HEADLINE = """\
{title}

The foreign ministers of both countries held talks in Moscow on Thursday about trade and security in the region.

They discussed preparations for a visit planned for the spring, officials said after the meeting.
"""


def test_a_leader_in_a_headline_about_others_meeting_is_not_taking_part(registry):
    # HEADLINE_OTHERS_MEET: the headline reports a meeting of others; the leader is only its occasion.
    meta = read(HEADLINE.format(title="Wang Yi meets Sergei Lavrov ahead of Xi Jinping state visit"), registry)
    assert meta.leaders.value == ()
    # Without the trigger: a headline with no meeting in it names the leader the article is about.
    meta = read(HEADLINE.format(title="Xi Jinping to make state visit in spring, foreign ministry says"), registry)
    assert meta.leaders.value == ("Xi Jinping",)
    # And a headline in which he is the one meeting.
    meta = read(HEADLINE.format(title="Xi Jinping meets Sergei Lavrov in Beijing"), registry)
    assert meta.leaders.value == ("Xi Jinping",)


TRANSCRIPT = """\
Meeting of the heads of government

The meeting took place on the sidelines of the regional summit in the capital on Wednesday afternoon.

Excerpts from the transcript:

Mikhail Mishustin: {address} I am delighted to see you again in Moscow after our talks in the spring.

Our cooperation in energy has a special, strategic character, and trade is growing, said the Russian side.

Li Qiang's plane landed on Tuesday evening.
"""


def test_a_leader_addressed_by_surname_takes_part(registry):
    meta = read(TRANSCRIPT.format(address="Mr Li,"), registry)
    assert meta.leaders.value == ("Li Qiang", "Mikhail Mishustin")
    assert "leader-addressed" in meta.leaders.provenance.evidence
    # Without the trigger, Li Qiang is named once, in passing, at the end.
    meta = read(TRANSCRIPT.format(address="Colleagues,"), registry)
    assert meta.leaders.value == ("Mikhail Mishustin",)


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Jiang Zemin", "Jiang Zemin"),
        ("Premier Zhu", "Zhu Rongji"),
        ("Premier Wen", "Wen Jiabao"),
        ("Mikhail Kasyanov", "Mikhail Kasyanov"),
        ("Viktor Khristenko", "Viktor Khristenko"),
        ("Mikhail Fradkov", "Mikhail Fradkov"),
        ("Viktor Zubkov", "Viktor Zubkov"),
    ],
)
def test_every_leader_since_2000_is_in_the_registry(registry, form, name):
    meta = read(f"{form} holds talks in Moscow\n\n{form} held talks with officials in Moscow on Monday about trade.\n", registry)
    assert meta.leaders.value == (name,)
    assert registry.entity("leaders", name).role  # with the roles held and when


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("习近平", "Xi Jinping"),
        ("習近平", "Xi Jinping"),
        ("普丁", "Vladimir Putin"),
        ("溫家寶", "Wen Jiabao"),
        ("胡錦濤", "Hu Jintao"),
    ],
)
def test_chinese_names_in_both_scripts_are_read(registry, form, name):
    # Simplified characters (the registry's names) and traditional ones or Taiwan's forms (its aliases).
    meta = read(f"新闻\n\n据报道，{form}当天在北京与外国官员举行会谈，讨论经贸合作。\n", registry)
    assert meta.leaders.value == (name,)


# --- outlet and wire source -----------------------------------------------------------------------------------------

BODY = """\
Officials from both ministries reviewed the northern grain corridor and rail freight on Monday in Harbin.

Customs data showed freight volumes rising for a third year, the ministry's statement said on Monday.
"""
TITLE = "Grain corridor talks resume in Harbin after a long pause"


def page(head: str = "", lead: str = "", tail: str = "") -> str:
    return f"{head}{TITLE}\n\n{lead}{BODY}{tail}"


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Example Courier\n", "Example Courier"),  # a newspaper's name
        ("Examplecourier.com\n", "examplecourier.com"),  # a site address
        ("Global Times\n", "Global Times"),  # a registry outlet
        ("chinadaily.com.cn\n", "China Daily"),  # a registry outlet's address: its name
    ],
)
def test_outlet_from_the_masthead(registry, head, outlet):
    meta = read(page(head=head), registry)
    assert meta.outlet.value == outlet
    assert (meta.outlet.get("rule"), meta.outlet.provenance.line) == ("outlet-masthead", 1)


@pytest.mark.parametrize("head", ["Top News\n", "World News\n", "Home\n", "Live Blog\n", "Latest Daily\n"])
def test_no_outlet_from_furniture_above_the_title(registry, head):
    # Without the trigger: section labels and page controls above the title name no outlet.
    assert read(page(head=head), registry).outlet.value is None


@pytest.mark.parametrize(
    ("lead", "tail", "outlet", "rule"),
    [
        # OUTLET_STAFF_CREDIT: the writer is the outlet's staff; also in a byline run into the first paragraph.
        ("By Jane Roe, Example Courier staff writer\n\n", "", "Example Courier", "outlet-staff-credit"),
        (
            "By Jane Roe, The Harbour Ledger staff writer | Officials met again on Monday in the capital.\n\n",
            "",
            "The Harbour Ledger",
            "outlet-staff-credit",
        ),
        # OUTLET_ABOUT_LINK: a menu row with "About <Name>" in several languages.
        ("", "About Example Courier | Contact | Privacy Policy\n", "Example Courier", "outlet-about-link"),
        ("", "Acerca de Noticiero Ejemplo | Contacto | Política de Privacidad\n", "Noticiero Ejemplo", "outlet-about-link"),
    ],
)
def test_outlet_from_a_staff_credit_or_an_about_link(registry, lead, tail, outlet, rule):
    meta = read(page(lead=lead, tail=tail), registry)
    assert (meta.outlet.value, meta.outlet.get("rule")) == (outlet, rule)


@pytest.mark.parametrize(
    ("lead", "tail"),
    [
        ("By Jane Roe, Reuters correspondent\n\n", ""),  # an agency's correspondent: the wire, not the page
        ("By Jane Roe, staff writer\n\n", ""),  # no outlet named
        ("", "About us | Contact | Privacy Policy\n"),  # "About us" names nothing
        ("", "About Example Courier\n"),  # not a menu row: a line of text
    ],
)
def test_no_outlet_without_a_staff_credit_or_an_about_link(registry, lead, tail):
    assert read(page(lead=lead, tail=tail), registry).outlet.value is None


def test_a_name_holding_an_agency_is_no_outlet(registry):
    # AGENCY_INSIDE_A_NAME: an agency's service in a dateline is the wire source, never the page's outlet.
    lead = "HARBIN (dpa-AFX) - Officials of both sides met again on Wednesday in the capital.\n\n"
    meta = read(page(lead=lead), registry)
    assert (meta.outlet.value, meta.wire.value) == (None, "dpa-AFX")
    # Without the trigger: a name with no agency's part in it is the page's own (OUTLET_OWN_DATELINE).
    lead = "HARBIN (Example Courier) - Officials of both sides met again on Wednesday in the capital.\n\n"
    assert read(page(lead=lead), registry).outlet.value == "Example Courier"


def test_outlet_and_wire_from_a_dateline_naming_both(registry):
    lead = "MOSCOW (Example Point News / Sputnik - 27th March, 2019) The next meeting of the commission is set for May.\n\n"
    meta = read(page(lead=lead), registry)
    assert (meta.outlet.value, meta.outlet.get("rule")) == ("Example Point News", "outlet-in-dateline")
    assert (meta.wire.value, meta.wire.get("rule")) == ("Sputnik", "wire-in-dateline")
    assert meta.wire.provenance.line == 3
    # Without an agency beside it, the name in brackets is the copy's source and, on a page naming no other outlet, the
    # page's own (OUTLET_OWN_DATELINE: pages datelined by their own site, "(Example News) -", do so).
    # OUTLETS_OWN_COPY (archive.sources): the outlet's own copy then names no wire.
    meta = read(page(lead=lead.replace(" / Sputnik", "")), registry)
    assert (meta.outlet.value, meta.outlet.get("rule")) == ("Example Point News", "outlet-own-dateline")
    assert meta.wire.value is None


@pytest.mark.parametrize(
    ("lead", "wire"),
    [
        ("BEIJING, May 24 (Xinhua) -- Officials of both sides met again on Wednesday in the capital.\n\n", "Xinhua"),
        ("MOSCOW, June 8. /TASS/. Officials of both sides met again on Wednesday in the capital.\n\n", "TASS"),
        ("BEIJING (AP) — Officials of both sides met again on Wednesday in the capital.\n\n", "Associated Press"),
        ("NEW YORK, Sept. 22, 2023 /PRNewswire/ -- Example Corp announced a new grain terminal.\n\n", "PR Newswire"),
    ],
)
def test_wire_from_the_dateline(registry, lead, wire):
    meta = read(page(lead=lead), registry)
    assert (meta.wire.value, meta.wire.get("rule")) == (wire, "wire-in-dateline")
    assert meta.outlet.value is None  # the agency wrote the copy; who published the page is not said


def test_no_wire_without_a_source(registry):
    lead = "BEIJING, May 24 -- Officials of both sides met again on Wednesday in the capital.\n\n"
    assert read(page(lead=lead), registry).wire.value is None
    # a source in brackets that is no agency is still where the copy came from (WIRE_IN_LEAD), when the page has
    # another outlet (on a page naming none it is the page's own: OUTLETS_OWN_COPY)
    lead = "HARBIN (Example Town Council) - Officials of both sides met again on Wednesday.\n\n"
    meta = read(page(lead=lead, tail="© Example Daily 2024\n"), registry)
    assert (meta.outlet.value, meta.wire.value) == ("Example Daily", "Example Town Council")


@pytest.mark.parametrize(
    ("head", "tail", "wire", "rule"),
    [
        ("", "(Xinhua)\n", "Xinhua", "wire-credit-line"),
        ("", "- Associated press\n", "Associated Press", "wire-credit-line"),
        ("", "Xinhua) 09:22, May 25, 2023\n", "Xinhua", "wire-credit-line"),  # CREDIT_NAME's tail: words between digits
        ("", "Source: Example Wire Service [state media]\n", "Example Wire Service", "wire-source-line"),
        ("", "Source:Reuters-Example Times Published: 2017/7/5 18:08:39\n", "Reuters", "wire-source-line"),
    ],
)
def test_wire_from_a_credit_or_source_line(registry, head, tail, wire, rule):
    meta = read(page(head=head, tail=tail), registry)
    assert (meta.wire.value, meta.wire.get("rule")) == (wire, rule)


def test_a_credit_tail_with_a_long_word_is_no_credit_line(registry):
    # Without CREDIT_NAME's trigger: a word of 10 letters after the date is text, not a credit's tail. The same line with
    # digits repeated was exponential before the tail was rewritten (issue 16; tests/test_regex_fuzz.py times it).
    tail = "Xinhua 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 abcdefghijk\n"
    assert read(page(tail=tail), registry).wire.get("rule") != "wire-credit-line"


def test_a_photo_credit_is_no_wire(registry):
    tail = "Officials at the station in Harbin on Monday. (Photo: Reuters/Jane Roe)\n"
    assert read(page(tail=tail), registry).wire.value is None


# --- agreements ---------------------------------------------------------------------------------------------------

from archive.sources import agreement_suggestions  # noqa: E402


def suggestions(text: str, registry) -> list[str]:
    raw = RawArticle("seeds/900_test.txt", "900_test.txt", "900_test", "0" * 64, tuple(text.split("\n")))
    return [phrase for _, phrase in agreement_suggestions(clean(raw), registry)]


def test_agreement_like_phrases_are_suggested_not_recorded(registry):
    text = page(lead="The two companies signed a 30-year gas supply contract on Monday, officials in both capitals said.\n\n")
    assert suggestions(text, registry) == ["a 30-year gas supply contract"]
    assert read(text, registry).agreements.value == ()  # a suggestion is never a fact
    text = page(lead="The ministers issued a joint statement on grain corridor security after the talks in Harbin.\n\n")
    assert suggestions(text, registry) == ["a joint statement on grain corridor security"]


def test_no_suggestion_without_a_specific_agreement(registry):
    # Without the trigger: an agreement named by nothing ("the agreement", "a new deal"), or one the registry knows.
    for lead in (
        "Officials said the agreement would be reviewed next year by both sides in Harbin.\n\n",
        "Officials said a new deal would be reviewed next year by both sides in Harbin.\n\n",
        "Officials said the Power of Siberia contract would be reviewed next year by both sides.\n\n",
    ):
        assert suggestions(page(lead=lead), registry) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gazprom and CNPC signed the Far Eastern route gas supply agreement.", "Far Eastern route gas supply agreement"),
        ("The leaders praised the CR929 wide-body airliner programme.", "CR929 wide-body airliner"),
        (
            "They extended the Treaty of Good-Neighborliness and Friendly Cooperation by five years.",
            "Treaty of Good-Neighbourliness and Friendly Cooperation",
        ),
        (
            "The two presidents proclaimed a no-limits partnership in Beijing.",
            "Joint Statement on International Relations Entering a New Era",
        ),
    ],
)
def test_major_agreements_of_2012_2026_are_in_the_registry(registry, text, name):
    assert [m.name for m in registry.matcher("agreements").find(text)] == [name]


def test_wire_and_suggestions_reach_the_dataset_front_matter_and_report(tmp_path):
    import json
    import shutil

    from tests.support import run_build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = page(lead="BEIJING, May 24 (Xinhua) -- The two companies signed a 30-year gas supply contract, officials said.\n\n")
    (seeds / "901_wire.txt").write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    result = run_build(
        "--seeds",
        str(seeds),
        "--docs",
        str(tmp_path / "docs"),
        "--cache",
        str(tmp_path / "cache"),
        "--registry",
        str(tmp_path / "registry.yml"),
    )
    assert result.returncode == 0, result.stderr
    article = json.loads((tmp_path / "docs" / "data" / "archive.json").read_text("utf-8"))["articles"][0]
    assert article["wire"] == {
        "value": "Xinhua",
        "provenance": {"source": "text", "evidence": text.split("\n")[2], "file": "seeds/901_wire.txt", "line": 3},
        "rule": "wire-in-dateline",
    }
    assert "wire" not in article["needs_curation"]
    import yaml

    front = (tmp_path / "docs" / "articles" / f"{article['slug']}.md").read_text("utf-8").split("---\n")[1]
    meta = yaml.safe_load(front)
    assert (meta["wire"], meta["wire_rule"], meta["provenance"]["wire"]["line"]) == ("Xinhua", "wire-in-dateline", 3)
    assert (
        "901_wire.txt:3: 'a 30-year gas supply contract' is not in registry.yml; "
        "if it names an agreement, add it there with its basis (a suggestion, not recorded as a fact)"
    ) in result.stdout


def test_a_photo_copyright_names_no_outlet(registry):
    # OUTLET_COPYRIGHT with the trigger: the page's © line.
    assert read(page(tail="© 2024 Example Daily Herald. All rights reserved.\n"), registry).outlet.value == "Example Daily Herald"
    # Without: a © on a photo, naming its agency or running into the caption.
    for tail in ("© AFP 2023 / Jane ROEA worker places flags outside the station in Harbin\n", "© Reuters\n"):
        assert read(page(tail=tail), registry).outlet.value is None


def test_the_metadata_card_shows_the_wire_source_only_when_known(registry):
    from archive.model import Page
    from archive.views import card_html

    def card(text: str) -> str:
        raw = RawArticle("seeds/900_test.txt", "900_test.txt", "900_test", "0" * 64, tuple(text.split("\n")))
        cleaned = clean(raw)
        page_ = Page("a-slug", cleaned, from_text(cleaned, registry), (), 10)
        return card_html(page_, registry)

    shown = card(page(lead="BEIJING, May 24 (Xinhua) -- Officials of both sides met again on Wednesday in the capital.\n\n"))
    assert "<dt data-pagefind-ignore>Wire source</dt> <dd>Xinhua" in shown
    assert "Wire source" not in card(page())


def test_a_contributor_can_give_the_wire_source(tmp_path):
    import json
    import shutil

    from tests.support import run_build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "902_reprint.txt").write_text(page(), encoding="utf-8")
    (seeds / "902_reprint.yml").write_text(
        "metadata:\n  wire:\n    value: Reuters\n    basis: The original report on the agency's site has the same text.\n",
        encoding="utf-8",
    )
    shutil.copy(ROOT / "registry.yml", tmp_path / "registry.yml")
    result = run_build(
        "--seeds",
        str(seeds),
        "--docs",
        str(tmp_path / "docs"),
        "--cache",
        str(tmp_path / "cache"),
        "--registry",
        str(tmp_path / "registry.yml"),
    )
    assert result.returncode == 0, result.stderr
    article = json.loads((tmp_path / "docs" / "data" / "archive.json").read_text("utf-8"))["articles"][0]
    assert article["wire"]["value"] == "Reuters"
    assert article["wire"]["provenance"] == {
        "source": "contributor",
        "evidence": "The original report on the agency's site has the same text.",
        "file": "seeds/902_reprint.yml",
        "line": 2,
    }


# --- issue 17, unseen sites: spellings, languages and constructions the first rules missed ----------------------------


def names_in(registry, kind: str, text: str) -> list[tuple[str, str]]:
    return [(m.name, m.form) for m in registry.matcher(kind).find(text)]


def test_form_separators_hyphens_dashes_and_quotes(registry):
    # FORM_SEPARATORS: hyphens for spaces and spaces for hyphens name the same agreement.
    assert names_in(registry, "agreements", "They discussed Power-of-Siberia 2 and the Power of Siberia-2 pipeline.") == [
        ("Power of Siberia 2 gas pipeline", "Power-of-Siberia 2"),
        ("Power of Siberia 2 gas pipeline", "Power of Siberia-2"),
    ]
    assert names_in(registry, "agreements", 'Ils avaient proclamé leur amitié "sans limite".') == [
        ("Joint Statement on International Relations Entering a New Era", 'amitié "sans limite')
    ]
    # Without the trigger: other words, or words run together, are no form.
    assert names_in(registry, "agreements", "The Power of Siberian gas and PowerofSiberia 2 were named.") == []
    assert names_in(registry, "outlets", "A report by People s Daily") == []  # an apostrophe is no separator


def test_cyrillic_names_are_matched_declined(registry):
    # CYRILLIC_DECLENSION: case endings of Russian and of Chinese names written in Cyrillic.
    assert names_in(registry, "leaders", "В Кремле начались переговоры Путина с Си Цзиньпином.") == [
        ("Vladimir Putin", "Путина"),
        ("Xi Jinping", "Си Цзиньпином"),
    ]
    assert names_in(registry, "leaders", "встреча Мишустина и Ли Цяна с Владимиром Путиным") == [
        ("Mikhail Mishustin", "Мишустина"),
        ("Li Qiang", "Ли Цяна"),
        ("Vladimir Putin", "Владимиром Путиным"),
    ]
    assert names_in(registry, "agreements", "строительство газопровода «Силы Сибири»") == [
        ("Power of Siberia gas pipeline", "Силы Сибири")
    ]
    # Without the trigger: other words built on a name, and a short (Chinese) surname with an ending, are no form.
    assert names_in(registry, "leaders", "путинский режим и Сию Цзиньпин") == []


def test_chinese_forms_need_no_word_boundary(registry):
    # CJK_NO_BOUNDARY: Chinese runs its words together.
    assert names_in(registry, "leaders", "习近平会见普京") == [("Xi Jinping", "习近平"), ("Vladimir Putin", "普京")]
    # Without the trigger: a Latin-script form still needs its boundaries.
    assert names_in(registry, "leaders", "Xinhua and Putinism") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A l'invitation du président Vladimir Poutine, Xi se rendra à Moscou.", "Vladimir Putin"),
        ("Premierminister Michail Mischustin empfing die Delegation.", "Mikhail Mishustin"),
        ("El presidente Dmitri Medvédev recibió al primer ministro.", "Dmitry Medvedev"),
        ("التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ", "Vladimir Putin"),
        ("دیدار ولادیمیر پوتین و شی جین‌پینگ در مسکو", "Xi Jinping"),
    ],
)
def test_leaders_spelled_in_other_languages(registry, text, name):
    assert name in [found for found, _ in names_in(registry, "leaders", text)]


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        # MEETING_BETWEEN, and a title's period ends no sentence ("Mr.").
        (
            "During talks Tuesday between Mr. Putin and Chinese Premier Wen Jiabao, they pledged to act.",
            "Wen Jiabao",
            "leader-is-met",
        ),
        ("During talks Tuesday between Mr. Putin and Chinese Premier Wen Jiabao, they pledged to act.", "Putin", "leader-is-met"),
        # "discuss" is an act; an apposition's comma before the name met.
        ("Li and Russian Prime Minister Dmitry Medvedev will discuss trade.", "Dmitry Medvedev", "leader-acts"),
        ("Xi held talks with his Russian counterpart, Vladimir Putin.", "Vladimir Putin", "leader-is-met"),
        # SPEAKER_ROLE_BEFORE: a transcript's speaker label with the office in capitals.
        ("PRESIDENT OF RUSSIA DMITRY MEDVEDEV: Mr President, welcome.", "DMITRY MEDVEDEV", "leader-speaks"),
        # OTHER_LANGUAGES_*: the same acts in other languages.
        ("O porta-voz disse que a cúpula entre Putin e seu colega chinês, Xi Jinping, terá foco.", "Xi Jinping", "leader-is-met"),
        ("Il a eu un entretien avec le président russe Vladimir Poutine.", "Vladimir Poutine", "leader-is-met"),
        ("Владимир Путин 18 ноября провел встречу с премьером Госсовета КНР Ли Цяном.", "Владимир Путин", "leader-acts"),
        ("Владимир Путин 18 ноября провел встречу с премьером Госсовета КНР Ли Цяном.", "Ли Цяном", "leader-is-met"),
        ("Der Premier Li Qiang traf am Dienstag in Moskau ein.", "Li Qiang", "leader-acts"),
        # Without HISTORY's trigger the same act takes part (", and" joins the two who act).
        ("The pact that Jiang Zemin, and Vladimir Putin signed in Moscow on Monday still holds.", "Jiang Zemin", "leader-acts"),
    ],
)
def test_more_ways_a_leader_takes_part(text, name, rule):
    assert part(text, name) == rule


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Without the triggers: a talk between others; a role in lower case before a colon is no speaker label.
        ("During talks Tuesday between the ministers, a letter from Wen Jiabao was read.", "Wen Jiabao"),
        ("A statement quoted the president of Russia Dmitry Medvedev: relations are good.", "Dmitry Medvedev"),
        ("Le sommet a été préparé depuis l'élection de Vladimir Poutine en 2000.", "Vladimir Poutine"),
        ("Мишустин Михаил Владимирович родился в 1966 году.", "Мишустин"),
        # HISTORY: an act dated some time back.
        ("The pact that Jiang Zemin, and Vladimir Putin signed in Moscow four years ago still holds.", "Jiang Zemin"),
    ],
)
def test_more_ways_a_leader_is_named_in_passing(text, name):
    assert part(text, name) is None


SURNAME_ONLY = """\
Premier visits the northern grain corridor

Officials from both ministries reviewed the northern grain corridor and rail freight on Monday in Harbin.

Customs data showed freight volumes rising for a third year, the ministry's statement said.

{caption}

{line}

The working group will meet again in the autumn, according to the statement.
"""


def test_a_leader_acting_by_surname_alone_takes_part(registry):
    # SURNAME_ACTS: the page names him in full once (here a caption), the text by his surname, acting.
    caption = "Chinese Premier Wen Jiabao (L) shakes hands in Harbin. [Photo/Xinhua]"
    text = SURNAME_ONLY.format(caption=caption, line="Later on Monday, Wen received the delegation and praised its work.")
    meta = read(text, registry)
    assert meta.leaders.value == ("Wen Jiabao",)
    assert "leader-acts-by-surname" in meta.leaders.provenance.evidence
    # Without the trigger: the surname in passing; or the surname as the first word of another person's name.
    text = SURNAME_ONLY.format(caption=caption, line="The corridor was first proposed by Wen many years ago in Harbin.")
    assert read(text, registry).leaders.value == ()
    text = SURNAME_ONLY.format(caption=caption, line="Later on Monday, officials met Wen Hua, an envoy, in Harbin.")
    assert read(text, registry).leaders.value == ()


HISTORY_LEDE = """\
Chinese president ends his Moscow visit with praise for the partnership

LONDON -- When President Hu Jintao was in Moscow, he praised the partnership that Jiang Zemin and Vladimir Putin {when}.

Officials of both sides said more talks would follow in the autumn, according to the ministry's statement.
"""


def test_a_leader_named_in_the_lede_for_history_is_not_prominent(registry):
    # HISTORY: the lede names Jiang Zemin for what he did years ago.
    meta = read(HISTORY_LEDE.format(when="signed four years ago"), registry)
    assert meta.leaders.value == ("Hu Jintao",)
    # Without the trigger, the lede's names are the article's participants.
    meta = read(HISTORY_LEDE.format(when="signed"), registry)
    assert meta.leaders.value == ("Hu Jintao", "Jiang Zemin", "Vladimir Putin")


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        # PASSIVE_MEETING: he is the one received.
        ("On Monday Vladimir Putin was received by Chinese President Xi Jinping in Beijing.", "Vladimir Putin", "leader-acts"),
        ("On Monday Vladimir Putin was received by Chinese President Xi Jinping in Beijing.", "Xi Jinping", "leader-is-met"),
        # Without the trigger: a passive that says nothing of a meeting.
        ("Vladimir Putin was called a strongman by critics.", "Vladimir Putin", None),
    ],
)
def test_a_leader_received_in_the_passive(text, name, rule):
    assert part(text, name) == rule


OFFICE_PAGE = """\
Grain corridor talks open in the northern city of Harbin

Officials from both ministries reviewed the northern grain corridor and rail freight on Monday in Harbin.

The corridor was first proposed in a speech by {full} about northern trade.

{line}

The working group will meet again in the autumn, according to the statement.
"""


def test_a_leader_acting_by_his_office_alone_takes_part(registry):
    # LEADER_BY_OFFICE: the page names one Chinese president; "the Chinese president" acts.
    acting = "Later on Monday, the Chinese president received the delegation and praised its work."
    meta = read(OFFICE_PAGE.format(full="Xi Jinping", line=acting), registry)
    assert meta.leaders.value == ("Xi Jinping",)
    assert "leader-by-office, line 7" in meta.leaders.provenance.evidence
    # Without the trigger: the office named in passing; or two presidents of China named, so the office names neither.
    passing = "The delegation later read out a letter by the Chinese president about trade."
    assert read(OFFICE_PAGE.format(full="Xi Jinping", line=passing), registry).leaders.value == ()
    assert read(OFFICE_PAGE.format(full="Xi Jinping and Hu Jintao", line=acting), registry).leaders.value == ()


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        # TAKES_PART: he takes part in or attends the talks, the name before or after.
        ("Mikhail Mishustin also took part in the talks.", "Mikhail Mishustin", "leader-acts"),
        (
            "Also taking part were Prime Minister Mikhail Mishustin and the finance minister.",
            "Mikhail Mishustin",
            "leader-is-met",
        ),
        (
            "Во встрече участие принимают, в частности, премьер-министр Михаил Мишустин и министр финансов.",
            "Михаил Мишустин",
            "leader-is-met",
        ),
        # Without the trigger: named beside the talks, taking no part.
        ("A book by Mikhail Mishustin was read before the talks.", "Mikhail Mishustin", None),
        ("Mikhail Mishustin, who was not part of the talks, spoke later.", "Mikhail Mishustin", None),
    ],
)
def test_a_leader_taking_part_or_attending(text, name, rule):
    assert part(text, name) == rule


SAID_EARLIER = """\
Diplomat says Beijing and Moscow trust each other

A foreign ministry spokesperson said relations between the two countries had reached a high level on Friday.

Vladimir Putin {when} at a meeting with the heads of news agencies that ties were evolving well.

"Our relations have been evolving in quite a positive way," Vladimir Putin said.
"""


def test_lines_about_another_occasion_do_not_count(registry):
    # HISTORY: what he said earlier, at another occasion, is one line about the reported event less.
    assert read(SAID_EARLIER.format(when="said earlier"), registry).leaders.value == ()
    # Without the trigger: two lines name him, so he counts (LEADER_MIN_BODY_LINES).
    assert read(SAID_EARLIER.format(when="said on Friday"), registry).leaders.value == ("Vladimir Putin",)
