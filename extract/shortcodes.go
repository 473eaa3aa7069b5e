package extract

import (
	"bytes"
	"regexp"
	"strings"
)

// shortcodeOpen matches a Hugo shortcode that opens a box on a line of its
// own: `{{< admonition type="case" title="Nettleship v Weston" >}}`,
// "{{< hint info >}}", `{{% notice tip "Remember" %}}`. Group 1 is the name,
// 2 its arguments.
var shortcodeOpen = regexp.MustCompile(`^[ \t]*\{\{[<%][ \t]*(admonition|hint|notice|alert|callout|note|tip|warning|details|expand)\b(.*?)[ \t]*[>%]\}\}[ \t]*$`)

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
// Shown raw, the shortcode was a card's front, answer and context. A box
// never closed, and fenced code, are left as they are; src is returned when
// it holds no shortcode.
func shortcodes(src []byte) []byte {
	if !bytes.Contains(src, []byte("{{<")) && !bytes.Contains(src, []byte("{{%")) {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	changed := false
	var fence fenceState
	for i := 0; i < len(lines); i++ {
		if fence.next(lines[i]) {
			continue
		}
		m := shortcodeOpen.FindSubmatch(bytes.TrimRight(lines[i], "\r\n"))
		if m == nil {
			continue
		}
		end := shortcodeClose(lines[i+1:], string(m[1]))
		if end < 0 {
			continue
		}
		end += i + 1
		lines[i] = append([]byte("> "+calloutHeadOf(string(m[1]), string(m[2]))), '\n')
		for k := i + 1; k < end; k++ {
			if isBlank(lines[k]) {
				lines[k] = []byte(">\n")
			} else {
				lines[k] = append([]byte("> "), lines[k]...)
			}
		}
		lines[end] = []byte("\n")
		changed = true
		i = end
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// shortcodeClose returns the index in lines of the line that closes the
// shortcode name, "{{< /admonition >}}", or -1.
func shortcodeClose(lines [][]byte, name string) int {
	for k, l := range lines {
		t := string(bytes.TrimSpace(l))
		if (strings.HasPrefix(t, "{{<") || strings.HasPrefix(t, "{{%")) && (strings.HasSuffix(t, ">}}") || strings.HasSuffix(t, "%}}")) {
			inner := strings.TrimSpace(t[3 : len(t)-3])
			if strings.TrimSpace(strings.TrimPrefix(inner, "/")) == name && strings.HasPrefix(inner, "/") {
				return k
			}
		}
	}
	return -1
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
