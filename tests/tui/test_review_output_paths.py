"""`repair review` refuses an output it could never save to, naming what is wrong, before the first key."""

from __future__ import annotations

from pathlib import Path

import pytest

from repair.textio import InputError
from tui.inputs import plan_outputs

# Our own sentence, with a doubled full stop to review.
TEXT = "The ferry left at noon . . It came back late.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(TEXT, "utf-8")
    return path


def test_an_output_path_taken_by_a_folder_is_refused_before_the_review(article: Path, tmp_path: Path) -> None:
    (tmp_path / "ferry.reviewed.txt").mkdir()
    with pytest.raises(InputError, match="is a folder, where the review writes its output"):
        plan_outputs([str(article)], None, ".reviewed")
    assert plan_outputs([str(article)], None, ".checked")  # another suffix is fine
