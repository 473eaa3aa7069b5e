package pdf

import (
	"path/filepath"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// TestCountLines: countLines, when it counts, counts the lines wrap makes,
// for the paragraphs and list items of the notes and a synthetic vault, at
// several widths and sizes.
func TestCountLines(t *testing.T) {
	t.Cleanup(withoutCJKFonts()) // countLines measures with the embedded fonts
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	decks := parseNotes(t, append([]string{sampleNote}, corpus...))
	for _, f := range synth.Vault(synth.Config{Cards: 500, Files: 1}) {
		d, err := extract.Parse(f.Name, f.Data, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		decks = append(decks, d)
	}
	cfg, err := Exporter{}.resolve(nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := newSheet(cfg, decks)
	if err != nil {
		t.Fatal(err)
	}
	var paras [][]extract.Span
	var walk func([]extract.Block)
	walk = func(bs []extract.Block) {
		for _, b := range bs {
			if len(b.Spans) > 0 {
				paras = append(paras, b.Spans)
			}
			for _, it := range b.Items {
				paras = append(paras, it.Spans)
				walk(it.Blocks)
			}
			walk(b.Blocks)
		}
	}
	for _, d := range decks {
		walk(d.Outline)
	}
	counted := 0
	for _, size := range []float64{5.5, 7.5, 9} {
		for _, width := range []float64{20, 90, 160.3, 253.73} {
			for _, spans := range paras {
				s.arena, s.wordArena, s.runs, s.lineArena = s.arena[:0], s.wordArena[:0], s.runs[:0], s.lineArena[:0]
				n, ok := s.countLines(spans, size, fRegular, cText, width)
				if !ok {
					continue
				}
				counted++
				s.counting = true
				want := len(s.wrap(s.words(spans, size, fRegular, cText, extract.Pos{}), width, 0))
				s.counting = false
				if n != want {
					t.Fatalf("size %g, width %g: countLines %d, wrap %d lines for %q", size, width, n, want, extract.PlainText(spans))
				}
			}
		}
	}
	if counted < len(paras) {
		t.Errorf("countLines counted %d of %d paragraphs", counted, 12*len(paras))
	}
}
