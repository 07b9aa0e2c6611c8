"""Winter Arc: a self-hosted training platform with a hardened Python judge."""

__version__ = "0.1.0"
