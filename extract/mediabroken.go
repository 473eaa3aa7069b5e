package extract

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// brokenPath says why an image path that exists in part names no file: a
// link copied from another machine goes through a file ("notes.md/x.png"),
// round a loop of links, past the longest name the system takes, or holds
// "%00". Such a link is as broken as a missing file, and is left out as one
// is, not a build's end.
func brokenPath(path string) string {
	if strings.IndexByte(path, 0) >= 0 {
		return "a NUL byte in its name"
	}
	_, err := os.Stat(path)
	var pe *fs.PathError
	switch {
	case errors.Is(err, syscall.ELOOP):
		return "a loop of symbolic links"
	case errors.Is(err, syscall.ENOTDIR):
		return "a file stands where its path needs a folder"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "its path is too long"
	case errors.As(err, &pe):
		return pe.Err.Error()
	}
	return "its path cannot be followed"
}
