"""Names: wire datelines and the entity resolver."""
