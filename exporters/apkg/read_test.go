package apkg

import (
	"archive/zip"
	"database/sql"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/exportertest"
)

// readNote is one note ReadNotes gave.
type readNote struct {
	guid, deck, kind string
	fields           []string
}

// readNotes writes out as a package file and reads its notes back.
func readNotes(t *testing.T, out []byte) ([]readNote, error) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.apkg")
	if err := os.WriteFile(path, out, 0o600); err != nil {
		t.Fatal(err)
	}
	var got []readNote
	err := ReadNotes(path, dir, func(guid, deck, kind string, fields []string) {
		got = append(got, readNote{guid, deck, kind, fields})
	})
	left, _ := filepath.Glob(filepath.Join(dir, ".notes2deck-*"))
	if len(left) > 0 {
		t.Errorf("work files left: %v", left)
	}
	return got, err
}

// TestReadNotes reads back the notes of a package as Export wrote them,
// those shipped tagged deleted left out, as the CSV holds them.
func TestReadNotes(t *testing.T) {
	decks := exportertest.Decks()
	st := &State{}
	export(t, Exporter{Time: testTime, State: st}, decks)
	gone := decks[0].Cards[0]
	decks[0].Cards = decks[0].Cards[1:]
	got, err := readNotes(t, export(t, Exporter{Time: testTime + 10, State: st}, decks))
	if err != nil {
		t.Fatal(err)
	}
	ids := exporters.NewCardIDs(decks)
	var want []readNote
	notes, done := exporters.SharedNotes(decks)
	defer done()
	for i, d := range decks {
		for j, c := range d.Cards {
			want = append(want, readNote{ids.GUIDs[i][j], exporters.DeckName(d.Name), c.Kind.String(), notes[i][j].Fields})
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %d notes, want %d (the deleted %q left out)", len(got), len(want), gone.Front)
	}
	for i := range want {
		if got[i].guid != want[i].guid || got[i].deck != want[i].deck || got[i].kind != want[i].kind || !slices.Equal(got[i].fields, want[i].fields) {
			t.Errorf("note %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestReadNotesNotOurs refuses a package that holds a note of another note
// type (Anki's own export of a deck the student added to) and one with no
// collection, and reports a damaged one, never panicking.
func TestReadNotesNotOurs(t *testing.T) {
	out := export(t, Exporter{Time: testTime}, exportertest.Decks())
	foreign := rewrite(t, out, "UPDATE notes SET mid = 1 WHERE id = (SELECT min(id) FROM notes)")
	if _, err := readNotes(t, foreign); !errors.Is(err, ErrNotOurs) {
		t.Errorf("a note of another note type: got %v, want ErrNotOurs", err)
	}
	fields := rewrite(t, out, "UPDATE notes SET flds = 'a' WHERE id = (SELECT min(id) FROM notes)")
	if _, err := readNotes(t, fields); !errors.Is(err, ErrNotOurs) {
		t.Errorf("a note of one field: got %v, want ErrNotOurs", err)
	}
	var empty strings.Builder
	zw := zip.NewWriter(&empty)
	if _, err := zw.Create("collection.anki21"); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	if _, err := readNotes(t, []byte(empty.String())); !errors.Is(err, ErrNotOurs) {
		t.Errorf("no collection.anki2: got %v, want ErrNotOurs", err)
	}
	for _, bad := range [][]byte{nil, []byte("not a zip"), out[:len(out)/2]} {
		if _, err := readNotes(t, bad); err == nil || errors.Is(err, ErrNotOurs) {
			t.Errorf("%d bytes of a package: got %v, want an error", len(bad), err)
		}
	}
}

// rewrite returns the package out with its collection changed by the SQL
// statement q.
func rewrite(t *testing.T, out []byte, q string) []byte {
	t.Helper()
	p := open(t, out)
	db := filepath.Join(t.TempDir(), "collection.anki2")
	if err := os.WriteFile(db, readEntry(t, p.zip, "collection.anki2"), 0o600); err != nil {
		t.Fatal(err)
	}
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(q); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	var b strings.Builder
	zw := zip.NewWriter(&b)
	w, err := zw.Create("collection.anki2")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(data)
	zw.Close()
	return []byte(b.String())
}

// readEntry returns the content of the entry name of zr.
func readEntry(t *testing.T, zr *zip.Reader, name string) []byte {
	t.Helper()
	f, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
