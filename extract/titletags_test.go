package extract

import (
	"slices"
	"testing"
)

// TestTitleTags checks the heading tags under a title that its heading
// reads otherwise: a title ending in colons, as Anki writes a deck ("# Bio::"),
// or linked ("# [[Cell biology]]"), tags the cards under it with the title
// as the heading path shows it, once, and no tag level holds "::".
func TestTitleTags(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Bio", "Bio::Cells"},
		{"Bio:", "Bio::Cells"},
		{"Bio::", "Bio::Cells"},
		{"Bio ::", "Bio::Cells"},
		{"Bio::::", "Bio::Cells"},
		{"Chapter 3:", "Chapter_3::Cells"},
		{"[[Cell biology]]", "Cell_biology::Cells"},
		{"C++::STL", "C++:STL::Cells"},
		{"A::::B", "A:B::Cells"},
	} {
		src := "# " + tc.title + "\n\n## Cells\n- Osmosis: water moves across a membrane\n"
		d, err := Parse("n.md", []byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range d.Cards {
			if c.Front == "Osmosis" {
				got = c.Tags
			}
		}
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("# %s: card Osmosis has tags %q, want %q", tc.title, got, tc.want)
		}
	}
}
