package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStateFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	s, err := loadState(out)
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
	again, err := loadState(out)
	if err != nil {
		t.Fatalf("reload: %v", err)
	}
	if again.file.Packages["notes.apkg"] == nil || again.dirty {
		t.Errorf("reloaded state: %+v, dirty %v", again.file, again.dirty)
	}

	if err := os.WriteFile(s.path, []byte("{broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadState(out); err == nil || !strings.Contains(err.Error(), "delete it") {
		t.Errorf("a broken state file gave %v", err)
	}

	stdout, err := loadState("-")
	if err != nil || stdout.apkg("x.apkg") != nil || stdout.dirty {
		t.Errorf("stdout output keeps a state")
	}
}
