package main

import (
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// The lint rules on hand-made decks, so they are pinned whatever the extractor makes.
func TestLintDeck(t *testing.T) {
	long := strings.Repeat("word ", maxAnswerWords+1)
	pos := func(line int) extract.Pos { return extract.Pos{File: "n.md", Line: line} }
	d := extract.Deck{
		Name: "N",
		File: "n.md",
		Cards: []extract.Card{
			{Front: "Fine", Back: "short answer", Pos: pos(3)},
			{Front: "", Back: "no question", Pos: pos(4)},
			{Front: "No answer", Back: "<p></p>", Pos: pos(5)},
			{Front: "Picture", Back: `<img src="a.png">`, Pos: pos(6)},
			{Front: "Long", Back: long, Pos: pos(7)},
			{Front: "{{c1::Osmosis is", Back: "", Kind: extract.Cloze, Pos: pos(8)},
			{Front: "{{c1::ok}} and {{c2::fine}}", Kind: extract.Cloze, Pos: pos(9)},
			{Front: "Shell", Back: "<code>echo $HOME</code>", Pos: pos(10)},
		},
		Coverage: extract.Coverage{Lines: 10, Uncovered: []extract.Pos{pos(2)}},
		Warnings: []extract.Warning{{Pos: pos(11), Msg: "image b.png not found"}},
	}
	lines := strings.Split("# N\nsome prose that made no card\n", "\n")
	var got []string
	for _, f := range lintDeck(d, lines) {
		got = append(got, f.pos.String()+": "+f.level+": "+f.msg)
	}
	want := []string{
		"n.md:11: warning: image b.png not found",
		`n.md:2: info: made no card: "some prose that made no card"`,
		"n.md:4: warning: empty front",
		`n.md:5: warning: empty back: "No answer"`,
		"n.md:7: warning: answer of 61 words is too long to recall (over 60): split it",
		`n.md:8: warning: unbalanced cloze: "{{c1::" needs a closing "}}"`,
		"n.md:10: info: $ inside code stays as typed (math is only read outside code)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestFindDuplicates(t *testing.T) {
	card := func(front string, line int, ctx ...string) extract.Card {
		return extract.Card{Front: front, Back: "x", Context: ctx, Pos: extract.Pos{File: "n.md", Line: line}}
	}
	a := &checkedNote{ok: true, deck: extract.Deck{Name: "N", Cards: []extract.Card{
		card("Nucleus", 3, "Cells"),
		card("<b>nucleus</b>", 4, "Cells"),
		card("Nucleus", 5, "Atoms"), // another heading: another card
	}}}
	b := &checkedNote{ok: true, deck: extract.Deck{Name: "N", Cards: []extract.Card{card("NUCLEUS", 7, "Cells")}}}
	other := &checkedNote{ok: true, deck: extract.Deck{Name: "M", Cards: []extract.Card{card("Nucleus", 1, "Cells")}}}
	findDuplicates([]*checkedNote{a, b, other})
	if len(a.findings) != 1 || a.findings[0].pos.Line != 4 || !strings.Contains(a.findings[0].msg, "first at n.md:3") {
		t.Errorf("first note: %+v", a.findings)
	}
	if len(b.findings) != 1 || b.findings[0].level != levelWarning {
		t.Errorf("second note: %+v", b.findings)
	}
	if len(other.findings) != 0 {
		t.Errorf("another deck: %+v", other.findings)
	}
}

func TestCoverageSummary(t *testing.T) {
	for _, tc := range []struct {
		cov      extract.Coverage
		findings int
		want     string
	}{
		{extract.Coverage{Lines: 120, Uncovered: make([]extract.Pos, 3)}, 3, "120 content lines, 97% covered, 3 findings"},
		{extract.Coverage{Lines: 200, Uncovered: make([]extract.Pos, 1)}, 0, "200 content lines, 99% covered, 0 findings"},
		{extract.Coverage{Lines: 1}, 1, "1 content line, 100% covered, 1 finding"},
		{extract.Coverage{}, 0, "no content lines, 0 findings"},
	} {
		if got := coverageSummary(tc.cov, tc.findings); got != tc.want {
			t.Errorf("coverageSummary(%+v) = %q, want %q", tc.cov, got, tc.want)
		}
	}
}

func TestLongestBlock(t *testing.T) {
	item := "<li>" + strings.Repeat("word ", 10) + "</li>"
	for _, tc := range []struct {
		back string
		want int
	}{
		{strings.Repeat("word ", 61), 61},
		{"<ul>" + strings.Repeat(item, 20) + "</ul>", 10},
		{"<p>short</p><pre><code>" + strings.Repeat("x ", 100) + "</code></pre>", 1},
		{"a<br>b c<br/>d e f", 3},
	} {
		if got := longestBlock(tc.back); got != tc.want {
			t.Errorf("longestBlock(%.40q…) = %d, want %d", tc.back, got, tc.want)
		}
	}
}
