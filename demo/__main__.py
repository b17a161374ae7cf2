"""Check the demo content files without a database: ``python -m demo [CONTENT_DIR]``."""

import sys

from demo import files
from demo.validate import DemoContentError


def main(argv):
    content_dir = argv[0] if argv else None
    entries = files.read_entries(content_dir)
    keys = {entry.key for entry in entries}
    terms = files.read_glossary(content_dir, keys)
    featured = files.read_featured(content_dir, keys)
    print(f"{len(entries)} pages, {len(terms)} glossary terms, {len(featured)} featured pages: OK")


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except DemoContentError as error:
        sys.exit(str(error))
