# notes2deck — one-line targets. `make deck` builds notes/ into out/; `make test` runs every test.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
GO      ?= go
FUZZTIME ?= 10m
BIN     := bin/notes2deck
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: build deck test check fuzz bench screenshots deps clean

build: ; $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/notes2deck
deck: build ; ./$(BIN) build --out out notes
# make test fuzzes for a count of inputs, not a time: with a time, Go 1.26's fuzz
# coordinator can fail a clean run with "context deadline exceeded" (go.dev/issue/75804).
test: build ; $(GO) test -count=1 ./... && $(MAKE) --no-print-directory fuzz FUZZ_EXTRACT=20000x FUZZ_BUILD=1500x
check: deps ; test -z "$$(gofmt -l .)" && $(GO) vet ./... && $(GO) test -race -count=1 ./...
fuzz: ; $(GO) test ./extract -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(or $(FUZZ_EXTRACT),$(FUZZTIME)) && $(GO) test ./cmd/notes2deck -run '^$$' -fuzz '^FuzzBuild$$' -fuzztime $(or $(FUZZ_BUILD),$(FUZZTIME))
screenshots: deck ; $(GO) test ./exporters/apkg -run '^TestScreenshots$$' -count=1 -screenshots $(CURDIR)/docs && pdftoppm -r 110 -png out/notes.pdf docs/cheatsheet
bench: ; GO=$(GO) ./scripts/bench.sh
deps: ; ! $(GO) list -deps ./extract | grep -E 'notes2deck/(exporters|cmd)|sqlite|gofpdf|urfave'
clean: ; rm -rf bin out/*.apkg out/*.csv out/*.pdf
