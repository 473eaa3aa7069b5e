package extract

import "testing"

func TestSheetMath(t *testing.T) {
	for in, want := range map[string]string{
		`$$\Delta U = q + W$$`:                            "ΔU = q + W",
		`water freezes at $0^{\circ}C$`:                   "water freezes at 0°C",
		`$\Delta G = \Delta H - T\Delta S$`:               "ΔG = ΔH - TΔS",
		`$K_a = \frac{[H_3O^+][A^-]}{[HA]}$`:              "Kₐ = ([H₃O⁺][A⁻])/[HA]",
		`\(E = mc^2\) holds`:                              "E = mc² holds",
		`\[\sum_{i=1}^{n} x_i\]`:                          "∑ᵢ₌₁ⁿ xᵢ",
		`$\text{CO}_2 + H_2O \rightleftharpoons x$`:       "CO₂ + H₂O ⇌ x",
		`$\sqrt{a+b} \le \frac{1}{2}$`:                    "√(a+b) ≤ 1/2",
		`costs $100 and $200 today`:                       "costs $100 and $200 today",
		`$x^{ab}$`:                                        "xᵃᵇ",
		`no math here`:                                    "no math here",
		`$\lim_{x \to 0} \frac{\sin x}{x} = 1$`:           "lim_(x → 0) (sin x)/x = 1",
		`$$t = \frac{e^z-e^{-z}}{e^z+e^{-z}}$$`:           "t = (eᶻ-e⁻ᶻ)/(eᶻ+e⁻ᶻ)",
		`$\mu = \frac{\sum_{i=1}^N X_i}{N}$`:              "μ = (∑ᵢ₌₁^N Xᵢ)/N",
		`$\bar{x}$ and $\hat x$ and $\vec{F}$`:            "x\u0304 and x\u0302 and F\u20d7",
		`$x \in \mathbb{R}$, $\lvert x \rvert$`:           "x ∈ ℝ, | x |",
		`$\ce{H2SO4 -> 2H+ + SO4^2-}$`:                    "H₂SO₄ → 2H⁺ + SO₄²⁻",
		`$\begin{pmatrix} a & b \\ c & d \end{pmatrix}$`:  "( a b; c d )",
		`$R = \rho\frac{L}{A} = 0.085 \, \Omega$`:         "R = ρL/A = 0.085 Ω",
		`$\{1, 2\} \cup \lbrace 3 \rbrace$`:               "{1, 2} ∪ { 3 }",
		`$$\begin{split} a &= b \\ &= c \\ \end{split}$$`: "a = b; = c",
		`$\hat\beta_1$`:                                   "β\u0302₁",
		`$\binom{n}{k}$`:                                  "C(n, k)",
		// A group around a group, and a calligraphic letter, in a fraction:
		// these printed "\frac14π ε₀" and "\fracz(R²+z²)".
		`$F=\frac{1}{{4\pi \epsilon_0}}\frac{q_1q_2}{r^2}$`:          "F=(1/(4π ε₀))q₁q₂/r²",
		`$\frac{\mathcal{z}}{(R^{2}+\mathcal{z}^{2})^{3/2}}\hat{z}$`: "(z/((R²+z²)^(3/2)))z\u0302",
		// A tie, amsmath's italic Delta, a \substack and a starred
		// point: these printed "f~-", "\varDelta x", "inf_\substackx∈…"
		// and "ξₖ^*" (maximspbu/darboux-sums).
		`$1.~$Пусть $f$`:                                  "1. Пусть f",
		`$f~-$ и $M_k\varDelta x_k$`:                      "f - и MₖΔxₖ",
		`$m_k=\inf_{\substack{x\in[x_k,~x_{k+1}]}} f(x)$`: "mₖ=inf_(x∈[xₖ, xₖ₊₁]) f(x)",
		`$f(\xi_k^*) < m_k + \varepsilon$, $x^{*}$`:       "f(ξₖ*) < mₖ + ε, x*",
		// A sign with no raised form follows what it raises, as a line
		// of text writes it: this printed "W^⊥" and "A^†". A letter the
		// font cannot raise keeps its caret.
		`$W^\perp$, $A^\dagger$, $f^\prime$`: "W⊥, A†, f′",
		`$x^\perp_1$, $X^Q$`:                 "x⊥₁, X^Q",
		// Two or three primes are one sign: this printed "f^(′ ′)(x)"
		// (o2a-hu-math/centralis-differencia). A prime beside a letter
		// keeps its group.
		`$f^{\prime \prime}(x)$, $g^{\prime\prime\prime}$`: "f″(x), g‴",
		`$y^{\prime a}$`: "y^(′ a)",
		// A coloured step and a phantom that aligns a row: these printed
		// "\textcolorgreyk₁" and "\phantomR1R2+" (except-biochem-enzymes,
		// m23604-alkenes).
		`$$\textcolor{grey}{k_1[S]} = {\color{red} K_M}$$`:              "k₁[S] = K_M",
		`$\ce{R_1R_2C\bond{~-}CHR_3 + E\bond{~}Nu}$, $\ce{C\bond{#}N}$`: "R₁R₂C-CHR₃ + E∼Nu, C≡N",
		`$$\phantom{R_1R_2\text{C}} + \hphantom{x}E$$`:                  "+ E",
		// A script the font cannot lower, before a letter, is set apart:
		// "v_cdC/dt" read as "v" over "cdC" (trwormald capacitors).
		`$i_c=C\frac{dv_c}{dt}+v_c\frac{dC}{dt}$`: "i_c=C dv_c/dt+v_c dC/dt",
		// A fraction whose numerator is a word right after a factor is
		// set apart: this printed "Cdv_c/dt", as if "Cdv" were one name.
		// A one-letter numerator reads right joined, kq/r.
		`$F = k\frac{q}{r^2}$, $2\frac{dx}{dt}$`: "F = kq/r², 2 dx/dt",
		`$f_{pdf}(x) = W_C t$`:                   "f_pdf(x) = W_C t",
		// A denominator that is a number times a factor is bracketed:
		// "(1/2C)q²" read as (1/2)·C·q². A half stays (1/2), a numeric
		// denominator and a word as they were.
		`$W_C=\frac{1}{2C}q^2$, $\frac{q^2}{2C}$`:              "W_C=1/(2C)·q², q²/(2C)",
		`$\frac{1}{2}mv^2$, $\frac{12}{34}x$, $\frac{dx}{dt}$`: "(1/2)mv², (12/34)x, dx/dt",
	} {
		if got := sheetMath(in); got != want {
			t.Errorf("sheetMath(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSheetMathCommands pins the commands real notes printed raw or wrong
// on the sheet; each comment is what the sheet printed before.
func TestSheetMathCommands(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$X_1, \dots, X_n$`, "X₁, …, Xₙ"},                                                              // X₁, ṡ, Xₙ
		{`$a \dotsc b$ and $\barwedge$`, "a … b and \\barwedge"},                                        // a ṡc b and w̄edge
		{`$\tfrac12 mv^2$ and $\frac12 mv^2$`, "(1/2) mv² and (1/2) mv²"},                               // 12 mv² and \frac12 mv²
		{`$\dfrac{1}2 = \frac\pi2$`, "1/2 = π/2"},                                                       // 12 = \fracπ2
		{`$\frac{1}{n}n\mu$ and $\frac{1}{n}E(x_1 + x_2)$`, "(1/n)nμ and (1/n)E(x₁ + x₂)"},              // 1/nnμ and 1/nE(x₁ + x₂)
		{`$\frac{a}{b} \cdot c = \rho\frac{L}{A}$`, "a/b · c = ρL/A"},                                   // a/b · c = ρL/A
		{`$\bold \nabla \times \bold E = -\frac{\partial \bold B}{\partial t}$`, "∇ × E = -(∂B)/(∂t)"},  // \bold ∇ × \bold E = -(∂ \bold B)/(∂t)
		{`$\mathbf x + \boldsymbol\mu + \mathbf{A}$`, "x + μ + A"},                                      // \mathbf x + \boldsymbolμ + A
		{`$T(\underline X)$ and $\underline{x}$`, "T(X) and x"},                                         // T(\underline X) and x
		{`$\operatorname{rank}(A) + \operatorname*{argmax}$`, "rank(A) + argmax"},                       // rank(A) + \operatorname*argmax
		{`$\|Ax\|_2 > 0$`, "‖Ax‖₂ > 0"},                                                                 // \|Ax\|₂ > 0
		{`$f: G \xrightarrow{\sim} H$`, "f: G —∼→ H"},                                                   // f: G \xrightarrow∼ H
		{`$\ce{urea} \xrightarrow[Urease]{} NH_3$`, "urea —Urease→ NH₃"},                                // urea \xrightarrow[Urease] NH₃
		{`$A \xleftarrow{f} B$`, "A ←f— B"},                                                             // A \xleftarrowf B
		{`\( \text{H}_2\text{O} \, \xrightarrow[\text{Urease}] \, \text{CO}_2 \)`, "H₂O —Urease→ CO₂"},  // H₂O \xrightarrow[Urease] CO₂
		{`${n \choose k}$`, "C(n, k)"},                                                                  // n \choose k
		{`$\sqrt[3]{x} + \sqrt[4]{y} + \sqrt[n]{z} + \sqrt{w}$`, "∛x + ∜y + ⁿ√z + √w"},                  // √[3]x + √[4]y + √[n]z + √w
		{`$\boxed{\mu_0 \frac{\partial^2 B}{\partial t^2} = \nabla^2 B}$`, "μ₀ (∂² B)/(∂t²) = ∇² B"},    // \boxedμ₀ (∂² B)/(∂t²) = ∇² B
		{`$sr^2 \not\in H$, $a \not= b$, $x \not\perp y$`, "sr² ∉ H, a ≠ b, x ⊥\u0338 y"},               // sr² \not∈ H, a \not= b, x \not⊥ y
		{`$R \backslash \{0\} \ni x$`, "R ∖ {0} ∋ x"},                                                   // R \backslash {0} \ni x
		{`$z = a + i \ b$, $\sum \space x$, $a\,b\;c \quad d$`, "z = a + i b, ∑ x, a b c d"},            // z = a + i \ b, ∑ \space x, a b c d
		{`$\hat{\beta}$ and $\vec{v}$`, "β\u0302 and v\u20d7"},                                          // \̂b̂êt̂â and v⃗
		{`$\sum_{n=0}^{\infty}x_n$`, "∑ₙ₌₀^∞ xₙ"},                                                       // ∑ₙ₌₀^\inftyxₙ
		{`$$P(a<X) = 1 \tag{1}$$`, "P(a<X) = 1 (1)"},                                                    // P(a<X) = 1 \tag1
		{`$f_{pdf}(x)$ and $x_{max}$ and $K_{eq}$`, "f_pdf(x) and xₘₐₓ and K_eq"},                       // fₚdf(x) and xₘₐₓ and Kₑq
		{`$e^{i\pi}$`, "e^(iπ)"},                                                                        // eⁱπ
		{`$$\begin{array}{|c|c|} \hline X & P \\ \hline 0 & 0.4 \\ \hline \end{array}$$`, "X P; 0 0.4"}, // \hline X P; \hline 0 0.4; \hline
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathArguments pins commands whose braced argument the sheet
// printed glued to the command's name; each comment is what it printed.
func TestSheetMathArguments(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$50\textnormal{g}$ at $18^\circ\textnormal{C}$`, "50g at 18°C"},      // 50\textnormalg at 18°\textnormalC
		{`$450^{\circ}\pu{ C}$ and $\ce{ 70\pu{ atm} }$`, "450° C and 70 atm"}, // 450°\pu C and \ce 70\pu atm
		{`$\ce{O2^{2-}}$, $\ce{Fe(CN)6^{4-}}$`, "O₂²⁻, Fe(CN)₆⁴⁻"},             // \ceO2²⁻, \ceFe(CN)6⁴⁻
		{`$\underset{i\in I}{\bigcap}F_i$`, "⋂_(i∈ I)Fᵢ"},                      // \underseti∈ I⋂Fᵢ
		{`$\underset{i=1}{\overset{n}{\prod}}E_i$`, "∏ⁿᵢ₌₁Eᵢ"},                 // \underseti=1\oversetn∏Eᵢ
		{`$f(x) = \underset{y}{argmax}\ P$`, "f(x) = argmax_y P"},              // f(x) = \undersetyargmax P
		{`$A \stackrel{def}{=} B$`, "A =ᵈᵉᶠ B"},                                // A \stackrel{def}= B
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathSigns pins commands real notes use that the sheet printed by
// name; each comment is what it printed.
func TestSheetMathSigns(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$Q \in \R^{n \times n}$, $\alpha \in \R$ (or $\C$)`, "Q ∈ ℝ^(n × n), α ∈ ℝ (or ℂ)"}, // Q ∈ \R^(n × n), α ∈ \R (or \C)
		{`$\theta \in \Bbb R$, $\mathbb Z$`, "θ ∈ ℝ, ℤ"},                                      // θ ∈ \Bbb R, Z
		{`$a_1, \ldots a_n \twoheadrightarrow b_1$`, "a₁, … aₙ ↠ b₁"},                         // a₁, … aₙ \twoheadrightarrow b₁
		{`$(a) \Longleftrightarrow (b)$`, "(a) ⟺ (b)"},                                        // (a) \Longleftrightarrow (b)
		{`$fl(a \square b)$`, "fl(a □ b)"},                                                    // fl(a \square b)
		{`$H \succ 0$, $H \prec 0$`, "H ≻ 0, H ≺ 0"},                                          // H \succ 0, H \prec 0
		{`$\exist y$`, "∃ y"},                                                                 // \exist y
		{`$X(e^{j\ohm})$`, "X(e^(jΩ))"},                                                       // X(e^j\ohm)
		{`$\int_{-\infin}^x f \rArr A \sube \empty$`, "∫_(-∞)ˣ f ⇒ A ⊆ ∅"},                    // ∫_(-\infin)ˣ f \rArr A \sube \empty
		{`${\partial f \over \partial x_1} = 6x_1$`, "∂f / ∂x₁ = 6x₁"},                        // ∂f \over ∂x₁ = 6x₁
		{`$\frac{P(A)\cdot \cancel{P(B)}}{\cancel{P(B)}}$`, "(P(A)· P(B))/P(B)"},              // \fracP(A)· \cancelP(B)\cancelP(B)
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathNameBeforeText: a command right before one whose text opens
// with a letter keeps its sign; each comment is what the sheet printed.
func TestSheetMathNameBeforeText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$1.7 \times 10^{-8} \, \Omega\text{m}$`, "1.7 × 10⁻⁸ Ωm"}, // 1.7 × 10⁻⁸ \Omegam
		{`$E=\frac{mv^2}{2}-\vec{F}\cdot\vec{r}$`, "E=mv²/2-F⃗·r⃗"}, // E=mv²/2-F⃗\cdotr⃗
		{`$x\in\mathbb{K}$, $a\times\mathbf v$`, "x∈K, a×v"},        // x\inK, a\timesv
		{`$\to\text{CO}_2$, $x^\text{T}$`, "→CO₂, xᵀ"},              // \toCO₂
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathOperatorGroup: an operator's name keeps a space before a
// group that opens with a letter; each comment is what the sheet printed.
func TestSheetMathOperatorGroup(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$x(t)=a \cos{t}$, $y=-a\sin{t}$`, "x(t)=a cos t, y=-asin t"},   // x(t)=a cost, y=-asint
		{`$\cos{2\phi}$, $\sin^2{t}$, $\log{x}$`, "cos2φ, sin²t, log x"}, // cos2φ, sin²t, logx
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathAccentOverScript: an accent over a group marks its letters,
// not its indices; each comment is what the sheet printed.
func TestSheetMathAccentOverScript(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$\vec{r_{1}}-\vec{r_2}$, $\bar{R_{i}}$`, "r⃗₁-r⃗₂, R̄ᵢ"}, // r⃗₁⃗-r⃗₂⃗, R̄ᵢ̄
		{`$\vec{F_{AB}}$, $\overline{AB}$`, "F⃗_AB, A̅B̅"},         // F⃗_⃗A⃗B⃗
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathKaTeXNames: KaTeX's names for signs and \displaylines'
// rows; each comment is what the sheet printed.
func TestSheetMathKaTeXNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$x'(t)\gt 0 \Leftrightarrow t\lt \pi$`, "x'(t)> 0 ⇔ t< π"},                      // x'(t)\gt 0 ⇔ t\lt π
		{`$A + B \coloneqq C$`, "A + B ≔ C"},                                              // A + B \coloneqq C
		{`$\displaylines{a_{11}x_1 = b_1 \\ a_{21}x_1 = b_2}$`, "a₁₁x₁ = b₁; a₂₁x₁ = b₂"}, // \displaylinesa₁₁x₁ = b₁; a₂₁x₁ = b₂
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathSizesAndOperators: size and style commands leave nothing,
// \mod and \Re their signs; each comment is what the sheet printed.
func TestSheetMathSizesAndOperators(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$$\large v_{\epsilon} = v_{-} - v_{+} = 0$$`, "v_ε = v₋ - v₊ = 0"},        // \large v_ε = v₋ - v₊ = 0
		{`$\Large\textstyle I_{R_{1}} = 0$`, "I_(R₁) = 0"},                          // \Large\textstyle I_R₁ = 0
		{`$(i+j) \mod(n)=k$, $a \equiv b \pmod{n}$`, "(i+j) mod(n)=k, a ≡ b mod n"}, // (i+j) \mod(n)=k, a ≡ b \pmodn
		{`$\Re(p)=0$, $\Im(z) > 0$`, "ℜ(p)=0, ℑ(z) > 0"},                            // \Re(p)=0, \Im(z) > 0
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathArrowAccentsAndNames: \overrightarrow is an arrow over its
// letter like \vec; the other trigonometric names, \newline and
// \complement have signs; each comment is what the sheet printed.
func TestSheetMathArrowAccentsAndNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$A\overrightarrow{v} = \lambda\overrightarrow{v}$`, "Av⃗ = λv⃗"},                               // A\overrightarrowv = λ\overrightarrowv
		{`$\phi_B = \int \overrightarrow B \ . d \overrightarrow A$`, "φ_B = ∫ B⃗ . d A⃗"},               // φ_B = ∫ \overrightarrow B . d \overrightarrow A
		{`$\overleftarrow{AB}$`, "A⃖B⃖"},                                                                 // \overleftarrowAB
		{`$\tan(x) = \sec^2(x) - 1$, $\cot(x)$, $-\csc^2(x)$`, "tan(x) = sec²(x) - 1, cot(x), -csc²(x)"}, // \sec²(x) - 1, \cot(x), -\csc²(x)
		{`$\newline a=x_0<x_n=b$`, "a=x₀<xₙ=b"},                                                          // \newline a=x₀<xₙ=b
		{`$A^{\complement}=\mathbb{R}^2 \setminus A$`, "A^∁=ℝ² ∖ A"},                                     // A^\complement=ℝ² ∖ A
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A group that opens with a group, a box around a formula, a symbol's
// spacing class and an escaped ampersand print as what they hold; a
// Chebyshev filter note (kaizen86-chebyshev) and a dynamics note
// (whammou-dynamics) printed their TeX.
func TestSheetMathGroupsAndBoxes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$H(s) = \frac1{\frac{s^2}{{\omega_o}^2} + 1}$`, "H(s) = 1/(s²/ωₒ² + 1)"}, // \frac1\fracs²ωₒ² + 1)
		{`$\frac{\frac{s}{\omega_o}} {1+\frac{s}{\omega_o}}$`, "(s/ωₒ)/(1+s/ωₒ)"},  // as written
		{`$\text{in} \rightarrow \fbox{F=0.4942} \rightarrow$`, "in → F=0.4942 →"}, // in → \fboxF=0.4942 →
		{`$\mathord{\mathit{f_s}} \le \mu_s n$`, "fₛ ≤ μₛ n"},                      // \mathordfₛ ≤ μₛ n
		{`$R_a = 1 \;\&\; R_b = 2$`, "Rₐ = 1 & R_b = 2"},                           // Rₐ = 1 \ R_b = 2
		{`$\frac{1}{{4\pi \epsilon_0}}$`, "1/(4π ε₀)"},
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathRussianAndSetNames: the Russian tangents, KaTeX's \And and
// \sub, \diagdown, \lessgtr and \mathclap print as their names and signs;
// each comment is what the sheet printed. A command the sheet has no sign
// for still keeps its name.
func TestSheetMathRussianAndSetNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$f(x)=\arctg x$, $(\tg y_0)'$, $\ctg x$`, "f(x)=arctg x, (tg y₀)', ctg x"},           // f(x)=\arctg x, (\tg y₀)', \ctg x
		{`$A \diagdown B = \{ x | x\in A \And x \notin B \}$`, "A ∖ B = { x | x∈ A & x ∉ B }"}, // A \diagdown B = { x | x∈ A \And x ∉ B }
		{`$A\sub X$, $x \lessgtr c$, $A \sqcup B$`, "A⊂ X, x ≶ c, A ⊔ B"},                      // A\sub X, x \lessgtr c, A \sqcup B
		{`$\sum_{\mathclap{k=0}}^{n} a_k$`, "∑ₖ₌₀ⁿ aₖ"},                                        // ∑_\mathclapk=0ⁿ aₖ
		{`$\foo x$`, "\\foo x"},
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathSetBraces: braket's \set{…} prints as the braces of its set,
// nested or not; a command that only starts with "set", \setminus, is
// left to its sign. Each comment is what the sheet printed.
func TestSheetMathSetBraces(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$\mathbb{N} = \set{0,1,2,...}$`, "ℕ = {0,1,2,...}"},                // ℕ = \set0,1,2,...
		{`$A=\set{\set{a,b}, \set{c,d}, \emptyset}$`, "A={{a,b}, {c,d}, ∅}"}, // A=\set\seta,b, \setc,d, ∅
		{`$\Set {x^{2} | x \in \R}$`, "{x² | x ∈ ℝ}"},                        // \Set x² | x ∈ ℝ
		{`$A \setminus \{b\}$, $\set{a$`, "A ∖ {b}, {a"},
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathBigOperatorsNormsAndWords: the big operators of logic, the
// decimal logarithm, physics' \norm and \abs, a formula inside a display's
// \text, and an operator's name before a letter print as they read; each
// comment is what the sheet printed. A name before a bracket or a space is
// left as it was.
func TestSheetMathBigOperatorsNormsAndWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$c=\bigvee L_{k}$, $\bigwedge_i x_i$`, "c=⋁ Lₖ, ⋀ᵢ xᵢ"},                               // c=\bigvee Lₖ, \bigwedge_i xᵢ
		{`$\norm{Tv} = \norm{v}$, $\abs{x-\abs{y}}$`, "‖Tv‖ = ‖v‖, |x-|y||"},                    // \normTv = \normv, \absx-\absy
		{`$$\text{true} \implies \text{reject $H_0$}$$`, "true ⇒ reject H₀"},                    // true ⇒ reject $H₀$
		{`$E=\lg\frac{c_a}{c_i}$, $\ln\frac{a}{b}$, $\sin\alpha$`, "E=lg cₐ/cᵢ, ln a/b, sin α"}, // E=\lgcₐ/cᵢ, lna/b, sinα
		{`$\sin(x)$, $\log x$, $\cos\left(t\right)$, $\$5$, $\max_x f$`, "sin(x), log x, cos(t), $5, maxₓ f"},
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathMoreSigns: evaluation bars, continued fractions, equation
// labels and spaces, the braket package, multiple integrals, amssymb's
// arrows and relations, and \mathring print as they read; each comment is
// what the sheet printed.
func TestSheetMathMoreSigns(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$\left. \frac{df}{dx} \right|_{x=0}$`, "df/dx |ₓ₌₀"},                                         // . df/dx |ₓ₌₀
		{`$\cfrac{1}{1+x}$, $a \middle| b$`, "1/(1+x), a | b"},                                         // \cfrac11+x, a \middle| b
		{`$x = 1 \label{eq:1} \nonumber$, $\hspace{1cm} y$`, "x = 1, y"},                               // x = 1 \labeleq:1 \nonumber, \hspace1cm y
		{`$\phi_j=\phi \kern{1cm} \forall j$, $a\mkern3mu b\kern-2pt c$`, "φⱼ=φ ∀ j, a b c"},           // φⱼ=φ \kern1cm ∀ j, a\mkern3mu b\kern-2pt c
		{`$\skipped + \kernel$`, `\skipped + \kernel`},                                                 // no kern: macros of the note's, kept
		{`$\ket{\psi} = \braket{\phi|\psi}\bra{\phi}$`, "|ψ⟩ = ⟨φ|ψ⟩⟨φ|"},                              // \ketψ = \braketφ|ψ\braφ
		{`$R \bowtie S$, $R \Join_{a=b} S$, $R \ltimes S \rtimes T$`, "R ⋈ S, R ⋈_(a=b) S, R ⋉ S ⋊ T"}, // R \bowtie S: relational algebra's joins
		{`瓶颈是算距离 $\Ra$ 降维, $p \La q \Lra r$, $\ra \la$`, "瓶颈是算距离 ⇒ 降维, p ⇐ q ⇔ r, \\ra \\la"},          // \Ra 降维: a preamble's shorthand
		{`satisfy \[☑] and \(x)`, "satisfy [☑] and (x)"},                                               // satisfy \[☑] and \(x): escaped brackets that open no formula
		{`$\iint_D f$, $\limsup_{n} a_n$, $\Pr(A)$`, "∬_D f, limsupₙ aₙ, Pr(A)"},                       // \iint_D f, \limsupₙ aₙ, \Pr(A)
		{`$\nearrow \Downarrow \lesssim \impliedby$`, "↗ ⇓ ≲ ⇐"},                                       // \nearrow \Downarrow \lesssim \impliedby
		{`$\mathring{A}$, $A^\intercal$, $\mathds{1}_A$`, "A\u030a, A^⊺, 1_A"},                         // \mathringA, A^\intercal, \mathds1_A
		{`$\left( x \right).$, $\left.x\right)$`, "( x )., x)"},
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathScriptGroups: a script the font cannot raise or lower whole
// is bracketed when it is more than one symbol and no plain word, so what
// it holds reads as one; each comment is what the sheet printed. A word,
// "pdf", and one symbol stay bare.
func TestSheetMathScriptGroups(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$x_{i,j}$, $a^{b^c}$`, "x_(i,j), a^(bᶜ)"},                              // x_i,j, a^bᶜ
		{`$F_{Ca^{2+}}$, $e^{2\pi i}$`, "F_(Ca²⁺), e^(2πi)"},                     // F_Ca²⁺, e^2πi
		{`$f_{pdf}$, $E_{Na}$, $A^{\dagger}$, $x_{ij}$`, "f_pdf, E_Na, A†, xᵢⱼ"}, // A^† (see lineSups)
		{`$c_{außen}$, $A =^{Опр} B$`, "c_außen, A =^Опр B"},
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathSIUnits pins siunitx's quantities, units and numbers, which
// the sheet printed as their commands: "\SI9.81m/s²",
// "\si\kilo\gram\metre\per\second\squared", "\num6.022e23".
func TestSheetMathSIUnits(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$g = \SI{9.81}{m/s^2}$`, "g = 9.81 m/s²"},
		{`$\si{\kilo\gram\metre\per\second\squared}$`, "kg m s⁻²"},
		{`$\num{6.022e23}$ and $\num{1.2e-3}$ and $\num{3}$`, "6.022 × 10²³ and 1.2 × 10⁻³ and 3"},
		{`$\qty{3e8}{\metre\per\second}$`, "3 × 10⁸ m s⁻¹"},
		{`$\SI{20}{\celsius}$, $\SI{1.2}{\micro\metre}$, $\SI{5}{\square\centi\metre}$`, "20 °C, 1.2 µm, 5 cm²"},
		{`$\SI[per-mode=symbol]{9.81 +- 0.02}{\newton\per\kilo\gram}$`, "9.81 ± 0.02 N kg⁻¹"},
		{`$\ang{30;15}$ and $\unit{\joule\per\mole\per\kelvin}$`, "30°15′ and J mol⁻¹ K⁻¹"},
		{`$\SI{2}{\metre\tothe{4}}$ and $\si{\ohm\metre}$`, "2 m⁴ and Ω m"},
		// Look-alikes that are no siunitx: sine, sigma, a sum.
		{`$\sin x + \sigma + \sum_i n_i$`, "sin x + σ + ∑ᵢ nᵢ"},
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSheetMathMatrixCells: a matrix, an array and cases typed with no
// spaces keep their cells apart, which printed "[121;02-2]"; an aligned
// display's "&=" stays an alignment point and "\&" an ampersand.
func TestSheetMathMatrixCells(t *testing.T) {
	for in, want := range map[string]string{
		`$\begin{bmatrix}1&2&1\\0&2&-2\end{bmatrix}$`:                               "[1 2 1; 0 2 -2]",
		`$\begin{array}{cc}1&0\\0&1\end{array}$`:                                    "1 0; 0 1",
		`$f=\begin{cases}1&x>0\\0&x\le0\end{cases}$`:                                "f={ 1 x>0; 0 x≤0",
		`$\begin{aligned}f(x)&=x\\&=\begin{pmatrix}a&\&\end{pmatrix}\end{aligned}$`: "f(x)=x;=(a &)",
	} {
		if got := sheetMath(in); got != want {
			t.Errorf("sheetMath(%q) = %q, want %q", in, got, want)
		}
	}
}
