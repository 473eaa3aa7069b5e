package extract

import (
	"bytes"
	"slices"
	"testing"
	"unicode/utf8"
)

// wrapBreaksOracle is wrapBreaks as first written, finding and splitting
// each line again when it is the line after a break: the oracle of the one
// that splits each line once.
func wrapBreaksOracle(body []byte) []wrapBreak {
	var out []wrapBreak
	var fence fenceState
	math := false
	pos, i := frontMatterEnd(body)
	for ; pos < len(body); i++ {
		line, after := lineAt(body, pos)
		pos = after
		if fence.next(line) {
			continue
		}
		_, _, t := wrapParts(line)
		if bytes.Equal(t, []byte("$$")) {
			math = !math
		}
		if math || after == len(body) {
			continue
		}
		nextLine, _ := lineAt(body, after)
		d, item, next := wrapParts(nextLine)
		if item || len(next) == 0 {
			continue
		}
		if !wrapText(t) || bytes.HasSuffix(bytes.TrimRight(line, "\n"), []byte("  ")) || bytes.HasSuffix(t, []byte(`\`)) {
			continue
		}
		depth, _, _ := wrapParts(line)
		if d != depth || !continues(next) || !latinJoin(t, next) {
			continue
		}
		n := utf8.RuneCount(bytes.TrimRight(line, " \n"))
		if n > maxWrapColumn {
			return nil
		}
		out = append(out, wrapBreak{i: i, n: n, word: utf8.RuneCount(firstWord(next))})
	}
	return out
}

// innerSpacedBoldOracle is innerSpacedBold without its spacedStars test.
func innerSpacedBoldOracle(line []byte) ([]byte, bool) {
	if bytes.IndexByte(line, '*') < 0 {
		return nil, false
	}
	return respaceBold(line)
}

// serialInputs are notes and lines for the oracles of the rewrites before
// the parse.
var serialInputs = []string{
	"",
	"**",
	"* *",
	"a ** b",
	"**Term **- text\n",
	"** Term**\n",
	"** Title **\n",
	"2 ** 3 ** 4\n",
	"a*** b **c**\n",
	"x* ** y**\n",
	"**a**\t**b **\n",
	"*a* **b** *c*\n",
	"**a**b**c **\n",
	"---\ntitle: x\n---\nTo solve the complexity of controlling high-DOF robots (like\nhumanoids or exoskeletons), researchers use the H-Metaphor and more\nwords that wrap the line at the column of the editor for the note.\n",
	"> quoted text that goes on for quite a while before it wraps at the\n> column of the editor, as Vim's textwidth wraps a quoted paragraph\n> of prose in an e-mail reply or a note.\n",
	"```\ncode that goes on for quite a while before it wraps at the column\nof the editor\n```\n$$\nx\n$$\nText\n",
	"- item text that goes on for quite a while before it wraps at the\n  column of the editor\n- next item\n",
}

func checkSerialOracles(t *testing.T, s string) {
	t.Helper()
	if got, want := wrapBreaks([]byte(s)), wrapBreaksOracle([]byte(s)); !slices.Equal(got, want) {
		t.Errorf("wrapBreaks(%q) = %v, want %v", s, got, want)
	}
	for _, line := range bytes.SplitAfter([]byte(s), []byte("\n")) {
		got, ok := innerSpacedBold(line)
		want, wantOK := innerSpacedBoldOracle(line)
		if ok != wantOK || !bytes.Equal(got, want) {
			t.Errorf("innerSpacedBold(%q) = %q, %v, want %q, %v", line, got, ok, want, wantOK)
		}
	}
}

func TestSerialOracles(t *testing.T) {
	for _, s := range serialInputs {
		checkSerialOracles(t, s)
	}
}

func FuzzSerialOracles(f *testing.F) {
	for _, s := range serialInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSerialOracles(t, s)
	})
}
