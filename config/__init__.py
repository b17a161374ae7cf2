"""Project configuration: settings (per environment), the root URLconf and the WSGI application.

Apart from the shared page machinery (``portal/``) and the apps; nothing here is imported
by them.
"""
