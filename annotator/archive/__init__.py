"""Archives: many articles' claims, facts and block keys in one SQLite file, built once
on many machines (Dask, ``build``) and read by every desktop without it (``index``).

A layer beside the store: it reads text, extraction and linking, never the store or Qt;
the store and the app read archives, read-only.
"""
