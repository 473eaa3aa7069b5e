package exporters

import (
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

func TestBase91(t *testing.T) {
	for _, tc := range []struct {
		n    uint64
		want string
	}{
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
