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

// TestFrontMatterErrorLine: a YAML error names the line of the file it is
// about (the front matter starts on line 2), without yaml's own "line N";
// a bad value names its key's line.
func TestFrontMatterErrorLine(t *testing.T) {
	for _, c := range []struct {
		src  string
		line int
	}{
		{"---\n0\n---\n# T\n", 2},
		{"---\ntitle: ok\n\tdeck: tab\n---\n# T\n", 3},
		{"---\ntitle: ok\ndeck: 5\ntags:\n  - a\n  bad: [\n---\n# T\n", 4},
		{"\uFEFF---\r\ntitle: ok\r\n\tdeck: tab\r\n---\r\n# T\r\n", 3},
		{"---\ntitle: ok\ntags: 5\n---\n# T\n", 3},               // a bad value: its key's line
		{"---\nx: 1\nreverse: maybe\ndeck: \"\"\n---\n# T\n", 3}, // the first bad key, every time
	} {
		_, err := Parse("fm.md", []byte(c.src), Options{})
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%q: error %v, want an *Error", c.src, err)
		}
		if e.Pos.Line != c.line || strings.Contains(e.Msg, "line ") {
			t.Errorf("%q: %v, want line %d and no yaml line in the message", c.src, e, c.line)
		}
	}
}
