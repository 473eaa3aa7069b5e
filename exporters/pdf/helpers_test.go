package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
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

// sheetText writes src to the note file, prints its cheat sheet with e and
// returns the sheet's words joined by single spaces.
func sheetText(t *testing.T, file, src string, e Exporter) string {
	t.Helper()
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, w := range words(t, render(t, []string{file}, e)) {
		text = append(text, w.text)
	}
	return strings.Join(text, " ")
}
