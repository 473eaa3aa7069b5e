package apkg

import (
	"fmt"
	"html"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/notes2deck/notes2deck/extract"
)

// collectMedia returns the media of decks without duplicates (by name), in
// first-use order. The names are already content-derived, so one name means
// one file.
func collectMedia(decks []extract.Deck) []extract.Media {
	var out []extract.Media
	seen := map[string]bool{}
	for _, d := range decks {
		for _, m := range d.Media {
			if seen[m.Name] {
				continue
			}
			seen[m.Name] = true
			out = append(out, m)
		}
	}
	return out
}

// usedMedia returns the media some note's fields refer to, in their order:
// a note's images that are on no card (a banner under its title, the images
// of a note that makes no card) are only the cheat sheet's, and Anki refuses
// a package's file no note uses.
func usedMedia(notes []note, media []extract.Media) []extract.Media {
	if len(media) == 0 {
		return media
	}
	used := map[string]bool{}
	for _, n := range notes {
		for _, f := range n.fields {
			rewriteMediaRefs(f, func(name string) string {
				used[name] = true
				return ""
			})
		}
	}
	out := media[:0:0]
	for _, m := range media {
		if used[m.Name] {
			out = append(out, m)
		}
	}
	return out
}

// mediaData returns the bytes of m, reading its file when the extractor did not.
func mediaData(m extract.Media) ([]byte, error) {
	if m.Data != nil || m.Path == "" {
		return m.Data, nil
	}
	b, err := extract.ReadFile(m.Path, extract.MaxMediaBytes)
	if err != nil {
		return nil, fmt.Errorf("read media %s: %w", m.Name, err)
	}
	return b, nil
}

// compressed reports whether a media file's format is already compressed, so
// deflating it again would only cost time.
func compressed(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".mp3", ".m4a", ".ogg", ".opus", ".mp4", ".webm", ".zip", ".gz":
		return true
	}
	return false
}

// soundRE matches Anki's [sound:name] references.
var soundRE = regexp.MustCompile(`\[sound:(.+?)\]`)

// rewriteMediaRefs calls fn with the file name of every media reference in
// field (as Anki finds them: src/data of media tags, and [sound:…]) and
// replaces the reference with fn's result, unless fn returns "".
func rewriteMediaRefs(field string, fn func(name string) string) string {
	if hasMediaTag(field) {
		field = mediaTagRE.ReplaceAllStringFunc(field, func(tag string) string {
			m := mediaTagRE.FindStringSubmatch(tag)
			if r := fn(decodeEntities(m[1] + m[2] + m[3])); r != "" {
				return r
			}
			return tag
		})
	}
	if strings.Contains(field, "[sound:") {
		field = soundRE.ReplaceAllStringFunc(field, func(ref string) string {
			if r := fn(decodeEntities(soundRE.FindStringSubmatch(ref)[1])); r != "" {
				return r
			}
			return ref
		})
	}
	return field
}

// mediaPaths returns where the media files that fields use are on disk, by
// name, so that a deleted note can ship them again; nil when there are none.
func mediaPaths(fields []string, paths map[string]string) map[string]string {
	if len(paths) == 0 {
		return nil
	}
	var out map[string]string
	for _, f := range fields {
		rewriteMediaRefs(f, func(name string) string {
			if p := paths[name]; p != "" {
				if out == nil {
					out = map[string]string{}
				}
				out[name] = p
			}
			return ""
		})
	}
	return out
}

// shippableMedia returns the fields of the deleted note o, making sure p can
// ship every file they use: a file p lacks is read from where o's state says
// it was and added to p.media; when that fails, the reference becomes the file
// name in brackets. The user's collection has the file anyway, and the note is
// about to be deleted; the package must not refer to a file it lacks.
func shippableMedia(o *NoteState, p *plan) []string {
	have := func(name string) bool {
		for _, m := range p.media {
			if m.Name == name {
				return true
			}
		}
		return false
	}
	out := make([]string, len(o.Fields))
	for i, f := range o.Fields {
		out[i] = rewriteMediaRefs(f, func(name string) string {
			if strings.ContainsAny(name, "/\\") || have(name) {
				return "" // a URL or path (Anki ignores it), or shipped already
			}
			if path := o.Media[name]; path != "" {
				if data, err := extract.ReadFile(path, extract.MaxMediaBytes); err == nil {
					p.media = append(p.media, extract.Media{Name: name, Path: path, Data: data})
					return ""
				}
			}
			return "[" + html.EscapeString(name) + "]"
		})
	}
	return out
}
