package extract

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// frontMatter is the YAML block that may open a note, between two "---"
// lines: its keys' values, and the file line of each key.
type frontMatter struct {
	values  map[string]any
	lines   map[string]int
	nodes   map[string]*yaml.Node // each key's value as YAML wrote it; nil for TOML
	invalid *Warning              // the block is not valid YAML: what was wrong, and where
}

// line returns the file line of key k (1, the "---", if unknown).
func (fm frontMatter) line(k string) int {
	if l, ok := fm.lines[k]; ok {
		return l
	}
	return 1
}

// keyLines returns the file line of each top-level key of the front matter
// block, which starts on the file's line 2, and the node of its value.
func keyLines(block []byte) (map[string]int, map[string]*yaml.Node) {
	var doc yaml.Node
	if yaml.Unmarshal(block, &doc) != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, nil
	}
	m := doc.Content[0]
	lines := make(map[string]int, len(m.Content)/2)
	nodes := make(map[string]*yaml.Node, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		lines[m.Content[i].Value] = 1 + m.Content[i].Line
		nodes[m.Content[i].Value] = m.Content[i+1]
	}
	return lines, nodes
}

// splitFrontMatter separates a leading YAML front matter block from the body.
// shift is the number of lines the block took, so body lines map back to the file.
func splitFrontMatter(file string, src []byte) (fm frontMatter, body []byte, shift int, err error) {
	if lead, n := leadingBlanks(src); n > 0 && bytes.HasPrefix(src[lead:], []byte("---\n")) {
		// Blank lines typed above the "---" (a published vault's pages open
		// so): the block is the note's settings when it holds YAML keys.
		if fm, body, shift, err := splitFrontMatter(file, src[lead:]); err == nil && fm.invalid == nil && len(fm.values) > 0 {
			for k := range fm.lines {
				fm.lines[k] += n
			}
			return fm, body, shift + n, nil
		}
		return frontMatter{}, src, 0, nil
	}
	if bytes.HasPrefix(src, []byte("+++\n")) {
		return splitTOML(file, src)
	}
	if bytes.HasPrefix(src, []byte("{\n")) {
		return splitJSON(file, src)
	}
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return frontMatter{}, src, 0, nil
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
		// A lone "---" is a thematic break, not front matter; but keys
		// under it are a front matter whose closing "---" is missing.
		if fm, n, ok := openFrontMatter(file, rest); ok {
			return fm, rest[n:], 1 + bytes.Count(rest[:n], []byte("\n")), nil
		}
		if unclosed(rest) {
			w := &Warning{Pos: Pos{File: file, Line: 1}, Msg: `front matter not closed: read as text (end it with a "---" line)`}
			return frontMatter{invalid: w}, src, 0, nil
		}
		return frontMatter{}, src, 0, nil
	}
	if line, n := tooManyKeys(rest[:end]); n > 0 {
		w := &Warning{Pos: Pos{File: file, Line: 1 + line}, Msg: fmt.Sprintf(
			"front matter has a mapping of %d keys (more than %d), so its settings are not used", n, maxYAMLKeys)}
		return frontMatter{invalid: w}, body, lines, nil
	}
	var raw map[string]any // a plain map, so nested blocks decode as map[string]any too
	if err := yaml.Unmarshal(rest[:end], &raw); err != nil {
		if n := keyRun(rest); n > 0 && n < end {
			// The keys end before the "---", a rule of the note's text
			// further down: what lies between is the note, not YAML.
			if fm, n, ok := openFrontMatter(file, rest); ok {
				return fm, rest[n:], 1 + bytes.Count(rest[:n], []byte("\n")), nil
			}
			return frontMatter{}, src, 0, nil
		}
		// A note is not lost to a slip in its front matter, "title: @key" (a
		// Roam export) or a tab: a warning names the line, and the other
		// notes of the build go on.
		line, msg := yamlError(rest[:end], err)
		w := &Warning{Pos: Pos{File: file, Line: line}}
		if !keysOnly(rest[:end]) {
			w.Msg = "the lines between the two \"---\" are not YAML (" + msg + "), so they are read as text, not as front matter"
			return frontMatter{invalid: w}, src, 0, nil
		}
		w.Msg = "front matter is not valid YAML, so its settings are not used: " + msg
		return frontMatter{invalid: w}, body, lines, nil
	}
	fm = frontMatter{values: raw}
	fm.lines, fm.nodes = keyLines(rest[:end])
	return fm, body, lines, nil
}

// leadingBlanks returns the length in bytes and the number of the blank
// lines that open src.
func leadingBlanks(src []byte) (size, n int) {
	for size < len(src) {
		nl := bytes.IndexByte(src[size:], '\n')
		if nl < 0 || len(bytes.TrimSpace(src[size:size+nl])) > 0 {
			break
		}
		size += nl + 1
		n++
	}
	return size, n
}

// maxYAMLKeys is the most keys a mapping of a front matter may have. The
// YAML decoder compares each key of a mapping with every other one, to
// refuse a key given twice: 40,000 keys (a data block pasted in, an
// export's properties) took 8 s, 80,000 took 30 s. No note's settings need
// a thousand.
const maxYAMLKeys = 1000

// tooManyKeys returns the line (in block) and the number of keys of the
// first mapping of the YAML block with more than maxYAMLKeys keys, or 0, 0.
// Parsing into nodes is linear: only decoding into maps checks the keys.
func tooManyKeys(block []byte) (line, n int) {
	if bytes.Count(block, []byte(":")) <= maxYAMLKeys {
		return 0, 0 // a key needs a colon
	}
	var doc yaml.Node
	if yaml.Unmarshal(block, &doc) != nil {
		return 0, 0 // an error the decoder finds before it checks keys
	}
	stack := []*yaml.Node{&doc}
	for len(stack) > 0 {
		nd := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if nd.Kind == yaml.MappingNode && len(nd.Content)/2 > maxYAMLKeys {
			return nd.Line, len(nd.Content) / 2
		}
		stack = append(stack, nd.Content...)
	}
	return 0, 0
}

// yamlError returns the file line and the message, on one line, of the
// error err that yaml found in the front matter block, which starts on the
// file's line 2. When the message names no line, the line is the first that
// makes the block invalid.
func yamlError(block []byte, err error) (int, string) {
	msg := strings.Join(strings.Fields(strings.TrimPrefix(err.Error(), "yaml: ")), " ")
	if m := yamlLine().FindStringSubmatchIndex(msg); m != nil {
		n, _ := strconv.Atoi(msg[m[2]:m[3]])
		return 1 + n, fileLines(msg[:m[0]] + msg[m[1]:])
	}
	line := 2
	for off := 0; off < len(block); line++ {
		nl := bytes.IndexByte(block[off:], '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
		var v any
		if yaml.Unmarshal(block[:off], &v) != nil {
			break
		}
	}
	return line, msg
}

// keysOnly reports whether each line of block that is not blank, a comment
// or indented opens with a key and a colon, "title: …", or is a "- item" of
// a list: a front matter with a slip in it, not text between two rules.
func keysOnly(block []byte) bool {
	for line := range bytes.Lines(block) {
		t := bytes.TrimRight(line, " \t\n")
		if len(t) == 0 || t[0] == '#' || t[0] == ' ' || t[0] == '\t' || bytes.HasPrefix(t, []byte("- ")) {
			continue
		}
		if !yamlKey().Match(t) {
			return false
		}
	}
	return true
}

// openFrontMatter reads the keys that open rest, the lines after a "---"
// that no "---" closes right after them, as a front matter whose closing
// line was forgotten: "title: Cells" and "author: Jane Doe" over the
// note's heading or a blank line made cards "author" → "Jane Doe". It
// returns the front matter, with a warning, and the length of its lines in
// rest; ok is false when those lines are no front matter (see
// frontMatterKeys), which are then the note's text, as "Osmosis: water
// crossing a membrane" is.
func openFrontMatter(file string, rest []byte) (fm frontMatter, n int, ok bool) {
	n = keyRun(rest)
	if n == 0 {
		return frontMatter{}, 0, false
	}
	if _, many := tooManyKeys(rest[:n]); many > 0 {
		return frontMatter{}, 0, false
	}
	var raw map[string]any
	if yaml.Unmarshal(rest[:n], &raw) != nil || !frontMatterKeys(raw) {
		return frontMatter{}, 0, false
	}
	last := 1 + bytes.Count(rest[:n], []byte("\n"))
	fm = frontMatter{values: raw, invalid: &Warning{Pos: Pos{File: file, Line: 1}, Msg: fmt.Sprintf(
		`front matter not closed: its keys end on line %d (end them with a "---" line)`, last)}}
	fm.lines, fm.nodes = keyLines(rest[:n])
	return fm, n, true
}

// keyRun returns the length of the lines of YAML keys that open rest, up
// to a blank line, a heading or a line of text: "key: value" lines, the
// lines indented under them, and the "- item" lines of a key's list.
func keyRun(rest []byte) int {
	n := 0
	list := false // a "- item" may follow: the key above has no value, or an item is above
	for line := range bytes.Lines(rest) {
		t := bytes.TrimRight(line, " \t\r\n")
		switch {
		case len(t) == 0 || t[0] == '#':
			return n
		case t[0] == ' ' || t[0] == '\t':
			if n == 0 {
				return 0
			}
		case bytes.HasPrefix(t, []byte("- ")):
			if !list {
				return n
			}
		case yamlKey().Match(t):
			list = t[len(t)-1] == ':'
		default:
			return n
		}
		n += len(line)
	}
	return n
}

// frontMatterKeys reports whether the keys of an unclosed block are a
// front matter's: each a name of one word, and one of them a key that
// front matters hold (see settingKeys). "Cells: the smallest unit of
// life" under a rule is a definition; "title: Cells" is a setting.
func frontMatterKeys(raw map[string]any) bool {
	known := false
	for k := range raw {
		if k == "" || strings.ContainsFunc(k, func(r rune) bool { return r != '_' && r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			return false
		}
		known = known || settingKeys[k]
	}
	return known
}

// settingKeys are keys that front matters hold, written in lower case as
// Obsidian, Jekyll, Hugo and notes2deck itself write them.
var settingKeys = map[string]bool{
	"title": true, "tags": true, "tag": true, "aliases": true, "alias": true, "date": true,
	"created": true, "updated": true, "modified": true, "author": true, "authors": true,
	"source": true, "deck": true, "type": true, "status": true, "category": true,
	"categories": true, "course": true, "description": true, "cssclass": true,
	"cssclasses": true, "publish": true, "draft": true, "layout": true, "lang": true,
	"subject": true, "topic": true, "summary": true, "keywords": true, "reverse": true,
}

// unclosed reports whether the lines after an opening "---" that nothing
// closes, up to the first blank line, are YAML keys ("deck: Biology"): a
// front matter whose closing "---" was forgotten.
func unclosed(rest []byte) bool {
	block, _, _ := bytes.Cut(rest, []byte("\n\n"))
	if !yamlKey().Match(block) || !keysOnly(block) {
		return false
	}
	if _, n := tooManyKeys(block); n > 0 {
		return true // keys, too many to decode
	}
	var m map[string]any
	return yaml.Unmarshal(block, &m) == nil && len(m) > 0
}

// yamlKey matches a line that opens with a YAML key.
var yamlKey = lazyRegexp(`^["']?[\p{L}\p{N}_][\p{L}\p{N}_ .-]*["']?[ \t]*:(?:[ \t]|$)`)

// apply copies the keys the extractor understands into d and opt; the rest go
// to d.Settings for the exporters.
func (fm frontMatter) apply(d *Deck, opt *Options) error {
	// In the order they are written, so that the first bad key is reported
	// and a key written twice in other cases ("Deck", "deck") wins the same.
	keys := slices.SortedFunc(maps.Keys(fm.values), func(a, b string) int {
		return cmp.Or(cmp.Compare(fm.line(a), fm.line(b)), strings.Compare(a, b))
	})
	for _, k := range keys {
		v, at := fm.values[k], Pos{File: d.File, Line: fm.line(k)}
		if s, ok := v.(string); ok && strings.EqualFold(k, "target deck") && strings.TrimSpace(s) != "" {
			// Obsidian_to_Anki reads its TARGET DECK line in the front matter
			// too; the front matter's own "deck" wins wherever it is written.
			if !fm.hasKey("deck") {
				d.Name, d.NameLine = strings.TrimSpace(s), at.Line
				if err := deckLength(d.Name, "front matter: "+k, at); err != nil {
					return err
				}
			}
			continue
		}
		switch strings.ToLower(k) {
		case "deck":
			s, ok := v.(string)
			if n := fm.nodes[k]; !ok && v != nil && n != nil && n.Kind == yaml.ScalarNode {
				// "deck: 2024" or "deck: 101", a course's number: the name
				// as written, not "must be a non-empty string".
				s, ok = n.Value, true
			}
			switch {
			case v == nil || ok && strings.TrimSpace(s) == "":
				return &Error{Pos: at, Msg: "front matter: deck: no name (give one, or remove the line)"}
			case !ok:
				return &Error{Pos: at, Msg: "front matter: deck: want a name, got " + ValueKind(v)}
			}
			d.Name, d.NameLine = strings.TrimSpace(s), at.Line
			if err := deckLength(d.Name, "front matter: "+k, at); err != nil {
				return err
			}
		case "tags":
			var tags []string
			var err error
			if n := fm.nodes[k]; n != nil && n.Kind == yaml.SequenceNode {
				tags, err = tagItems(d.File, n)
			} else if tags, err = tagList(v); err != nil {
				err = &Error{Pos: at, Msg: "front matter: tags", Err: err}
			}
			if err != nil {
				return err
			}
			d.Tags = shortTags(d, tags, at)
		case "reverse":
			b, ok := v.(bool)
			if !ok {
				return &Error{Pos: at, Msg: "front matter: reverse must be true or false"}
			}
			opt.Reverse = b
		default:
			d.Settings[k] = v
			if d.SettingLines == nil {
				d.SettingLines = map[string]int{}
			}
			d.SettingLines[k] = at.Line
			if n := fm.nodes[k]; n != nil && n.Kind == yaml.MappingNode {
				for i := 0; i+1 < len(n.Content); i += 2 {
					d.SettingLines[k+"."+n.Content[i].Value] = 1 + n.Content[i].Line
				}
			}
		}
	}
	return nil
}

// deckLength returns an error at at when name, the deck that what gives (a
// front matter's key, a TARGET DECK line), is longer than MaxDeckName
// characters: a megabyte of "deck:" named a deck of a megabyte, shown whole
// in Anki's deck list, the status line and the CSV's deck cell.
func deckLength(name, what string, at Pos) error {
	if n := utf8.RuneCountInString(name); n > MaxDeckName {
		return &Error{Pos: at, Msg: fmt.Sprintf("%s of %d characters: too long for a deck name (limit %d): give the deck a short name", what, n, MaxDeckName)}
	}
	return nil
}

// shortTags returns tags without those longer than MaxDeckName characters
// (a tag names a topic, as a deck level does), adding to d a warning at at
// for each: a paragraph pasted into "tags:" was a tag on every card, over
// the 20 KB a card's tags keep, so each card warned that its tags were cut
// and kept none of them, the note's title and headings included.
func shortTags(d *Deck, tags []string, at Pos) []string {
	return slices.DeleteFunc(tags, func(t string) bool {
		n := utf8.RuneCountInString(t)
		if n > MaxDeckName {
			d.Warnings = append(d.Warnings, Warning{Pos: at, Msg: fmt.Sprintf("front matter: tags: a tag of %d characters left out: too long for a tag (limit %d)", n, MaxDeckName)})
		}
		return n > MaxDeckName
	})
}

// tagList accepts "a b", "a, b" or a YAML list, and returns Anki tags. A
// string with a comma is split at its commas alone, as a list written on
// one line: "biology, cell bio" is two tags, biology and cell_bio. A string
// without one is split at its spaces, as Jekyll reads "biology exam".
func tagList(v any) ([]string, error) {
	var raw []string
	switch t := v.(type) {
	case nil:
	case string:
		if strings.Contains(t, ",") {
			raw = strings.Split(t, ",")
		} else {
			raw = strings.Fields(t)
		}
	case []any:
		for _, x := range t {
			raw = append(raw, fmt.Sprint(x))
		}
	default:
		return nil, fmt.Errorf("want a list or a string, got %s", ValueKind(v))
	}
	return cleanTags(raw), nil
}

// ValueKind names the kind of v, a value of front matter, as the note wrote
// it, for an error that wants another kind: "tags: 42" said "got float64",
// "tags: {unit: 3}" "got map[string]interface {}" and "columns: null" "got
// <nil>", Go's names, not the student's. A string is given as it is.
func ValueKind(v any) string {
	switch v.(type) {
	case nil:
		return "no value"
	case map[string]any:
		return "a mapping"
	case []any:
		return "a list"
	case bool:
		return "true or false"
	case time.Time:
		return "a date"
	case int, int64, uint64, float64:
		return "a number"
	}
	return fmt.Sprint(v)
}

// tagItems returns the tags of a YAML list of tags, each item as written (a
// date stays 2024-01-01). An empty item, the "- " Obsidian leaves when a tag
// is deleted, is dropped; an item that is a list or a mapping ({unit: 3}) is
// an error naming its line.
func tagItems(file string, list *yaml.Node) ([]string, error) {
	var raw []string
	for _, it := range list.Content {
		if it.Kind == yaml.AliasNode && it.Alias != nil {
			it = it.Alias
		}
		switch {
		case it.Kind != yaml.ScalarNode:
			kind := "a list"
			if it.Kind == yaml.MappingNode {
				kind = "a mapping"
			}
			return nil, &Error{Pos: Pos{File: file, Line: 1 + it.Line}, Msg: "front matter: tags: want a tag in each item, got " + kind}
		case it.ShortTag() != "!!null":
			raw = append(raw, it.Value)
		}
	}
	return cleanTags(raw), nil
}

// cleanTags makes Anki tags of raw: without a leading "#", spaces as "_",
// empty ones left out.
func cleanTags(raw []string) []string {
	var tags []string
	for _, s := range raw {
		s = strings.Join(strings.Fields(strings.TrimPrefix(strings.TrimSpace(s), "#")), "_")
		if s != "" {
			tags = append(tags, s)
		}
	}
	return tags
}

// yamlLine finds the first "line N: " of a YAML error message: the line of
// the front matter it is about.
var yamlLine = lazyRegexp(`line (\d+): `)

// yamlLines finds every "line N" of a YAML error message.
var yamlLines = lazyRegexp(`\bline (\d+)\b`)

// fileLines returns msg, a YAML error message about a front matter block,
// with each "line N" it holds ("mapping key \"deck\" already defined at
// line 2", a second error's "line 5: …") made a line of the file, whose
// line 2 is the block's first.
func fileLines(msg string) string {
	if !strings.Contains(msg, "line ") {
		return msg
	}
	return yamlLines().ReplaceAllStringFunc(msg, func(s string) string {
		n, err := strconv.Atoi(s[len("line "):])
		if err != nil {
			return s
		}
		return "line " + strconv.Itoa(n+1)
	})
}

// splitTOML separates Hugo's TOML front matter, between two "+++" lines,
// from the body. It reads the top-level keys whose values are strings,
// booleans or lists of strings ("title = 'Vocab'", "tags = ['a', 'b']"),
// which are those the extractor uses; the rest is left out.
func splitTOML(file string, src []byte) (frontMatter, []byte, int, error) {
	fm := frontMatter{values: map[string]any{}, lines: map[string]int{}}
	lines := bytes.SplitAfter(src, []byte("\n"))
	table := false
	for i := 1; i < len(lines); i++ {
		t := strings.TrimSpace(string(lines[i]))
		switch {
		case t == "+++":
			return fm, src[len(bytes.Join(lines[:i+1], nil)):], i + 1, nil
		case strings.HasPrefix(t, "["):
			table = true // "[params]": its keys are not the page's
		case table || t == "" || strings.HasPrefix(t, "#"):
		default:
			k, v, ok := strings.Cut(t, "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if !ok || k == "" {
				continue
			}
			if val, ok := tomlValue(v); ok {
				fm.values[strings.Trim(k, `"'`)] = val
				fm.lines[strings.Trim(k, `"'`)] = i + 1
			} else if tomlKeys[strings.Trim(k, `"'`)] && fm.invalid == nil {
				fm.invalid = &Warning{Pos: Pos{File: file, Line: i + 1}, Msg: fmt.Sprintf(
					`front matter: %s = %s is not read (write a "string", ["a", "list"], true or false, on one line)`, k, v)}
			}
		}
	}
	// No closing "+++": no front matter; a key under the opening one says
	// the student meant one.
	if len(lines) > 1 && tomlKey().Match(bytes.TrimSpace(lines[1])) {
		return frontMatter{invalid: &Warning{Pos: Pos{File: file, Line: 1}, Msg: `front matter not closed: read as text (end it with a "+++" line)`}}, src, 0, nil
	}
	return frontMatter{}, src, 0, nil
}

// splitJSON separates Hugo's JSON front matter, an object between a "{"
// line opening the note and a "}" line, from the body. YAML reads JSON, so
// the block is read as a YAML front matter is, its "{" joined to the line
// under it so that each line of the block is the file line after it, as
// under a "---". A block that is not a JSON object is no front matter, and
// is read as text (before, every note's JSON front matter was: it asked
// "\"title\"" with the answer "\"Vocab\",").
func splitJSON(file string, src []byte) (frontMatter, []byte, int, error) {
	off, lines := 2, 2
	for off < len(src) {
		nl := bytes.IndexByte(src[off:], '\n')
		if nl < 0 {
			nl = len(src) - off
		}
		line := src[off : off+nl]
		off = min(off+nl+1, len(src))
		if string(bytes.TrimRight(line, " \t")) == "}" {
			break
		}
		lines++
	}
	block := bytes.TrimRight(src[:off], " \t\n")
	if !bytes.HasSuffix(block, []byte("}")) || !json.Valid(block) {
		return frontMatter{}, src, 0, nil
	}
	yb := append([]byte("{"), block[2:]...)
	if line, n := tooManyKeys(yb); n > 0 {
		w := &Warning{Pos: Pos{File: file, Line: 1 + line}, Msg: fmt.Sprintf(
			"front matter has a mapping of %d keys (more than %d), so its settings are not used", n, maxYAMLKeys)}
		return frontMatter{invalid: w}, src[off:], lines, nil
	}
	var raw map[string]any
	if err := yaml.Unmarshal(yb, &raw); err != nil {
		line, msg := yamlError(yb, err) // a key given twice, which JSON allows
		w := &Warning{Pos: Pos{File: file, Line: line}, Msg: "front matter is not valid, so its settings are not used: " + msg}
		return frontMatter{invalid: w}, src[off:], lines, nil
	}
	if raw == nil {
		return frontMatter{}, src, 0, nil // an array, a string: no object
	}
	fm := frontMatter{values: raw}
	fm.lines, fm.nodes = keyLines(yb)
	return fm, src[off:], lines, nil
}

// tomlKeys are the keys of a TOML front matter that notes2deck reads.
var tomlKeys = map[string]bool{"title": true, "deck": true, "tags": true, "reverse": true}

// tomlKey matches a TOML line that sets a key: "title = …".
var tomlKey = lazyRegexp(`^["']?[\p{L}\p{N}_][\p{L}\p{N}_.-]*["']?[ \t]*=`)

// tomlValue reads a TOML string, boolean or list of strings.
func tomlValue(v string) (any, bool) {
	switch {
	case v == "true" || v == "false":
		return v == "true", true
	case len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0]:
		return v[1 : len(v)-1], true
	case strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]"):
		var list []any
		for _, item := range strings.Split(v[1:len(v)-1], ",") {
			if item = strings.TrimSpace(item); item != "" {
				list = append(list, strings.Trim(item, `"'`))
			}
		}
		return list, true
	}
	return nil, false
}

// titleContext puts title, the title of a note's front matter ("title: 2008
// Bihar Floods" in a Jekyll or Hugo page with no "#" heading), at the root of
// the context of cards, as the "#" heading that opens a note is: "Effects"
// is asked under "2008 Bihar Floods", not alone. A card whose context
// already opens with the title keeps it. Cards that share a context share
// the new one. A card's ContextKey, when set, opens with the title too.
func titleContext(cards []Card, title string) {
	var prev, next []string
	for i := range cards {
		c := cards[i].Context
		if len(c) > 0 && strings.EqualFold(c[0], title) {
			continue
		}
		if next == nil || !slices.Equal(c, prev) {
			prev, next = c, slices.Clip(append([]string{title}, c...))
		}
		cards[i].Context = next
		if k := cards[i].ContextKey; k != nil {
			cards[i].ContextKey = slices.Clip(append([]string{title}, k...))
		}
	}
}

// hasKey reports whether the front matter holds key, in any case.
func (fm frontMatter) hasKey(key string) bool {
	for k := range fm.values {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}
