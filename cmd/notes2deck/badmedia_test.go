package main

import (
	"bytes"
	be "encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
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
		failsCleanly(t, r, 2, "notes2deck: --"+want, out, before)
	})
	t.Run("front matter", func(t *testing.T) {
		r := runBin(t, "build", "--out", out, filepath.Join(dir, "notes.md"))
		failsCleanly(t, r, 1, "notes.md:3: front matter: cheatsheet: "+want, out, before)
	})
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
			failsCleanly(t, r, 2, "notes2deck: --font "+font+": "+msg, out, before)
			writeFiles(t, dir, map[string]string{"notes.md": "---\ncheatsheet:\n  font: " + font + "\n---\n# N\n\n- One: 1\n"})
			r = runBinWithin(t, time.Minute, "build", "--out", out, filepath.Join(dir, "notes.md"))
			failsCleanly(t, r, 1, "notes.md:3: front matter: cheatsheet: font "+font+": "+msg, out, before)
		})
	}
}

// TestMediaNames: image files whose names Anki rejects or renames (a "\\"
// from a Windows zip, an extension ending in a space or a dot, "|<*", 200
// characters) are packed under names Anki keeps, with the extension of
// their content, and the cards' <img src> name them.
func TestMediaNames(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"
	files := map[string]string{`assets.v2\cell`: png + "1", "cell.png ": png + "2", "mito.": png + "3", "ribo.p|g": png + "4",
		"a<*>b.PNG": png + "5", strings.Repeat("long name ", 20) + ".png": png + "6", "icon.ico.": "\x00\x00\x01\x00\x01\x00"}
	note := "# Cells\n\n## Escaped\n![a](a%3C*%3Eb.PNG)\n"
	for name := range files {
		if !strings.Contains(name, "<") {
			note += "\n## " + strings.TrimSpace(name) + "\n<img src=\"" + name + "\">\n"
		}
	}
	dir, out := t.TempDir(), t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Skipf("skipping: this file system refuses %q: %v", name, err)
		}
	}
	writeFiles(t, dir, map[string]string{"cells.md": note})
	r := runBin(t, "build", "-q", "--out", out, "--format", "apkg,csv", filepath.Join(dir, "cells.md"))
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	p, _ := checkOutputs(t, out, "cells")
	var names []string
	kept := regexp.MustCompile(`^[0-9a-f]{12}-[a-z0-9-]+(\.[a-z0-9]{1,10})?$`)
	for _, name := range p.media {
		names = append(names, name)
		if !kept.MatchString(name) || len(name) > 120 {
			t.Errorf("media name %q: Anki would rename or refuse it", name)
		}
	}
	var got []string
	for _, n := range names {
		got = append(got, n[len("0123456789ab-"):])
	}
	slices.Sort(got)
	long := strings.TrimSuffix(strings.Repeat("long-name-", 11), "-")[:120-len("0123456789ab-.png")] + ".png"
	if want := []string{"a-b.png", "assets.png", "cell.png", "icon-ico", long, "mito.png", "ribo.png"}; !slices.Equal(got, want) {
		t.Errorf("media %q, want <hash>-%q", names, want)
	}
	srcs := regexp.MustCompile(`<img src="([^"]*)"`)
	for _, f := range p.fields() {
		for _, m := range srcs.FindAllStringSubmatch(strings.Join(f, " "), -1) {
			if !slices.Contains(names, m[1]) {
				t.Errorf("a card shows %q, which the package lacks", m[1])
			}
		}
	}
	if sh, err := filepath.Abs("../../../shared/tools/apkg_check.py"); err == nil {
		if _, err := os.Stat(sh); err == nil {
			if b, err := exec.Command("python3", sh, "--strict", filepath.Join(out, "cells.apkg")).CombinedOutput(); err != nil {
				t.Errorf("apkg_check --strict: %v\n%s", err, b)
			}
		}
	}
}

// TestImageEntitiesAndBackslashes: an image path with an HTML entity
// (looked up as written: the image, and a card whose answer it was, were
// lost) or with Windows backslashes (not found) is packed; a missing one
// warns with its line.
func TestImageEntitiesAndBackslashes(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n"
	dir, out := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{"Tom&Jerry.png": png + "1", "img/cell.png": png + "2", "n.md": `# Cartoons

## Who chases whom?
<img src="Tom&amp;Jerry.png">

## Who chases whom, in Markdown?
![Tom and Jerry](Tom&amp;Jerry.png)

## Cell
![cell](img\cell.png)

## Nucleus
![nucleus](img\nucleus.png)
`})
	r := runBin(t, "build", "--out", out, "--format", "apkg,csv", filepath.Join(dir, "n.md"))
	noTrace(t, r)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if want := "n.md:13: warning: image \"img\\nucleus.png\": file not found\n"; !strings.HasSuffix(r.stderr, want) || strings.Count(r.stderr, "warning") != 1 {
		t.Errorf("stderr %q, want one warning, %q", r.stderr, want)
	}
	p, _ := checkOutputs(t, out, "n")
	if len(p.media) != 2 {
		t.Errorf("media %v, want Tom&Jerry.png and cell.png", p.media)
	}
	var images int
	for _, f := range p.fields() {
		if strings.Contains(f[1], "<img src=") {
			images++
		}
	}
	if images != 3 {
		t.Errorf("%d cards show an image, want 3:\n%q", images, p.fields())
	}
}

// TestImageURLs: a data: image (a pasted screenshot) or a file:// one
// vanished without a word; each now warns with its line. A web image stays
// a link, without a warning.
func TestImageURLs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"n.md": `# D

## Pasted image
![screenshot](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==)

## HTML pasted
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">

## Local file URL
![x](file:///tmp/red.png)

## Web image
![web](https://example.com/cell.png)
`})
	for _, cmd := range []string{"build", "check"} {
		args := []string{cmd, filepath.Join(dir, "n.md")}
		if cmd == "build" {
			args = []string{cmd, "--out", t.TempDir(), "--format", "apkg,csv", filepath.Join(dir, "n.md")}
		}
		r := runBin(t, args...)
		if r.code != 0 {
			t.Fatalf("%s: exit %d: %s", cmd, r.code, r.stderr)
		}
		for _, w := range []string{
			`n.md:4: warning: image "data:image/png;base64,iVBORw0KGgoAAAANSU…" left out: data: URIs are not packed (save the image as a file beside the note)`,
			`n.md:7: warning: image "data:image/gif;base64,R0lGODlhAQABAAAAACw=" left out: data: URIs are not packed`,
			`n.md:10: warning: image "file:///tmp/red.png" left out: file: URLs are not packed (write the path from the note's folder)`,
		} {
			if !strings.Contains(r.stdout+r.stderr, w) {
				t.Errorf("%s: output lacks %q:\n%s%s", cmd, w, r.stdout, r.stderr)
			}
		}
		if strings.Contains(r.stderr, "example.com") {
			t.Errorf("%s warns about the web image: %s", cmd, r.stderr)
		}
	}
}

// TestRobustUnreadable: an image the student may not read (a file of
// mode 000, or in a folder that may not be searched) is left out with a
// warning naming the note's line, as a missing image is (before: the build
// stopped, "n.md:3: image "secret.png": open …: permission denied", and the
// whole deck was not written). A sub-folder of notes that may not be read
// (a root-owned lost+found on a USB stick) is skipped with a warning naming
// it, and the rest builds (before: the build stopped on it); the cards an
// earlier build made from notes inside it are held back as they were, not
// shipped tagged notes2deck::deleted, and keep their modification time once
// the folder may be read again. The build runs as an unprivileged user
// (root reads every file); it is skipped when it cannot.
func TestRobustUnreadable(t *testing.T) {
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		cred = &syscall.Credential{Uid: 65534, Gid: 65534}
	}
	dir, err := os.MkdirTemp("", "notes2deck-unreadable-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = exec.Command("chmod", "-R", "u+rwx", dir).Run()
		_ = os.RemoveAll(dir)
	})
	bin := copyBinary(t, dir)
	notes := filepath.Join(dir, "notes")
	writeFiles(t, notes, map[string]string{
		"n.md":            "# Bio\n\n- Cell: unit of life ![cell diagram](secret.png)\n- Mito: powerhouse ![organelle](locked/mito.png)\n- Atom: smallest unit\n",
		"secret.png":      "\x89PNG\r\n\x1a\n",
		"locked/mito.png": "\x89PNG\r\n\x1a\n",
		"locked/ions.md":  "# Chem\n\n- Ion: a charged atom\n",
	})
	for p, mode := range map[string]os.FileMode{dir: 0o777, notes: 0o777, filepath.Join(notes, "n.md"): 0o644,
		filepath.Join(notes, "secret.png"): 0o000, filepath.Join(notes, "locked"): 0o000} {
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) result {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1700000000", "NO_COLOR=1")
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		var so, se bytes.Buffer
		cmd.Stdout, cmd.Stderr = &so, &se
		err := cmd.Run()
		r := result{stdout: so.String(), stderr: se.String()}
		if ee, ok := err.(*exec.ExitError); ok {
			r.code = ee.ExitCode()
		} else if err != nil {
			t.Skipf("cannot run the build as another user: %v", err)
		}
		return r
	}
	if _, err := os.ReadFile(filepath.Join(notes, "secret.png")); err == nil && cred == nil {
		t.Skip("skipping: this user reads a file of mode 000")
	}
	r := run("build", "-f", "csv,apkg", "--out", "out", "notes/n.md")
	noTrace(t, r)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, w := range []string{
		`notes/n.md:3: warning: image "secret.png" left out: permission denied`,
		`notes/n.md:4: warning: image "locked/mito.png" left out: permission denied`,
	} {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
		}
	}
	csv, err := os.ReadFile(filepath.Join(dir, "out", "n.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"cell diagram", "organelle", "smallest unit"} {
		if !bytes.Contains(csv, []byte(want)) {
			t.Errorf("the CSV lacks %q:\n%s", want, csv)
		}
	}
	// A folder of mode r-- lists its notes but opens none: skipped as one
	// of mode 000 is (before: the build stopped on its first note,
	// "notes/locked/ions.md: permission denied"); so is one of mode --x,
	// which opens its notes but lists none.
	for _, mode := range []os.FileMode{0o444, 0o111, 0o000} {
		if err := os.Chmod(filepath.Join(notes, "locked"), mode); err != nil {
			t.Fatal(err)
		}
		r = run("build", "-f", "csv", "--out", "out2", "notes")
		noTrace(t, r)
		if want := "notes/locked: warning: a folder that may not be read (permission denied): skipped"; r.code != 0 || !strings.Contains(r.stderr, want) {
			t.Errorf("a folder of notes of mode %v: exit %d, want 0 and %q: %s", mode, r.code, want, r.stderr)
		}
	}
	// The notes folder itself of mode r--: one line naming it (before:
	// "notes/notes2deck.yaml: permission denied", of a file not there).
	if err := os.Chmod(notes, 0o444); err != nil {
		t.Fatal(err)
	}
	r = run("build", "-f", "csv", "--out", "out2", "notes")
	noTrace(t, r)
	if want := "notes2deck: notes: permission denied: you may not open this folder"; r.code != 1 || !strings.HasPrefix(r.stderr, want) {
		t.Errorf("a notes folder of mode r--: exit %d, want 1 and %q: %s", r.code, want, r.stderr)
	}
	if err := os.Chmod(notes, 0o777); err != nil {
		t.Fatal(err)
	}

	// Notes in lost+found, built while it could be read, then not, then again.
	writeFiles(t, notes, map[string]string{"lost+found/chem.md": "# Chem\n\n- Ion: a charged atom\n"})
	lost := filepath.Join(notes, "lost+found")
	build := func(mode os.FileMode, epoch string) *readPkg {
		t.Helper()
		for _, p := range []string{lost, filepath.Join(lost, "chem.md")} {
			if err := os.Chmod(p, mode); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(bin, "build", "-f", "apkg", "--out", "out3", "notes")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH="+epoch)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		var se bytes.Buffer
		cmd.Stderr = &se
		if err := cmd.Run(); err != nil {
			t.Fatalf("build: %v: %s", err, se.String())
		}
		if mode == 0o000 && !strings.Contains(se.String(), "notes/lost+found: warning: a folder that may not be read") {
			t.Errorf("no warning naming notes/lost+found: %s", se.String())
		}
		return openPackage(t, filepath.Join(dir, "out3", "notes.apkg"))
	}
	if err := os.Chmod(filepath.Join(notes, "n.md"), 0o000); err != nil {
		t.Fatal(err)
	}
	r = run("build", "-f", "csv", "--out", "out2", "notes")
	noTrace(t, r)
	if want := "notes2deck: notes/n.md: permission denied: you may not read this note"; r.code != 1 || !strings.Contains(r.stderr, "\n"+want) {
		t.Errorf("a note that may not be read: exit %d, want 1 and %q: %s", r.code, want, r.stderr)
	}
	if err := os.Chmod(filepath.Join(notes, "n.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	first := build(0o777, "1700000000")
	locked := build(0o000, "1700000100")
	for _, n := range locked.notes {
		if strings.Contains(n.flds, "charged atom") || strings.Contains(n.tags, "deleted") {
			t.Errorf("the card of the folder not read was shipped: %q %q", n.flds, n.tags)
		}
	}
	// watch watches the rest (before: "watch notes/lost+found: permission denied").
	watch := exec.Command(bin, "watch", "-f", "csv", "--out", "out4", "notes")
	watch.Dir = dir
	watch.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	var wout, werr syncBuffer
	watch.Stdout, watch.Stderr = &wout, &werr
	if err := watch.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, &wout, "watching notes")
	if err := watch.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := watch.Wait(); err != nil {
		t.Errorf("watch: %v: %s", err, werr.String())
	}
	again := build(0o777, "1700000200")
	if len(again.notes) != len(first.notes) {
		t.Fatalf("%d notes once the folder is read again, want %d", len(again.notes), len(first.notes))
	}
	for i, n := range again.notes {
		if n.guid != first.notes[i].guid || n.mod != first.notes[i].mod || n.tags != first.notes[i].tags {
			t.Errorf("note %q changed: %+v, was %+v", n.flds, n, first.notes[i])
		}
	}
}
