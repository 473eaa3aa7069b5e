package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
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

// openTerminal opens a pseudo-terminal and returns its terminal side, as
// a student's shell gives a command for standard output, and its reader's
// side, read to the end in the background.
func openTerminal(t *testing.T) *os.File {
	t.Helper()
	reader, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { reader.Close() })
	if err := unix.IoctlSetPointerInt(int(reader.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skip(err)
	}
	n, err := unix.IoctlGetInt(int(reader.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skip(err)
	}
	term, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { term.Close() })
	go io.Copy(io.Discard, reader) // a terminal shows what is written to it
	return term
}

// TestBinaryToTerminal: "build --out - -f apkg" (or pdf) with standard
// output a terminal writes nothing and says to redirect it, as gzip
// refuses to write compressed data to a terminal (before: 6 KB of zip
// bytes went to the terminal, exit 0). A CSV, which is text, is written to
// the terminal, and a package to a file or a pipe, as before.
func TestBinaryToTerminal(t *testing.T) {
	dir := t.TempDir()
	note := filepath.Join(dir, "bio.md")
	if err := os.WriteFile(note, []byte("# Bio\n\n- Osmosis: water moving across a membrane\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	term := openTerminal(t)
	for _, f := range []string{"apkg", "pdf"} {
		var stderr bytes.Buffer
		code := run([]string{"notes2deck", "build", "-q", "-f", f, "--out", "-", note}, nil, term, &stderr)
		want := fmt.Sprintf("notes2deck: --out - would write the %s, a binary file, to the terminal: redirect it to a file (> deck.%s), or give --out a folder\n", f, f)
		if code != exitUsage || stderr.String() != want {
			t.Errorf("-f %s: exit %d, stderr %q; want exit %d and %q", f, code, stderr.String(), exitUsage, want)
		}
	}
	var stderr bytes.Buffer
	if code := run([]string{"notes2deck", "build", "-q", "-f", "csv", "--out", "-", note}, nil, term, &stderr); code != 0 {
		t.Errorf("-f csv to a terminal: exit %d: %s", code, stderr.String())
	}
	var out bytes.Buffer
	if code := run([]string{"notes2deck", "build", "-q", "-f", "apkg", "--out", "-", note}, nil, &out, &stderr); code != 0 || out.Len() == 0 {
		t.Errorf("-f apkg to a file: exit %d, %d bytes: %s", code, out.Len(), stderr.String())
	}
}
