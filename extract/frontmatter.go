package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// frontMatter is the YAML block that may open a note, between two "---" lines.
type frontMatter map[string]any

// splitFrontMatter separates a leading YAML front matter block from the body.
// shift is the number of lines the block took, so body lines map back to the file.
func splitFrontMatter(file string, src []byte) (fm frontMatter, body []byte, shift int, err error) {
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return nil, src, 0, nil
	}
	rest := src[4:]
	end := -1
	lines := 1
	for off := 0; off <= len(rest); {
		nl := bytes.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if nl >= 0 {
			line = rest[off : off+nl]
		}
		lines++
		if t := strings.TrimRight(string(line), " \t"); t == "---" || t == "..." {
			end = off
			if nl < 0 {
				off = len(rest)
			} else {
				off += nl + 1
			}
			body = rest[off:]
			break
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	if end < 0 {
		return nil, src, 0, nil // a lone "---" is a thematic break, not front matter
	}
	var raw map[string]any // a plain map, so nested blocks decode as map[string]any too
	if err := yaml.Unmarshal(rest[:end], &raw); err != nil {
		// yaml's messages can span lines ("unmarshal errors:\n  line 1: …"); errors are one line.
		msg := strings.Join(strings.Fields(strings.TrimPrefix(err.Error(), "yaml: ")), " ")
		line := 1
		if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
			n, _ := strconv.Atoi(msg[m[2]:m[3]])
			line, msg = 1+n, msg[:m[0]]+msg[m[1]:] // the front matter starts on line 2
		}
		return nil, nil, 0, &Error{Pos: Pos{File: file, Line: line}, Msg: "front matter is not valid YAML: " + msg}
	}
	return frontMatter(raw), body, lines, nil
}

// apply copies the keys the extractor understands into d and opt; the rest go
// to d.Settings for the exporters.
func (fm frontMatter) apply(d *Deck, opt *Options) error {
	for k, v := range fm {
		switch strings.ToLower(k) {
		case "deck":
			s, ok := v.(string)
			if !ok || strings.TrimSpace(s) == "" {
				return &Error{Pos: Pos{File: d.File, Line: 1}, Msg: "front matter: deck must be a non-empty string"}
			}
			d.Name = strings.TrimSpace(s)
		case "tags":
			tags, err := tagList(v)
			if err != nil {
				return &Error{Pos: Pos{File: d.File, Line: 1}, Msg: "front matter: tags", Err: err}
			}
			d.Tags = tags
		case "reverse":
			b, ok := v.(bool)
			if !ok {
				return &Error{Pos: Pos{File: d.File, Line: 1}, Msg: "front matter: reverse must be true or false"}
			}
			opt.Reverse = b
		default:
			d.Settings[k] = v
		}
	}
	return nil
}

// tagList accepts "a b", "a, b" or a YAML list, and returns Anki tags.
func tagList(v any) ([]string, error) {
	var raw []string
	switch t := v.(type) {
	case nil:
	case string:
		raw = strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ' ' })
	case []any:
		for _, x := range t {
			raw = append(raw, fmt.Sprint(x))
		}
	default:
		return nil, fmt.Errorf("want a list or a string, got %T", v)
	}
	var tags []string
	for _, s := range raw {
		s = strings.Join(strings.Fields(strings.TrimPrefix(strings.TrimSpace(s), "#")), "_")
		if s != "" {
			tags = append(tags, s)
		}
	}
	return tags, nil
}

// yamlLine finds the first "line N: " of a YAML error message: the line of
// the front matter it is about.
var yamlLine = regexp.MustCompile(`line (\d+): `)
