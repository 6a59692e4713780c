"""An echo of the words a sentence ends on is deleted, not joined, by FR004 and FR001 (reject43d;
an editor asked for the deletion): a count may be spelled out in the echo and in figures
in the sentence. Our own sentences."""

from rule_helpers import fix_unsafe


def test_tail_echoes_are_deleted() -> None:
    assert fix_unsafe("The presenter, 52, left the late show in June after 9 years. After nine years.") == \
        "The presenter, 52, left the late show in June after 9 years."
    assert fix_unsafe("The club was relegated after 3 seasons. After three seasons.") == \
        "The club was relegated after 3 seasons."
    assert fix_unsafe("The coach stayed at the club for 11 years. For eleven years.") == \
        "The coach stayed at the club for 11 years."
    assert fix_unsafe("The companies said so in a joint statement. In a joint statement.") == \
        "The companies said so in a joint statement."


def test_look_alikes_keep_todays_fix() -> None:
    assert fix_unsafe("The clinic closed its doors in 2019. After the last doctor retired to Spain.") == \
        "The clinic closed its doors in 2019 after the last doctor retired to Spain."
    assert fix_unsafe("The ferry was late by 20 minutes. Twenty minutes later it sank.") == \
        "The ferry was late by 20 minutes. Twenty minutes later it sank."
    assert fix_unsafe("The mill has stood empty for years. Since its last owner moved production abroad.") == \
        "The mill has stood empty for years since its last owner moved production abroad."
