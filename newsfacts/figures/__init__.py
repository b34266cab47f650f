"""Figures: token patterns, what each figure measures (its object), who says so (its source), and the component."""
