package apkg

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// Exporter writes .apkg files. The zero value works: it stamps notes with the
// current time and keeps no state.
type Exporter struct {
	// Time is the build time in Unix seconds (e.g. SOURCE_DATE_EPOCH). It
	// dates new and changed notes and derives note and card ids; 0 means now.
	Time int64
	// TempDir is where the collection is built before it is zipped; "" means
	// os.TempDir(). Use the output folder to keep the work on one disk.
	TempDir string
	// State, if not nil, is what the previous build of this package wrote.
	// Export reads it to keep unchanged notes' modification times and to ship
	// deleted notes once more (tagged DeletedTag), then replaces its notes
	// with those of this build, before it writes the package.
	State *State
	// Planned, if not nil, is called once State holds this build's notes,
	// while Export goes on to write the package: the caller may save State
	// from then on, and should keep the file only if Export succeeds.
	Planned func()
}

var _ exporters.Exporter = Exporter{}

// Export writes decks as one Anki package, one deck per extract.Deck.
func (e Exporter) Export(w io.Writer, decks []extract.Deck) error {
	now := e.Time
	if now == 0 {
		now = time.Now().Unix()
	}
	media := collectMedia(decks)
	p, next := makePlan(decks, media, e.State, now)
	if e.State != nil {
		e.State.Notes = next.Notes
	}
	if e.Planned != nil {
		e.Planned()
	}

	f, err := os.CreateTemp(e.TempDir, ".notes2deck-*.anki2")
	if err != nil {
		return fmt.Errorf("create collection: %w", err)
	}
	dbPath := f.Name()
	defer os.Remove(dbPath)
	if err := f.Close(); err != nil {
		return fmt.Errorf("create collection: %w", err)
	}
	if err := writeCollection(dbPath, p, now); err != nil {
		return osCause(dbPath, err)
	}
	return writeZip(w, dbPath, p.media, now)
}
