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
func composedPath(path string) string {
	if _, err := os.Lstat(path); err == nil {
		return path
	}
	dir, name := filepath.Split(path)
	if dir = filepath.Clean(dir); dir == path {
		return ""
	}
	if dir = composedPath(dir); dir == "" || isASCII(name) {
		return "" // an ASCII name is spelled one way only
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	want := norm.NFC.String(name)
	for _, e := range entries {
		if norm.NFC.String(e.Name()) == want {
			return filepath.Join(dir, e.Name())
		}
	}
	return ""
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
