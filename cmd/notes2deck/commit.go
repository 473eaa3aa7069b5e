package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// An outputTx writes the outputs of one build, and its state file, as temp
// files in the output folder, and renames them all into place only once every
// one of them is written. Until then nothing the student sees has changed: a
// build that fails, or is interrupted, leaves the previous outputs and state
// exactly as they were. It also holds the output folder's lock.
type outputTx struct {
	dir       string // output folder; "-" for stdout
	lock      *outputLock
	staged    []stagedFile // guarded by inflight.mu
	work      string       // the folder the apkg exporter builds its collection in, once made; guarded by inflight.mu
	committed bool         // guarded by inflight.mu
}

// A stagedFile is a written temp file and the output it will replace.
type stagedFile struct{ tmp, path string }

// inflight is every open transaction, so that an interrupt can remove their
// temp files. Its lock is held while temp files are created and renamed.
var inflight = struct {
	mu        sync.Mutex
	txs       map[*outputTx]bool
	committed bool // some transaction of this process renamed its outputs into place
	commits   int  // how many did
}{txs: map[*outputTx]bool{}}

// beginOutputs locks the output folder dir (creating it if needed) and opens
// a transaction on it. Output to stdout ("-") locks nothing.
func beginOutputs(dir string, u *ui) (*outputTx, error) {
	tx := &outputTx{dir: dir}
	if dir != "-" {
		if err := checkUmask(umask); err != nil {
			return nil, err
		}
		l, err := lockOutput(dir, func() {
			u.errorf("notes2deck: another build is writing %s; waiting for it to finish", dir)
		})
		if err != nil {
			return nil, err
		}
		tx.lock = l
		removeTemps(dir) // left by a build that was killed outright
	}
	inflight.mu.Lock()
	inflight.txs[tx] = true
	inflight.mu.Unlock()
	return tx, nil
}

// checkUmask refuses the umask mask when it takes from the student the
// right to read or write the files a build makes, or to open the folders:
// "umask 777" (a typo for 077, or a service's setting) made an output
// folder of mode 000, so that build and every later one said "lock out:
// permission denied" of a folder the student could not enter, and as root
// outputs of mode 000 that Anki could not read.
func checkUmask(mask os.FileMode) error {
	if mask&0o700 == 0 {
		return nil
	}
	return fmt.Errorf("the umask %04o takes from you the right to read, write or open the files and folders a build makes, so nothing was written: "+
		"set one such as 022 (umask 022) and build again", mask)
}

// tempPrefix starts the name of every temp file and folder a build makes in
// its output folder, and of nothing else: the files a build left behind when
// it was killed are found by it, and a file of the student's that merely
// looks like a temp file (an editor's ".cells.md.tmp-1") is never touched.
const tempPrefix = ".notes2deck-tmp-"

// maxTempStem is how many bytes of an output's name a temp file beside it
// keeps, so that its name, with tempPrefix, a suffix and CreateTemp's random
// digits, stays well under the 255 bytes a file name may have even when the
// output's own name is that long.
const maxTempStem = 100

// tempPattern is the CreateTemp pattern of a temp file beside path: tempPrefix,
// the start of path's file name (at most maxTempStem bytes, cut between two
// characters), then suffix and "-*".
func tempPattern(path, suffix string) string {
	stem := filepath.Base(path)
	if len(stem) > maxTempStem {
		cut := maxTempStem
		for cut > 0 && !utf8.RuneStart(stem[cut]) {
			cut--
		}
		stem = stem[:cut]
	}
	return tempPrefix + stem + suffix + "-*"
}

// collectionPattern matches, in a work folder (see outputTx.workDir), the
// apkg exporter's SQLite collection and its journal.
const collectionPattern = ".notes2deck-*.anki2*"

// removeTemps deletes the temp files and work folders in dir that a build
// made. Call it only with dir locked.
func removeTemps(dir string) {
	names, _ := filepath.Glob(filepath.Join(dir, tempPrefix+"*"))
	for _, n := range names {
		info, err := os.Lstat(n)
		switch {
		case err != nil:
		case info.Mode().IsRegular():
			os.Remove(n)
		case info.IsDir():
			removeWork(n)
		}
	}
}

// removeWork deletes a work folder: the collections in it, then the folder
// itself if nothing else is left in it.
func removeWork(dir string) {
	names, _ := filepath.Glob(filepath.Join(dir, collectionPattern))
	for _, n := range names {
		os.Remove(n)
	}
	os.Remove(dir)
}

// workDir returns a new folder in the output folder for the apkg exporter to
// build its collection in (the output folder is on the disk the package
// goes to), made on the first call; abort removes it.
func (tx *outputTx) workDir() (string, error) {
	inflight.mu.Lock()
	defer inflight.mu.Unlock()
	if tx.work == "" {
		dir, err := os.MkdirTemp(tx.dir, tempPrefix+"*")
		if err != nil {
			return "", fmt.Errorf("write %s: %w", tx.dir, spaceHint(unwrapPathError(err)))
		}
		tx.work = dir
	}
	return tx.work, nil
}

// writeOutput exports decks to dir/name as a staged temp file.
func (tx *outputTx) writeOutput(dir, name string, exp exporters.Exporter, decks []extract.Deck) (string, error) {
	path := filepath.Join(dir, name)
	err := tx.write(path, func(f *os.File) error {
		w := bufio.NewWriterSize(f, 1<<16)
		if err := exp.Export(w, decks); err != nil {
			return err
		}
		return w.Flush()
	})
	if err != nil {
		return path, tx.folderGone(err)
	}
	return path, nil
}

// write calls fill on a new temp file beside path, flushes it to disk and
// stages it to replace path at commit.
func (tx *outputTx) write(path string, fill func(*os.File) error) error {
	inflight.mu.Lock()
	f, err := os.CreateTemp(filepath.Dir(path), tempPattern(path, ""))
	if err == nil {
		tx.staged = append(tx.staged, stagedFile{tmp: f.Name(), path: path})
	}
	inflight.mu.Unlock()
	if err != nil {
		return fmt.Errorf("write %s: %w", path, spaceHint(unwrapPathError(err)))
	}
	err = fill(f)
	if err == nil {
		err = f.Chmod(outputMode)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		inflight.mu.Lock()
		os.Remove(f.Name())
		for i, st := range tx.staged {
			if st.tmp == f.Name() {
				tx.staged = append(tx.staged[:i], tx.staged[i+1:]...)
				break
			}
		}
		inflight.mu.Unlock()
		if xe := (*extract.Error)(nil); errors.As(err, &xe) {
			return err // a note's error names the note, not the output
		}
		return fmt.Errorf("write %s: %w", path, spaceHint(unwrapPathError(err)))
	}
	return nil
}

// spaceHint adds to err, the cause of a failed write of an output, what a
// student can do when it is a full disk or an output larger than a file
// may be (the file size limit, ulimit -f, or the file system's own, 4 GiB
// on a FAT32 stick); other errors are returned as they are.
func spaceHint(err error) error {
	switch {
	case errors.Is(err, syscall.EFBIG):
		return fmt.Errorf("%w: the output is larger than the file size limit (ulimit -f) or this file system allows: "+
			"raise the limit, or pick another --out folder", err)
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%w: the disk is full: free some space, or pick another --out folder", err)
	}
	return err
}

// folderGone returns err, the failure of a write in the output folder, or,
// when the folder itself is gone (deleted or moved away while the build
// wrote it: a student who clears out/ while watch runs), an error saying
// so: the write's own error names a temp file the student never saw, or
// SQLite's journal. A note's error is returned as it is.
func (tx *outputTx) folderGone(err error) error {
	var xe *extract.Error
	if tx.dir == "-" || errors.As(err, &xe) {
		return err
	}
	if _, serr := os.Stat(tx.dir); !errors.Is(serr, fs.ErrNotExist) {
		return err
	}
	return fmt.Errorf("write %s: the output folder was deleted or moved during the build, so nothing was written; the next build makes it anew", tx.dir)
}

// commit stages the state file, if s changed and s.stage did not already,
// then renames every staged file into place.
func (tx *outputTx) commit(s *buildState) error {
	if err := tx.stageAndInstall(s); err != nil {
		return tx.folderGone(err)
	}
	return nil
}

// stageAndInstall is commit's work: it stages the state and renames the
// staged files into place.
func (tx *outputTx) stageAndInstall(s *buildState) error {
	if s != nil && s.staging != nil {
		if err := <-s.staging; err != nil {
			return err
		}
	} else if s != nil && s.file != nil && s.dirty {
		if err := tx.write(s.path, func(f *os.File) error { return s.file.Save(f) }); err != nil {
			return err
		}
	}
	inflight.mu.Lock()
	defer inflight.mu.Unlock()
	if s != nil { // the state goes last: it describes the outputs in place
		if i := slices.IndexFunc(tx.staged, func(st stagedFile) bool { return st.path == s.path }); i >= 0 {
			st := tx.staged[i]
			tx.staged = append(slices.Delete(tx.staged, i, i+1), st)
		}
	}
	if err := tx.install(); err != nil {
		return err
	}
	tx.staged = nil
	tx.committed = true
	inflight.committed = true
	inflight.commits++
	if s != nil && s.old != "" && s.dirty {
		os.Remove(s.old) // now replaced by s.path
	}
	if d, err := os.Open(tx.dir); err == nil {
		d.Sync() // make the renames durable
		d.Close()
	}
	return nil
}

// install renames every staged file into place, all or nothing. It first
// checks that no output's place is taken by a folder, which no rename can
// replace; then it keeps each previous output under a temp name, so that if
// a rename fails all the same, the outputs already replaced are put back.
// The caller holds inflight.mu.
func (tx *outputTx) install() error {
	for _, st := range tx.staged {
		if info, err := os.Lstat(st.path); err == nil && info.IsDir() {
			return fmt.Errorf("write %s: a folder of that name is in the way (move it, or pick another --out folder)", st.path)
		}
	}
	kept := make([]string, len(tx.staged)) // the previous outputs; "" where there was none
	defer func() {
		for _, k := range kept {
			if k != "" {
				os.Remove(k)
			}
		}
	}()
	for i, st := range tx.staged {
		k, err := keepPrevious(st.path)
		if err != nil {
			return fmt.Errorf("write %s: %w", st.path, spaceHint(unwrapPathError(err)))
		}
		kept[i] = k
	}
	for i, st := range tx.staged {
		if err := os.Rename(st.tmp, st.path); err != nil {
			for j := i - 1; j >= 0; j-- {
				if kept[j] == "" {
					os.Remove(tx.staged[j].path)
				} else if os.Rename(kept[j], tx.staged[j].path) == nil {
					kept[j] = ""
				}
			}
			return fmt.Errorf("write %s: %w", st.path, spaceHint(unwrapPathError(err)))
		}
	}
	return nil
}

// keepPrevious gives the file at path a second name, a temp file beside it,
// and returns that name, or "" if there is no file at path. It makes a hard
// link, or a copy on a file system without them (FAT on a USB stick).
func keepPrevious(path string) (string, error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), tempPattern(path, "-previous"))
	if err != nil {
		return "", err
	}
	name := f.Name()
	f.Close()
	if os.Remove(name) == nil && os.Link(path, name) == nil {
		return name, nil
	}
	if err := copyFile(path, name); err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// copyFile copies the regular file from to a new file to.
func copyFile(from, to string) error {
	src, err := openRegular(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	return err
}

// abort removes the temp files not yet committed and releases the lock. It
// is safe to call after commit, and more than once.
func (tx *outputTx) abort() {
	inflight.mu.Lock()
	tx.discard()
	delete(inflight.txs, tx)
	inflight.mu.Unlock()
	tx.lock.unlock()
}

// discard removes the staged temp files and the work folder. The caller
// holds inflight.mu.
func (tx *outputTx) discard() {
	for _, st := range tx.staged {
		os.Remove(st.tmp)
	}
	tx.staged = nil
	if tx.work != "" {
		removeWork(tx.work)
		tx.work = ""
	}
}
