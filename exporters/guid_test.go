package exporters

import (
	"html"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

func TestBase91(t *testing.T) {
	for _, tc := range []struct {
		n    uint64
		want string
	}{
		{0, "a"},
		{1234567890, "saAKk"},
		{^uint64(0), "Rj&Z5m[>Zp"},
	} {
		if got := Base91(tc.n); got != tc.want {
			t.Errorf("Base91(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestGUIDForMatchesGenanki(t *testing.T) {
	if got, want := GUIDFor("hello"), "hZ%+.BW-%^"; got != want {
		t.Errorf("GUIDFor(hello) = %q, want %q", got, want)
	}
}

func TestGUIDsStable(t *testing.T) {
	d := extract.Deck{Name: "D", Cards: []extract.Card{
		{Front: "What is <b>X</b>?", Back: "one", Context: []string{"A"}},
		{Front: "What is <b>X</b>?", Back: "two", Context: []string{"A"}},
		{Front: "Y", Back: "three", Context: []string{"A"}},
	}}
	g1 := GUIDs(d)
	if g1[0] == g1[1] {
		t.Fatalf("same front got one GUID %q", g1[0])
	}
	d.Cards[0].Back = "edited"
	d.Cards[2].Pos.Line = 99
	g2 := GUIDs(d)
	for i := range g1 {
		if g1[i] != g2[i] {
			t.Errorf("card %d: GUID changed from %q to %q after editing back/position", i, g1[i], g2[i])
		}
	}
	d.Cards[2].Front = "Z"
	if GUIDs(d)[2] == g1[2] {
		t.Errorf("GUID did not change with the front")
	}
}

func TestNormaliseFront(t *testing.T) {
	for in, want := range map[string]string{
		"What is <b>X</b>?":     "what is x ?",
		"a<b":                   "a<b",
		"a <i>b</i> c <d":       "a b c <d",
		"x &amp; y&nbsp;Z":      "x & y z",
		"<p>\n  Two\tlines</p>": "two lines",
	} {
		if got := NormaliseFront(in); got != want {
			t.Errorf("NormaliseFront(%q) = %q, want %q", in, got, want)
		}
	}
}

// normaliseFrontRef is NormaliseFront as it was written before it became a
// scanner, composed of the standard library's functions.
func normaliseFrontRef(front string) string {
	s := html.UnescapeString(extract.ReplaceTags(front))
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// normaliseFrontCases are fronts where the scanner could go astray: tags and
// lone "<", entities (also ones that spell a tag), Unicode white space and
// case, invalid UTF-8.
var normaliseFrontCases = []string{
	"", " ", "<b>", "What is <b>X</b>?", "a<b", "a <i>b</i> c <d", "<<b>>", "x<y>z", "x <y",
	"x &amp; y&nbsp;Z", "&lt;b&gt;bold&lt;/b&gt;", "<a href=\"?a=1&b=2\">Link</a>", "&am<i>p;",
	"<p>\n  Two\tlines</p>", "\u00a0lead\u2003and\u3000trail\u0085", "ÄÖÜ ΣΊΣΥΦΟΣ İSTANBUL K", "\xffbad\xc3", "\ufffd",
	"\v\f\r a  b\t\t", "Tab<br>Break", "&#x41;&#66;&Gt;&gt", "A&nbsp;<b>B</b>&NBSP;c",
}

func TestNormaliseFrontMatchesReference(t *testing.T) {
	for _, in := range normaliseFrontCases {
		if got, want := NormaliseFront(in), normaliseFrontRef(in); got != want {
			t.Errorf("NormaliseFront(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzNormaliseFront(f *testing.F) {
	for _, in := range normaliseFrontCases {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if got, want := NormaliseFront(in), normaliseFrontRef(in); got != want {
			t.Errorf("NormaliseFront(%q) = %q, want %q", in, got, want)
		}
	})
}
