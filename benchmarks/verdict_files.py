"""Editors' verdicts read back from marked ``edits.md`` files, without re-running the tool.

``python -m benchmarks edits --verdicts FILE`` tallies a marked file by listing the edits
again with the code of today, so it refuses a file made at an older commit (its edits no
longer match). The reliability table and the calibration fit (:mod:`benchmarks.reliability`)
need the opposite: what the tool *said* when the editor judged it. Every block header of a
marked file carries that, e.g.::

    ### E2 · `heldoute-01` @ 264–267 · SP001 (rule, unsafe, 0.80) · split
    ...
    verdict: ACCEPT — same correct join as E1

so this module reads the rule, source, safety, stated confidence and category from the
header and the verdict from the block's ``verdict:`` line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.data import DataError
from benchmarks.edits import _BLOCK, _VERDICT, VERDICTS

VERDICT_DIR = Path(__file__).resolve().parent / "results" / "verdicts"
BLIND_SETS = ("dev_35f0b51", "written_e_470cf87", "written_h_c0543ac", "written_i_7a6c0d7", "written_j_beef24e",
              "written_l_4aeca7e", "written_m_76ff9d5", "written_n_76ff9d5", "written_q_7f95bee",
              "written_r_7f95bee", "written_u_ef86487", "written_v_ef86487", "written_w_ef86487",
              "written_x_ef86487", "written_y_a72dd27", "written_z_a72dd27",
              "written_aa_f05238e", "written_ab_f05238e", "written_ac_c41055d", "written_ad_c41055d",
              "written_ae_c41055d", "written_af_c41055d", "written_ag_18551b5", "written_ah_18551b5",
              "written_ai_f7d298f", "written_aj_f7d298f", "written_ak_f7d298f", "written_al_f7d298f",
              "written_aq_22dfba6", "written_ar_22dfba6", "written_as_2ceddff", "written_at_2ceddff",
              "written_au_2ceddff", "written_av_2ceddff", "written_aw_af14162", "written_ax_af14162",
              "written_ay_af14162", "written_az_af14162", "written_ba_944e634", "written_bb_944e634",
              "written_bc_944e634", "written_bd_944e634", "written_be_9ada8a7", "written_bf_9ada8a7",
              "written_bg_9ada8a7", "written_bh_9ada8a7", "written_bi_29dd37f",
              "written_bj_29dd37f", "written_bk_29dd37f", "written_bl_29dd37f", "written_bm_4330077",
              "written_bn_4330077", "written_bo_4330077", "written_bp_4330077", "written_bq_5abc905",
              "written_br_5abc905", "written_bs_6bd010b6", "written_bt_6bd010b6",
              "written_bu_3419a948", "written_bv_3419a948", "written_bw_551c084a",
              "written_bx_551c084a", "written_by_3c3e84dd", "written_bz_3c3e84dd", "written_ca_3c3e84dd",
              "written_cb_3b860440", "written_cc_3b860440", "written_cd_3b860440")
"""One marked file per set, the earliest (judged while the set was still blind to whoever wrote
the rules), so each edit counts once; later re-judged copies (``*_4a2436d``, ``*_8d618cf``)
are left out. Each set was written, and its edits judged, by different fresh reviewers: the
"writers" that :func:`benchmarks.reliability.folds` leaves out one at a time."""

JUDGING_ORDER = ("470cf87", "35f0b51", "c0543ac", "7a6c0d7", "beef24e", "4aeca7e", "76ff9d5", "7f95bee", "ef86487",
                 "a72dd27", "f05238e", "c41055d", "18551b5", "f7d298f", "22dfba6", "2ceddff", "af14162",
                 "944e634", "9ada8a7", "29dd37f", "4330077", "5abc905", "6bd010b6", "3419a948", "551c084a",
                 "3c3e84dd", "3b860440")
"""The commits named in :data:`BLIND_SETS`' file names, oldest first: each is an ancestor of the
next in this repository's history (``tests/test_reliability_forward.py`` checks it with git when
the history is there). The forward-in-time test of the calibration
(:mod:`benchmarks.reliability_forward`) fits on the files of earlier commits only. Add a new
commit at the end when its verdict files are added to ``BLIND_SETS``."""


def commit_of(writer: str) -> str:
    """The commit a verdict file was made at: its stem's last ``_`` field (``written_as_2ceddff``)."""
    return writer.rsplit("_", 1)[-1]

# The rest of a block header after `_BLOCK`: " · RULE (SOURCE, SAFETY, 0.80) · CATEGORY".
_TAIL = re.compile(r" · (\S+) \(([^,()]+), (safe|unsafe|display), ([01](?:\.\d+)?)\) · (\S+)[ \t]*$", re.M)
OUTCOMES = {"ACCEPT": "accepted", "ACCEPT-BUT": "edited", "BETTER-OTHER": "edited", "REJECT": "rejected"}
"""Verdict -> ``repair.calibration.Tally`` field: ACCEPT-BUT and BETTER-OTHER found a real fault
whose fix was not right as it stood, which is what an "edit" decision in review means."""


@dataclass(frozen=True)
class Judged:
    """One edit as the tool proposed it when judged, and the editor's verdict on it.

    ``confidence`` is the stated confidence in [0, 1] (two decimals, as the file shows it);
    ``writer`` names the set (the file's stem), the unit left out in cross-validation.
    """

    writer: str
    number: int
    record: str
    rule: str
    source: str
    safety: str
    confidence: float
    category: str
    verdict: str

    @property
    def key(self) -> str:
        """The calibration key, as :func:`repair.calibration.key_for` makes it from an Edit."""
        return f"model:{self.category}" if self.source.startswith("model:") else self.rule

    @property
    def accepted(self) -> bool:
        """Taken as it stood (ACCEPT): the event a confidence should be the probability of."""
        return self.verdict == "ACCEPT"

    @property
    def outcome(self) -> str:
        """``accepted``, ``edited`` or ``rejected`` (see :data:`OUTCOMES`)."""
        return OUTCOMES[self.verdict]


def parse_verdicts(text: str, writer: str, where: str = "") -> list[Judged]:
    """Every marked block of one ``edits.md`` text; unmarked blocks are skipped.

    Raises DataError (naming ``where`` and the edit) on a header without rule, source,
    safety and confidence, or a verdict that is not one of ``VERDICTS``.
    """
    where = where or writer
    blocks = list(_BLOCK.finditer(text))
    out = []
    for i, m in enumerate(blocks):
        body = text[m.end(): blocks[i + 1].start() if i + 1 < len(blocks) else len(text)]
        v = _VERDICT.search(body)
        if not (v and v.group(1)):
            continue
        verdict = v.group(1).upper()
        if verdict not in VERDICTS:
            raise DataError(f"{where}: edit E{m.group(1)}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
        tail = _TAIL.match(body.split("\n", 1)[0])
        if tail is None:
            raise DataError(f"{where}: edit E{m.group(1)}: header does not say rule (source, safety, confidence)")
        rule, source, safety, confidence, category = tail.groups()
        out.append(Judged(writer, int(m.group(1)), m.group(2), rule, source, safety, float(confidence), category,
                          verdict))
    return out


def read_verdict_file(path: Path) -> list[Judged]:
    """:func:`parse_verdicts` of one file, its stem as the writer; DataError when unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read ({exc})") from None
    return parse_verdicts(text, path.stem, str(path))


def blind_verdict_paths(names: Sequence[str] = BLIND_SETS, folder: Path = VERDICT_DIR) -> list[Path]:
    """The marked files of ``names`` (stems) in ``folder``."""
    return [folder / f"{name}.md" for name in names]


def read_all(paths: Iterable[Path]) -> list[Judged]:
    """Every judged edit of every file, in file order; DataError when two files share a stem."""
    out: list[Judged] = []
    seen: set[str] = set()
    for path in paths:
        if path.stem in seen:
            raise DataError(f"{path}: a second file for writer {path.stem!r}")
        seen.add(path.stem)
        out.extend(read_verdict_file(path))
    return out
