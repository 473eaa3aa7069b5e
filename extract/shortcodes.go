package extract

import (
	"bytes"
	"strings"
)

// shortcodeOpen matches a Hugo shortcode that opens a box on a line of its
// own, from its first column: `{{< admonition type="case" title="Nettleship
// v Weston" >}}`, "{{< hint info >}}", `{{% notice tip "Remember" %}}`.
// Group 1 is the name, 2 its arguments.
var shortcodeOpen = lazyRegexp(`^(?:\{\{[<%]|\{%)[ \t]*(admonition|hint|notice|alert|callout|note|tip|warning|details|expand|spoiler)\b(.*?)[ \t]*(?:[>%]\}\}|%\})[ \t]*$`)

// shortcodeClose matches the line that closes a box: "{{< /admonition >}}".
var shortcodeClose = lazyRegexp(`^(?:\{\{[<%][ \t]*/|\{%[ \t]*end)[ \t]*(admonition|hint|notice|alert|callout|note|tip|warning|details|expand|spoiler)[ \t]*(?:[>%]\}\}|%\})[ \t]*$`)

// shortcodeArg matches one argument of a shortcode: key="value", "value" or
// a bare word.
var shortcodeArg = lazyRegexp(`(\w+)="([^"]*)"|"([^"]*)"|(\S+)`)

// shortcodeTag matches one Hugo shortcode tag inside a line: "{{< katex >}}",
// "{{</ katex >}}", `{{< figure src="a.png" >}}`, "{{% colour red %}}".
// Group 1 is the slash of a closing tag, 2 the name, 3 the arguments.
var shortcodeTag = lazyRegexp(`\{\{[<%][ \t]*(/?)[ \t]*([A-Za-z][\w.-]*)(.*?)[ \t]*[>%]\}\}`)

// shortcodeSrc matches the source of a figure shortcode: src="a.png".
var shortcodeSrc = lazyRegexp(`\bsrc="([^"]+)"`)

// shortcodes rewrites Hugo's box shortcodes as the Obsidian callouts they
// mean, line for line, so that positions stay right:
//
//	{{< admonition type="case" title="Nettleship v Weston" >}}   > [!case] Nettleship v Weston
//	- **Holding:** a learner must drive as a competent driver  → > - **Holding:** …
//	{{< /admonition >}}                                          (blank)
//
// Shown raw, the shortcode was a card's front, answer and context. Each
// closing line closes the nearest box of its name still open, so boxes nest
// (up to maxAdmonitionNesting deep); a box never closed, an indented
// shortcode (in a list or in indented code) and fenced code are left as
// boxes; then the shortcodes left in the text are rewritten by
// inlineShortcodes. body is returned when it holds no shortcode.
func shortcodes(body []byte) []byte {
	if !containsText(body, "{{<") && !containsText(body, "{{%") && !containsText(body, "{% ") {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	type open struct {
		line int
		name string
	}
	var stack []open
	pairs := map[int]int{} // opening line → closing line
	var fence fenceState
	for i, l := range lines {
		if fence.next(l) || len(l) < 6 || l[0] != '{' {
			continue
		}
		t := bytes.TrimRight(l, "\r\n")
		if m := shortcodeOpen().FindSubmatch(t); m != nil && !labelSpoiler(string(m[1]), string(m[2])) {
			stack = append(stack, open{i, string(m[1])})
		} else if m := shortcodeClose().FindSubmatch(t); m != nil {
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].name == string(m[1]) {
					pairs[stack[k].line] = i
					stack = stack[:k] // boxes left open inside it stay text
					break
				}
			}
		}
	}
	if len(pairs) == 0 {
		return inlineShortcodes(body)
	}
	depth := make([]int, len(lines)+1) // differences, then how many boxes hold each line
	closes := map[int]bool{}
	for o, c := range pairs {
		depth[o+1]++
		depth[c]--
		closes[c] = true
	}
	for i := 1; i < len(depth); i++ {
		depth[i] += depth[i-1]
	}
	titled := map[int]bool{} // the bold lines that title the box they open (see boldBoxTitle)
	for i, l := range lines {
		d := min(depth[i], maxAdmonitionNesting)
		prefix := bytes.Repeat([]byte("> "), d)
		switch c, isOpen := pairs[i]; {
		case isOpen && c > i:
			m := shortcodeOpen().FindSubmatch(bytes.TrimRight(l, "\r\n"))
			head := calloutHeadOf(string(m[1]), string(m[2]))
			if t := boldBoxTitle(lines[i+1]); strings.HasSuffix(head, "]") && t != "" && c > i+1 {
				head += " " + t // "{% hint %}" over "**Definition (distortion function)**"
				titled[i+1] = true
			}
			lines[i] = append(append(prefix, "> "+head...), '\n')
		case closes[i] || titled[i] || d > 0 && isBlank(l):
			lines[i] = append(bytes.TrimRight(prefix, " "), '\n')
		case d > 0:
			lines[i] = append(prefix, l...)
		}
	}
	return inlineShortcodes(bytes.Join(lines, nil))
}

// labelSpoiler reports whether a shortcode named name with args is a
// spoiler that only labels what it hides, `{{< spoiler text="Toggle Answer"
// >}}`: no box, its text read as typed under the question above it, where
// `{{< spoiler text="_Ruxley v Forsyth_ (1996)" >}}` titles the case it
// holds.
func labelSpoiler(name, args string) bool {
	if name != "spoiler" {
		return false
	}
	head := calloutHeadOf(name, args)
	_, title, _ := strings.Cut(head, "] ")
	return answerLabel(title)
}

// boldBoxTitle returns the words of line when it is a phrase set in bold
// alone, "**Definition (distortion function)**", the title a GitBook hint
// opens with: the box it opens is titled by it, as a callout's head line
// titles the callout. A statement's head titles it with the name it gives,
// "distortion function", the front the bold line asked as a label before
// the box was read, so its card keeps its GUID. "" for any other line.
func boldBoxTitle(line []byte) string {
	t := bytes.TrimSpace(line)
	if len(t) < 5 || !bytes.HasPrefix(t, []byte("**")) || !bytes.HasSuffix(t, []byte("**")) {
		return ""
	}
	inner := t[2 : len(t)-2]
	if bytes.Contains(inner, []byte("**")) || !hasWordCharBytes(inner) {
		return ""
	}
	title := string(bytes.TrimSpace(inner))
	if name := statementName(title); name != "" {
		return name
	}
	return title
}

// A shortcodeAt is one shortcode tag of a note: its line, its bytes in that
// line, and what it is.
type shortcodeAt struct {
	line, lo, hi int
	closing      bool
	name, args   string
}

// inlineShortcodes rewrites the Hugo shortcodes that open no box on a line
// of their own, as Hugo Book and Blowfish notes write formulas and hints:
//
//	{{< hint info >}}{{< katex >}}FV_N = PV(1 + r)^N{{</ katex >}}{{</ hint >}}   $FV_N = PV(1 + r)^N$
//	{{< katex display >}}NPV = …{{< /katex >}}                                   $$NPV = …$$
//	{{< figure src="npv.png" >}}                                                 ![](npv.png)
//
// A katex pair is a formula, inline when it opens and closes on one line,
// displayed when it spans lines or says display or block; a figure is its
// image; any other tag is left out, its text kept. Shown raw, "{{< katex
// >}}" read as a cloze, "{{c1::< katex >}}", and made junk cards. Tags in
// fenced code and in code spans are left as they are.
func inlineShortcodes(body []byte) []byte {
	if !containsText(body, "{{<") && !containsText(body, "{{%") {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	var tags []shortcodeAt
	var fence fenceState
	for i, l := range lines {
		if fence.next(l) || !bytes.Contains(l, []byte("{{")) {
			continue
		}
		spans := codeSpans(l)
		for _, m := range shortcodeTag().FindAllSubmatchIndex(l, -1) {
			if inSpans(spans, m[0]) {
				continue
			}
			tags = append(tags, shortcodeAt{i, m[0], m[1], m[3] > m[2], string(l[m[4]:m[5]]), string(l[m[6]:m[7]])})
		}
	}
	if len(tags) == 0 {
		return body
	}
	repl := make([]string, len(tags)) // what each tag becomes; "" leaves it out
	for k := 0; k < len(tags); k++ {
		switch t := tags[k]; {
		case t.name == "katex" && !t.closing:
			if c := k + 1; c < len(tags) && tags[c].name == "katex" && tags[c].closing {
				repl[k], repl[c] = katexDelims(&tags[k], &tags[c], lines)
				k = c
			}
		case t.name == "figure" && !t.closing:
			if m := shortcodeSrc().FindStringSubmatch(t.args); m != nil {
				repl[k] = "![](" + m[1] + ")"
			}
		}
	}
	for k := 0; k < len(tags); {
		i, l := tags[k].line, lines[tags[k].line]
		// A "$" outside the formulas of a line that writes them in katex
		// pairs is money: "An outlay of $2M ({{< katex >}}CF_0{{</ katex >}})"
		// must not pair the price's "$" with the formula's.
		money := false
		for c := k; c < len(tags) && tags[c].line == i; c++ {
			money = money || repl[c] == "$"
		}
		var b []byte
		at, inMath := 0, false
		for ; k < len(tags) && tags[k].line == i; k++ {
			b = appendText(b, l[at:tags[k].lo], money && !inMath)
			b = append(b, repl[k]...)
			inMath = inMath != (repl[k] == "$")
			at = tags[k].hi
		}
		lines[i] = appendText(b, l[at:], money && !inMath)
	}
	return bytes.Join(lines, nil)
}

// appendText appends text to b, with each "$" that no backslash escapes
// escaped when money is set.
func appendText(b, text []byte, money bool) []byte {
	if !money {
		return append(b, text...)
	}
	for j, c := range text {
		if c == '$' && (j == 0 || text[j-1] != '\\') {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return b
}

// katexDelims returns the delimiters that replace a katex shortcode pair,
// open and closing: "$" around a formula inside a line, the spaces between
// the tags and the formula taken with the tags, so that "{{< katex >}} V
// {{< /katex >}}" reads $V$; "$$" around one displayed. An empty formula
// leaves both out.
func katexDelims(open, closing *shortcodeAt, lines [][]byte) (string, string) {
	args := " " + open.args + " "
	if open.line != closing.line || strings.Contains(args, " display") || strings.Contains(args, " block") {
		return "$$", "$$"
	}
	l := lines[open.line]
	lo, hi := open.hi, closing.lo
	for lo < hi && (l[lo] == ' ' || l[lo] == '\t') {
		lo++
	}
	for hi > lo && (l[hi-1] == ' ' || l[hi-1] == '\t') {
		hi--
	}
	if lo == hi {
		return "", ""
	}
	open.hi, closing.lo = lo, hi
	return "$", "$"
}

// calloutHeadOf returns the callout head, "[!case] Title", for a shortcode
// name and its arguments: the type is type="…", else the first bare word
// ("hint info"), else the name; the title is title="…", else the first
// quoted argument.
func calloutHeadOf(name, args string) string {
	kind, title := "", ""
	for _, a := range shortcodeArg().FindAllStringSubmatch(args, -1) {
		switch {
		case a[1] == "type" || a[1] == "class":
			kind = a[2]
		case a[1] == "title" || a[1] == "text" && name == "spoiler":
			title = a[2]
		case a[3] != "" && title == "":
			title = a[3]
		case a[4] != "" && kind == "":
			kind = a[4]
		}
	}
	if kind == "" {
		kind = name
	}
	head := "[!" + strings.ToLower(kind) + "]"
	if title = strings.TrimSpace(title); title != "" {
		head += " " + title
	}
	return head
}
