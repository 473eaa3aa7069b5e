package extract

import "testing"

// TestUnwrapWholeBold: a front wholly in bold, however deep, asks its
// words; a front with bold parts keeps them.
func TestUnwrapWholeBold(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<strong>Drug Sources</strong>", "Drug Sources"},
		{"<strong><strong><strong>Bobo the Doll</strong></strong></strong>", "Bobo the Doll"},
		{"<b>tschüss</b>", "tschüss"},
		{"<strong>What does <code>git stash</code> do?</strong>", "What does <code>git stash</code> do?"},
		{"<strong>Half-Step</strong> or <strong>Semi tone</strong>", "<strong>Half-Step</strong> or <strong>Semi tone</strong>"},
		{"<strong>A</strong> and <strong><strong>B</strong></strong>", "<strong>A</strong> and <strong><strong>B</strong></strong>"},
		{"<strong>3.</strong> Which angle?", "<strong>3.</strong> Which angle?"},
		{"<strong>…</strong>", "<strong>…</strong>"},
		{"Drug Names", "Drug Names"},
	} {
		if got := unwrapWholeBold(tt.in); got != tt.want {
			t.Errorf("unwrapWholeBold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
