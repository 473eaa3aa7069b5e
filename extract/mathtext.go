package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sheetMath returns s with each formula ($…$, $$…$$, \(…\), \[…\]) written
// as plain text a printed sheet can show: Greek letters, operators and
// arrows as their signs, digits raised or lowered, \frac{a}{b} as a/b.
// MathJax renders formulas on cards; a PDF has no MathJax.
func sheetMath(s string) string {
	if !strings.ContainsAny(s, "$\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		open, close := "", ""
		switch {
		case strings.HasPrefix(s[i:], "$$"):
			open, close = "$$", "$$"
		case strings.HasPrefix(s[i:], `\(`):
			open, close = `\(`, `\)`
		case strings.HasPrefix(s[i:], `\[`):
			open, close = `\[`, `\]`
		case s[i] == '$':
			if j := closingDollar(s, i+1); j > 0 {
				b.WriteString(texText(s[i+1 : j]))
				i = j + 1
				continue
			}
		case s[i] == '\\' && i+1 < len(s):
			b.WriteString(s[i : i+2]) // "\$" is a dollar sign
			i += 2
			continue
		}
		if open != "" {
			if j := strings.Index(s[i+len(open):], close); j > 0 {
				b.WriteString(texText(s[i+len(open) : i+len(open)+j]))
				i += len(open) + j + len(close)
				continue
			}
			b.WriteString(open)
			i += len(open)
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

var (
	// texWrap matches a command whose argument is text: \text{mol}.
	texWrap = regexp.MustCompile(`\\(?:text|textrm|textbf|textit|textsf|texttt|emph|mathrm|mathbf|mathit|mathsf|mathtt|mathfrak|mathscr|operatorname|mbox|boldsymbol|bold|bm|Bbb|underline|boxed|underbrace|overbrace)\s*\{([^{}]*)\}`)
	// texAccent matches an accent over a letter or a group: \bar{x}, \hat x.
	texAccent = regexp.MustCompile(`\\(bar|overline|hat|widehat|vec|tilde|widetilde|dot|ddot)\s*(?:\{([^{}]*)\}|([A-Za-z]))`)
	// texAccentSign matches an accent over a sign a command wrote: \hatβ.
	texAccentSign = regexp.MustCompile(`\\(bar|overline|hat|widehat|vec|tilde|widetilde|dot|ddot)\s*([^\s\\{}])`)
	// texBlackboard matches \mathbb{R}, whose letters have signs of their own.
	texBlackboard = regexp.MustCompile(`\\(?:mathbb|Bbb)\s*\{([A-Z])\}`)
	// texChem matches mhchem's \ce{H2SO4}.
	texChem = regexp.MustCompile(`\\ce\s*\{([^{}]*)\}`)
	// texBinom matches \binom{n}{k}.
	texBinom = regexp.MustCompile(`\\[dt]?binom\s*\{([^{}]*)\}\s*\{([^{}]*)\}`)
	// texEnv matches the \begin and \end of an environment.
	texEnv = regexp.MustCompile(`\\(begin|end)\s*\{([a-z*]+)\}(?:\{[^{}]*\})?`)
	// texFrac matches \frac{a}{b} with arguments that hold no braces.
	texFrac = regexp.MustCompile(`\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}`)
	// texSqrt matches \sqrt{x}.
	texSqrt = regexp.MustCompile(`\\sqrt\s*\{([^{}]*)\}`)
	// texScript matches a superscript or subscript: ^{…}, _{…}, ^2, _a.
	texScript = regexp.MustCompile(`([\^_])(?:\{([^{}]*)\}|([A-Za-z0-9+\-]))`)
	// texCommand matches a command name and the space that may end it.
	texCommand = regexp.MustCompile(`\\([A-Za-z]+)( ?)`)
)

// openBrace and closeBrace stand for the braces a formula shows, "\{1, 2\}",
// until the braces that only group, "x^{2}", are gone.
const openBrace, closeBrace = "\uE000", "\uE001"

// rowEnd stands for the "\\" that ends a row of an aligned display until
// the rows are joined: "a = b; = c", with no ";" after the last.
const rowEnd = "\uE002"

// texSigns are the signs of LaTeX commands; a command left out keeps its name.
var texSigns = map[string]string{
	"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
	"zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ",
	"mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ",
	"phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
	"Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ",
	"Omega": "Ω", "cdot": "·", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤",
	"ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "equiv": "≡", "sim": "∼",
	"propto": "∝", "infty": "∞", "partial": "∂", "nabla": "∇", "sum": "∑", "prod": "∏", "int": "∫",
	"oint": "∮", "to": "→", "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "implies": "⇒",
	"Leftarrow": "⇐", "iff": "⇔", "Leftrightarrow": "⇔", "leftrightarrow": "↔", "rightleftharpoons": "⇌",
	"uparrow": "↑", "downarrow": "↓", "mapsto": "↦", "in": "∈", "notin": "∉", "subset": "⊂",
	"subseteq": "⊆", "supset": "⊃", "cup": "∪", "cap": "∩", "emptyset": "∅", "varnothing": "∅",
	"forall": "∀", "exists": "∃", "neg": "¬", "lnot": "¬", "land": "∧", "wedge": "∧", "lor": "∨",
	"vee": "∨", "circ": "∘", "degree": "°", "ldots": "…", "cdots": "⋯", "dots": "…", "prime": "′",
	"angle": "∠", "perp": "⊥", "parallel": "∥", "hbar": "ℏ", "ell": "ℓ", "quad": " ", "qquad": "  ",
	"left": "", "right": "", "displaystyle": "", "limits": "", "lim": "lim", "log": "log", "ln": "ln",
	"sin": "sin", "cos": "cos", "tan": "tan", "exp": "exp", "max": "max", "min": "min",
	"mathbb": "", "mathcal": "", "colon": ":", "mid": "|", "vert": "|", "lvert": "|", "rvert": "|",
	"Vert": "‖", "lVert": "‖", "rVert": "‖", "langle": "⟨", "rangle": "⟩", "setminus": "∖",
	"det": "det", "ker": "ker", "dim": "dim", "deg": "deg", "gcd": "gcd", "arg": "arg",
	"argmin": "argmin", "argmax": "argmax", "sup": "sup", "inf": "inf", "because": "∵",
	"therefore": "∴", "cong": "≅", "simeq": "≃", "ll": "≪", "gg": "≫", "oplus": "⊕", "otimes": "⊗",
	"star": "⋆", "ast": "∗", "bullet": "•", "vdots": "⋮", "ddots": "⋱", "triangle": "△",
	"trianglelefteq": "⊴", "triangleleft": "◁", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊",
	"rfloor": "⌋", "aleph": "ℵ", "top": "⊤", "bot": "⊥", "models": "⊨", "vdash": "⊢",
	"bigcup": "⋃", "bigcap": "⋂", "hookrightarrow": "↪", "longrightarrow": "⟶",
	"Longrightarrow": "⟹", "longmapsto": "⟼", "lbrace": openBrace, "rbrace": closeBrace, "sqrt": "√",
	"nmid": "∤", "subsetneq": "⊊", "supseteq": "⊇", "leqslant": "≤", "geqslant": "≥", "neq ": "≠",
	"big": "", "Big": "", "bigg": "", "Bigg": "", "bigl": "", "bigr": "", "Bigl": "", "Bigr": "",
	"tfrac": "", "dfrac": "", "nolimits": "", "cdotp": "·", "dagger": "†", "checkmark": "✓",
}

// accents are the combining marks of texAccent's commands.
var accents = map[string]string{
	"bar": "\u0304", "overline": "\u0305", "hat": "\u0302", "widehat": "\u0302", "vec": "\u20d7",
	"tilde": "\u0303", "widetilde": "\u0303", "dot": "\u0307", "ddot": "\u0308",
}

// blackboard are the letters of \mathbb that have signs of their own.
var blackboard = map[string]string{"R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "P": "ℙ", "H": "ℍ", "E": "𝔼"}

// envSigns open and close the environments that bracket what they hold.
var envSigns = map[string][2]string{
	"pmatrix": {"(", ")"}, "bmatrix": {"[", "]"}, "vmatrix": {"|", "|"}, "Vmatrix": {"‖", "‖"},
	"Bmatrix": {openBrace, closeBrace}, "cases": {openBrace + " ", ""},
}

// superscripts and subscripts are the raised and lowered forms of the
// characters the body font has them for.
var (
	superscripts = map[rune]rune{'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶',
		'7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', 'n': 'ⁿ', 'i': 'ⁱ',
		'a': 'ᵃ', 'b': 'ᵇ', 'c': 'ᶜ', 'd': 'ᵈ', 'e': 'ᵉ', 'f': 'ᶠ', 'g': 'ᵍ', 'h': 'ʰ', 'j': 'ʲ', 'k': 'ᵏ',
		'l': 'ˡ', 'm': 'ᵐ', 'o': 'ᵒ', 'p': 'ᵖ', 'r': 'ʳ', 's': 'ˢ', 't': 'ᵗ', 'u': 'ᵘ', 'v': 'ᵛ', 'w': 'ʷ',
		'x': 'ˣ', 'y': 'ʸ', 'z': 'ᶻ', 'T': 'ᵀ'}
	subscripts = map[rune]rune{'0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆',
		'7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎', 'a': 'ₐ',
		'e': 'ₑ', 'o': 'ₒ', 'x': 'ₓ', 'h': 'ₕ', 'k': 'ₖ', 'l': 'ₗ', 'm': 'ₘ', 'n': 'ₙ', 'p': 'ₚ',
		's': 'ₛ', 't': 'ₜ', 'i': 'ᵢ', 'j': 'ⱼ', 'r': 'ᵣ', 'u': 'ᵤ', 'v': 'ᵥ'}
)

// texText writes the LaTeX formula t as plain text.
func texText(t string) string {
	t = strings.NewReplacer(`\,`, " ", `\;`, " ", `\:`, " ", `\!`, "", `\{`, openBrace, `\}`, closeBrace,
		`\%`, "%", `\$`, "$", `\_`, "_", `\\`, rowEnd, "^{\\circ}", "°", `^\circ`, "°", "&", "").Replace(t)
	t = texEnv.ReplaceAllStringFunc(t, func(m string) string {
		g := texEnv.FindStringSubmatch(m)
		if g[1] == "begin" {
			return envSigns[g[2]][0]
		}
		return envSigns[g[2]][1]
	})
	t = texChem.ReplaceAllStringFunc(t, func(m string) string { return chemText(texChem.FindStringSubmatch(m)[1]) })
	t = texBlackboard.ReplaceAllStringFunc(t, func(m string) string {
		if sign, ok := blackboard[texBlackboard.FindStringSubmatch(m)[1]]; ok {
			return sign
		}
		return texBlackboard.FindStringSubmatch(m)[1]
	})
	for range 6 { // nested \frac{e^{z_j}}{\sum_k e^{z_k}}: inner first
		u := texWrap.ReplaceAllString(t, "$1")
		u = texAccent.ReplaceAllStringFunc(u, func(m string) string {
			g := texAccent.FindStringSubmatch(m)
			var b strings.Builder
			for _, r := range strings.TrimSpace(g[2] + g[3]) {
				b.WriteRune(r)
				if r != ' ' {
					b.WriteString(accents[g[1]])
				}
			}
			return b.String()
		})
		u = texBinom.ReplaceAllString(u, "C($1, $2)")
		u = texScript.ReplaceAllStringFunc(u, scriptText)
		u = texSqrt.ReplaceAllStringFunc(u, func(m string) string {
			return "√" + texGroup(texSqrt.FindStringSubmatch(m)[1])
		})
		u = texFrac.ReplaceAllStringFunc(u, func(m string) string {
			g := texFrac.FindStringSubmatch(m)
			return "{}" + texGroup(g[1]) + "/" + texGroup(g[2]) // "{}": "\rho\frac{L}{A}" is ρL/A, no "\rhoL"
		})
		if u == t {
			break
		}
		t = u
	}
	var cmd strings.Builder
	last := 0
	for _, m := range texCommand.FindAllStringSubmatchIndex(t, -1) {
		cmd.WriteString(t[last:m[0]])
		last = m[1]
		sign, ok := texSigns[t[m[2]:m[3]]]
		switch {
		case !ok:
			cmd.WriteString(t[m[0]:m[1]])
		case isLetterSign(sign) && m[1] < len(t) && isASCIILetter(t[m[1]]):
			cmd.WriteString(sign) // the space after "\Delta U" only ends the name: ΔU
		default:
			cmd.WriteString(sign + t[m[4]:m[5]]) // "\to 0", "\mu = ": the space is the formula's
		}
	}
	cmd.WriteString(t[last:])
	t = texAccentSign.ReplaceAllStringFunc(cmd.String(), func(m string) string {
		g := texAccentSign.FindStringSubmatch(m) // "\hat\beta", now "\hatβ"
		return g[2] + accents[g[1]]
	})
	t = texScript.ReplaceAllStringFunc(t, scriptText)
	t = strings.NewReplacer("{", "", "}", "", openBrace, "{", closeBrace, "}").Replace(t)
	t = strings.Join(strings.Fields(t), " ")
	t = strings.TrimRight(strings.ReplaceAll(t, " "+rowEnd, rowEnd), rowEnd+" ")
	return strings.ReplaceAll(t, rowEnd, ";")
}

// scriptText writes a superscript or subscript that texScript matched,
// raised or lowered where the font has the signs: x^{ab} stays x^(ab).
func scriptText(m string) string {
	g := texScript.FindStringSubmatch(m)
	body := g[2] + g[3]
	table := superscripts
	if g[1] == "_" {
		table = subscripts
	}
	var b strings.Builder
	for _, r := range body {
		s, ok := table[r]
		if !ok {
			return g[1] + texGroup(body)
		}
		b.WriteRune(s)
	}
	return b.String()
}

// chemText writes mhchem's formula s: the counts after an element lowered
// (H2SO4 is H₂SO₄), arrows as signs.
func chemText(s string) string {
	s = strings.NewReplacer("<=>", "⇌", "<->", "↔", "->", "→", "<-", "←").Replace(s)
	var b strings.Builder
	prev, charge := ' ', false
	for _, r := range s {
		switch {
		case r == '^':
			charge = true // "SO4^2-": a charge, raised
			continue
		case charge && (r >= '0' && r <= '9' || r == '+' || r == '-'):
			b.WriteRune(superscripts[r])
			prev = r
			continue
		}
		charge = false
		if r >= '0' && r <= '9' && (unicode.IsLetter(prev) || prev == ')' || unicode.Is(unicode.No, prev)) {
			b.WriteRune(subscripts[r])
			prev = subscripts[r]
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// texGroup writes a formula's argument alone, in brackets when it is more than
// one symbol: "a+b" is "(a+b)", "x" is "x".
func texGroup(s string) string {
	s = strings.TrimSpace(s)
	if len([]rune(s)) <= 1 || !strings.ContainsAny(s, " +-*/=<>⁺⁻₊₋") && !strings.Contains(s, "][") {
		return s
	}
	return "(" + s + ")"
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isLetterSign reports whether sign is one letter (a Greek one, ∂, ℏ):
// what follows it joins it, as a product's factors do.
func isLetterSign(sign string) bool {
	r, n := utf8.DecodeRuneInString(sign)
	return n == len(sign) && n > 0 && (unicode.IsLetter(r) || r == '∂' || r == '∇')
}
