package apkg

import (
	"archive/zip"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// ErrNotOurs is returned by ReadNotes for a package that Export did not
// write: it has no collection.anki2, or a note of a note type not ours.
var ErrNotOurs = errors.New("not a package notes2deck wrote")

// maxCollection is the largest collection ReadNotes unpacks: 100,000 cards
// make one of about 200 MB, so a larger one is no package of ours (or a zip
// that unpacks to far more than it holds).
const maxCollection = 2 << 30

// ReadNotes reads back the package at path that Export wrote and calls each
// with the GUID, deck name (see exporters.DeckName), kind (extract.Kind's
// String) and fields of each of its notes but those shipped tagged
// DeletedTag, as a CSV read back gives them (see csv.ReadNotes). The
// collection is unpacked into a temp file in tmpDir, removed before it
// returns. It returns ErrNotOurs, before each is called, for a package
// whose notes are not all of notes2deck's note types (by id) and fields,
// and another error for a file that is no package or a damaged one.
func ReadNotes(path, tmpDir string, each func(guid, deck, kind string, fields []string)) error {
	db, err := unpackCollection(path, tmpDir)
	if err != nil {
		return err
	}
	defer os.Remove(db)
	return readCollection(db, each)
}

// unpackCollection copies the collection of the package at path into a
// new temp file in tmpDir and returns the file's name.
func unpackCollection(path, tmpDir string) (name string, err error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return "", err
	}
	defer zr.Close()
	var entry *zip.File
	for _, f := range zr.File {
		if f.Name == "collection.anki2" {
			entry = f
		}
	}
	if entry == nil {
		return "", ErrNotOurs
	}
	r, err := entry.Open()
	if err != nil {
		return "", err
	}
	defer r.Close()
	f, err := os.CreateTemp(tmpDir, ".notes2deck-*.anki2")
	if err != nil {
		return "", err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.Name())
		}
	}()
	n, err := io.Copy(f, io.LimitReader(r, maxCollection+1))
	if err == nil && n > maxCollection {
		err = fmt.Errorf("collection larger than %d bytes", int64(maxCollection))
	}
	return f.Name(), err
}

// readCollection reads the notes of the schema-11 collection in the SQLite
// file at path for ReadNotes.
func readCollection(path string, each func(guid, deck, kind string, fields []string)) error {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	var models, decksJSON string
	if err := db.QueryRow("SELECT models, decks FROM col").Scan(&models, &decksJSON); err != nil {
		return err
	}
	var decks map[string]struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal([]byte(decksJSON), &decks); err != nil {
		return err
	}
	var types map[string]json.RawMessage
	if err := json.Unmarshal([]byte(models), &types); err != nil {
		return err
	}
	kinds := map[int64]extract.Kind{}
	for _, k := range []extract.Kind{extract.Basic, extract.Reversed, extract.Cloze} {
		if types[itoa(notetypeID(k))] != nil {
			kinds[notetypeID(k)] = k
		}
	}
	rows, err := db.Query("SELECT guid, mid, tags, flds, (SELECT did FROM cards WHERE nid = notes.id LIMIT 1) FROM notes ORDER BY id")
	if err != nil {
		return err
	}
	defer rows.Close()
	type row struct {
		guid, deck, kind string
		fields           []string
	}
	var read []row
	for rows.Next() {
		var guid, tags, flds string
		var mid int64
		var did sql.NullInt64
		if err := rows.Scan(&guid, &mid, &tags, &flds, &did); err != nil {
			return err
		}
		k, ok := kinds[mid]
		fields := strings.Split(flds, "\x1f")
		deck := decks[strconv.FormatInt(did.Int64, 10)].Name
		if !ok || guid == "" || len(fields) != len(exporters.FieldNames(k)) || deck == "" {
			return ErrNotOurs
		}
		if strings.Contains(" "+tags+" ", " "+DeletedTag+" ") {
			continue
		}
		read = append(read, row{guid, deck, k.String(), fields})
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range read {
		each(r.guid, r.deck, r.kind, r.fields)
	}
	return nil
}
