"""Leaders taking part: decided from what the text says a leader does, not only where or how often he is named.

takes_part_in(line, mention) says whether one mention of a leader, in one kept line, has him act in the event the
line reports: he meets, hosts, holds talks, phones, visits, signs, tells someone something (LEADER_ACTS), he is met,
received, welcomed, told or congratulated by someone (LEADER_IS_MET), he is addressed ("Mr Li Qiang," in a
transcript: LEADER_ADDRESSED) or he speaks in one ("Mikhail Mishustin: Welcome ...": LEADER_SPEAKS). A meeting he is
only hoped for at ("looks forward to meeting President Xi again") is no part (WISH_BEFORE).

others_meet_in(title, mentions) says whether a headline reports a meeting in which a named leader does not act
("Wang Yi meets Lavrov ahead of Xi visit"): such a headline does not make that leader prominent (HEADLINE_OTHERS_MEET).

English only: in other languages no rule here fires, and extract's position and count rules decide alone.
"""

from __future__ import annotations

import re

# Verbs that have the subject take part in a meeting, call, visit or signing ("Putin met", "Xi and Putin held talks").
ACTING_VERBS = (
    r"met|meets|meet|meeting with|held talks|holds talks|hold talks|had talks|holding talks|talked|talks with|"
    r"spoke with|spoke to|spoke by phone|speaks with|hosted|hosts|received|receives|welcomed|welcomes|greeted|greets|"
    r"visited|visits|arrived|arrives|signed|signs|inked|phoned|called|congratulated|congratulates|told|tells|invited|"
    r"co-chaired|co-chairs|addressed|shook hands|exchanged|sent a message|conveyed"
)
# Verbs or nouns after which the leader named is the one met, received, told ("met Russian President Vladimir Putin",
# "held talks with Prime Minister Mikhail Mishustin", "his Russian counterpart Vladimir Putin").
MEETING_VERBS = (
    r"met|meets|meet|meeting|met with|meets with|meeting with|talks with|talked with|spoke with|spoke to|"
    r"conversation with|call with|hosted|hosts|received|receives|welcomed|welcomes|greeted|greets|told|tells|"
    r"congratulated|congratulates|invited|invitation of|signed with|counterpart|counterparts"
)
# LEADER_ACTS: the mention, then at most an apposition between commas, "and <another participant>", a few
# auxiliaries and the comma closing the mention's own apposition ("the Prime Minister, Vladimir Putin, signed"),
# then an acting verb; all inside one sentence.
LEADER_ACTS = re.compile(
    r"^(?:\s*,[^,.;:!?]{1,80},)?(?:\s+(?:and|with)\s+[^.;:!?]{1,60}?)?"
    r"(?:\s+(?:has|have|had|will|would|also|then|later|today|yesterday|earlier|on \w+|jointly|both))*"
    rf"(?:\s*,)?\s+(?:{ACTING_VERBS})\b",
    re.IGNORECASE,
)
# LEADER_IS_MET: a meeting verb, then at most this many words of a title or a place ("Russian President",
# "Prime Minister of the Russian Federation", "in Tashkent with"), then the mention; inside one sentence. The words
# between are capitalised or GLUE_WORDS: "met Lavrov ahead of Xi's visit" does not meet Xi.
MAX_WORDS_AFTER_MEETING_VERB = 7
GLUE_WORDS = "the|of|his|her|their|its|and|with|to|by|in|on|at|counterpart|premier|president|minister|prime|state|council"
LEADER_IS_MET = re.compile(
    rf"\b(?i:{MEETING_VERBS})\b(?:\s+(?i:with|to|by|on))?(?:\s+(?:[A-Z][^\s.;:!?]*|(?i:{GLUE_WORDS})\b)){{0,{MAX_WORDS_AFTER_MEETING_VERB}}}\s*$"
)
# WISH_BEFORE: a meeting only hoped for is no part of the event reported ("he looks forward to meeting President Xi
# Jinping again").
WISH_BEFORE = re.compile(
    r"(?:look(?:s|ed|ing)? forward to|hop(?:e|es|ed|ing) to|wish(?:es|ed)? to|want(?:s|ed)? to|would like to|eager to|"
    r"expect(?:s|ed)? to)\s*$",
    re.IGNORECASE,
)
# LEADER_ADDRESSED: a transcript's form of address at the head of a line or a speaker's turn ("Mikhail Mishustin:
# Mr Li Qiang, ...", "Dear President Putin, ...").
ADDRESS_BEFORE = re.compile(
    r"(?:^|:\s*|[“\"]\s*)(?:(?:Mr|Mr\.|Mrs|Mrs\.|Madam|Dear|Comrade)\s+)(?:(?:President|Premier|Prime Minister|Chairman)\s+)?$"
)
ADDRESS_AFTER = re.compile(r"^\s*[,!]")
# LEADER_SPEAKS: a transcript's speaker label at the head of a line ("Li Qiang (via interpreter): ...").
SPEAKER_AFTER = re.compile(r"^\s*+(?:\([^()]{1,30}\))?\s*+:")  # *+: spaces taken once (linear on any line)
# Sentence ends: the rules look no further than the sentence the mention is in.
SENTENCE_BREAK = re.compile(r"[.!?;](?=\s|$)")
# How far around a mention the rules read.
CONTEXT_CHARS = 160


def _sentence_before(text: str, start: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS) : start]
    breaks = list(SENTENCE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _sentence_after(text: str, end: int) -> str:
    after = text[end : end + CONTEXT_CHARS]
    found = SENTENCE_BREAK.search(after)
    return after[: found.start()] if found else after


def takes_part_in(text: str, start: int, end: int) -> str | None:
    """The rule by which the mention text[start:end] has its leader take part, or None."""
    before = _sentence_before(text, start)
    after = _sentence_after(text, end)
    if not before.strip() and SPEAKER_AFTER.match(after):
        return "leader-speaks"
    if ADDRESS_BEFORE.search(before) and ADDRESS_AFTER.match(after):
        return "leader-addressed"
    if not after.startswith(("'s", "’s")) and LEADER_ACTS.match(after):
        return "leader-acts"
    met = LEADER_IS_MET.search(before)
    if met and not WISH_BEFORE.search(before[: met.start()]):
        return "leader-is-met"
    return None


def surname_addressed(text: str, surnames: dict[str, str]) -> list[tuple[str, int, str]]:
    """LEADER_ADDRESSED by surname alone ("Mr Li," "President Putin,"): (name, offset, rule) for each surname that
    names one leader of the page only (surnames maps a surname to that leader)."""
    out = []
    for surname, name in surnames.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if ADDRESS_BEFORE.search(_sentence_before(text, m.start())) and ADDRESS_AFTER.match(text[m.end() :]):
                out.append((name, m.start(), "leader-addressed"))
    return out


def meeting_in(text: str) -> bool:
    """Whether a line reports a meeting, call, visit or signing at all (an acting or meeting verb in it)."""
    return re.search(rf"\b(?:{ACTING_VERBS}|{MEETING_VERBS})\b", text, re.IGNORECASE) is not None
