package extract

import "testing"

// TestSheetChemistry pins mhchem's formulas as the sheet prints them; each
// comment is what the sheet printed before.
func TestSheetChemistry(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`$\ce{NH4+}$ and $\ce{e-}$`, "NH₄⁺ and e⁻"},                                                                                 // NH₄+ and e-
		{`$\ce{CH3COOH <=> CH3COO- + H+}$`, "CH₃COOH ⇌ CH₃COO⁻ + H⁺"},                                                                // CH₃COOH ⇌ CH₃COO- + H+
		{`$\ce{RO- + (CH3)2SO4 -> ROCH3 + CH3SO4-}$`, "RO⁻ + (CH₃)₂SO₄ → ROCH₃ + CH₃SO₄⁻"},                                           // RO- + … CH₃SO₄-
		{`$\ce{[AgCl2]-}$, $\ce{R-OTs}$`, "[AgCl₂]⁻, R-OTs"},                                                                         // [AgCl₂]-, R-OTs
		{`$\ce{ROH ->[H3PO4] alkene + H2O}$`, "ROH —H₃PO₄→ alkene + H₂O"},                                                            // ROH →[H₃PO₄] alkene + H₂O
		{`$\ce{RCOO- ->[H3O+] RCOOH}$`, "RCOO⁻ —H₃O⁺→ RCOOH"},                                                                        // RCOO- →[H₃O+] RCOOH
		{`$\ce{Ph + 3H2 ->[Ni][175^oC, 180atm] cyclohexane}$`, "Ph + 3H₂ —Ni, 175°C, 180atm→ cyclohexane"},                           // →[Ni][175oC, 180atm]
		{`$\ce{A <=>[][conc. H2SO4] B}$ and $\ce{A <-[hv] B}$`, "A —conc. H₂SO₄⇌ B and A ←hv— B"},                                    // A ⇌[][conc. H₂SO₄] B and A ←[hv] B
		{`$\ce{RC#CH}$ and $\ce{N#N}$`, "RC≡CH and N≡N"},                                                                             // RC#CH and N#N
		{`$\ce{CuSO4.5H2O}$, $\ce{CuSO4*5H2O}$, $\ce{0.5 O2}$`, "CuSO₄·5H₂O, CuSO₄·5H₂O, 0.5 O₂"},                                    // CuSO₄.5H₂O, CuSO₄*5H₂O
		{`$\Delta H = \pu{-57 kJ mol-1}$, $\pu{1.2 dm3}$`, "ΔH = -57 kJ mol⁻¹, 1.2 dm³"},                                             // ΔH = -57 kJ mol-1, 1.2 dm3
		{`$\ce{\underset{glucose}{C6H12O6} -> \underset{ethanol}{2C2H5OH} + 2CO2}$`, "C₆H₁₂O₆ (glucose) → 2C₂H₅OH (ethanol) + 2CO₂"}, // C₆H₁₂O₆_glucose → 2C₂H₅OHₑₜₕₐₙₒₗ + 2CO₂
		{`$\underset{x \to 0}{\lim} f$`, "lim_(x → 0) f"},
	} {
		if got := sheetMath(c.in); got != c.want {
			t.Errorf("sheetMath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
