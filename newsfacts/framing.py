"""How the article frames its subject: which sentences use the vocabulary of each frame (a documented lexicon in
rules.frames()), and where along the article. A word count, not a reading of stance."""

import pandas as pd
from spacy.tokens import Doc

CRITICISM = "criticism and risk"  # the frame whose first appearance the findings report


def frame_hits(doc: Doc, lexicon: dict[str, set[str]]) -> pd.DataFrame:
    """One row per (sentence, frame, trigger lemma) found: which words put which sentence in which frame."""
    rows = []
    for i, sent in enumerate(doc.sents):
        for tok in sent:
            for frame, lemmas in lexicon.items():
                lemma = tok.lemma_.lower()
                if lemma in lemmas or tok.lower_ in lemmas:
                    rows.append((i, frame, lemma if lemma in lemmas else tok.lower_))
    return pd.DataFrame(rows, columns=["sentence", "frame", "trigger"])


def frame_presence(hits: pd.DataFrame, lexicon: dict[str, set[str]], sentences: int) -> pd.DataFrame | None:
    """A frames x sentences table of 0 and 1 (1: the sentence uses the frame's vocabulary); None without hits."""
    if not len(hits):
        return None
    return (pd.crosstab(hits["frame"], hits["sentence"]).clip(upper=1)
            .reindex(index=list(lexicon), columns=range(sentences), fill_value=0))


def frame_summary(hits: pd.DataFrame, lexicon: dict[str, set[str]], sentences: int) -> dict:
    """The frame used in the most sentences ('leading', in 'count' of 'sentences'), and the sentence where the
    vocabulary of criticism and risk first appears ('first_critical', 0-based, None if never) and in how many
    ('critical'). Empty when no sentence uses the lexicon."""
    presence = frame_presence(hits, lexicon, sentences)
    if presence is None:
        return {}
    counts = presence.sum(axis=1)
    critical = hits[hits["frame"] == CRITICISM]["sentence"]
    return {"leading": counts.idxmax(), "count": int(counts.max()), "sentences": sentences,
            "first_critical": int(critical.min()) if len(critical) else None, "critical": critical.nunique()}


def top_triggers(hits: pd.DataFrame, lexicon: dict[str, set[str]], per_frame: int = 4) -> pd.DataFrame:
    """The most used trigger words of each frame (frame, trigger, uses), frames in lexicon order."""
    if hits.empty:
        return pd.DataFrame(columns=["frame", "trigger", "uses"])
    top = (hits.groupby(["frame", "trigger"], sort=False).size().rename("uses").reset_index()
           .sort_values(["frame", "uses"], ascending=[True, False], kind="stable").groupby("frame").head(per_frame))
    return top.set_index("frame").loc[[f for f in lexicon if f in set(top["frame"])]].reset_index()
