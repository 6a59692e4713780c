"""repair: find and fix the damage machine translation leaves in English news text."""

__version__ = "0.1.0"
