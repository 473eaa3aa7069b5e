package extract

import "testing"

func TestIsDotCommand(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"cd ..", true},
		{"cd .", true},
		{"git add .", true},
		{"cd ../..", true},
		{"cd ../../", true},
		{"docker build -t app .", true},
		{"code .", true},
		{"see more ...", false}, // trails off
		{"The end .", false},    // a sentence in capitals
		{"a .", false},          // no program's name
		{"cd", false},           // no argument
		{"git add foo.txt", false},
		{"go to the parent, then ..", false},
		{"one two three four five six ..", false},
	} {
		if got := isDotCommand(c.s); got != c.want {
			t.Errorf("isDotCommand(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
