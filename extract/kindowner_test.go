package extract

import "testing"

// TestKindOwnerFileName checks that a bare kind in a note with no H1 and no
// title in its front matter is asked with its file name read as words: a
// student titles the topic "Group nilpotent groups", not with the slug of
// the file.
func TestKindOwnerFileName(t *testing.T) {
	for file, want := range map[string]string{
		"group-nilpotent-groups.md":  "Group nilpotent groups: Lemma",
		"ring_theory.md":             "Ring theory: Lemma",
		"Normal Hausdorff Spaces.md": "Normal Hausdorff Spaces: Lemma",
		"Group-Actions.md":           "Group Actions: Lemma",
		"2024-03-08.md":              "2024-03-08: Lemma",
	} {
		d, err := Parse(file, []byte("**Lemma:** Every nilpotent group is solvable.\n"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Cards) != 1 || d.Cards[0].Front != want {
			t.Errorf("%s: cards %+v, want one asking %q", file, d.Cards, want)
		}
	}
}

// TestSpokenName checks how a file name typed as a slug reads as words.
func TestSpokenName(t *testing.T) {
	for name, want := range map[string]string{
		"group-nilpotent-groups": "Group nilpotent groups",
		"ring_theory":            "Ring theory",
		"lecture-2024-03-08":     "Lecture 2024-03-08",
		"Group-Actions":          "Group Actions",
		"Normal spaces":          "Normal spaces",
		"calculus":               "calculus",
		"--":                     "--",
	} {
		if got := spokenName(name); got != want {
			t.Errorf("spokenName(%q) = %q, want %q", name, got, want)
		}
	}
}
