package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer that watch's goroutine and the test can share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls buf until it holds want, failing after a few seconds.
func waitFor(t *testing.T, buf *syncBuffer, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(buf.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q after 10s; output:\n%s", want, buf.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A watcher is a watch command running in the test's process.
type watcher struct {
	stdout, stderr syncBuffer
	cancel         context.CancelFunc
	done           chan int
}

// startWatch runs "notes2deck watch --format csv --out out notes" until
// stop, and waits for its first build.
func startWatch(t *testing.T, out, notes string) *watcher {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	w := &watcher{cancel: cancel, done: make(chan int)}
	go func() {
		w.done <- runContext(ctx, []string{"notes2deck", "watch", "--format", "csv", "--out", out, notes},
			strings.NewReader(""), &w.stdout, &w.stderr)
	}()
	t.Cleanup(cancel)
	waitFor(t, &w.stdout, "watching ")
	return w
}

// stop ends the watch and checks that it exits cleanly.
func (w *watcher) stop(t *testing.T) {
	t.Helper()
	w.cancel()
	if code := <-w.done; code != exitOK {
		t.Errorf("watch exited %d; stderr:\n%s", code, w.stderr.String())
	}
}

func TestWatchRebuildsOnSave(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes")
	out := filepath.Join(dir, "out")
	note := filepath.Join(notes, "cells.md")
	if err := os.MkdirAll(notes, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(note, []byte("# Cells\n\n- Nucleus: holds the DNA\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w := startWatch(t, out, notes)
	if _, err := os.Stat(filepath.Join(out, "notes.csv")); err != nil {
		t.Fatalf("first build: %v", err)
	}

	// A save rebuilds and says what changed.
	if err := os.WriteFile(note, []byte("# Cells\n\n- Nucleus: holds the DNA\n- Ribosome: builds proteins\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, &w.stdout, " rebuilt: ")

	// A note that does not build prints its error and keeps the last outputs.
	csv, err := os.ReadFile(filepath.Join(out, "notes.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(note, []byte("# Cells\n\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, &w.stderr, "cells.md:2: binary data")
	if now, _ := os.ReadFile(filepath.Join(out, "notes.csv")); !bytes.Equal(now, csv) {
		t.Errorf("a failed rebuild changed notes.csv")
	}

	// A note in a new subfolder is watched too.
	sub := filepath.Join(notes, "organelles")
	if err := os.WriteFile(note, []byte("# Cells\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * debounce) // let watch add the folder before it holds a note
	n := strings.Count(w.stdout.String(), " rebuilt: ")
	if err := os.WriteFile(filepath.Join(sub, "golgi.md"), []byte("# Golgi\n\n- Golgi: packs proteins\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for strings.Count(w.stdout.String(), " rebuilt: ") == n {
		if time.Now().After(deadline) {
			t.Fatalf("no rebuild after a note appeared in a new folder; output:\n%s", w.stdout.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	w.cancel()
	select {
	case code := <-w.done:
		if code != exitOK {
			t.Errorf("watch exited %d, want 0; stderr:\n%s", code, w.stderr.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("watch did not stop when its context was cancelled")
	}
}

// TestWatchConfigChangedOnce: saving notes2deck.yaml three times, each save
// a truncate and a write, says once that watch must restart to use it, not
// once an event (six lines).
func TestWatchConfigChangedOnce(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes")
	note := filepath.Join(notes, "cells.md")
	writeFiles(t, notes, map[string]string{"cells.md": "# Cells\n\n- Nucleus: holds the DNA\n"})
	w := startWatch(t, filepath.Join(dir, "out"), notes)
	config := filepath.Join(notes, configName)
	for _, cols := range []string{"2", "4", "3"} {
		if err := os.WriteFile(config, []byte("columns: "+cols+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		time.Sleep(debounce)
	}
	// A note saved after them rebuilds once their events are read.
	if err := os.WriteFile(note, []byte("# Cells\n\n- Nucleus: holds the DNA\n- Ribosome: builds proteins\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, &w.stdout, " rebuilt: ")
	w.stop(t)
	if n := strings.Count(w.stderr.String(), configName+" changed: restart watch to use it"); n != 1 {
		t.Errorf("said %d times that the settings changed, want once:\n%s", n, w.stderr.String())
	}
}

func TestReportChanges(t *testing.T) {
	var out bytes.Buffer
	u := &ui{out: &out, err: &out}
	prev := map[string]cardState{
		"a": {content: "1", front: "Kept"},
		"b": {content: "1", front: "Edited"},
		"c": {content: "1", front: "Gone"},
	}
	next := map[string]cardState{
		"a": {content: "1", front: "Kept"},
		"b": {content: "2", front: "Edited"},
		"d": {content: "1", front: "New"},
	}
	reportChanges(u, prev, next)
	got := out.String()
	for _, want := range []string{" rebuilt: 1 added, 1 changed, 1 removed (3 cards)\n", "  + :0: New\n", "  ~ :0: Edited\n", "  - :0: Gone\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Kept") {
		t.Errorf("output lists an unchanged card:\n%s", got)
	}
}

// TestWatchSymlinkedFolder: watch follows a notes folder that is a symbolic
// link to a folder, and rebuilds when a note in it is saved.
func TestWatchSymlinkedFolder(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "Dropbox", "Biology")
	note := filepath.Join(real, "cells.md")
	if err := os.MkdirAll(real, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(note, []byte("# Cells\n\n- Nucleus: holds the DNA\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	notes := filepath.Join(dir, "notes")
	if err := os.Symlink(real, notes); err != nil {
		t.Skip(err)
	}
	w := startWatch(t, filepath.Join(dir, "out"), notes)
	if err := os.WriteFile(note, []byte("# Cells\n\n- Nucleus: holds the DNA\n- Ribosome: builds proteins\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, &w.stdout, " rebuilt: 1 added")
	w.stop(t)
}

// TestWatchSymlinkedSubfolder: watch follows a sub-folder of the notes
// folder that is a link to a folder elsewhere, as build reads it, and
// rebuilds when a note in it is saved.
func TestWatchSymlinkedSubfolder(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "Dropbox", "bio")
	note := filepath.Join(real, "cells.md")
	writeFiles(t, dir, map[string]string{
		"Dropbox/bio/cells.md": "# Cells\n\n- Nucleus: holds the DNA\n",
		"notes/chem.md":        "# Chem\n\n- Atom: small\n",
	})
	notes := filepath.Join(dir, "notes")
	if err := os.Symlink(real, filepath.Join(notes, "bio")); err != nil {
		t.Skip(err)
	}
	w := startWatch(t, filepath.Join(dir, "out"), notes)
	if err := os.WriteFile(note, []byte("# Cells\n\n- Nucleus: holds the DNA\n- Ribosome: builds proteins\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, &w.stdout, " rebuilt: 1 added")
	w.stop(t)
}

// TestWatchFolderReplaced: a notes folder removed and made again (rm -rf, a
// sync tool), or moved away and back, is watched again once it is back:
// a note saved after that is rebuilt. While a file of its name stands in
// its place, nothing is built: the outputs keep the folder's cards.
func TestWatchFolderReplaced(t *testing.T) {
	for _, how := range []string{"removed", "moved", "file"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			notes := filepath.Join(dir, "notes")
			note := filepath.Join(notes, "cells.md")
			csv := filepath.Join(dir, "out", "notes.csv")
			save := func(answer string) {
				t.Helper()
				if err := os.WriteFile(note, []byte("# Cells\n\n- Nucleus: "+answer+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.MkdirAll(notes, 0o755); err != nil {
				t.Fatal(err)
			}
			save("v1")
			w := startWatch(t, filepath.Join(dir, "out"), notes)
			if how == "removed" {
				if err := os.RemoveAll(notes); err != nil {
					t.Fatal(err)
				}
				if err := os.Mkdir(notes, 0o755); err != nil {
					t.Fatal(err)
				}
				save("v2")
			} else {
				before, err := os.ReadFile(csv)
				if err != nil {
					t.Fatal(err)
				}
				away := filepath.Join(dir, "away")
				if err := os.Rename(notes, away); err != nil {
					t.Fatal(err)
				}
				if how == "file" {
					if err := os.WriteFile(notes, nil, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				time.Sleep(3 * debounce)
				if how == "file" {
					time.Sleep(3 * rootPoll)
					if now, _ := os.ReadFile(csv); !bytes.Equal(now, before) {
						t.Errorf("a file in place of the notes folder was built:\n%s", now)
					}
					if err := os.Remove(notes); err != nil {
						t.Fatal(err)
					}
				}
				if err := os.Rename(away, notes); err != nil {
					t.Fatal(err)
				}
			}
			time.Sleep(3 * rootPoll) // the rebuild the change made is done
			save("v3")
			deadline := time.Now().Add(10 * time.Second)
			for b, _ := os.ReadFile(csv); !strings.Contains(string(b), "v3"); b, _ = os.ReadFile(csv) {
				if time.Now().After(deadline) {
					t.Fatalf("no rebuild after a save in the folder that came back; stdout:\n%s\nstderr:\n%s", w.stdout.String(), w.stderr.String())
				}
				time.Sleep(20 * time.Millisecond)
			}
			w.stop(t)
			if want := notes + " was removed or moved; waiting for it to come back"; !strings.Contains(w.stderr.String(), want) {
				t.Errorf("stderr %q lacks %q", w.stderr.String(), want)
			}
		})
	}
}

// TestWatchRenamedSubfolder: a sub-folder renamed inside the notes folder
// ("chem" to "chemistry"), or moved in from outside with its own
// sub-folders, is watched under its new name: a note saved in it after that
// is rebuilt. fsnotify drops the watch of a folder that moves, so a save in
// the renamed folder went unseen until some other change.
func TestWatchRenamedSubfolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"notes/bio.md":           "# Bio\n\n- Cell: unit of life\n",
		"notes/chem/atoms.md":    "# Atoms\n\n- Atom: small\n",
		"outside/phys/forces.md": "# Forces\n\n- Force: a push\n",
	})
	notes := filepath.Join(dir, "notes")
	csv := filepath.Join(dir, "out", "notes.csv")
	w := startWatch(t, filepath.Join(dir, "out"), notes)
	// saved waits until the outputs show answer, after saving it in note.
	saved := func(note, answer string) {
		t.Helper()
		time.Sleep(3 * debounce) // the rebuild the move made is done
		if err := os.WriteFile(note, []byte("# Notes\n\n- Term: "+answer+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(10 * time.Second)
		for b, _ := os.ReadFile(csv); !strings.Contains(string(b), answer); b, _ = os.ReadFile(csv) {
			if time.Now().After(deadline) {
				t.Fatalf("no rebuild after saving %s; stdout:\n%s\nstderr:\n%s", note, w.stdout.String(), w.stderr.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	if err := os.Rename(filepath.Join(notes, "chem"), filepath.Join(notes, "chemistry")); err != nil {
		t.Fatal(err)
	}
	saved(filepath.Join(notes, "chemistry", "new.md"), "renamed folder")
	if err := os.Rename(filepath.Join(dir, "outside"), filepath.Join(notes, "more")); err != nil {
		t.Fatal(err)
	}
	saved(filepath.Join(notes, "more", "phys", "forces.md"), "moved-in folder")
	w.stop(t)
}
