package extract

import "testing"

// TestCopiedName checks the names sync tools and browsers give a copy of a
// note, and names that only look like one.
func TestCopiedName(t *testing.T) {
	for _, tt := range []struct {
		stem, want string
		copy       bool
	}{
		{"bio (1)", "bio", true},
		{"Compiler (12)", "Compiler", true},
		{"bio (conflicted copy)", "bio", true},
		{"bio (Jane's conflicted copy 2026-11-01)", "bio", true},
		{"bio-DESKTOP-AB12CD3", "bio", true},
		{"bio.sync-conflict-20261101-120000-ABCDEFG", "bio", true},
		{"bio (1234)", "bio (1234)", false},
		{"Python 3", "Python 3", false},
		{"Cells (plants)", "Cells (plants)", false},
		{"bio.sync-conflict-notes", "bio.sync-conflict-notes", false},
		{"(1)", "(1)", false},
	} {
		got, copy := CopiedName(tt.stem)
		if got != tt.want || copy != tt.copy {
			t.Errorf("CopiedName(%q) = %q, %v, want %q, %v", tt.stem, got, copy, tt.want, tt.copy)
		}
	}
}
