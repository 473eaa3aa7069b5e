package exporters

import (
	"regexp"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

func TestInertClozes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"no cloze", "no cloze"},
		{"The {{c3::nucleus}} part", "The {&#123;c3::nucleus}} part"},
		{"{{c1,2::a}} and {{{c10::b}}", "{&#123;c1,2::a}} and {{&#123;c10::b}}"},
		{"{{c::x}} {{cat}} {{c1:x}} {{c", "{{c::x}} {{cat}} {{c1:x}} {{c"},
	} {
		if got := inertClozes(tc.in); got != tc.want {
			t.Errorf("inertClozes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNotesClozeOnlyInText builds a cloze under a heading that holds cloze
// syntax, in a note file named so, with a Basic card beside it: Anki makes a
// card for each cloze number in any field of a cloze note, so only the
// cloze's Text may hold one; the Basic note's fields are as written.
func TestNotesClozeOnlyInText(t *testing.T) {
	open := regexp.MustCompile(`\{\{c[\d,]+::`)
	ctx := []string{"Bio", "The {{c3::nucleus}} part"}
	d := extract.Deck{Name: "Bio", File: "n{{c4::x}}.md", Cards: []extract.Card{
		{Front: "Nucleus", Back: "holds {{c2::DNA}}", Context: ctx},
		{Front: "The {{c1::mitochondrion}} makes ATP.", Back: "see {{c2::cristae}}", Context: ctx, Kind: extract.Cloze},
		{Front: "Ribosome", Back: "makes proteins", Context: ctx},
	}}
	notes := Notes([]extract.Deck{d})[0]
	for i, f := range notes[1].Fields[1:] {
		if open.MatchString(f) {
			t.Errorf("cloze field %d = %q holds a cloze opening", i+1, f)
		}
	}
	if got := notes[1].Fields[0]; got != d.Cards[1].Front {
		t.Errorf("cloze Text = %q, want %q", got, d.Cards[1].Front)
	}
	for _, j := range []int{0, 2} {
		if f := notes[j].Fields; !open.MatchString(f[2]) || !open.MatchString(f[3]) {
			t.Errorf("basic note %d: Context %q, Source %q changed", j, f[2], f[3])
		}
	}
}
