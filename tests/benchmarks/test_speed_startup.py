"""``benchmarks.speed_startup`` splits a fresh ``repair check`` into source and pattern
compiling (the figures depend on the machine: never asserted)."""

from __future__ import annotations

from benchmarks.speed_startup import measure, report


def test_the_breakdown_covers_the_rule_modules_and_both_phases_of_pattern_compiling() -> None:
    found = measure()
    assert found["modules"] >= 100  # every rule module is imported by check
    assert found["source_MB"] > 0.5 and 0 < found["source_compile_s"] < found["child_cpu_s"]
    phases = {phase for phase, _, _ in found["patterns"]}
    assert phases == {"import", "check"}
    assert all(site.endswith(tuple("0123456789")) and ".py:" in site for _, site, _ in found["patterns"])
    text = report(found, 3)
    assert "compiled at import" in text and "compiled at first use" in text
    assert len(text.splitlines()) == 4 + 3
