package extract

import "testing"

// TestPlainCacheTermAndLine: a line's term and the whole line, asked in turn
// as the split rules ask them, are rendered once each. "**TCP**" and "**TCP**:
// reliable, *ordered* delivery" start at the same byte, one plainCache slot;
// with one range a slot each ask rendered the text again. A third range at
// that byte ("**TCP**: reliable") still renders: two ranges a slot.
func TestPlainCacheTermAndLine(t *testing.T) {
	p := parseTree([]byte("**TCP**: reliable, *ordered* delivery\n"))
	defer p.dropPlains()
	n := firstParagraph(p)
	seg := n.Lines().At(0)
	lo, term, hi := seg.Start, seg.Start+len("**TCP**"), seg.Stop
	if got := p.plain(n, lo, term); got != "TCP" {
		t.Fatalf("plain of the term = %q, want %q", got, "TCP")
	}
	if got, want := p.plain(n, lo, hi), "TCP: reliable, ordered delivery"; got != want {
		t.Fatalf("plain of the line = %q, want %q", got, want)
	}
	if a := testing.AllocsPerRun(10, func() {
		p.plain(n, lo, term)
		p.plain(n, lo, hi)
	}); a != 0 {
		t.Errorf("the term and the line asked in turn: %v allocations a run, want 0 (rendered again)", a)
	}
	third := lo + len("**TCP**: reliable")
	if a := testing.AllocsPerRun(10, func() {
		p.plain(n, lo, term)
		p.plain(n, lo, hi)
		p.plain(n, lo, third)
	}); a == 0 {
		t.Errorf("three ranges at one byte asked in turn: no allocation, want a render (two ranges a slot)")
	}
	if got, want := p.plain(n, lo, third), "TCP: reliable"; got != want {
		t.Errorf("plain of %q = %q, want %q", "**TCP**: reliable", got, want)
	}
}
