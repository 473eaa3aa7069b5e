package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int{
		"65536": 65536, "64MiB": 64 << 20, "64 mib": 64 << 20, "500KB": 500000, "1.5M": 3 << 19,
		"2k": 2048, "1GiB": 1 << 30, "10b": 10, "12x": -1, "": -1, "0": -1, "-5MiB": -1, "3GiB": -1, "NaN": -1,
	} {
		got, err := parseSize(in)
		if want < 0 {
			if err == nil {
				t.Errorf("parseSize(%q) = %d, want an error", in, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}

// TestParseSizeRange: the range parseSize names holds its ends, so that
// "2GiB", one byte past the largest size, is not refused as "out of range
// (1 byte up to 2GiB)".
func TestParseSizeRange(t *testing.T) {
	_, err := parseSize("2GiB")
	if err == nil || err.Error() != `"2GiB" is out of range (1 byte up to 2047MiB)` {
		t.Errorf("parseSize(2GiB): %v, want out of range up to 2047MiB", err)
	}
	for _, in := range []string{"1b", "2047MiB"} {
		if _, err := parseSize(in); err != nil {
			t.Errorf("parseSize(%q): %v, want it read", in, err)
		}
	}
}

// endless is a note without end, as a pipe from "yes" is; it counts the
// bytes read from it and ends after max of them.
type endless struct{ read, max int }

func (e *endless) Read(p []byte) (int, error) {
	if e.read >= e.max {
		return 0, io.EOF
	}
	n := copy(p, bytes.Repeat([]byte("- A: b\n"), len(p)/7+1))
	e.read += n
	return n, nil
}

// TestStdinLimit: a note on standard input larger than --max-note-size is
// refused after reading just past the limit, not read whole first (a pipe
// from "yes" grew memory until the process was killed).
func TestStdinLimit(t *testing.T) {
	in := &endless{max: 256 << 20}
	var stderr bytes.Buffer
	code := run([]string{"notes2deck", "build", "-q", "--max-note-size", "1MiB", "--out", t.TempDir(), "-"}, in, io.Discard, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "stdin: note too large (limit 1 MiB") {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	if in.read > 2<<20 {
		t.Errorf("read %d bytes of the note, want about 1 MiB", in.read)
	}
}

// TestPrintable: control characters, bidirectional overrides, line
// separators and invalid UTF-8 of a file name are shown escaped, never sent
// to the terminal; a right-to-left mark is kept.
func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"notes/a.md: 3 cards":   "notes/a.md: 3 cards",
		"ctl\x1b[31m.md":        `ctl\x1b[31m.md`,
		"bad\xff.md":            `bad\xff.md`,
		"tab\tand\nline é 日本":   "tab\tand\nline é 日本",
		"del\x7f":               `del\x7f`,
		"csi\u009b2J":           `csi\u009b2J`,
		"exam\u202edm.gpj.md":   `exam\u202edm.gpj.md`,
		"a\u2066b\u2069\u2028c": `a\u2066b\u2069\u2028c`,
		"שלום\u200f.md":         "שלום\u200f.md",
	} {
		if got := printable(in); got != want {
			t.Errorf("printable(%q) = %q, want %q", in, got, want)
		}
	}
}
