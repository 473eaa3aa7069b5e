package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestHugeCards checks that a card with a side too long to review is left
// out with a warning at its line, and that the cards inside it and beside
// it stay.
func TestHugeCards(t *testing.T) {
	prose := strings.Repeat("The membrane controls what enters and leaves the cell, and water follows the gradient.\n\n", 3000)
	code := "```\n" + strings.Repeat("x=1\n", 4500) + "```\n" // 18 KB, 22,500 bytes once each newline is a <br>
	cases := []struct {
		name, src string
		warns     []string // the warnings, each up to the side it names
		kept      []string // fronts of cards made
	}{
		{name: "essay", src: "# Bio\n\n## Long essay\n\n" + prose + "Osmosis is the movement of water across a membrane.\n\n## Short\n- Diffusion: particles spread out\n",
			warns: []string{`n.md:3: card "Long essay" left out: its answer`}, kept: []string{"Diffusion"}},
		{name: "code", src: "# Bio\n\n## Script\n\n" + code + "\n## Short\n- Diffusion: particles spread out\n",
			warns: []string{`n.md:3: card "Script" left out: its answer`}, kept: []string{"Diffusion"}},
		{name: "long-line", src: "# T\n- Term: " + strings.Repeat("word ", 5000) + "\n- Osmosis: water moves\n",
			warns: []string{`n.md:2: card "Term" left out: its answer`}, kept: []string{"Osmosis"}},
		{name: "long-front", src: "# T\n- Diffusion: particles spread out\n## " + strings.Repeat("word ", 5000) + "\n- Osmosis: water moves\n- Ion: a charged atom\n",
			warns: []string{`n.md:3: card "word word word word word word word word …" left out: its front`,
				`n.md:4: card "Osmosis" left out: its heading path`}, kept: []string{"Diffusion"}},
		{name: "under", src: "# T\n## Section\n" + strings.Repeat("word ", 3900) + "\n", kept: []string{"Section"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("n.md", []byte(tc.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			fronts := map[string]bool{}
			for _, c := range d.Cards {
				fronts[stripTags(c.Front)] = true
				for _, s := range []string{c.Front, c.Back, strings.Join(c.Context, " › ")} {
					if cardBytes(s) > maxCardBytes {
						t.Errorf("card %.40q has a side of %d bytes", c.Front, cardBytes(s))
					}
				}
			}
			for _, f := range tc.kept {
				if !fronts[f] {
					t.Errorf("no card %q in %v", f, fronts)
				}
			}
			var warned []string
			for _, w := range d.Warnings {
				if strings.Contains(w.Msg, "too long to review") {
					warned = append(warned, w.Pos.String()+": "+w.Msg)
				}
			}
			if len(warned) != len(tc.warns) {
				t.Fatalf("warnings %q, want %q", warned, tc.warns)
			}
			for i, w := range tc.warns {
				if !strings.HasPrefix(warned[i], w) {
					t.Errorf("warning %q, want %q…", warned[i], w)
				}
			}
		})
	}
}

// TestHugeTags checks that a card's tags are cut to those that fit in
// maxCardBytes, with a warning at its line.
func TestHugeTags(t *testing.T) {
	var b strings.Builder
	b.WriteString("# T\n\n- Osmosis: water moves")
	for i := range 32000 {
		fmt.Fprintf(&b, " #t%d/a", i)
	}
	d, err := Parse("n.md", []byte(b.String()+"\n- Ion: a charged atom #chem\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Cards {
		if n := len(strings.Join(c.Tags, " ")); n > maxCardBytes {
			t.Errorf("card %q has %d bytes of tags", c.Front, n)
		}
		if c.Front == "Ion" && !slices.Contains(c.Tags, "chem") {
			t.Errorf("card Ion has tags %q", c.Tags)
		}
	}
	if len(d.Warnings) != 1 || !strings.HasPrefix(d.Warnings[0].String(), `n.md:3: card "Osmosis": its 32001 tags are too long`) {
		t.Errorf("warnings %q", d.Warnings)
	}
}
