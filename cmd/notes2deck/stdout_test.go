package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// fullWriter fails every write as a full disk does.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// TestStdoutFull runs the commands whose output is what they print with
// standard output on a full disk (`notes2deck preview notes > cards.txt`):
// each says so on one line and exits 1 (before: preview, check and version
// exited 0 with nothing printed).
func TestStdoutFull(t *testing.T) {
	dir := t.TempDir()
	note := filepath.Join(dir, "bio.md")
	if err := os.WriteFile(note, []byte("# Bio\n\n- Osmosis: water moving across a membrane\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"preview", []string{"preview", note}},
		{"preview-json", []string{"preview", "--json", note}},
		{"check", []string{"check", note}},
		{"version", []string{"version"}},
		{"build-to-stdout", []string{"build", "-q", "-f", "csv", "--out", "-", note}},
		{"build-status-lines", []string{"build", "-f", "csv", "--out", filepath.Join(dir, "out"), note}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := run(append([]string{"notes2deck"}, tc.args...), nil, fullWriter{}, &stderr)
			msg := stderr.String()
			if code != exitBuild || strings.Count(msg, "\n") != 1 ||
				!strings.HasPrefix(msg, "notes2deck: write stdout: ") || !strings.Contains(msg, "no space left on device") {
				t.Errorf("exit %d, stderr %q; want exit %d and one line saying stdout is full", code, msg, exitBuild)
			}
		})
	}
}
