"""Settings of the web app, from the environment."""

import os

DEBUG = os.environ.get("DEBUG") == "1"
DATABASE_URL = os.environ["DATABASE_URL"]
