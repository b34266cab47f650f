# Two entry points: `make run` re-executes the notebook in place, `make test` runs the test suite.
# Each builds the virtual environment in .venv from requirements.txt first (Python 3.11).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test benchmark

$(BIN)/activate: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(BIN)/activate

run: $(BIN)/activate
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace analysis.ipynb

test: $(BIN)/activate
	$(BIN)/python -m pytest

benchmark: $(BIN)/activate
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/run_time.py
