package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ownMarks are what every output notes2deck writes holds, by format: the
// CSV's first header line, the PDF's producer, and the note types' names in
// the .apkg's collection.
var ownMarks = map[string]string{
	"csv":  "#separator:Comma\n",
	"pdf":  "/Producer (notes2deck)",
	"apkg": "notes2deck",
}

// csvBOM is the byte order mark an editor may save before a CSV's header.
const csvBOM = "\uFEFF"

// pdfTail is how much of the end of a PDF is searched for its producer,
// which gofpdf writes just before the cross-reference table (180 KB from
// the end of the sheet of 10,000 items).
const pdfTail = 8 << 20

// writtenByUs reports whether the file at path, an output of format f about
// to be replaced, is one notes2deck wrote. A student's lecture3.pdf beside
// lecture3.md, or a biology.csv of grades in a notes folder that is also
// the output folder, is not, and must not be replaced by the build. A file
// that cannot be read, or is no regular file (a named pipe, which would
// block the read), is left for the write to report or replace.
func writtenByUs(path, f string) bool {
	file, err := openRegular(path)
	if err != nil {
		return true
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		return true
	}
	mark := []byte(ownMarks[f])
	switch f {
	case "csv":
		// A UTF-8 byte order mark and a CR before the LF are an editor's or
		// git's autocrlf's (see csv.ReadNotes): the CSV is still ours.
		head := make([]byte, len(csvBOM)+len(mark)+1)
		n, _ := io.ReadFull(file, head)
		head = bytes.TrimPrefix(head[:n], []byte(csvBOM))
		line := mark[:len(mark)-1]
		return bytes.HasPrefix(head, mark) || bytes.HasPrefix(head, append(line[:len(line):len(line)], '\r', '\n'))
	case "pdf":
		if size := info.Size(); size > pdfTail {
			if _, err := file.Seek(size-pdfTail, io.SeekStart); err != nil {
				return false
			}
		}
		return readerContains(file, mark)
	case "apkg":
		return apkgByUs(file, info.Size(), mark)
	}
	return true
}

// apkgByUs reports whether the package file holds a collection whose first
// MiB names a notes2deck note type, as every package notes2deck wrote does
// (16 KB in).
func apkgByUs(file *os.File, size int64, mark []byte) bool {
	z, err := zip.NewReader(file, size)
	if err != nil {
		return false
	}
	for _, e := range z.File {
		if e.Name != "collection.anki2" {
			continue
		}
		r, err := e.Open()
		if err != nil {
			return false
		}
		defer r.Close()
		return readerContains(io.LimitReader(r, 1<<20), mark)
	}
	return false
}

// readerContains reports whether what r reads, up to its end or its first
// error, holds mark. It reads through one 64 KiB buffer and stops at mark,
// so the check of a big output before a rebuild does not copy it whole
// into memory (a cheat sheet of 10,000 items is 4.7 MB).
func readerContains(r io.Reader, mark []byte) bool {
	buf := make([]byte, 64<<10)
	kept := 0 // bytes at the start of buf from the piece before: mark may straddle pieces
	for {
		n, err := r.Read(buf[kept:])
		if bytes.Contains(buf[:kept+n], mark) {
			return true
		}
		if err != nil {
			return false
		}
		end := kept + n
		kept = min(len(mark)-1, end)
		copy(buf, buf[end-kept:end])
	}
}

// checkOwned refuses a build that would replace a file notes2deck did not
// write, naming it: the notes folder used as the output folder ("out: ."),
// or an output folder that is a link into it, holds the student's own
// files.
func checkOwned(outputs []string) error {
	for _, o := range outputs {
		f := strings.TrimPrefix(filepath.Ext(o), ".")
		if _, known := ownMarks[f]; !known || writtenByUs(o, f) {
			continue
		}
		return usageError{o + " exists and was not written by notes2deck: the build would replace it; move it away or pick another --out folder"}
	}
	return nil
}
