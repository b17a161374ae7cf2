"""What other apps keep about a member, for the data download and the account's deletion.

Apps above ``members`` (following by email, questions…) import it, so ``members`` cannot import
them: they answer these signals instead (``feeds/apps.py``, ``qa/apps.py``).

- ``personal_data``: sent with ``member`` and ``user`` when the member downloads their data;
  each receiver returns ``{section: JSON-ready data}``, added to the download.
- ``account_deleting``: sent with ``member``, ``user`` and ``remove_contributions`` (the member's
  choice) inside the deletion's transaction, before the account goes: a receiver removes what is
  personal (subscriptions) and, if asked, the member's contributions.
"""

from django.dispatch import Signal

personal_data = Signal()
account_deleting = Signal()
