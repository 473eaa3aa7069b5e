package extract

import "testing"

// TestEndsInBracket checks the quick test of defaultOnly: it passes every
// line cutDefaultNote cuts, and turns away the items that end in no bracket.
func TestEndsInBracket(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"objective [default=reg:linear]", true},
		{"learning rate (default: 0.1) :", true},
		{"eta [default=0.3]\t", true},
		{"Nucleus: holds the DNA", false},
		{"a (b) c", false},
		{"", false},
		{" : ", false},
	} {
		got := endsInBracket([]byte(tc.line))
		if got != tc.want {
			t.Errorf("endsInBracket(%q) = %v, want %v", tc.line, got, tc.want)
		}
		if _, _, cut := cutDefaultNote(tc.line); cut && !got {
			t.Errorf("endsInBracket(%q) turns away a line cutDefaultNote cuts", tc.line)
		}
	}
}
