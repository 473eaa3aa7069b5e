package main

import (
	"bytes"
	be "encoding/binary"
	"os"
	"path/filepath"
	"testing"
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
