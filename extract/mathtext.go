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
	texWrap = regexp.MustCompile(`\\(?:text|textrm|textbf|textit|mathrm|mathbf|mathit|mathsf|mathtt|operatorname|mbox|boldsymbol|vec|hat|bar|overline)\s*\{([^{}]*)\}`)
	// texFrac matches \frac{a}{b} with arguments that hold no braces.
	texFrac = regexp.MustCompile(`\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}`)
	// texSqrt matches \sqrt{x}.
	texSqrt = regexp.MustCompile(`\\sqrt\s*\{([^{}]*)\}`)
	// texScript matches a superscript or subscript: ^{…}, _{…}, ^2, _a.
	texScript = regexp.MustCompile(`([\^_])(?:\{([^{}]*)\}|([A-Za-z0-9+\-]))`)
	// texCommand matches a command name and the space that may end it.
	texCommand = regexp.MustCompile(`\\([A-Za-z]+)( ?)`)
)

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
	"mathbb": "", "mathcal": "",
}

// superscripts and subscripts are the raised and lowered forms of the
// characters the body font has them for.
var (
	superscripts = map[rune]rune{'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶',
		'7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', 'n': 'ⁿ', 'i': 'ⁱ'}
	subscripts = map[rune]rune{'0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆',
		'7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎', 'a': 'ₐ',
		'e': 'ₑ', 'o': 'ₒ', 'x': 'ₓ', 'h': 'ₕ', 'k': 'ₖ', 'l': 'ₗ', 'm': 'ₘ', 'n': 'ₙ', 'p': 'ₚ',
		's': 'ₛ', 't': 'ₜ', 'i': 'ᵢ', 'j': 'ⱼ', 'r': 'ᵣ', 'u': 'ᵤ', 'v': 'ᵥ'}
)

// texText writes the LaTeX formula t as plain text.
func texText(t string) string {
	t = strings.NewReplacer(`\,`, " ", `\;`, " ", `\:`, " ", `\!`, "", `\{`, "{", `\}`, "}",
		`\%`, "%", `\$`, "$", `\_`, "_", `\\`, "; ", "^{\\circ}", "°", `^\circ`, "°", "&", "").Replace(t)
	for range 4 { // nested \frac{\text{…}}{…}: inner first
		u := texWrap.ReplaceAllString(t, "$1")
		u = texSqrt.ReplaceAllStringFunc(u, func(m string) string {
			return "√" + texGroup(texSqrt.FindStringSubmatch(m)[1])
		})
		u = texFrac.ReplaceAllStringFunc(u, func(m string) string {
			g := texFrac.FindStringSubmatch(m)
			return texGroup(g[1]) + "/" + texGroup(g[2])
		})
		if u == t {
			break
		}
		t = u
	}
	t = texCommand.ReplaceAllStringFunc(t, func(m string) string {
		g := texCommand.FindStringSubmatch(m)
		sign, ok := texSigns[g[1]]
		switch {
		case !ok:
			return m
		case isLetterSign(sign):
			return sign // the space after "\Delta U" only ends the name: ΔU
		}
		return sign + g[2] // "\to 0", "\sin x": the space is the formula's
	})
	t = texScript.ReplaceAllStringFunc(t, func(m string) string {
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
				return g[1] + texGroup(body) // no raised form: x^{ab} stays x^(ab)
			}
			b.WriteRune(s)
		}
		return b.String()
	})
	t = strings.NewReplacer("{", "", "}", "").Replace(t)
	return strings.Join(strings.Fields(t), " ")
}

// texGroup writes a formula's argument alone, in brackets when it is more than
// one symbol: "a+b" is "(a+b)", "x" is "x".
func texGroup(s string) string {
	s = strings.TrimSpace(s)
	if len([]rune(s)) <= 1 || !strings.ContainsAny(s, " +-*/=<>") {
		return s
	}
	return "(" + s + ")"
}

// isLetterSign reports whether sign is one letter (a Greek one, ∂, ℏ):
// what follows it joins it, as a product's factors do.
func isLetterSign(sign string) bool {
	r, n := utf8.DecodeRuneInString(sign)
	return n == len(sign) && n > 0 && (unicode.IsLetter(r) || r == '∂' || r == '∇')
}
