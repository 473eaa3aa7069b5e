package extract

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// whole and cut parse a note without cutting it, and cut at every heading
// where a cut is allowed.
var (
	whole = Options{IgnoreMissingMedia: true, chunkBytes: 1 << 30}
	cut   = Options{IgnoreMissingMedia: true, chunkBytes: 1}
)

// sameDeck parses src whole and in chunks and fails unless both give the
// same deck (or the same error). It returns the number of chunks.
func sameDeck(t *testing.T, name string, src []byte) int {
	t.Helper()
	dir := t.TempDir()
	w, cut, c := whole, cut, cut
	w.Root, c.Root = dir, dir
	want, werr := Parse(name, src, w)
	got, gerr := Parse(name, src, c)
	if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
		t.Fatalf("%s: whole: %v; in chunks: %v", name, werr, gerr)
	}
	if !reflect.DeepEqual(want, got) {
		for i := 0; i < len(want.Cards) && i < len(got.Cards); i++ {
			if !reflect.DeepEqual(want.Cards[i], got.Cards[i]) {
				t.Fatalf("%s: card %d: whole %+v; in chunks %+v", name, i, want.Cards[i], got.Cards[i])
			}
		}
		t.Fatalf("%s: the deck parsed in chunks differs (%d cards whole, %d in chunks; outline %d/%d blocks; warnings %v / %v; coverage %v / %v)",
			name, len(want.Cards), len(got.Cards), len(want.Outline), len(got.Outline), want.Warnings, got.Warnings, want.Coverage, got.Coverage)
	}
	starts, _, _ := chunkStarts(src, cut.chunkBytes)
	return len(starts)
}

// TestChunksMatchWhole parses real notes, the golden cases and a synthetic
// vault both whole and cut into as many chunks as allowed: the decks must be
// equal, and most notes must really be cut.
func TestChunksMatchWhole(t *testing.T) {
	inputs, real := testInputs(t)
	var all []byte
	for _, path := range real {
		all = append(append(all, inputs[path]...), '\n')
	}
	inputs["all.md"] = all
	cutNotes := 0
	for name, src := range inputs {
		if sameDeck(t, name, src) > 1 {
			cutNotes++
		}
	}
	if cutNotes < len(inputs)/3 {
		t.Errorf("only %d of %d notes were cut into chunks", cutNotes, len(inputs))
	}
}

// TestChunkStarts checks where a note may be cut.
func TestChunkStarts(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []int
	}{
		{"headings", "# A\n\ntext\n\n## B\n\ntext\n", []int{0, 11}},
		{"no blank line before", "# A\ntext\n## B\n", []int{0}},
		{"indented", "# A\n\n  # B\n", []int{0}},
		{"no text", "# A\n\n#\n\n# ##\n", []int{0}},
		{"not a heading", "# A\n\n#hashtag\n", []int{0}},
		{"fenced", "# A\n\n```\n\n# B\n```\n\n# C\n", []int{0, 19}},
		{"long fence", "# A\n\n````\n\n```\n\n# B\n````\n\n# C\n", []int{0, 26}},
		{"tilde fence", "# A\n\n~~~ md\n\n# B\n~~~\n\n# C\n", []int{0, 22}},
		{"comment", "# A\n\n<!--\n\n# B\n-->\n\n# C\n", []int{0, 20}},
		{"one-line comment", "# A\n\n<!-- x -->\n\n# B\n", []int{0, 17}},
		{"pre", "# A\n\n<PRE>\n\n# B\n</pre>\n\n# C\n", []int{0, 24}},
		{"reference definition", "# A\n\n[x]: /url\n\n# B\n", []int{0}},
		{"skip region", "# A\n\n<!-- notes2deck:skip -->\n\n# B\n", []int{0}},
		{"details", "# A\n\n<details><summary>x</summary>\n\n# B\n\nDemand</DETAILS>\n\n# C\n", []int{0}},
		{"details inline", "00<detAils</\n\n# 0\n</detAils0\n", []int{0}},
		{"no details", "# A\n\n<detail> <\n\n# B\n", []int{0, 17}},
		{"heading over heading", "# A\n\ntext\n\n## Block 1: Sets\n\n### **Übungsfokus:**\n\n- x\n- y\n", []int{0, 11}},
		{"heading over rule and heading", "# A\n\ntext\n\n## Block 1: Sets\n\n---\n\n### Übungsfokus\n\n- x\n\n### Ziel: Kraft\n", []int{0, 11, 57}},
		{"setext over heading", "# A\n\ntext\n\nBlock 1: Sets\n---\n\n### Übungsfokus\n\n- x\n", []int{0}},
		{"label headings side by side", "# top\n\ntext\n\n### RES: non swap memory\n\n### SHR: shared memory size\n\n## B\n", []int{0, 13}},
		{"section embed", "# A\n\ntext\n\n## B\n\nA?\n?\n![[#A]]\n", []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _, _ := chunkStarts([]byte(tc.src), 1); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("chunkStarts(%q) = %v, want %v", tc.src, got, tc.want)
			}
			sameDeck(t, "note.md", []byte(tc.src))
		})
	}
}

// TestChunksUnsound cuts notes where the tracker of fences is fooled: the
// parser must notice and parse the note whole.
func TestChunksUnsound(t *testing.T) {
	for _, src := range []string{
		// A fence line inside an HTML block is not a fence, so the real
		// fence below looks like a closing one to the tracker.
		"# A\n\n<div>\n```\n</div>\n\n# B\n\n```\n\n# C\n\ntext\n",
		// An unclosed fence inside a list: the heading closes the list.
		"# A\n\n- x\n  ```\n\n# B\n\n```\n\n# C\n\ntext\n",
	} {
		p := &parsed{file: "note.md", src: []byte(src), lineStart: lineStarts([]byte(src)), opt: whole}
		starts, hints, _ := chunkStarts(p.src, 1)
		if len(starts) < 2 || p.runChunks(starts, hints, "note", nil)[0].sound {
			t.Errorf("%q: cut at %v, want an unsound cut", src, starts)
		}
		sameDeck(t, "note.md", []byte(src))
	}
}

// TestChunksRepeat makes a card in a later chunk that repeats one of an
// earlier chunk: it is dropped as in the whole note.
func TestChunksRepeat(t *testing.T) {
	src := strings.Repeat("# T\n\n- Term: the definition\n\n", 3)
	if n := sameDeck(t, "note.md", []byte(src)); n != 3 {
		t.Fatalf("%d chunks, want 3", n)
	}
	d, err := Parse("note.md", []byte(src), cut)
	if err != nil {
		t.Fatal(err)
	}
	terms := 0
	for _, c := range d.Cards {
		if c.Front == "Term" {
			terms++
		}
	}
	if terms != 1 {
		t.Errorf("%d cards for Term, want 1: %v", terms, d.Cards)
	}
}

// TestChunksGuess cuts notes where a chunk's builder must guess wrong: the
// title comes after the first cut, or a heading whose text the line scan
// misreads recurs in another chunk.
func TestChunksGuess(t *testing.T) {
	for _, src := range []string{
		"intro\n\n## A\n\n- Term: def\n\n# Title\n\n## B\n\ntext\n",
		"# T\n\nintro\n\n## Part 1\n\n### **Examples**\n\nsome text\n\n## Part 2\n\n### Examples\n\nother text\n",
		"# T\n\nintro\n\n## Part 1\n\nExamples\n--------\n\nsome text\n\n## Part 2\n\n### Examples\n\nother text\n",
		"# T\n\n```\n```\n\n## A\n\n![missing](nowhere.png)\n\n## B\n\n![missing](nowhere.png) ![out](../go.mod)\n\n## C\n\n> deep\n",
	} {
		if n := sameDeck(t, "note.md", []byte(src)); n < 3 {
			t.Errorf("%q: %d chunks, want 3 or more", src, n)
		}
	}
}

// FuzzChunks checks that a note parsed in chunks gives the deck it gives
// parsed whole.
func FuzzChunks(f *testing.F) {
	addGoldenSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		if bytes.Count(src, []byte("\n")) > 2000 {
			return
		}
		var e *Error
		if _, err := Parse("fuzz.md", src, whole); err != nil && !errors.As(err, &e) {
			t.Fatalf("error is not an *Error: %v", err)
		}
		sameDeck(t, "fuzz.md", src)
	})
}

// TestSkipOutline: SkipOutline drops the outline and changes nothing else.
func TestSkipOutline(t *testing.T) {
	for name, src := range fastpathNotes(t) {
		opt := Options{IgnoreMissingMedia: true, chunkBytes: 2048}
		whole, err := Parse(name, src, opt)
		if err != nil {
			continue
		}
		opt.SkipOutline = true
		skipped, err := Parse(name, src, opt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if skipped.Outline != nil {
			t.Errorf("%s: %d outline blocks with SkipOutline", name, len(skipped.Outline))
		}
		whole.Outline = nil
		if !reflect.DeepEqual(skipped, whole) {
			t.Errorf("%s: SkipOutline changed the deck", name)
		}
	}
}

// TestReleaseDropsGlossNode: a carded chunk's release lets go of the
// paragraph the italic-glossary check answered for last; kept, that one
// node held the chunk's whole tree alive to the end of the build (a 10k
// note peaked at 150 MiB instead of 109).
func TestReleaseDropsGlossNode(t *testing.T) {
	p := &parsed{gloss: glossCache{node: ast.NewParagraph(), ok: true}}
	p.release()
	if p.gloss.node != nil {
		t.Error("release kept the italic-glossary check's paragraph")
	}
}

// atxHeadingOracles are the lines TestAtxHeadingOracle and FuzzAtxHeading
// start from.
var atxHeadingOracles = []string{
	"# Title", "## TCP Handshake:", "### Übersicht ###", "#### Straße：", "# ", "#", "#Title", "####### Seven",
	"## Heading #", "## Heading#", "## ###", "## :", "##\tTab\t", "## Ünïcode Ⅻ", "## bad \xff byte", "# \u00a0Nbsp\u00a0",
	"## A. Thiazide Diuretics", "## МОСКВА", "## 1", "###\n", "# x ##  ", "  # indented",
}

// oldATXHeading is atxHeading as it was before it lowered the line's bytes
// in one copy: the oracle of TestAtxHeadingOracle and FuzzAtxHeading.
func oldATXHeading(line []byte) (string, bool) {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(line) || (line[n] != ' ' && line[n] != '\t' && line[n] != '\n') {
		return "", false
	}
	t := strings.TrimSpace(string(line[n:]))
	if u := strings.TrimRight(t, "#"); u == "" || u[len(u)-1] == ' ' || u[len(u)-1] == '\t' {
		t = strings.TrimSpace(u)
	}
	if !hasWordChar(t) {
		return "", false
	}
	return strings.ToLower(strings.TrimSpace(strings.TrimRight(t, ":："))), true
}

// checkATXHeading fails t unless atxHeading and atxHeadingText answer for
// line as oldATXHeading does.
func checkATXHeading(t *testing.T, line string) {
	gotText, gotOK := atxHeading([]byte(line))
	wantText, wantOK := oldATXHeading([]byte(line))
	if gotText != wantText || gotOK != wantOK {
		t.Errorf("atxHeading(%q) = %q, %v; want %q, %v", line, gotText, gotOK, wantText, wantOK)
	}
	if _, ok := atxHeadingText([]byte(line)); ok != wantOK {
		t.Errorf("atxHeadingText(%q) ok = %v; want %v", line, ok, wantOK)
	}
}

// TestAtxHeadingOracle checks atxHeading, which trims and lowers the line's
// bytes in one copy, against the string code it replaced.
func TestAtxHeadingOracle(t *testing.T) {
	for _, line := range atxHeadingOracles {
		checkATXHeading(t, line)
	}
}

// FuzzAtxHeading checks atxHeading against oldATXHeading on any line.
func FuzzAtxHeading(f *testing.F) {
	for _, line := range atxHeadingOracles {
		f.Add(line)
	}
	f.Fuzz(checkATXHeading)
}
