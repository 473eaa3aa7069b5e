package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestAnkiTags: a note's tags are written as Anki keeps them, so that the
// tag in Anki is the one notes2deck wrote: an empty level is "blank", with
// a warning at the card, as for a deck name; a double quote, which Anki
// drops, goes. Tags that are fine stay as written.
func TestAnkiTags(t *testing.T) {
	in := "---\ntags: [\"::\", \"x::\", \"a::::b\", \"a:::b\", 'say \"hi\"', \"ok::fine\"]\n---\n# P\n- q: a\n"
	d, err := Parse("n.md", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Cards) != 1 {
		t.Fatalf("%d cards, want 1", len(d.Cards))
	}
	want := []string{"blank::blank", "x::blank", "a::blank::b", "a:::b", "say_hi", "ok::fine"}
	if got := d.Cards[0].Tags; !slices.Equal(got[:len(want)], want) {
		t.Errorf("tags %q, want %q first", got, want)
	}
	var warned []string
	for _, w := range d.Warnings {
		if strings.Contains(w.Msg, `which Anki names "blank"`) {
			if w.Pos.Line != 5 {
				t.Errorf("warning at line %d, want 5: %s", w.Pos.Line, w)
			}
			warned = append(warned, w.Msg[:strings.Index(w.Msg, " has")])
		}
	}
	if want := []string{`tag "::"`, `tag "x::"`, `tag "a::::b"`}; !slices.Equal(warned, want) {
		t.Errorf("warnings for %q, want %q: %v", warned, want, d.Warnings)
	}
}
