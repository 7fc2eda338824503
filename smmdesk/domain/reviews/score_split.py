"""How a wave asked the people whose survey scores the campaign holds: review gating by the back door.

A wave to a public platform must not end up asking the satisfied respondents while the
dissatisfied are left out, however that came about: a score filter (refused in `waves`), consent
flipped to «нет» in a later customers' file, a customers' file that holds only the promoters, a
missing phone. The rule: among the respondents of the campaign's survey who could be asked now, the detractors
(NPS 0–6) are asked in at least the same share as the others (7–10). Not counted: a respondent
whose next request is not due yet or who had every request, who opted out or left a review — the
same for everybody whatever the score — and whoever the rules themselves forbid asking: on the
staff, or without consent, as their first customers' file said or a later file said before their
survey answer (`respected`). Counted as left out: consent withdrawn or a staff mark added by a later
file after the answer (the trick the rule is built against), no phone or e-mail, no date of
purchase, not among the customers at all.

The split is kept with the wave, and the compliance log counts it per score group; the log says
«no filter by rating» only when every group was asked in the same share.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from enum import StrEnum

from smmdesk.domain.reviews import rules
from smmdesk.domain.reviews.customers import NotAskedReason
from smmdesk.domain.reviews.waves import Wave
from smmdesk.domain.text import QT_TRANSLATE_NOOP


class ScoreGroup(StrEnum):
    DETRACTORS = "detractors"  # NPS 0–6
    PASSIVES = "passives"  # 7–8
    PROMOTERS = "promoters"  # 9–10


GROUP_LABELS = {
    ScoreGroup.DETRACTORS: QT_TRANSLATE_NOOP("Reviews", "detractors (NPS 0–6)"),
    ScoreGroup.PASSIVES: QT_TRANSLATE_NOOP("Reviews", "passives (NPS 7–8)"),
    ScoreGroup.PROMOTERS: QT_TRANSLATE_NOOP("Reviews", "promoters (NPS 9–10)"),
}
# Not asked for a reason that is the same whatever the score: not counted in the split.
NOT_COUNTED = frozenset(
    (
        NotAskedReason.NOT_YET,
        NotAskedReason.FINISHED,
        NotAskedReason.OPTED_OUT,
        NotAskedReason.REVIEWED,
    )
)
GATED_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "Review gating: this wave to a public platform would ask {others_asked} of the {others} satisfied "
    "respondents of the campaign's survey (NPS 7–10) but {detractors_asked} of its {detractors} "
    "detractors (NPS 0–6); left out: {names}. The dissatisfied are asked in at least the same share "
    "as the satisfied. Staff and customers who declined contact from their first customers' file do "
    "not count; a detractor missing from the customers' file or without a phone, e-mail or purchase "
    "date does, and so does one whose consent or staff mark a later file changed after their answer. "
    "Add the ones missing, with their contact and purchase date, to the customers' file and import it "
    "again; if a later file changed their consent or staff mark, run the campaign as a survey only.",
)
FORBIDDEN = frozenset((NotAskedReason.STAFF, NotAskedReason.NO_CONSENT))


def respected(
    staff: bool,
    consent: bool,
    staff_marked: dt.datetime | None,
    consent_withdrawn: dt.datetime | None,
    answered: dt.datetime,
) -> bool:
    """Whether the rules themselves forbid asking the respondent: on the staff or without consent
    as their first customers' file said (no time) or a later file said before their answer. A mark
    that came with or after the answer is the trick of hiding a detractor and does not count."""
    staff_kept = staff and (staff_marked is None or staff_marked < answered)
    no_kept = not consent and (consent_withdrawn is None or consent_withdrawn < answered)
    return staff_kept or no_kept


def group_of(nps: int) -> ScoreGroup:
    if nps <= 6:
        return ScoreGroup.DETRACTORS
    return ScoreGroup.PASSIVES if nps <= 8 else ScoreGroup.PROMOTERS


@dataclass(frozen=True)
class ScoreSplit:
    """Per score group: the respondents the wave asked and those it left out."""

    asked: Mapping[ScoreGroup, int] = field(default_factory=dict)
    left_out: Mapping[ScoreGroup, int] = field(default_factory=dict)
    left_out_names: tuple[str, ...] = ()  # the detractors left out, as the campaign knows them

    def counts(self, group: ScoreGroup) -> tuple[int, int]:
        return self.asked.get(group, 0), self.left_out.get(group, 0)

    @property
    def even(self) -> bool:
        """Every group that has respondents was asked in the same share."""
        shares = {
            (asked, asked + left) for asked, left in (self.counts(g) for g in ScoreGroup) if asked + left
        }
        return all(a1 * t2 == a2 * t1 for a1, t1 in shares for a2, t2 in shares)

    def satisfied(self) -> tuple[int, int]:
        """(asked, all) of the passives and promoters together."""
        asked = self.asked.get(ScoreGroup.PASSIVES, 0) + self.asked.get(ScoreGroup.PROMOTERS, 0)
        left = self.left_out.get(ScoreGroup.PASSIVES, 0) + self.left_out.get(ScoreGroup.PROMOTERS, 0)
        return asked, asked + left

    @property
    def gated(self) -> bool:
        """The detractors are asked in a smaller share than the satisfied."""
        d_asked, d_left = self.counts(ScoreGroup.DETRACTORS)
        s_asked, s_all = self.satisfied()
        detractors = d_asked + d_left
        return bool(detractors and s_all and d_asked * s_all < s_asked * detractors)

    def to_json(self) -> str:
        return json.dumps(
            {g.value: list(self.counts(g)) for g in ScoreGroup if sum(self.counts(g))}, sort_keys=True
        )

    @classmethod
    def from_json(cls, text: str) -> ScoreSplit | None:
        """The split kept with a wave, or None for a wave prepared before splits were kept."""
        if not text:
            return None
        data = json.loads(text)
        return cls(
            {ScoreGroup(k): v[0] for k, v in data.items()}, {ScoreGroup(k): v[1] for k, v in data.items()}
        )


def score_split(
    wave: Wave, scores: Mapping[str, int], forbidden: AbstractSet[str] = frozenset()
) -> ScoreSplit:
    """The wave's split of the respondents (customer key → their latest NPS answer); a respondent
    who is not among the customers is keyed, and named, by their phone or e-mail. `forbidden`: the
    keys of the respondents the rules themselves forbid asking (`respected`), not counted."""
    asked_keys = {r.customer.key for r in wave.requests}
    not_asked = {n.customer.key: n for n in wave.not_asked}
    asked: dict[ScoreGroup, int] = {}
    left: dict[ScoreGroup, int] = {}
    left_names: list[str] = []
    for key, nps in scores.items():
        group = group_of(nps)
        if key in asked_keys:
            asked[group] = asked.get(group, 0) + 1
            continue
        skipped = not_asked.get(key)
        if skipped is not None and skipped.reason in NOT_COUNTED:
            continue
        if skipped is not None and skipped.reason in FORBIDDEN and key in forbidden:
            continue
        left[group] = left.get(group, 0) + 1
        if group is ScoreGroup.DETRACTORS:
            name = skipped.customer.name if skipped is not None else ""
            left_names.append(name or key)
    return ScoreSplit(asked, left, tuple(left_names))


def refuse_gated(split: ScoreSplit, public: bool) -> None:
    """RuleBroken (gating) for a public wave whose split leaves the dissatisfied out."""
    if not public or not split.gated:
        return
    d_asked, d_left = split.counts(ScoreGroup.DETRACTORS)
    s_asked, s_all = split.satisfied()
    shown: Sequence[str] = split.left_out_names[:5]
    more = len(split.left_out_names) - len(shown)
    raise rules.RuleBroken(
        rules.BrandRule.GATING,
        GATED_MESSAGE,
        others_asked=s_asked,
        others=s_all,
        detractors_asked=d_asked,
        detractors=d_asked + d_left,
        names=", ".join(shown) + (f" (+{more})" if more > 0 else ""),
    )
