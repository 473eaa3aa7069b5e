package apkg

import (
	"errors"
	"io/fs"
	"os"

	"modernc.org/sqlite"
)

// SQLite's primary result codes for a read or write of the file that
// failed (SQLITE_IOERR, whose extended codes keep it in the low byte) and
// for a full disk (SQLITE_FULL).
const (
	sqliteIOErr = 10
	sqliteFull  = 13
)

// probeSize is how much osCause writes past the end of the collection: more
// than the pages SQLite holds back before it writes them, so a write that
// failed near the end fails again.
const probeSize = 1 << 20

// osCause returns the operating system's error for a failed write of the
// collection at path, when err is SQLite's word for one: SQLite says "disk
// I/O error (778)" for a file past the file size limit (EFBIG) and
// "database or disk is full (13)" for a full disk, and keeps the errno to
// itself. It writes probeSize bytes past the collection's end to learn it
// (the collection is thrown away after) and returns the errno, which the
// caller names with the output. err is returned as it is when it is no such
// error or the probe writes.
func osCause(path string, err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	if c := se.Code() & 0xff; c != sqliteIOErr && c != sqliteFull {
		return err
	}
	f, ferr := os.OpenFile(path, os.O_WRONLY, 0)
	if ferr != nil {
		return err
	}
	defer f.Close()
	info, ferr := f.Stat()
	if ferr != nil {
		return err
	}
	_, werr := f.WriteAt(make([]byte, probeSize), info.Size())
	if werr == nil {
		return err
	}
	if pe := (*fs.PathError)(nil); errors.As(werr, &pe) {
		return pe.Err // the temp file's name means nothing to a student
	}
	return werr
}
