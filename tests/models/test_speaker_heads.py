"""models.speaker_heads: heads of noun phrases clean news writes as a speaker, on our own sentences."""

from __future__ import annotations

from models.speaker_heads import count


def test_count_reads_speakers_before_and_after_the_verb() -> None:
    spoken = count([
        "The harbour police said the road was closed. The ferry sailed at noon, said the harbour master.",
        "The company last week said it would hire. The city council told the port to wait.",
        "Fares rose, the union also said. The rest of the day was calm.",
    ])
    assert spoken["police"] == 1 and spoken["master"] == 1 and spoken["council"] == 1
    assert spoken["company"] == 0 and spoken["week"] == 0  # a time word ends no speaker
    assert spoken["union"] == 0  # "also" between head and verb: not read
    assert spoken["harbour"] == 0 and spoken["day"] == 0
