package pdf

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestQuestionArrows: a spaced-repetition line "What is TCP?::A protocol"
// prints its question, an arrow, then its answer, where the sheet printed
// "What is TCP?: A protocol"; a term that asks nothing keeps its colon, and
// so does a question whose colon is code. A question that holds a colon
// of its own, "Variable or local: how to decide? :: …", asks whole: the
// sheet printed "Variable or local" as the term of the rest.
func TestQuestionArrows(t *testing.T) {
	file := filepath.Join(t.TempDir(), "sr.md")
	src := "# Biology\n\nWhat is the powerhouse of the cell?::The mitochondria\nWhat does DNA stand for? :: Deoxyribonucleic acid\n\n" +
		"- Why is the sky blue?::Rayleigh scattering\n- Capital of Spain :: Madrid\n\n" +
		"Variable or local: how to decide? :: Local if one function uses it\n"
	all := sheetText(t, file, src, Exporter{Columns: 1})
	for _, want := range []string{
		"cell? → The mitochondria",
		"for? → Deoxyribonucleic acid",
		"blue? → Rayleigh scattering",
		"Spain: Madrid",
		"decide? → Local if one function uses it",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("sheet reads %q, want %q in it", all, want)
		}
	}
	if strings.Contains(all, "?:") {
		t.Errorf("a question still answered with a colon: %q", all)
	}
}

// TestQuestionArrowsSpans pins which spans questionArrows changes.
func TestQuestionArrowsSpans(t *testing.T) {
	term := func(s string) extract.Span { return extract.Span{Text: s, Style: extract.Term} }
	plain := func(s string) extract.Span { return extract.Span{Text: s} }
	for _, tc := range []struct {
		name string
		in   []extract.Span
		want string
	}{
		{"question", []extract.Span{term("Why?"), plain(": because")}, "Why?| → because"},
		{"answer in bold", []extract.Span{term("Why?"), plain(":"), {Text: "because", Style: extract.Bold}}, "Why?| → |because"},
		{"term", []extract.Span{term("TCP"), plain(": a protocol")}, "TCP|: a protocol"},
		{"bold question", []extract.Span{{Text: "Why?", Style: extract.Bold}, plain(": because")}, "Why?|: because"},
		{"code after", []extract.Span{term("Why?"), {Text: ":x", Style: extract.Mono}}, "Why?|:x"},
		{"no colon", []extract.Span{term("Why?"), plain(" because")}, "Why?| because"},
	} {
		out := questionArrows(tc.in)
		var got []string
		for _, sp := range out {
			got = append(got, sp.Text)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
		if tc.in[1].Text != "" && out[1].Text != tc.in[1].Text && &out[0] == &tc.in[0] {
			t.Errorf("%s: changed the caller's spans", tc.name)
		}
	}
}
