"""Styles of the report, in one place."""
from rich.theme import Theme

THEME = Theme({
    "outlet": "bold cyan",
    "source": "bold green",
    "speaker": "magenta",
    "event": "bold magenta",
    "evidence": "blue",
    "claim": "default",
    "muted": "dim",
    "score": "yellow",
    "high": "bold red",
    "medium": "bold yellow",
    "low": "yellow",
    "title": "bold",
    "warn": "bold red",
    "diff": "bold black on yellow",
})
