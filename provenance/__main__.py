"""``python -m provenance``: the same as the ``provenance`` command."""
from .cli import main

main()
