package extract

import (
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
)

var (
	imgTag  = regexp.MustCompile(`(?i)<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>`)
	slugBad = regexp.MustCompile(`[^a-z0-9]+`)
)

// collectMedia finds every image of the note, checks that local ones stay
// inside the notes root and exist, and records them in p.media and p.images.
func (p *parsed) collectMedia() error {
	var err error
	_ = ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || err != nil {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image:
			err = p.addImage(string(n.Destination), p.lineOf(n))
		case *ast.RawHTML:
			var s strings.Builder
			for i := 0; i < n.Segments.Len(); i++ {
				s.Write(segValue(n.Segments.At(i), p.src))
			}
			err = p.addHTMLImages(s.String(), p.lineOf(n))
		case *ast.HTMLBlock:
			for i := 0; i < n.Lines().Len() && err == nil; i++ {
				seg := n.Lines().At(i)
				err = p.addHTMLImages(string(seg.Value(p.src)), p.line(seg.Start))
			}
		}
		return ast.WalkContinue, nil
	})
	return err
}

func (p *parsed) addHTMLImages(raw string, line int) error {
	for _, m := range imgTag.FindAllStringSubmatch(raw, -1) {
		if src := attrValue(m[1], "src"); src != "" {
			if err := p.addImage(src, line); err != nil {
				return err
			}
		}
	}
	return nil
}

// addImage resolves one image destination. Remote URLs are left alone.
func (p *parsed) addImage(dest string, line int) error {
	if _, done := p.images[dest]; done || dest == "" || isRemote(dest) || hasScheme(dest) {
		return nil
	}
	pos := Pos{File: p.file, Line: line}
	name := dest
	if u, err := url.PathUnescape(strings.SplitN(strings.SplitN(dest, "#", 2)[0], "?", 2)[0]); err == nil {
		name = u
	}
	if filepath.IsAbs(name) || strings.HasPrefix(name, "/") || filepath.VolumeName(name) != "" {
		return &Error{Pos: pos, Msg: "image " + quote(dest) + ": absolute paths are not allowed"}
	}
	base, root, err := p.dirs()
	if err != nil {
		return &Error{Pos: pos, Msg: "image " + quote(dest), Err: err}
	}
	path := filepath.Join(base, filepath.FromSlash(name))
	outside := !inside(root, path)
	real, err := filepath.EvalSymlinks(path)
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
	data, err := os.ReadFile(real)
	if err != nil {
		return &Error{Pos: pos, Msg: "image " + quote(dest), Err: err}
	}
	m, ok := p.media[real]
	if !ok {
		m = Media{Name: mediaName(real, data), Path: real, Data: data}
		p.media[real] = m
	}
	p.images[dest] = m.Name
	return nil
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

// mediaName names a file by its content: <12 hex of sha1>-<slug>.<ext>.
func mediaName(path string, data []byte) string {
	sum := sha1.Sum(data)
	ext := strings.ToLower(filepath.Ext(path))
	slug := strings.Trim(slugBad.ReplaceAllString(strings.ToLower(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))), "-"), "-")
	if slug == "" {
		slug = "image"
	}
	return hex.EncodeToString(sum[:])[:12] + "-" + slug + ext
}

func quote(s string) string { return `"` + s + `"` }
