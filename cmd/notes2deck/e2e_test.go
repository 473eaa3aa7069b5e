package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The end-to-end tests run the built binary, as a student would, and check
// its outputs with the shared validator and scorer.

var binPath string

// binary builds cmd/notes2deck once per test run.
func binary(t *testing.T) string {
	t.Helper()
	if binPath != "" {
		return binPath
	}
	dir, err := os.MkdirTemp("", "notes2deck-bin-*")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "notes2deck")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	binPath = bin
	return bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// shared returns ../shared beside the checkout, or skips the test.
func shared(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../../shared")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "tools", "apkg_check.py")); err != nil {
		t.Skipf("skipping: %s is absent (the shared checks live beside the checkout)", dir)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("skipping: python3 is not installed")
	}
	return dir
}

func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("skipping: %s is not installed (apt-get install poppler-utils)", name)
	}
}

type result struct {
	code           int
	stdout, stderr string
}

// runBin runs the binary with a fixed SOURCE_DATE_EPOCH.
func runBin(t *testing.T, args ...string) result {
	t.Helper()
	return runBinAt(t, 1700000000, args...)
}

// runBinAt runs the binary with SOURCE_DATE_EPOCH set to epoch.
func runBinAt(t *testing.T, epoch int64, args ...string) result {
	t.Helper()
	return runBinEnv(t, []string{fmt.Sprintf("SOURCE_DATE_EPOCH=%d", epoch)}, args...)
}

// runBinEnv runs the binary in the test's environment without
// SOURCE_DATE_EPOCH, plus env.
func runBinEnv(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SOURCE_DATE_EPOCH=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(append(cmd.Env, env...), "NO_COLOR=1")
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	return exitResult(t, cmd.Run(), &so, &se)
}

// exitResult returns the result of a run of the binary that ended with
// err, its output in so and se; an error other than an exit code fails t.
func exitResult(t *testing.T, err error, so, se *bytes.Buffer) result {
	t.Helper()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, so.String(), se.String()}
}

func buildNotes(t *testing.T, out string) {
	t.Helper()
	r := runBin(t, "build", "--out", out, "../../notes")
	if r.code != 0 {
		t.Fatalf("build exited %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
}

func TestEndToEndSampleNote(t *testing.T) {
	sh := shared(t)
	out := t.TempDir()
	buildNotes(t, out)
	apkg, csvPath, pdfPath := filepath.Join(out, "notes.apkg"), filepath.Join(out, "notes.csv"), filepath.Join(out, "notes.pdf")

	t.Run("apkg passes the validator", func(t *testing.T) {
		if b, err := exec.Command("python3", filepath.Join(sh, "tools/apkg_check.py"), "--strict", apkg).CombinedOutput(); err != nil {
			t.Fatalf("apkg_check --strict: %v\n%s", err, b)
		}
		b, err := exec.Command("python3", filepath.Join(sh, "tools/apkg_check.py"), "--json", apkg).Output()
		if err != nil {
			t.Fatalf("apkg_check --json: %v", err)
		}
		var sum struct {
			Decks []any `json:"decks"`
		}
		if err := json.Unmarshal(b, &sum); err != nil {
			t.Fatalf("apkg_check --json output: %v", err)
		}
		if !strings.Contains(fmt.Sprint(sum.Decks), "Security & Compliance") {
			t.Errorf("decks %v lack %q", sum.Decks, "Security & Compliance")
		}
	})

	t.Run("csv scores against the gold cards", func(t *testing.T) {
		gold := filepath.Join(sh, "gold/security-compliance.gold.json")
		b, err := exec.Command("python3", filepath.Join(sh, "tools/score_cards.py"), gold, csvPath,
			"--min-recall", "0.90", "--max-forbidden", "0").CombinedOutput()
		if err != nil {
			t.Fatalf("score_cards: %v\n%s", err, b)
		}
		t.Logf("score_cards:\n%s", b)
	})

	t.Run("pdf fits two pages and holds the text", func(t *testing.T) {
		needTool(t, "pdfinfo")
		info, err := exec.Command("pdfinfo", pdfPath).Output()
		if err != nil {
			t.Fatalf("pdfinfo: %v", err)
		}
		pages := 0
		for _, line := range strings.Split(string(info), "\n") {
			if f := strings.Fields(line); len(f) == 2 && f[0] == "Pages:" {
				pages, _ = strconv.Atoi(f[1])
			}
		}
		if pages < 1 || pages > 2 {
			t.Errorf("cheat sheet has %d pages, want 1 or 2", pages)
		}
		txt, err := exec.Command("pdftotext", pdfPath, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		flat := strings.Join(strings.Fields(string(txt)), " ")
		for _, want := range []string{
			"Security & Compliance", "Encrypting application data", "AWS Network Firewall",
			"Amazon GuardDuty", "What does Amazon Inspector evaluate?", "Root user privileges",
			"CloudTrail Events Logs – unusual API calls", "“finding”", "create trail, …",
			"AWS KMS", "CloudHSM", "Artifact Reports", "Shared controls",
		} {
			if !strings.Contains(flat, want) {
				t.Errorf("pdftotext lacks %q", want)
			}
		}
	})
}

func TestEndToEndDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	buildNotes(t, a)
	buildNotes(t, b)
	for _, name := range []string{"notes.apkg", "notes.csv", "notes.pdf"} {
		x, err := os.ReadFile(filepath.Join(a, name))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, name))
		if err != nil {
			t.Fatal(err)
		}
		if len(x) == 0 {
			t.Errorf("%s is empty", name)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds of the same notes", name)
		}
	}
}

// checksums maps every file of dir to its SHA-256, and every folder to "folder".
func checksums(t *testing.T, dir string) map[string]string {
	t.Helper()
	sums := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			sums[e.Name()] = "folder"
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		sums[e.Name()] = fmt.Sprintf("%x", sha256.Sum256(b))
	}
	return sums
}

func TestEndToEndBadInputLeavesOutputs(t *testing.T) {
	out := t.TempDir()
	buildNotes(t, out)
	before := checksums(t, out)
	dir := t.TempDir()
	random := filepath.Join(dir, "random.md")
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(i*7919 + i/13)
	}
	if err := os.WriteFile(random, noise, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ arg, name string }{
		{filepath.Join(dir, "missing.md"), "missing.md"},
		{random, "random.md"},
	} {
		r := runBin(t, "build", "--out", out, tc.arg)
		if r.code == 0 {
			t.Errorf("build %s exited 0", tc.name)
		}
		lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
		if len(lines) != 1 || !strings.Contains(lines[0], tc.name) {
			t.Errorf("build %s: stderr %q, want one line naming the file", tc.name, r.stderr)
		}
		if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
			t.Errorf("build %s printed a stack trace", tc.name)
		}
		after := checksums(t, out)
		if fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("build %s changed the output folder:\nbefore %v\nafter  %v", tc.name, before, after)
		}
	}
}

// TestEndToEndCorpus builds every real note of ../shared/corpus on its own:
// no error, a package that passes the validator, and no junk card.
func TestEndToEndCorpus(t *testing.T) {
	sh := shared(t)
	files, err := filepath.Glob(filepath.Join(sh, "corpus", "*.md"))
	if err != nil || len(files) == 0 {
		t.Skipf("skipping: no corpus notes in %s", sh)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		if name == "SOURCES" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			out := t.TempDir()
			r := runBin(t, "build", "--out", out, "--format", "apkg,csv", f)
			if r.code != 0 {
				t.Fatalf("build exited %d: %s", r.code, r.stderr)
			}
			apkg := filepath.Join(out, name+".apkg")
			if b, err := exec.Command("python3", filepath.Join(sh, "tools/apkg_check.py"), "--strict", apkg).CombinedOutput(); err != nil {
				t.Errorf("apkg_check --strict: %v\n%s", err, b)
			}
			gold := filepath.Join(sh, "gold", name+".gold.json")
			if _, err := os.Stat(gold); err != nil {
				gold = filepath.Join(t.TempDir(), "empty.gold.json")
				if err := os.WriteFile(gold, []byte(`{"cards":[],"forbidden":[]}`), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := exec.Command("python3", filepath.Join(sh, "tools/score_cards.py"), gold,
				filepath.Join(out, name+".csv"), "--min-recall", "0.95", "--max-forbidden", "0").CombinedOutput()
			if err != nil {
				t.Errorf("score_cards (recall ≥ 0.95, no junk, no forbidden front): %v\n%s", err, b)
			}
		})
	}
}

// TestEndToEndReimport rebuilds edited notes as a student does over weeks and
// checks what Anki will see on re-import: an edited answer keeps its note's
// GUID with a newer mod, untouched notes keep GUID and mod, a new card is a
// new note, a deleted card comes back once tagged notes2deck::deleted, and
// rebuilding unchanged notes gives the same bytes.
func TestEndToEndReimport(t *testing.T) {
	notes, out := t.TempDir(), t.TempDir()
	note := filepath.Join(notes, "cells.md")
	write := func(body string) {
		t.Helper()
		if err := os.WriteFile(note, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	build := func(epoch int64) map[string]pkgNote {
		t.Helper()
		p := buildPackage(t, epoch, notes, out)
		byFront := map[string]pkgNote{}
		for _, n := range p.notes {
			byFront[strings.Split(n.flds, "\x1f")[0]] = n
		}
		return byFront
	}
	const t1, t2, t3 = 1700000000, 1700086400, 1700172800

	write("# Cells\n\n- Nucleus: holds the DNA\n- Ribosome: builds proteins\n- Vacuole: stores water\n")
	first := build(t1)
	if len(first) != 3 {
		t.Fatalf("first build: %d notes, want 3: %v", len(first), first)
	}

	write("# Cells\n\n- Lysosome: digests waste\n- Nucleus: holds the cell's DNA\n- Ribosome: builds proteins\n- Vacuole: stores water\n")
	second := build(t2)
	if n := second["Nucleus"]; n.guid != first["Nucleus"].guid || n.mod != t2 {
		t.Errorf("edited note: GUID %q mod %d, want GUID %q mod %d", n.guid, n.mod, first["Nucleus"].guid, t2)
	}
	for _, front := range []string{"Ribosome", "Vacuole"} {
		if n := second[front]; n.guid != first[front].guid || n.mod != first[front].mod {
			t.Errorf("untouched %s: GUID %q mod %d, want %q %d", front, n.guid, n.mod, first[front].guid, first[front].mod)
		}
	}
	if n, ok := second["Lysosome"]; !ok || n.mod != t2 {
		t.Errorf("new card: %+v (found %v), want a new note with mod %d", n, ok, t2)
	}

	write("# Cells\n\n- Lysosome: digests waste\n- Nucleus: holds the cell's DNA\n- Ribosome: builds proteins\n")
	third := build(t3)
	gone, ok := third["Vacuole"]
	if !ok || !strings.Contains(gone.tags, " notes2deck::deleted ") || gone.guid != first["Vacuole"].guid || gone.mod <= second["Vacuole"].mod {
		t.Errorf("deleted card: %+v (found %v), want it shipped once more, same GUID, tagged notes2deck::deleted, newer mod", gone, ok)
	}
	if n := third["Ribosome"]; n.mod != first["Ribosome"].mod {
		t.Errorf("untouched Ribosome changed mod to %d", n.mod)
	}

	fourth := build(t3)
	if _, ok := fourth["Vacuole"]; ok {
		t.Errorf("the deleted card is shipped a second time")
	}
	apkg := filepath.Join(out, filepath.Base(notes)+".apkg")
	before, err := os.ReadFile(apkg)
	if err != nil {
		t.Fatal(err)
	}
	build(t3)
	after, err := os.ReadFile(apkg)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("rebuilding unchanged notes changed the package")
	}
}

// TestEndToEndRestoredTwin: a note has two cards "item" under "# Finance"
// (twins, told apart by rank); a "## Costs" over the first gives it a new
// context, so the second keeps its GUID through the state file, not by
// computing it. Deleting the note ships its cards tagged
// notes2deck::deleted; restoring it (after one build or two, or a CSV
// built alone in between; the twins in either order) must give every card the GUID it had before, with a mod
// after the tagged copy: a new GUID would be imported beside the reviewed
// card, which keeps the tag.
func TestEndToEndRestoredTwin(t *testing.T) {
	for _, tc := range []struct {
		name   string
		first  string
		second string
		builds int  // while the note is gone
		csv    bool // and a CSV built alone then
	}{
		{"restored", "first answer", "second answer", 1, false},
		{"after two builds", "first answer", "second answer", 2, false},
		{"twins swapped", "second answer", "first answer", 1, false},
		{"CSV built while gone", "first answer", "second answer", 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, out := t.TempDir(), t.TempDir()
			notes := filepath.Join(root, "notes")
			writeFiles(t, notes, map[string]string{"n0.md": "# Other\n\n- Osmosis: water moving across a membrane\n"})
			note, kept := filepath.Join(notes, "n1.md"), filepath.Join(root, "n1.md")
			twins := "- item\n    - " + tc.first + "\n\n# Finance\n\n- item\n    - " + tc.second + "\n"
			writeFiles(t, notes, map[string]string{"n1.md": "# Finance\n\n" + twins})
			const t1, t2, t3, t4 = 1700000000, 1700086400, 1700172800, 1700259200
			buildPackage(t, t1, notes, out)
			writeFiles(t, notes, map[string]string{"n1.md": "# Finance\n\n## Costs\n\n" + twins})
			before := map[string]pkgNote{}
			for _, n := range buildPackage(t, t2, notes, out).notes {
				if f := strings.Split(n.flds, "\x1f"); f[3] == "n1.md" && !strings.Contains(n.tags, "deleted") {
					before[strings.Join(f[:3], "|")] = n
				}
			}
			if err := os.Rename(note, kept); err != nil {
				t.Fatal(err)
			}
			var shipped int64
			for k := range tc.builds {
				for _, n := range buildPackage(t, t3+int64(k), notes, out).notes {
					if strings.Contains(n.tags, " notes2deck::deleted ") {
						shipped = max(shipped, n.mod)
					}
				}
			}
			if tc.csv {
				if r := runBinAt(t, t3+9, "build", "-q", "--format", "csv", "--out", out, notes); r.code != 0 {
					t.Fatalf("CSV build exited %d: %s", r.code, r.stderr)
				}
			}
			if err := os.Rename(kept, note); err != nil {
				t.Fatal(err)
			}
			after := 0
			for _, n := range buildPackage(t, t4, notes, out).notes {
				f := strings.Split(n.flds, "\x1f")
				if f[3] != "n1.md" {
					continue
				}
				after++
				if b, ok := before[strings.Join(f[:3], "|")]; !ok || n.guid != b.guid || n.mod <= shipped || strings.Contains(n.tags, "deleted") {
					t.Errorf("restored card %q: GUID %q mod %d tags %q; want GUID %q, mod after %d, untagged", f[:3], n.guid, n.mod, n.tags, b.guid, shipped)
				}
			}
			if after != len(before) || shipped == 0 {
				t.Errorf("restored %d cards of %d; deleted copies shipped at %d", after, len(before), shipped)
			}
		})
	}
}

// TestEndToEndForeignState: two folders of one name ("bio/notes",
// "chem/notes") built into one --out make one notes.apkg. The second build
// must not ship the first's cards tagged notes2deck::deleted (the README says
// to delete those), but warn; from then on, deletions work as before. A
// build of no cards at all warns in the same way.
func TestEndToEndForeignState(t *testing.T) {
	root, out := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{
		"bio/notes/b.md":  "# Bio\n\n- Nucleus: holds DNA\n",
		"chem/notes/c.md": "# Chem\n\n- Atom: small\n- Ion: charged\n",
	})
	bio, chem := filepath.Join(root, "bio", "notes"), filepath.Join(root, "chem", "notes")
	buildPackage(t, 1700000000, bio, out)
	r := runBinAt(t, 1700000100, "build", "--format", "apkg", "--out", out, chem)
	if r.code != 0 {
		t.Fatalf("second build exited %d: %s", r.code, r.stderr)
	}
	want := filepath.Join(out, "notes.apkg") + ": warning: was last built from other notes (none of its 1 note is in this build)"
	if !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "--out") {
		t.Errorf("stderr %q, want a warning %q suggesting another --out", r.stderr, want)
	}
	p, err := readPackage([]byte(readFile(t, filepath.Join(out, "notes.apkg"))), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range p.notes {
		if strings.Contains(n.flds, "Nucleus") || strings.Contains(n.tags, "notes2deck::deleted") {
			t.Errorf("the other folder's note is shipped: %q tags %q", n.flds, n.tags)
		}
	}
	writeFiles(t, root, map[string]string{"chem/notes/c.md": "# Chem\n\n- Atom: small\n"})
	r = runBinAt(t, 1700000200, "build", "--format", "apkg", "--out", out, chem)
	if r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Fatalf("third build exited %d: %s", r.code, r.stderr)
	}
	p, err = readPackage([]byte(readFile(t, filepath.Join(out, "notes.apkg"))), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	deleted := 0
	for _, n := range p.notes {
		if strings.Contains(n.tags, " notes2deck::deleted ") {
			deleted++
			if !strings.HasPrefix(n.flds, "Ion\x1f") {
				t.Errorf("deleted note %q, want Ion", n.flds)
			}
		}
	}
	if deleted != 1 {
		t.Errorf("%d notes tagged deleted after removing one card, want 1", deleted)
	}

	// Its only card reworded, front and answer (a front alone reworded
	// keeps its GUID, see exporters.KeepRenamedGUIDs): no GUID is shared,
	// but the deck is, so the old card is this build's deleted card, not
	// another folder's.
	writeFiles(t, root, map[string]string{"chem/notes/c.md": "# Chem\n\n- Atom (chemistry): very small\n"})
	r = runBinAt(t, 1700000250, "build", "--format", "apkg", "--out", out, chem)
	if r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Fatalf("reworded build exited %d: %s", r.code, r.stderr)
	}
	p, err = readPackage([]byte(readFile(t, filepath.Join(out, "notes.apkg"))), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var tagged []string
	for _, n := range p.notes {
		if strings.Contains(n.tags, " notes2deck::deleted ") {
			tagged = append(tagged, strings.SplitN(n.flds, "\x1f", 2)[0])
		}
	}
	if !slices.Contains(tagged, "Atom") || slices.Contains(tagged, "Atom (chemistry)") {
		t.Errorf("reworded card: notes tagged deleted %q, want the old Atom and not the new one", tagged)
	}

	// A note emptied (a sync tool, a truncated file) does not have every
	// card tagged deleted either.
	writeFiles(t, root, map[string]string{"chem/notes/c.md": "# Chem\n"})
	r = runBinAt(t, 1700000300, "build", "--format", "apkg", "--out", out, chem)
	want = filepath.Join(out, "notes.apkg") + ": warning: has no cards in this build; the cards of its previous build (1 note) are not tagged notes2deck::deleted"
	if r.code != 0 || !strings.Contains(r.stderr, want) {
		t.Errorf("emptied note: exit %d, stderr %q, want a warning %q", r.code, r.stderr, want)
	}
	p, err = readPackage([]byte(readFile(t, filepath.Join(out, "notes.apkg"))), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if len(p.notes) != 0 {
		t.Errorf("emptied note: %d notes shipped, want none", len(p.notes))
	}
}

// TestEndToEndFolderNote: a folder and the note inside it that bears its
// name (Obsidian's folder note "biology/biology.md") make one package name.
// Building the note after the folder must not tag the folder's other cards
// notes2deck::deleted, even though the note's own card is in both builds,
// and must say so naming the package; the state says what the package was
// built from, so this holds after the notes folder moves too.
func TestEndToEndFolderNote(t *testing.T) {
	root, out := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{
		"biology/biology.md":     "# Biology\n\nBiology: the study of life\n",
		"biology/cells/cells.md": "# Cells\n\nOsmosis: water crossing a membrane\nMitosis: cell division\n",
	})
	folder := filepath.Join(root, "biology")
	pkg := filepath.Join(out, "biology.apkg")
	buildPackage(t, 1700000000, folder, out)
	moved := filepath.Join(root, "moved", "biology")
	if err := os.MkdirAll(filepath.Dir(moved), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(folder, moved); err != nil {
		t.Fatal(err)
	}
	r := runBinAt(t, 1700000100, "build", "--format", "apkg", "--out", out, filepath.Join(moved, "biology.md"))
	if r.code != 0 {
		t.Fatalf("build of the folder note exited %d: %s", r.code, r.stderr)
	}
	want := pkg + ": warning: was last built from the folder biology (3 notes), this build is from the file biology.md: " +
		"the cards of the previous build are not tagged notes2deck::deleted"
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q, want a warning %q", r.stderr, want)
	}
	p, err := readPackage([]byte(readFile(t, pkg)), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if len(p.notes) != 1 {
		t.Errorf("%d notes, want the folder note's 1", len(p.notes))
	}
	for _, n := range p.notes {
		if strings.Contains(n.tags, "notes2deck::deleted") {
			t.Errorf("note %q tagged %q", n.flds, n.tags)
		}
	}
	r = runBinAt(t, 1700000200, "build", "--format", "apkg", "--out", out, moved)
	want = pkg + ": warning: was last built from the file biology.md (1 note), this build is from the folder biology"
	if r.code != 0 || !strings.Contains(r.stderr, want) {
		t.Errorf("folder again: exit %d, stderr %q, want a warning %q", r.code, r.stderr, want)
	}
	r = runBinAt(t, 1700000300, "build", "--format", "apkg", "--out", out, moved)
	if r.code != 0 || strings.Contains(r.stderr, "warning") {
		t.Errorf("same folder twice: exit %d, stderr %q, want no warning", r.code, r.stderr)
	}
}

// TestEndToEndImage packs an image a note shows, under a name taken from its
// content, and refuses one outside the notes folder with file:line.
func TestEndToEndImage(t *testing.T) {
	notes, out := t.TempDir(), t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\n fake image bytes")
	writeFiles(t, notes, map[string]string{
		"img/cell.png": string(png),
		"cells.md":     "# Cells\n\n- Cell: the unit of life ![a cell](img/cell.png)\n",
	})
	p := buildPackage(t, 1700000000, notes, out)
	if len(p.media) != 1 {
		t.Fatalf("media map %v, want the one image", p.media)
	}
	var name string
	for _, n := range p.media {
		name = n
	}
	if !strings.HasSuffix(name, "-cell.png") || strings.Contains(name, "/") {
		t.Errorf("media name %q, want <hash>-cell.png", name)
	}
	found := false
	for _, n := range p.notes {
		found = found || strings.Contains(n.flds, `<img src="`+name+`"`)
	}
	if !found {
		t.Errorf("no card shows <img src=%q>", name)
	}

	writeFiles(t, filepath.Dir(notes), map[string]string{"secret.png": string(png)})
	writeFiles(t, notes, map[string]string{"cells.md": "# Cells\n\n- Cell: see ![x](../secret.png)\n"})
	before := checksums(t, out)
	r := runBin(t, "build", "--format", "apkg", "--out", out, notes)
	if r.code != 1 || !strings.Contains(r.stderr, "cells.md:3:") || !strings.Contains(r.stderr, "outside") {
		t.Errorf("../ image: exit %d, stderr %q; want exit 1 naming cells.md:3", r.code, r.stderr)
	}
	if fmt.Sprint(checksums(t, out)) != fmt.Sprint(before) {
		t.Errorf("the refused build changed the output folder")
	}
}

// TestEndToEndImageEdited: an image edited in place (same file name, new
// bytes) reaches Anki. Anki's import copies a package's file only when a note
// it adds or updates uses it, and one whose name it has with other bytes it
// renames (rslib apkg/import/media.rs, prepare_media), so the new picture must
// come under a new name, in a note dated later under the same GUID; the note
// that shows no image keeps its date.
func TestEndToEndImageEdited(t *testing.T) {
	notes, out := t.TempDir(), t.TempDir()
	writeFiles(t, notes, map[string]string{
		"cell.png": "\x89PNG\r\n\x1a\n first picture",
		"cells.md": "# Cells\n\n- Membrane: the outer layer ![](cell.png)\n- Nucleus: holds the DNA\n",
	})
	before := buildPackage(t, 1700000000, notes, out)
	writeFiles(t, notes, map[string]string{"cell.png": "\x89PNG\r\n\x1a\n second picture"})
	after := buildPackage(t, 1700000300, notes, out)
	if len(before.media) != 1 || len(after.media) != 1 || fmt.Sprint(before.media) == fmt.Sprint(after.media) {
		t.Fatalf("media %v, then %v: want one file, renamed", before.media, after.media)
	}
	byGUID := map[string]pkgNote{}
	for _, n := range before.notes {
		byGUID[n.guid] = n
	}
	for _, n := range after.notes {
		old, ok := byGUID[n.guid]
		if !ok {
			t.Errorf("note %q has a new GUID", n.flds)
			continue
		}
		shows := strings.Contains(n.flds, "<img")
		if shows != (n.flds != old.flds) || shows != (n.mod > old.mod) {
			t.Errorf("note %q (mod %d, was %d): its fields and date change only when it shows the image", n.flds, n.mod, old.mod)
		}
		for _, name := range after.media {
			if shows && !strings.Contains(n.flds, `src="`+name+`"`) {
				t.Errorf("note %q does not show the new file %s", n.flds, name)
			}
		}
	}
}

// buildPackage builds the notes folder into an .apkg in out at epoch and
// reads the package back, checking its invariants.
func buildPackage(t *testing.T, epoch int64, notes, out string) *readPkg {
	t.Helper()
	if r := runBinAt(t, epoch, "build", "-q", "--format", "apkg", "--out", out, notes); r.code != 0 {
		t.Fatalf("build exited %d: %s", r.code, r.stderr)
	}
	return openPackage(t, filepath.Join(out, filepath.Base(notes)+".apkg"))
}

// openPackage reads the .apkg at path back, checking its invariants.
func openPackage(t *testing.T, path string) *readPkg {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := readPackage(data, t.TempDir())
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return p
}

// TestEpochEdges: SOURCE_DATE_EPOCH=0 is honoured, not read as "no time"
// (the clock), and gives a package apkg_check accepts; a time in the
// future is refused as a usage error.
func TestEpochEdges(t *testing.T) {
	sh := shared(t)
	a, b := t.TempDir(), t.TempDir()
	for _, out := range []string{a, b} {
		if r := runBinAt(t, 0, "build", "-q", "--format", "apkg", "--out", out, "../../notes"); r.code != 0 {
			t.Fatalf("build at 0 exited %d: %s", r.code, r.stderr)
		}
		time.Sleep(1100 * time.Millisecond) // the clock must not show in the bytes
	}
	if fmt.Sprint(checksums(t, a)) != fmt.Sprint(checksums(t, b)) {
		t.Errorf("two builds at SOURCE_DATE_EPOCH=0 differ")
	}
	if out, err := exec.Command("python3", filepath.Join(sh, "tools/apkg_check.py"), "--strict", filepath.Join(a, "notes.apkg")).CombinedOutput(); err != nil {
		t.Errorf("apkg_check --strict: %v\n%s", err, out)
	}
	r := runBinAt(t, time.Now().Unix()+10*86400, "build", "-q", "--out", t.TempDir(), "../../notes")
	if r.code != 2 || !strings.Contains(r.stderr, "is in the future") {
		t.Errorf("future epoch: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestEndToEndNoteTimes: without SOURCE_DATE_EPOCH, a note modified in the
// future or before 1970 gives a package that apkg_check --strict accepts,
// dated now or 1970, with a warning naming the note; a note modified at 0
// (Nix, reproducible archives) gives the same bytes on every build.
func TestEndToEndNoteTimes(t *testing.T) {
	sh := shared(t)
	for _, tc := range []struct {
		name string
		at   time.Time
		warn string
	}{
		{"future", time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), "cells.md: warning: modified in the future (2100-01-01 00:00:00 UTC)"},
		{"before 1970", time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC), "cells.md: warning: modified before 1970 (1960-01-01 00:00:00 UTC)"},
		{"zero", time.Unix(0, 0), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			notes := filepath.Join(t.TempDir(), "notes")
			writeFiles(t, notes, map[string]string{"cells.md": "# Cells\n\n- Nucleus: holds the DNA\n- Golgi: packs proteins\n"})
			if err := os.Chtimes(filepath.Join(notes, "cells.md"), tc.at, tc.at); err != nil {
				t.Fatal(err)
			}
			var sums []string
			for range 2 {
				out := t.TempDir()
				r := runBinEnv(t, nil, "build", "-f", "apkg", "--out", out, notes)
				if r.code != 0 || !strings.Contains(r.stderr, tc.warn) || tc.warn == "" && r.stderr != "" {
					t.Fatalf("exit %d, stderr %q; want 0 and %q", r.code, r.stderr, tc.warn)
				}
				pkg := filepath.Join(out, "notes.apkg")
				if b, err := exec.Command("python3", filepath.Join(sh, "tools/apkg_check.py"), "--strict", pkg).CombinedOutput(); err != nil {
					t.Errorf("apkg_check --strict: %v\n%s", err, b)
				}
				sums = append(sums, checksums(t, out)["notes.apkg"])
				if tc.warn == "" {
					time.Sleep(1100 * time.Millisecond) // the clock must not show in the bytes
				}
			}
			if tc.warn == "" && sums[0] != sums[1] {
				t.Errorf("two builds of a note modified at %v differ", tc.at)
			}
		})
	}
}

// TestEndToEndUmask: the outputs take the mode the umask gives new files,
// 0600 under "umask 077" (they were 0644 whatever the umask), as the out
// folder already did.
func TestEndToEndUmask(t *testing.T) {
	notes := t.TempDir()
	if err := os.WriteFile(filepath.Join(notes, "cells.md"), []byte("# Cells\n\n- Osmosis: water crosses a membrane\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	cmd := exec.Command("sh", "-c", `umask 077 && exec "$0" build -q --out "$1" "$2"`, binary(t), out, notes)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, b)
	}
	files, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	outputs := 0
	for _, f := range files {
		fi, err := f.Info()
		if err != nil {
			t.Fatal(err)
		}
		if ext := filepath.Ext(f.Name()); ext == ".apkg" || ext == ".csv" || ext == ".pdf" {
			outputs++
		}
		if m := fi.Mode().Perm(); m != 0o600 {
			t.Errorf("%s: mode %v under umask 077, want -rw-------", f.Name(), m)
		}
	}
	if outputs != 3 {
		t.Errorf("%d outputs in %v, want an .apkg, a .csv and a .pdf", outputs, files)
	}
}
