package extract

import (
	"os"
	"path/filepath"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// composedPath returns the file path names when the disk spells a folder or
// file name on the way in another Unicode form, or "" when there is none.
// A note's text is read composed (NFC), but a Mac, or a zip made on one,
// writes names decomposed: "![](img/café.png)" must still find
// "img/cafe\u0301.png", as it did on the Mac. path is clean and absolute;
// a name that is missing and not ASCII is looked for in its folder's
// listing, the first entry (in sorted order) of the same composed form.
func (v *vaultIndex) composedPath(path string) string {
	if _, err := os.Lstat(path); err == nil {
		return path
	}
	dir, name := filepath.Split(path)
	if dir = filepath.Clean(dir); dir == path {
		return ""
	}
	if dir = v.composedPath(dir); dir == "" || isASCII(name) {
		return "" // an ASCII name is spelled one way only
	}
	if entry := v.listing(dir)[norm.NFC.String(name)]; entry != "" {
		return filepath.Join(dir, entry)
	}
	return ""
}

// listing returns the names in folder dir by their composed form, the first
// in sorted order for each. A folder is listed once per note: a note of
// 5,000 missing images in a folder of 5,000 files must not list it 5,000
// times.
func (v *vaultIndex) listing(dir string) map[string]string {
	v.mu.Lock()
	defer v.mu.Unlock()
	if names, ok := v.listings[dir]; ok {
		return names
	}
	names := map[string]string{}
	entries, _ := os.ReadDir(dir) // an unreadable folder lists nothing
	for _, e := range entries {
		if c := norm.NFC.String(e.Name()); names[c] == "" {
			names[c] = e.Name()
		}
	}
	if v.listings == nil {
		v.listings = map[string]map[string]string{}
	}
	v.listings[dir] = names
	return names
}

// isASCII reports whether s is ASCII alone, a name no Unicode form changes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
