# Two commands: `make demo` and `make test`. Each creates or refreshes .venv by itself.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
DEMO   := demo-out

.PHONY: demo test bench venv clean bytecode browser

venv: $(STAMP)

# Refreshes whenever pyproject.toml changes. torch is pinned to the local CPU build
# (a looser range would pull several GB of CUDA wheels).
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check --progress-bar on "torch==2.13.0"
	$(PY) -m pip install --disable-pip-version-check --progress-bar on -e ".[dev]"
	touch $(STAMP)

# The CLI's start-up budget assumes cached bytecode; some machines set PYTHONDONTWRITEBYTECODE.
bytecode: $(STAMP)
	@$(PY) -m compileall -q src

demo: bytecode
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(PY) examples/make_checkpoint.py $(DEMO)/train_ckpt.pt
	$(VENV)/bin/torchckpt inspect $(DEMO)/train_ckpt.pt
	$(VENV)/bin/torchckpt scan $(DEMO)/train_ckpt.pt
	$(VENV)/bin/torchckpt convert $(DEMO)/train_ckpt.pt $(DEMO)/model.safetensors
	$(VENV)/bin/torchckpt convert $(DEMO)/train_ckpt.pt $(DEMO)/model_fp16.pt --key state_dict --strip-prefix auto --dtype float16
	$(VENV)/bin/torchckpt slim $(DEMO)/train_ckpt.pt $(DEMO)/train_ckpt-slim.pt
	$(VENV)/bin/torchckpt report $(DEMO)/train_ckpt.pt --compare $(DEMO)/train_ckpt-slim.pt -o $(DEMO)/report.html
	$(VENV)/bin/torchckpt convert $(DEMO)/train_ckpt.pt $(DEMO)/weights.safetensors --key state_dict
	$(VENV)/bin/torchckpt diff $(DEMO)/train_ckpt.pt $(DEMO)/weights.safetensors --weights model
	$(VENV)/bin/torchckpt export examples/make_checkpoint.py:SmallResNet $(DEMO)/train_ckpt.pt $(DEMO)/model.onnx --input 1x3x16x16
	@ls -l $(DEMO)

# The HTML report's browser tests need a headless Chromium: Debian's, installed (saying so)
# when missing and possible; NO_BROWSER=1 skips it (and those tests skip with the reason).
browser:
	@if [ -z "$(NO_BROWSER)" ] && ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make test: installing Debian's chromium for the HTML report's browser tests (NO_BROWSER=1 skips this)"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "make test: chromium could not be installed; the browser tests will skip"; \
	  else echo "make test: no chromium and no root to install it; the browser tests will skip"; fi; \
	fi

# Everything CI checks: lint, strict types, then the tests (slow ones included).
test: $(STAMP) browser
	$(VENV)/bin/ruff check src tests benchmarks examples tools
	$(VENV)/bin/mypy
	$(PY) -m pytest

bench: bytecode
	$(PY) benchmarks/inspect.py
	$(PY) benchmarks/scan.py
	$(PY) benchmarks/convert.py
	$(PY) benchmarks/load.py
	$(PY) benchmarks/save.py
	$(PY) benchmarks/report.py
	$(PY) benchmarks/load_migrate.py

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache
