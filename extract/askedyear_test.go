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
		"Spring 1776", "c. 1500", "1620s", "mid-1800s", "<strong>c.1500</strong>", "Fall 1999s", "1625s", "late 999",
	} {
		text := strings.TrimSpace(stripTags(front))
		want := isEventYear(text) || isEventDate(text) || isEventSpan(text) || isLooseYear(text)
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

// TestIsLooseYear checks the years timelines date loosely: a season, an
// era's "c.", a decade and a part of one are years; a count of things, a
// season without a year and a year past 2099 are not.
func TestIsLooseYear(t *testing.T) {
	for s, want := range map[string]bool{
		"Spring 1776": true, "winter 1941": true, "c. 1500": true, "ca. 1450": true, "circa 1215": true, "c.1500": true,
		"1620s": true, "1900s": true, "early 1600s": true, "mid-1800s": true, "Late 1770s": true,
		"1625s": false, "Spring": false, "Spring 3000": false, "c. 500": false, "1620": false, "many 1620s": false,
		"Spring 1776 offensive": false, "": false, "2100s": false,
	} {
		if got := isLooseYear(s); got != want {
			t.Errorf("isLooseYear(%q) = %v, want %v", s, got, want)
		}
	}
}
