package extract

import (
	"strings"
	"testing"
)

// TestDeletedTag: a note's own tag notes2deck::deleted, in any case or with
// a tag under it, is left off its cards with a warning at the card: the
// README's cleanup in Anki ("tag:notes2deck::deleted", delete all) would
// delete live cards and their reviews. Tags that only start alike stay.
func TestDeletedTag(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		warn     int // the line of the warning; 0 for none
	}{
		{"front matter", "---\ntags: [notes2deck::deleted, bio]\n---\n# P\n- x: y\n", 5},
		{"tag line", "# P\n\n#notes2deck/deleted #bio\n\n- x: y\n", 5},
		{"own tag, case, child", "# P\n- x: y #bio #Notes2Deck/Deleted/old\n", 2},
		{"alike", "---\ntags: [notes2deck::deletedx, notes2deck, bio]\n---\n# P\n- x: y\n", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("n.md", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Cards) == 0 {
				t.Fatal("no cards")
			}
			for _, c := range d.Cards {
				if !strings.Contains(strings.Join(c.Tags, " "), "bio") {
					t.Errorf("card %q: tags %q lost the note's other tag", c.Front, c.Tags)
				}
				for _, tag := range c.Tags {
					if isDeletedTag(tag) {
						t.Errorf("card %q: tags %q hold %q", c.Front, c.Tags, tag)
					}
				}
			}
			var line int
			for _, w := range d.Warnings {
				if strings.Contains(w.Msg, DeletedTag) {
					line = w.Pos.Line
				}
			}
			if line != tt.warn {
				t.Errorf("warning at line %d, want %d: %v", line, tt.warn, d.Warnings)
			}
		})
	}
}
