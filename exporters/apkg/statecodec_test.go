package apkg

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// sampleState is a state with every field set, two packages and notes whose
// fields hold text JSON and the binary format must both keep.
func sampleState() *StateFile {
	return &StateFile{Version: stateVersion, Packages: map[string]*State{
		"bio.apkg": {Source: "folder bio", Notes: map[string]*NoteState{
			"b|J?x": {Hash: "0123abcd", Mod: 1700000000, Deck: "Bio::Cells", Kind: "basic",
				Fields: []string{"What is a <b>cell</b>?", "Line 1\nline 2 \"quoted\" \\ é 日本", "", "bio.md"},
				Tags:   []string{"bio", "Bio::Cells"}, Media: map[string]string{"img-1.png": "/notes/a.png", "img-0.png": "/notes/b.png"}},
			"a~": {Hash: "ff", Mod: -5, Deck: "Bio::Cells", Kind: "cloze", Fields: []string{"{{c1::x}}"}},
		}},
		"empty.apkg": {Notes: map[string]*NoteState{}},
	}}
}

func TestStateCodecRoundTrip(t *testing.T) {
	want := sampleState()
	var buf bytes.Buffer
	if err := want.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte(stateMagic)) {
		t.Fatalf("Save wrote %q…, want the binary format", buf.Bytes()[:20])
	}
	first := append([]byte(nil), buf.Bytes()...)
	got, err := LoadStateFile(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
	var again bytes.Buffer
	if err := got.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again.Bytes()) {
		t.Error("saving the same state twice gave different bytes")
	}
}

// TestStateReadsVersion2 reads a binary state file of version 2, which has
// no package sources.
func TestStateReadsVersion2(t *testing.T) {
	data := stateMagic + "\x02\x01" + "\x06a.apkg" + "\x01" + "\x01g" + "\x01h" + "\x02" +
		"\x01D" + "\x05basic" + "\x01\x01F" + "\x00" + "\x00"
	got, err := LoadStateFile(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want := &StateFile{Version: stateVersion, Packages: map[string]*State{"a.apkg": {Notes: map[string]*NoteState{
		"g": {Hash: "h", Mod: 1, Deck: "D", Kind: "basic", Fields: []string{"F"}}}}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("version 2 state:\n got %+v\nwant %+v", got, want)
	}
}

// TestStateReadsJSON reads a state file of version 1 (JSON), as written by
// notes2deck before the binary format.
func TestStateReadsJSON(t *testing.T) {
	want := sampleState()
	want.Version = 1
	data, err := json.MarshalIndent(want, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	got, err := LoadStateFile(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want.Version = stateVersion
	if !reflect.DeepEqual(got, want) {
		t.Errorf("JSON state:\n got %+v\nwant %+v", got, want)
	}
}

func TestStateJSONNulls(t *testing.T) {
	sf, err := LoadStateFile(strings.NewReader(`{"packages": {"a": null, "b": {"notes": {"x": null, "y": {"hash": "h"}}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	want := &StateFile{Version: stateVersion, Packages: map[string]*State{"b": {Notes: map[string]*NoteState{"y": {Hash: "h"}}}}}
	if !reflect.DeepEqual(sf, want) {
		t.Errorf("got %+v, want %+v", sf, want)
	}
	var buf bytes.Buffer
	if err := sf.Save(&buf); err != nil {
		t.Fatal(err)
	}
}

func TestStateCodecRejects(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleState().Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for name, data := range map[string][]byte{
		"truncated":  good[:len(good)-3],
		"trailing":   append(append([]byte(nil), good...), 0),
		"huge count": []byte(stateMagic + "\x02\xff\xff\xff\xff\x0f"),
		"magic":      []byte("notes2deck state \x02\x01"),
		"json":       []byte(`{"packages": nul`),
		"newer":      []byte(stateMagic + "\x63\x00"),
	} {
		_, err := LoadStateFile(bytes.NewReader(data))
		switch {
		case err == nil:
			t.Errorf("%s: loaded", name)
		case name != "newer" && !errors.Is(err, ErrCorrupt):
			t.Errorf("%s: %v, want %v", name, err, ErrCorrupt)
		}
	}
}

func FuzzStateFile(f *testing.F) {
	var buf bytes.Buffer
	if err := sampleState().Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(stateMagic))
	f.Add([]byte(`{"version": 1, "packages": {}}`))
	f.Add([]byte(`{"packages": {"a": null, "b": {"notes": {"x": null, "y": {"fields": null}}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sf, err := LoadStateFile(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "read state: ") {
				t.Errorf("error %q does not say what failed", err)
			}
			return
		}
		var out bytes.Buffer
		if err := sf.Save(&out); err != nil {
			t.Fatal(err)
		}
		back, err := LoadStateFile(&out)
		if err != nil {
			t.Fatalf("reloading a saved state: %v", err)
		}
		if !reflect.DeepEqual(normState(back), normState(sf)) {
			t.Errorf("state changed by a save and a load")
		}
	})
}

// normState maps nil and empty slices and maps to one form: the binary
// format does not tell them apart, nor does the exporter.
func normState(f *StateFile) *StateFile {
	for _, st := range f.Packages {
		if st == nil {
			continue
		}
		for _, n := range st.Notes {
			if n == nil {
				continue
			}
			if len(n.Fields) == 0 {
				n.Fields = nil
			}
			if len(n.Tags) == 0 {
				n.Tags = nil
			}
			if len(n.Media) == 0 {
				n.Media = nil
			}
		}
	}
	return f
}
