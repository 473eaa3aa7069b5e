package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStateFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	s, err := loadState(out, minStateLimit)
	if err != nil {
		t.Fatalf("load missing state: %v", err)
	}
	if s.dirty || s.path != filepath.Join(out, stateName) {
		t.Fatalf("fresh state: dirty %v, path %q", s.dirty, s.path)
	}
	st := s.apkg("notes.apkg")
	if st == nil || !s.dirty {
		t.Fatal("apkg gave no package state or left the state clean")
	}
	if s.apkg("notes.apkg") != st {
		t.Error("apkg gave two states for one package")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(s.path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.file.Save(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	again, err := loadState(out, minStateLimit)
	if err != nil {
		t.Fatalf("reload: %v", err)
	}
	if again.file.Packages["notes.apkg"] == nil || again.dirty {
		t.Errorf("reloaded state: %+v, dirty %v", again.file, again.dirty)
	}

	if err := os.WriteFile(s.path, []byte("{broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Every damaged state file gives the same message; one far larger than
	// the notes could need is not read.
	for name, data := range map[string]string{
		"JSON":  "{broken",
		"magic": "notes2deck state \x02\x01",
		"cut":   "notes2deck state\n\x03\x05",
	} {
		if err := os.WriteFile(s.path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		want := s.path + ": corrupt state file: delete it to start afresh (the next package then marks every note as changed)"
		if _, err := loadState(out, minStateLimit); err == nil || err.Error() != want {
			t.Errorf("%s: a broken state file gave %v, want %q", name, err, want)
		}
	}
	if err := os.Truncate(s.path, 5<<30); err != nil {
		t.Fatal(err)
	}
	want := s.path + ": corrupt state file (5.0 GiB, more than the 512.0 MiB these notes could need): delete it to start afresh"
	if _, err := loadState(out, stateLimit(1000)); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("a 5 GiB state file gave %v, want %q…", err, want)
	}
	if got := stateLimit(100 << 20); got != 6400<<20 {
		t.Errorf("stateLimit(100 MiB) = %d, want 64 times that", got)
	}

	stdout, err := loadState("-", minStateLimit)
	if err != nil || stdout.apkg("x.apkg") != nil || stdout.dirty {
		t.Errorf("stdout output keeps a state")
	}
}
