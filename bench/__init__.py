"""Benchmark scripts (see bench/README.md). Run them from the repository root with ``python -m bench.<script>``."""
