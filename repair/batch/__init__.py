"""Batch cleaning: ``repair batch INPUT... --out DIR``.

Records stream from files, directories, JSONL and RSS/Atom feeds through the same
pipeline as ``repair fix``, on one machine (a process pool) or on a Dask cluster. Only
what the policy allows is applied; every edit and every failed record is logged, and an
interrupted run resumes exactly where its journal says it stopped.

Modules: ``sources`` (what to read and where its output goes), ``readers``, ``feeds`` and
``xmlsafety`` (records out of files; hostile XML refused), ``work``, ``titles`` and
``jsonsplice`` (what a worker does to a chunk; feed titles checked as headlines;
byte-faithful JSONL), ``engines`` (where the work runs),
``lock``, ``journal`` and ``writer`` (one run per folder; crash-safe outputs), ``runner``
(the loop), ``report`` and ``progress`` (what the user sees), ``cli`` (the command line).
"""
