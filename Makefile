# brief: one-page PDF briefings on councils' children's services.
# `make wakefield` installs what is missing and renders Output/wakefield.pdf; `make test` runs every test.

.PHONY: setup build wakefield test lint format bench load clean

setup:
	@scripts/setup.sh

build: setup
	swift build --product brief

wakefield: build
	.build/debug/brief wakefield -o Output/wakefield.pdf
	@echo "Wrote Output/wakefield.pdf"

# The in-process servers and the render pool first, alone: the other suites wait on processes,
# which holds threads of the test pool, and under that load an in-process client timed out.
# CAIRO_DEBUG_PDF: set for the test processes, which cannot set it before their threads start
# (brief sets it at the start of main; see PDFSettings).
test: export CAIRO_DEBUG_PDF = 1
test: setup
	swift build --build-tests
	swift test --skip-build --filter 'BriefingServerTests|BriefingPipelineTests'
	swift test --skip-build --skip 'BriefingServerTests|BriefingPipelineTests'
	$(MAKE) lint

# swift format's strict lint, the size limits and the import table of docs/ARCHITECTURE.md.
lint:
	scripts/format.sh --lint
	python3 scripts/sizes.py
	python3 scripts/imports.py

format:
	scripts/format.sh

bench: setup
	scripts/bench.sh

load: setup
	scripts/load.sh

clean:
	rm -rf .build Output/*.pdf
