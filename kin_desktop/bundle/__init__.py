"""bundle layer (see docs/architecture.md)."""
