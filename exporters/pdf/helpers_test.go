package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// parseNotes parses notes files into decks.
func parseNotes(t testing.TB, files []string) []extract.Deck {
	t.Helper()
	var decks []extract.Deck
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Skipf("notes file not available: %v", err)
		}
		// The corpus notes name images that are not in the corpus.
		root := filepath.Dir(filepath.Dir(f))
		d, err := extract.Parse(f, src, extract.Options{Root: root, IgnoreMissingMedia: true})
		if err != nil {
			t.Fatal(err)
		}
		decks = append(decks, d)
	}
	return decks
}

// render exports notes files with e and returns the PDF; warnings are logged.
func render(t testing.TB, files []string, e Exporter) []byte {
	t.Helper()
	decks := parseNotes(t, files)
	if e.Warn == nil {
		e.Warn = func(w extract.Warning) { t.Log("warning: " + w.String()) }
	}
	var buf bytes.Buffer
	if err := e.Export(&buf, decks); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
