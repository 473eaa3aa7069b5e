package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/exporters/apkg"
)

// The robustness tests (docs/robustness.md) feed the built binary bad input
// and faults. Every failing case must exit non-zero with one line on stderr
// and leave the previous outputs, and the state file, byte for byte as they
// were; no case may panic or leave a temp file behind.

// prebuilt returns an output folder holding a build of the sample notes,
// and its checksums.
func prebuilt(t *testing.T) (string, map[string]string) {
	t.Helper()
	out := t.TempDir()
	buildNotes(t, out)
	return out, checksums(t, out)
}

// writeFiles writes files (path relative to dir → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// noTrace fails if r printed a panic or a stack trace.
func noTrace(t *testing.T, r result) {
	t.Helper()
	for _, s := range []string{"panic:", "goroutine ", "runtime error", ".go:"} {
		if strings.Contains(r.stderr, s) {
			t.Errorf("stderr holds %q: %s", s, r.stderr)
		}
	}
}

// failsCleanly checks a failing build: exit code, one stderr line holding
// want, and an output folder as it was before.
func failsCleanly(t *testing.T, r result, code int, want, out string, before map[string]string) {
	t.Helper()
	noTrace(t, r)
	if r.code != code {
		t.Errorf("exit code %d, want %d (stderr %q)", r.code, code, r.stderr)
	}
	lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], want) {
		t.Errorf("stderr %q, want one line holding %q", r.stderr, want)
	}
	unchanged(t, out, before)
}

// unchanged checks that out holds exactly the files of before, and no temp file.
func unchanged(t *testing.T, out string, before map[string]string) {
	t.Helper()
	if after := checksums(t, out); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("the output folder changed:\nbefore %v\nafter  %v", before, after)
	}
	noTemps(t, out)
}

// noTemps fails if out holds a temp file of a build.
func noTemps(t *testing.T, out string) {
	t.Helper()
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, tempPrefix) || strings.Contains(n, ".tmp-") || strings.HasSuffix(n, ".anki2") || strings.Contains(n, ".anki2-") {
			t.Errorf("temp file %s left in %s", n, out)
		}
	}
}

// checkOutputs opens out/name.apkg and out/name.csv, checks the package's
// invariants and returns it and the CSV records.
func checkOutputs(t *testing.T, out, name string) (*readPkg, [][]string) {
	t.Helper()
	p := openPackage(t, filepath.Join(out, name+".apkg"))
	table, err := os.ReadFile(filepath.Join(out, name+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := readCSV(table)
	if err != nil {
		t.Fatalf("%s.csv: %v", name, err)
	}
	if len(rows) != len(p.notes) {
		t.Errorf("%s: csv has %d rows, apkg %d notes", name, len(rows), len(p.notes))
	}
	for _, row := range rows {
		for i, f := range row {
			// A spreadsheet cell holds 32,767 characters in Excel, and
			// Python's csv module reads 131,072 by default.
			if n := len(f); n > 32767 {
				t.Errorf("%s.csv: cell %d of a row holds %d bytes: %.60q…", name, i+1, n, f)
			}
		}
	}
	return p, rows
}

// deepLines is a list nested n levels by indentation, capped at max bytes.
func deepLines(n, max int) string {
	var b strings.Builder
	b.WriteString("# Deep\n")
	for i := 0; i < n && b.Len() < max; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}

// utf16Text returns s in UTF-16 without a byte order mark, big-endian or
// little-endian.
func utf16Text(s string, big bool) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return string(b)
}

// utf32Text returns s in UTF-32 without a byte order mark, big-endian or
// little-endian.
func utf32Text(s string, big bool) string {
	var b []byte
	for _, r := range s {
		q := []byte{byte(r), byte(r >> 8), byte(r >> 16), byte(r >> 24)}
		if big {
			slices.Reverse(q)
		}
		b = append(b, q...)
	}
	return string(b)
}

// TestRobustInput runs one build per hostile or odd note: each either
// builds (valid outputs, at least minCards notes) or fails cleanly naming
// file:line, leaving the previous outputs alone. BenchmarkRobustInput
// measures how long each build takes.
func TestRobustInput(t *testing.T) {
	out, before := prebuilt(t)
	for _, tc := range robustInputs() {
		t.Run(tc.name, func(t *testing.T) {
			// The note sits in a folder named notes, so its outputs would
			// replace the previous build's notes.apkg, .csv and .pdf.
			dir := filepath.Join(t.TempDir(), "notes")
			file := filepath.Join(dir, tc.name+".md")
			writeFiles(t, dir, map[string]string{tc.name + ".md": tc.src})
			if tc.code != 0 {
				r := runBin(t, append(append([]string{"build", "--out", out}, tc.args...), dir)...)
				failsCleanly(t, r, tc.code, tc.want, out, before)
			} else {
				o := t.TempDir()
				r := runBin(t, append(append([]string{"build", "--out", o, "--format", "apkg,csv"}, tc.args...), file)...)
				noTrace(t, r)
				if r.code != 0 {
					t.Fatalf("exit code %d: %s", r.code, r.stderr)
				}
				if !strings.Contains(r.stderr, tc.warn) {
					t.Errorf("stderr lacks %q:\n%s", tc.warn, r.stderr)
				}
				p, _ := checkOutputs(t, o, tc.name)
				if len(p.notes) < tc.minCards {
					t.Errorf("%d notes, want at least %d", len(p.notes), tc.minCards)
				}
				noTemps(t, o)
			}
		})
	}
}

// robustInput is a hostile or odd note of TestRobustInput and what its
// build must do.
type robustInput struct {
	name     string
	src      string
	args     []string
	code     int
	want     string // in stderr when code != 0
	warn     string // in stderr when code == 0
	minCards int
}

// robustInputs returns the notes of TestRobustInput and BenchmarkRobustInput.
func robustInputs() []robustInput {
	bigTable := "# Table\n|" + strings.Repeat(" h |", 200) + "\n|" + strings.Repeat("---|", 200) + "\n" +
		strings.Repeat("|"+strings.Repeat(" cell |", 200)+"\n", 500)
	var ragged strings.Builder
	ragged.WriteString("# Ragged\n| Term | Definition |\n|---|---|\n")
	for i := 0; i < 5000; i++ {
		switch i % 3 {
		case 0:
			fmt.Fprintf(&ragged, "| term%d |\n", i)
		case 1:
			fmt.Fprintf(&ragged, "| term%d | def %d | extra | more | cells |\n", i, i)
		default:
			fmt.Fprintf(&ragged, "| term%d | def %d\n", i, i)
		}
	}
	return []robustInput{
		{name: "empty", src: ""},
		{name: "headings-only", src: "# A\n## B\n### C\n#### D\n"},
		{name: "no-h1", src: "## Q\nanswer\n\n- AWS WAF: filters requests\n", minCards: 1},
		{name: "binary", src: "\x7fELF\x02\x01\x01\x00\x00\x00" + strings.Repeat("\x00\xff", 100), code: 1, want: "binary.md:1: binary data"},
		{name: "invalid-utf8", src: "# T\n- a: b\n- bad \xff\xfe here\n", code: 1, want: "invalid-utf8.md:3: invalid UTF-8"},
		// A PNG renamed .md: its first line is not UTF-8, its third holds NULs.
		{name: "png", src: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", code: 1, want: "png.md:3: binary data"},
		{name: "utf16le", src: "\xff\xfe#\x00 \x00T\x00\n\x00-\x00 \x00a\x00:\x00 \x00b\x00\n\x00", code: 1, want: "utf16le.md:1: saved as UTF-16"},
		{name: "utf16be-no-bom", src: "\x00#\x00 \x00T\x00\n\x00-\x00 \x00a\x00:\x00 \x00b\x00\n", code: 1, want: "utf16be-no-bom.md:1: saved as UTF-16"},
		// Without a mark, text whose letters are not ASCII has zeros only in its ASCII.
		{name: "utf16le-cyrillic-no-bom", src: utf16Text("# Биология\n\n- Осмос: движение воды\n", false), code: 1, want: "utf16le-cyrillic-no-bom.md:1: saved as UTF-16"},
		{name: "utf32le", src: "\xff\xfe\x00\x00" + utf32Text("# T\n- a: b\n", false), code: 1, want: "utf32le.md:1: saved as UTF-32: save the note as UTF-8"},
		{name: "utf32be-no-bom", src: utf32Text("# Биология\n- Осмос: вода\n", true), code: 1, want: "utf32be-no-bom.md:1: saved as UTF-32"},
		{name: "utf32le-no-bom", src: utf32Text("# T\n- a: b\n", false), code: 1, want: "utf32le-no-bom.md:1: saved as UTF-32"},
		{name: "utf16-mark-utf8-text", src: "\xff\xfe# Bio\n- Osmosis: water moves\n", minCards: 1,
			warn: "utf16-mark-utf8-text.md:1: warning: starts with a UTF-16 byte order mark (FF FE) before UTF-8 text: the mark is ignored"},
		{name: "utf16-mark-one-line", src: "\xfe\xff# Bio", code: 1, want: "utf16-mark-one-line.md:1: invalid UTF-8"},
		{name: "nul-before-newline", src: "# Bad\na NUL byte: \x00\n", code: 1, want: "nul-before-newline.md:2: binary data"},
		{name: "utf16be-chinese-no-bom", src: utf16Text("# 生物学\n\n- 渗透：水分子穿过细胞膜\n", true), code: 1, want: "utf16be-chinese-no-bom.md:1: saved as UTF-16"},
		{name: "bom", src: "\uFEFF# BOM\n- AWS WAF: filters requests\n", minCards: 1},
		{name: "crlf", src: "# CRLF\r\n- AWS WAF: filters requests\r\n- AWS KMS: manages keys\r\n", minCards: 2},
		{name: "lone-cr", src: "# CR\r- AWS WAF: filters requests\r- AWS KMS: manages keys\r", minCards: 2},
		// An old Mac's note: its lines end in lone CRs, which the error's line counts as the cards' lines do.
		{name: "lone-cr-invalid-utf8", src: "# CR\r\r- a: b\r- bad \xff here\r", code: 1, want: "lone-cr-invalid-utf8.md:4: invalid UTF-8"},
		{name: "lone-cr-nul", src: "# CR\r\r- a: b\r- bad \x00 here\r", code: 1, want: "lone-cr-nul.md:4: binary data"},
		{name: "tabs", src: "# Tabs\n-\tAWS WAF: filters requests\n\t- AWS KMS: manages keys\n  \t- Mixed: indentation\n", minCards: 1},
		{name: "deep-list-line", src: "# D\n" + strings.Repeat("- ", 10000) + "x\n", code: 1, want: "deep-list-line.md:2: nesting deeper than 100"},
		{name: "deep-list-indent", src: deepLines(10000, 8<<20), code: 1, want: "deep-list-indent.md:"},
		{name: "deep-quote-line", src: "# D\n" + strings.Repeat(">", 10000) + " x\n", code: 1, want: "deep-quote-line.md:2: nesting deeper than 100"},
		{name: "deep-quote-lines", src: "# D\n" + func() string {
			var b strings.Builder
			for i := 1; i <= 10000 && b.Len() < 8<<20; i++ {
				b.WriteString(strings.Repeat(">", i) + " x\n")
			}
			return b.String()
		}(), code: 1, want: "deep-quote-lines.md:"},
		{name: "depth-flag", src: "# D\n" + strings.Repeat("> ", 20) + "x\n", args: []string{"--max-depth", "10"}, code: 1, want: "depth-flag.md:2: nesting deeper than 10"},
		{name: "long-line", src: "# Long\n- Term: " + strings.Repeat("word ", 1<<20) + "\n- Osmosis: water moves\n", minCards: 1,
			warn: `long-line.md:2: warning: card "Term" left out: its answer is 5243 KB, too long to review as one card (limit 20 KB)`},
		{name: "long-section", src: "# Bio\n## Long essay\n" + strings.Repeat("The membrane controls what enters and leaves the cell.\n\n", 8000) +
			"## Short\n- Osmosis: water moves\n", minCards: 1, warn: `long-section.md:2: warning: card "Long essay" left out: its answer is`},
		{name: "size-flag", src: "# Big\n" + strings.Repeat("- a: b\n", 200000), args: []string{"--max-note-size", "1MiB"}, code: 1, want: "size-flag.md: note too large: 1.3 MiB (limit 1 MiB"},
		{name: "unclosed-fence", src: "# F\n- AWS WAF: filters requests\n```go\nfunc x() {\n", minCards: 1},
		{name: "unclosed-comment", src: "# C\n- AWS WAF: filters requests\n<!-- never closed\n- c: d\n", minCards: 1},
		{name: "front-matter-not-a-map", src: "---\n0\n---\n# T\n- a: b\n", minCards: 1, warn: "front-matter-not-a-map.md:2: warning: the lines between the two \"---\" are not YAML (unmarshal errors: cannot unmarshal"},
		{name: "front-matter-bad-yaml", src: "---\ndeck: [a\ntags: {\n---\n# T\n- a: b\n", minCards: 1, warn: "front-matter-bad-yaml.md:2: warning: front matter is not valid YAML, so its settings are not used: did not find"},
		{name: "front-matter-bad-token", src: "---\ntags: [x]\ntitle: @shipman1999\n---\n- Idea: informal first\n", minCards: 1, warn: "front-matter-bad-token.md:3: warning: front matter is not valid YAML"},
		// A megabyte pasted into "deck:" names no deck of a megabyte; a long name that fits builds.
		{name: "front-matter-deck-too-long", src: "---\ndeck: " + strings.Repeat("A", 1<<20) + "\n---\n# Bio\n- Osmosis: water moves\n",
			code: 1, want: "front-matter-deck-too-long.md:2: front matter: deck of 1048576 characters: too long for a deck name (limit 1000)"},
		{name: "front-matter-deck-long", src: "---\ndeck: " + strings.Repeat("é", 1000) + "\n---\n# Bio\n- Osmosis: water moves\n", minCards: 1},
		{name: "target-deck-too-long", src: "TARGET DECK: " + strings.Repeat("Z", 1001) + "\n\n# Bio\n- Osmosis: water moves\n",
			code: 1, want: "target-deck-too-long.md:1: TARGET DECK of 1001 characters: too long for a deck name (limit 1000)"},
		{name: "deck-flag-too-long", src: "# Bio\n- Osmosis: water moves\n", args: []string{"--deck", strings.Repeat("B", 1001)},
			code: 2, want: "--deck of 1001 characters: too long for a deck name (limit 1000)"},
		{name: "big-table", src: bigTable},
		{name: "ragged-table", src: ragged.String(), minCards: 1000},
		{name: "long-paragraph", src: "# P\n" + strings.Repeat("some words on a line\n", 20000)},
	}
}

// BenchmarkRobustInput builds each note of TestRobustInput in process, to
// its exit code: a table of 500 rows of 200 cells, a line of 5 MB, a section
// of 8,000 paragraphs, 20,000 lines in one paragraph, quotes nested 10,000
// deep. TestRobustInput asserted each build took under 60 s.
func BenchmarkRobustInput(b *testing.B) {
	for _, tc := range robustInputs() {
		b.Run(tc.name, func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "notes")
			if err := os.Mkdir(dir, 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, tc.name+".md"), []byte(tc.src), 0o644); err != nil {
				b.Fatal(err)
			}
			out := b.TempDir()
			b.Setenv("SOURCE_DATE_EPOCH", "1700000000")
			b.SetBytes(int64(len(tc.src)))
			for b.Loop() {
				args := append(append([]string{"notes2deck", "build", "--quiet", "--out", out, "--format", "apkg,csv"}, tc.args...), dir)
				if code := run(args, nil, io.Discard, io.Discard); code != tc.code {
					b.Fatalf("exit code %d, want %d", code, tc.code)
				}
			}
		})
	}
}

// TestRobustLineEndings: CRLF, lone CR and a BOM change nothing: the same
// cards, the same deck name, the same lines.
func TestRobustLineEndings(t *testing.T) {
	lf := "# Same\n- AWS WAF: filters requests\n- AWS KMS: manages keys\n\n## Question?\nAnswer.\n"
	var want [][]string
	for i, src := range []string{lf, strings.ReplaceAll(lf, "\n", "\r\n"), strings.ReplaceAll(lf, "\n", "\r"), "\uFEFF" + lf} {
		dir, o := t.TempDir(), t.TempDir()
		writeFiles(t, dir, map[string]string{"same.md": src})
		r := runBin(t, "build", "-q", "--out", o, "--format", "apkg,csv", filepath.Join(dir, "same.md"))
		if r.code != 0 {
			t.Fatalf("variant %d: exit %d: %s", i, r.code, r.stderr)
		}
		_, rows := checkOutputs(t, o, "same")
		for _, row := range rows {
			if len(row) > 6 {
				row[6] = filepath.Base(row[6]) // the Source column names the temp folder
			}
		}
		if i == 0 {
			want = rows
			if len(rows) == 0 {
				t.Fatal("no cards from the LF note")
			}
			continue
		}
		if fmt.Sprint(rows) != fmt.Sprint(want) {
			t.Errorf("variant %d gives\n%q\nwant\n%q", i, rows, want)
		}
	}
}

// TestRobustPathInsidePath: a note read from two PATHs, a folder and the
// note inside it (in either order, or a shell's "notes/**" listing both),
// is named in a warning, as its cards go into both outputs; two PATHs that
// share no note say nothing.
func TestRobustPathInsidePath(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"notes/bio/cells.md": "# Bio\n- Osmosis: water moves\n", "notes/chem.md": "# Chem\n- Ion: charged atom\n"})
	notes, cells := filepath.Join(dir, "notes"), filepath.Join(dir, "notes", "bio", "cells.md")
	for _, args := range [][]string{{notes, cells}, {cells, notes}, {filepath.Join(notes, "bio"), notes}} {
		r := runBin(t, append([]string{"build", "--out", t.TempDir(), "-f", "csv"}, args...)...)
		noTrace(t, r)
		want := fmt.Sprintf("%s: warning: read from %s and from %s, given before it: its cards are written twice", cells, args[1], args[0])
		if r.code != 0 || !strings.Contains(r.stderr, want) {
			t.Errorf("build %q: exit %d, stderr lacks %q:\n%s", args, r.code, want, r.stderr)
		}
	}
	r := runBin(t, "build", "--out", t.TempDir(), "-f", "csv", filepath.Join(notes, "bio"), filepath.Join(notes, "chem.md"))
	if r.code != 0 || strings.Contains(r.stderr, "written twice") {
		t.Errorf("two PATHs sharing no note: exit %d:\n%s", r.code, r.stderr)
	}
}

// TestRobustDuplicateNames builds a/x.md and b/x.md, both titled "Same" and
// holding the same card: one deck "Same" with both cards, distinct GUIDs.
func TestRobustDuplicateNames(t *testing.T) {
	dir, o := t.TempDir(), t.TempDir()
	note := "# Same\n- AWS WAF: filters requests\n"
	writeFiles(t, dir, map[string]string{"a/x.md": note, "b/x.md": note})
	r := runBin(t, "build", "-q", "--out", o, "--format", "apkg,csv", dir)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	name := filepath.Base(dir)
	p, rows := checkOutputs(t, o, name)
	if len(p.notes) != 2 || len(rows) != 2 {
		t.Fatalf("%d notes and %d rows, want 2 and 2", len(p.notes), len(rows))
	}
	if p.notes[0].guid == p.notes[1].guid || rows[0][0] == rows[1][0] {
		t.Errorf("GUIDs collide: %q %q", p.notes[0].guid, rows[0][0])
	}
	if rows[0][2] != "Same" || rows[1][2] != "Same" {
		t.Errorf("decks %q and %q, want Same", rows[0][2], rows[1][2])
	}
	// Building again gives the same GUIDs: the tie-break is stable.
	o2 := t.TempDir()
	runBin(t, "build", "-q", "--out", o2, "--format", "apkg,csv", dir)
	_, rows2 := checkOutputs(t, o2, name)
	if len(rows2) != 2 || rows2[0][0] != rows[0][0] || rows2[1][0] != rows[1][0] {
		t.Errorf("GUIDs changed between builds")
	}
}

// TestRobustLongNames: a note whose name is as long as a file name may be
// once ".apkg" replaces ".md" (255 bytes) builds, and builds again over its
// outputs: the temp files beside them keep their names short enough.
func TestRobustLongNames(t *testing.T) {
	for _, stem := range []string{strings.Repeat("x", 250), strings.Repeat("細胞生物学", 16) + "細胞"} {
		t.Run(fmt.Sprint(len(stem)), func(t *testing.T) {
			dir, o := t.TempDir(), t.TempDir()
			writeFiles(t, dir, map[string]string{stem + ".md": "# Cells\n\n- Nucleus: holds DNA\n"})
			for range 2 { // the second build keeps the first's outputs under temp names
				if r := runBin(t, "build", "-q", "--out", o, filepath.Join(dir, stem+".md")); r.code != 0 {
					t.Fatalf("exit %d: %s", r.code, r.stderr)
				}
			}
			checkOutputs(t, o, stem)
			noTemps(t, o)
		})
	}
}

// TestTempPattern: a temp file's name keeps tempPrefix and the start of its
// output's name, cut between two characters, and leaves room for the
// random digits under the 255-byte limit of a file name.
func TestTempPattern(t *testing.T) {
	for _, base := range []string{"notes.apkg", strings.Repeat("x", 255), strings.Repeat("細", 85)} {
		for _, suffix := range []string{"", "-previous"} {
			p := tempPattern(filepath.Join("out", base), suffix)
			name := strings.Replace(p, "*", "4294967295", 1)
			if !strings.HasPrefix(p, tempPrefix+base[:min(len(base), 20)]) || !strings.HasSuffix(p, suffix+"-*") ||
				!utf8.ValidString(p) || len(name) > 200 {
				t.Errorf("tempPattern(%q, %q) = %q", base, suffix, p)
			}
		}
	}
}

// TestRobustSymlinkLoop: a link from the notes folder to itself is not
// followed; the build ends.
func TestRobustSymlinkLoop(t *testing.T) {
	dir, o := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{"n.md": "# N\n- AWS WAF: filters requests\n"})
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Skip(err)
	}
	if err := os.Symlink("self", filepath.Join(dir, "self")); err != nil {
		t.Fatal(err)
	}
	r := runBin(t, "build", "-q", "--out", o, "--format", "apkg,csv", dir)
	noTrace(t, r)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if p, _ := checkOutputs(t, o, filepath.Base(dir)); len(p.notes) != 1 {
		t.Errorf("%d notes, want 1", len(p.notes))
	}
}

// TestRobustPathBrokenLink: a PATH that is a link to a folder gone missing
// (notes -> ~/Dropbox/Biology, moved away) or a loop of links says so, as
// --out does, not "no such file or folder" for a name ls shows.
func TestRobustPathBrokenLink(t *testing.T) {
	dir := t.TempDir()
	notes, loop := filepath.Join(dir, "notes"), filepath.Join(dir, "loop")
	if err := os.Symlink(filepath.Join(dir, "Dropbox", "Biology"), notes); err != nil {
		t.Skip(err)
	}
	if err := os.Symlink(loop, loop); err != nil {
		t.Skip(err)
	}
	out, before := prebuilt(t)
	failsCleanly(t, runBin(t, "build", "--out", out, notes), 1,
		notes+" is a link to "+filepath.Join(dir, "Dropbox", "Biology")+", which is missing: mend the link, or give another PATH", out, before)
	failsCleanly(t, runBin(t, "build", "--out", out, loop), 1, loop+" is a loop of links: mend the link, or give another PATH", out, before)
	failsCleanly(t, runBin(t, "build", "--out", out, filepath.Join(dir, "gone")), 1, filepath.Join(dir, "gone")+": no such file or folder", out, before)
}

// TestRobustMissingLinkedFolder: a sub-folder that is a link to a folder
// gone missing (a synced folder moved away, a drive not mounted) stops the
// build, in one line naming the link, and leaves the outputs as they were:
// skipped, its notes' cards were shipped tagged deleted. A link to a missing
// file that is no note (slides.pdf) is passed over, as before.
func TestRobustMissingLinkedFolder(t *testing.T) {
	root, out := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"ext/bio/x.md": "# Bio\n\nCell: unit of life\n", "notes/y.md": "# Chem\n\nAtom: small\n"})
	notes := filepath.Join(root, "notes")
	for link, to := range map[string]string{"bio": "../ext/bio", "slides.pdf": "../ext/slides.pdf"} {
		if err := os.Symlink(to, filepath.Join(notes, link)); err != nil {
			t.Skip(err)
		}
	}
	if r := runBin(t, "build", "-q", "--out", out, "--format", "apkg,csv", notes); r.code != 0 {
		t.Fatalf("first build: exit %d: %s", r.code, r.stderr)
	}
	before := checksums(t, out)
	if err := os.Rename(filepath.Join(root, "ext", "bio"), filepath.Join(root, "ext", "bio-moved")); err != nil {
		t.Fatal(err)
	}
	r := runBin(t, "build", "--out", out, "--format", "apkg,csv", notes)
	failsCleanly(t, r, 1, filepath.Join(notes, "bio")+" is a link to ../ext/bio, which is missing: mend the link or remove it", out, before)
}

// TestRobustSymlinkedSubfolder: a course folder moved elsewhere and linked
// back into the notes folder is read through the link, its images too, and
// its cards are not tagged notes2deck::deleted; a link to a folder above it
// and a second link to the same folder are skipped with a warning.
func TestRobustSymlinkedSubfolder(t *testing.T) {
	root, out := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{
		"notes/bio/x.md":     "# Bio\n\nCell: unit of life\n\n![cell](cell.png)\n",
		"notes/bio/cell.png": "\x89PNG\r\n\x1a\n fake image bytes",
		"notes/y.md":         "# Chem\n\nAtom: small\n",
	})
	notes := filepath.Join(root, "notes")
	if r := runBin(t, "build", "-q", "--out", out, "--format", "apkg,csv", notes); r.code != 0 {
		t.Fatalf("first build: exit %d: %s", r.code, r.stderr)
	}
	if err := os.Rename(filepath.Join(notes, "bio"), filepath.Join(root, "bio")); err != nil {
		t.Fatal(err)
	}
	for link, to := range map[string]string{"bio": "../bio", "twice": "../bio", "up": ".."} {
		if err := os.Symlink(to, filepath.Join(notes, link)); err != nil {
			t.Skip(err)
		}
	}
	r := runBin(t, "build", "--out", out, "--format", "apkg,csv", notes)
	noTrace(t, r)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, link := range []string{"twice", "up"} {
		want := filepath.Join(notes, link) + ": warning: a link to a folder whose notes are read already"
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q, want %q", r.stderr, want)
		}
	}
	p, _ := checkOutputs(t, out, "notes")
	if len(p.notes) != 3 || len(p.media) != 1 {
		t.Errorf("%d notes and %d media files, want 3 and 1", len(p.notes), len(p.media))
	}
	for _, n := range p.notes {
		if strings.Contains(n.tags, "notes2deck::deleted") {
			t.Errorf("note %q tagged %q", n.flds, n.tags)
		}
	}
}

// TestRobustSameNoteTwice: a note linked into another folder of the notes
// (an exam folder gathering notes), one linked under a name that sorts
// before it, and a hard link are one note: it is read once, under its own
// name, and each other name is skipped with a warning. Before, every name
// made the note's cards again, so the deck held each card three times.
func TestRobustSameNoteTwice(t *testing.T) {
	dir, o := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{"bio.md": "# Bio\n- Osmosis: water moves in\n- Diffusion: particles spread\n"})
	for link, to := range map[string]string{"exam/bio.md": "../bio.md", "a-link.md": "bio.md"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, link)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(to, filepath.Join(dir, link)); err != nil {
			t.Skip(err)
		}
	}
	if err := os.Link(filepath.Join(dir, "bio.md"), filepath.Join(dir, "hard.md")); err != nil {
		t.Skip(err)
	}
	r := runBin(t, "build", "--out", o, "--format", "apkg,csv", dir)
	noTrace(t, r)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, name := range []string{"a-link.md", "exam/bio.md", "hard.md"} {
		want := filepath.Join(dir, name) + ": warning: the same file as " + filepath.Join(dir, "bio.md")
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q, want %q", r.stderr, want)
		}
	}
	_, rows := checkOutputs(t, o, filepath.Base(dir))
	if len(rows) != 2 {
		t.Fatalf("%d cards, want 2: %q", len(rows), rows)
	}
	for _, row := range rows {
		if row[6] != "bio.md" {
			t.Errorf("card %q from %q, want bio.md", row[3], row[6])
		}
	}
}

// TestRobustLongPath: a folder whose path is longer than the system allows
// (PATH_MAX, 4 KB on Linux) is named in the error, not only the PATH.
func TestRobustLongPath(t *testing.T) {
	binary(t) // built from the package's folder, before the test leaves it
	dir := t.TempDir()
	t.Chdir(dir) // made one level at a time: mkdir refuses the whole path
	for _, d := range append([]string{"notes"}, slices.Repeat([]string{strings.Repeat("d", 250)}, 20)...) {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Skip(err)
		}
		t.Chdir(d)
	}
	t.Chdir(dir)
	r := runBin(t, "check", filepath.Join(dir, "notes"))
	noTrace(t, r)
	want := "notes2deck: read " + filepath.Join(dir, "notes") + ": " + filepath.Join(dir, "notes", strings.Repeat("d", 250))
	if r.code != 1 || !strings.HasPrefix(r.stderr, want) || !strings.Contains(r.stderr, "file name too long") {
		t.Errorf("exit %d, stderr %.300q, want %.300q… file name too long", r.code, r.stderr, want)
	}
}

// TestRobustOutputInsideNotes builds notes/ into notes/out twice, with a
// stray .md in out, by its name and through a link to it from outside the
// notes: outputs are never read back as notes, and the note left out is
// named in a warning. Through the link, out's note was read (its cards in
// one build and not in the other), and by its name it was left out
// without a word.
func TestRobustOutputInsideNotes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"n.md": "# N\n- AWS WAF: filters requests\n", "out/stray.md": "# Stray\n- x: y\n"})
	o := filepath.Join(dir, "out")
	link := filepath.Join(t.TempDir(), "anki")
	if err := os.Symlink(o, link); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{o, link} {
		for i := 0; i < 2; i++ {
			r := runBin(t, "build", "--out", out, dir)
			if r.code != 0 {
				t.Fatalf("build %d into %s: exit %d: %s", i, out, r.code, r.stderr)
			}
			if want := "out: warning: the output folder holds a note (" + filepath.Join(o, "stray.md") + "), which is not read"; !strings.Contains(r.stderr, want) {
				t.Errorf("build %d into %s: stderr %q lacks %q", i, out, r.stderr, want)
			}
		}
		if p, _ := checkOutputs(t, o, filepath.Base(dir)); len(p.notes) != 1 {
			t.Errorf("built into %s: %d notes, want 1: the output folder was read as notes", out, len(p.notes))
		}
	}
}

// TestRobustOutputLinkToNotes: an output folder named through a link inside
// the notes folder that leads back to it (--out notes/self, self -> .) is
// the notes folder, as --out notes is: every note is read, and the link is
// skipped as one to notes read already (before: a warning said the notes in
// it "are not read", and the next lines showed them built).
func TestRobustOutputLinkToNotes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.md": "# A\n- Osmosis: water moves\n", "sub/x.md": "# X\n- Extra: from sub\n"})
	if err := os.Symlink(".", filepath.Join(dir, "self")); err != nil {
		t.Skip(err)
	}
	out := filepath.Join(dir, "self")
	r := runBin(t, "build", "--format", "csv", "--out", out, dir)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "not read") || !strings.Contains(r.stderr, "self: warning: a link to a folder whose notes are read already") {
		t.Errorf("stderr %q: want only the link skipped as one to notes read already", r.stderr)
	}
	csv := readFile(t, filepath.Join(dir, filepath.Base(dir)+".csv"))
	for _, front := range []string{"Osmosis", "Extra"} {
		if !strings.Contains(csv, front) {
			t.Errorf("the CSV lacks %q:\n%s", front, csv)
		}
	}
}

// TestRobustOutputFolder: a missing output folder is created; one that is a
// file, or inside a file, fails with one line naming the file.
func TestRobustOutputFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"n.md": "# N\n- AWS WAF: filters requests\n", "file": "x"})
	note := filepath.Join(dir, "n.md")
	t.Run("missing", func(t *testing.T) {
		o := filepath.Join(t.TempDir(), "a", "b", "c")
		if r := runBin(t, "build", "-q", "--out", o, "--format", "apkg,csv", note); r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		checkOutputs(t, o, "n")
	})
	t.Run("missing, note fails", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "bad.md")
		writeFiles(t, filepath.Dir(bad), map[string]string{"bad.md": "# B\n\xff\n"})
		o := filepath.Join(t.TempDir(), "out")
		if r := runBin(t, "build", "--out", o, bad); r.code != 1 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		if _, err := os.Stat(o); err == nil {
			t.Errorf("a build whose note failed created the output folder")
		}
	})
	for _, o := range []string{filepath.Join(dir, "file"), filepath.Join(dir, "file", "sub")} {
		before := checksums(t, dir)
		r := runBin(t, "build", "--out", o, note)
		failsCleanly(t, r, 1, filepath.Join(dir, "file")+" is a file, not a folder", dir, before)
	}
	// An output folder that is a link to a folder not there (a synced
	// folder moved away), or a loop of links, is named as such: the
	// message was "create output folder out: file exists".
	t.Run("link", func(t *testing.T) {
		links := t.TempDir()
		for link, to := range map[string]string{"gone": filepath.Join(links, "moved"), "loop": "loop"} {
			if err := os.Symlink(to, filepath.Join(links, link)); err != nil {
				t.Skip(err)
			}
		}
		for o, want := range map[string]string{
			"gone":     "gone is a link to " + filepath.Join(links, "moved") + ", which is missing",
			"gone/sub": "gone is a link to " + filepath.Join(links, "moved") + ", which is missing",
			"loop":     "loop is a loop of links",
		} {
			r := runBin(t, "build", "--out", filepath.Join(links, o), note)
			noTrace(t, r)
			if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, filepath.Join(links, want)) {
				t.Errorf("--out %s: exit %d, stderr %q, want one line holding %q", o, r.code, r.stderr, want)
			}
			if _, err := os.Lstat(filepath.Join(links, "moved")); err == nil {
				t.Errorf("--out %s created the folder the link leads to", o)
			}
		}
	})
}

// mountTmpfs mounts a tmpfs of size bytes (read-only if ro), or skips.
func mountTmpfs(t *testing.T, size int, ro bool) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("skipping: mounting a tmpfs needs root")
	}
	dir := t.TempDir()
	opts := fmt.Sprintf("size=%d", size)
	if ro {
		opts += ",ro"
	}
	if b, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("skipping: mount tmpfs: %v %s", err, b)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// TestRobustDiskFull fills a small tmpfs holding a previous build, then
// builds again with more cards: the build fails with one line and the
// previous outputs and state are intact, with no temp file left.
func TestRobustDiskFull(t *testing.T) {
	o := mountTmpfs(t, 1<<20, false)
	buildNotes(t, o)
	// Fill the rest of the disk.
	f, err := os.Create(filepath.Join(o, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	f.Close()
	before := checksums(t, o)
	r := runBin(t, "build", "--out", o, "../../notes")
	failsCleanly(t, r, 1, "write "+o, o, before)
	if !strings.Contains(r.stderr, "no space left on device: the disk is full: free some space, or pick another --out folder") {
		t.Errorf("stderr %q does not say the disk is full", r.stderr)
	}
}

// TestRobustFileSizeLimit builds a note whose outputs pass the file size
// limit (ulimit -f) into a folder holding its previous build: each format
// fails with one line naming the output and the limit, not SQLite's "disk
// I/O error (778)", and the previous outputs are intact.
func TestRobustFileSizeLimit(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to set the limit")
	}
	note := bigNotes(t, 1000)
	out := t.TempDir()
	if r := runBin(t, "build", "--out", out, note); r.code != 0 {
		t.Fatalf("first build exited %d: %s", r.code, r.stderr)
	}
	big, err := os.ReadFile(bigNotes(t, 400_000))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(note, big, 0o644); err != nil {
		t.Fatal(err)
	}
	before := checksums(t, out)
	for _, f := range []string{"apkg", "csv", "pdf"} {
		t.Run(f, func(t *testing.T) {
			// 64 blocks of 1 KiB: less than each output of the big note.
			r := runLimited(t, 64, "build", "-f", f, "--out", out, note)
			failsCleanly(t, r, 1, "write "+filepath.Join(out, "big."+f)+": file too large: the output is larger than "+
				"the file size limit (ulimit -f) or this file system allows", out, before)
		})
	}
}

// runLimited runs the binary as runBin does, under a file size limit of
// blocks KiB set by sh's ulimit.
func runLimited(t *testing.T, blocks int, args ...string) result {
	t.Helper()
	sh := fmt.Sprintf(`ulimit -f %d && exec "$0" "$@"`, blocks)
	cmd := exec.Command("sh", append([]string{"-c", sh, binary(t)}, args...)...)
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1700000000", "NO_COLOR=1")
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	return exitResult(t, cmd.Run(), &so, &se)
}

// TestRobustStdoutTempDir builds a package to standard output with TMPDIR
// naming no folder: one line naming TMPDIR and how to mend it, exit 1, and
// nothing written; a CSV, built without a temp folder, is written.
func TestRobustStdoutTempDir(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"n.md": "# T\n- Osmosis: water moves\n", "file": "x"})
	before := checksums(t, dir)
	for name, tmp := range map[string]string{"missing": filepath.Join(dir, "gone"), "a file": filepath.Join(dir, "file")} {
		t.Run(name, func(t *testing.T) {
			r := runBinEnv(t, []string{"TMPDIR=" + tmp}, "build", "-q", "-f", "apkg", "--out", "-", filepath.Join(dir, "n.md"))
			failsCleanly(t, r, 1, "--out - builds the package in the temp folder "+tmp+" (TMPDIR): ", dir, before)
			if !strings.HasSuffix(r.stderr, ": set TMPDIR to a folder that exists\n") || r.stdout != "" {
				t.Errorf("stdout %d bytes, stderr %q", len(r.stdout), r.stderr)
			}
			if r := runBinEnv(t, []string{"TMPDIR=" + tmp}, "build", "-q", "-f", "csv", "--out", "-", filepath.Join(dir, "n.md")); r.code != 0 || !strings.Contains(r.stdout, "Osmosis") {
				t.Errorf("csv to stdout: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
		})
	}
}

// TestRobustConfigTooLarge: a notes2deck.yaml of 2 GiB (a disk image or a
// log saved under its name; sparse here) is refused after reading 64 MiB
// of it, in one line, and nothing is written. A file of 16 MiB is read
// (TestRobustInterruptAtStart).
func TestRobustConfigTooLarge(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{"n/a.md": "# T\n- Osmosis: water moves\n", "n/notes2deck.yaml": ""})
	cfg := filepath.Join(dir, "n", "notes2deck.yaml")
	if err := os.Truncate(cfg, 2<<30); err != nil {
		t.Skip("no sparse file here:", err)
	}
	r := runBin(t, "build", "-q", "--out", out, filepath.Join(dir, "n"))
	failsCleanly(t, r, 1, cfg+": 2.0 GiB, too large for a settings file (limit 64.0 MiB)", out, map[string]string{})
}

// TestRobustReadOnlyOutput: an output folder on a read-only file system
// fails with one line.
func TestRobustReadOnlyOutput(t *testing.T) {
	o := mountTmpfs(t, 1<<20, true)
	r := runBin(t, "build", "--out", o, "../../notes")
	failsCleanly(t, r, 1, "read-only file system", o, checksums(t, o))
}

// TestRobustWriteFails: an export that fails half-way (a full disk, seen by
// the writer) leaves the previous output, the other outputs of the same
// build and the state file as they were, and no temp file.
func TestRobustWriteFails(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"x.csv": "old csv", "x.apkg": "old apkg", stateName: "{}"})
	before := checksums(t, dir)
	tx, err := beginOutputs(dir, &ui{out: &bytes.Buffer{}, err: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.write(filepath.Join(dir, "x.apkg"), func(f *os.File) error {
		_, err := f.WriteString("new apkg")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	full := &os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}
	err = tx.write(filepath.Join(dir, "x.csv"), func(f *os.File) error {
		f.WriteString("half a csv")
		return full
	})
	if !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "x.csv") {
		t.Errorf("error %v, want one naming x.csv and ENOSPC", err)
	}
	tx.abort()
	unchangedButLock(t, dir, before)
}

// TestRobustOutputNameTooLong: a note whose outputs' names would be longer
// than a file name may be is refused before anything is read or written,
// naming the longest name the note may have; a note of that name builds.
func TestRobustOutputNameTooLong(t *testing.T) {
	out, before := prebuilt(t)
	dir := t.TempDir()
	long, fits := strings.Repeat("x", 252)+".md", strings.Repeat("y", 250)+".md"
	writeFiles(t, dir, map[string]string{long: "# Bio\n- Osmosis: water moves\n", fits: "# Bio\n- Osmosis: water moves\n"})
	r := runBin(t, "build", "--out", out, filepath.Join(dir, long))
	failsCleanly(t, r, 2, long+": its outputs' names would be 257 bytes long with .apkg, longer than the 255 bytes a file name may have: give the note a name of at most 253 bytes", out, before)
	r = runBin(t, "build", "-q", "--out", t.TempDir(), filepath.Join(dir, fits))
	if r.code != 0 {
		t.Errorf("a note of 253 bytes: exit %d, %s", r.code, r.stderr)
	}
}

// TestRobustConfigLinkLoop: a notes2deck.yaml that is a loop of links
// says so, as a PATH that is one does, not "too many levels of symbolic
// links"; a link to a missing file is ignored with a warning, as before.
func TestRobustConfigLinkLoop(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{"n/a.md": "# Bio\n- Osmosis: water moves\n"})
	cfg := filepath.Join(dir, "n", "notes2deck.yaml")
	if err := os.Symlink("loop.yaml", cfg); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("notes2deck.yaml", filepath.Join(dir, "n", "loop.yaml")); err != nil {
		t.Fatal(err)
	}
	r := runBin(t, "build", "-q", "--out", out, filepath.Join(dir, "n"))
	failsCleanly(t, r, 1, cfg+" is a loop of links, leading to no file: mend the link, or remove it", out, map[string]string{})
	os.Remove(filepath.Join(dir, "n", "loop.yaml"))
	if r := runBin(t, "build", "--out", out, filepath.Join(dir, "n")); r.code != 0 || !strings.Contains(r.stderr, "a link to a missing file: ignored") {
		t.Errorf("a link to a missing file: exit %d, stderr %q, want 0 and its warning", r.code, r.stderr)
	}
}

// TestRobustPathTooLong: a notes folder nested so deep that a path in it
// passes the 4,096 bytes a path may have fails with one line saying the
// path is too long, not only "file name too long".
func TestRobustPathTooLong(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"n/a.md": "# Bio\n- Osmosis: water moves\n"})
	root, err := os.OpenRoot(filepath.Join(dir, "n"))
	if err != nil {
		t.Fatal(err)
	}
	seg := strings.Repeat("d", 200)
	for range 21 { // 21 × 201 bytes: each folder made from the one above
		if err := root.Mkdir(seg, 0o755); err != nil {
			t.Fatal(err)
		}
		next, err := root.OpenRoot(seg)
		root.Close()
		if err != nil {
			t.Fatal(err)
		}
		root = next
	}
	if err := root.WriteFile("deep.md", []byte("# Deep\n- Q: A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	root.Close()
	cmd := exec.Command(binary(t), "build", "-q", "--out", "out", "n")
	cmd.Dir = dir
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	r := exitResult(t, cmd.Run(), &so, &se)
	noTrace(t, r)
	want := ": file name too long: the path is 4222 bytes, more than the 4096 a path may have here: move the notes it holds to a folder of a shorter path\n"
	if r.code != 1 || !strings.HasPrefix(r.stderr, "notes2deck: read n: n/"+seg+"/") || !strings.HasSuffix(r.stderr, want) || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("exit %d, stderr %q, want 1 and one line ending %q", r.code, r.stderr, want)
	}
}

// TestRobustOutputOwnedByOther: an output folder a build run as root
// wrote (with sudo) says whose it is and what to do when the student's own
// build may not lock it, not "permission denied" alone. It needs root, to
// make the folder root's and build as another user.
// copyBinary copies the built binary into dir, for a test that runs it as
// another user or from a folder it then locks, and returns its path.
func copyBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "notes2deck")
	data, err := os.ReadFile(binary(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
}

func TestRobustOutputOwnedByOther(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root: the folder must belong to another user")
	}
	dir, err := os.MkdirTemp("", "notes2deck-owned-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	bin := copyBinary(t, dir)
	writeFiles(t, dir, map[string]string{"n/a.md": "# Bio\n- Osmosis: water moves\n"})
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	build := func(cred *syscall.Credential) result {
		cmd := exec.Command(bin, "build", "-q", "--out", "out", "n")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1700000000", "NO_COLOR=1")
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		var so, se bytes.Buffer
		cmd.Stdout, cmd.Stderr = &so, &se
		return exitResult(t, cmd.Run(), &so, &se)
	}
	if r := build(nil); r.code != 0 {
		t.Fatalf("build as root: exit %d, %s", r.code, r.stderr)
	}
	before := checksums(t, filepath.Join(dir, "out"))
	r := build(&syscall.Credential{Uid: 65534, Gid: 65534})
	failsCleanly(t, r, 1, "lock out: permission denied: out belongs to root, not to you (a build run with sudo?): make it yours (sudo chown -R $USER out) or pick another --out folder", filepath.Join(dir, "out"), before)
}

// TestRobustStdoutIsANote: standard output redirected into a note the
// command reads ("preview notes > notes/preview.md", "build notes >>
// notes/a.md") is refused before anything is written to it, so the next
// build does not read the listing as a note; a file the command does not
// read is written.
func TestRobustStdoutIsANote(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"n/a.md": "# Bio\n- Osmosis: water moves\n"})
	run := func(stdout string, args ...string) result {
		f, err := os.OpenFile(filepath.Join(dir, stdout), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd := exec.Command(binary(t), args...)
		cmd.Dir = dir
		var se bytes.Buffer
		cmd.Stdout, cmd.Stderr = f, &se
		return exitResult(t, cmd.Run(), &bytes.Buffer{}, &se)
	}
	for _, tc := range []struct {
		stdout string
		args   []string
	}{
		{"n/preview.md", []string{"preview", "n"}},
		{"n/a.md", []string{"build", "--out", "out", "n"}},
		{"n/deck.md", []string{"build", "-f", "csv", "--out", "-", "n"}},
		{"n/check.md", []string{"check", "n"}},
	} {
		r := run(tc.stdout, tc.args...)
		noTrace(t, r)
		want := "notes2deck: standard output is " + tc.stdout + ", one of the notes this command reads: redirect it to a file outside the notes folder, or not ending in .md (a > redirect has already made or emptied that note)\n"
		if r.code != 2 || r.stderr != want {
			t.Errorf("%v > %s: exit %d, stderr %q, want 2 and %q", tc.args, tc.stdout, r.code, r.stderr, want)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, tc.stdout)); tc.stdout != "n/a.md" && len(b) != 0 {
			t.Errorf("%v > %s: wrote %q into it", tc.args, tc.stdout, b)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "n/a.md")); string(b) != "# Bio\n- Osmosis: water moves\n" {
		t.Errorf("build >> n/a.md changed the note: %q", b)
	}
	if r := run("preview.txt", "preview", "n/a.md"); r.code != 0 {
		t.Errorf("preview > preview.txt: exit %d, %s", r.code, r.stderr)
	}
}

// TestRobustStdinFolder: standard input that is a folder ("build - <
// notes") is said to be one by build, check and preview, not "read
// /dev/stdin: is a directory".
func TestRobustStdinFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"n/a.md": "# Bio\n- Osmosis: water moves\n"})
	for _, args := range [][]string{{"build", "-f", "csv", "--out", "-", "-"}, {"check", "-"}, {"preview", "-"}} {
		f, err := os.Open(filepath.Join(dir, "n"))
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(binary(t), args...)
		cmd.Stdin = f
		var so, se bytes.Buffer
		cmd.Stdout, cmd.Stderr = &so, &se
		r := exitResult(t, cmd.Run(), &so, &se)
		f.Close()
		noTrace(t, r)
		want := "notes2deck: read stdin: standard input is a folder, not a note: name the folder as PATH in place of \"- <\"\n"
		if r.code != 1 || r.stderr != want || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q, want 1 and %q", args, r.code, r.stdout, r.stderr, want)
		}
	}
}

// TestRobustStdinEmpty: standard input that holds no note (empty, blank
// lines, /dev/null) is refused by build, check and preview with one line,
// and the outputs built from stdin before stay as they were (before: exit 0
// and "0 cards → deck "stdin"", the deck of the earlier note replaced by an
// empty one).
func TestRobustStdinEmpty(t *testing.T) {
	out := t.TempDir()
	run := func(stdin string, args ...string) result {
		t.Helper()
		cmd := exec.Command(binary(t), args...)
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1700000000", "NO_COLOR=1")
		if stdin != "<nil>" { // nil: the child reads /dev/null
			cmd.Stdin = strings.NewReader(stdin)
		}
		var so, se bytes.Buffer
		cmd.Stdout, cmd.Stderr = &so, &se
		return exitResult(t, cmd.Run(), &so, &se)
	}
	if r := run("# Kitchen\n\n- Whisk: beats eggs\n", "build", "-q", "-f", "csv,apkg", "--out", out, "-"); r.code != 0 {
		t.Fatalf("build of a note on stdin: exit %d: %s", r.code, r.stderr)
	}
	before := checksums(t, out)
	const want = `notes2deck: stdin: standard input is empty: give the note on it ("- < note.md"), or name the note as PATH`
	for _, in := range []string{"", "\n", " \r\n\t\n", "<nil>"} {
		t.Run(fmt.Sprintf("%q", in), func(t *testing.T) {
			failsCleanly(t, run(in, "build", "-f", "csv,apkg", "--out", out, "-"), 1, want, out, before)
			for _, cmd := range []string{"check", "preview"} {
				r := run(in, cmd, "-")
				noTrace(t, r)
				if r.code != 1 || r.stderr != want+"\n" || r.stdout != "" {
					t.Errorf("%s: exit %d, stdout %q, stderr %q, want 1 and %q", cmd, r.code, r.stdout, r.stderr, want)
				}
			}
		})
	}
}

// TestRobustOnlyUnreadableNotes: a folder whose only .md names are links
// to missing files, a loop of links or a named pipe names the first of
// them and why it is skipped, by build and check (before: "no .md, .Rmd or
// .qmd files", of a folder that lists some, their warnings never printed).
func TestRobustOnlyUnreadableNotes(t *testing.T) {
	out, before := prebuilt(t)
	for _, tc := range []struct {
		name string
		make func(dir string) error
		want string
	}{
		{"loop", func(dir string) error {
			if err := os.Symlink("b.md", filepath.Join(dir, "a.md")); err != nil {
				return err
			}
			return os.Symlink("a.md", filepath.Join(dir, "b.md"))
		}, "a.md: a loop of links, leading to no file: skipped; 1 more skipped)"},
		{"missing", func(dir string) error {
			return os.Symlink(filepath.Join("Dropbox", "cells.md"), filepath.Join(dir, "cells.md"))
		}, "cells.md: a link to a missing file: skipped)"},
		{"pipe", func(dir string) error {
			return syscall.Mkfifo(filepath.Join(dir, "inbox.md"), 0o644)
		}, "inbox.md: a named pipe, not a note: skipped)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			notes := filepath.Join(t.TempDir(), "notes")
			if err := os.Mkdir(notes, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := tc.make(notes); err != nil {
				t.Skip(err)
			}
			want := notes + ": no .md, .Rmd or .qmd files that can be read (" + filepath.Join(notes, tc.want)
			failsCleanly(t, runBin(t, "build", "--out", out, notes), 1, want, out, before)
			r := runBinWithin(t, time.Minute, "check", notes)
			noTrace(t, r)
			if r.code != 1 || r.stderr != "notes2deck: "+want+"\n" {
				t.Errorf("check: exit %d, stderr %q, want 1 and %q", r.code, r.stderr, want)
			}
		})
	}
}

// TestRobustUmask: a umask that takes the student's own rights (umask 777,
// a typo for 077) fails the build with a line naming it, before the output
// folder is made; umask 077 builds.
func TestRobustUmask(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"n/a.md": "# Bio\n- Osmosis: water moves\n"})
	build := func(mask string) result {
		cmd := exec.Command("/bin/sh", "-c", "umask "+mask+" && exec \"$0\" build -q --out out n", binary(t))
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1700000000", "NO_COLOR=1")
		var so, se bytes.Buffer
		cmd.Stdout, cmd.Stderr = &so, &se
		return exitResult(t, cmd.Run(), &so, &se)
	}
	r := build("777")
	noTrace(t, r)
	want := "notes2deck: the umask 0777 takes from you the right to read, write or open the files and folders a build makes, so nothing was written: set one such as 022 (umask 022) and build again\n"
	if r.code != 1 || r.stderr != want {
		t.Errorf("umask 777: exit %d, stderr %q, want 1, %q", r.code, r.stderr, want)
	}
	if _, err := os.Lstat(filepath.Join(dir, "out")); !os.IsNotExist(err) {
		t.Errorf("output folder made under umask 777: %v", err)
	}
	if r := build("077"); r.code != 0 {
		t.Errorf("umask 077: exit %d, %s", r.code, r.stderr)
	}
}

// TestRobustOutputFolderDeleted: an output folder deleted while a build
// writes it (a student clearing out/ while watch runs) fails the build
// with a line that says so, not a temp file's "no such file or
// directory", and is not made again by that build. A failure while the
// folder is there is returned as it is.
func TestRobustOutputFolderDeleted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	tx, err := beginOutputs(dir, &ui{out: &bytes.Buffer{}, err: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	defer tx.abort()
	other := errors.New("disk on fire")
	if got := tx.folderGone(other); got != other {
		t.Errorf("folderGone with the folder there = %v, want %v", got, other)
	}
	if err := tx.write(filepath.Join(dir, "x.csv"), func(f *os.File) error {
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		_, err := f.WriteString("csv")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	err = tx.commit(nil)
	want := "write " + dir + ": the output folder was deleted or moved during the build, so nothing was written; the next build makes it anew"
	if err == nil || err.Error() != want {
		t.Errorf("commit: %v, want %q", err, want)
	}
	if _, err := os.Lstat(dir); !os.IsNotExist(err) {
		t.Errorf("output folder made again: %v", err)
	}
}

// unchangedButLock is unchanged for a folder whose lock file a test holds.
func unchangedButLock(t *testing.T, dir string, before map[string]string) {
	t.Helper()
	delete(before, lockName)
	after := checksums(t, dir)
	delete(after, lockName)
	if fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("outputs changed:\nbefore %v\nafter  %v", before, after)
	}
	noTemps(t, dir)
}

// bigNotes writes a note of about size bytes of ordinary content.
func bigNotes(t *testing.T, size int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("# Big\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "## Section %d\n- Term%d: definition number %d\n- Other%d: more text %d\n\nProse %d lorem ipsum.\n\n", i, i, i, i, i, i)
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"big.md": b.String()})
	return filepath.Join(dir, "big.md")
}

// TestRobustInterrupt sends SIGINT to builds of a large note at several
// moments: each exits 130 with one line and the previous outputs intact, or
// (if it finished first) exits 0 with valid outputs; never a temp file.
func TestRobustInterrupt(t *testing.T) {
	note := bigNotes(t, 2<<20)
	out, _ := prebuilt(t)
	// The big note's outputs are named big.*; give the folder previous ones.
	if r := runBin(t, "build", "-q", "--out", out, note); r.code != 0 {
		t.Fatalf("first build: %s", r.stderr)
	}
	// A second note, so the interrupted build would change the outputs.
	writeFiles(t, filepath.Dir(note), map[string]string{"big.md": readFile(t, note) + "\n## Extra\n- More: cards\n"})
	before := checksums(t, out)
	interrupted := 0
	for i, delay := range []time.Duration{300 * time.Millisecond, 700 * time.Millisecond, time.Second, 2 * time.Second, 3 * time.Second} {
		// Ctrl-C, the terminal closed (SIGHUP, exit 129), or Ctrl-\
		// (SIGQUIT, exit 131), which printed Go's stack trace of every
		// goroutine, exit 2, and left the temp files.
		sig, want := os.Signal(os.Interrupt), 130
		switch i {
		case 1, 3:
			sig, want = syscall.SIGHUP, 129
		case 2:
			sig, want = syscall.SIGQUIT, 131
		}
		cmd := exec.Command(binary(t), "build", "-q", "--out", out, note)
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1700000000")
		var se bytes.Buffer
		cmd.Stderr = &se
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		r := result{code: code, stderr: se.String()}
		switch code {
		case want:
			interrupted++
			failsCleanly(t, r, want, "interrupted", out, before)
		case -1:
			// Killed by the signal before the handler was installed (a slow
			// start on a busy machine): nothing was written yet; or after
			// it was removed, the build done: the new outputs are whole.
			if fmt.Sprint(checksums(t, out)) != fmt.Sprint(before) {
				checkOutputs(t, out, "big")
				before = checksums(t, out)
			}
			noTemps(t, out)
		case 0:
			noTrace(t, r)
			checkOutputs(t, out, "big")
			noTemps(t, out)
			before = checksums(t, out)
		default:
			if quitBeforeMain(r) {
				noTemps(t, out)
				continue
			}
			t.Errorf("after %v: exit %d, stderr %q", delay, code, se.String())
		}
	}
	if interrupted == 0 {
		t.Errorf("no build was interrupted: the note is too small to catch one running")
	}
}

// TestRobustInterruptAtStart sends Ctrl-\ (SIGQUIT) to builds in their first
// fraction of a second, while the settings are read (a large notes2deck.yaml
// makes that last): the handler was installed only after them, so such a
// signal printed Go's stack trace of every goroutine and exited 2. Now it
// is installed first thing in main: exit 131 and one line. Only a signal
// before main starts, while the Go runtime and the packages initialise
// (milliseconds), or in the instant main takes to install it, still gets
// Go's default; its trace shows no command running (no main.run).
func TestRobustInterruptAtStart(t *testing.T) {
	notes := t.TempDir()
	var yaml strings.Builder
	yaml.WriteString("format: csv\n")
	for i := 0; yaml.Len() < 16<<20; i++ {
		fmt.Fprintf(&yaml, "# comment line %d, padding padding padding\n", i)
	}
	writeFiles(t, notes, map[string]string{"a.md": "# A\n- Osmosis: water moves\n", "notes2deck.yaml": yaml.String()})
	for _, delay := range []time.Duration{50 * time.Millisecond, 100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond} {
		out := t.TempDir()
		cmd := exec.Command(binary(t), "build", "-q", "--out", out, notes)
		var se bytes.Buffer
		cmd.Stderr = &se
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGQUIT)
		cmd.Wait()
		r := result{code: cmd.ProcessState.ExitCode(), stderr: se.String()}
		switch {
		case r.code == 131:
			failsCleanly(t, r, 131, "interrupted", out, lockOnly(t, out))
		case r.code == 0: // done before the signal
			noTrace(t, r)
			noTemps(t, out)
		case r.code == -1, r.code == 2 && !strings.Contains(r.stderr, "main.run("):
			// Before catchStopSignals took the signals: the runtime's
			// default. On a busy machine that can be after main.main
			// began, before the call in its first line returned; never
			// once the command runs.
		default:
			t.Errorf("after %v: exit %d, stderr %.300q", delay, r.code, r.stderr)
		}
	}
}

// TestRobustInterruptWatch sends Ctrl-C and Ctrl-\ to watch during its first
// build: it ends as an interrupted build does, exit 130 or 131, one line,
// no output written (before: the signal waited for the whole build, its
// outputs were written, "watching" printed, and watch exited 0 without a
// word). Once that build has written its outputs, watch ends quietly, exit 0.
func TestRobustInterruptWatch(t *testing.T) {
	note := bigNotes(t, 2<<20)
	interrupted := 0
	for i, delay := range []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second, 3 * time.Second} {
		sig, want := os.Signal(os.Interrupt), 130
		if i%2 == 1 {
			sig, want = syscall.SIGQUIT, 131
		}
		out := t.TempDir()
		cmd := exec.Command(binary(t), "watch", "--format", "csv,apkg", "--out", out, filepath.Dir(note))
		var so, se syncBuffer
		cmd.Stdout, cmd.Stderr = &so, &se
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		idle := strings.Contains(so.String(), "watching")
		cmd.Process.Signal(sig)
		timer := time.AfterFunc(2*time.Minute, func() { cmd.Process.Kill() })
		cmd.Wait()
		timer.Stop()
		r := result{code: cmd.ProcessState.ExitCode(), stderr: se.String()}
		switch {
		case idle || r.code == 0 && len(checksums(t, out)) > 2:
			// The first build had written its outputs: a signal ends
			// watch quietly.
			if r.code != 0 || r.stderr != "" {
				t.Errorf("after %v, watching: exit %d, stderr %q", delay, r.code, r.stderr)
			}
		case r.code == want:
			interrupted++
			failsCleanly(t, r, want, "interrupted; the outputs were left as they were", out, lockOnly(t, out))
			if strings.Contains(so.String(), "watching") {
				t.Errorf("after %v: watch went on to watch: %q", delay, so.String())
			}
		case r.code == -1 || quitBeforeMain(r): // before main started
		default:
			t.Errorf("after %v: exit %d, stderr %q, stdout %.300q", delay, r.code, r.stderr, so.String())
		}
	}
	if interrupted == 0 {
		t.Errorf("no first build was interrupted: the note is too small to catch one running")
	}
}

// quitBeforeMain reports whether a SIGQUIT came while the packages' init
// functions still ran, before main could install its handler: Go's runtime
// then prints its trace and exits 2, as it does for any Go program. On a busy
// machine the binary's inits (chroma's lexers) can take over a second.
func quitBeforeMain(r result) bool {
	return r.code == 2 && strings.HasPrefix(r.stderr, "SIGQUIT: quit") && strings.Contains(r.stderr, "runtime.doInit")
}

// lockOnly is the checksums of an output folder that holds no output: its
// lock file, if a build took the lock.
func lockOnly(t *testing.T, out string) map[string]string {
	t.Helper()
	m := map[string]string{}
	if sum, ok := checksums(t, out)[".notes2deck.lock"]; ok {
		m[".notes2deck.lock"] = sum
	}
	return m
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRobustConcurrentBuilds runs builds into one output folder at once:
// all succeed (they take turns on the folder's lock) and the outputs are
// valid, with no temp file left.
func TestRobustConcurrentBuilds(t *testing.T) {
	note := bigNotes(t, 256<<10)
	out := t.TempDir()
	var wg sync.WaitGroup
	results := make([]result, 3)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = runBin(t, "build", "-q", "--out", out, note)
		}()
	}
	wg.Wait()
	waited := false
	for i, r := range results {
		noTrace(t, r)
		if r.code != 0 {
			t.Errorf("build %d: exit %d: %s", i, r.code, r.stderr)
		}
		waited = waited || strings.Contains(r.stderr, "waiting")
	}
	t.Logf("some build waited for the lock: %v", waited)
	checkOutputs(t, out, "big")
	noTemps(t, out)
}

// TestRobustLockWaits holds the output folder's lock and checks that a build
// says it waits, then finishes once the lock is released.
func TestRobustLockWaits(t *testing.T) {
	out := t.TempDir()
	l, err := lockOutput(out, func() {})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary(t), "build", "-q", "--out", out, "--format", "csv", "../../notes")
	var se syncBuffer
	cmd.Stderr = &se
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A second waiting build, interrupted while it waits.
	cancelled := exec.Command(binary(t), "build", "-q", "--out", out, "--format", "csv", "../../notes")
	var ce syncBuffer
	cancelled.Stderr = &ce
	if err := cancelled.Start(); err != nil {
		t.Fatal(err)
	}
	// Both say they wait before the test goes on: a fixed sleep was too
	// short on a loaded machine, and the first build never had to wait.
	waitFor(t, &se, "another build is writing")
	waitFor(t, &ce, "another build is writing")
	if _, err := os.Stat(filepath.Join(out, "notes.csv")); err == nil {
		t.Error("the build wrote its output while another held the lock")
	}
	cancelled.Process.Signal(os.Interrupt)
	if err := cancelled.Wait(); err == nil || cancelled.ProcessState.ExitCode() != 130 || !strings.HasSuffix(ce.String(), "interrupted; the outputs were left as they were\n") {
		t.Errorf("interrupted while waiting: %v, stderr %q", err, ce.String())
	}
	l.unlock()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("build: %v: %s", err, se.String())
	}
	if _, err := os.Stat(filepath.Join(out, "notes.csv")); err != nil {
		t.Error(err)
	}
}

// TestRobustNotesUntouched: a build never writes a notes file: same bytes,
// same modification time, and it works on read-only notes.
func TestRobustNotesUntouched(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"n.md": "# N\n- AWS WAF: filters requests\n"})
	note := filepath.Join(dir, "n.md")
	old := time.Unix(1600000000, 0)
	if err := os.Chtimes(note, old, old); err != nil {
		t.Fatal(err)
	}
	os.Chmod(note, 0o444)
	before := checksums(t, dir)
	if r := runBin(t, "build", "-q", "--out", t.TempDir(), note); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if after := checksums(t, dir); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("notes folder changed")
	}
	if info, err := os.Stat(note); err != nil || !info.ModTime().Equal(old) {
		t.Errorf("note modification time changed: %v", err)
	}
}

// TestRobustHugeNote builds a 50 MB note (under the default 64 MiB limit)
// and refuses one over the limit, naming its size, and a sparse one of
// 10 GiB too. The 50 MB build takes minutes on a busy machine, so it runs
// only with NOTES2DECK_SLOW=1.
func TestRobustHugeNote(t *testing.T) {
	out, before := prebuilt(t)
	t.Run("over the limit", func(t *testing.T) {
		dir := t.TempDir()
		big := filepath.Join(dir, "huge.md")
		f, err := os.Create(big)
		if err != nil {
			t.Fatal(err)
		}
		line := []byte("- a: b\n")
		for n := 0; n <= 64<<20; n += len(line) {
			f.Write(line)
		}
		f.Close()
		r := runBin(t, "build", "--out", out, big)
		failsCleanly(t, r, 1, "huge.md: note too large: 64.0 MiB (limit 64 MiB, see --max-note-size)", out, before)
	})
	t.Run("sparse 10 GiB", func(t *testing.T) {
		big := filepath.Join(t.TempDir(), "huge.md")
		writeFiles(t, filepath.Dir(big), map[string]string{"huge.md": "# Big\n"})
		if err := os.Truncate(big, 10<<30); err != nil {
			t.Skip("no sparse file here:", err)
		}
		r := runBin(t, "build", "--out", out, big)
		failsCleanly(t, r, 1, "huge.md: note too large: 10.0 GiB (limit 64 MiB, see --max-note-size)", out, before)
		r = runBin(t, "check", big)
		if r.code != 1 || !strings.Contains(r.stdout, "huge.md: error: note too large: 10.0 GiB") {
			t.Errorf("check: exit %d, stdout %q, want the note's error", r.code, r.stdout)
		}
		// On standard input ("build - < huge.md"), refused by its size too.
		f, err := os.Open(big)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd := exec.Command(binary(t), "build", "-f", "csv", "--out", "-", "-")
		cmd.Stdin = f
		var so, se bytes.Buffer
		cmd.Stdout, cmd.Stderr = &so, &se
		r = exitResult(t, cmd.Run(), &so, &se)
		if want := "notes2deck: stdin: note too large: 10.0 GiB (limit 64 MiB, see --max-note-size)\n"; r.code != 1 || r.stderr != want || r.stdout != "" {
			t.Errorf("build - < huge.md: exit %d, stdout %q, stderr %q, want 1 and %q", r.code, r.stdout, r.stderr, want)
		}
	})
	t.Run("50 MB", func(t *testing.T) {
		if os.Getenv("NOTES2DECK_SLOW") == "" {
			t.Skip("skipping: set NOTES2DECK_SLOW=1 to build a 50 MB note")
		}
		note := bigNotes(t, 50<<20)
		o := t.TempDir()
		start := time.Now()
		r := runBin(t, "build", "-q", "--out", o, "--format", "apkg,csv", note)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		t.Logf("50 MB note built in %v", time.Since(start))
		checkOutputs(t, o, "big")
	})
}

// TestRobustKilled kills a build outright (SIGKILL, no chance to clean up)
// and plants stale temp files: the next build neither waits for the dead
// build's lock nor leaves its temp files behind.
func TestRobustKilled(t *testing.T) {
	note := bigNotes(t, 2<<20)
	out := t.TempDir()
	writeFiles(t, out, map[string]string{tempPrefix + "big.csv-123": "stale", tempPrefix + "9/.notes2deck-456.anki2": "stale", tempPrefix + "9/.notes2deck-456.anki2-journal": "stale"})
	cmd := exec.Command(binary(t), "build", "-q", "--out", out, note)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond)
	cmd.Process.Kill()
	cmd.Wait()
	done := make(chan result, 1)
	go func() { done <- runBin(t, "build", "-q", "--out", out, "--format", "apkg,csv", note) }()
	select {
	case r := <-done:
		if r.code != 0 || strings.Contains(r.stderr, "waiting") {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("the build after a killed one hangs")
	}
	checkOutputs(t, out, "big")
	noTemps(t, out)
}

// runBinWithin runs the binary as runBin does, and kills it after d: a
// command that blocks fails the test rather than hanging it.
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
		t.Fatalf("%v did not end within %v", args, d)
	}
	return exitResult(t, err, &so, &se)
}

// TestRobustSpecialFiles: a named pipe (or a link to nothing, or a loop of
// links) named *.md in the notes folder is skipped with a warning naming it, by every command; one
// named on the command line, a device, or a pipe as notes2deck.yaml is
// refused with one line. Nothing blocks.
func TestRobustSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes")
	writeFiles(t, notes, map[string]string{"n.md": "# N\n- AWS WAF: filters requests\n"})
	if err := syscall.Mkfifo(filepath.Join(notes, "inbox.md"), 0o644); err != nil {
		t.Skip(err)
	}
	if err := os.Symlink("missing.md", filepath.Join(notes, "gone.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop.md", filepath.Join(notes, "loop.md")); err != nil {
		t.Fatal(err)
	}
	const limit = 30 * time.Second
	o := t.TempDir()
	for _, args := range [][]string{
		{"build", "--out", o, "--format", "apkg,csv", notes},
		{"check", notes},
		{"preview", notes},
	} {
		r := runBinWithin(t, limit, args...)
		noTrace(t, r)
		if r.code != 0 {
			t.Errorf("%s: exit %d: %s", args[0], r.code, r.stderr)
		}
		all := r.stdout + r.stderr
		for _, want := range []string{
			filepath.Join(notes, "inbox.md") + ": warning: a named pipe, not a note: skipped",
			filepath.Join(notes, "gone.md") + ": warning: a link to a missing file: skipped",
			filepath.Join(notes, "loop.md") + ": warning: a loop of links, leading to no file: skipped",
		} {
			if !strings.Contains(all, want) {
				t.Errorf("%s: output lacks %q:\n%s", args[0], want, all)
			}
		}
	}
	if p, _ := checkOutputs(t, o, "notes"); len(p.notes) != 1 {
		t.Errorf("%d notes, want 1", len(p.notes))
	}
	out, before := prebuilt(t)
	for _, tc := range []struct{ path, want string }{
		{filepath.Join(notes, "inbox.md"), "inbox.md: a named pipe, not a note"},
		{"/dev/zero", "/dev/zero: a device, not a note"},
	} {
		r := runBinWithin(t, limit, "build", "--out", out, tc.path)
		failsCleanly(t, r, 1, tc.want, out, before)
	}
	cfg := filepath.Join(dir, "cfg")
	writeFiles(t, cfg, map[string]string{"n.md": "# N\n- AWS WAF: filters requests\n"})
	if err := syscall.Mkfifo(filepath.Join(cfg, configName), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"build", "check", "preview"} {
		r := runBinWithin(t, limit, cmd, cfg)
		noTrace(t, r)
		if want := configName + ": a named pipe, not a regular file"; r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("%s: exit %d, stderr %q, want 1 and %q", cmd, r.code, r.stderr, want)
		}
	}
}

// TestRobustStateNotAFile: a named pipe as the state file is refused with
// one line naming it (it made the build wait forever), and nothing is
// written.
func TestRobustStateNotAFile(t *testing.T) {
	notes, o := t.TempDir(), t.TempDir()
	writeFiles(t, notes, map[string]string{"n.md": "# N\n- AWS WAF: filters requests\n"})
	if err := syscall.Mkfifo(filepath.Join(o, stateName), 0o644); err != nil {
		t.Skip(err)
	}
	r := runBinWithin(t, 30*time.Second, "build", "--out", o, notes)
	noTrace(t, r)
	want := "notes2deck: read " + filepath.Join(o, stateName) + ": a named pipe, not a regular file\n"
	if r.code != 1 || r.stderr != want {
		t.Errorf("exit %d, stderr %q; want 1 and %q", r.code, r.stderr, want)
	}
	if _, err := os.Stat(filepath.Join(o, filepath.Base(notes)+".apkg")); err == nil {
		t.Errorf("the build wrote its package")
	}
	noTemps(t, o)
}

// TestRobustStateFutureTimes: a damaged state file that dates notes in the
// future does not carry those times into the package: every note's mod is
// at most the time of the build.
func TestRobustStateFutureTimes(t *testing.T) {
	notes, o := t.TempDir(), t.TempDir()
	writeFiles(t, notes, map[string]string{"n.md": "# N\n\n- Kept: same\n- Edited: v1\n- Gone: soon\n"})
	buildPackage(t, 1700000000, notes, o)
	path := filepath.Join(o, stateName)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := apkg.LoadStateFile(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range sf.Packages {
		for _, n := range st.Notes {
			n.Mod = 1 << 40
		}
	}
	var b bytes.Buffer
	if err := sf.Save(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, notes, map[string]string{"n.md": "# N\n\n- Kept: same\n- Edited: v2\n"})
	p := buildPackage(t, 1700000100, notes, o)
	limit := time.Now().Unix() + 1 // a changed note is one second newer than its clamped time
	if len(p.notes) != 3 {
		t.Errorf("%d notes, want 3 (kept, edited, deleted)", len(p.notes))
	}
	for _, n := range p.notes {
		if n.mod > limit {
			t.Errorf("note %q: mod %d, after the build (%d)", n.flds, n.mod, limit)
		}
	}
}

// TestRobustOutputIsANote: a build one of whose outputs, or its state file,
// is a note it reads (by its name, or by a link) is refused with exit 2
// before anything is written: the note stays as it was.
func TestRobustOutputIsANote(t *testing.T) {
	for _, tc := range []struct {
		name string // the note, in the output folder
		args []string
		want string
	}{
		{"spanish.csv", []string{"-f", "csv"}, "spanish.csv is a note and an output of this build"},
		{"lecture.pdf", nil, "lecture.pdf is a note and an output of this build"},
		{"deck.apkg", []string{"-f", "apkg,csv"}, "deck.apkg is a note and an output of this build"},
		{stateName, []string{"-f", "csv"}, stateName + " is a note and an output of this build"},
		{oldStateName, []string{"-f", "csv"}, oldStateName + " is a note and an output of this build"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{tc.name: "# Vocab\n\nhouse - casa\nthe - el\n"})
			before := checksums(t, dir)
			r := runBin(t, append(append([]string{"build"}, tc.args...), "--out", dir, filepath.Join(dir, tc.name))...)
			failsCleanly(t, r, 2, tc.want, dir, before)
		})
	}
	t.Run("link", func(t *testing.T) {
		dir, out := t.TempDir(), t.TempDir()
		writeFiles(t, dir, map[string]string{"n.md": "# N\n- AWS WAF: filters requests\n"})
		if err := os.Link(filepath.Join(dir, "n.md"), filepath.Join(out, "n.csv")); err != nil {
			t.Skip(err)
		}
		before := checksums(t, dir)
		r := runBin(t, "build", "-f", "csv", "--out", out, filepath.Join(dir, "n.md"))
		failsCleanly(t, r, 2, "n.md is a note, and the build would write "+filepath.Join(out, "n.csv")+" over it", dir, before)
	})
}

// TestRobustOthersFilesKept: a build that would replace a file notes2deck
// did not write (the student's slides beside the note, a CSV of grades in a
// notes folder that is its own output folder) is refused with exit 2, the
// file named and left as it was; outputs notes2deck wrote are replaced.
func TestRobustOthersFilesKept(t *testing.T) {
	for _, tc := range []struct{ file, content string }{
		{"biology.pdf", "%PDF-1.4 my lecture slides"},
		{"biology.csv", "name,grade\nAda,A\n"},
		{"biology.apkg", "PK not a package"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			dir := t.TempDir()
			notes := filepath.Join(dir, "biology")
			writeFiles(t, notes, map[string]string{"cells.md": "# Cells\n\n- Osmosis: water crossing a membrane\n", tc.file: tc.content})
			before := checksums(t, dir)
			failsCleanly(t, runBin(t, "build", "--out", notes, notes), 2, filepath.Join(notes, tc.file)+" exists and was not written by notes2deck", dir, before)
		})
	}
	t.Run("ours", func(t *testing.T) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"cells.md": "# Cells\n\n- Osmosis: water crossing a membrane\n"})
		for i := 0; i < 2; i++ {
			if r := runBin(t, "build", "-q", "--out", dir, filepath.Join(dir, "cells.md")); r.code != 0 {
				t.Fatalf("build %d: exit %d: %s", i+1, r.code, r.stderr)
			}
		}
	})
}

// TestRobustLockLinkRefused: a lock file that is a link, dangling into the
// notes folder, is refused; the build creates no file through it.
func TestRobustLockLinkRefused(t *testing.T) {
	dir := t.TempDir()
	notes, out := filepath.Join(dir, "notes"), filepath.Join(dir, "out")
	writeFiles(t, notes, map[string]string{"a.md": "# Bio\n\nCell: unit of life\n"})
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../notes/ghost.md", filepath.Join(out, lockName)); err != nil {
		t.Skip(err)
	}
	r := runBin(t, "build", "-q", "--out", out, notes)
	noTrace(t, r)
	if r.code != 1 || !strings.Contains(r.stderr, "is a link, not notes2deck's lock file") {
		t.Errorf("exit %d, stderr %q; want 1 and the link named", r.code, r.stderr)
	}
	if _, err := os.Lstat(filepath.Join(notes, "ghost.md")); err == nil {
		t.Error("the build created notes/ghost.md through the lock link")
	}
}

// TestRobustLockFolder: a folder where the lock file goes (left by a sync
// tool, or made by hand) names the lock file, and the build writes nothing
// (before: "lock out: is a directory", of the output folder, which is one).
func TestRobustLockFolder(t *testing.T) {
	dir := t.TempDir()
	notes, out := filepath.Join(dir, "notes"), filepath.Join(dir, "out")
	writeFiles(t, notes, map[string]string{"a.md": "# Bio\n\nCell: unit of life\n"})
	if err := os.MkdirAll(filepath.Join(out, lockName), 0o755); err != nil {
		t.Fatal(err)
	}
	before := checksums(t, out)
	want := "notes2deck: lock " + out + ": " + filepath.Join(out, lockName) + " is a folder, not notes2deck's lock file: remove it"
	failsCleanly(t, runBin(t, "build", "--out", out, notes), 1, want, out, before)
}

// TestRobustForeignFilesKept: files of the student's in the output folder
// that look like temp files (an editor's autosave, a backup of a
// collection, a folder named like a work folder) survive a build byte for
// byte; the build's own temp files are gone.
func TestRobustForeignFilesKept(t *testing.T) {
	out := t.TempDir()
	mine := map[string]string{
		".cells.md.tmp-autosave":         "my unsaved draft",
		".notes.csv.tmp-123":             "looks like an old temp file",
		".notes2deck-old.anki2.bak":      "a backup",
		".notes2deck-1.anki2":            "a collection I keep",
		".notes2deck-1.anki2-journal":    "its journal",
		tempPrefix + "mine/notes.txt":    "a folder named like a work folder",
		tempPrefix + "mine/.notes2deck-": "not a collection",
	}
	writeFiles(t, out, mine)
	for i := 0; i < 2; i++ {
		if r := runBin(t, "build", "-q", "--out", out, "../../notes"); r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
	}
	for name, content := range mine {
		if b, err := os.ReadFile(filepath.Join(out, name)); err != nil || string(b) != content {
			t.Errorf("%s: %q, %v; want %q", name, b, err, content)
		}
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, tempPrefix) && n != tempPrefix+"mine" {
			t.Errorf("temp file %s left in %s", n, out)
		}
	}
}

// TestRobustCommitAllOrNothing: when one output cannot take its place (a
// folder of its name is in the way), the build fails with one line and
// leaves every previous output and the state as they were: none of the
// outputs written beside it is renamed into place.
func TestRobustCommitAllOrNothing(t *testing.T) {
	notes := filepath.Join(t.TempDir(), "notes")
	writeFiles(t, notes, map[string]string{"cells.md": "# Cells\n\n- Nucleus: holds the DNA\n"})
	out := t.TempDir()
	if r := runBin(t, "build", "-q", "--out", out, notes); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	writeFiles(t, notes, map[string]string{"cells.md": "# Cells\n\n- Nucleus: holds the DNA\n- Golgi: packs proteins\n"})
	for _, name := range []string{"notes.apkg", "notes.csv", "notes.pdf"} {
		t.Run(name, func(t *testing.T) {
			in := filepath.Join(out, name)
			keep := readFile(t, in)
			if err := os.Remove(in); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(in, 0o755); err != nil {
				t.Fatal(err)
			}
			before := checksums(t, out)
			r := runBin(t, "build", "--out", out, notes)
			failsCleanly(t, r, 1, "write "+in+": a folder of that name is in the way", out, before)
			os.Remove(in)
			writeFiles(t, out, map[string]string{name: keep})
		})
	}
}

// TestCommitRollsBack: a rename that fails after others succeeded puts the
// outputs already replaced back as they were, and removes an output that
// did not exist before; no temp file is left.
func TestCommitRollsBack(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"x.csv": "old csv", "x.pdf": "old pdf", stateName: "old state"})
	before := checksums(t, dir)
	tx, err := beginOutputs(dir, &ui{out: &bytes.Buffer{}, err: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"x.apkg", "x.csv", "x.pdf", stateName} {
		if err := tx.write(filepath.Join(dir, name), func(f *os.File) error {
			_, err := f.WriteString("new " + name)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	// The third rename fails: its temp file is gone.
	if err := os.Remove(tx.staged[2].tmp); err != nil {
		t.Fatal(err)
	}
	if err := tx.commit(nil); err == nil || !strings.Contains(err.Error(), "write "+filepath.Join(dir, "x.pdf")) {
		t.Errorf("commit: %v, want an error naming x.pdf", err)
	}
	tx.abort()
	unchangedButLock(t, dir, before)
}

// TestRobustSymlinkedNotesFolder: a notes folder that is a symbolic link to
// a folder (notes -> Dropbox/Biology) is read like the folder itself, its
// notes named through the link, and an Obsidian embed found by name in it.
func TestRobustSymlinkedNotesFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"Dropbox/Biology/img/cell.png": "\x89PNG\r\n\x1a\n fake image bytes",
		"Dropbox/Biology/ch1/cells.md": "# Cells\n\n- Cell: the unit of life ![[cell.png]]\n",
	})
	notes := filepath.Join(dir, "notes")
	if err := os.Symlink(filepath.Join("Dropbox", "Biology"), notes); err != nil {
		t.Skip(err)
	}
	for _, args := range [][]string{{"check", notes}, {"preview", notes}} {
		r := runBin(t, args...)
		if want := filepath.Join(notes, "ch1", "cells.md"); r.code != 0 || !strings.Contains(r.stdout, want) || r.stderr != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 0 and %s", args[0], r.code, r.stdout, r.stderr, want)
		}
	}
	p := buildPackage(t, 1700000000, notes, t.TempDir())
	if len(p.notes) != 1 || len(p.media) != 1 {
		t.Errorf("%d notes and media %v, want 1 note and its image", len(p.notes), p.media)
	}
}

// TestRobustHiddenFiles: hidden files in the notes folder are skipped
// without a word, as hidden folders are: an Emacs lock (.#cells.md, a link
// to nothing), a macOS AppleDouble file (._cells.md, binary), a hidden
// note, and Word's owner file (~$cells.md, binary), which is no hidden file
// on Linux or a Mac. A hidden note named as PATH is read.
func TestRobustHiddenFiles(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes")
	writeFiles(t, notes, map[string]string{
		"cells.md":   "# Cells\n\n- Nucleus: holds the DNA\n",
		"._cells.md": "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02",
		".draft.md":  "# Private draft\n\n- Secret: do not ship\n",
		// Word's owner file, left beside a note Word opened: it stopped
		// the build with "~$cells.md:1: binary data (NUL byte)".
		"~$cells.md": "\x0bstudent\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00s\x00t\x00",
	})
	if err := os.Symlink("student@laptop.4242:1732870000", filepath.Join(notes, ".#cells.md")); err != nil {
		t.Skip(err)
	}
	o := t.TempDir()
	for _, args := range [][]string{
		{"build", "--out", o, "--format", "apkg,csv", notes},
		{"check", notes},
		{"preview", notes},
	} {
		r := runBin(t, args...)
		noTrace(t, r)
		if r.code != 0 || r.stderr != "" || strings.Contains(r.stdout, "draft") || strings.Contains(r.stdout, "._cells") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 0, no hidden file named and nothing on stderr", args[0], r.code, r.stdout, r.stderr)
		}
	}
	if p, _ := checkOutputs(t, o, "notes"); len(p.notes) != 1 {
		t.Errorf("%d notes, want 1", len(p.notes))
	}
	r := runBin(t, "preview", filepath.Join(notes, ".draft.md"))
	if r.code != 0 || !strings.Contains(r.stdout, "Private draft") {
		t.Errorf("a hidden note named as PATH: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestRobustOutputIsAPipe: an output whose place a named pipe holds
// (out/notes.csv made by mkfifo, left by a script that streamed it) is
// replaced by the build, as a link there is, for each format. Opened to
// see whether notes2deck wrote it, the pipe blocked the build forever,
// waiting for a writer.
func TestRobustOutputIsAPipe(t *testing.T) {
	for _, name := range []string{"notes.csv", "notes.apkg", "notes.pdf"} {
		t.Run(name, func(t *testing.T) {
			out, _ := prebuilt(t)
			p := filepath.Join(out, name)
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Skip(err)
			}
			r := runBinWithin(t, 30*time.Second, "build", "-q", "--out", out, "../../notes")
			noTrace(t, r)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if info, err := os.Lstat(p); err != nil || !info.Mode().IsRegular() {
				t.Errorf("%s after the build: %v, %v; want the output, a regular file", name, info, err)
			}
		})
	}
}

// TestRobustNewlineInName: a note whose file name holds a newline or a tab
// (saved by a script, unpacked from a zip) is named on one line by build,
// check and preview, "new\x0aline.md:3: …", as other control characters
// are shown: its name was printed as it is, so "file:line: message" spanned
// two lines, and an editor reading one message a line found neither. A
// bidirectional override and a line separator are shown escaped too,
// "exam\u202edm.gpj.md": the override printed the name reversed from it on,
// "examdm.jpg.md", and the message after it.
func TestRobustNewlineInName(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"n/new\nline.md":        "# Bio\n\n- Cell: unit ![x](gone.png)\n",
		"n/tab\there.md":        "# Chem\n\n- Atom: small\n",
		"n/exam\u202edm.gpj.md": "# Exam\n\n- Gene: unit ![y](gone.png)\n",
		"n/sep\u2028x.md":       "# Sep\n\n- Atom: small ![z](gone.png)\n",
	})
	n := filepath.Join(dir, "n")
	for _, args := range [][]string{
		{"build", "-f", "csv", "--out", filepath.Join(dir, "o"), n},
		{"check", n},
		{"preview", n},
	} {
		r := runBin(t, args...)
		noTrace(t, r)
		out := r.stdout + r.stderr
		for _, want := range []string{`new\x0aline.md`, `tab\x09here.md`, `exam\u202edm.gpj.md`, `sep\u2028x.md`} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: the output lacks %q:\n%s", args[0], want, out)
			}
		}
		if strings.ContainsAny(out, "\u202e\u2028") {
			t.Errorf("%s: an override or a line separator printed as it is:\n%q", args[0], out)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "line.md") || strings.Contains(line, "\there.md") {
				t.Errorf("%s: a file name split or tabbed: %q", args[0], line)
			}
		}
	}
}

// TestRobustLongLineSheet: a note of one 5 MB line (a log or a minified
// file pasted in) builds a cheat sheet of a page or two, the line cut with a
// warning at its line, where the sheet printed it whole, 440 pages: 50 MB
// took minutes and gigabytes.
func TestRobustLongLineSheet(t *testing.T) {
	dir, o := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{"log.md": "# Log\n\n- Osmosis: water moves\n\n```\n" + strings.Repeat("GET /index.html 200 ", 250000) + "\n```\n"})
	r := runBin(t, "build", "--out", o, filepath.Join(dir, "log.md"))
	noTrace(t, r)
	if r.code != 0 {
		t.Fatalf("exit code %d: %s", r.code, r.stderr)
	}
	if want := "log.md:6: warning: cheat sheet: a line of code is 5000 KB: cut to its first 20 KB, ending in …"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
	}
	checkOutputs(t, o, "log")
	sheet, err := os.ReadFile(filepath.Join(o, "log.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(sheet, []byte("/Type /Page\n")); n == 0 || n > 3 {
		t.Errorf("the sheet has %d pages", n)
	}
}
