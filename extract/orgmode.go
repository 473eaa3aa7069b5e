package extract

import (
	"bytes"
	"strings"
	"unicode"
)

// orgTodoSpan matches the TODO keyword ox-hugo writes at the start of a
// heading, "<span class="org-todo todo TODO">TODO</span> ", and orgTagSpan
// the tags it writes at its end, "<span class="tag"><span class="bio">bio</span></span>".
var (
	orgTodoSpan = lazyRegexp(`^<span class="org-todo[^"]*">[^<]*</span>\s*`)
	orgTagSpan  = lazyRegexp(`\s*<span class="tag">((?:<span class="[^"]*">[^<]*</span>\s*)+)</span>\s*$`)
	orgTagName  = lazyRegexp(`<span class="[^"]*">([^<]*)</span>`)
)

// orgHeadings rewrites the headings of a note exported from Org mode (by
// ox-md, or ox-hugo's spans) as the headings they mean: "## TODO Mitosis
// :bio:exam:" is "## Mitosis #bio #exam". The TODO keyword is the state of
// a task, and the tags are tags: neither is the question. Only Org's own
// keywords, TODO and DONE, and a priority cookie "[#A]" are taken off a
// typed heading ("## NEXT steps" may be words); ox-hugo marks any keyword.
// Lines inside code fences stay as they are.
func orgHeadings(src []byte) []byte {
	if !hasOrgHeading(src) {
		return src // most notes: spare the walk through fences
	}
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		if len(line) > 2 && line[0] == '#' {
			return orgHeading(line)
		}
		return nil, false
	})
}

// hasOrgHeading reports whether a line of src that opens with "#" may be
// a heading orgHeading rewrites: it ends in ":", or holds a keyword, a
// priority cookie or ox-hugo's span.
func hasOrgHeading(src []byte) bool {
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src) - at
		}
		if line := src[at : at+end]; len(line) > 2 && line[0] == '#' {
			if t := bytes.TrimRight(line, " \t\r"); t[len(t)-1] == ':' || bytes.Contains(line, []byte("TODO ")) ||
				bytes.Contains(line, []byte("DONE ")) || bytes.Contains(line, []byte(" [#")) || bytes.Contains(line, []byte("org-todo")) ||
				bytes.Contains(line, []byte(`class="tag"`)) || bulletedHeading(line) {
				return true
			}
		}
		at += end + 1
	}
	return false
}

// orgHeading returns the heading line without its Org TODO keyword,
// priority and tags, the tags as hashtags, when it has any of them.
func orgHeading(line []byte) ([]byte, bool) {
	marks := 0
	for marks < len(line) && line[marks] == '#' {
		marks++
	}
	if marks > 6 || marks == len(line) || line[marks] != ' ' {
		return nil, false
	}
	nl := len(line)
	if line[nl-1] == '\n' {
		nl--
	}
	text := bytes.TrimSpace(line[marks:nl])
	if n := len(text); n > 0 && text[n-1] == '}' {
		if i := bytes.LastIndex(text, []byte(" {#")); i > 0 {
			text = bytes.TrimSpace(text[:i]) // ox-hugo's anchor, " {#mitosis}": no text of the card
		}
	}
	changed := false
	if t, ok := cutHeadingBullet(text); ok {
		text, changed = t, true
	}
	if m := orgTodoSpan().FindIndex(text); m != nil {
		text, changed = text[m[1]:], true
	} else if t, ok := cutOrgKeyword(text); ok {
		text, changed = t, true
	}
	if t, ok := cutOrgPriority(text); ok {
		text, changed = t, true
	}
	var tags [][]byte
	if m := orgTagSpan().FindSubmatchIndex(text); m != nil {
		for _, t := range orgTagName().FindAllSubmatch(text[m[2]:m[3]], -1) {
			tags = append(tags, t[1])
		}
		text, changed = text[:m[0]], true
	} else if t, ts, ok := cutOrgTags(text); ok {
		text, tags, changed = t, ts, true
	}
	if !changed || len(text) == 0 {
		return nil, false
	}
	h := append(append(make([]byte, 0, len(line)+8), line[:marks+1]...), text...)
	for _, t := range tags {
		if len(t) > 0 && bytes.IndexFunc(t, func(r rune) bool { return !isTagRune(r) }) < 0 {
			h = append(append(h, " #"...), t...)
		}
	}
	return append(h, line[nl:]...), true
}

// cutOrgKeyword cuts Org's TODO or DONE keyword that starts a heading's
// text, when more text follows it.
func cutOrgKeyword(text []byte) ([]byte, bool) {
	for _, k := range [][]byte{[]byte("TODO "), []byte("DONE ")} {
		if bytes.HasPrefix(text, k) {
			if t := bytes.TrimSpace(text[len(k):]); len(t) > 0 {
				return t, true
			}
		}
	}
	return text, false
}

// cutOrgPriority cuts the priority cookie that starts a heading's text,
// "[#A] Meiosis", and the keyword before it, which the cookie shows is one:
// "NEXT [#A] Meiosis".
func cutOrgPriority(text []byte) ([]byte, bool) {
	kw := 0
	for kw < len(text) && text[kw] >= 'A' && text[kw] <= 'Z' {
		kw++
	}
	if kw > 0 && kw < len(text) && text[kw] == ' ' {
		kw++
	} else {
		kw = 0
	}
	c := text[kw:]
	if len(c) > 5 && c[0] == '[' && c[1] == '#' && c[3] == ']' && c[4] == ' ' && c[2] >= 'A' && c[2] <= 'Z' {
		if t := bytes.TrimSpace(c[5:]); len(t) > 0 {
			return t, true
		}
	}
	return text, false
}

// cutOrgTags cuts the Org tags that end a heading's text, ":bio:exam:"
// after a space, and returns them.
func cutOrgTags(text []byte) ([]byte, [][]byte, bool) {
	n := len(text)
	if n < 4 || text[n-1] != ':' {
		return text, nil, false
	}
	sp := bytes.LastIndexAny(text, " \t")
	if sp < 0 || sp+1 >= n-1 || text[sp+1] != ':' {
		return text, nil, false
	}
	body := text[sp+2 : n-1]
	if len(body) == 0 {
		return text, nil, false
	}
	for _, r := range string(body) {
		if r != ':' && !isTagRune(r) && r != '@' {
			return text, nil, false
		}
	}
	var tags [][]byte
	for _, t := range bytes.Split(body, []byte(":")) {
		if len(t) == 0 {
			return text, nil, false // "::" is no tag list
		}
		tags = append(tags, bytes.TrimPrefix(t, []byte("@")))
	}
	head := bytes.TrimSpace(text[:sp])
	if len(head) == 0 {
		return text, nil, false
	}
	return head, tags, true
}

// isTagRune reports whether r may be in an Org tag that becomes a hashtag.
func isTagRune(r rune) bool {
	return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && unicode.IsLetter(r)
}

// drillCards rewrites the cards of org-drill pasted into a Markdown note,
// "* What is the capital of France? :drill:" over "** Answer" over its
// answer, as the heading and answer they mean: the entry is a heading one
// level below the note's title, its tags are Org tags (orgHeadings makes
// them hashtags), and the "Answer" subheading, a label Markdown would read
// as bold text, goes, so the lines under it answer the question; so do the
// lines of the property drawers org-drill keeps its schedule in. Only in a
// note with ":drill:" in it; each line keeps its place. Lines inside code
// fences stay as they are.
func drillCards(src []byte) []byte {
	if !containsText(src, ":drill:") {
		return src // most notes: spare the walk
	}
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		if orgDrawerLine(line) {
			return []byte("\n"), true
		}
		stars := 0
		for stars < len(line) && line[stars] == '*' {
			stars++
		}
		if stars == 0 || stars > 5 || stars == len(line) || line[stars] != ' ' {
			return nil, false
		}
		title := bytes.TrimSpace(line[stars:])
		if strings.EqualFold(string(title), "answer") {
			return []byte("\n"), true
		}
		if !bytes.HasSuffix(title, []byte(":")) || !bytes.Contains(title, []byte(":drill:")) || !hasWordCharBytes(title[:bytes.IndexByte(title, ':')]) {
			return nil, false
		}
		out := append(bytes.Repeat([]byte("#"), stars+1), ' ')
		return append(append(out, title...), '\n'), true
	})
}

// orgDrawerLine reports whether line is a line of an Org property drawer,
// ":PROPERTIES:", ":DRILL_LAST_INTERVAL: 4.0", ":END:": a colon, a key in
// capitals, digits and "_", and a colon.
func orgDrawerLine(line []byte) bool {
	if len(line) < 3 || line[0] != ':' {
		return false
	}
	k := 1
	for k < len(line) && (line[k] >= 'A' && line[k] <= 'Z' || line[k] == '_' || isDigit(rune(line[k]))) {
		k++
	}
	return k > 1 && k < len(line) && line[k] == ':'
}
