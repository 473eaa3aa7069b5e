package extract

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestPositionsAndTags checks card lines (counted from the top of the file,
// front matter included) and the hierarchical heading tag.
func TestPositionsAndTags(t *testing.T) {
	src := "---\ntags: [aws]\n---\n# Security & Compliance\n\n## Amazon GuardDuty\n\n- Input data includes:\n  - VPC Flow Logs – unusual traffic\n"
	d, err := Parse("n.md", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"Amazon GuardDuty": 6, "Input data includes": 8, "VPC Flow Logs": 9}
	for _, c := range d.Cards {
		if line, ok := want[c.Front]; ok && c.Pos.Line != line {
			t.Errorf("%q at line %d, want %d", c.Front, c.Pos.Line, line)
		}
		if c.Front == "VPC Flow Logs" {
			if got := []string{"Security & Compliance", "Amazon GuardDuty", "Input data includes"}; !reflect.DeepEqual(c.Context, got) {
				t.Errorf("context %q, want %q", c.Context, got)
			}
			if got := []string{"aws", "Security_&_Compliance::Amazon_GuardDuty"}; !reflect.DeepEqual(c.Tags, got) {
				t.Errorf("tags %q, want %q", c.Tags, got)
			}
		}
	}
	if len(d.Cards) != 3 {
		t.Errorf("%d cards, want 3: %+v", len(d.Cards), d.Cards)
	}
}

// TestCRLFAndBOM gives the same cards for CRLF and BOM input.
func TestCRLFAndBOM(t *testing.T) {
	lf, err := Parse("a.md", []byte("# T\n\n- A: b\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	crlf, err := Parse("a.md", []byte("\uFEFF# T\r\n\r\n- A: b\r\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(lf.Cards, crlf.Cards) {
		t.Errorf("LF %+v\nCRLF %+v", lf.Cards, crlf.Cards)
	}
}

// TestFrontMatterErrorLine: front matter that is not YAML is a warning that
// names the line of the file it is about (the front matter starts on line
// 2), without yaml's own "line N", and the note is read without it; a bad
// value is an error that names its key's line.
func TestFrontMatterErrorLine(t *testing.T) {
	for _, c := range []struct {
		src  string
		line int
	}{
		{"---\n0\n---\n# T\n", 2},
		{"---\ntitle: ok\n\tdeck: tab\n---\n# T\n", 3},
		{"---\ntitle: ok\ndeck: 5\ntags:\n  - a\n  bad: [\n---\n# T\n", 4},
		{"\uFEFF---\r\ntitle: ok\r\n\tdeck: tab\r\n---\r\n# T\r\n", 3},
		{"---\ntags: [x]\ntitle: @key1999\n---\n# T\n", 3}, // yaml names no line
	} {
		d, err := Parse("fm.md", []byte(c.src), Options{})
		if err != nil {
			t.Fatalf("%q: %v, want a warning", c.src, err)
		}
		if len(d.Warnings) == 0 || d.Warnings[0].Pos.Line != c.line || strings.Contains(d.Warnings[0].Msg, "line ") {
			t.Errorf("%q: %v, want a warning on line %d and no yaml line in the message", c.src, d.Warnings, c.line)
		}
	}
	for _, c := range []struct {
		src  string
		line int
	}{
		{"---\ntitle: ok\ntags: 5\n---\n# T\n", 3},               // a bad value: its key's line
		{"---\nx: 1\nreverse: maybe\ndeck: \"\"\n---\n# T\n", 3}, // the first bad key, every time
	} {
		_, err := Parse("fm.md", []byte(c.src), Options{})
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%q: error %v, want an *Error", c.src, err)
		}
		if e.Pos.Line != c.line {
			t.Errorf("%q: %v, want line %d", c.src, e, c.line)
		}
	}
}

// TestFrontMatterNotYAML: a front matter of keys with a slip in it is left
// out of the note; lines between two rules that are no keys are text.
func TestFrontMatterNotYAML(t *testing.T) {
	d, err := Parse("fm.md", []byte("---\ndeck: [a\n---\n- Osmosis: water crossing\n"), Options{})
	if err != nil || len(d.Cards) != 1 || d.Cards[0].Front != "Osmosis" || d.Name != "fm" {
		t.Errorf("keys with a slip: %v, %q, %+v", err, d.Name, d.Cards)
	}
	d, err = Parse("fm.md", []byte("---\nCells in water.\n- Osmosis: water crossing\n\n---\n"), Options{})
	if err != nil || len(d.Cards) == 0 || d.Cards[len(d.Cards)-1].Front != "Osmosis" {
		t.Errorf("text between rules: %v, %+v", err, d.Cards)
	}
}
