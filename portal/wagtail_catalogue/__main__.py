import os
import sys

from portal.wagtail_catalogue import main

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
sys.exit(main(sys.argv[1:]))
