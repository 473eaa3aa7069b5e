package main

import (
	"os"
	"path/filepath"
)

// obsidianDir is the folder Obsidian keeps at the top of a vault.
const obsidianDir = ".obsidian"

// settingsDirs returns the folders whose notes2deck.yaml may apply to the
// PATH path, nearest first: the PATH's folder (the PATH itself for a
// folder) and each folder above it up to the folder notes2deck runs from,
// when that folder holds the PATH. So building one chapter or one note of a
// vault ("build vault/ch3", or "build ch3" inside vault/) reads the vault's
// notes2deck.yaml, as building the whole vault does: its deck, and so its
// cards' GUIDs, stay the same, and re-importing makes no duplicates. The
// search never climbs above the folder notes2deck runs from, so a stray
// notes2deck.yaml in /tmp or the home folder never applies to a build.
func settingsDirs(path string) []string {
	dir := path
	if info, err := os.Stat(path); err != nil || !info.IsDir() {
		dir = filepath.Dir(path)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return []string{dir}
	}
	wd, err := os.Getwd()
	if err != nil || !inside(wd, abs) {
		return []string{dir}
	}
	var dirs []string
	for d := abs; ; d = filepath.Dir(d) {
		rel, err := filepath.Rel(wd, d) // names in messages as the student typed them
		if err != nil {
			rel = d
		}
		dirs = append(dirs, rel)
		if d == wd || d == filepath.Dir(d) {
			return dirs
		}
	}
}

// vaultRoot returns the notes folder that holds the PATH path, for the
// images its notes may use: the nearest of settingsDirs holding
// notes2deck.yaml or an Obsidian vault's .obsidian folder, or "" when none
// does. A chapter built alone ("build vault/ch3") then finds the vault's
// shared "../attachments/cell.png" and Obsidian's "![[cell.png]]", as the
// build of the whole vault does, instead of refusing them as outside
// vault/ch3; a path leaving the vault is still refused.
func vaultRoot(path string) string {
	for _, d := range settingsDirs(path) {
		if info, err := os.Stat(filepath.Join(d, configName)); err == nil && !info.IsDir() {
			return d
		}
		if info, err := os.Stat(filepath.Join(d, obsidianDir)); err == nil && info.IsDir() {
			return d
		}
	}
	return ""
}
