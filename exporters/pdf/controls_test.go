package pdf

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestControlCharactersAsSpaces: control characters in a note ("\x01",
// ESC, DEL, pasted from a terminal) are spaces on the sheet, as they are
// on the cards; the sheet printed each as "�" with a "no glyph" warning.
// A character the font lacks is still replaced and reported.
func TestControlCharactersAsSpaces(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
		warns     int
	}{
		{"controls", "# Bio\n\n- Osm\x01osis: wa\x1bter\x7f moves\n- Esc: \x1b[31mred\x1b[0m\n",
			[]string{"Osm osis", "wa ter moves", "[31mred [0m"}, 0},
		{"no glyph", "# Bio\n\n- Ring 𝔄: a set\n", []string{"Ring �"}, 1},
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
