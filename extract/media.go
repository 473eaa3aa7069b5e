package extract

import (
	"bytes"
	"cmp"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/text/unicode/norm"
)

var (
	// imgTag is an HTML tag whose src is media to pack: an image, or a
	// sound or a film (<audio>, <video>, the <source> inside them), and
	// the tag that closes one.
	imgTag  = lazyRegexp(`(?i)<(/?)(img|audio|video|source)\b((?:[^>"']|"[^"]*"|'[^']*')*)>`)
	slugBad = lazyRegexp(`[^a-z0-9]+`)
	// embed is an Obsidian embed: ![[file]], ![[file|300]], ![[Note#Heading]].
	embed = lazyRegexp(`!\[\[([^\[\]|#\n]+)(?:#[^\[\]|\n]*)?(?:\|[^\[\]\n]*)?\]\]`)
)

// imageExts are the extensions of the files an embed shows as an image.
var imageExts = map[string]bool{".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true,
	".svg": true, ".bmp": true, ".avif": true}

// embedKey is the key of an embedded file in parsed.images.
func embedKey(target string) string { return "![[" + target + "]]" }

// collectMedia finds every image of the note, checks that local ones stay
// inside the notes root and exist, and records them in p.media and p.images.
func (p *parsed) collectMedia() error {
	var err error
	var sources sourcePick
	_ = ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || err != nil {
			return ast.WalkContinue, nil
		}
		if n.Type() == ast.TypeBlock && p.linesHold(n, "![[") && n.FirstChild() != nil && n.FirstChild().Type() == ast.TypeInline {
			if t := p.inlineText(n, nil); bytes.Contains(t, []byte("![[")) {
				err = p.addEmbeds(string(t), n)
				p.addSectionEmbeds(string(t), n.Lines().At(0).Start)
			}
		}
		switch n := n.(type) {
		case *ast.Image:
			if len(n.Destination) == 0 {
				// "![diagram]()": a picture not pasted yet, or lost in a copy
				p.warnings = append(p.warnings, Warning{Pos: Pos{File: p.file, Line: p.lineOf(n)}, Msg: "image with no path: the card shows its alt text"})
			}
			err = cmp.Or(err, p.addImage(string(n.Destination), p.lineOf(n)))
		case *ast.RawHTML:
			var s strings.Builder
			for i := 0; i < n.Segments.Len(); i++ {
				s.Write(segValue(n.Segments.At(i), p.src))
			}
			err = p.addHTMLImages(s.String(), p.lineOf(n), &sources)
		case *ast.HTMLBlock:
			for i := 0; i < n.Lines().Len() && err == nil; i++ {
				seg := n.Lines().At(i)
				err = p.addHTMLImages(string(seg.Value(p.src)), p.line(seg.Start), &sources)
			}
		}
		return ast.WalkContinue, nil
	})
	return err
}

// addHTMLImages records the media that the HTML tags of raw, on file line
// line, show or play; sources carries the <audio> or <video> being read
// from one piece of raw HTML to the next.
func (p *parsed) addHTMLImages(raw string, line int, sources *sourcePick) error {
	for _, m := range imgTag().FindAllStringSubmatch(raw, -1) {
		if src := attrValue(m[3], "src"); sources.take(strings.ToLower(m[2]), m[1] == "/", src) && !notionIcon(src) {
			if err := p.addImage(src, line); err != nil {
				return err
			}
		}
	}
	return nil
}

// linesHold reports whether one of block n's lines holds sub.
func (p *parsed) linesHold(n ast.Node, sub string) bool {
	lines := n.Lines()
	for i := 0; lines != nil && i < lines.Len(); i++ {
		if bytes.Contains(segValue(lines.At(i), p.src), []byte(sub)) {
			return true
		}
	}
	return false
}

// inlineText appends to t the text of n's inline children outside code,
// links and raw HTML, as written.
func (p *parsed) inlineText(n ast.Node, t []byte) []byte {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			t = append(t, segValue(c.Segment, p.src)...)
		case *ast.CodeSpan, *ast.RawHTML, *ast.AutoLink, *ast.Link, *ast.Image:
			t = append(t, ' ')
		default:
			if c.Type() == ast.TypeInline {
				t = p.inlineText(c, t)
			}
		}
	}
	return t
}

// addEmbeds resolves the images and sounds that text, the text of block
// n, embeds, ![[diagram.png]], ![[hola.mp3]]: as
// Obsidian does, the name is looked for beside the note, then from the notes
// root, then anywhere under the root (the shortest path wins). They are
// packed as images are, under embedKey, and refused or missing as they
// are, at the line of n that holds the embed (see embedLine).
func (p *parsed) addEmbeds(text string, n ast.Node) error {
	for _, m := range embed().FindAllStringSubmatch(text, -1) {
		target := strings.TrimSpace(m[1])
		key := embedKey(target)
		if _, done := p.images[key]; done || !imageExts[strings.ToLower(filepath.Ext(target))] && !isAudio(target) {
			continue
		}
		dest := p.findEmbed(target)
		if err := p.addImage(dest, p.embedLine(n, m[0])); err != nil {
			return err
		}
		p.images[key] = p.images[dest]
	}
	return nil
}

// embedLine returns the file line of block n that holds embed, written
// "![[diagram.png]]": an Obsidian_to_Anki note's paragraph, "START" …
// "Back: …" / "![[diagram.png]]" … "END", warned of a missing picture at
// its START; the block's first line when no line holds it whole.
func (p *parsed) embedLine(n ast.Node, embed string) int {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		if seg := lines.At(i); bytes.Contains(segValue(seg, p.src), []byte(embed)) {
			return p.line(seg.Start)
		}
	}
	return p.lineOf(n)
}

// findEmbed returns the destination, from the note's folder, of the file an
// embed names: the name itself when no file is found.
func (p *parsed) findEmbed(target string) string {
	base, root, err := p.dirs()
	name := filepath.FromSlash(target)
	if err != nil || filepath.IsAbs(name) || fileExists(filepath.Join(base, name)) {
		return target
	}
	found := filepath.Join(root, name)
	if !fileExists(found) {
		if found = p.vault.find(root, filepath.Base(name)); found == "" {
			return target
		}
	}
	if rel, err := filepath.Rel(base, found); err == nil {
		return filepath.ToSlash(rel)
	}
	return target
}

// fileExists reports whether path names a regular file (through symlinks).
func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// maxVaultEntries is the most files and folders a vaultIndex looks at.
const maxVaultEntries = 20000

// A vaultIndex lists the files under a notes root by name, for embeds that
// name a file without its folder. It is built once per note, when needed.
type vaultIndex struct {
	once   sync.Once
	files  map[string][]string // base name → paths, shortest first
	folded map[string][]string // lower-case base name → paths, shortest first

	mu       sync.Mutex
	listings map[string]folderNames // each folder's names (see composedPath)
}

// find returns the file named name under root whose path is shortest (the
// first in byte order on a tie), or "". A name of another case is found
// when none is named exactly: Obsidian finds "![[Diagram.PNG]]" in
// diagram.png on every system. Hidden folders (.obsidian, .git,
// .trash) and node_modules are not searched, and the search stops after
// maxVaultEntries entries: a note built alone in a home folder must not
// walk the whole disk.
func (v *vaultIndex) find(root, name string) string {
	if v == nil {
		return ""
	}
	v.once.Do(func() {
		v.files, v.folded = map[string][]string{}, map[string][]string{}
		seen := 0
		walk := root
		if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			walk += string(filepath.Separator) // a notes folder that is a link: WalkDir enters it so
		}
		_ = filepath.WalkDir(walk, func(path string, d fs.DirEntry, err error) error {
			if seen++; seen > maxVaultEntries {
				return filepath.SkipAll
			}
			switch {
			case err != nil:
				return nil // an unreadable folder holds nothing to find
			case d.IsDir() && path != walk && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules"):
				return filepath.SkipDir
			case !d.IsDir():
				name := norm.NFC.String(d.Name()) // a Mac's decomposed name, as the note's text is composed
				v.files[name] = append(v.files[name], path)
				v.folded[strings.ToLower(name)] = append(v.folded[strings.ToLower(name)], path)
			}
			return nil
		})
		for _, m := range []map[string][]string{v.files, v.folded} {
			for _, paths := range m {
				slices.SortFunc(paths, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
			}
		}
	})
	name = norm.NFC.String(name)
	if paths := v.files[name]; len(paths) > 0 {
		return paths[0]
	}
	if paths := v.folded[strings.ToLower(name)]; len(paths) > 0 {
		return paths[0]
	}
	return ""
}

// addImage resolves one image destination, as written (p.images is keyed
// by it). Remote URLs are left alone. HTML entities in it are decoded, as
// browsers decode src="Tom&amp;Jerry.png" and CommonMark a Markdown
// destination; a path with backslashes that names no file is tried with
// slashes, as Windows reads img\cell.png, and one whose part before "#" or
// "?" names no file is tried whole ("Lecture #3.png").
func (p *parsed) addImage(dest string, line int) error {
	if _, done := p.images[dest]; done || dest == "" || isRemote(dest) {
		return nil
	}
	pos := Pos{File: p.file, Line: line}
	if hasScheme(dest) {
		// Pasted screenshots are data: URIs (Typora, Joplin, Notion), and
		// some exports write file:// URLs: neither is packed, and the card
		// shows the alt text. Other schemes (javascript:) are dropped.
		if why := unpacked[strings.ToLower(dest[:strings.IndexByte(dest, ':')])]; why != "" {
			p.warnings = append(p.warnings, Warning{Pos: pos, Msg: "image " + quote(shorten(dest)) + " left out: " + why})
			p.images[dest] = ""
		}
		return nil
	}
	whole := html.UnescapeString(dest)
	name := whole
	if u, err := url.PathUnescape(strings.SplitN(strings.SplitN(name, "#", 2)[0], "?", 2)[0]); err == nil {
		name = u
	}
	if filepath.VolumeName(name) != "" {
		return &Error{Pos: pos, Msg: "image " + quote(dest) + ": absolute paths are not allowed"}
	}
	base, root, err := p.dirs()
	if err != nil {
		return &Error{Pos: pos, Msg: "image " + quote(dest), Err: err}
	}
	path := imageFile(base, root, name)
	real, err := filepath.EvalSymlinks(path)
	if errors.Is(err, fs.ErrNotExist) && filepath.Separator != '\\' && strings.Contains(name, `\`) {
		slashed := imageFile(base, root, strings.ReplaceAll(name, `\`, "/"))
		if r, serr := filepath.EvalSymlinks(slashed); serr == nil {
			path, real, err = slashed, r, nil
		}
	}
	if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(whole, "#?") {
		// "Lecture #3.png", "why?.png": a file's own name, not a fragment
		// or a query, as a browser would read it.
		literal := whole
		if u, uerr := url.PathUnescape(whole); uerr == nil {
			literal = u
		}
		named := imageFile(base, root, literal)
		if r, lerr := filepath.EvalSymlinks(named); lerr == nil {
			path, real, err, name = named, r, nil, literal
		}
	}
	if errors.Is(err, fs.ErrNotExist) {
		if composed := p.vault.composedPath(path); composed != "" {
			if r, cerr := filepath.EvalSymlinks(composed); cerr == nil {
				path, real, err = composed, r, nil
			}
		}
	}
	outside := !inside(root, path)
	if outside && (err == nil || !p.opt.IgnoreMissingMedia) {
		return &Error{Pos: pos, Msg: "image " + quote(dest) + ": outside the notes root " + root}
	}
	if errors.Is(err, fs.ErrNotExist) {
		// Nothing to pack, and nothing to leak: a path outside the root that
		// names no file is only a broken link, as common in copied notes.
		if p.opt.IgnoreMissingMedia {
			p.warnings = append(p.warnings, Warning{Pos: pos, Msg: "image " + quote(dest) + ": file not found"})
			p.images[dest] = ""
			return nil
		}
		return &Error{Pos: pos, Msg: "image " + quote(dest) + ": file not found"}
	}
	if err != nil && p.opt.IgnoreMissingMedia {
		// A folder on the way that may not be searched (permission
		// denied) leaves the image out too, as an unreadable file does.
		p.warnings = append(p.warnings, Warning{Pos: pos, Msg: "image " + quote(shorten(dest)) + " left out: " + brokenPath(path)})
		p.images[dest] = ""
		return nil
	}
	if err != nil {
		return &Error{Pos: pos, Msg: "image " + quote(dest), Err: err}
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return &Error{Pos: pos, Msg: "image " + quote(dest), Err: err}
	}
	if !inside(realRoot, real) {
		return &Error{Pos: pos, Msg: "image " + quote(dest) + ": links outside the notes root " + root}
	}
	if twin := p.vault.formTwin(path); twin != "" {
		p.warnings = append(p.warnings, Warning{Pos: pos, Msg: "image " + quote(dest) + ": two files are named so, " +
			strconv.QuoteToASCII(filepath.Base(path)) + " and " + strconv.QuoteToASCII(twin) +
			", in two Unicode forms the note cannot tell apart: the first is packed; rename the other"})
	}
	m, ok := p.media[real]
	if !ok {
		data, err := ReadFile(real, MaxMediaBytes)
		var pe *fs.PathError
		if errors.As(err, &pe) && (errors.Is(err, ErrNotRegular) || errors.Is(err, ErrTooLarge)) {
			// A FIFO would block the build, /dev/zero never end, a
			// recording named as an image swell the package: the card
			// shows the image's alt text.
			p.warnings = append(p.warnings, Warning{Pos: pos, Msg: "image " + quote(dest) + " left out: " + pe.Err.Error()})
			p.images[dest] = ""
			return nil
		}
		if err != nil && p.opt.IgnoreMissingMedia && errors.Is(err, fs.ErrPermission) {
			// A file the student may not read (copied from another
			// account, a sync app's placeholder): left out as a missing
			// one is, as pandoc does, not the whole deck's end.
			p.warnings = append(p.warnings, Warning{Pos: pos, Msg: "image " + quote(dest) + " left out: permission denied (the file may not be read)"})
			p.images[dest] = ""
			return nil
		}
		if err != nil {
			return &Error{Pos: pos, Msg: "image " + quote(dest), Err: err}
		}
		if len(data) == 0 {
			// A download cut short, or a placeholder a sync app left,
			// shows a broken picture in Anki: the card shows the alt text.
			p.warnings = append(p.warnings, Warning{Pos: pos, Msg: "image " + quote(dest) + " left out: the file is empty"})
			p.images[dest] = ""
			return nil
		}
		if kind := notMedia(real, data); kind != "" {
			// "![slides](lecture.pdf)": shown through <img>, a broken
			// picture; the card shows the alt text.
			p.warnings = append(p.warnings, Warning{Pos: pos, Msg: "image " + quote(dest) + " left out: its content is " + kind + ", not a picture, a sound or a video"})
			p.images[dest] = ""
			return nil
		}
		m = Media{Name: mediaName(real, data), Path: real, Data: data}
		p.media[real] = m
		if f := unshownFormat(data); f != "" {
			// Packed all the same: AnkiMobile shows it.
			p.warnings = append(p.warnings, Warning{Pos: pos, Msg: "image " + quote(dest) + " is a " + f +
				" image, which Anki shows only on iPhone and iPad: save it as PNG or JPEG to see it on a computer or on Android"})
		}
	}
	p.images[dest] = m.Name
	return nil
}

// MaxMediaBytes is the largest file an image may be. A picture on a card is
// far smaller; a larger file is a recording or a disk image named as an
// image, which would swell the package and the collection it goes into.
const MaxMediaBytes = 50 << 20

// ErrNotRegular and ErrTooLarge are the reasons ReadFile refuses a file.
var (
	ErrNotRegular = errors.New("not a regular file")
	ErrTooLarge   = errors.New("too large")
)

// ReadFile reads the file at path as a note's images and fonts are read:
// only a regular file (a FIFO would block, a device such as /dev/zero never
// ends) of at most limit bytes. Its errors are *fs.PathError; their Err is
// ErrNotRegular, or wraps ErrTooLarge with the file's size and the limit.
func ReadFile(path string, limit int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := refuse(path, fi, fi.Size(), limit); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := refuse(path, fi, fi.Size(), limit); err != nil {
		return nil, err // replaced since os.Stat
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	if err := refuse(path, fi, int64(len(data)), limit); err != nil {
		return nil, err // grown since f.Stat
	}
	return data, nil
}

// refuse returns ReadFile's error for a file that is not regular, or whose
// size is over limit bytes.
func refuse(path string, fi fs.FileInfo, size, limit int64) error {
	switch {
	case !fi.Mode().IsRegular():
		return &fs.PathError{Op: "read", Path: path, Err: ErrNotRegular}
	case size > limit:
		return &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w: %s, more than %s", ErrTooLarge, roundBytes(size), humanBytes(int(limit)))}
	}
	return nil
}

// roundBytes formats a size to a tenth of a MiB or GiB: "51.0 MiB".
func roundBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return humanBytes(int(n))
}

// imageFile returns the file an image's path, decoded, names: from the
// note's folder base, or from "/" (see rootedPath).
func imageFile(base, root, name string) string {
	if strings.HasPrefix(name, "/") {
		return rootedPath(root, name)
	}
	return filepath.Join(base, filepath.FromSlash(name))
}

// unpacked says, by URL scheme, why an image of that scheme is not packed.
var unpacked = map[string]string{
	"data": "data: URIs are not packed (save the image as a file beside the note)",
	"file": "file: URLs are not packed (write the path from the note's folder)",
}

// rootedPath returns where an image path that starts with "/" points: the
// file itself when one is there, which stays only if it is under root, else
// the path from root, as GitHub and a notes website read "/img/cell.png".
func rootedPath(root, name string) string {
	if _, err := os.Lstat(name); err == nil {
		return filepath.Clean(name)
	}
	return filepath.Join(root, filepath.FromSlash(name))
}

// hasScheme reports whether u starts with a URL scheme such as data: or file:.
func hasScheme(u string) bool {
	colon := strings.IndexByte(u, ':')
	return colon > 1 && !strings.ContainsAny(u[:colon], "/?#\\ ")
}

// dirs returns the folder relative paths start from and the root they must stay in.
func (p *parsed) dirs() (base, root string, err error) {
	if p.file == "-" || p.file == "" {
		base, err = os.Getwd()
	} else {
		base, err = filepath.Abs(filepath.Dir(p.file))
	}
	if err != nil {
		return "", "", err
	}
	root = base
	if p.opt.Root != "" {
		if root, err = filepath.Abs(p.opt.Root); err != nil {
			return "", "", err
		}
	}
	return base, root, nil
}

// inside reports whether path is root or below it.
func inside(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// mediaName names a file by its content: <12 hex of sha1>-<slug>.<ext>, a
// name Anki keeps as it is (see docs on media names: no character it
// removes, no trailing space or dot, at most 120 bytes). The extension is
// the file's, lower-cased, if it is letters and digits alone; else the
// content's type (cell.png ending in a space, a Windows "assets.v2\cell"
// unzipped on Linux), else none.
func mediaName(path string, data []byte) string {
	sum := sha1.Sum(data)
	ext := strings.ToLower(filepath.Ext(path))
	if !safeExt().MatchString(ext) {
		ext = sniffExt(data)
	}
	slug := slugBad().ReplaceAllString(strings.ToLower(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))), "-")
	const maxName = 120
	slug = strings.Trim(slug[:min(len(slug), maxName-len("0123456789ab-")-len(ext))], "-")
	if slug == "" {
		slug = "image"
	}
	return hex.EncodeToString(sum[:])[:12] + "-" + slug + ext
}

// safeExt matches an extension media names keep.
var safeExt = lazyRegexp(`^\.[a-z0-9]{1,10}$`)

// sniffExt returns the extension of the image format data is in, or "".
func sniffExt(data []byte) string {
	head := data[:min(len(data), 512)]
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return ".png"
	case bytes.HasPrefix(head, []byte("\xff\xd8\xff")):
		return ".jpg"
	case bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")):
		return ".gif"
	case len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		return ".webp"
	case len(head) >= 12 && string(head[4:12]) == "ftypavif":
		return ".avif"
	case bytes.HasPrefix(head, []byte("BM")):
		return ".bmp"
	case bytes.Contains(head, []byte("<svg")):
		return ".svg"
	}
	return ""
}

func quote(s string) string { return `"` + s + `"` }

// shorten cuts s, a data: URI perhaps, to some 40 bytes for a message.
func shorten(s string) string {
	if len(s) <= 48 {
		return s
	}
	cut := 40
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// notionIcon reports whether an image is the icon of a Notion callout,
// "<aside><img src="/icons/book-closed_gray.svg" alt="/icons/book-closed_gray.svg" …>":
// Notion's own, never in the export, and its alt text is its path. It
// shows nothing on a card and is no missing file to warn about.
func notionIcon(src string) bool {
	return strings.HasPrefix(src, "/icons/") && strings.HasSuffix(src, ".svg")
}

// A sourcePick chooses among the <source> alternatives of an <audio> or a
// <video>, as a browser does: "<audio><source src="hola.ogg"><source
// src="hola.mp3"></audio>" plays the first file it can play, and the card
// plays (and the deck packs) hola.ogg alone, not both in turn.
type sourcePick struct {
	in     bool // inside an <audio> or a <video>
	chosen bool // its sound is chosen: its own src, or a <source>
}

// take reads the media tag name (lower case), closing or not, with its src,
// and reports whether src is to be played or shown: an image's, an
// <audio>'s own, the first playable <source> of its <audio> or <video>, or
// a <source> outside any.
func (s *sourcePick) take(name string, closing bool, src string) bool {
	switch name {
	case "audio", "video":
		*s = sourcePick{in: !closing, chosen: src != ""}
		return !closing && src != ""
	case "source":
		if closing || src == "" {
			return false
		}
		if !s.in {
			return true
		}
		if s.chosen || !isAudio(src) {
			return false
		}
		s.chosen = true
		return true
	}
	return !closing && src != ""
}

// isPicturePlaceholder reports whether n is a paragraph that only holds the
// bracketed note of a picture left out, "[Image of the Demographic
// Transition Model]", as an assistant's answer pasted into a note marks
// where it would show one: it names no term, answers nothing and leads no
// list in.
func (b *builder) isPicturePlaceholder(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() != 1 {
		return false
	}
	s := n.Lines().At(0)
	t := bytes.TrimSpace(b.p.src[s.Start:s.Stop])
	if len(t) < len("[Image of x]") || t[0] != '[' || t[len(t)-1] != ']' {
		return false
	}
	inner := t[1 : len(t)-1]
	if bytes.ContainsAny(inner, "[]") {
		return false
	}
	for _, w := range pictureNotes {
		if len(inner) > len(w) && bytes.EqualFold(inner[:len(w)], w) {
			return true
		}
	}
	return false
}

// pictureNotes open the bracketed note an assistant writes in place of a
// picture it leaves out: "[Image of the Krebs cycle]", "[Diagram of a
// neuron]".
var pictureNotes = [][]byte{[]byte("image of "), []byte("diagram of ")}

// placeholderAlts are the alt texts editors type for a pasted picture
// before its author writes one: VS Code's "alt text", "image" and "img",
// Notion's "Untitled". They caption nothing.
var placeholderAlts = map[string]bool{"alt text": true, "alt": true, "image": true, "img": true, "untitled": true}

// placeholderAlt reports whether alt, a picture's alt text, says nothing of
// it: an editor's placeholder, or the picture's file name,
// "2018-08-16_4.37.10.png" or "image.png", or that name without its
// extension when dest, the picture's address, ends with it and it reads
// as a file's name, not a caption: one word joined by "_" or holding a
// digit, as a wiki pastes "![2_BioChem_Triade](SCREENSHOTS/2_BioChem_Triade.png)".
// "![mitochondrion](mitochondrion.png)" keeps its caption. So is the file's
// name with spaces that its address escapes, as Obsidian's Digital Garden
// publishes a pasted picture: "![Pasted image 20240725153945.png](/img/user/
// Pasted%20image%2020240725153945.png)". A missing picture shows none.
func placeholderAlt(alt, dest string) bool {
	alt = strings.TrimSpace(alt)
	if lookupLower(placeholderAlts, alt) || !strings.ContainsAny(alt, " /") && imageExts[strings.ToLower(filepath.Ext(alt))] {
		return true
	}
	base := path.Base(dest)
	if name, err := url.PathUnescape(base); err == nil && name == alt && imageExts[strings.ToLower(path.Ext(name))] {
		return true
	}
	return alt != "" && !strings.ContainsAny(alt, " /") && strings.ContainsAny(alt, "_0123456789") &&
		strings.TrimSuffix(base, path.Ext(base)) == alt && imageExts[strings.ToLower(path.Ext(base))]
}
