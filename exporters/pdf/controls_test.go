package pdf

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestControlCharactersAsSpaces: control characters in a note ("\x01",
// ESC, DEL, pasted from a terminal) are spaces on the sheet, as they are
// on the cards, and so are noncharacters ("\uFFFF", U+FDD0, U+10FFFF);
// the sheet printed each as "�" with a "no glyph" warning. A character
// the font lacks is still replaced and reported, U+10FFF too, whose UTF-8
// ends as U+1FFFF's does.
func TestControlCharactersAsSpaces(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
		warns     int
	}{
		{"controls", "# Bio\n\n- Osm\x01osis: wa\x1bter\x7f moves\n- Esc: \x1b[31mred\x1b[0m\n",
			[]string{"Osm osis", "wa ter moves", "[31mred [0m"}, 0},
		{"noncharacters", "# Bio\n\n- Osm\uFFFFosis: wa\uFDD0ter\U0010FFFF moves\uFFFE\n- Cell\uFDEF\U0001FFFE: unit\n",
			[]string{"Osm osis", "wa ter moves"}, 0}, // a "Cell\uFDEF" left would warn,
		{"no glyph", "# Bio\n\n- Ring 𝔄: a set\n", []string{"Ring �"}, 1},
		{"no glyph, not a noncharacter", "# Bio\n\n- Ring \U00010FFF: a set\n", []string{"Ring �"}, 1},
		// An icon font's private-use sign is the note's text, not the
		// extractor's mark of a brace (before: "a={b}").
		{"private use", "# Bio\n\n$$a=\uE000b\uE001$$\n\n- Row: a\uE003b\n", []string{"a=�b�", "a�b"}, 2},
	} {
		for _, layout := range []string{"", "cards"} {
			t.Run(tc.name+" "+layout, func(t *testing.T) {
				var warns []string
				e := Exporter{Time: 1700000000, Layout: layout, Warn: func(w extract.Warning) { warns = append(warns, w.String()) }}
				got := sheetText(t, filepath.Join(t.TempDir(), "n.md"), tc.src, e)
				for _, want := range tc.want {
					if !strings.Contains(got, want) {
						t.Errorf("sheet %q, want %q in it", got, want)
					}
				}
				if len(warns) != tc.warns {
					t.Errorf("warnings %q, want %d", warns, tc.warns)
				}
			})
		}
	}
}
