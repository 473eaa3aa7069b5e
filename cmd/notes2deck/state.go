package main

import (
	"errors"
	"fmt"
	"html"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/exporters/apkg"
	"github.com/notes2deck/notes2deck/exporters/csv"
	"github.com/notes2deck/notes2deck/extract"
)

// stateName is the file in the output folder that remembers, per package, the
// notes of the previous build: their content hash and modification time, so a
// re-import updates exactly the edited notes, and their fields, so a note whose
// card was deleted can be shipped once more tagged notes2deck::deleted.
const stateName = ".notes2deck-state"

// oldStateName is the state file of notes2deck before version 2 of the state
// format: it is read when there is no stateName, and removed once stateName
// is written.
const oldStateName = ".notes2deck-state.json"

// A buildState is the state file of one output folder. outputTx.commit
// writes it, if dirty, together with the outputs. apkg may be called from
// several goroutines; each package's State belongs to the one export that
// builds that package.
type buildState struct {
	path  string // "" when the output goes to stdout: no state
	old   string // an old state file to remove once path is written
	mu    sync.Mutex
	file  *apkg.StateFile
	dirty bool // some package took its state

	staging chan error // the result of stage's write, then closed; nil until stage

	// building holds the names of the packages this build makes (see
	// target.name): the state of another package is read by no exporter
	// while the build runs.
	building map[string]bool
}

// minStateLimit is the least size of a state file that loadState reads: a
// state file holds the notes of every package of its output folder, not
// only of the notes being built.
const minStateLimit = 512 << 20

// stateLimit is the largest state file that loadState reads for a build of
// notes of notesBytes bytes in all: a state file holds a few times the text
// of the notes it remembers, so one much larger is damaged (a sync tool's
// or a crash's zeros, another file of that name), and reading it whole
// would take as much memory as it is large.
func stateLimit(notesBytes int64) int64 {
	return max(minStateLimit, 64*notesBytes)
}

// corruptState is the error for the state file name that cannot be read
// back, with what to do about it.
func corruptState(name, why string) error {
	return fmt.Errorf("%s: corrupt state file%s: delete it to start afresh "+
		"(the next package then marks every note as changed)", name, why)
}

// loadState reads the state file of the output folder out, refusing one
// larger than limit bytes. A missing file is an empty state; output to
// stdout ("-") keeps none.
func loadState(out string, limit int64) (*buildState, error) {
	if out == "-" {
		return &buildState{}, nil
	}
	path := filepath.Join(out, stateName)
	name, old := path, ""
	f, err := openRegular(path) // a named pipe there would block the build
	if errors.Is(err, fs.ErrNotExist) {
		name = filepath.Join(out, oldStateName)
		old = name
		f, err = openRegular(name)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return &buildState{path: path, file: &apkg.StateFile{}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, unwrapPathError(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > limit {
		return nil, corruptState(name, fmt.Sprintf(" (%s, more than the %s these notes could need)",
			formatSize(info.Size()), formatSize(limit)))
	}
	sf, err := apkg.LoadStateFile(f)
	if errors.Is(err, apkg.ErrCorrupt) {
		return nil, corruptState(name, "")
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w (delete it to start afresh)", name, err)
	}
	clampTimes(sf, time.Now().Unix())
	return &buildState{path: path, old: old, file: sf}, nil
}

// clampTimes holds the modification times of the notes of f in [1, now]. No
// build stores a time after the moment it ran, so a later one comes from a
// damaged or hand-edited state file; kept, it would date an unchanged note
// in the future, and Anki would then never see a later edit as newer.
func clampTimes(f *apkg.StateFile, now int64) {
	for _, st := range f.Packages {
		for _, n := range st.Notes {
			n.Mod = min(max(n.Mod, 1), now)
		}
	}
}

// apkg returns the state of the package named name (e.g. "biology.apkg"), or
// nil when there is no state file.
func (s *buildState) apkg(name string) *apkg.State {
	if s.file == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dirty = true
	return s.file.Package(name)
}

// forgetForeign forgets the notes that the state of the package named name
// remembers when they are another build's than this one, of decks from the
// PATH described by source (see target.source), and records source as what
// the package is built from. The notes are another build's when the state
// says they came from another kind of PATH or another name (the folder
// "biology", then its folder note "biology/biology.md"), or when none of
// them is among decks (another folder of the same name built into this
// output folder: "bio/notes" and "chem/notes" both make notes.apkg), nor in
// any of their decks (see sharesDeck); notes already shipped deleted count
// for neither. They are not this build's deleted notes, and must not be
// shipped tagged notes2deck::deleted, so each is kept as shipped (see
// apkg.NoteState.Shipped): a card that comes back still finds the GUID it
// had kept (a note emptied by a mishap, then restored, whose twins and
// recased headings had kept theirs), and two folders built in turn into
// one output folder stay each other's. It returns how many notes it forgot
// and the source the state named ("" if none), and, when the notes are
// this build's cards in another deck (see movedDeck), the deck they were
// in and the one they are in now. ids returns the cards' GUIDs, made once
// for it and keepGUIDs, before either sets one.
func (s *buildState) forgetForeign(name, source string, decks []extract.Deck, ids func() *exporters.CardIDs) (n int, was string, moved deckMove) {
	if s.file == nil {
		return 0, "", moved
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.file.Package(name)
	was = st.Source
	st.Source = source
	for _, x := range st.Notes {
		if !x.Shipped() {
			n++ // notes it holds, not counting those shipped deleted already
		}
	}
	if n == 0 {
		return 0, "", moved
	}
	if was == "" || was == source {
		was = ""
		for _, guids := range ids().GUIDs {
			for _, g := range guids {
				if x := st.Notes[g]; x != nil && !x.Shipped() {
					return 0, "", moved
				}
			}
		}
		if sharesDeck(st, decks, func(n *apkg.NoteState) bool { return !n.Shipped() }) {
			return 0, "", moved
		}
		if moved = movedDeck(st, decks); moved.from != "" {
			for _, guids := range ids().GUIDs {
				for _, g := range guids {
					moved.back = moved.back || st.Notes[g] != nil
				}
			}
		}
	}
	for g, x := range st.Notes {
		if !x.Shipped() {
			st.Notes[g] = &apkg.NoteState{Mod: x.Mod, Deck: x.Deck, Kind: x.Kind, Fields: x.Fields}
		}
	}
	return n, was, moved
}

// hold takes out of the state of the package named name the notes whose
// Source field names a note file inside one of the folders unread (see
// target.unread), and returns them: their folder was not read, so they
// are neither this build's notes nor its deleted ones, and must be neither
// shipped tagged notes2deck::deleted nor forgotten. unhold puts them back
// once the package is planned.
func (s *buildState) hold(name string, unread []string) map[string]*apkg.NoteState {
	if s.file == nil || len(unread) == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.file.Packages[name]
	if st == nil {
		return nil
	}
	held := map[string]*apkg.NoteState{}
	for g, n := range st.Notes {
		if len(n.Fields) == 0 {
			continue
		}
		src := html.UnescapeString(n.Fields[len(n.Fields)-1])
		for _, dir := range unread {
			if strings.HasPrefix(src, extract.CleanName(dir)) {
				held[g] = n
				delete(st.Notes, g)
				break
			}
		}
	}
	return held
}

// unhold puts the notes hold took back into the state of the package
// named name, as they were, but those whose GUID a card of this build has.
func (s *buildState) unhold(name string, held map[string]*apkg.NoteState) {
	if len(held) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.file.Package(name)
	for g, n := range held {
		if st.Notes[g] == nil {
			st.Notes[g] = n
		}
	}
}

// A deckMove is a package's cards gone as a whole from one deck to another.
type deckMove struct {
	from, to string // the decks' names, "" for no move
	// back is set when the cards are back in a deck they were in before
	// (a --deck given, then removed): they take the GUIDs they had there.
	back bool
}

// movedDeck returns the move of the notes st holds (but those shipped
// deleted) to the decks of decks, when at least half of them ask a front
// that a card of decks asks: the same notes, their deck changed as a whole
// (a --deck given or removed, a front matter deck: or a new title), not
// another folder's; no move otherwise. Of several decks, it names the
// first by name that a note asking such a front was in, and the deck of
// the first card asking it.
func movedDeck(st *apkg.State, decks []extract.Deck) deckMove {
	now := map[string]string{} // the deck of each front, as a field
	for _, d := range decks {
		for _, c := range d.Cards {
			f := exporters.NoteFields(d, c)[0]
			if _, ok := now[f]; !ok {
				now[f] = exporters.DeckName(d.Name)
			}
		}
	}
	live, same := 0, 0
	var moved deckMove
	for _, x := range st.Notes {
		if x.Shipped() || len(x.Fields) == 0 {
			continue
		}
		live++
		if to, ok := now[x.Fields[0]]; ok {
			same++
			if moved.from == "" || x.Deck < moved.from {
				moved = deckMove{from: x.Deck, to: to}
			}
		}
	}
	if 2*same < live {
		return deckMove{}
	}
	return moved
}

// keepGUIDs gives the cards of decks, those of target name, the GUIDs they
// had in the previous build of its package or CSV when only a twin's coming
// or going would change them (see exporters.KeepGUIDs), for every format of
// the build. The GUIDs of the last build win: a CSV built alone after the
// package remembers its own (see rememberCSV), and a package build forgets
// them, as they are then its own. A GUID the CSV does not know is looked
// up in the package's state, which still holds the cards a CSV built alone
// left out (a note moved away and back between two package builds). ids
// returns the cards' GUIDs, as forgetForeign's; tmp, a folder for the work
// files of reading back a package (see previousOutput). It returns a
// warning for a previous package it could not read back, or the warnings
// of cards that changed note type or deck (see kindWarning, movedWarning).
func (s *buildState) keepGUIDs(name string, decks []extract.Deck, ids func() *exporters.CardIDs, tmp func() (string, error)) []extract.Warning {
	if s.file == nil {
		return nil
	}
	s.mu.Lock()
	csv, pkg := s.file.Packages[name+".csv"], s.file.Packages[name+".apkg"]
	if (csv == nil || len(csv.Notes) == 0) && (pkg == nil || len(pkg.Notes) == 0) {
		csv, pkg = s.renamedFrom(name, decks)
	}
	s.mu.Unlock()
	var warning *extract.Warning
	if (csv == nil || len(csv.Notes) == 0) && (pkg == nil || len(pkg.Notes) == 0) {
		csv, warning = s.previousOutput(name, decks, ids(), tmp)
	}
	if (csv == nil || len(csv.Notes) == 0) && (pkg == nil || len(pkg.Notes) == 0) {
		if warning != nil {
			return []extract.Warning{*warning}
		}
		return nil
	}
	prev := func(guid string) []string {
		for _, st := range []*apkg.State{csv, pkg} {
			if st == nil {
				continue
			}
			if n := st.Notes[guid]; n != nil {
				return n.Fields
			}
		}
		return nil
	}
	// remembered calls each with the notes of the previous builds; live,
	// only with those the last build had a card of.
	remembered := func(live bool) func(each func(guid, deck, kind string, fields []string)) {
		return func(each func(guid, deck, kind string, fields []string)) {
			for _, st := range []*apkg.State{csv, pkg} {
				if st == nil {
					continue
				}
				for g, n := range st.Notes {
					if st == pkg && csv != nil && csv.Notes[g] != nil {
						continue // the CSV's is the latest
					}
					if live && (st == pkg && n.Shipped() || st == csv && csvGone(n)) {
						continue
					}
					each(g, n.Deck, n.Kind, n.Fields)
				}
			}
		}
	}
	exporters.KeepCopiedGUIDs(decks, ids(), prev, remembered(true))
	exporters.KeepUnchangedGUIDs(decks, ids(), prev, remembered(false))
	exporters.KeepGUIDs(decks, ids(), prev)
	exporters.KeepRecasedGUIDs(decks, ids(), prev, remembered(false))
	exporters.KeepRenamedGUIDs(decks, ids(), prev, remembered(true))
	exporters.OneGUIDEach(decks, prev)
	kind := func(guid string) string {
		for _, st := range []*apkg.State{csv, pkg} {
			if st != nil && st.Notes[guid] != nil {
				return st.Notes[guid].Kind
			}
		}
		return ""
	}
	var warnings []extract.Warning
	for _, w := range []*extract.Warning{kindWarning(decks, ids(), kind), movedWarning(decks, ids(), kind, remembered(true))} {
		if w != nil {
			warnings = append(warnings, *w)
		}
	}
	return warnings
}

// before reports whether p is before q: in an earlier file by name, or on
// an earlier line of the same file.
func before(p, q extract.Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	return p.Line < q.Line
}

// movedWarning returns a warning when cards of decks that the previous
// build did not have (kind knows nothing of their GUIDs, those of ids or
// those keepGUIDs gave them) ask the front and give the answer of notes of
// that build (those last calls each with) in another deck, that this build
// has no card of: part of a note split into a file of its own title, the
// title of one of its notes removed. The deck is part of a card's identity,
// as Anki's import never moves a card it has to another deck, so they are
// new cards to Anki, without their reviews, and the old ones are shipped
// tagged deleted; nothing said so. It returns nil when no card moved. Only
// a build with new cards and gone notes compares fields.
func movedWarning(decks []extract.Deck, ids *exporters.CardIDs, kind func(guid string) string,
	last func(each func(guid, deck, kind string, fields []string))) *extract.Warning {
	type at struct{ i, j int }
	guid := func(i, j int) string {
		if g := decks[i].Cards[j].GUID; g != "" {
			return g
		}
		return ids.GUIDs[i][j]
	}
	var fresh []at // the cards the previous build did not have
	for i, d := range decks {
		for j := range d.Cards {
			if kind(guid(i, j)) == "" {
				fresh = append(fresh, at{i, j})
			}
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	current := map[string]bool{}
	for i, d := range decks {
		for j := range d.Cards {
			current[guid(i, j)] = true
		}
	}
	gone := map[[2]string]string{} // the deck of each gone note, by front and answer
	last(func(g, deck, _ string, fields []string) {
		if len(fields) < 2 || current[g] {
			return
		}
		key := [2]string{fields[0], fields[1]}
		if was, ok := gone[key]; !ok || deck < was {
			gone[key] = deck
		}
	})
	if len(gone) == 0 {
		return nil
	}
	n := 0
	var first *extract.Card
	var from, to string
	for _, a := range fresh {
		d := decks[a.i]
		c := &d.Cards[a.j]
		f := exporters.NoteFields(d, *c)
		was, ok := gone[[2]string{f[0], f[1]}]
		if !ok || exporters.DeckIdentity(was) == exporters.DeckIdentity(d.Name) {
			continue
		}
		if n == 0 || before(c.Pos, first.Pos) {
			first, from, to = c, was, exporters.DeckName(d.Name)
		}
		n++
	}
	if n == 0 {
		return nil
	}
	return &extract.Warning{Pos: first.Pos, Msg: fmt.Sprintf(
		"%s moved to another deck since the previous build (%s, first, from %q to %q): the deck is part of each card's identity, "+
			"as Anki keeps a card in the deck it has, so they come into Anki as new cards, without their reviews, "+
			"and the package tags the old ones %s; to keep the reviews, build them into the deck they were in "+
			"(deck: %s in the note's front matter)",
		plural(n, "card"), quote(first.Front), from, to, apkg.DeletedTag, from)}
}

// kindWarning returns a warning when cards of decks (of GUIDs ids, or
// those keepGUIDs gave them) are of another kind than kind says the
// previous build made them (the note of that GUID in Anki): "--reverse" or
// a note's "reverse:" turned on or off keeps each card's GUID and changes
// its note type, and Anki's import then skips the note (it calls it
// conflicting), its later edits and reverse card included, without a word
// a student would see. Anki's Change Note Type keeps the reviews. It
// returns nil when no card changed kind; a Basic card turned into a cloze
// has another GUID, so it is a new card, not a change of kind.
func kindWarning(decks []extract.Deck, ids *exporters.CardIDs, kind func(guid string) string) *extract.Warning {
	n := 0
	var first extract.Card
	var was string
	for i, d := range decks {
		for j, c := range d.Cards {
			g := c.GUID
			if g == "" {
				g = ids.GUIDs[i][j]
			}
			if k := kind(g); k != "" && k != c.Kind.String() {
				if n == 0 {
					first, was = c, k
				}
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	from, to := exporters.NotetypeName(parseKind(was)), exporters.NotetypeName(first.Kind)
	return &extract.Warning{Pos: first.Pos, Msg: fmt.Sprintf(
		"%s changed note type since the previous build (%s, first, from %q to %q: --reverse or reverse: turned on or off): "+
			"Anki's import skips a note whose note type changed, so in Anki they would no longer update; "+
			"there, select them in Browse and use Notes → Change Note Type to %q, which keeps their reviews",
		plural(n, "card"), quote(first.Front), from, to, to)}
}

// parseKind returns the kind whose String is s, Basic for one it does not
// know.
func parseKind(s string) extract.Kind {
	for _, k := range []extract.Kind{extract.Reversed, extract.Cloze} {
		if k.String() == s {
			return k
		}
	}
	return extract.Basic
}

// previousOutput returns the notes of the CSV or the package of target name
// that a previous build wrote into the output folder, as previousCSV and
// previousPackage read them back, of the two the one written last (the
// CSV when both were written by one build): a build of the package alone
// (--format apkg) leaves the CSV of an earlier build behind, whose GUIDs
// may no longer be the cards'. It returns nil when neither holds the GUID of
// a card of ids, and a warning for a package it could not read back.
func (s *buildState) previousOutput(name string, decks []extract.Deck, ids *exporters.CardIDs, tmp func() (string, error)) (*apkg.State, *extract.Warning) {
	dir := filepath.Dir(s.path)
	readCSV := func() (*apkg.State, error) { return s.previousCSV(name, decks, ids), nil }
	readPkg := func() (*apkg.State, error) { return s.previousPackage(name, decks, ids, tmp) }
	reads := []func() (*apkg.State, error){readCSV, readPkg}
	csvInfo, csvErr := os.Stat(filepath.Join(dir, name+".csv"))
	pkgInfo, pkgErr := os.Stat(filepath.Join(dir, name+".apkg"))
	if csvErr == nil && pkgErr == nil && pkgInfo.ModTime().After(csvInfo.ModTime()) {
		reads[0], reads[1] = readPkg, readCSV
	}
	var warning *extract.Warning
	for _, read := range reads {
		st, err := read()
		if err != nil {
			warning = &extract.Warning{Pos: extract.Pos{File: filepath.Join(dir, name+".apkg")}, Msg: fmt.Sprintf(
				"not read back (%v): with no state file, its cards take the GUIDs their text makes, "+
					"and a card that had kept another (a recased heading, a twin, a rename) comes into Anki as a new card",
				err)}
		}
		if st != nil {
			return st, nil
		}
	}
	return nil, warning
}

// previousPackage returns the notes of the package of target name that a
// previous build wrote into the output folder, read back as previousCSV
// reads the CSV (see apkg.ReadNotes), unpacked in the folder tmp returns;
// nil when there is no such file or it is not the notes of decks (see
// lends).
// The error says why a package there could not be read: not notes2deck's
// (another tool's, or Anki's own export saved under that name) or damaged.
func (s *buildState) previousPackage(name string, decks []extract.Deck, ids *exporters.CardIDs, tmp func() (string, error)) (*apkg.State, error) {
	path := filepath.Join(filepath.Dir(s.path), name+".apkg")
	f, err := openRegular(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, unwrapPathError(err)
	}
	f.Close()
	dir, err := tmp()
	if err != nil {
		return nil, err
	}
	st := &apkg.State{Notes: map[string]*apkg.NoteState{}}
	err = apkg.ReadNotes(path, dir, func(guid, deck, kind string, fields []string) {
		st.Notes[guid] = &apkg.NoteState{Deck: deck, Kind: kind, Fields: fields}
	})
	switch {
	case errors.Is(err, apkg.ErrNotOurs):
		return nil, errors.New("not a package notes2deck wrote")
	case err != nil:
		return nil, fmt.Errorf("damaged: %v", unwrapPathError(err))
	}
	if !lends(st, decks, ids) {
		return nil, nil
	}
	return st, nil
}

// previousCSV returns the notes of the CSV of target name that a previous
// build wrote into the output folder, read back as a CSV built alone
// remembers them (see rememberCSV), or nil when there is none or it is not
// notes2deck's, or not the notes of decks (the CSV of other notes of that
// name, see lends). keepGUIDs reads it when the state knows nothing of
// the package: the state file deleted, or lost with the folder synced
// without its hidden files. Its GUIDs are those Anki has, and a card that
// kept one through a state (a recased heading, a twin, a rename) would
// otherwise take the GUID its text computes, a new note beside its
// reviewed copy.
func (s *buildState) previousCSV(name string, decks []extract.Deck, ids *exporters.CardIDs) *apkg.State {
	f, err := openRegular(filepath.Join(filepath.Dir(s.path), name+".csv"))
	if err != nil {
		return nil
	}
	defer f.Close()
	st := &apkg.State{Notes: map[string]*apkg.NoteState{}}
	err = csv.ReadNotes(f, func(guid, deck, kind string, fields []string) {
		st.Notes[guid] = &apkg.NoteState{Deck: deck, Kind: kind, Fields: fields}
	})
	if err != nil {
		return nil
	}
	if !lends(st, decks, ids) {
		return nil
	}
	return st
}

// lends reports whether st, the notes of a previous package or CSV of a
// build's name read back without a state file, are those of the notes of
// decks, the build's, whose GUIDs are ids: st holds the GUID of a card of
// ids, or a note in a deck of decks, its name compared as Anki does (see
// exporters.DeckIdentity). A card that kept its GUID through a recased
// deck, a fixed typo or beside a twin has no GUID its text makes in st,
// though st is its own; the keep passes then lend a GUID only to a card
// that matches a note of st by their rules.
func lends(st *apkg.State, decks []extract.Deck, ids *exporters.CardIDs) bool {
	for _, gs := range ids.GUIDs {
		for _, g := range gs {
			if st.Notes[g] != nil {
				return true
			}
		}
	}
	return sharesDeck(st, decks, func(*apkg.NoteState) bool { return true })
}

// renamedFrom returns the states of the CSV and package that the package
// of target name, about to be built from decks for the first time into its
// output folder, was built as before its notes folder or note was renamed
// ("notes" to "biology notes", "bio.md" to "biology.md"): the one other
// package of the folder, not built by this build, that holds a note (not
// deleted) in a deck of decks. Its GUIDs are the cards' GUIDs in Anki, and
// a card that kept one (through a recased heading, beside a twin, renamed)
// would otherwise lose it with the package's name. A folder renamed twice
// ("notes" to "lectures" to "chem") leaves two such packages, which hold
// the same notes: of packages whose live notes (see liveNotes) have the
// same GUIDs, it returns the first by name, or of those whose fields
// differ (a heading recased between the renames), the one whose notes
// changed last. It returns nils when no package is such, or when two such
// hold different notes (before: notes whose fields differed counted as
// different, so a card kept through the recase lost its GUID at the second
// rename). s.mu must be held.
func (s *buildState) renamedFrom(name string, decks []extract.Deck) (csv, pkg *apkg.State) {
	var found []string // the stems of the packages that share a deck, sorted
	for key, st := range s.file.Packages {
		stem := strings.TrimSuffix(strings.TrimSuffix(key, ".apkg"), ".csv")
		if stem == name || slices.Contains(found, stem) || s.building[stem] {
			continue
		}
		if sharesDeck(st, decks, liveIn(key)) {
			found = append(found, stem)
		}
	}
	if len(found) == 0 {
		return nil, nil
	}
	slices.Sort(found)
	notes, latest := found[0], s.liveNotes(found[0])
	for _, stem := range found[1:] {
		live := s.liveNotes(stem)
		if len(live) != len(latest) {
			return nil, nil
		}
		for g := range live {
			if _, ok := latest[g]; !ok {
				return nil, nil
			}
		}
		if !maps.Equal(live, latest) && s.lastChanged(stem) > s.lastChanged(notes) {
			notes = stem
		}
	}
	return s.file.Packages[notes+".csv"], s.file.Packages[notes+".apkg"]
}

// lastChanged returns the latest time a live note of the package of stem
// changed (see apkg.NoteState), 0 when it has none. Of two packages of a
// folder renamed twice that hold the same notes, a heading recased between
// the renames, the later holds the fields as the notes are now. s.mu must
// be held.
func (s *buildState) lastChanged(stem string) int64 {
	var latest int64
	if st := s.file.Packages[stem+".apkg"]; st != nil {
		for _, n := range st.Notes {
			if !n.Shipped() && n.Mod > latest {
				latest = n.Mod
			}
		}
	}
	return latest
}

// liveIn returns whether a note of the state of package file key is live:
// not shipped deleted by a package, not gone from a CSV (see csvGone).
func liveIn(key string) func(n *apkg.NoteState) bool {
	if strings.HasSuffix(key, ".csv") {
		return func(n *apkg.NoteState) bool { return !csvGone(n) }
	}
	return func(n *apkg.NoteState) bool { return !n.Shipped() }
}

// liveNotes returns the GUIDs of the live notes of the package and CSV of
// stem in the state, each with its fields joined, the CSV's when both have
// a GUID (the latest, see keepGUIDs). s.mu must be held.
func (s *buildState) liveNotes(stem string) map[string]string {
	notes := map[string]string{}
	for _, key := range []string{stem + ".apkg", stem + ".csv"} {
		st := s.file.Packages[key]
		if st == nil {
			continue
		}
		live := liveIn(key)
		for g, n := range st.Notes {
			if live(n) {
				notes[g] = strings.Join(n.Fields, "\x1f")
			}
		}
	}
	return notes
}

// trimPlanned drops from the state of the package of target name, about to
// be built from decks, what its plan reads no more (see apkg.State.Trim),
// so that the state file's text is freed while the notes are made and
// exported, not once the package is planned. ids returns the cards' GUIDs,
// as keepGUIDs's, which must have run: the GUIDs are those of the package
// only when it kept none (a card's GUID set changes the others' numbering).
func (s *buildState) trimPlanned(name string, decks []extract.Deck, ids func() *exporters.CardIDs) {
	if s.file == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.file.Packages[name+".apkg"]
	if st == nil || len(st.Notes) == 0 {
		return
	}
	for _, d := range decks {
		for _, c := range d.Cards {
			if c.GUID != "" {
				return
			}
		}
	}
	st.Trim(ids().GUIDs)
}

// rememberCSV records the notes of a CSV of target name built without its
// package, notes being exporters.Notes of decks, so that the next build
// keeps their GUIDs as a package build keeps its own: Anki's CSV import
// matches notes by the GUID column, so a card whose GUID changed would be
// added beside its reviewed copy. Only what KeepGUIDs compares is kept.
// The notes an earlier CSV built alone had and this one has not stay,
// marked gone (see csvGone), as a package's state keeps its deleted notes:
// a note deleted and then restored finds the GUIDs its cards had kept (of
// a recased heading, of a twin), which its cards' text alone no longer
// gives.
func (s *buildState) rememberCSV(name string, decks []extract.Deck, notes [][]exporters.Note) {
	if s.file == nil {
		return
	}
	remembered := map[string]*apkg.NoteState{}
	for i, d := range decks {
		deck := exporters.DeckName(d.Name)
		for j, c := range d.Cards {
			remembered[notes[i][j].GUID] = &apkg.NoteState{Deck: deck, Kind: c.Kind.String(), Fields: notes[i][j].Fields}
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.file.Package(name + ".csv")
	for g, n := range st.Notes {
		if remembered[g] == nil {
			remembered[g] = &apkg.NoteState{Deck: n.Deck, Kind: n.Kind, Fields: n.Fields, Tags: csvGoneTags}
		}
	}
	st.Notes = remembered
	s.dirty = true
}

// csvGoneTags are the tags of a note that rememberCSV keeps from an earlier
// CSV built alone: a CSV note's state has no tags otherwise.
var csvGoneTags = []string{apkg.DeletedTag}

// csvGone reports whether n, a note of a CSV's state, is one its last
// build no longer had (see rememberCSV).
func csvGone(n *apkg.NoteState) bool {
	return len(n.Tags) == 1 && n.Tags[0] == apkg.DeletedTag
}

// forgetCSV drops what rememberCSV recorded for target name, once a build
// writes its package: the package's state then holds the latest GUIDs.
func (s *buildState) forgetCSV(name string) {
	if s.file == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.file.Packages[name+".csv"]; ok {
		delete(s.file.Packages, name+".csv")
		s.dirty = true
	}
}

// sharesDeck reports whether a note st remembers for which live is true
// was in a deck of decks.
// When no GUID is shared, this still tells the same notes edited from other
// notes of the same name: a note whose only card's question was reworded
// ("Osmosis" to "What is osmosis?") keeps its deck, so its old card is this
// build's deleted card, to be tagged, not another folder's. Decks are
// compared as Anki finds them (see exporters.DeckIdentity): a deck whose
// name only changed case is the same deck.
func sharesDeck(st *apkg.State, decks []extract.Deck, live func(*apkg.NoteState) bool) bool {
	names := make(map[string]bool, len(decks))
	for _, d := range decks {
		if len(d.Cards) > 0 { // an emptied note is not evidence (see foreignWarning)
			names[exporters.DeckIdentity(d.Name)] = true
		}
	}
	checked := map[string]bool{} // the deck names of st looked up
	for _, n := range st.Notes {
		if live(n) && !checked[n.Deck] {
			checked[n.Deck] = true
			if names[exporters.DeckIdentity(n.Deck)] {
				return true
			}
		}
	}
	return false
}

// foreignWarning is the warning of a build that forgot the n notes of the
// package at path (see forgetForeign), last built from the PATH described by
// was ("" when not known to differ) and now from source, and made cards of
// its own, or none: an emptied note is as likely a mishap (a sync tool, a
// truncated file) as a wish to delete every card, and Anki's review history
// goes with them.
func foreignWarning(path string, n, cards int, was, source string, moved deckMove) extract.Warning {
	if moved.back {
		return extract.Warning{Pos: extract.Pos{File: path}, Msg: fmt.Sprintf(
			"was last built with these cards in the deck %q, now back in %q: they take the identities they had there, "+
				"and the cards of %q stay in Anki, not tagged %s: delete them in Anki",
			moved.from, moved.to, moved.from, apkg.DeletedTag)}
	}
	if moved.from != "" {
		return extract.Warning{Pos: extract.Pos{File: path}, Msg: fmt.Sprintf(
			"was last built with these cards in the deck %q, now in %q (--deck, a deck: or the title changed): "+
				"the deck is part of each card's identity, as Anki keeps a card in the deck it has, so they come into Anki "+
				"as new cards, without their reviews, and the old ones stay in %q, not tagged %s; "+
				"to keep the reviews, build with the deck as before, else delete the old ones in Anki",
			moved.from, moved.to, moved.from, apkg.DeletedTag)}
	}
	if was != "" {
		return extract.Warning{Pos: extract.Pos{File: path}, Msg: fmt.Sprintf(
			"was last built from the %s (%s), this build is from the %s: the cards of the previous build are not tagged %s, "+
				"and Anki keeps them; build each into its own --out folder to keep both packages",
			was, plural(n, "note"), source, apkg.DeletedTag)}
	}
	if cards == 0 {
		return extract.Warning{Pos: extract.Pos{File: path}, Msg: fmt.Sprintf(
			"has no cards in this build; the cards of its previous build (%s) are not tagged %s: "+
				"if you meant to remove them all, delete them in Anki",
			plural(n, "note"), apkg.DeletedTag)}
	}
	return extract.Warning{Pos: extract.Pos{File: path}, Msg: fmt.Sprintf(
		"was last built from other notes (none of its %s is in this build), so their cards are not tagged %s; "+
			"if those notes are another folder's, build each folder into its own --out folder",
		plural(n, "note"), apkg.DeletedTag)}
}

// stage starts writing the state file, if some package took its state, as a
// temp file of tx that commit renames into place. Call it at most once, when
// no package will change its state any more; commit waits for the write.
func (s *buildState) stage(tx *outputTx) {
	if s.file == nil || !s.dirty {
		return
	}
	s.staging = make(chan error, 1)
	go func() {
		s.staging <- tx.write(s.path, func(f *os.File) error { return s.file.Save(f) })
		close(s.staging)
	}()
}

// wait returns once the write that stage started, if any, is over, so that
// an aborted build leaves no temp file behind.
func (s *buildState) wait() {
	if s.staging != nil {
		for range s.staging {
		}
	}
}

// formatSize formats the size of a file (a state file, a settings file)
// for a message: "5.0 GiB", "512.0 MiB".
func formatSize(n int64) string {
	if n >= 1<<30 {
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}
