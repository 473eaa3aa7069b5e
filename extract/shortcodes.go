package extract

import (
	"bytes"
	"regexp"
	"strings"
)

// shortcodeOpen matches a Hugo shortcode that opens a box on a line of its
// own, from its first column: `{{< admonition type="case" title="Nettleship
// v Weston" >}}`, "{{< hint info >}}", `{{% notice tip "Remember" %}}`.
// Group 1 is the name, 2 its arguments.
var shortcodeOpen = regexp.MustCompile(`^\{\{[<%][ \t]*(admonition|hint|notice|alert|callout|note|tip|warning|details|expand)\b(.*?)[ \t]*[>%]\}\}[ \t]*$`)

// shortcodeClose matches the line that closes a box: "{{< /admonition >}}".
var shortcodeClose = regexp.MustCompile(`^\{\{[<%][ \t]*/[ \t]*(admonition|hint|notice|alert|callout|note|tip|warning|details|expand)[ \t]*[>%]\}\}[ \t]*$`)

// shortcodeArg matches one argument of a shortcode: key="value", "value" or
// a bare word.
var shortcodeArg = regexp.MustCompile(`(\w+)="([^"]*)"|"([^"]*)"|(\S+)`)

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
// they are. body is returned when it holds no shortcode.
func shortcodes(body []byte) []byte {
	if !bytes.Contains(body, []byte("{{<")) && !bytes.Contains(body, []byte("{{%")) {
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
		if m := shortcodeOpen.FindSubmatch(t); m != nil {
			stack = append(stack, open{i, string(m[1])})
		} else if m := shortcodeClose.FindSubmatch(t); m != nil {
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
		return body
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
	for i, l := range lines {
		d := min(depth[i], maxAdmonitionNesting)
		prefix := bytes.Repeat([]byte("> "), d)
		switch c, isOpen := pairs[i]; {
		case isOpen && c > i:
			m := shortcodeOpen.FindSubmatch(bytes.TrimRight(l, "\r\n"))
			lines[i] = append(append(prefix, "> "+calloutHeadOf(string(m[1]), string(m[2]))...), '\n')
		case closes[i] || d > 0 && isBlank(l):
			lines[i] = append(bytes.TrimRight(prefix, " "), '\n')
		case d > 0:
			lines[i] = append(prefix, l...)
		}
	}
	return bytes.Join(lines, nil)
}

// calloutHeadOf returns the callout head, "[!case] Title", for a shortcode
// name and its arguments: the type is type="…", else the first bare word
// ("hint info"), else the name; the title is title="…", else the first
// quoted argument.
func calloutHeadOf(name, args string) string {
	kind, title := "", ""
	for _, a := range shortcodeArg.FindAllStringSubmatch(args, -1) {
		switch {
		case a[1] == "type" || a[1] == "class":
			kind = a[2]
		case a[1] == "title":
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
