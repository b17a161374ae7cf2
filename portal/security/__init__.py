"""Protections against abuse: login lockout (``lockout.py``), the editors' unlock screen
(``unlock.py``), rate limits on public endpoints (``ratelimits.py``), security headers
(``headers.py``) and spreadsheet exports that cannot run formulas (``spreadsheets.py``).
"""
