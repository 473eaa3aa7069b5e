package extract

import (
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// composedPath returns the file path names when the disk spells a folder or
// file name on the way in another Unicode form or another case, or "" when
// there is none. A note's text is read composed (NFC), but a Mac, or a zip
// made on one, writes names decomposed: "![](img/café.png)" must still find
// "img/cafe\u0301.png", as it did on the Mac. The disks of Macs and of
// Windows ignore case, and so does Obsidian on every system: a note written
// there that names "Img/Cell.PNG" for img/cell.png showed its picture, and
// must still find it. path is clean and absolute; a name that is missing is
// looked for in its folder's listing, the first entry (in sorted order) of
// the same composed form, else of the same composed form in lower case.
func (v *vaultIndex) composedPath(path string) string {
	if _, err := os.Lstat(path); err == nil {
		return path
	}
	dir, name := filepath.Split(path)
	if dir = filepath.Clean(dir); dir == path {
		return ""
	}
	if dir = v.composedPath(dir); dir == "" {
		return ""
	}
	names := v.listing(dir)
	name = norm.NFC.String(name)
	if entry := names.composed[name]; entry != "" {
		return filepath.Join(dir, entry)
	}
	if entry := names.folded[strings.ToLower(name)]; entry != "" {
		return filepath.Join(dir, entry)
	}
	return ""
}

// formTwin returns the name of another file in the folder of path, the
// file an image names, spelt in another Unicode form, or "" when there is
// none: on Linux "café.png" and "cafe\u0301.png" are two files, and a
// note's text, read composed, cannot tell which it meant. Only the folder
// of a name that has another form is listed.
func (v *vaultIndex) formTwin(path string) string {
	dir, name := filepath.Split(path)
	composed := norm.NFC.String(name)
	if composed == norm.NFD.String(name) {
		return ""
	}
	for _, e := range v.listing(filepath.Clean(dir)).twins[composed] {
		if e != name {
			return e
		}
	}
	return ""
}

// A folderNames lists the entries of a folder by the forms a note may name
// them in.
type folderNames struct {
	composed map[string]string   // composed (NFC) name → its entry
	folded   map[string]string   // composed name in lower case → its entry
	twins    map[string][]string // composed name → its entries, when more than one
}

// listing returns the names in folder dir by their composed form, and by
// that form in lower case, the first in sorted order for each. A folder is
// listed once per note: a note of 5,000 missing images in a folder of 5,000
// files must not list it 5,000 times.
func (v *vaultIndex) listing(dir string) folderNames {
	v.mu.Lock()
	defer v.mu.Unlock()
	if names, ok := v.listings[dir]; ok {
		return names
	}
	names := folderNames{composed: map[string]string{}, folded: map[string]string{}, twins: map[string][]string{}}
	entries, _ := os.ReadDir(dir) // an unreadable folder lists nothing
	for _, e := range entries {
		c := norm.NFC.String(e.Name())
		if first := names.composed[c]; first == "" {
			names.composed[c] = e.Name()
		} else if names.twins[c] == nil {
			names.twins[c] = []string{first, e.Name()}
		} else {
			names.twins[c] = append(names.twins[c], e.Name())
		}
		if f := strings.ToLower(c); names.folded[f] == "" {
			names.folded[f] = e.Name()
		}
	}
	if v.listings == nil {
		v.listings = map[string]folderNames{}
	}
	v.listings[dir] = names
	return names
}
