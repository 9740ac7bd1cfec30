"""Typed errors the user can cause, each carrying JSON paths and plain-language reasons."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a document: where (a JSON path such as ``$.cards[2].stage``) and why."""

    path: str
    message: str
    #: the part the path points into, for people: (list name, index, its name or title),
    #: e.g. ("cards", 3, "Checkout online"); not part of a problem's identity
    subject: tuple[str, int, str] | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class DocumentError(Exception):
    """A file or document that cannot be used; `problems` lists every reason found."""

    def __init__(self, problems: list[Problem] | Problem, source: str | None = None) -> None:
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        self.source = source
        super().__init__(self.summary())

    def summary(self) -> str:
        return "; ".join(str(p) for p in self.problems)

    def lines(self, prefix: str | None = None) -> list[str]:
        """One line per problem, ``PREFIX: path: reason`` (the CLI's output)."""
        head = prefix if prefix is not None else self.source
        return [f"{head}: {p}" if head else str(p) for p in self.problems]


class UnsupportedVersionError(DocumentError):
    """A file written by a newer (or unknown) version of the format."""
