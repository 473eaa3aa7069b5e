package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/urfave/cli/v2"
)

// debounce is how long watch waits after the last change before it rebuilds,
// so that an editor's several writes of one save make one build.
const debounce = 200 * time.Millisecond

// maxChangeLines is how many changed cards watch lists without --verbose.
const maxChangeLines = 10

// rootPoll is how often watch looks for a watched folder that was removed or
// moved away to come back: the folder's own watch went with it.
const rootPoll = 500 * time.Millisecond

func watchCommand() *cli.Command {
	return &cli.Command{
		Name:      "watch",
		Usage:     "rebuild the outputs every time a note is saved",
		ArgsUsage: "[PATH...]",
		Description: "watch builds once, then rebuilds whenever a note under the PATHs changes,\n" +
			"and says which cards were added, changed or removed. A note that does not\n" +
			"build (say, half-saved) prints its error and leaves the last good outputs in\n" +
			"place. It takes the flags of build; stop it with Ctrl+C.\n\n" +
			"Example:\n   notes2deck watch --format apkg notes",
		Flags:  buildFlags(),
		Action: watchAction,
	}
}

func watchAction(c *cli.Context) error {
	writesOutputs()
	cfg, err := loadBuildConfig(c)
	if err != nil {
		return err
	}
	interruptsTo(cfg.ui)
	if cfg.out == "-" || slices.Contains(cfg.paths, "-") {
		return usageError{"watch reads and writes files: - is not allowed"}
	}
	return watch(c.Context, cfg)
}

// A cardState is what watch remembers of a card to tell what changed.
type cardState struct {
	content string // everything the outputs show of the card
	pos     extract.Pos
	front   string // plain text, for messages
}

// snapshot maps the GUID of every card of decks to its state.
func snapshot(decks []extract.Deck) map[string]cardState {
	m := map[string]cardState{}
	all := exporters.PackageGUIDs(decks)
	for k, d := range decks {
		guids := all[k]
		for i, c := range d.Cards {
			content := strings.Join([]string{d.Name, c.Kind.String(), c.Front, c.Back,
				strings.Join(c.Context, "\x1f"), strings.Join(c.Tags, " ")}, "\x1e")
			m[guids[i]] = cardState{content: content, pos: c.Pos, front: oneLine(c.Front)}
		}
	}
	return m
}

// watch builds cfg, then rebuilds it after each change until ctx is done or,
// between builds, a stop signal arrives; a signal during a build interrupts
// it as it interrupts build.
func watch(ctx context.Context, cfg buildConfig) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer stopLoudly(nil)
	if _, err := collectTargets(cfg.paths, cfg.out); err != nil {
		return err
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer w.Close()
	outAbs, _ := filepath.Abs(cfg.out)
	paths := cfg.paths
	if len(paths) == 0 {
		paths = []string{"notes"}
	}
	roots := map[string]bool{} // the folders watched, to watch again when one is replaced
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			p = filepath.Dir(p) // a note's folder: editors replace files on save
		}
		if err := addTree(w, p, outAbs); err != nil {
			return err
		}
		roots[filepath.Clean(p)] = true
	}
	gone := map[string]bool{} // roots removed or moved away, looked for every rootPoll
	// Settings files said to have changed: an editor's save is several
	// events (truncate, write, rename), and each printed the line again.
	told := map[string]bool{}

	var prev map[string]cardState
	stopLoudly(cancel)
	if decks, err := buildOnce(cfg); err != nil {
		cfg.ui.errorf("%v", err)
	} else {
		prev = snapshot(decks)
	}
	cfg.brief = true
	stopQuietly(cancel)
	cfg.ui.statusf("watching %s; press Ctrl+C to stop", strings.Join(paths, ", "))

	var fire, poll <-chan time.Time
	// Folders created or moved in since the last build, watched again when
	// it fires: fsnotify drops the watch of a folder that moves once it
	// reads the move, which may come after the folder's new name was added.
	var arrived []string
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-poll:
			poll = nil
			for r := range gone {
				if info, err := os.Stat(r); err != nil || !info.IsDir() {
					poll = time.After(rootPoll)
					continue
				}
				delete(gone, r)
				if err := addTree(w, r, outAbs); err != nil {
					cfg.ui.errorf("%v", err)
					continue
				}
				cfg.ui.statusf("%s is back; watching it again", r)
				fire = time.After(debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			cfg.ui.errorf("watch: %v", err)
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if isFolder(ev.Name, outAbs) || ev.Op == fsnotify.Chmod {
				continue
			}
			if r := filepath.Clean(ev.Name); roots[r] && (ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename)) {
				// Removed (rm -rf, a sync tool) or moved away (git stash, mv):
				// its watch is gone; look for it to come back.
				if !gone[r] {
					cfg.ui.errorf("%s was removed or moved; waiting for it to come back", r)
				}
				gone[r] = true
				poll = time.After(rootPoll)
				fire = time.After(debounce)
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					if err := addTree(w, ev.Name, outAbs); err != nil {
						cfg.ui.errorf("%v", err)
					}
					arrived = append(arrived, ev.Name)
					fire = time.After(debounce)
					continue
				}
			}
			switch name := filepath.Base(ev.Name); {
			case name == configName:
				if !told[ev.Name] {
					told[ev.Name] = true
					cfg.ui.errorf("%s changed: restart watch to use it", ev.Name)
				}
			case !notANote(name) && isNoteFile(name):
				fire = time.After(debounce)
			}
		case <-fire:
			fire = nil
			// A root that is not a folder (removed, or a file of its name in
			// its place) would build as no notes, or as the file: every card
			// removed. Wait for the folder instead; its return rebuilds.
			for r := range roots {
				if info, err := os.Stat(r); (err != nil || !info.IsDir()) && !gone[r] {
					cfg.ui.errorf("%s is not a folder any more; waiting for a folder of that name", r)
					gone[r] = true
					poll = time.After(rootPoll)
				}
			}
			if len(gone) > 0 {
				continue
			}
			for _, d := range arrived {
				if info, err := os.Stat(d); err == nil && info.IsDir() {
					if err := addTree(w, d, outAbs); err != nil {
						cfg.ui.errorf("%v", err)
					}
				}
			}
			arrived = nil
			stopLoudly(cancel)
			if ctx.Err() != nil { // stopped by a signal just before
				return nil
			}
			decks, err := buildOnce(cfg)
			stopQuietly(cancel)
			if err != nil {
				cfg.ui.errorf("%v (kept the last good outputs)", err)
				continue
			}
			next := snapshot(decks)
			reportChanges(cfg.ui, prev, next)
			prev = next
		}
	}
}

// addTree watches root and every folder under it but dot-folders and skip,
// following links to folders as collect does: a folder whose notes are
// watched already is not watched again, so a loop of links ends.
func addTree(w *fsnotify.Watcher, root, skip string) error {
	var trees folderTrees
	trees.follow(root)
	skipReal := ""
	if skip != "" {
		skipReal, _ = realPath(skip)
	}
	var walk func(dir string) error
	walk = func(dir string) error {
		top := walkRoot(dir)
		return filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p != top && d != nil && d.IsDir() && errors.Is(err, fs.ErrPermission) {
					return filepath.SkipDir // not read: each build warns of it (see unreadFolder)
				}
				return fmt.Errorf("watch %s: %w", p, unwrapPathError(err))
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if strings.HasPrefix(d.Name(), ".") {
					return nil
				}
				info, err := os.Stat(p)
				if err != nil || !info.IsDir() {
					return nil
				}
				if real, err := realPath(p); err != nil || skipReal != "" && inside(skipReal, real) || !trees.follow(real) {
					return nil // the output folder, or notes watched already
				}
				return walk(p)
			}
			if !d.IsDir() {
				return nil
			}
			if p != top && (strings.HasPrefix(d.Name(), ".") || isFolder(p, skip)) {
				return filepath.SkipDir
			}
			if err := w.Add(p); err != nil {
				if p != top && errors.Is(err, fs.ErrPermission) {
					return filepath.SkipDir
				}
				return fmt.Errorf("watch %s: %w", p, err)
			}
			return nil
		})
	}
	return walk(root)
}

// reportChanges prints one line saying how many cards were added, changed and
// removed since the previous build, then up to maxChangeLines of them
// (all of them under --verbose).
func reportChanges(u *ui, prev, next map[string]cardState) {
	var lines []string
	var added, changed, removed int
	for _, g := range sortedKeys(next) {
		n := next[g]
		switch p, ok := prev[g]; {
		case !ok:
			added++
			lines = append(lines, fmt.Sprintf("  + %s: %s", n.pos, n.front))
		case p.content != n.content:
			changed++
			lines = append(lines, fmt.Sprintf("  ~ %s: %s", n.pos, n.front))
		}
	}
	for _, g := range sortedKeys(prev) {
		if _, ok := next[g]; !ok {
			removed++
			lines = append(lines, fmt.Sprintf("  - %s: %s", prev[g].pos, prev[g].front))
		}
	}
	u.statusf("%s rebuilt: %d added, %d changed, %d removed (%s)",
		time.Now().Format("15:04:05"), added, changed, removed, plural(len(next), "card"))
	for i, l := range lines {
		if i == maxChangeLines && !u.verbose {
			u.statusf("  … and %d more (--verbose lists them all)", len(lines)-i)
			break
		}
		u.statusf("%s", l)
	}
}

// sortedKeys returns the GUIDs of m ordered by the cards' positions.
func sortedKeys(m map[string]cardState) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		pa, pb := m[a].pos, m[b].pos
		if c := strings.Compare(pa.File, pb.File); c != 0 {
			return c
		}
		if pa.Line != pb.Line {
			return pa.Line - pb.Line
		}
		return strings.Compare(a, b)
	})
	return keys
}
