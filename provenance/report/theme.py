"""Styles of the report, in one place."""
from rich.theme import Theme

THEME = Theme({
    "outlet": "bold cyan",
    "source": "bold green",
    "speaker": "magenta",
    "claim": "default",
    "muted": "dim",
    "score": "yellow",
    "high": "bold red",
    "medium": "yellow",
    "low": "dim yellow",
    "title": "bold",
    "warn": "bold red",
    "diff": "bold reverse",
})
