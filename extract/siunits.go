package extract

import (
	"cmp"
	"strings"
)

// siunitx writes quantities with their units: \SI{9.81}{m/s^2} and v3's
// \qty, a number and its unit; \si{\kilo\gram} and \unit, a unit; \num{6.022e23},
// a number; \ang{30}, an angle. The sheet printed them as "\SI9.81m/s²".
var (
	// texQuantity matches \SI{9.81}{\metre\per\second\squared} and \qty{…}{…}.
	texQuantity = lazyRegexp(`\\(?:SI|qty)\s*(?:\[[^\[\]]*\])?\s*\{([^{}]*)\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}`)
	// texUnit matches \si{\kilo\gram} and \unit{…}.
	texUnit = lazyRegexp(`\\(?:si|unit)\s*(?:\[[^\[\]]*\])?\s*\{((?:[^{}]|\{[^{}]*\})*)\}`)
	// texNum matches \num{6.022e23} and \ang{30;15;0}.
	texNum = lazyRegexp(`\\(num|ang)\s*(?:\[[^\[\]]*\])?\s*\{([^{}]*)\}`)
	// unitMacro matches one of a unit's commands, with the argument of
	// \tothe and \raiseto.
	unitMacro = lazyRegexp(`\\([A-Za-z]+)(?:\s*\{([^{}]*)\})?`)
	// numExponent matches a number's exponent written with "e": 6.022e23.
	numExponent = lazyRegexp(`^([-+]?[0-9.,]*)[eE]([-+]?[0-9]+)$`)
)

// siPrefixes are the symbols of siunitx's prefixes.
var siPrefixes = map[string]string{
	"quecto": "q", "ronto": "r", "yocto": "y", "zepto": "z", "atto": "a", "femto": "f", "pico": "p",
	"nano": "n", "micro": "µ", "milli": "m", "centi": "c", "deci": "d", "deca": "da", "deka": "da",
	"hecto": "h", "kilo": "k", "mega": "M", "giga": "G", "tera": "T", "peta": "P", "exa": "E",
	"zetta": "Z", "yotta": "Y", "ronna": "R", "quetta": "Q", "kibi": "Ki", "mebi": "Mi", "gibi": "Gi",
}

// siUnits are the symbols of siunitx's units.
var siUnits = map[string]string{
	"metre": "m", "meter": "m", "gram": "g", "kilogram": "kg", "second": "s", "ampere": "A",
	"kelvin": "K", "mole": "mol", "candela": "cd", "hertz": "Hz", "newton": "N", "pascal": "Pa",
	"joule": "J", "watt": "W", "coulomb": "C", "volt": "V", "farad": "F", "ohm": "Ω", "siemens": "S",
	"weber": "Wb", "tesla": "T", "henry": "H", "celsius": "°C", "degreeCelsius": "°C", "lumen": "lm",
	"lux": "lx", "becquerel": "Bq", "gray": "Gy", "sievert": "Sv", "katal": "kat", "radian": "rad",
	"steradian": "sr", "litre": "L", "liter": "L", "minute": "min", "hour": "h", "day": "d",
	"degree": "°", "arcminute": "′", "arcsecond": "″", "hectare": "ha", "tonne": "t",
	"electronvolt": "eV", "dalton": "Da", "atomicmassunit": "u", "bel": "B", "decibel": "dB",
	"neper": "Np", "percent": "%", "angstrom": "Å", "bar": "bar", "mmHg": "mmHg", "barn": "b",
	"astronomicalunit": "au", "byte": "B", "bit": "bit", "knot": "kn", "nauticalmile": "M",
	"clight": "c", "electronmass": "mₑ", "planckbar": "ℏ", "elementarycharge": "e", "bohr": "a₀",
	"hartree": "Eₕ", "micron": "µm", "torr": "Torr", "calorie": "cal", "kWh": "kWh",
}

// siunitxText writes the quantities, units, numbers and angles of
// siunitx in the formula t as text, their powers raised.
func siunitxText(t string) string {
	if !strings.Contains(t, `\SI`) && !strings.Contains(t, `\si`) && !strings.Contains(t, `\qty`) &&
		!strings.Contains(t, `\unit`) && !strings.Contains(t, `\num`) && !strings.Contains(t, `\ang`) {
		return t
	}
	t = texQuantity().ReplaceAllStringFunc(t, quantityText)
	t = texUnit().ReplaceAllStringFunc(t, siUnitText)
	return texNum().ReplaceAllStringFunc(t, numAngText)
}

// quantityText writes what texQuantity matched: "9.81 m/s^2", its scripts
// for texText to raise.
func quantityText(m string) string {
	g := texQuantity().FindStringSubmatch(m)
	return numText(g[1]) + " " + unitsText(g[2])
}

// siUnitText writes what texUnit matched.
func siUnitText(m string) string {
	return unitsText(texUnit().FindStringSubmatch(m)[1])
}

// numAngText writes what texNum matched: \num{6.022e23} is 6.022 × 10²³,
// \ang{30;15} 30°15′.
func numAngText(m string) string {
	g := texNum().FindStringSubmatch(m)
	if g[1] == "num" {
		return numText(g[2])
	}
	var b strings.Builder
	for i, part := range strings.Split(g[2], ";") {
		if part = strings.TrimSpace(part); part != "" && i < 3 {
			b.WriteString(numText(part) + []string{"°", "′", "″"}[i])
		}
	}
	return b.String()
}

// numText writes a number of siunitx: its exponent raised, "1.2e-3" as
// 1.2 × 10⁻³, and "+-" as ±.
func numText(n string) string {
	n = strings.Join(strings.Fields(n), "")
	n = strings.ReplaceAll(strings.ReplaceAll(n, "+-", " ± "), `\pm`, " ± ")
	g := numExponent().FindStringSubmatch(n)
	if g == nil {
		return n
	}
	exp := raise(strings.TrimPrefix(g[2], "+"), superscripts)
	if g[1] == "" {
		return "10" + exp
	}
	return g[1] + " × 10" + exp
}

// unitsText writes the units of siunitx: each command's symbol, a prefix
// joined to its unit, units apart by a space, \per and the powers
// (\squared, \cubic, \tothe{4}) raised: "\kilo\metre\per\second\squared"
// is km s⁻²; a unit typed as text, "m/s^2", stays for texText.
func unitsText(u string) string {
	if strings.IndexByte(u, '\\') < 0 {
		return u
	}
	var parts []siPart
	prefix, per, pre := "", false, "" // pre: the power \square or \cubic put before the next unit
	last := 0
	for _, loc := range unitMacro().FindAllStringSubmatchIndex(u, -1) {
		if t := u[last:loc[0]]; t != "" {
			parts = append(parts, siPart{text: t})
		}
		last = loc[1]
		name, arg := u[loc[2]:loc[3]], ""
		if loc[4] >= 0 {
			arg = u[loc[4]:loc[5]]
		}
		if p, ok := siPrefixes[name]; ok {
			prefix += p
			continue
		}
		switch name {
		case "per":
			per = true
		case "square", "cubic", "raiseto":
			pre = map[string]string{"square": "2", "cubic": "3", "raiseto": arg}[name]
		case "squared", "cubed", "tothe":
			if n := len(parts); n > 0 && parts[n-1].unit {
				parts[n-1].power = map[string]string{"squared": "2", "cubed": "3", "tothe": arg}[name]
			}
		default:
			sym, ok := siUnits[name]
			if !ok {
				parts = append(parts, siPart{text: u[loc[0]:loc[1]]}) // no unit of siunitx: texText's
				continue
			}
			parts = append(parts, siPart{text: prefix + sym, unit: true, power: pre, per: per})
			prefix, per, pre = "", false, ""
		}
	}
	if t := u[last:]; t != "" {
		parts = append(parts, siPart{text: t})
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 && p.unit && parts[i-1].unit {
			b.WriteByte(' ')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// A siPart is a unit of unitsText, with its power, or text between units.
type siPart struct {
	text  string
	unit  bool
	power string // "2", or "" for none
	per   bool   // under \per: the power is negative
}

// String returns the unit with its power raised: "s⁻²".
func (p siPart) String() string {
	power := p.power
	if p.per {
		power = "-" + cmp.Or(power, "1")
	}
	if power == "" {
		return p.text
	}
	if r := raise(power, superscripts); r != "" {
		return p.text + r
	}
	return p.text + "^(" + power + ")"
}
