package apkg

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strings"
	"unsafe"

	"github.com/notes2deck/notes2deck/extract"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// setup configures the connection for one bulk load: no journal, no syncs,
// and a page cache of 2 MiB. Rows go in in rowid order and the indexes are
// built after the load, so a page written out of the cache is not needed
// again until then; a cache that holds the whole collection (hundreds of MiB
// for 100k cards) makes the file no faster to write and the same bytes, and
// one of 8 MiB, filled by every build of 10k items, only adds to its peak
// memory (~7 MiB, for no less CPU).
// Pages are 16 KiB: a note's row is a kilobyte or two, and a 4 KiB page
// holds two of them with a third of the page left empty (the collection of
// 10k synthetic items: 19.0 → 17.0 MB, StageSQLite −15 %).
const setup = "PRAGMA page_size=16384; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; " +
	"PRAGMA cache_size=-2048; PRAGMA temp_store=MEMORY"

// batchRows is how many rows one INSERT statement carries.
const batchRows = 50

// writeCollection writes p as a schema-11 collection into the SQLite file at
// path, which must be empty or absent.
func writeCollection(path string, p *plan, now int64) (err error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return fmt.Errorf("open collection: %w", err)
	}
	defer func() {
		if cerr := db.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("close collection: %w", cerr)
		}
	}()
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("open collection: %w", err)
	}
	defer conn.Close()
	exec := func(what, q string, args ...any) error {
		if _, err := conn.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	if err := exec("set up collection", setup); err != nil {
		return err
	}
	if err := exec("begin", "BEGIN"); err != nil {
		return err
	}
	if err := exec("create tables", schema11); err != nil {
		return err
	}
	if err := writeCol(ctx, conn, p, now); err != nil {
		return err
	}
	if err := conn.Raw(func(dc any) error { return writeRows(ctx, dc, p, now) }); err != nil {
		return err
	}
	if err := exec("create indexes", indexes11); err != nil {
		return err
	}
	return exec("commit", "COMMIT")
}

// writeCol writes the single col row: note types, decks, options.
func writeCol(ctx context.Context, conn *sql.Conn, p *plan, now int64) error {
	models := map[string]any{}
	for _, k := range []extract.Kind{extract.Basic, extract.Reversed, extract.Cloze} {
		models[itoa(notetypeID(k))] = notetypeJSON(k)
	}
	conf := map[string]any{
		"activeDecks": []int{1}, "curDeck": 1, "newSpread": 0, "collapseTime": 1200, "timeLim": 0,
		"estTimes": true, "dueCounts": true, "curModel": itoa(BasicID), "nextPos": len(p.notes) + 1,
		"sortType": "noteFld", "sortBackwards": false, "addToCur": true,
	}
	dconf := map[string]any{"1": map[string]any{
		"id": 1, "mod": 0, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0,
		"replayq": true, "dyn": false,
		"new":   map[string]any{"bury": true, "delays": []int{1, 10}, "initialFactor": 2500, "ints": []int{1, 4, 7}, "order": 1, "perDay": 20, "separate": true},
		"lapse": map[string]any{"delays": []int{10}, "leechAction": 0, "leechFails": 8, "minInt": 1, "mult": 0},
		"rev":   map[string]any{"bury": true, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500, "minSpace": 1, "perDay": 100},
	}}
	var js [4]string
	for i, v := range []any{conf, models, p.decks.json(now), dconf} {
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("encode collection settings: %w", err)
		}
		js[i] = string(b)
	}
	_, err := conn.ExecContext(ctx, "INSERT INTO col VALUES (1,?,?,?,11,0,0,0,?,?,?,?,'{}')",
		now-now%86400, now*1000, now*1000, js[0], js[1], js[2], js[3])
	if err != nil {
		return fmt.Errorf("write col: %w", err)
	}
	return nil
}

// writeRows writes the notes and cards rows through dc, the driver's
// connection: database/sql would lock, check and convert every argument of
// every statement, and allocate its own copy of them.
func writeRows(ctx context.Context, dc any, p *plan, now int64) error {
	pc, ok := dc.(driver.ConnPrepareContext)
	if !ok {
		return fmt.Errorf("write notes: driver %T cannot prepare statements", dc)
	}
	if err := writeNotes(ctx, pc, p); err != nil {
		return err
	}
	return writeCards(ctx, pc, p, now)
}

// insertRows inserts count rows into table, batchRows to a statement. tuple
// is one row's VALUES tuple, with a "?" for each value row(i, args) appends
// to args for row i; constants are written into tuple, not bound. The values
// go to the driver as they are, so they must be driver values: int64 or
// string, never int. Strings row builds in text are valid for one statement.
func insertRows(ctx context.Context, conn driver.ConnPrepareContext, table, tuple string, count int, row func(i int, args []any, text *textArena) []any) error {
	stmts := map[int]driver.StmtExecContext{}
	defer func() {
		for _, s := range stmts {
			s.(driver.Stmt).Close()
		}
	}()
	width := strings.Count(tuple, "?")
	args := make([]any, 0, width*batchRows)
	named := make([]driver.NamedValue, width*batchRows)
	for i := range named {
		named[i].Ordinal = i + 1
	}
	var text textArena
	for start := 0; start < count; start += batchRows {
		n := min(batchRows, count-start)
		st, err := batchStmt(ctx, conn, stmts, table, tuple, n)
		if err != nil {
			return fmt.Errorf("write %s: %w", table, err)
		}
		args = args[:0]
		text.reset()
		for i := start; i < start+n; i++ {
			args = row(i, args, &text)
		}
		for i, a := range args {
			named[i].Value = a
		}
		if _, err := st.ExecContext(ctx, named[:len(args)]); err != nil {
			return fmt.Errorf("write %s: %w", table, err)
		}
	}
	return nil
}

// A textArena builds the text values of one INSERT statement in a buffer
// that the next statement reuses, instead of allocating a string for each:
// the driver copies every string argument into SQLite's memory before the
// statement runs, and keeps none of them once it has run.
type textArena struct{ buf []byte }

// reset makes the whole buffer free again; the strings join returned before
// must no longer be used.
func (a *textArena) reset() { a.buf = a.buf[:0] }

// join returns prefix, then parts separated by sep, then suffix, as a string
// that lives in the arena until the next reset.
func (a *textArena) join(prefix string, parts []string, sep, suffix string) string {
	start := len(a.buf)
	a.buf = append(a.buf, prefix...)
	for i, p := range parts {
		if i > 0 {
			a.buf = append(a.buf, sep...)
		}
		a.buf = append(a.buf, p...)
	}
	a.buf = append(a.buf, suffix...)
	if len(a.buf) == start {
		return ""
	}
	// An append that outgrows buf moves it; the strings made before keep the
	// old array alive, so they stay valid.
	return unsafe.String(&a.buf[start], len(a.buf)-start)
}

// batchStmt returns the statement that inserts n rows into table, preparing
// it on first use and keeping it in stmts.
func batchStmt(ctx context.Context, conn driver.ConnPrepareContext, stmts map[int]driver.StmtExecContext, table, tuple string, n int) (driver.StmtExecContext, error) {
	if st := stmts[n]; st != nil {
		return st, nil
	}
	q := "INSERT INTO " + table + " VALUES " + strings.TrimSuffix(strings.Repeat(tuple+",", n), ",")
	s, err := conn.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	st, ok := s.(driver.StmtExecContext)
	if !ok {
		s.Close()
		return nil, fmt.Errorf("driver statement %T cannot execute with a context", s)
	}
	stmts[n] = st
	return st, nil
}

// writeNotes writes one notes row per planned note.
func writeNotes(ctx context.Context, conn driver.ConnPrepareContext, p *plan) error {
	var buf []byte
	// id guid mid mod usn tags flds sfld csum flags data
	return insertRows(ctx, conn, "notes", "(?,?,?,?,-1,?,?,?,?,0,'')", len(p.notes), func(i int, args []any, text *textArena) []any {
		n := &p.notes[i]
		tags := ""
		if len(n.tags) > 0 {
			tags = text.join(" ", n.tags, " ", " ")
		}
		sorted := SortField(n.fields[0])
		var csum uint32
		csum, buf = checksumSorted(buf, sorted)
		return append(args, n.id, n.guid, n.mid, n.mod, tags, text.join("", n.fields, "\x1f", ""), sorted, int64(csum))
	})
}

// writeCards writes the cards of every note, new and in document order.
func writeCards(ctx context.Context, conn driver.ConnPrepareContext, p *plan, now int64) error {
	type card struct {
		note *note
		ord  int
	}
	cards := make([]card, 0, p.cards)
	for i := range p.notes {
		for _, o := range p.notes[i].ords {
			cards = append(cards, card{&p.notes[i], o})
		}
	}
	base := now * 1000
	// id nid did ord mod usn type queue due ivl factor reps lapses left odue odid flags data
	return insertRows(ctx, conn, "cards", "(?,?,?,?,?,-1,0,0,?,0,0,0,0,0,0,0,0,'')", len(cards), func(i int, args []any, _ *textArena) []any {
		c := cards[i]
		return append(args, base+int64(i), c.note.id, c.note.did, int64(c.ord), c.note.mod, int64(c.note.due))
	})
}
