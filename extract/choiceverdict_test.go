package extract

import "testing"

func TestChoiceVerdict(t *testing.T) {
	tests := []struct {
		term, def string
		want      bool
	}{
		{"B", "Correct. The object is of type B.", true},
		{"A", "not correct. as its talking about size", true},
		{"B", "Right! A set holds each value once.", true},
		{"C", "right, as a frozenset is a set", true},
		{"C", "Right answer: a frozenset is a set", true},
		{"d", "Right", true},
		{"d", "right half of the screen", false}, // a window key's meaning
		{"e", "right-click menu", false},
		{"b", "rightmost column", false},
		{"i", "insert mode", false},
	}
	for _, tt := range tests {
		if got := choiceVerdict([]byte(tt.term), []byte(tt.def)); got != tt.want {
			t.Errorf("choiceVerdict(%q, %q) = %v, want %v", tt.term, tt.def, got, tt.want)
		}
	}
}
