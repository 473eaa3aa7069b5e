package extract

import (
	"bytes"
	"regexp"
	"slices"
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
				if j+1 < len(s) && s[j+1] != ' ' && endsInSpace(s[i+1:j]) {
					b.WriteByte(' ')
				}
				i = j + 1
				continue
			}
		case s[i] == '\\' && i+1 < len(s):
			if s[i+1] == '$' {
				b.WriteByte('$') // "\$" is a dollar sign
			} else {
				b.WriteString(s[i : i+2])
			}
			i += 2
			continue
		}
		if open != "" {
			if j := strings.Index(s[i+len(open):], close); j > 0 {
				b.WriteString(texText(s[i+len(open) : i+len(open)+j]))
				i += len(open) + j + len(close)
				continue
			}
			i += len(open)
			if open != "$$" {
				open = open[1:] // no formula: "\[" is Markdown's escaped bracket, "[x]"
			}
			b.WriteString(open)
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// endsInSpace reports whether the formula f ends with a space of its own,
// which its text, trimmed, loses: "$1.~$Пусть" is "1. Пусть", not "1.Пусть".
func endsInSpace(f string) bool {
	return strings.HasSuffix(f, "~") || strings.HasSuffix(f, `\ `) || strings.HasSuffix(f, `\,`) ||
		strings.HasSuffix(f, `\;`) || strings.HasSuffix(f, `\quad`)
}

var (
	// texWrap matches a command whose argument is text: \text{mol}; and
	// the cancel package's strokes, which the sheet cannot draw: its
	// "\cancel{P(B)}" is P(B); and the rows set under a sign, "\inf_{\substack{x\in A}}";
	// a box drawn around a formula, "\fbox{F=0.4942}"; and the class TeX
	// spaces a symbol as, "\mathord{f_s}", which printed "\fboxF=0.4942"
	// and "\mathordfₛ"; and mathtools' \mathclap, which only narrows a
	// limit: "\sum_{\mathclap{k=0}}" printed "∑_\mathclapk=0".
	texWrap = lazyRegexp(`\\(?:fbox|framebox|mathord|mathop|mathbin|mathrel|text|textrm|textbf|textit|textsf|texttt|textnormal|textup|textmd|textsl|textsc|mathnormal|emph|mathrm|mathbf|mathit|mathsf|mathtt|mathfrak|mathscr|mathcal|mathds|operatorname|mbox|displaylines|boldsymbol|bold|bm|Bbb|underline|boxed|underbrace|overbrace|cancel|bcancel|xcancel|substack|mathclap|mathllap|mathrlap)\*?\s*\{([^{}]*)\}`)
	// texAccent matches an accent over a letter or a group: \bar{x}, \hat x.
	// A letter right after the name makes another command: "\dots" is no
	// \dot over s.
	texAccent = lazyRegexp(`\\(bar|overline|hat|widehat|vec|tilde|widetilde|dot|ddot|overrightarrow|overleftarrow|overleftrightarrow|mathring)(?:\s*\{([^{}]*)\}|\s+([A-Za-z]))`)
	// texAccentSign matches an accent over a sign a command wrote: \hatβ;
	// not "\dotsc", a command of its own.
	texAccentSign = lazyRegexp(`\\(bar|overline|hat|widehat|vec|tilde|widetilde|dot|ddot|overrightarrow|overleftarrow|overleftrightarrow|mathring)\s*([^\s\\{}A-Za-z])`)
	// texBlackboard matches \mathbb{R}, whose letters have signs of their own,
	// and \Bbb R, the letter as TeX reads it, without braces.
	texBlackboard = lazyRegexp(`\\(?:mathbb|Bbb)(?:\s*\{([A-Z])\}|\s+([A-Z]))`)
	// texChem matches mhchem's \ce{H2SO4}, and one whose charge or units
	// are grouped: \ce{O2^{2-}}, \ce{70\pu{atm}}.
	texChem = lazyRegexp(`\\ce\s*\{((?:[^{}]|\{[^{}]*\})*)\}`)
	// texUnderOver matches a sign set under or over another, whose
	// arguments may hold one level of groups: \underset{i\in I}{\bigcap},
	// \underset{i=1}{{\prod}^{n}}.
	texUnderOver = lazyRegexp(`\\(underset|overset|stackrel)\s*\{((?:[^{}]|\{[^{}]*\})*)\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}`)
	// texDoubleGroup matches a group that opens with a group, whose braces
	// only group: "\frac{1}{{4\pi \epsilon_0}}" is 1/(4πε₀), and
	// "\frac{s^2}{{\omega_o}^2}" s²/ωₒ², where the inner braces kept the
	// fraction whole and printed "\fracs²ωₒ²".
	texDoubleGroup = lazyRegexp(`\{\{([^{}]*)\}([^{}]*)\}`)
	// texBinom matches \binom{n}{k}.
	texBinom = lazyRegexp(`\\[dt]?binom\s*\{([^{}]*)\}\s*\{([^{}]*)\}`)
	// texEnv matches the \begin and \end of an environment.
	texEnv = lazyRegexp(`\\(begin|end)\s*\{([a-z*]+)\}(?:\{[^{}]*\})?`)
	// texFrac matches \frac{a}{b}, and amsmath's continued \cfrac, with arguments that hold no braces, or
	// are one token, as TeX reads "\tfrac12" (one half) and "\frac\pi2".
	texFrac = lazyRegexp(`\\[dtc]?frac(?:\s*\{([^{}]*)\}|\s*(\\[A-Za-z]+|[0-9])|\s+([A-Za-z]))(?:\s*\{([^{}]*)\}|\s*(\\[A-Za-z]+|[A-Za-z0-9]))`)
	// texSqrt matches \sqrt{x} and the root of an index, \sqrt[3]{x}.
	texSqrt = lazyRegexp(`\\sqrt\s*(?:\[([^\[\]{}]*)\])?\s*\{([^{}]*)\}`)
	// texPaired matches the physics package's \norm{v} and \abs{x}, and
	// mathtools' paired delimiters of those names: a norm or an absolute
	// value of what they hold; and the braket package's \ket{ψ}, \bra{φ}
	// and \braket{φ|ψ}.
	texPaired = lazyRegexp(`\\(norm|abs|ket|bra|braket)\*?\s*\{([^{}]*)\}`)
	// texWrapToken matches a command that styles one token, written
	// without braces: "\bold E", "\boldsymbol\mu".
	texWrapToken = lazyRegexp(`\\(?:mathbf|mathrm|mathit|mathsf|mathtt|mathfrak|mathscr|mathcal|boldsymbol|bold|bm|underline)(?:\s*(\\[A-Za-z]+)|\s+([A-Za-z0-9])|([0-9]))`)
	// texChoose matches the plain TeX binomial "{n \choose k}".
	texChoose = lazyRegexp(`\{([^{}]*)\\choose\b([^{}]*)\}`)
	// texXArrow matches an arrow that carries a label, above in braces,
	// below in brackets: \xrightarrow{\sim}, \xrightarrow[Urease]{}.
	texXArrow = lazyRegexp(`\\x(rightarrow|leftarrow|Rightarrow|Leftarrow|leftrightarrow|Leftrightarrow|rightleftharpoons|mapsto|longrightarrow)\s*(?:\[([^\[\]{}]*)\])?\s*\{([^{}]*)\}`)
	// texXArrowBare matches such an arrow written with no braces, as MathJax
	// reads "\xrightarrow[\text{Urease}] \, \text{CO}_2": a label below only.
	texXArrowBare = lazyRegexp(`\\x(rightarrow|leftarrow|Rightarrow|Leftarrow|leftrightarrow|Leftrightarrow|rightleftharpoons|mapsto|longrightarrow)\s*(?:\[([^\[\]{}]*)\])?()`)
	// texNot matches \not before the relation it negates: \not\in, \not=.
	texNot = lazyRegexp(`\\not(?:\s*(\\[A-Za-z]+)|\s*([^\sA-Za-z\\{}])|\s+([A-Za-z]))`)
	// texColor matches a colour a formula's text is set in, which the
	// sheet prints in black: "\textcolor{grey}{k_1}" is k₁, "\color{red}"
	// nothing.
	texColor = lazyRegexp(`\\(?:textcolor|colorbox|color)\s*(?:\[[A-Za-z]*\])?\s*\{[^{}]*\}`)
	// texPhantom matches the room \phantom{…} leaves blank to align rows,
	// the space \hspace{1cm} puts between parts, and the \label{eq:1} an
	// equation is referred to by, which a line of text has no use for:
	// "x \label{eq:1}" printed "x \labeleq:1".
	texPhantom = lazyRegexp(`\\(?:[hv]?phantom|[hv]space\*?|label)\s*\{(?:[^{}]|\{[^{}]*\})*\}`)
	// texKern matches the room TeX's \kern, \mkern, \hskip and \mskip put
	// between parts, in braces or not: "\end{cases} \kern{1cm} \forall j"
	// printed "\kern1cm ∀ j", "a\mkern3mu b" "a\mkern3mu b".
	texKern = lazyRegexp(`\\(?:m?kern|[hm]skip)\s*(?:\{\s*-?[0-9.]+\s*[a-z]{2}\s*\}|-?[0-9.]+\s*(?:em|ex|pt|mm|cm|in|mu|px|bp|pc|dd|sp)\b)`)
	// texTag matches an equation's number, \tag{1}.
	texTag = lazyRegexp(`\\tag\*?\s*\{([^{}]*)\}`)
	// texScript matches a superscript or subscript: ^{…}, _{…}, ^2, _a.
	texScript = lazyRegexp(`([\^_])(?:\{([^{}]*)\}|([A-Za-z0-9+\-*∗⊥⊤†‡′″‴]))`)
	// texCommand matches a command name and the space that may end it.
	texCommand = lazyRegexp(`\\([A-Za-z]+)( ?)`)
)

// openBrace and closeBrace stand for the braces a formula shows, "\{1, 2\}",
// until the braces that only group, "x^{2}", are gone. They and the
// extractor's other marks are noncharacters, which a note's own text
// never holds (spaceNoncharacters makes each a space): a private-use sign
// of an icon font (Font Awesome, Nerd Fonts) pasted into a note shows as
// typed.
const openBrace, closeBrace = "\uFDD1", "\uFDD2"

// texSep stands for nothing: it ends what comes before it, the name of a
// command before a fraction ("\rho\frac{L}{A}" is ρL/A, no "\rhoL") or a
// script the font cannot lower ("f_{pdf}" stays f_pdf, no "fₚdf" when "_p"
// would match again), and is dropped at the end.
const texSep = "\uFDD4"

// scriptEnd ends a script the font cannot lower or raise and no bracket
// closes, "v_c" of "v_c\frac{dC}{dt}", until the formula is whole: before a
// letter or a digit it is a space ("v_c dC/dt", where the sheet printed
// "v_cdC/dt", as if "cdC" were lowered), elsewhere nothing.
const scriptEnd = "\uFDD6"

// rowEnd stands for the "\\" that ends a row of an aligned display until
// the rows are joined: "a = b; = c", with no ";" after the last.
const rowEnd = "\uFDD3"

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
	"backslash": "∖", "space": " ", "hline": "", "dotsc": "…", "dotsb": "⋯", "dotsm": "⋯", "dotsi": "⋯",
	"dotso": "…", "boxed": "", "bold": "", "boldsymbol": "", "mathbf": "", "underline": "", "bm": "", "ni": "∋",
	// KaTeX's sets and \exist, siunitx's \ohm: "Q ∈ \R^{n × n}" printed "\R"
	"R": "ℝ", "C": "ℂ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "reals": "ℝ", "Reals": "ℝ", "natnums": "ℕ",
	"Complex": "ℂ", "cnums": "ℂ", "exist": "∃", "nexists": "∄", "ohm": "Ω",
	"twoheadrightarrow": "↠", "twoheadleftarrow": "↞", "Longleftrightarrow": "⟺", "longleftrightarrow": "⟷",
	"Longleftarrow": "⟸", "longleftarrow": "⟵", "square": "□", "Box": "□", "blacksquare": "■",
	"succ": "≻", "prec": "≺", "succeq": "⪰", "preceq": "⪯",
	// KaTeX's short names: "\int_{-\infin}^x" printed "\infin"
	"infin": "∞", "empty": "∅", "isin": "∈", "plusmn": "±", "sdot": "⋅", "lang": "⟨", "rang": "⟩",
	"larr": "←", "rarr": "→", "harr": "↔", "lrarr": "↔", "Larr": "⇐", "Rarr": "⇒", "Harr": "⇔",
	"lArr": "⇐", "rArr": "⇒", "hArr": "⇔", "uarr": "↑", "darr": "↓", "sube": "⊆", "supe": "⊇",
	// TeX's infix fraction: "{\partial \over \partial x_1}" printed "∂ \over ∂x₁"
	"over": "/",
	// KaTeX's relations by name: "t\gt 0 \Leftrightarrow" printed "t\gt 0 ⇔", "A + B \coloneqq"
	"gt": ">", "lt": "<", "coloneqq": "≔", "eqqcolon": "≕",
	// Sizes and styles, which a printed line has no use for, and the names
	// of operators: "$$\large v_{\epsilon} = 0$$" printed "\large v_ε = 0",
	// "$i+j \mod(n)=k$" printed "i+j \mod(n)=k", "\Re(p)=0" printed "\Re(p)=0"
	"tiny": "", "scriptsize": "", "footnotesize": "", "small": "", "normalsize": "", "large": "",
	"Large": "", "LARGE": "", "huge": "", "Huge": "", "textstyle": "", "scriptstyle": "",
	"scriptscriptstyle": "", "mod": "mod", "bmod": "mod", "pmod": "mod", "Re": "ℜ", "Im": "ℑ",
	// plain TeX's font switches: "## $\sf NL$-Completeness" read "\sf NL-Completeness"
	"sf": "", "rm": "", "bf": "", "it": "", "tt": "", "sl": "", "sc": "", "cal": "",
	// amsmath's italic capitals and the variant small letters: "M_k\varDelta x_k"
	// printed "Mₖ\varDelta xₖ"
	"Upsilon": "Υ", "varGamma": "Γ", "varDelta": "Δ", "varTheta": "Θ", "varLambda": "Λ", "varXi": "Ξ",
	"varPi": "Π", "varSigma": "Σ", "varUpsilon": "Υ", "varPhi": "Φ", "varPsi": "Ψ", "varOmega": "Ω",
	"varpi": "ϖ", "varrho": "ϱ", "varsigma": "ς", "varkappa": "ϰ",
	// The other trigonometric and hyperbolic names, \newline (a break the
	// line has no room for) and amssymb's \complement: "\tan(x) && \sec^2(x)"
	// printed "tan(x) \sec²(x)", "$\newline a=x_0$" "\newline a=x₀"
	"sec": "sec", "csc": "csc", "cot": "cot", "sinh": "sinh", "cosh": "cosh", "tanh": "tanh",
	"coth": "coth", "arcsin": "arcsin", "arccos": "arccos", "arctan": "arctan", "lcm": "lcm",
	"newline": " ", "complement": "∁",
	// The Russian names of tangents, KaTeX's \And and \sub, amssymb's
	// \diagdown for a set's difference and \lessgtr: "f(x)=\arctg x"
	// printed "\arctg x", "A \diagdown B" "\diagdown"
	"tg": "tg", "ctg": "ctg", "arctg": "arctg", "arcctg": "arcctg", "cosec": "cosec", "th": "th",
	"cth": "cth", "And": "&", "sub": "⊂", "diagdown": "∖", "diagup": "╱", "lessgtr": "≶",
	"gtrless": "≷", "sqcup": "⊔", "sqcap": "⊓",
	// The big operators of logic and sums, and the decimal logarithm:
	// "c=\bigvee L_{k}" printed "c=\bigvee Lₖ", "\lg\frac{a}{b}" "\lga/b"
	"bigvee": "⋁", "bigwedge": "⋀", "bigoplus": "⨁", "bigotimes": "⨂", "coprod": "∐",
	"lg": "lg", "limsup": "limsup", "liminf": "liminf", "Pr": "Pr",
	// Multiple integrals, amsmath's equation numbering and \middle, arrows
	// and relations of amssymb: "\iint f", "x \nonumber", "\nearrow"
	// printed by their names
	"iint": "∬", "iiint": "∭", "oiint": "∯", "nonumber": "", "notag": "", "middle": "",
	"Uparrow": "⇑", "Downarrow": "⇓", "updownarrow": "↕", "Updownarrow": "⇕", "nearrow": "↗",
	"searrow": "↘", "nwarrow": "↖", "swarrow": "↙", "hookleftarrow": "↩", "leftharpoonup": "↼",
	"rightharpoonup": "⇀", "leftharpoondown": "↽", "rightharpoondown": "⇁", "leftrightharpoons": "⇋",
	"rightleftarrows": "⇄", "leftrightarrows": "⇆", "impliedby": "⇐", "leadsto": "⇝",
	"lesssim": "≲", "gtrsim": "≳", "lll": "⋘", "ggg": "⋙", "nparallel": "∦", "ncong": "≇",
	"intercal": "⊺", "wp": "℘", "imath": "ı", "jmath": "ȷ", "lbrack": "[", "rbrack": "]",
	"uplus": "⊎", "bigodot": "⨀", "AA": "Å", "measuredangle": "∡",
	// The joins of relational algebra: "R \bowtie S", "R \ltimes S"
	// printed "R \bowtie S"
	"bowtie": "⋈", "Join": "⋈", "ltimes": "⋉", "rtimes": "⋊",
	// The double arrows' shorthands a note's preamble defines and a card
	// typed alone lacks: "$\Ra$ 降维" printed "\Ra 降维" (\ra and \la stay:
	// preambles make them arrows, angle brackets or λ)
	"Ra": "⇒", "La": "⇐", "Lra": "⇔",
}

// notSigns are the signs of relations \not negates that have a sign of
// their own; \not before any other writes a slash through it.
var notSigns = map[string]string{
	"in": "∉", "=": "≠", "equiv": "≢", "subset": "⊄", "supset": "⊅", "subseteq": "⊈", "supseteq": "⊉",
	"exists": "∄", "mid": "∤", "parallel": "∦", "sim": "≁", "<": "≮", ">": "≯", "le": "≰",
	"leq": "≰", "ge": "≱", "geq": "≱", "approx": "≉", "cong": "≇", "ni": "∌",
}

// accents are the combining marks of texAccent's commands.
var accents = map[string]string{
	"bar": "\u0304", "overline": "\u0305", "hat": "\u0302", "widehat": "\u0302", "vec": "\u20d7",
	"tilde": "\u0303", "widetilde": "\u0303", "dot": "\u0307", "ddot": "\u0308",
	"overrightarrow": "\u20d7", "overleftarrow": "\u20d6", "overleftrightarrow": "\u20e1", "mathring": "\u030a",
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
	if strings.Contains(t, `\bond`) { // before "~" is a space: "\bond{~-}"
		t = bondText(t)
	}
	if strings.Contains(t, `\set`) || strings.Contains(t, `\Set`) {
		t = setBraces(t)
	}
	if strings.IndexByte(t, '$') >= 0 {
		t = innerDollars(t)
	}
	if strings.IndexByte(t, '&') >= 0 && strings.Contains(t, `\begin`) {
		t = matrixCells(t)
	}
	t = texSpacing.Replace(t)
	t = texTokenCommands(siunitxText(t))
	t = texEnv().ReplaceAllStringFunc(t, func(m string) string {
		g := texEnv().FindStringSubmatch(m)
		if g[1] == "begin" {
			return envSigns[g[2]][0]
		}
		return envSigns[g[2]][1]
	})
	t = texChem().ReplaceAllStringFunc(t, func(m string) string { return chemText(texChem().FindStringSubmatch(m)[1]) })
	if strings.Contains(t, `\pu`) {
		t = texPu().ReplaceAllStringFunc(t, func(m string) string { return unitText(texPu().FindStringSubmatch(m)[1]) })
	}
	t = apart(texBlackboard(), t, func(m string) string {
		g := texBlackboard().FindStringSubmatch(m)
		if sign, ok := blackboard[g[1]+g[2]]; ok {
			return sign
		}
		return g[1] + g[2]
	})
	for range 6 { // nested \frac{e^{z_j}}{\sum_k e^{z_k}}: inner first
		u := t
		if strings.Contains(u, "{{") {
			u = texDoubleGroup().ReplaceAllString(u, "{$1$2}")
		}
		u = apart(texWrap(), u, func(m string) string { return texWrap().ReplaceAllString(m, "$1") })
		u = apart(texAccent(), u, func(m string) string {
			g := texAccent().FindStringSubmatch(m)
			var b strings.Builder
			// script: past a "_" or "^" the font could not lower
			script := false
			for _, r := range texSymbols(strings.TrimSpace(g[2] + g[3])) { // \hat{\beta}: the mark on β
				b.WriteRune(r)
				script = script || r == '_' || r == '^'
				if r != ' ' && !script && !isScript(r) {
					b.WriteString(accents[g[1]])
				}
			}
			return b.String()
		})
		u = texBinom().ReplaceAllString(u, "C($1, $2)")
		if strings.Contains(u, `\norm`) || strings.Contains(u, `\abs`) || strings.Contains(u, `\bra`) || strings.Contains(u, `\ket`) {
			u = texPaired().ReplaceAllStringFunc(u, pairedText)
		}
		if strings.Contains(u, `\choose`) {
			u = texChoose().ReplaceAllStringFunc(u, func(m string) string {
				g := texChoose().FindStringSubmatch(m)
				return "C(" + strings.TrimSpace(g[1]) + ", " + strings.TrimSpace(g[2]) + ")"
			})
		}
		if strings.Contains(u, `\x`) {
			u = texXArrow().ReplaceAllStringFunc(u, arrowText)
		}
		if strings.Contains(u, "set") || strings.Contains(u, `\stackrel`) {
			u = texUnderOver().ReplaceAllStringFunc(u, underOverText)
		}
		u = texScript().ReplaceAllStringFunc(u, scriptText)
		u = texSqrt().ReplaceAllStringFunc(u, func(m string) string {
			g := texSqrt().FindStringSubmatch(m)
			return rootSign(g[1]) + texGroup(g[2])
		})
		u = fracText(u)
		if u == t {
			break
		}
		t = u
	}
	if strings.Contains(t, `\x`) {
		t = texXArrowBare().ReplaceAllStringFunc(t, arrowText)
	}
	t = texAccentSign().ReplaceAllStringFunc(texSymbols(t), func(m string) string {
		g := texAccentSign().FindStringSubmatch(m) // "\hat\beta", now "\hatβ"
		return g[2] + accents[g[1]]
	})
	t = texScript().ReplaceAllStringFunc(t, scriptText)
	t = endScripts(texBraces.Replace(t))
	t = strings.Join(strings.Fields(t), " ")
	t = strings.TrimRight(strings.ReplaceAll(t, " "+rowEnd, rowEnd), rowEnd+" ")
	return strings.ReplaceAll(t, rowEnd, ";")
}

// cellEnvs are the environments whose "&" parts two cells of a row, not
// an alignment point before a relation as in "a &= b".
var cellEnvs = map[string]bool{
	"matrix": true, "pmatrix": true, "bmatrix": true, "vmatrix": true, "smallmatrix": true,
	"array": true, "cases": true, "dcases": true,
}

// matrixCells writes each "&" of a matrix, an array or cases as a space,
// which texSpacing would drop: "\begin{bmatrix}1&2&1\\0&2&-2\end{bmatrix}"
// printed "[121; 02-2]", now "[1 2 1; 0 2 -2]", as "1 & 2" already did.
func matrixCells(t string) string {
	var b strings.Builder
	depth, last := 0, 0
	for _, m := range texEnv().FindAllStringSubmatchIndex(t, -1) {
		cells(&b, t[last:m[0]], depth > 0)
		b.WriteString(t[m[0]:m[1]])
		last = m[1]
		if !cellEnvs[t[m[4]:m[5]]] {
			continue
		}
		if t[m[2]:m[3]] == "begin" {
			depth++
		} else if depth > 0 {
			depth--
		}
	}
	cells(&b, t[last:], depth > 0)
	return b.String()
}

// cells writes s to b, when inMatrix each "&" of it, not an escaped "\&",
// as a space, and a space after each "\\" that ends a row.
func cells(b *strings.Builder, s string, inMatrix bool) {
	if !inMatrix {
		b.WriteString(s)
		return
	}
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			b.WriteString(s[i : i+2])
			if s[i+1] == '\\' {
				b.WriteByte(' ')
			}
			i++
		case s[i] == '&':
			b.WriteByte(' ')
		default:
			b.WriteByte(s[i])
		}
	}
}

// innerDollars drops the "$" of a formula typed inside a display's text,
// "\text{reject $H_0$}", which MathJax typesets and the sheet printed as
// "reject $H₀$"; an escaped "\$" is a dollar sign and stays.
func innerDollars(t string) string {
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t):
			b.WriteString(t[i : i+2])
			i++
		case t[i] != '$':
			b.WriteByte(t[i])
		}
	}
	return b.String()
}

// setBraces writes the braket package's \set{…} and \Set{…}, a set of
// what they hold, as the braces of that set: "\set{0,1,2}" printed
// "\set0,1,2". The braces that only group stay for texText to drop.
func setBraces(t string) string {
	var b strings.Builder
	var sets []bool // for each brace open, whether it opens a set
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '\\' && i+1 < len(t) && (t[i+1] == '\\' || t[i+1] == '{' || t[i+1] == '}'):
			b.WriteString(t[i : i+2])
			i++
		case c == '\\' && i+4 < len(t) && (t[i+1] == 's' || t[i+1] == 'S') && t[i+2:i+4] == "et":
			j := i + 4
			for j < len(t) && t[j] == ' ' {
				j++
			}
			if j == len(t) || t[j] != '{' {
				b.WriteByte(c)
				continue
			}
			b.WriteString(openBrace)
			sets = append(sets, true)
			i = j
		case c == '{':
			b.WriteByte(c)
			sets = append(sets, false)
		case c == '}' && len(sets) > 0 && sets[len(sets)-1]:
			b.WriteString(closeBrace)
			sets = sets[:len(sets)-1]
		case c == '}' && len(sets) > 0:
			b.WriteByte(c)
			sets = sets[:len(sets)-1]
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// texSymbols writes each command of t that has a sign as its sign:
// "\alpha + \beta" is "α + β"; a command left out keeps its name.
func texSymbols(t string) string {
	if strings.IndexByte(t, '\\') < 0 {
		return t
	}
	var cmd strings.Builder
	last := 0
	for _, m := range texCommand().FindAllStringSubmatchIndex(t, -1) {
		cmd.WriteString(t[last:m[0]])
		last = m[1]
		sign, ok := texSigns[t[m[2]:m[3]]]
		switch {
		case !ok:
			cmd.WriteString(t[m[0]:m[1]])
		case isLetterSign(sign) && m[1] < len(t) && isASCIILetter(t[m[1]]):
			cmd.WriteString(sign) // the space after "\Delta U" only ends the name: ΔU
		case groupsWord(sign, t[m[1]:]) || m[4] == m[5] && wordBeforeLetter(sign, t[m[1]:]):
			cmd.WriteString(sign + " ") // "\cos{t}": cos t, not "cost"
		default:
			cmd.WriteString(sign + t[m[4]:m[5]]) // "\to 0", "\mu = ": the space is the formula's
		}
	}
	cmd.WriteString(t[last:])
	return cmd.String()
}

// isScript reports whether r is a raised or lowered character, which an
// accent over its group leaves bare: "\vec{r_{1}}" is r⃗₁, where the sheet
// printed "r⃗₁⃗", an arrow over the index too (U/fisica-energia-pyrix).
func isScript(r rune) bool {
	return r >= '\u2070' && r <= '\u209f' || r == '¹' || r == '²' || r == '³' || unicode.Is(unicode.Lm, r)
}

// groupsWord reports whether the sign of an operator's name, a word such
// as "sin" or "log", is followed by a group that opens with a letter,
// which would join the word once the braces are gone: "\cos{t}" printed
// "cost" and "a\sin{t}" "asint" (MA10/calka-zastosowania).
func groupsWord(sign, rest string) bool {
	return len(sign) >= 2 && len(rest) >= 2 && rest[0] == '{' && isASCIILetter(rest[1]) && isASCIIWord(sign)
}

// wordBeforeLetter reports whether the sign of an operator's name, a word
// such as "ln", is followed with no space by a letter or a command that
// writes one, which would join the word: "\ln\frac{c}{d}" printed "lnc/d"
// and "\sin\alpha" "sinα".
func wordBeforeLetter(sign, rest string) bool {
	if len(sign) < 2 || !isASCIIWord(sign) {
		return false
	}
	rest = strings.TrimLeft(rest, texSep)
	if name, ok := strings.CutPrefix(rest, `\`); ok {
		m := texCommand().FindStringSubmatch(rest)
		return m != nil && strings.HasPrefix(name, m[1]) && isLetterSign(texSigns[m[1]])
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r) && !isScript(r) // "\max_x" is maxₓ
}

// isASCIIWord reports whether s is made of ASCII letters only.
func isASCIIWord(s string) bool {
	for i := range len(s) {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

// texTokenCommands writes, before the groups are undone, the commands that
// take one token: "\not\in" is ∉, "\bold E" is E, "\tag{1}" is (1); and
// leaves out colours and phantoms, and kerns but for a space.
func texTokenCommands(t string) string {
	if strings.Contains(t, `\not`) {
		t = texNot().ReplaceAllStringFunc(t, func(m string) string {
			g := texNot().FindStringSubmatch(m)
			name := strings.TrimPrefix(g[1], `\`) + g[2] + g[3]
			if sign, ok := notSigns[name]; ok {
				return sign
			}
			if sign, ok := texSigns[name]; ok && g[1] != "" {
				return sign + "\u0338"
			}
			return g[1] + g[2] + g[3] + "\u0338"
		})
	}
	if strings.Contains(t, "color") {
		t = texColor().ReplaceAllString(t, "")
	}
	if strings.Contains(t, "phantom") || strings.Contains(t, "space") || strings.Contains(t, `\label`) {
		t = texPhantom().ReplaceAllString(t, "")
	}
	if strings.Contains(t, "kern") || strings.Contains(t, "skip") {
		t = texKern().ReplaceAllString(t, " ")
	}
	if strings.Contains(t, `\tag`) {
		t = texTag().ReplaceAllString(t, " ($1)")
	}
	if strings.Contains(t, `\b`) || strings.Contains(t, `\m`) || strings.Contains(t, `\u`) {
		t = apart(texWrapToken(), t, func(m string) string { return texWrapToken().ReplaceAllString(m, "$1$2$3") })
	}
	return t
}

// apart replaces each match of re in t with repl's text, and puts texSep
// before a text that opens with a letter right after a command's name, so
// that the name still ends there: "\Omega\text{m}" is Ωm and "\cdot\vec{r}"
// ·r⃗, where the sheet printed "\Omegam" and "\cdotr⃗", names of no sign.
func apart(re *regexp.Regexp, t string, repl func(string) string) string {
	locs := re.FindAllStringIndex(t, -1)
	if locs == nil {
		return t
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		b.WriteString(t[last:l[0]])
		r := repl(t[l[0]:l[1]])
		if r != "" && isASCIILetter(r[0]) && endsInName(t[:l[0]]) {
			b.WriteString(texSep)
		}
		b.WriteString(r)
		last = l[1]
	}
	b.WriteString(t[last:])
	return b.String()
}

// endsInName reports whether s ends with a command's name: "a\cdot" does,
// "a \cdot " and "x" do not.
func endsInName(s string) bool {
	i := len(s)
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	return i < len(s) && i > 0 && s[i-1] == '\\'
}

// fracText writes each fraction of t as a/b; in brackets when a product
// goes on after it, "\frac{1}{n}n\mu" is (1/n)nμ, not 1/nnμ. A
// denominator that is a number times a factor is bracketed, and the
// product after it set apart by a dot: "\frac{1}{2C}q^2" is 1/(2C)·q²,
// where "(1/2C)q²" read as (1/2)·C·q².
func fracText(t string) string {
	if !strings.Contains(t, "frac") {
		return t
	}
	var b strings.Builder
	last := 0
	for _, m := range texFrac().FindAllStringSubmatchIndex(t, -1) {
		b.WriteString(t[last:m[0]])
		last = m[1]
		arg := func(i int) string {
			if m[i] < 0 {
				return ""
			}
			return t[m[i]:m[i+1]]
		}
		num := texGroup(arg(2) + arg(4) + arg(6))
		den := texGroup(arg(8) + arg(10))
		scaled := timesNumber(den)
		if scaled {
			den = "(" + den + ")"
		}
		frac := num + "/" + den
		switch {
		case !startsProduct(t[m[1]:]):
		case scaled:
			frac += "·"
			last += len(t[m[1]:]) - len(strings.TrimLeft(t[m[1]:], " "))
		default:
			frac = "(" + frac + ")"
		}
		if joinsFactor(t[:m[0]], num) {
			b.WriteByte(' ')
		}
		b.WriteString(texSep + frac)
	}
	b.WriteString(t[last:])
	return b.String()
}

// timesNumber reports whether the denominator den is a number times a
// factor, "2C", "4\pi", with no bracket or operator round it: written
// after a slash, "1/2C" reads as a half of C.
func timesNumber(den string) bool {
	i := 0
	for i < len(den) && den[i] >= '0' && den[i] <= '9' {
		i++
	}
	return i > 0 && i < len(den) && (isASCIILetter(den[i]) || den[i] == '\\')
}

// joinsFactor reports whether a fraction whose numerator writes num, a
// word of two letters or more, would join the letter or digit before it,
// written with no space: "C\frac{dv_c}{dt}" printed "Cdv_c/dt", as if
// "Cdv" were one name. A command's name before it ("\rho\frac{L}{A}") or
// a one-letter numerator ("k\frac{q}{r}" is kq/r) reads right joined.
func joinsFactor(before, num string) bool {
	if before == "" || len(num) < 2 || !isASCIILetter(num[0]) {
		return false
	}
	if c := before[len(before)-1]; !isASCIILetter(c) && (c < '0' || c > '9') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(num[1:])
	return unicode.IsLetter(r) && !endsInName(before)
}

// startsProduct reports whether s, what follows a fraction, goes on with a
// factor: a letter, a digit, a bracket or a command such as \mu or \left;
// not an operator (\cdot, "=") or the end.
func startsProduct(s string) bool {
	s = strings.TrimLeft(s, " ")
	if s == "" {
		return false
	}
	if s[0] == '\\' {
		m := texCommand().FindStringSubmatch(s)
		if m == nil {
			return false
		}
		sign, ok := texSigns[m[1]]
		return !ok || m[1] == "left" || isLetterSign(sign) || sign != "" && isASCIILetter(sign[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '('
}

// rootSign writes the sign of a root of index idx: √, ∛, ∜, or the index
// raised before √ ("\sqrt[n]{x}" is ⁿ√x).
func rootSign(idx string) string {
	switch idx = strings.TrimSpace(idx); idx {
	case "", "2":
		return "√"
	case "3":
		return "∛"
	case "4":
		return "∜"
	}
	if raised := raise(idx, superscripts); raised != "" {
		return raised + "√"
	}
	return texGroup(idx) + "√"
}

// arrowText writes an arrow that texXArrow matched with its label on its
// shaft: "\xrightarrow[Urease]{}" is —Urease→, "\xleftarrow{a}" is ←a—.
func arrowText(m string) string {
	g := texXArrow().FindStringSubmatch(m)
	if g == nil {
		g = texXArrowBare().FindStringSubmatch(m)
	}
	label := strings.TrimSpace(g[3])
	if below := strings.TrimSpace(g[2]); below != "" && label != "" {
		label += ", " + below
	} else if below != "" {
		label = below
	}
	sign := texSigns[g[1]]
	switch {
	case label == "":
		return sign
	case g[1] == "leftarrow" || g[1] == "Leftarrow":
		return sign + label + "—"
	}
	return "—" + label + sign
}

// underOverText writes a sign that texUnderOver matched as that sign with
// a subscript or superscript, as \sum_{i=1}^{n} is written: MathJax sets
// "\underset{i\in I}{\bigcap}F_i" under the sign, a line of text cannot,
// so it is "{\bigcap}_{i\in I}F_i", ⋂_(i∈ I)Fᵢ.
func underOverText(m string) string {
	g := texUnderOver().FindStringSubmatch(m)
	if g[1] == "underset" && isWordLabel(g[2]) {
		return "{" + g[3] + "} (" + strings.TrimSpace(g[2]) + ")" // see isWordLabel
	}
	script := "^"
	if g[1] == "underset" {
		script = "_"
	}
	return "{" + g[3] + "}" + script + "{" + g[2] + "}"
}

// pairedText writes a norm, an absolute value or a bracket of quantum
// mechanics that texPaired matched between its signs: "\norm{Tv}" is ‖Tv‖,
// where the sheet printed "\normTv", and "\ket{\psi}" |ψ⟩.
func pairedText(m string) string {
	g := texPaired().FindStringSubmatch(m)
	signs := pairedSigns[g[1]]
	return signs[0] + g[2] + signs[1]
}

// pairedSigns open and close what texPaired's commands hold.
var pairedSigns = map[string][2]string{
	"norm": {"‖", "‖"}, "abs": {"|", "|"}, "ket": {"|", "⟩"}, "bra": {"⟨", "|"}, "braket": {"⟨", "⟩"},
}

// lineSups are the signs a line of text writes raised with no raised
// form, right after what they raise: x*, W⊥, A†, f′. The sheet printed
// "W^⊥" and "A^†", a caret no text writes there.
const lineSups = "*∗⊥⊤†‡′″‴"

// primeSigns write two and three primes as the one sign of each: f″, f‴.
var primeSigns = strings.NewReplacer("′′′", "‴", "′′", "″")

// lineSupText writes a superscript made of lineSups only, with or without
// spaces between them, as a line of text does, bare after its base and two
// or three primes as one sign: "f^{\prime\prime}" is f″, where the sheet
// printed "f^(′ ′)". ok is false when the script holds anything else.
func lineSupText(body string) (s string, ok bool) {
	for _, r := range body {
		if r != ' ' && !strings.ContainsRune(lineSups, r) {
			return "", false
		}
	}
	if strings.IndexByte(body, ' ') >= 0 {
		body = strings.ReplaceAll(body, " ", "")
	}
	return primeSigns.Replace(body), body != ""
}

// raise writes s in the signs of table, or "" when one has none.
func raise(s string, table map[rune]rune) string {
	var b strings.Builder
	for _, r := range s {
		sign, ok := table[r]
		if !ok {
			return ""
		}
		b.WriteRune(sign)
	}
	return b.String()
}

// scriptText writes a superscript or subscript that texScript matched,
// raised or lowered where the font has the signs: x^{ab} is xᵃᵇ; f_{pdf}
// stays f_pdf, whole: the font has no lowered d.
func scriptText(m string) string {
	g := texScript().FindStringSubmatch(m)
	body := texSymbols(g[2] + g[3]) // "^{\infty}": ∞, no "\inftyx" with what follows
	table := superscripts
	if g[1] == "_" {
		table = subscripts
	}
	if s := raise(body, table); s != "" || body == "" {
		return s
	}
	if g[1] == "^" {
		if s, ok := lineSupText(body); ok {
			return s // "\xi_k^*", "W^\perp", as written in a line of text: ξₖ*, W⊥
		}
	}
	grp := scriptGroup(body)
	if strings.HasSuffix(grp, ")") {
		return g[1] + texSep + grp
	}
	return g[1] + texSep + grp + scriptEnd
}

// endScripts writes each scriptEnd of t as a space before a letter or a
// digit, and as nothing elsewhere.
func endScripts(t string) string {
	if !strings.Contains(t, scriptEnd) {
		return t
	}
	var b strings.Builder
	for {
		before, after, ok := strings.Cut(t, scriptEnd)
		b.WriteString(before)
		if !ok {
			return b.String()
		}
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteByte(' ')
		}
		t = after
	}
}

// scriptGroup writes a script the font cannot raise or lower as texGroup
// does, and in brackets too when it is more than one symbol and no plain
// word: "x_{i,j}" is x_(i,j) and "e^{i\pi}" e^(iπ), where the sheet printed
// "x_i,j" and "e^iπ", as if only i were raised; "f_{pdf}" and "c_{außen}"
// stay f_pdf and c_außen.
func scriptGroup(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > 1 && !isOneAlphabet(s) && !strings.HasPrefix(s, "(") {
		return "(" + s + ")"
	}
	return texGroup(s)
}

// wordScripts are the alphabets a word of a script is written in.
var wordScripts = []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Cyrillic}

// isOneAlphabet reports whether s is made of letters of one alphabet, none of
// them raised or lowered: "pdf", "außen" and "Опр" are words, "iπ" is a
// product of two symbols.
func isOneAlphabet(s string) bool {
	var alphabet *unicode.RangeTable
	for _, r := range s {
		if !unicode.IsLetter(r) || isScript(r) {
			return false
		}
		i := slices.IndexFunc(wordScripts, func(t *unicode.RangeTable) bool { return unicode.Is(t, r) })
		if i < 0 || alphabet != nil && wordScripts[i] != alphabet {
			return false
		}
		alphabet = wordScripts[i]
	}
	return alphabet != nil
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

// mathArrows writes a formula that holds only an arrow, in a list item,
// as the arrow itself, one space either side: Obsidian's high-yield notes type their arrows in
// TeX, "- Lamivudine  $\rightarrow$ Safest NRTI", "- zu dem $\to$ zum",
// and read as "- Lamivudine → Safest NRTI", which asks Lamivudine. The
// formula must have words on both sides: "- Hematological resistance
// $\rightarrow$" with nothing after it is left as it is. Code is left as
// it is; src is returned when no line has such an arrow.
func mathArrows(src []byte) []byte {
	if !bytes.Contains(src, []byte(`$\`)) {
		return src
	}
	var out []byte // nil until a line is rewritten
	last := 0
	textLines(src, func(off int, line []byte) {
		at := len(line) - len(bytes.TrimLeft(line, " \t"))
		m := listMarkerLen(line[at:])
		if m == 0 {
			return
		}
		start := at + m
		dollars := 0 // the "$" signs of line[start:i], even outside a formula
		for i := start; i < len(line); {
			k := bytes.Index(line[i:], []byte(`$\`))
			if k < 0 {
				return
			}
			dollars += bytes.Count(line[i:i+k], []byte("$"))
			i += k
			n, glyph := mathArrow(line[i:])
			if n == 0 || dollars%2 == 1 || !mathArrowBetweenWords(line[start:i], line[i+n:]) {
				dollars++
				i++
				continue
			}
			from := start + len(bytes.TrimRight(line[start:i], " \t"))
			to := len(line) - len(bytes.TrimLeft(line[i+n:], " \t"))
			out = append(out, src[last:off+from]...)
			out = append(out, " "+glyph+" "...)
			last = off + to
			i = to
		}
	})
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// mathArrow returns the length of the formula that opens t when it holds
// only one of TeX's right arrows, spaces aside, and the arrow it draws;
// else 0.
func mathArrow(t []byte) (int, string) {
	end := bytes.IndexByte(t[1:], '$')
	if end < 0 {
		return 0, ""
	}
	inner := string(bytes.TrimSpace(t[1 : end+1]))
	for _, a := range mathArrowGlyphs {
		if inner == a.tex {
			return end + 2, a.glyph
		}
	}
	return 0, ""
}

// mathArrowGlyphs are TeX's right arrows and the arrows they draw, each
// one that a term and its definition may stand either side of.
var mathArrowGlyphs = []struct{ tex, glyph string }{
	{`\rightarrow`, "→"}, {`\to`, "→"}, {`\longrightarrow`, "⟶"},
	{`\Rightarrow`, "⇒"}, {`\implies`, "⇒"}, {`\Longrightarrow`, "⟹"},
}

// mathArrowBetweenWords reports whether a formula has text before it,
// after its list marker, and after it, on its line.
func mathArrowBetweenWords(before, after []byte) bool {
	return len(bytes.TrimSpace(before)) > 0 && len(bytes.TrimSpace(after)) > 0
}

// texSpacing writes TeX's spaces, escaped signs, row ends and degrees as
// text, and its escaped braces as marks texBraces turns back into braces.
var texSpacing = strings.NewReplacer(`\left.`, "", `\right.`, "", `\,`, " ", `\;`, " ", `\:`, " ", `\!`, "", `\{`, openBrace, `\}`, closeBrace,
	`\%`, "%", `\&`, "&", `\$`, "$", `\_`, "_", `\\`, rowEnd, "^{\\circ}", "°", `^\circ`, "°", "&", "",
	`\|`, "‖", `\ `, " ", "~", " ")

// texBraces drops TeX's grouping braces and writes the escaped ones
// texSpacing marked as braces.
var texBraces = strings.NewReplacer("{", "", "}", "", openBrace, "{", closeBrace, "}", texSep, "")
