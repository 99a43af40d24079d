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
