"""Writes datatrove's punctuation sets used by the `fineweb2-arb` preset (run from the repository root)."""
import importlib.metadata as md

from datatrove.utils.text import PUNCTUATION_SET, TERMINAL_PUNCTUATION

VERSION = md.version("datatrove")


def dump(name, chars, what):
    with open(f"crates/tanqih-curate/data/{name}", "w") as f:
        f.write(f"# {what}, as datatrove {VERSION} defines it (datatrove.utils.text).\n")
        f.write("# One code point a line, in hex. Made by: python3 crates/tanqih-curate/data/datatrove_sets.py\n")
        for c in sorted(chars):
            f.write(f"{ord(c):04X}\n")


dump("datatrove-punctuation.txt", PUNCTUATION_SET, "Characters of a symbol token (PUNCTUATION_SET)")
dump("datatrove-terminal.txt", TERMINAL_PUNCTUATION, "Characters that end a line as punctuation (TERMINAL_PUNCTUATION)")
