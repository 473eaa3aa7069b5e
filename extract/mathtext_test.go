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
		`$\ce{H2SO4 -> 2H+ + SO4^2-}$`:                    "H₂SO₄ → 2H+ + SO₄²⁻",
		`$\begin{pmatrix} a & b \\ c & d \end{pmatrix}$`:  "( a b; c d )",
		`$R = \rho\frac{L}{A} = 0.085 \, \Omega$`:         "R = ρL/A = 0.085 Ω",
		`$\{1, 2\} \cup \lbrace 3 \rbrace$`:               "{1, 2} ∪ { 3 }",
		`$$\begin{split} a &= b \\ &= c \\ \end{split}$$`: "a = b; = c",
		`$\hat\beta_1$`:                                   "β\u0302₁",
		`$\binom{n}{k}$`:                                  "C(n, k)",
	} {
		if got := sheetMath(in); got != want {
			t.Errorf("sheetMath(%q) = %q, want %q", in, got, want)
		}
	}
}
