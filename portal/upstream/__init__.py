"""Workarounds for gaps in upstream packages (Wagtail, wagtail-localize), one module per gap, each naming it."""
