import os
import sys

from portal.wagtail_catalogue import main

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
sys.exit(main(sys.argv[1:]))
