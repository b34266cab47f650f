"""Prose that renders wherever a notebook is read: findings are written as Markdown from computed values, and shown
with an HTML rendering and the plain sentence beside it, so that viewers that do not render Markdown outputs (GitLab,
several others: IPython issue 12895) show the sentence, not an object's repr."""

import re
from dataclasses import dataclass

import mistune

_HTML = mistune.create_markdown(escape=True)  # text from an article is never taken for HTML


@dataclass(frozen=True)
class Prose:
    """A piece of Markdown for the reader: `Prose("**3 figures**, all shares")`."""

    markdown: str

    def __str__(self) -> str:
        return self.markdown

    def plain(self) -> str:
        """The text without Markdown marks: '**3 figures**, _all_ shares' -> '3 figures, all shares'."""
        text = re.sub(r"\*\*(.+?)\*\*", r"\1", self.markdown, flags=re.S)
        text = re.sub(r"(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])", r"\1", text, flags=re.S)
        return text

    def _repr_markdown_(self) -> str:
        return self.markdown

    def _repr_html_(self) -> str:
        return _HTML(self.markdown)

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        printer.text(self.plain())


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 figure', '3 figures', '2 entities' (with many='entities')."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def percent(value) -> str:
    """0.7 -> '70%', 0.135 -> '13.5%', 0.3333 -> '33.3%' (three significant digits, as articles write them)."""
    return f"{float(value) * 100:.3g}%"


@dataclass(frozen=True)
class Html:
    """A piece of HTML for the reader (a displaCy view), with a plain-text description for viewers that show text
    only: `Html(displacy.render(...), "The article's names, marked in its text")`."""

    html: str
    text: str

    def _repr_html_(self) -> str:
        return self.html

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        printer.text(self.text)
