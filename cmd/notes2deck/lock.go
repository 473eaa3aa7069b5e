package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// lockName is the file in the output folder that builds lock, so that two
// builds writing the same folder at once take turns instead of mixing their
// outputs and state.
const lockName = ".notes2deck.lock"

// An outputLock is the held lock of one output folder.
type outputLock struct{ f *os.File }

// lockOutput creates the output folder dir if needed and locks it. When
// another build holds the lock, it calls waiting once and waits for it.
func lockOutput(dir string, waiting func()) (*outputLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		if err := notSystemFolder(dir); err != nil {
			return nil, err
		}
		if why := brokenLink(dir); why != "" {
			return nil, fmt.Errorf("create output folder %s: %s: pick another --out folder, or mend the link", dir, why)
		}
		if err := notAFolder("output folder ", dir); err != nil {
			return nil, fmt.Errorf("%w: pick another --out folder", err)
		}
		return nil, fmt.Errorf("create output folder %s: %w", dir, unwrapPathError(err))
	}
	path := filepath.Join(dir, lockName)
	// Never through a link: a dangling "out/.notes2deck.lock" pointing at
	// "../notes/ghost.md" made every build create a note.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|unix.O_NOFOLLOW, 0o644)
	if errors.Is(err, unix.ELOOP) {
		return nil, fmt.Errorf("lock %s: %s is a link, not notes2deck's lock file: remove it", dir, path)
	}
	if errors.Is(err, unix.EISDIR) {
		// "lock out: is a directory" named the output folder, a folder
		// as it should be, not the lock file that is one.
		return nil, fmt.Errorf("lock %s: %s is a folder, not notes2deck's lock file: remove it", dir, path)
	}
	if err != nil {
		if err := notSystemFolder(dir); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("lock %s: %w%s", dir, unwrapPathError(err), ownedByOther(err, path, dir))
	}
	err = flock(f, unix.LOCK_EX|unix.LOCK_NB)
	if errors.Is(err, unix.EWOULDBLOCK) {
		waiting()
		err = flock(f, unix.LOCK_EX)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	return &outputLock{f: f}, nil
}

// ownedByOther says, after the error err of opening the lock file path in
// the output folder dir, who owns the file or the folder when it is not
// this user and err is a refusal: an output folder a build run with sudo
// wrote belongs to root, and "lock out: permission denied" did not say why
// nor what to do. It returns "" otherwise.
func ownedByOther(err error, path, dir string) string {
	if !errors.Is(err, fs.ErrPermission) {
		return ""
	}
	for _, p := range []string{dir, path} {
		info, serr := os.Lstat(p)
		if serr != nil {
			continue
		}
		st, ok := info.Sys().(*syscall.Stat_t)
		if !ok || int(st.Uid) == os.Getuid() {
			continue
		}
		owner := fmt.Sprintf("user %d", st.Uid)
		if u, err := user.LookupId(strconv.FormatUint(uint64(st.Uid), 10)); err == nil {
			owner = u.Username
		}
		return fmt.Sprintf(": %s belongs to %s, not to you (a build run with sudo?): make it yours (sudo chown -R $USER %s) or pick another --out folder", p, owner, dir)
	}
	return ""
}

// notSystemFolder returns a usageError when the output folder dir is, or
// would be made in, a folder of the kernel's (/proc, /sys), which cannot
// hold files: "lock /proc: no such file or directory" did not say so.
func notSystemFolder(dir string) error {
	folder, fsName := systemFolder(dir)
	if folder == "" {
		return nil
	}
	return usageError{fmt.Sprintf("output folder %s: %s is a system folder (%s file system) that cannot hold files: pick another --out folder", dir, folder, fsName)}
}

// brokenLink says which folder of the path dir is a link that leads to no
// folder: one to a folder that is missing (a synced folder moved away) or
// a loop of links, which os.MkdirAll reports only as "file exists". It
// returns "" when there is none.
func brokenLink(dir string) string {
	for p := filepath.Clean(dir); ; p = filepath.Dir(p) {
		if info, err := os.Lstat(p); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			_, err := os.Stat(p)
			switch {
			case errors.Is(err, unix.ELOOP):
				return p + " is a loop of links"
			case errors.Is(err, fs.ErrNotExist):
				to, _ := os.Readlink(p)
				return fmt.Sprintf("%s is a link to %s, which is missing", p, to)
			}
		}
		if up := filepath.Dir(p); up == p {
			return ""
		}
	}
}

// flock calls flock(2), retrying when a signal interrupts it.
func flock(f *os.File, how int) error {
	for {
		err := unix.Flock(int(f.Fd()), how)
		if !errors.Is(err, unix.EINTR) {
			return err
		}
	}
}

// unlock releases the lock. The lock file stays: removing it would let a
// third build lock a new file while a second waits on the old one.
func (l *outputLock) unlock() {
	if l == nil || l.f == nil {
		return
	}
	flock(l.f, unix.LOCK_UN)
	l.f.Close()
	l.f = nil
}
