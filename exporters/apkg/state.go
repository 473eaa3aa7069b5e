package apkg

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// stateVersion is the version of the state file format: 1 was JSON, 2 is
// the binary format of encodeState, 3 adds each package's Source.
const stateVersion = 3

// A StateFile is what notes2deck remembers between builds of the packages in
// one output folder (cmd keeps it as out/.notes2deck-state). It maps each
// package's file name to its State. Nothing is ever written into the notes.
type StateFile struct {
	Version  int               `json:"version"`
	Packages map[string]*State `json:"packages"`
}

// A State remembers the notes of one package as last built, by GUID. Export
// uses it to keep a note's modification time while its content is unchanged
// (so re-importing updates exactly the edited notes) and to ship notes that
// disappeared once more, tagged DeletedTag. The zero value is an empty state.
type State struct {
	Notes map[string]*NoteState `json:"notes"`
	// Source says what the package was last built from, in words that do
	// not depend on where the notes are (such as "folder biology" or "file
	// biology.md"), so that a build from other notes that happen to give
	// the same package name can tell; "" when the state does not say.
	Source string `json:"source,omitempty"`
}

// A NoteState is one remembered note: a hash of its content, its
// modification time, and enough to ship it again if its card is deleted.
type NoteState struct {
	Hash   string   `json:"hash"`   // of note type, fields and tags
	Mod    int64    `json:"mod"`    // Unix seconds when the content last changed
	Deck   string   `json:"deck"`   // Anki deck name
	Kind   string   `json:"kind"`   // extract.Kind.String()
	Fields []string `json:"fields"` // HTML field values
	Tags   []string `json:"tags,omitempty"`
	// Media maps the media files the fields use to where they were on disk.
	Media map[string]string `json:"media,omitempty"`
}

// Shipped reports whether n is a note that a package already shipped once
// more, tagged DeletedTag, after its card left the notes: only its deck,
// kind, fields and that package's mod are kept, with no hash, so that it is
// not shipped again, and so that its card, if it comes back (an undone
// edit, a note restored from a backup, a conflict copy removed), is dated
// after the tagged copy and finds its GUID again even when that GUID was
// itself kept (see exporters.KeepGUIDs), not computed. Anki imports only a
// newer note: dated before, the live card would keep the tag, and deleting
// tag:notes2deck::deleted would delete it. A note of another build that a
// build forgot (cmd's forgetForeign) is kept so too, never shipped. State
// files of earlier versions kept no fields for such a note.
func (n *NoteState) Shipped() bool { return n.Hash == "" }

// Trim drops what s remembers of the notes whose GUIDs are among guids, the
// GUIDs of the cards of a build of its package, but their hash and
// modification time: that build's plan reads no more of them, and its own
// notes replace them. The strings s keeps are copied, so that none of them
// holds on to the text of the state file they were read from (a state
// file of 10,000 items is 11 MB, alive until the package is planned).
func (s *State) Trim(guids [][]string) {
	kept := make(map[string]*NoteState, len(s.Notes))
	// The kept notes and their hashes are allocated in one piece each,
	// made at most as long as s.Notes, so the pointers into them stay.
	trimmed := make([]NoteState, 0, len(s.Notes))
	hashes := make([]byte, 0, len(s.Notes)*hashLen)
	for _, gs := range guids {
		for _, g := range gs {
			if o := s.Notes[g]; o != nil && kept[g] == nil {
				hashes = append(hashes, o.Hash...)
				trimmed = append(trimmed, NoteState{Hash: o.Hash, Mod: o.Mod})
				kept[g] = &trimmed[len(trimmed)-1]
			}
		}
	}
	all, at := string(hashes), 0
	for k := range trimmed {
		n := len(trimmed[k].Hash)
		trimmed[k].Hash, at = all[at:at+n], at+n
	}
	for g, o := range s.Notes {
		if kept[g] == nil {
			kept[strings.Clone(g)] = o.clone()
		}
	}
	s.Notes = kept
}

// clone returns a copy of n that shares no memory with it.
func (n *NoteState) clone() *NoteState {
	c := &NoteState{Hash: strings.Clone(n.Hash), Mod: n.Mod, Deck: strings.Clone(n.Deck), Kind: strings.Clone(n.Kind),
		Fields: cloneStrings(n.Fields), Tags: cloneStrings(n.Tags)}
	if n.Media != nil {
		c.Media = make(map[string]string, len(n.Media))
		for k, v := range n.Media {
			c.Media[strings.Clone(k)] = strings.Clone(v)
		}
	}
	return c
}

// cloneStrings returns a copy of v whose strings share no memory with v's.
func cloneStrings(v []string) []string {
	if v == nil {
		return nil
	}
	c := make([]string, len(v))
	for i, x := range v {
		c[i] = strings.Clone(x)
	}
	return c
}

// LoadStateFile reads a state file written by Save, or one of version 1
// (JSON). An empty input gives an empty StateFile; one that does not parse
// gives an error wrapping ErrCorrupt.
func LoadStateFile(r io.Reader) (*StateFile, error) {
	var data strings.Builder
	if st, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Size() > 0 {
			data.Grow(int(fi.Size()) + 1)
		}
	}
	if _, err := io.Copy(&data, r); err != nil {
		return nil, fmt.Errorf("read state: %w", err)
	}
	f := &StateFile{}
	var err error
	switch text := data.String(); {
	case strings.HasPrefix(text, stateMagic):
		var version int
		version, f, err = decodeStateFile(text[len(stateMagic):])
		f.Version = version
	case strings.HasPrefix(text, strings.TrimSpace(stateMagic)):
		err = ErrCorrupt // the magic itself damaged
	case strings.TrimSpace(text) != "":
		if json.Unmarshal([]byte(text), f) != nil {
			err = ErrCorrupt
		}
		f.dropNulls()
	}
	if err != nil {
		return nil, fmt.Errorf("read state: %w", err)
	}
	if f.Version > stateVersion {
		return nil, fmt.Errorf("read state: version %d is newer than this notes2deck (%d)", f.Version, stateVersion)
	}
	f.Version = stateVersion
	if f.Packages == nil {
		f.Packages = map[string]*State{}
	}
	return f, nil
}

// dropNulls removes the packages and notes a JSON state file gave as null.
func (f *StateFile) dropNulls() {
	for name, st := range f.Packages {
		if st == nil {
			delete(f.Packages, name)
			continue
		}
		for guid, n := range st.Notes {
			if n == nil {
				delete(st.Notes, guid)
			}
		}
	}
}

// Package returns the state of the package named name, adding an empty one if
// there is none.
func (f *StateFile) Package(name string) *State {
	if f.Packages == nil {
		f.Packages = map[string]*State{}
	}
	s := f.Packages[name]
	if s == nil {
		s = &State{}
		f.Packages[name] = s
	}
	return s
}

// Save writes f in the binary format (see stateMagic) with sorted keys, so
// equal states give equal bytes.
func (f *StateFile) Save(w io.Writer) error {
	f.Version = stateVersion
	if err := encodeState(w, f); err != nil {
		return fmt.Errorf("write state: %w", err)
	}
	return nil
}
