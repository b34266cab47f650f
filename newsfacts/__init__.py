"""newsfacts: read a news article and find who and what it names, when things happened, which figures it states
and who stated them.

One module per stage, in the order data flows:

    inputs -> rules -> numbers -> entities (dateline, resolver) -> figures (patterns, objects, sources, finder)
    -> dates -> quotes -> pipeline -> tables -> context -> charts -> findings -> cli

The spaCy components (`line_breaks`, `dateline_ner`, `number_tagger`, `entity_resolver`, `figure_finder`,
`date_finder`, `quote_finder`) are registered under the `spacy_factories` entry point, so that after installing
the package `nlp.add_pipe("figure_finder")` works without importing it. This module imports nothing heavy: spaCy
imports it whenever it builds a pipeline.
"""

__version__ = "1.0.0"
