package extract

import (
	"strings"
	"testing"
)

// TestAskedYear checks askedYear against its definition, the front's
// text a year or a date alone, on fronts with and without the digits of
// a year, in tags and entities.
func TestAskedYear(t *testing.T) {
	for _, front := range []string{
		"1607", "<strong>1619</strong>", " 1941-12-07 ", "1830–1831", "30th September 1938", "<strong>30th September 1938</strong>",
		"&#49;933", "&#x31;933", "2024", "2100", "999", "Term", "<strong>Term</strong>", "March", "&amp;", "", "<em>", "Year 1933",
		"1914 - 1918", "<strong>1789 – 1799</strong>", "800 – 400 BC", "1914 - 18", "1918 - 1914",
	} {
		text := strings.TrimSpace(stripTags(front))
		want := isEventYear(text) || isEventDate(text) || isEventSpan(text)
		year, ok := askedYear(front)
		if ok != want || ok && year != text {
			t.Errorf("askedYear(%q) = %q, %v; want %q, %v", front, year, ok, text, want)
		}
	}
}

// TestAskedYearQuick checks that a front holding no 1, 2 or entity costs
// no allocation: askEventsForYears asks it of every short front of a note
// (issue 7).
func TestAskedYearQuick(t *testing.T) {
	if n := testing.AllocsPerRun(10, func() { askedYear("<strong>Mitochondria</strong>") }); n != 0 {
		t.Errorf("askedYear of a bold word: %v allocations, want 0", n)
	}
}
