package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestCutLongLines: each line of a heading, a paragraph, a list item, a
// table cell or code longer than maxLineBytes is cut to it, ending in "…",
// with a warning at its line; shorter lines, even many in one block, and
// the decks handed in are left alone.
func TestCutLongLines(t *testing.T) {
	long := strings.Repeat("word ", maxLineBytes/5+999) + "word"
	kept := long[:maxLineBytes] + "…"
	cases := []struct {
		name, src string
		want      []string // warnings
		texts     []string // in the outline after the cut
		gone      string   // not in the outline after the cut
		count     int      // warnings, when not len(want)
	}{
		{name: "paragraph", src: "# T\n\nfirst line\\\n" + long + "\\\nlast line\n",
			want:  []string{"n.md:4: cheat sheet: a line is 25 KB: cut to its first 20 KB, ending in …"},
			texts: []string{"first line", kept, "last line"}},
		{name: "heading", src: "# " + long + "\n", want: []string{"n.md:1: cheat sheet: a line is 25 KB"}, texts: []string{kept}},
		{name: "item", src: "# T\n\n- a\n- b " + long + "\n", want: []string{"n.md:4: cheat sheet: a line is 26 KB"}},
		{name: "nested-quote", src: "# T\n\n> quoted\n>\n> " + long + "\n", want: []string{"n.md:5: cheat sheet: a line is 25 KB"}},
		{name: "code", src: "# T\n\n```\nx = 1\n" + long + "\ny = 2\n```\n",
			want:  []string{"n.md:5: cheat sheet: a line of code is 25 KB"},
			texts: []string{"x = 1\n" + strings.TrimRight(kept, "…") + "…\ny = 2\n"}},
		{name: "table", src: "# T\n\n| a | b |\n|---|---|\n| x | " + long + " |\n",
			want: []string{"n.md:3: cheat sheet: a cell of the table here is 25 KB"}},
		{name: "multibyte", src: "# T\n\n" + strings.Repeat("é", maxLineBytes) + "\n",
			want: []string{"n.md:3: cheat sheet: a line is 40 KB"}, texts: []string{strings.Repeat("é", maxLineBytes/2) + "…"}},
		{name: "many-short-lines", src: "# T\n\n" + strings.Repeat("a short line\n", 5000), gone: "…"},
		{name: "just-fits", src: "# T\n\n" + strings.Repeat("x", maxLineBytes) + "\n", gone: "…"},
		{name: "many-long-lines", src: "# T\n\n" + strings.Repeat(long+"\n\n", maxCutWarnings+5),
			want:  []string{"n.md:3: cheat sheet: a line is 25 KB", "n.md:41: cheat sheet: a line is 25 KB", "n.md:43: cheat sheet: 5 more lines longer than 20 KB cut so"},
			count: maxCutWarnings + 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := extract.Parse("n.md", []byte(tc.src), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			before := outlineText(d.Outline)
			decks, warns := cutLongLines([]extract.Deck{d})
			if got := outlineText(d.Outline); got != before {
				t.Error("the deck handed in changed")
			}
			var msgs []string
			for _, w := range warns {
				msgs = append(msgs, w.String())
			}
			if len(msgs) != max(tc.count, len(tc.want)) {
				t.Fatalf("warnings %q, want %q", msgs, tc.want)
			}
			for _, w := range tc.want {
				found := false
				for _, m := range msgs {
					found = found || strings.HasPrefix(m, w)
				}
				if !found {
					t.Errorf("no warning %q in %q", w, msgs)
				}
			}
			got := outlineText(decks[0].Outline)
			for _, s := range tc.texts {
				if !strings.Contains(got, s) {
					t.Errorf("outline lacks %.80q…", s)
				}
			}
			if tc.gone != "" && strings.Contains(got, tc.gone) {
				t.Errorf("outline holds %q", tc.gone)
			}
			if len(tc.want) == 0 && &decks[0].Outline[0] != &d.Outline[0] {
				t.Error("an outline with no long line was copied")
			}
		})
	}
}

// outlineText returns the text of blocks, each span and line of code on
// a line of its own.
func outlineText(blocks []extract.Block) string {
	var b strings.Builder
	spans := func(ss []extract.Span) {
		for _, s := range ss {
			b.WriteString(s.Text + "\n")
		}
	}
	for _, bl := range blocks {
		spans(bl.Spans)
		b.WriteString(bl.Code)
		for _, it := range bl.Items {
			spans(it.Spans)
			b.WriteString(outlineText(it.Blocks))
		}
		for _, c := range bl.Header {
			spans(c.Spans)
		}
		for _, r := range bl.Rows {
			for _, c := range r {
				spans(c.Spans)
			}
		}
		b.WriteString(outlineText(bl.Blocks))
	}
	return b.String()
}

// TestLongLineSheet: a note of one 10 MB line prints a page or two, with
// the warning, where it printed 878 pages in 9 s.
func TestLongLineSheet(t *testing.T) {
	src := "# T\n\n" + strings.Repeat("lorem ipsum dolor ", 600000) + "\n"
	d, err := extract.Parse("n.md", []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var warns []string
	var buf bytes.Buffer
	if err := (Exporter{Warn: func(w extract.Warning) { warns = append(warns, w.String()) }}).Export(&buf, []extract.Deck{d}); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(buf.Bytes(), []byte("/Type /Page\n")) + bytes.Count(buf.Bytes(), []byte("/Type /Page ")); n > 3 {
		t.Errorf("%d pages", n)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "n.md:3: cheat sheet: a line is 10800 KB: cut to its first 20 KB") {
		t.Errorf("warnings %q", warns)
	}
}
