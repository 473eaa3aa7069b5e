package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestHashtags: a paragraph of Obsidian #tags alone tags every card of the
// note and is no card's content, in the cards or on the cheat sheet.
func TestHashtags(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		chunk    int      // Options.chunkBytes: cut the note into chunks
		want     []string // the tags every card gets after the heading path's
	}{
		{"end of note", "# P\n\n## A\n- x: y\n\n#python #basics/loops\n", 0, []string{"python", "basics::loops"}},
		{"label and commas", "Tags: #a, #b-c, #d_1\n\n# P\n\n- x: y\n", 0, []string{"a", "b-c", "d_1"}},
		{"chunks", "#top\n\n# P\n\n- x: y\n\n# Q\n\n- z: w\n\n#top #end\n", 8, []string{"top", "end"}},
		{"not all tags", "# P\n\n- x: y\n\n#python is fun\n", 0, nil},
		{"digits only", "# P\n\n- x: y\n\n#1 #2024\n", 0, nil},
		{"bad slash", "# P\n\n- x: y\n\n#a/ #b\n", 0, nil},
		{"code", "# P\n\n- x: y\n\n`#python`\n", 0, nil},
		{"heading", "# P\n\n- x: y\n\n# python\n", 0, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("n.md", []byte(tt.in), Options{chunkBytes: tt.chunk})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Cards) == 0 {
				t.Fatal("no cards")
			}
			var outline strings.Builder
			dumpOutline(d.Outline, "", &outline)
			for _, c := range d.Cards {
				// The heading path's tag comes first, the note's #tags after it.
				if got := c.Tags[1:]; !slices.Equal(got, tt.want) && (len(got) > 0 || tt.want != nil) {
					t.Errorf("card %q: tags %q, want the heading path's and %q", c.Front, c.Tags, tt.want)
				}
				if tt.want != nil && strings.Contains(c.Front+c.Back+outline.String(), "#") {
					t.Errorf("card %q / %q or the outline shows the tag line:\n%s", c.Front, c.Back, outline.String())
				}
			}
		})
	}
}

// TestHashtagsCap: a note of thousands of tag lines tags its cards with the
// first maxHashtags of them, and says so.
func TestHashtagsCap(t *testing.T) {
	var src strings.Builder
	src.WriteString("# P\n\n- x: y\n\n")
	for i := range maxHashtags + 5 {
		fmt.Fprintf(&src, "#t%d\n\n", i)
	}
	d, err := Parse("n.md", []byte(src.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(d.Cards[0].Tags); got != 1+maxHashtags {
		t.Errorf("%d tags, want the heading path's and %d", got, maxHashtags)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0].Msg, "105 #tags") {
		t.Errorf("warnings %v, want one about 105 #tags", d.Warnings)
	}
}

func TestObsidianTag(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"#python", "python", true},
		{"#a/b/c", "a::b::c", true},
		{"#été_2024", "été_2024", true},
		{"#y1984", "y1984", true},
		{"#1984", "", false},
		{"#", "", false},
		{"python", "", false},
		{"#a//b", "", false},
		{"#/a", "", false},
		{"#a.b", "", false},
		{"##a", "", false},
	} {
		got, ok := obsidianTag(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("obsidianTag(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
