"""Sub-command families of the ``annotator`` command, each with a ``register`` function."""
