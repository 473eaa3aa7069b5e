package apkg

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// screenshots names the folder TestScreenshots writes card pictures to
// (make screenshots); without it the test only checks the rendered HTML.
var screenshots = flag.String("screenshots", "", "write PNGs of one card of each type, light and dark, to `DIR` with headless Chromium")

const screenshotNote = `# Cell biology

## Organelles
- Mitochondrion: produces ATP by cellular respiration
- Ribosome – builds proteins from amino acids

## Transport
{{c1::Osmosis}} is the movement of water across a {{c2::semi-permeable membrane}}.

## Code
How do you print a line in Go?
` + "```go\nfunc main() {\n\tfmt.Println(\"hello\") // a comment\n}\n```\n"

var (
	sectionRE = regexp.MustCompile(`\{\{([#^])([^}]+)\}\}`)
	fieldRE   = regexp.MustCompile(`\{\{([^#^/}][^}]*)\}\}`)
	clozeRE   = regexp.MustCompile(`(?s)\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}`)
)

// render fills an Anki template the way Anki's renderer does for the
// constructs our templates use: sections, fields, FrontSide and cloze:.
func render(tmpl string, names, vals []string, ord int, front bool, frontSide string) string {
	value := func(name string) string {
		for i, n := range names {
			if n == name {
				return vals[i]
			}
		}
		return ""
	}
	for {
		m := sectionRE.FindStringSubmatchIndex(tmpl)
		if m == nil {
			break
		}
		kind, name := tmpl[m[2]:m[3]], tmpl[m[4]:m[5]]
		closing := "{{/" + name + "}}"
		end := strings.Index(tmpl[m[1]:], closing)
		if end < 0 {
			break
		}
		body := tmpl[m[1] : m[1]+end]
		if (kind == "#") == (strings.TrimSpace(value(name)) == "") {
			body = ""
		}
		tmpl = tmpl[:m[0]] + body + tmpl[m[1]+end+len(closing):]
	}
	return fieldRE.ReplaceAllStringFunc(tmpl, func(m string) string {
		name := fieldRE.FindStringSubmatch(m)[1]
		switch {
		case name == "FrontSide":
			return frontSide
		case strings.HasPrefix(name, "cloze:"):
			return clozeRE.ReplaceAllStringFunc(value(strings.TrimPrefix(name, "cloze:")), func(c string) string {
				g := clozeRE.FindStringSubmatch(c)
				if g[1] != fmt.Sprint(ord+1) {
					return g[2]
				}
				if front {
					hint := "[...]"
					if g[3] != "" {
						hint = "[" + g[3] + "]"
					}
					return `<span class="cloze">` + hint + `</span>`
				}
				return `<span class="cloze">` + g[2] + `</span>`
			})
		}
		return value(name)
	})
}

// page wraps a rendered card side as Anki's reviewer shows it: the card
// classes sit on the body.
func page(body string, night bool) string {
	class := "card card1"
	if night {
		class += " nightMode night_mode"
	}
	return "<!doctype html><html><head><meta charset=utf-8><style>body{margin:0;padding:16px 12px;min-height:100vh;box-sizing:border-box}" +
		css + "</style></head><body class=\"" + class + "\">" + body + "</body></html>"
}

func TestScreenshots(t *testing.T) {
	d, err := extract.Parse("notes/cells.md", []byte(screenshotNote), extract.Options{Root: "."})
	if err != nil {
		t.Fatal(err)
	}
	pick := map[string]extract.Card{}
	for _, c := range d.Cards {
		switch {
		case c.Kind == extract.Cloze:
			pick["cloze"] = c
		case strings.Contains(c.Back, "<pre>"):
			pick["code"] = c
		case strings.HasPrefix(c.Front, "Mitochondrion"):
			pick["basic"] = c
			r := c
			r.Kind = extract.Reversed
			pick["reversed"] = r
		}
	}
	if len(pick) != 4 {
		t.Fatalf("sample note gave cards %v, want a basic, a cloze and a code card", d.Cards)
	}
	for name, c := range pick {
		names, vals := exporters.FieldNames(c.Kind), exporters.NoteFields(d, c)
		qfmt, afmt := frontTmpl, backTmpl
		switch c.Kind {
		case extract.Cloze:
			qfmt, afmt = clozeFrontTmpl, clozeBackTmpl
		case extract.Reversed:
			qfmt, afmt = reverseFrontTmpl, reverseBackTmpl
		}
		q := render(qfmt, names, vals, 0, true, "")
		a := render(afmt, names, vals, 0, false, q)
		if strings.Contains(q+a, "{{") {
			t.Errorf("%s: template left unrendered: %s", name, q+a)
		}
		if c.Kind == extract.Cloze && !strings.Contains(q, `<span class="cloze">[...]</span>`) {
			t.Errorf("cloze front hides nothing: %s", q)
		}
		if name == "code" && !strings.Contains(a, `class="hl-`) {
			t.Errorf("code card is not highlighted: %s", a)
		}
		if *screenshots == "" {
			continue
		}
		for _, night := range []bool{false, true} {
			mode := "light"
			if night {
				mode = "dark"
			}
			shoot(t, filepath.Join(*screenshots, "card-"+name+"-"+mode+".png"), page(a, night))
		}
	}
}

// shoot renders html to png with headless Chromium at a phone-like width.
func shoot(t *testing.T, png, html string) {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("skipping: chromium is not installed (apt-get install chromium)")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "card.html")
	if err := os.WriteFile(src, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(png)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=480,400", "--screenshot="+abs, "file://"+src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
}
