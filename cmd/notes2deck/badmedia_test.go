package main

import (
	"bytes"
	"context"
	be "encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The tests of this file give the built binary damaged or odd fonts and
// images: each is a clear message naming the file (and the note's line),
// never a panic, a hang or a build that eats the machine's memory.

// withoutFontTable returns the TrueType font data with table tag renamed:
// the font lacks it.
func withoutFontTable(t *testing.T, data []byte, tag string) []byte {
	t.Helper()
	data = bytes.Clone(data)
	for i := 0; i < int(be.BigEndian.Uint16(data[4:])); i++ {
		if rec := 12 + 16*i; string(data[rec:rec+4]) == tag {
			copy(data[rec:], "zz")
			return data
		}
	}
	t.Fatalf("no table %q", tag)
	return nil
}

// TestRobustDamagedFont: a TrueType font without its "post" table (gofpdf
// panicked on it), named by --font or by a note's front matter, fails the
// build with one line saying so; the previous outputs are unchanged.
func TestRobustDamagedFont(t *testing.T) {
	out, before := prebuilt(t)
	font, err := os.ReadFile("../../exporters/pdf/fonts/DejaVuSansCondensed.ttf")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "NoPost.ttf")
	writeFiles(t, dir, map[string]string{
		"NoPost.ttf": string(withoutFontTable(t, font, "post")),
		"notes.md":   "---\ncheatsheet:\n  font: " + path + "\n---\n# N\n\n- One: 1\n",
	})
	want := "font " + path + ` is damaged (no "post" table)`
	t.Run("flag", func(t *testing.T) {
		r := runBin(t, "build", "--out", out, "--font", path, "../../notes")
		failsCleanly(t, r, 2, "notes2deck: "+want, out, before)
	})
	t.Run("front matter", func(t *testing.T) {
		r := runBin(t, "build", "--out", out, filepath.Join(dir, "notes.md"))
		failsCleanly(t, r, 1, "notes.md:1: front matter: cheatsheet: "+want, out, before)
	})
}

// runBinWithin runs the binary as runBin does, and kills it after d: a
// build that blocks fails the test instead of hanging it.
func runBinWithin(t *testing.T, d time.Duration, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary(t), args...)
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1700000000", "NO_COLOR=1")
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("notes2deck %s: still running after %v", strings.Join(args, " "), d)
	}
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return result{cmd.ProcessState.ExitCode(), so.String(), se.String()}
}

// TestRobustImageNotAFile: an image that is a FIFO (the build blocked on
// it) or a file over 50 MiB (read whole and packed) is left out with a
// warning naming its line, by build, check and preview; the other image is
// packed.
func TestRobustImageNotAFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"n.md":     "# N\n\n## Pipe\n![p](pipe.png)\n\n## Recording\n![rec](lecture.mp4)\n\n## Cell\n![c](cell.png)\n",
		"cell.png": "\x89PNG\r\n\x1a\nnot decoded when packed",
	})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.png"), 0o644); err != nil {
		t.Skipf("skipping: mkfifo: %v", err)
	}
	big := filepath.Join(dir, "lecture.mp4")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 50<<20+1<<19); err != nil { // sparse: takes no disk
		t.Fatal(err)
	}
	warns := []string{
		`n.md:4: warning: image "pipe.png" left out: not a regular file`,
		`n.md:7: warning: image "lecture.mp4" left out: too large: 50.5 MiB, more than 50 MiB`,
	}
	out := t.TempDir()
	for _, args := range [][]string{{"build", "--out", out, "--format", "apkg,csv"}, {"check"}, {"preview"}} {
		r := runBinWithin(t, time.Minute, append(args, filepath.Join(dir, "n.md"))...)
		noTrace(t, r)
		if r.code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], r.code, r.stderr)
		}
		for _, w := range warns {
			if !strings.Contains(r.stdout+r.stderr, w) {
				t.Errorf("%s: output lacks %q:\n%s%s", args[0], w, r.stdout, r.stderr)
			}
		}
	}
	p, _ := checkOutputs(t, out, "n")
	if len(p.media) != 1 {
		t.Errorf("media %v, want cell.png alone", p.media)
	}
}

// TestRobustFontNotAFile: a font that is a device (/dev/zero was read until
// memory ran out) or over 32 MiB is refused with one line naming it, from
// --font or from a note's front matter; the previous outputs are unchanged.
func TestRobustFontNotAFile(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("skipping: no /dev/zero")
	}
	out, before := prebuilt(t)
	dir := t.TempDir()
	big := filepath.Join(dir, "big.ttf")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 33<<20); err != nil {
		t.Fatal(err)
	}
	for font, msg := range map[string]string{"/dev/zero": "not a regular file", big: "too large: 33.0 MiB, more than 32 MiB"} {
		t.Run(filepath.Base(font), func(t *testing.T) {
			r := runBinWithin(t, time.Minute, "build", "--out", out, "--font", font, "../../notes")
			failsCleanly(t, r, 2, "notes2deck: font "+font+": "+msg, out, before)
			writeFiles(t, dir, map[string]string{"notes.md": "---\ncheatsheet:\n  font: " + font + "\n---\n# N\n\n- One: 1\n"})
			r = runBinWithin(t, time.Minute, "build", "--out", out, filepath.Join(dir, "notes.md"))
			failsCleanly(t, r, 1, "notes.md:1: front matter: cheatsheet: font "+font+": "+msg, out, before)
		})
	}
}
