package apkg

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/exportertest"
	"github.com/notes2deck/notes2deck/extract"
)

// noteRow is a notes row as the state tests see it.
type noteRow struct {
	mod  int64
	tags string
	flds string
}

// notesByGUID reads the notes of a package.
func notesByGUID(t *testing.T, out []byte) map[string]noteRow {
	t.Helper()
	p := open(t, out)
	rows, err := p.db.Query("SELECT guid, mod, tags, flds FROM notes")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	m := map[string]noteRow{}
	for rows.Next() {
		var g string
		var r noteRow
		if err := rows.Scan(&g, &r.mod, &r.tags, &r.flds); err != nil {
			t.Fatal(err)
		}
		m[g] = r
	}
	return m
}

// roundTrip saves and reloads st as cmd does between builds.
func roundTrip(t *testing.T, f *StateFile) *StateFile {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Save(&buf); err != nil {
		t.Fatal(err)
	}
	g, err := LoadStateFile(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestStateModsAndDeletes(t *testing.T) {
	const t1, t2, t3, t4 = testTime, testTime + 100, testTime + 200, testTime + 300
	sf, err := LoadStateFile(strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	decks := exportertest.Decks()
	first := notesByGUID(t, export(t, Exporter{Time: t1, State: sf.Package("x.apkg")}, decks))
	guids := exporters.GUIDs(decks[0])

	// Edit one back, add one card.
	sf = roundTrip(t, sf)
	decks[0].Cards[0].Back = "The mitochondrion (edited)"
	added := extract.Card{Front: "New question", Back: "New answer", Kind: extract.Basic}
	decks[0].Cards = append(decks[0].Cards, added)
	out2 := export(t, Exporter{Time: t2, State: sf.Package("x.apkg")}, decks)
	second := notesByGUID(t, out2)
	if got := second[guids[0]].mod; got != t2 {
		t.Errorf("edited note: mod %d, want %d", got, t2)
	}
	for _, g := range guids[1:] {
		if second[g].mod != first[g].mod {
			t.Errorf("unchanged note %s: mod %d → %d", g, first[g].mod, second[g].mod)
		}
	}
	newGUID := exporters.GUIDs(decks[0])[len(decks[0].Cards)-1]
	if r, ok := second[newGUID]; !ok || r.mod != t2 {
		t.Errorf("added note %s: %+v (present %v), want mod %d", newGUID, r, ok, t2)
	}
	if len(second) != len(first)+1 {
		t.Errorf("%d notes after adding one to %d", len(second), len(first))
	}
	validate(t, out2)

	// Unchanged rebuild with the same time: the same bytes.
	sf = roundTrip(t, sf)
	saved := roundTrip(t, sf)
	again := export(t, Exporter{Time: t2, State: sf.Package("x.apkg")}, decks)
	if !bytes.Equal(again, out2) {
		t.Errorf("an unchanged rebuild changed the package")
	}

	// Delete a card: shipped once more, tagged, with a newer mod.
	sf = saved
	// The picture card goes, and its picture with it.
	gone := guids[5]
	decks[0].Cards = slices.Delete(decks[0].Cards, 5, 6)
	decks[0].Media = nil
	out3 := export(t, Exporter{Time: t2, State: sf.Package("x.apkg")}, decks) // same epoch: mod must still grow
	third := notesByGUID(t, out3)
	r, ok := third[gone]
	if !ok {
		t.Fatalf("deleted note %s not shipped", gone)
	}
	wantFlds := strings.Replace(second[gone].flds, `<img src="`+exportertest.MediaName+`">`, "["+exportertest.MediaName+"]", 1)
	if !strings.Contains(r.tags, " "+DeletedTag+" ") || r.mod <= second[gone].mod || r.flds != wantFlds {
		t.Errorf("deleted note: %+v, want tag %s, mod > %d, fields %q", r, DeletedTag, second[gone].mod, wantFlds)
	}
	if third[guids[0]].mod != t2 {
		t.Errorf("an untouched note changed mod to %d", third[guids[0]].mod)
	}
	validate(t, out3)

	// Next build: the deleted note is forgotten.
	sf = roundTrip(t, sf)
	fourth := notesByGUID(t, export(t, Exporter{Time: t3, State: sf.Package("x.apkg")}, decks))
	if _, ok := fourth[gone]; ok {
		t.Errorf("deleted note shipped twice")
	}
	if len(fourth) != len(third)-1 {
		t.Errorf("%d notes, want %d", len(fourth), len(third)-1)
	}

	// Another package's state is separate.
	other := notesByGUID(t, export(t, Exporter{Time: t4, State: sf.Package("y.apkg")}, decks))
	for g, r := range other {
		if r.mod != t4 || strings.Contains(r.tags, DeletedTag) {
			t.Errorf("fresh package y: note %s %+v", g, r)
		}
	}
}

// TestStatePlanned: Planned is called once, when State already holds the
// build's notes and before the package is written, so that the caller can
// save the state meanwhile; an export that then fails still says so.
func TestStatePlanned(t *testing.T) {
	for _, tempDir := range []string{"", "/nonexistent/dir"} {
		st := &State{}
		var out bytes.Buffer
		calls, notes, written := 0, 0, 0
		e := Exporter{Time: testTime, TempDir: tempDir, State: st, Planned: func() {
			calls++
			notes, written = len(st.Notes), out.Len()
		}}
		err := e.Export(&out, exportertest.Decks())
		if (err != nil) != (tempDir != "") {
			t.Errorf("TempDir %q: error %v", tempDir, err)
		}
		if calls != 1 || notes == 0 || written != 0 {
			t.Errorf("TempDir %q: Planned called %d times, with %d notes in State and %d bytes written; want once, with the notes, before writing", tempDir, calls, notes, written)
		}
	}
}

func TestLoadStateFileRejectsNewer(t *testing.T) {
	if _, err := LoadStateFile(strings.NewReader(`{"version": 99}`)); err == nil {
		t.Error("a state file from a newer version loaded")
	}
	if _, err := LoadStateFile(strings.NewReader(`{`)); err == nil {
		t.Error("a truncated state file loaded")
	}
}

func TestDeletedNoteKeepsItsMedia(t *testing.T) {
	img := filepath.Join(t.TempDir(), "cell.png")
	if err := os.WriteFile(img, exportertest.PNG, 0o644); err != nil {
		t.Fatal(err)
	}
	decks := exportertest.Decks()
	decks[0].Media[0].Path, decks[0].Media[0].Data = img, nil
	st := &State{}
	first := notesByGUID(t, export(t, Exporter{Time: testTime, State: st}, decks))
	gone := exporters.GUIDs(decks[0])[5]

	decks[0].Cards = slices.Delete(decks[0].Cards, 5, 6)
	decks[0].Media = nil
	out := export(t, Exporter{Time: testTime, State: st}, decks)
	if got := notesByGUID(t, out)[gone]; got.flds != first[gone].flds {
		t.Errorf("deleted note's fields changed: %q, want %q", got.flds, first[gone].flds)
	}
	if p := open(t, out); p.media["0"] != exportertest.MediaName {
		t.Errorf("media map %v lacks the deleted note's picture", p.media)
	}
	validate(t, out)
}

// TestRestoredNoteIsNewerThanItsDeletedCopy: a card that leaves the notes is
// shipped tagged DeletedTag with a later mod; when it comes back (an undone
// edit, a note restored from a backup with its old mtime, a fixed
// SOURCE_DATE_EPOCH), however many builds later, it must be later still, or
// Anki's import skips it and the live card keeps the tag that the README
// tells the student to delete.
func TestRestoredNoteIsNewerThanItsDeletedCopy(t *testing.T) {
	sf, err := LoadStateFile(strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	decks := exportertest.Decks()
	all := slices.Clone(decks[0].Cards)
	gone := exporters.GUIDs(decks[0])[1]
	export(t, Exporter{Time: testTime, State: sf.Package("x.apkg")}, decks)

	decks[0].Cards = slices.Delete(slices.Clone(all), 1, 2)
	sf = roundTrip(t, sf)
	tagged := notesByGUID(t, export(t, Exporter{Time: testTime, State: sf.Package("x.apkg")}, decks))[gone]
	if !strings.Contains(tagged.tags, DeletedTag) {
		t.Fatalf("deleted note not shipped tagged: %+v", tagged)
	}
	sf = roundTrip(t, sf) // a build in between ships it no more
	if _, ok := notesByGUID(t, export(t, Exporter{Time: testTime, State: sf.Package("x.apkg")}, decks))[gone]; ok {
		t.Errorf("deleted note shipped twice")
	}

	decks[0].Cards = all
	sf = roundTrip(t, sf)
	back := notesByGUID(t, export(t, Exporter{Time: testTime, State: sf.Package("x.apkg")}, decks))[gone]
	if back.mod <= tagged.mod || strings.Contains(back.tags, DeletedTag) {
		t.Errorf("restored note: mod %d tags %q, want mod > %d (the tagged copy's) and no %s", back.mod, back.tags, tagged.mod, DeletedTag)
	}
}

// TestTrimKeepsThePackage: a state trimmed to the GUIDs of the build gives
// the same package and state file as the whole state, the deleted note
// shipped with its fields.
func TestTrimKeepsThePackage(t *testing.T) {
	decks := exportertest.Decks()
	sf, err := LoadStateFile(strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	export(t, Exporter{Time: testTime, State: sf.Package("x.apkg")}, decks)
	decks[0].Cards[0].Back = "The mitochondrion (edited)"
	decks[0].Cards = slices.Delete(decks[0].Cards, 1, 2)
	whole, trimmed := roundTrip(t, sf), roundTrip(t, sf)
	trimmed.Package("x.apkg").Trim(exporters.PackageGUIDs(decks))
	for g, n := range trimmed.Package("x.apkg").Notes {
		if whole.Package("x.apkg").Notes[g].Hash != n.Hash {
			t.Errorf("note %s: hash %q, want %q", g, n.Hash, whole.Package("x.apkg").Notes[g].Hash)
		}
	}
	want := export(t, Exporter{Time: testTime + 100, State: whole.Package("x.apkg")}, decks)
	got := export(t, Exporter{Time: testTime + 100, State: trimmed.Package("x.apkg")}, decks)
	if !bytes.Equal(got, want) {
		t.Errorf("the trimmed state changed the package")
	}
	var a, b bytes.Buffer
	if err := whole.Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trimmed.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("the trimmed state saved another state file")
	}
}
