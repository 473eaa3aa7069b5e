package extract

import "testing"

func TestIsCommandChoice(t *testing.T) {
	for _, c := range []struct {
		term string
		want bool
	}{
		{"git checkout x or git switch x", true},
		{"git add <fichier> / git add .", true},
		{"docker stop c ou docker container stop c", true},
		{"git checkout -b x 또는 git switch -c x", true},
		{"cats or dogs", false},
		{"git or svn", false},
		{"read a book or watch a film", false},
		{"Git checkout x or Git switch x", false},
		{"git checkout x or svn switch x", false},
		{"git checkout x or", false},
		{"x = 1 or x = 2", false},
	} {
		if got := isCommandChoice(c.term); got != c.want {
			t.Errorf("isCommandChoice(%q) = %v, want %v", c.term, got, c.want)
		}
	}
}
