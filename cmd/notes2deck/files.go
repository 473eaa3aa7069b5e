package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/notes2deck/notes2deck/extract"
	"golang.org/x/sys/unix"
	"golang.org/x/text/unicode/norm"
)

// A target is one PATH argument: the notes files it holds and the stem of its outputs.
type target struct {
	name  string   // output stem
	root  string   // folder that images must stay inside
	dir   string   // the folder PATH the files were found in, "" for a file or standard input
	files []string // notes files, sorted; empty for stdin
	stdin bool     // the note is read from standard input ("-")
	// source says what kind of PATH the target is and its base name
	// ("folder biology", "file biology.md", "standard input"), so that the state
	// of its package can tell a build of other notes that give the same
	// output name: it stays the same when the notes folder moves.
	source string
	// roots maps the notes found through a link to a folder inside the
	// PATH to that link: their images are looked up inside it, as a
	// PATH's are inside the PATH. Other notes use root.
	roots map[string]string
	// skipped are the .md files of a folder that are not regular files
	// (a named pipe, a socket, a device): reading one could block forever;
	// the links to folders not followed; and the conflict copies read
	// beside the note they copy (see conflictCopies).
	skipped []extract.Warning
	// unread holds the Source field (see sourceName) of each sub-folder
	// that may not be read, with a trailing slash: the notes of earlier
	// builds from inside it are held back, not tagged deleted (see
	// buildState.hold).
	unread []string
}

// stdinName names the note read from standard input, in positions and outputs.
const stdinName = "stdin"

// collectTargets resolves PATH arguments (default notes/) into targets. The
// folder skip (the output folder) is never read as notes, even inside a PATH.
func collectTargets(args []string, skip string) ([]target, error) {
	if len(args) == 0 {
		args = []string{"notes"}
	}
	if skip != "" && skip != "-" {
		if abs, err := filepath.Abs(skip); err == nil {
			skip = abs
		}
	}
	var out []target
	by := map[string]target{}  // the target that writes each output stem, in lower case and NFC
	arg := map[string]string{} // its PATH
	for _, a := range args {
		t := target{name: stdinName, root: ".", stdin: true, source: "standard input"}
		if a != "-" {
			var err error
			if t, err = collect(a, skip); err != nil {
				return nil, err
			}
		}
		// Two PATHs named alike would write the same outputs, the second
		// over the first: its cards would be lost without a word. Names
		// are compared as a file system that ignores case and Unicode
		// normalisation (macOS, Windows) does: "café" typed and "café"
		// synced from a Mac are one name there, two look-alikes elsewhere.
		key := norm.NFC.String(strings.ToLower(norm.NFC.String(t.name)))
		if first, ok := by[key]; ok {
			if arg[key] == a {
				return nil, fmt.Errorf("%s: given twice", a)
			}
			if samePath(arg[key], a) {
				return nil, fmt.Errorf("%s and %s name the same %s: give it once", arg[key], a, kindOf(t))
			}
			alike := ""
			if first.name != t.name {
				alike = fmt.Sprintf(" (%q and %q differ only in case or in how their accents are encoded)", first.name, t.name)
			}
			return nil, fmt.Errorf("%s and %s would both write the outputs named %q%s: build them into separate --out folders", arg[key], a, t.name, alike)
		}
		by[key], arg[key] = t, a
		out = append(out, t)
	}
	if len(out) > 1 {
		readTwice(out, args)
	}
	return out, nil
}

// samePath reports whether the PATHs a and b name one file or folder
// ("notes" and "notes/", "./notes/a.md", an absolute path, a link to it).
func samePath(a, b string) bool {
	if a == "-" || b == "-" {
		return false
	}
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
}

// kindOf names what the PATH of t is, a note or a folder, in messages.
func kindOf(t target) string {
	if strings.HasPrefix(t.source, "folder ") {
		return "folder"
	}
	return "note"
}

// missingFolder returns an error when p, a link in a notes folder whose
// name is no note's, leads to nothing and names a folder: no extension in
// its name, or a target that ends in a separator ("bio -> ../Dropbox/bio",
// the synced folder moved away, a drive not mounted). Skipped, its notes
// were left out without a word and their cards shipped tagged
// notes2deck::deleted, which a sub-folder that may not be read stops.
func missingFolder(p string) error {
	if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	to, err := os.Readlink(p)
	if err != nil || filepath.Ext(p) != "" && !strings.HasSuffix(to, string(filepath.Separator)) {
		return nil
	}
	return fmt.Errorf("%s is a link to %s, which is missing: mend the link or remove it (the notes it held would be left out, their cards tagged deleted)", p, to)
}

// readTwice adds to each target a warning for every note of it that a
// PATH before it reads too ("build notes notes/exam.md", a shell's
// "notes/**" listing a folder and the notes in it): its cards are written
// into both outputs, each package keeping its own state. args are the
// PATHs of targets, in order.
func readTwice(targets []target, args []string) {
	first := map[string]int{} // each note's real path: the first target that reads it
	for i := range targets {
		for _, f := range targets[i].files {
			real, err := realPath(f)
			if err != nil {
				continue
			}
			j, ok := first[real]
			if !ok {
				first[real] = i
				continue
			}
			if j != i {
				targets[i].skipped = append(targets[i].skipped, extract.Warning{Pos: extract.Pos{File: f}, Msg: fmt.Sprintf(
					"read from %s and from %s, given before it: its cards are written twice, in the outputs named %s and %s; give one of the two PATHs",
					args[i], args[j], targets[j].name, targets[i].name)})
			}
		}
	}
}

// outputStem names the outputs of the note at path after its file name
// without the extension and without leading dots: a note named ".md" or
// ".draft.md" wrote hidden outputs (".apkg", ".draft.csv"); one named ".md"
// alone gives "notes".
func outputStem(path string) string {
	if stem := strings.TrimLeft(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), "."); stem != "" {
		return stem
	}
	return "notes"
}

// collect finds the notes of one PATH. Dot-files, dot-folders and the folder
// skip are left out (a dot-file named as PATH is read). A link to a folder is
// read through it, the PATH itself or one inside it, unless its folder holds
// notes the walk reads already (a link to the notes folder or to a folder
// above it, a loop of links, the same folder linked twice): that link is
// skipped with a warning, so the walk ends.
func collect(path, skip string) (target, error) {
	if path == "" {
		return target{}, errors.New(`"": an empty PATH names no note`)
	}
	info, err := os.Stat(path)
	if err != nil {
		if why := brokenLink(path); why != "" {
			return target{}, fmt.Errorf("%s: mend the link, or give another PATH", why)
		}
		if errors.Is(err, fs.ErrNotExist) {
			return target{}, fmt.Errorf("%s: no such file or folder", path)
		}
		return target{}, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	if !info.IsDir() {
		if !info.Mode().IsRegular() {
			return target{}, fmt.Errorf("%s: %s, not a note: give a file, a folder or - for standard input", path, fileKind(info.Mode()))
		}
		root := filepath.Dir(path)
		if v := vaultRoot(path); v != "" {
			root = v
		}
		return target{name: outputStem(path), root: root, files: []string{path}, source: "file " + filepath.Base(path)}, nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return target{}, err
	}
	t := target{name: filepath.Base(abs), root: path, dir: path, source: "folder " + filepath.Base(abs)}
	if v := vaultRoot(path); v != "" {
		t.root = v
	}
	var trees folderTrees
	trees.follow(path)
	skipReal := ""
	if skip != "" {
		skipReal, _ = realPath(skip)
	}
	var walk func(dir, noteRoot string) error
	walk = func(dir, noteRoot string) error {
		root := walkRoot(dir)
		return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			// A folder of the notes may be left out; the notes folder
			// itself, not through a link, may not.
			sub := p != root || noteRoot != ""
			if err != nil {
				if d != nil && d.IsDir() && sub && errors.Is(err, fs.ErrPermission) {
					t.skipUnread(p)
					return filepath.SkipDir
				}
				return fmt.Errorf("%s: %w", p, pathTooLong(p, unwrapPathError(err))) // the file, not only the PATH
			}
			if d.IsDir() {
				switch {
				case p != root && strings.HasPrefix(d.Name(), "."):
					return filepath.SkipDir
				case p != root && isFolder(p, skip):
					t.skipped = append(t.skipped, outputHoldsNotes(p)...)
					return filepath.SkipDir
				case !enterable(p) && sub:
					t.skipUnread(p)
					return filepath.SkipDir
				case !enterable(p):
					return closedFolder(p)
				}
				return nil
			}
			if notANote(d.Name()) {
				return nil
			}
			mode := d.Type()
			if mode&fs.ModeSymlink != 0 {
				if info, err := os.Stat(p); err == nil && info.IsDir() {
					real, err := realPath(p)
					switch {
					case err == nil && skipReal != "" && inside(skipReal, real) && !trees.within(skipReal):
						t.skipped = append(t.skipped, outputHoldsNotes(p)...)
						return nil // the output folder, through a link
					case err != nil || !trees.follow(real):
						t.skipped = append(t.skipped, extract.Warning{Pos: extract.Pos{File: p},
							Msg: "a link to a folder whose notes are read already (a loop of links, or a folder linked twice): skipped"})
						return nil
					}
					// Images of the notes in the linked folder are
					// looked up inside that folder, wherever it is.
					return walk(p, p)
				}
			}
			if !isNoteFile(p) {
				if mode&fs.ModeSymlink != 0 {
					return missingFolder(p)
				}
				return nil
			}
			if mode&fs.ModeSymlink != 0 {
				// A link is read when it leads to a regular file.
				info, err := os.Stat(p)
				switch {
				case errors.Is(err, fs.ErrNotExist):
					t.skipped = append(t.skipped, extract.Warning{Pos: extract.Pos{File: p}, Msg: "a link to a missing file: skipped"})
					return nil
				case errors.Is(err, syscall.ELOOP):
					t.skipped = append(t.skipped, extract.Warning{Pos: extract.Pos{File: p}, Msg: "a loop of links, leading to no file: skipped"})
					return nil
				case err != nil:
					t.files = append(t.files, p) // reading it says what is wrong
					return nil
				}
				mode = info.Mode()
			}
			if !mode.IsRegular() {
				t.skipped = append(t.skipped, extract.Warning{Pos: extract.Pos{File: p}, Msg: fileKind(mode) + ", not a note: skipped"})
				return nil
			}
			t.files = append(t.files, p)
			if noteRoot != "" {
				if t.roots == nil {
					t.roots = map[string]string{}
				}
				t.roots[p] = noteRoot
			}
			return nil
		})
	}
	if err := walk(path, ""); err != nil {
		return target{}, fmt.Errorf("read %s: %w", path, unwrapPathError(err))
	}
	if len(t.files) == 0 {
		return target{}, noNotes(path, t.skipped)
	}
	sort.Strings(t.files)
	t.files = dropKnitSources(t.files)
	var same []extract.Warning
	t.files, same = oneSourcePerStem(t.files)
	t.skipped = append(t.skipped, same...)
	t.files, same = sameFiles(t.files)
	t.skipped = append(t.skipped, same...)
	t.skipped = append(t.skipped, conflictCopies(t.files)...)
	return t, nil
}

// skipUnread leaves out the sub-folder p of the notes, which may not be
// read or entered, with its warning.
func (t *target) skipUnread(p string) {
	t.skipped = append(t.skipped, unreadFolder(p))
	t.unread = append(t.unread, t.sourceName(p)+"/")
}

// enterable reports whether the folder p may be entered, as its notes are
// opened through it. A folder of mode r-- (chmod 444) lists its names but
// opens none of them, and one of mode --x the other way round: looking up
// "p/." needs the right to enter p, and nothing more.
func enterable(p string) bool {
	_, err := os.Lstat(p + string(filepath.Separator) + ".")
	return !errors.Is(err, fs.ErrPermission)
}

// closedFolder is the error of the notes folder dir, which the student may
// not enter: none of its notes can be read.
func closedFolder(dir string) error {
	return fmt.Errorf("%s: permission denied: you may not open this folder, so none of its notes can be read: make it yours to open (chmod u+rx %s), or build another folder", dir, dir)
}

// unreadFolder is the warning of the sub-folder p of the notes that may
// not be read: a root-owned lost+found on a USB stick, another user's
// folder on a shared drive. The rest of the notes build (before: the whole
// build stopped on it); the cards earlier builds made from notes inside it
// are kept as they were, not tagged deleted (see buildState.hold).
func unreadFolder(p string) extract.Warning {
	return extract.Warning{Pos: extract.Pos{File: p}, Msg: "a folder that may not be read (permission denied): skipped, " +
		"with any notes in it; the cards earlier builds made from them are kept as they were"}
}

// noNotes is the error of the folder path in which no note can be read.
// The first name skipped (a link to a missing file, a loop of links, a
// named pipe named *.md) is said with why: the build stops here, so its
// warning is never printed, and "no .md files" of a folder that lists
// some sent the student looking for notes that are there.
func noNotes(path string, skipped []extract.Warning) error {
	if len(skipped) == 0 {
		return fmt.Errorf("%s: no .md, .Rmd or .qmd files", path)
	}
	more := ""
	if len(skipped) > 1 {
		more = fmt.Sprintf("; %d more skipped", len(skipped)-1)
	}
	return fmt.Errorf("%s: no .md, .Rmd or .qmd files that can be read (%s: %s%s)", path, place(skipped[0].Pos), skipped[0].Msg, more)
}

// pathTooLong adds to err, the failure to read p, that p's path is longer
// than the system allows, when that is why: a folder nested so deep that
// its path passes PATH_MAX (4,096 bytes on Linux) is said to have a "file
// name too long", though no name in it is. Other errors are returned as
// they are.
func pathTooLong(p string, err error) error {
	if !errors.Is(err, syscall.ENAMETOOLONG) {
		return err
	}
	return fmt.Errorf("%w: the path is %d bytes, more than the %d a path may have here: move the notes it holds to a folder of a shorter path", err, len(p), unix.PathMax)
}

// notANote reports whether a folder's file of the given name is none of the
// student's notes, whatever its extension: a hidden file, as hidden folders
// are (an editor's lock ".#x.md", macOS's "._x.md"), or the owner file
// "~$x.md" that Word and the other Office programs write beside a file they
// open, binary and left behind when one closes badly or a sync copies it.
func notANote(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$")
}

// isNoteFile reports whether a folder's file at p is a note: Markdown, or
// the R Markdown and Quarto notes of statistics and data-science courses,
// ".Rmd" and ".qmd", which are Markdown with code chunks and pandoc's syntax.
func isNoteFile(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".md", ".rmd", ".qmd":
		return true
	}
	return false
}

// renderCopies are the middle words of the Markdown files a render of an
// ".Rmd" or ".qmd" note X leaves beside it, each holding its text once
// more: rmarkdown's intermediates "X.knit.md" and "X.utf8.md", left by a
// render that failed or ran with clean = FALSE (rstudio/bookdown#519), and
// Quarto's keep-md output "X.html.md", "X.pdf.md" or "X.docx.md", named by
// its format since Quarto 1.4 (quarto-dev/quarto-cli#8855).
var renderCopies = []string{"knit", "utf8", "html", "pdf", "docx"}

// dropKnitSources drops from files each ".Rmd" or ".qmd" note beside a
// ".md" of the same name, and each copy of such a note that a render left
// beside it (see renderCopies), in any case: knitting with keep_md or
// rendering to GitHub's Markdown writes the ".md", and read twice, or four
// times, its cards would all be in the deck as often. The ".md" is kept, as
// it was read before notes of R Markdown and Quarto were; else the note
// itself, as the copies are leftovers of a render.
func dropKnitSources(files []string) []string {
	md, sources := map[string]bool{}, map[string]bool{}
	for _, f := range files {
		stem := strings.ToLower(strings.TrimSuffix(f, filepath.Ext(f)))
		if strings.EqualFold(filepath.Ext(f), ".md") {
			md[stem] = true
		} else {
			sources[stem] = true
		}
	}
	if len(sources) == 0 {
		return files
	}
	return slices.DeleteFunc(files, func(f string) bool {
		ext := filepath.Ext(f)
		stem := strings.ToLower(strings.TrimSuffix(f, ext))
		if !strings.EqualFold(ext, ".md") {
			return md[stem]
		}
		mid := filepath.Ext(stem) // ".knit" of "lesson.knit"
		return mid != "" && sources[strings.TrimSuffix(stem, mid)] && slices.Contains(renderCopies, mid[1:])
	})
}

// oneSourcePerStem drops from files (sorted) each ".Rmd" or ".qmd" note
// beside another of the same name in any case and the same text, and no
// ".md" (dropKnitSources has dropped those), with a warning for each:
// "week1.Rmd" beside the "week1.qmd" a move to Quarto copied it to, both
// read, put every card in the deck twice, each with its own GUID. The
// ".qmd" is read, Quarto being what R Markdown notes move to, else the
// first by name. A note of the same name whose text differs is read too,
// as a conflict copy is, with a warning: it may hold the only copy of an
// edit.
func oneSourcePerStem(files []string) ([]string, []extract.Warning) {
	kept := map[string]string{} // the note read of each lower-cased stem
	for _, f := range files {
		ext := filepath.Ext(f)
		if strings.EqualFold(ext, ".md") {
			continue
		}
		stem := strings.ToLower(strings.TrimSuffix(f, ext))
		if k, ok := kept[stem]; !ok || strings.EqualFold(ext, ".qmd") && !strings.EqualFold(filepath.Ext(k), ".qmd") {
			kept[stem] = f
		}
	}
	if len(kept) == 0 {
		return files, nil
	}
	var warns []extract.Warning
	files = slices.DeleteFunc(files, func(f string) bool {
		ext := filepath.Ext(f)
		if strings.EqualFold(ext, ".md") {
			return false
		}
		k := kept[strings.ToLower(strings.TrimSuffix(f, ext))]
		if k == f {
			return false
		}
		if !sameText(f, k) {
			warns = append(warns, extract.Warning{Pos: extract.Pos{File: f}, Msg: fmt.Sprintf(
				"%s beside it has the same name and other text: both are read, so the cards they share are in the deck twice; merge them into one and delete the other", filepath.Base(k))})
			return false
		}
		warns = append(warns, extract.Warning{Pos: extract.Pos{File: f}, Msg: fmt.Sprintf(
			"%s beside it has the same name and text: skipped, so its cards are not in the deck twice", filepath.Base(k))})
		return true
	})
	return files, warns
}

// sameText reports whether files a and b hold the same bytes; a file that
// cannot be read, or too large to be a note, holds no text another has
// (reading it says what is wrong). They are compared a block at a time:
// read whole, two sparse files of 3 GiB took 40 s and 6.3 GB of memory
// to be found alike, and then refused as too large.
func sameText(a, b string) bool {
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	if err != nil || ia.Size() != ib.Size() || ia.Size() > maxNoteLimit || !ia.Mode().IsRegular() || !ib.Mode().IsRegular() {
		return false
	}
	fa, err := openRegular(a)
	if err != nil {
		return false
	}
	defer fa.Close()
	fb, err := openRegular(b)
	if err != nil {
		return false
	}
	defer fb.Close()
	return sameBytes(fa, fb)
}

// sameBytes reports whether a and b read the same bytes to their ends,
// holding one block of each at a time.
func sameBytes(a, b io.Reader) bool {
	const block = 64 << 10
	ba, bb := make([]byte, block), make([]byte, block)
	for {
		na, ea := io.ReadFull(a, ba)
		nb, eb := io.ReadFull(b, bb)
		if na != nb || !bytes.Equal(ba[:na], bb[:nb]) {
			return false
		}
		if ea != nil || eb != nil {
			return atEnd(ea) && atEnd(eb)
		}
	}
}

// atEnd reports whether err, from io.ReadFull, says the reader ended.
func atEnd(err error) bool {
	return err == io.EOF || err == io.ErrUnexpectedEOF
}

// sameFiles drops from files (sorted) each name of a note that another
// name of files reaches too (a link to a note of the notes folder, a hard
// link), with a warning for each: read under every name, its cards would
// all be in the deck twice. The name kept is the note's own (not a link),
// else the first. Only files of the same size and modification time are
// compared, so many empty notes cost no more than others.
func sameFiles(files []string) ([]string, []extract.Warning) {
	type named struct {
		path string
		info fs.FileInfo
		link bool
	}
	type stamp struct{ size, mod int64 }
	alike := map[stamp][]int{}          // indexes into groups of the files of each stamp
	var groups [][]named                // the names of each file, in order
	group := make([]int, 0, len(files)) // the group of each file; -1 if not stated
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			group = append(group, -1) // reading it says what is wrong
			continue
		}
		lst, err := os.Lstat(f)
		n := named{f, info, err == nil && lst.Mode()&fs.ModeSymlink != 0}
		st := stamp{info.Size(), info.ModTime().UnixNano()}
		g := slices.IndexFunc(alike[st], func(g int) bool { return os.SameFile(groups[g][0].info, info) })
		if g < 0 {
			alike[st] = append(alike[st], len(groups))
			group = append(group, len(groups))
			groups = append(groups, []named{n})
			continue
		}
		g = alike[st][g]
		group = append(group, g)
		groups[g] = append(groups[g], n)
	}
	if !slices.ContainsFunc(groups, func(names []named) bool { return len(names) > 1 }) {
		return files, nil
	}
	keep := make([]string, len(groups)) // the name read of each group
	var warns []extract.Warning
	for g, names := range groups {
		k := max(slices.IndexFunc(names, func(n named) bool { return !n.link }), 0)
		keep[g] = names[k].path
		for _, n := range names {
			if n.path == keep[g] {
				continue
			}
			how := "a hard link"
			if n.link {
				how = "a link to it"
			}
			warns = append(warns, extract.Warning{Pos: extract.Pos{File: n.path}, Msg: fmt.Sprintf(
				"the same file as %s (%s): skipped, so its cards are not in the deck twice", keep[g], how)})
		}
	}
	out := files[:0:0]
	for i, f := range files {
		if group[i] < 0 || keep[group[i]] == f {
			out = append(out, f)
		}
	}
	return out, warns
}

// conflictCopies returns a warning for each of files (sorted) that is named
// as a copy of another of files in its folder: a sync tool's conflict copy
// or a second download. Its cards are built too, each a twin of its note's
// in the same deck, so the deck holds every card twice; the student should
// merge it into the note it copies and delete it. Nothing is skipped: the
// copy may hold the only copy of an edit.
func conflictCopies(files []string) []extract.Warning {
	var out []extract.Warning
	for _, f := range files {
		dir, base := filepath.Split(f)
		ext := filepath.Ext(base)
		stem, ok := extract.CopiedName(strings.TrimSuffix(base, ext))
		if !ok {
			continue
		}
		orig := stem + ext
		if _, found := slices.BinarySearch(files, dir+orig); found {
			out = append(out, extract.Warning{Pos: extract.Pos{File: f}, Msg: fmt.Sprintf(
				"looks like a conflict copy of %s (made by a sync tool or a second download): its cards are built too, "+
					"twins of %[1]s's; merge it into %[1]s and delete it", orig)})
		}
	}
	return out
}

// folderTrees are the real paths of the folders a walk of the notes reads,
// each with everything under it: the notes folder and each linked folder
// followed. They never overlap, so no note is read twice and a loop of
// links ends.
type folderTrees []string

// follow adds the folder dir (a real path, or one to resolve) and reports
// whether it overlaps none of the folders added before: a folder inside one
// of them is read already, and one that holds one of them would read it again.
func (f *folderTrees) follow(dir string) bool {
	real, err := realPath(dir)
	if err != nil {
		return false
	}
	for _, t := range *f {
		if inside(t, real) || inside(real, t) {
			return false
		}
	}
	*f = append(*f, real)
	return true
}

// within reports whether a folder of f lies inside dir, a real path: an
// output folder that holds the notes folder ("--out notes/self", self -> .)
// is read as the notes, so a link into it leads to notes read already, not
// to notes left out.
func (f folderTrees) within(dir string) bool {
	for _, t := range f {
		if inside(dir, t) {
			return true
		}
	}
	return false
}

// realPath returns the absolute path of path with every link resolved.
func realPath(path string) (string, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", err
	}
	return filepath.Abs(real)
}

// inside reports whether path is dir or lies under it; both are clean
// absolute paths.
func inside(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// walkRoot returns what to give filepath.WalkDir to walk the folder path:
// path, or path with a trailing separator when path is a symbolic link to a
// folder (notes -> Dropbox/Biology), which WalkDir would not enter. The
// paths under it are the same either way ("notes/cells.md").
func walkRoot(path string) string {
	if info, err := os.Lstat(path); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		return path + string(filepath.Separator)
	}
	return path
}

// isFolder reports whether the folder path is the absolute folder abs, by
// that name or another: a link to it, or a folder it links to ("--out
// anki" where anki -> notes/anki).
func isFolder(path, abs string) bool {
	if abs == "" {
		return false
	}
	if p, err := filepath.Abs(path); err == nil && p == abs {
		return true
	}
	a, err := os.Stat(abs)
	if err != nil {
		return false
	}
	b, err := os.Stat(path)
	return err == nil && os.SameFile(a, b)
}

// outputHoldsNotes returns a warning for dir, a folder of the notes that is
// the output folder and so is not read, when it holds notes: their cards are
// not in the deck (before: left out without a word, so a build into a folder
// of notes, "--out notes/chem", shipped a deck without them).
func outputHoldsNotes(dir string) []extract.Warning {
	n, first := 0, ""
	filepath.WalkDir(walkRoot(dir), func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
		case d.IsDir() && p != walkRoot(dir) && strings.HasPrefix(d.Name(), "."):
			return filepath.SkipDir
		case !d.IsDir() && !notANote(d.Name()) && isNoteFile(p):
			if n++; first == "" {
				first = p
			}
		}
		return nil
	})
	if n == 0 {
		return nil
	}
	msg := "the output folder holds a note (" + first + "), which is not read, so its cards are not in the deck"
	if n > 1 {
		msg = fmt.Sprintf("the output folder holds %d notes (%s, …), which are not read, so their cards are not in the deck", n, first)
	}
	return []extract.Warning{{Pos: extract.Pos{File: dir}, Msg: msg + ": pick an --out folder that holds no notes"}}
}

// options returns opt for the note file of t: with the folder its images
// must stay inside.
func (t target) options(file string, opt extract.Options) extract.Options {
	opt.Root = t.root
	if r, ok := t.roots[file]; ok {
		opt.Root = r
	}
	return opt
}

// sourceName is the Source field of notes file f of t: its path from the
// folder PATH, slash-separated ("a/x.md", not "x.md" for both a/x.md and
// b/x.md), or "" (its base name) for a file PATH.
func (t target) sourceName(f string) string {
	if t.dir == "" {
		return ""
	}
	rel, err := filepath.Rel(t.dir, f)
	if err != nil || !filepath.IsLocal(rel) {
		return ""
	}
	return filepath.ToSlash(rel)
}

// parseTarget reads and extracts every notes file of t, reading stdin for
// the "-" target, and calls step after each file.
func parseTarget(t target, opt extract.Options, stdin io.Reader, step func()) ([]extract.Deck, error) {
	opt.Root = t.root
	if t.stdin {
		src, err := readStdin(stdin, opt.MaxBytes)
		if err != nil {
			return nil, err
		}
		opt.Unnamed = true
		d, err := extract.Parse(stdinName, src, opt)
		if err != nil {
			return nil, err
		}
		deckNameWarning(&d)
		step()
		return []extract.Deck{d}, nil
	}
	// Parse the files on every core. Decks and errors keep the files' order,
	// so the outputs, and the error reported, do not depend on timing: every
	// file before a failing one is parsed, and the first error in order wins.
	decks := make([]extract.Deck, len(t.files))
	errs := make([]error, len(t.files))
	var next atomic.Int64
	var mu sync.Mutex // step is not safe for concurrent use
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(t.files)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(t.files) {
					return
				}
				f := t.files[i]
				src, err := readNoteFile(f, opt.MaxBytes)
				if err != nil {
					errs[i] = readFailure(f, err)
				} else {
					decks[i], errs[i] = extract.Parse(f, src, t.options(f, opt))
					decks[i].Source = t.sourceName(f)
					deckNameWarning(&decks[i])
				}
				if errs[i] != nil {
					next.Store(int64(len(t.files))) // claim no more files
					return
				}
				mu.Lock()
				step()
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return decks, nil
}

// readNote reads a note from r, at most one byte more than limit (0: the
// default): extract.Parse refuses a note over the limit, and a stream without
// end (a pipe, /dev/zero) is not read into memory whole first.
func readNote(r io.Reader, limit int) ([]byte, error) {
	if limit <= 0 {
		limit = extract.DefaultMaxBytes
	}
	return io.ReadAll(io.LimitReader(r, int64(limit)+1))
}

// readStdin reads the note on standard input r as readNote does; input
// that is empty, or blank, is refused (see errEmptyStdin). Standard
// input that is a folder ("build - < notes") is said to be one, with what
// to type instead, not "read /dev/stdin: is a directory"; one that is a
// file larger than the limit ("build - < disk.img") is refused by its
// size, unread, as a note named as PATH is.
func readStdin(r io.Reader, limit int) ([]byte, error) {
	if limit <= 0 {
		limit = extract.DefaultMaxBytes
	}
	if f, ok := r.(*os.File); ok {
		info, err := f.Stat()
		at, serr := f.Seek(0, io.SeekCurrent) // what a script read before is not the note's
		if err == nil && serr == nil && info.Mode().IsRegular() && info.Size()-at > int64(limit) {
			return nil, extract.NoteTooLarge(stdinName, info.Size()-at, limit)
		}
	}
	src, err := readNote(r, limit)
	if errors.Is(err, syscall.EISDIR) {
		return nil, errors.New(`read stdin: standard input is a folder, not a note: name the folder as PATH in place of "- <"`)
	}
	if err != nil {
		return nil, fmt.Errorf("read stdin: %w", err)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, errEmptyStdin
	}
	return src, nil
}

// errEmptyStdin refuses standard input that holds nothing but white space
// ("cat typo.md | notes2deck build -", whose cat failed; "< /dev/null";
// stdin closed): no note was given, and a build of it replaced the
// outputs of the note built from stdin before with an empty deck.
var errEmptyStdin = errors.New(`stdin: standard input is empty: give the note on it ("- < note.md"), or name the note as PATH`)

// readNoteFile reads the note in file name as readNote does; it must be a
// regular file, and one within the limit is read in one go. One larger
// than the limit is refused unread, with extract's *Error naming its size:
// a sparse file of 10 GiB was read up to the limit (1.3 s, 184 MB) to be
// refused. A file that grows while it is read is still read only up to
// one byte over the limit, which extract.Parse refuses.
func readNoteFile(name string, limit int) ([]byte, error) {
	f, err := openRegular(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if limit <= 0 {
		limit = extract.DefaultMaxBytes
	}
	info, err := f.Stat()
	if err != nil {
		return readNote(f, limit)
	}
	if info.Size() > int64(limit) {
		return nil, extract.NoteTooLarge(name, info.Size(), limit)
	}
	var b bytes.Buffer
	b.Grow(int(info.Size()) + bytes.MinRead) // room to see the end of the file without growing
	_, err = b.ReadFrom(io.LimitReader(f, int64(limit)+1))
	return b.Bytes(), err
}

// readFailure is the error of reading the note f: err when it is an
// *extract.Error, which names f already, else err naming f. A note the
// user may not read stops the build, unlike a folder (see unreadFolder):
// a file named *.md is a note its student wrote and expects in the deck,
// where a folder that may not be read is most often no one's notes (a
// lost+found, another user's folder), so the error says what to do.
func readFailure(f string, err error) error {
	var xe *extract.Error
	if errors.As(err, &xe) {
		return err
	}
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%s: permission denied: you may not read this note, and a deck built without it would lack its cards: make it readable to you, or move it out of the notes folder", f)
	}
	return fmt.Errorf("%s: %w", f, unwrapPathError(err))
}

// openRegular opens the file name for reading if it is a regular file. A
// named pipe, a device or a folder is refused without blocking: opening a
// pipe waits for a writer, and reading a device may never end.
func openRegular(name string) (*os.File, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = fmt.Errorf("%s, not a regular file", fileKind(info.Mode()))
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// fileOnPath returns what stands where the path p needs a folder: p
// itself, or the nearest folder above it, when it exists and is no folder
// ("notes.md" of "notes.md/out"), or "" when there is none.
func fileOnPath(p string) string {
	for p = filepath.Clean(p); ; {
		if info, err := os.Stat(p); err == nil {
			if info.IsDir() {
				return ""
			}
			return p
		}
		up := filepath.Dir(p)
		if up == p {
			return ""
		}
		p = up
	}
}

// notAFolder returns the error for the folder path, led by what names it
// ("output folder "), when a file stands where it needs a folder, else
// nil: "out.md is a file, not a folder", or "a.md/out: a.md is a file, not
// a folder". The system's "not a directory" named no file, and the path
// it named was often not the file in the way.
func notAFolder(what, path string) error {
	f := fileOnPath(path)
	if f == "" {
		return nil
	}
	kind := "a file"
	if info, err := os.Stat(f); err == nil && !info.Mode().IsRegular() {
		kind = fileKind(info.Mode())
	}
	if f == filepath.Clean(path) {
		return fmt.Errorf("%s%s is %s, not a folder", what, path, kind)
	}
	return fmt.Errorf("%s%s: %s is %s, not a folder", what, path, f, kind)
}

// fileKind names the kind of file that mode describes, for messages about
// files that are not regular files.
func fileKind(mode fs.FileMode) string {
	switch {
	case mode.IsDir():
		return "a folder"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// buildEpoch is the time stamped into outputs: SOURCE_DATE_EPOCH when set,
// else the newest modification time among the notes. A note's time is
// taken into [1, now]: Anki wants times after 0 (the first second of 1970
// stands for 0, as for SOURCE_DATE_EPOCH=0) and none in the future. Each
// note whose time had to move, being in the future or before 1970, gets a
// warning.
func buildEpoch(targets []target) (int64, []extract.Warning, error) {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			return 0, nil, usageError{fmt.Sprintf("SOURCE_DATE_EPOCH=%q is not a Unix time", s)}
		}
		if n > time.Now().Unix()+86400 {
			// Anki takes a note changed in the future for a clock error.
			return 0, nil, usageError{fmt.Sprintf("SOURCE_DATE_EPOCH=%q is in the future", s)}
		}
		// 0 would read as "no time given" (the clock); Anki wants its times
		// after 0, so the first second of 1970 stands for it.
		return max(n, 1), nil, nil
	}
	now := time.Now().Unix()
	newest := int64(1)
	var warns []extract.Warning
	for _, t := range targets {
		if t.stdin {
			newest = now // a note on stdin has no modification time
		}
		for _, f := range t.files {
			info, err := os.Stat(f)
			if err != nil {
				continue
			}
			m := info.ModTime().Unix()
			when := info.ModTime().UTC().Format("2006-01-02 15:04:05 UTC")
			switch {
			case m > now:
				warns = append(warns, extract.Warning{Pos: extract.Pos{File: f}, Msg: "modified in the future (" + when + "): the outputs are dated now instead"})
				m = now
			case m < 0:
				warns = append(warns, extract.Warning{Pos: extract.Pos{File: f}, Msg: "modified before 1970 (" + when + "): the outputs are dated 1970 instead"})
			}
			newest = max(newest, m)
		}
	}
	return newest, warns, nil
}
