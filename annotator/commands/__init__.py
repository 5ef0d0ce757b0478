"""Sub-command families of the ``annotator`` command, each with a ``register`` function."""

from __future__ import annotations

import argparse
from typing import TypeAlias

# What each family's ``register`` adds its sub-commands to (``add_subparsers()``'s object);
# a string, since argparse's class takes no type parameter at run time.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
