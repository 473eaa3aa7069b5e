package exportertest

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"testing"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// PNG is a 1×1 transparent PNG, the sample media file.
var PNG = []byte{
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
	0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
	0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
	0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
	0x42, 0x60, 0x82,
}

// MediaName is the name of the sample media file, as the extractor derives it.
const MediaName = "5a1f0c3e9b2d-cell.png"

// Decks returns the sample decks: "Biology::Cells" with basic, reversed,
// cloze, duplicate-front and media cards, and "Español" with Unicode and
// escaped markup.
func Decks() []extract.Deck {
	bio := extract.Deck{
		Name: "Biology::Cells", Title: "Cells", File: "notes/biology/cells.md", Tags: []string{"biology"},
		Media: []extract.Media{{Name: MediaName, Path: "notes/biology/img/cell.png", Data: PNG}},
		Cards: []extract.Card{
			{Front: "What is the powerhouse of the cell?", Back: "The <b>mitochondrion</b>", Context: []string{"Cells", "Organelles"},
				Tags: []string{"biology", "organelles"}, Kind: extract.Basic, Pos: extract.Pos{File: "notes/biology/cells.md", Line: 5}},
			{Front: "ATP", Back: "adenosine triphosphate", Context: []string{"Cells", "Energy"},
				Tags: []string{"biology"}, Kind: extract.Reversed, Pos: extract.Pos{File: "notes/biology/cells.md", Line: 9}},
			{Front: "The {{c1::nucleus}} holds the {{c2::DNA}}; {{c1,2::ribosomes}} make proteins.", Back: "see chapter 2",
				Context: []string{"Cells"}, Tags: []string{"biology"}, Kind: extract.Cloze, Pos: extract.Pos{File: "notes/biology/cells.md", Line: 12}},
			{Front: "Define it", Back: "first meaning", Context: []string{"Cells", "Terms"},
				Tags: []string{"biology"}, Kind: extract.Basic, Pos: extract.Pos{File: "notes/biology/cells.md", Line: 15}},
			{Front: "Define it", Back: "second meaning", Context: []string{"Cells", "Terms"},
				Tags: []string{"biology"}, Kind: extract.Basic, Pos: extract.Pos{File: "notes/biology/cells.md", Line: 16}},
			{Front: `Which organelle is this? <img src="` + MediaName + `">`, Back: "A whole cell\non two lines",
				Context: []string{"Cells"}, Tags: []string{"biology", "images"}, Kind: extract.Basic, Pos: extract.Pos{File: "notes/biology/cells.md", Line: 20}},
		},
	}
	es := extract.Deck{
		Name: "Español", Title: "Español", File: "notes/español.md",
		Cards: []extract.Card{
			{Front: "¿Cómo se dice «good morning»? 今日", Back: "buenos días — ¡hola! 😀", Context: []string{"Saludos", "Mañana & tarde"},
				Kind: extract.Basic, Pos: extract.Pos{File: "notes/español.md", Line: 3}},
			{Front: "What does &lt;script&gt;alert(1)&lt;/script&gt; do?", Back: `<code>a "quoted", comma</code> =1+2`,
				Context: []string{"Security"}, Tags: []string{"web::xss"}, Kind: extract.Basic, Pos: extract.Pos{File: "notes/español.md", Line: 7}},
			{Front: `<pre><code class="language-go">x := a &amp;&amp; b</code></pre>`, Back: "logical and",
				Context: []string{"Code"}, Kind: extract.Reversed, Pos: extract.Pos{File: "notes/español.md", Line: 9}},
		},
	}
	return []extract.Deck{bio, es}
}

// A Note is one note as read back from an exporter's output.
type Note struct {
	GUID     string
	Notetype string            // note type name
	Deck     string            // Anki deck name
	Fields   map[string]string // by field name
	Tags     []string
}

// A ReadBack parses what an exporter wrote back into notes.
type ReadBack func(t *testing.T, out []byte) []Note

// Run exports Decks() with exp, reads the output back with readBack, and
// checks that there is exactly one note per card, found by its GUID, with the
// card's note type, deck, fields (Front/Back or Text/Back Extra, Context,
// Source) and tags, byte for byte. It also checks that a second export gives
// the same bytes and that exporting no decks works.
func Run(t *testing.T, exp exporters.Exporter, readBack ReadBack) {
	t.Helper()
	decks := Decks()
	var buf, again bytes.Buffer
	if err := exp.Export(&buf, decks); err != nil {
		t.Fatalf("Export: %v", err)
	}
	if err := exp.Export(&again, Decks()); err != nil {
		t.Fatalf("second Export: %v", err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("two exports of the same decks differ (%d and %d bytes)", buf.Len(), again.Len())
	}
	if err := exp.Export(io.Discard, nil); err != nil {
		t.Errorf("Export of no decks: %v", err)
	}
	notes := readBack(t, buf.Bytes())
	byGUID := map[string]Note{}
	for _, n := range notes {
		if _, dup := byGUID[n.GUID]; dup {
			t.Errorf("GUID %q appears twice", n.GUID)
		}
		byGUID[n.GUID] = n
	}
	want := 0
	for _, d := range decks {
		guids := exporters.GUIDs(d)
		for i, c := range d.Cards {
			want++
			what := fmt.Sprintf("%s card %d (%.30q)", d.Name, i, c.Front)
			n, ok := byGUID[guids[i]]
			if !ok {
				t.Errorf("%s: no note with GUID %q", what, guids[i])
				continue
			}
			if n.Notetype != exporters.NotetypeName(c.Kind) {
				t.Errorf("%s: note type %q, want %q", what, n.Notetype, exporters.NotetypeName(c.Kind))
			}
			if n.Deck != d.Name {
				t.Errorf("%s: deck %q, want %q", what, n.Deck, d.Name)
			}
			names := exporters.FieldNames(c.Kind)
			for j, v := range exporters.NoteFields(d, c) {
				if got := n.Fields[names[j]]; got != v {
					t.Errorf("%s: field %s = %q, want %q", what, names[j], got, v)
				}
			}
			for _, tag := range c.Tags {
				if !slices.Contains(n.Tags, tag) {
					t.Errorf("%s: tags %q lack %q", what, n.Tags, tag)
				}
			}
		}
	}
	if len(notes) != want {
		t.Errorf("read back %d notes, want %d", len(notes), want)
	}
}
