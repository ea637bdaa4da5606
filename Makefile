# Two commands: `make demo` and `make test`. Each creates or refreshes .venv by itself.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
DEMO   := demo-out

.PHONY: demo test bench venv clean bytecode

venv: $(STAMP)

# Refreshes whenever pyproject.toml changes. torch is pinned to the local CPU build
# (a looser range would pull several GB of CUDA wheels).
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check "torch==2.13.0"
	$(PY) -m pip install -q --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

# The CLI's start-up budget assumes cached bytecode; some machines set PYTHONDONTWRITEBYTECODE.
bytecode: $(STAMP)
	@$(PY) -m compileall -q src

demo: bytecode
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(PY) examples/make_checkpoint.py $(DEMO)/train_ckpt.pt
	$(VENV)/bin/torchckpt inspect $(DEMO)/train_ckpt.pt

test: $(STAMP)
	$(PY) -m pytest

bench: bytecode
	$(PY) benchmarks/inspect.py

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache
