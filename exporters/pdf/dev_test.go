package pdf

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestDevWrite writes $PDF_IN (comma-separated notes) to $PDF_OUT, with
// $PDF_FONT and $PDF_LAYOUT; a development aid for looking at the output.
func TestDevWrite(t *testing.T) {
	in, out := os.Getenv("PDF_IN"), os.Getenv("PDF_OUT")
	if in == "" || out == "" {
		t.Skip("PDF_IN and PDF_OUT not set")
	}
	e := Exporter{Time: 1700000000, Font: os.Getenv("PDF_FONT"), Layout: os.Getenv("PDF_LAYOUT"), Warn: func(w extract.Warning) { t.Log(w) }}
	decks := withCards(parseNotes(t, strings.Split(in, ",")))
	var buf bytes.Buffer
	if err := e.Export(&buf, decks); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
