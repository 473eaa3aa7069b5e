package extract

import (
	"html"
	"net/url"
	"strings"
)

// mathImageHosts are the services that draw a formula given in an image's
// address, as notes on GitHub wrote math before it rendered any:
// "<img src="https://latex.codecogs.com/svg.latex?\frac{a}{b}">". Each
// prefix ends where the formula's LaTeX starts; a query names its
// parameter.
var mathImageHosts = []struct{ prefix, param string }{
	{"latex.codecogs.com/", ""},
	{"render.githubusercontent.com/render/math?", "math"},
	{"i.upmath.me/svg/", ""},
	{"chart.googleapis.com/chart?", "chl"},
}

// codecogsStyle are the commands a codecogs address opens with to size or
// colour its picture; they are no part of the formula.
var codecogsStyle = []string{`\inline`, `\dpi{`, `\bg_white`, `\bg_black`, `\bg{`, `\fn_cm`, `\fn_jvn`, `\fn_phv`, `\tiny`, `\small`, `\normalsize`, `\large`, `\Large`, `\LARGE`, `\huge`, `\Huge`}

// imageFormula returns the LaTeX of a formula that dest, an image's remote
// address, asks a rendering service to draw, so that the card shows it as
// math rather than a link to a picture: "\frac{d_y}{d_x}=…" from
// "https://latex.codecogs.com/svg.latex?\Large&space;\frac{d_y}{d_x}=…".
func imageFormula(dest string) (string, bool) {
	u := dest
	if i := strings.Index(u, "//"); i >= 0 {
		u = u[i+2:]
	}
	for _, h := range mathImageHosts {
		if !hasLowerPrefix(u, h.prefix) {
			continue
		}
		rest := u[len(h.prefix):]
		var tex string
		if h.param == "" {
			if q := strings.IndexByte(rest, '?'); q >= 0 {
				rest = rest[q+1:] // codecogs: "svg.latex?…", "png.image?…"
			} else if h.prefix == mathImageHosts[0].prefix {
				return "", false
			}
			t, err := url.PathUnescape(rest)
			if err != nil {
				return "", false
			}
			tex = t
		} else {
			q, err := url.ParseQuery(rest)
			if err != nil {
				return "", false
			}
			tex = q.Get(h.param)
		}
		tex = strings.ReplaceAll(strings.ReplaceAll(tex, "&space;", " "), "&amp;space;", " ")
		tex = strings.TrimSpace(dropStyle(tex))
		if tex == "" || strings.ContainsAny(tex, "$\n") {
			return "", false
		}
		return tex, true
	}
	return "", false
}

// sheetFormula returns the text the cheat sheet prints for an image that
// a LaTeX service draws from the formula in its address, dest as written
// (see imageFormula): the formula as the sheet writes math, where it
// printed "[image: svg.latex]" and lost it. display sets it as a display
// formula, for an image on a line of its own.
func sheetFormula(dest string, display bool) (string, bool) {
	if !isRemote(dest) {
		return "", false
	}
	tex, ok := imageFormula(html.UnescapeString(dest))
	if !ok {
		return "", false
	}
	if display {
		return sheetMath(`\[` + tex + `\]`), true
	}
	return sheetMath("$" + tex + "$"), true
}

// dropStyle returns tex without the size and colour commands that open it.
func dropStyle(tex string) string {
	for {
		tex = strings.TrimLeft(tex, " ")
		cut := false
		for _, s := range codecogsStyle {
			if !strings.HasPrefix(tex, s) {
				continue
			}
			rest := tex[len(s):]
			if strings.HasSuffix(s, "{") {
				if j := strings.IndexByte(rest, '}'); j >= 0 {
					rest = rest[j+1:]
				} else {
					continue
				}
			} else if rest != "" && isASCIILetter(rest[0]) {
				continue // "\largeop…" is another command
			}
			tex, cut = rest, true
			break
		}
		if !cut {
			return tex
		}
	}
}
