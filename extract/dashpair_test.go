package extract

import "testing"

// TestDashPair pins the parts dashPair cuts an item at, spaces around the
// item and around each part trimmed once.
func TestDashPair(t *testing.T) {
	for _, tc := range []struct {
		in, term, gloss string
		ok              bool
	}{
		{"comer – to eat", "comer", "to eat", true},
		{"  Hallo - Hello  ", "Hallo", "Hello", true},
		{"\tla casa —  the house ", "la casa", "the house", true},
		{" - Hello", "", "", false},
		{"uno – one – two", "uno", "one – two", false},
		{"no dash here", "", "", false},
	} {
		term, gloss, ok := dashPair(tc.in)
		if ok != tc.ok || ok && (term != tc.term || gloss != tc.gloss) {
			t.Errorf("dashPair(%q) = %q, %q, %v; want %q, %q, %v", tc.in, term, gloss, ok, tc.term, tc.gloss, tc.ok)
		}
	}
}

// TestDashPairNoAllocs pins that dashPair cuts without copying.
func TestDashPairNoAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { dashPair("  comer – to eat  ") }); n != 0 {
		t.Errorf("dashPair allocates %v times; want 0", n)
	}
}
