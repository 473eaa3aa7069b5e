package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/notes2deck/notes2deck/extract"
)

// TestSameTextBlockwise: an R Markdown note and its Quarto copy are
// compared a block at a time, in memory that does not grow with them
// (before: each read whole, 6.3 GB for two sparse files of 3 GiB), and
// files larger than any note are not read at all.
func TestSameTextBlockwise(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "week1.Rmd"), filepath.Join(dir, "week1.qmd")
	text := []byte(strings.Repeat("- Osmosis: water moves\n", 700_000)) // 16 MB
	for _, tc := range []struct {
		name string
		last byte // the last byte of b
		want bool
	}{{"same", '\n', true}, {"last byte differs", '.', false}} {
		os.WriteFile(a, text, 0o644)
		other := append([]byte{}, text...)
		other[len(other)-1] = tc.last
		os.WriteFile(b, other, 0o644)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		got := sameText(a, b)
		runtime.ReadMemStats(&after)
		if got != tc.want || after.TotalAlloc-before.TotalAlloc > 1<<20 {
			t.Errorf("%s: sameText = %v, allocating %d bytes; want %v in under 1 MiB", tc.name, got, after.TotalAlloc-before.TotalAlloc, tc.want)
		}
	}
	for _, f := range []string{a, b} {
		os.WriteFile(f, text, 0o644)
		if err := os.Truncate(f, maxNoteLimit+1); err != nil {
			t.Skip("no sparse file here:", err)
		}
	}
	if sameText(a, b) {
		t.Errorf("sameText of two files larger than any note = true, want false, unread")
	}
}

// TestReadConfigUnread: a notes2deck.yaml larger than a settings file may
// be is refused by its size, unread (before: 64 MiB of it read first).
func TestReadConfigUnread(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "notes2deck.yaml")
	if err := os.WriteFile(cfg, []byte("deck: Bio\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(cfg, 2<<30); err != nil {
		t.Skip("no sparse file here:", err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	data, err := readConfig(cfg)
	runtime.ReadMemStats(&after)
	if err == nil || err.Error() != "2.0 GiB, too large for a settings file (limit 64.0 MiB)" {
		t.Errorf("readConfig: %v, want too large", err)
	}
	if data != nil || after.TotalAlloc-before.TotalAlloc >= 1<<20 {
		t.Errorf("readConfig read %d bytes and allocated %d, want the file left unread", len(data), after.TotalAlloc-before.TotalAlloc)
	}
}

// TestReadNoteFileUnread: a note larger than the limit by its size is
// refused with extract's error naming that size, without its bytes read
// (before: read up to the limit, then refused).
func TestReadNoteFileUnread(t *testing.T) {
	big := filepath.Join(t.TempDir(), "huge.md")
	if err := os.WriteFile(big, []byte("# Big\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 1<<30); err != nil {
		t.Skip("no sparse file here:", err)
	}
	const limit = 8 << 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	src, err := readNoteFile(big, limit)
	runtime.ReadMemStats(&after)
	var xe *extract.Error
	if !errors.As(err, &xe) || xe.Error() != big+": note too large: 1.0 GiB (limit 8 MiB, see --max-note-size)" {
		t.Errorf("readNoteFile: %v, want note too large naming 1.0 GiB", err)
	}
	if src != nil || after.TotalAlloc-before.TotalAlloc >= limit {
		t.Errorf("readNoteFile read %d bytes and allocated %d, want the file left unread", len(src), after.TotalAlloc-before.TotalAlloc)
	}
}

// TestBuildEpoch: without SOURCE_DATE_EPOCH the outputs take the newest
// note's modification time, held in [1, now]: a time in the future is now,
// one before 1970 is 1, each with a warning naming the note; 0 is 1970
// (1), like SOURCE_DATE_EPOCH=0, without a warning.
func TestBuildEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	future := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	past := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	for _, tc := range []struct {
		name  string
		times []int64 // of the notes a.md, b.md, …
		want  int64   // -1: now
		warn  string  // in the warning about a.md, "" for none
	}{
		{"ordinary", []int64{1600000000, 1500000000}, 1600000000, ""},
		{"zero", []int64{0}, 1, ""},
		{"one", []int64{1}, 1, ""},
		{"before 1970", []int64{past}, 1, "modified before 1970 (1960-01-01 00:00:00 UTC): the outputs are dated 1970 instead"},
		{"before 1970 beside a later note", []int64{past, 1500000000}, 1500000000, "modified before 1970"},
		{"future", []int64{future, 1500000000}, -1, "modified in the future (2100-01-01 00:00:00 UTC): the outputs are dated now instead"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var files []string
			for i, sec := range tc.times {
				f := filepath.Join(dir, string(rune('a'+i))+".md")
				writeFiles(t, dir, map[string]string{filepath.Base(f): "# N\n"})
				if err := os.Chtimes(f, time.Unix(sec, 0), time.Unix(sec, 0)); err != nil {
					t.Fatal(err)
				}
				files = append(files, f)
			}
			before := time.Now().Unix()
			got, warns, err := buildEpoch([]target{{files: files}})
			after := time.Now().Unix()
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == -1 && (got < before || got > after) || tc.want != -1 && got != tc.want {
				t.Errorf("epoch %d, want %d (-1: now, %d)", got, tc.want, before)
			}
			switch {
			case tc.warn == "" && len(warns) != 0:
				t.Errorf("warnings %v, want none", warns)
			case tc.warn != "" && (len(warns) != 1 || warns[0].Pos.File != files[0] || !strings.Contains(warns[0].Msg, tc.warn)):
				t.Errorf("warnings %v, want one about %s holding %q", warns, files[0], tc.warn)
			}
		})
	}
}

// TestOutputStem: outputs are never hidden files, whatever the note's name.
func TestOutputStem(t *testing.T) {
	for path, want := range map[string]string{
		"notes/cells.md":      "cells",
		"notes/.md":           "notes",
		"notes/.draft.md":     "draft",
		"notes/v1.2 notes.md": "v1.2 notes",
		"notes/...md":         "notes",
	} {
		if got := outputStem(path); got != want {
			t.Errorf("outputStem(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestCollectTargetsAlike: two PATHs whose outputs would have one name on a
// file system that ignores case and Unicode normalisation are refused, "café"
// typed (NFC) and "café" from a Mac (NFD) too.
func TestCollectTargetsAlike(t *testing.T) {
	dir := t.TempDir()
	nfc, nfd := filepath.Join(dir, "x", "caf\u00e9"), filepath.Join(dir, "y", "cafe\u0301")
	upper := filepath.Join(dir, "z", "CAF\u00c9")
	for _, d := range []string{nfc, nfd, upper} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "n.md"), []byte("# N\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, other := range []string{nfd, upper} {
		_, err := collectTargets([]string{nfc, other}, "")
		want := fmt.Sprintf("%s and %s would both write the outputs named %q (", nfc, other, filepath.Base(other))
		if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "differ only in case or in how their accents are encoded") {
			t.Errorf("collectTargets(%q, %q): %v, want %q…", nfc, other, err, want)
		}
	}
	if _, err := collectTargets([]string{nfc, filepath.Join(dir, "y")}, ""); err != nil {
		t.Errorf("names that differ: %v", err)
	}
}

// TestCollectTargetsSamePath: one note or folder given as two PATHs spelt
// otherwise ("notes" and "notes/", "./notes//a.md", a link and the link
// with a slash) is given twice, not two PATHs whose outputs would collide; two
// notes of one name in two folders still collide.
func TestCollectTargetsSamePath(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"notes/a.md": "# A\n", "other/a.md": "# A\n"})
	notes, note := filepath.Join(dir, "notes"), filepath.Join(dir, "notes", "a.md")
	if err := os.Symlink(notes, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ a, b, kind string }{
		{notes, notes + "/", "folder"},
		{filepath.Join(dir, "link"), filepath.Join(dir, "link") + "/", "folder"},
		{note, filepath.Join(dir, ".", "notes") + "//a.md", "note"},
	} {
		_, err := collectTargets([]string{c.a, c.b}, "")
		want := fmt.Sprintf("%s and %s name the same %s: give it once", c.a, c.b, c.kind)
		if err == nil || err.Error() != want {
			t.Errorf("collectTargets(%q, %q): %v, want %q", c.a, c.b, err, want)
		}
	}
	other := filepath.Join(dir, "other", "a.md")
	_, err := collectTargets([]string{note, other}, "")
	if err == nil || !strings.Contains(err.Error(), "would both write the outputs named") {
		t.Errorf("two notes named a.md: %v", err)
	}
}

// TestConflictCopies: a note named as a sync tool's conflict copy or a
// second download of another note of its folder (R Markdown and Quarto
// notes too) is read, with a warning
// naming the note it copies; the same names without that note, and names
// that only look alike, are not warned about.
func TestConflictCopies(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"bio.md":                   "# Bio\n",
		"bio (conflicted copy).md": "# Bio\n",
		"bio (Jane's conflicted copy 2026-11-01).md":   "# Bio\n",
		"bio-DESKTOP-AB12CD3.md":                       "# Bio\n",
		"bio.sync-conflict-20261101-120000-ABCDEFG.md": "# Bio\n",
		"bio (1).md":                "# Bio\n",
		"sub/bio (2).md":            "# Bio\n", // bio.md is in another folder
		"chem (conflicted copy).md": "# Chem\n",
		"Chapter 2.md":              "# Ch\n",
		"Chapter (2).md":            "# Ch\n", // no "Chapter.md"
		"mitosis-LAPTOP-X1.md":      "# M\n",
		"week1.qmd":                 "# W\n",
		"week1 (1).qmd":             "# W\n",
		"lab.Rmd":                   "# L\n",
		"lab.sync-conflict-20261101-120000-ABCDEFG.Rmd": "# L\n",
	})
	targets, err := collectTargets([]string{dir}, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range targets[0].skipped {
		rel, _ := filepath.Rel(dir, w.Pos.File)
		orig, _, _ := strings.Cut(rel, " ")
		orig, _, _ = strings.Cut(strings.TrimSuffix(orig, filepath.Ext(orig)), ".sync")
		orig, _, _ = strings.Cut(orig, "-DESKTOP")
		if !strings.HasPrefix(w.Msg, "looks like a conflict copy of "+orig+filepath.Ext(rel)+" ") {
			t.Errorf("%s: %s", rel, w.Msg)
		}
		got = append(got, rel)
	}
	want := []string{"bio (1).md", "bio (Jane's conflicted copy 2026-11-01).md", "bio (conflicted copy).md",
		"bio-DESKTOP-AB12CD3.md", "bio.sync-conflict-20261101-120000-ABCDEFG.md",
		"lab.sync-conflict-20261101-120000-ABCDEFG.Rmd", "week1 (1).qmd"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("warned about %q, want %q", got, want)
	}
	if n := len(targets[0].files); n != 15 {
		t.Errorf("%d notes read, want all 15", n)
	}
}
