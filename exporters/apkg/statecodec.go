package apkg

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"slices"
	"strings"
)

// stateMagic opens a state file in the binary format. The format is
//
//	stateMagic, uvarint version, uvarint number of packages, then per
//	package in name order: string name, string source (from version 3
//	on), uvarint number of notes, then per
//	note in GUID order: string GUID, string hash, varint mod, string deck,
//	string kind, strings fields, strings tags, uvarint number of media,
//	then per media file in name order: string name, string path
//
// where a string is a uvarint length and the UTF-8 bytes, and strings are a
// uvarint count and that many strings. A JSON state file (the format of
// version 1) holds the same and is still read: the binary one is read and
// written ten times as fast, which matters for a vault of 100,000 cards.
const stateMagic = "notes2deck state\n"

// ErrCorrupt reports a state file that ends early or does not parse, in
// either format.
var ErrCorrupt = errors.New("corrupt state file")

// stateWriter writes the binary state format.
type stateWriter struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (s *stateWriter) uvarint(v uint64) {
	s.w.Write(binary.AppendUvarint(s.buf[:0], v))
}

func (s *stateWriter) str(v string) {
	s.uvarint(uint64(len(v)))
	s.w.WriteString(v)
}

func (s *stateWriter) strs(v []string) {
	s.uvarint(uint64(len(v)))
	for _, x := range v {
		s.str(x)
	}
}

// encodeState writes f in the binary format, keys sorted, so equal states
// give equal bytes.
func encodeState(w io.Writer, f *StateFile) error {
	s := &stateWriter{w: bufio.NewWriterSize(w, 1<<16)}
	s.w.WriteString(stateMagic)
	s.uvarint(stateVersion)
	s.uvarint(uint64(len(f.Packages)))
	for _, name := range sortedKeys(f.Packages) {
		s.str(name)
		s.str(f.Packages[name].Source)
		notes := f.Packages[name].Notes
		s.uvarint(uint64(len(notes)))
		for _, guid := range sortedKeys(notes) {
			n := notes[guid]
			s.str(guid)
			s.str(n.Hash)
			s.w.Write(binary.AppendVarint(s.buf[:0], n.Mod))
			s.str(n.Deck)
			s.str(n.Kind)
			s.strs(n.Fields)
			s.strs(n.Tags)
			s.uvarint(uint64(len(n.Media)))
			for _, m := range sortedKeys(n.Media) {
				s.str(m)
				s.str(n.Media[m])
			}
		}
	}
	return s.w.Flush()
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// stateReader reads the binary state format from memory. The strings it
// returns share the memory of the file's text. The first error sticks:
// every later read returns a zero value.
type stateReader struct {
	data string
	err  error
}

func (s *stateReader) uvarint() uint64 {
	var v uint64
	for i := 0; i < len(s.data) && i < binary.MaxVarintLen64; i++ {
		b := s.data[i]
		if i == binary.MaxVarintLen64-1 && b > 1 {
			break
		}
		v |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			s.data = s.data[i+1:]
			return v
		}
	}
	s.fail()
	return 0
}

func (s *stateReader) varint() int64 {
	u := s.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

// count reads a number of items, each of which takes at least one byte.
func (s *stateReader) count() int {
	n := s.uvarint()
	if n > uint64(len(s.data)) {
		s.fail()
		return 0
	}
	return int(n)
}

func (s *stateReader) str() string {
	n := s.count()
	v := s.data[:n]
	s.data = s.data[n:]
	return v
}

func (s *stateReader) strs() []string {
	n := s.count()
	if n == 0 {
		return nil
	}
	v := make([]string, n)
	for i := range v {
		v[i] = s.str()
	}
	return v
}

func (s *stateReader) fail() {
	if s.err == nil {
		s.err = ErrCorrupt
	}
	s.data = ""
}

// decodeStateFile reads a binary state file, text without stateMagic. It
// returns the version it holds and the state; a version newer than
// stateVersion gives an empty state.
func decodeStateFile(text string) (int, *StateFile, error) {
	s := &stateReader{data: text}
	version := s.uvarint()
	f := &StateFile{Packages: map[string]*State{}}
	if version > stateVersion {
		return int(min(version, 1<<30)), f, s.err
	}
	for range s.count() {
		// The names and sources are copied: a package's notes may drop
		// their strings (State.Trim), and then none holds on to text.
		name := strings.Clone(s.str())
		st := &State{Notes: map[string]*NoteState{}}
		if version >= 3 {
			st.Source = strings.Clone(s.str())
		}
		for range s.count() {
			guid := s.str()
			n := &NoteState{Hash: s.str(), Mod: s.varint(), Deck: s.str(), Kind: s.str(), Fields: s.strs(), Tags: s.strs()}
			if m := s.count(); m > 0 {
				n.Media = make(map[string]string, m)
				for range m {
					k := s.str()
					n.Media[k] = s.str()
				}
			}
			st.Notes[guid] = n
		}
		f.Packages[name] = st
	}
	if s.err == nil && s.data != "" {
		s.fail()
	}
	return int(version), f, s.err
}
