"""A byline that names its writer before the role, told by its shape wherever it stands.

A page prints the writer's name and role on a line of their own: "Ana Ruiz | Science
correspondent", "Jo Hart, Staff Writer", and, as translations from Korean or Japanese
leave it, the bare role after the name ("Park Min-jun reporter"). :mod:`repair.rules.
furniture_metadata` reads a byline whose label comes first ("By Ana Ruiz") or that carries
a date; :mod:`repair.rules.furniture_closing_line` takes these at the text's end only. This
module tells the shape itself, so PF016 takes it at the top of the text too.

The shape: two or three capitalised words (the name), then either a bar or a comma and at
most two capitalised words before the role ("| Health correspondent", ", Staff Writer"),
or the lower-case role straight after the name ("reporter", "correspondent"). A Title Case
headline ending on a role noun ("Court Frees Jailed Reporter") has neither: no separator
and a capitalised role. A sentence-case headline puts a lower-case verb before the role
("Hong Kong jails journalist"), which neither form lets in.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile

_NAME = r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2}"
_BYLINE = lazy_compile(
    r"^(?P<name>" + _NAME + r")(?:"
    # "Ana Ruiz | Science correspondent", "Jo Hart, Staff Writer", "Ana Ruiz · Editor"
    r"[ \t]*[|,·•][ \t]*(?:[A-Z][a-z]+[ \t]+){0,2}"
    r"(?i:reporter|correspondent|writer|editor|journalist|columnist|photographer)"
    # "Park Min-jun reporter": the role in lower case straight after the name
    r"|[ \t]+(?:reporter|correspondent|journalist)"
    r")[ \t]*$"
)


def name_role_byline(line: str) -> bool:
    """Whether ``line`` (one stripped line) is a writer's name and role and nothing else.

    >>> name_role_byline("Ana Ruiz | Science correspondent")
    True
    >>> name_role_byline("Court Frees Jailed Reporter")
    False
    """
    if len(line) > 80 or not line[:1].isupper():
        return False
    match = _BYLINE.match(line)
    if match is None:
        return False
    # A name holds no function word ("The Paper | Editor" is a masthead's, left to others).
    return not any(lexicon.is_function_word(word.lower()) for word in match.group("name").split())
