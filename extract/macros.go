package extract

import (
	"bytes"
	"strings"
)

// texMacros expands the macros a note defines for its formulas, with
// \newcommand, \renewcommand, \def, KaTeX's \gdef or amsmath's
// \DeclareMathOperator ("{\tr}{tr}" is \operatorname{tr}), into every
// later formula, and drops the definitions, line for line. A card is typeset
// alone, so a macro defined in one formula is unknown on every other card:
// a chemistry note writes "$\newcommand{ra}{\rightarrow\text{ }}\ce{H3O+}\ra$
// Hydronium" once and "$\ce{OH-}\ra$ Hydroxide" below, which showed "\ra"
// in red. Macros take their arguments in braces, #1 to #9; a definition
// that spans lines or takes another form stays as it is. Code is left as it
// is. src is returned when it defines no macro.
func texMacros(src []byte) []byte {
	if bytes.IndexByte(src, '\\') < 0 || !containsText(src, `ewcommand`) && !containsText(src, `def\`) && !containsText(src, `DeclareMathOperator`) {
		return src // every macro is defined by a command: a note without a backslash has none
	}
	x := macroExpander{macros: map[string]texMacro{}}
	var out []byte
	var fence fenceState
	display := false // inside a "$$" block
	for off := 0; off < len(src); {
		line, end := lineAt(src, off)
		code := fence.next(line)
		if !code && bytes.Equal(bytes.TrimSpace(line), []byte("$$")) {
			display = !display
		}
		if code || bytes.IndexByte(line, '\\') < 0 || !display && bytes.IndexByte(line, '$') < 0 {
			out = append(out, line...) // no formula: "\R" in prose is text
		} else {
			out = x.line(out, line, display)
		}
		off = end
		if len(out) > 2*len(src)+1<<16 {
			return src // a macro used over and over: left to MathJax
		}
	}
	if len(x.macros) == 0 {
		return src
	}
	return out
}

// A texMacro is a macro defined in a note: its number of arguments and its
// body, where #1 … #9 stand for them.
type texMacro struct {
	args int
	body string
}

// A macroExpander holds the macros defined so far, by name without the
// backslash.
type macroExpander struct {
	macros map[string]texMacro
}

// line appends line to out with the definitions of its formulas dropped
// and the macros defined so far expanded in them; display tells whether the
// line lies in a "$$" block. Text and code spans stay as they are.
func (x *macroExpander) line(out, line []byte, display bool) []byte {
	math := display
	for i := 0; i < len(line); {
		if line[i] == '$' {
			n := 1
			if i+1 < len(line) && line[i+1] == '$' {
				n = 2
			}
			math = !math
			out = append(out, line[i:i+n]...)
			i += n
			continue
		}
		if !math && line[i] == '`' {
			n := codeSpanLen(line[i:])
			out = append(out, line[i:i+n]...)
			i += n
			continue
		}
		if !math && line[i] == '\\' {
			out = append(out, line[i:min(i+2, len(line))]...) // "\$5" opens no formula
			i += 2
			continue
		}
		if !math || line[i] != '\\' {
			out = append(out, line[i])
			i++
			continue
		}
		name := controlWord(line[i+1:])
		if name == "" {
			out = append(out, line[i:min(i+2, len(line))]...)
			i += 2
			continue
		}
		if n, ok := x.define(line[i:], name); ok {
			i += n
			// "$\newcommand{…}{…}$" alone leaves no empty formula behind.
			for k := 0; k < 2 && len(out) > 0 && out[len(out)-1] == '$' && i < len(line) && line[i] == '$'; k++ {
				out = out[:len(out)-1]
				i++
				math = display
			}
			continue
		}
		if n, body, ok := x.use(line[i:], name); ok {
			out = append(out, body...)
			i += n
			continue
		}
		out = append(out, line[i:i+1+len(name)]...)
		i += 1 + len(name)
	}
	return out
}

// define reads the definition that opens t, whose control word is name, and
// records it: it returns the definition's length.
func (x *macroExpander) define(t []byte, name string) (int, bool) {
	var m texMacro
	var macro, operator string // operator: the command the body is the name of
	i := 1 + len(name)
	switch name {
	case "newcommand", "renewcommand":
		// "\newcommand{\ra}{…}", "\newcommand\ra{…}", "\newcommand{ra}[1]{…}"
		macro, i = definedName(t, i)
		i = skipSpaces(t, i)
		if i+2 < len(t) && t[i] == '[' && t[i+1] >= '0' && t[i+1] <= '9' && t[i+2] == ']' {
			m.args = int(t[i+1] - '0')
			i += 3
		}
	case "def", "gdef":
		// "\def\ra{…}", "\def\vec#1{…}", KaTeX's "\gdef\R{\mathbb{R}}"
		if i >= len(t) || t[i] != '\\' {
			return 0, false
		}
		macro = controlWord(t[i+1:])
		i += 1 + len(macro)
		for i+1 < len(t) && t[i] == '#' && t[i+1] == byte('1'+m.args) {
			m.args++
			i += 2
		}
	case "DeclareMathOperator":
		// "\DeclareMathOperator{\tr}{tr}", "\DeclareMathOperator*{\argmax}{arg\,max}":
		// the operator's name, upright, with limits under it when starred
		operator = `\operatorname`
		if i < len(t) && t[i] == '*' {
			operator += "*"
			i++
		}
		macro, i = definedName(t, i)
	default:
		return 0, false
	}
	if macro == "" || controlWord([]byte(macro)) != macro {
		return 0, false
	}
	i = skipSpaces(t, i)
	body, ok := braced(t[i:])
	if !ok {
		return 0, false
	}
	m.body = string(x.expand(body[1 : len(body)-1]))
	if operator != "" {
		m.body = operator + "{" + m.body + "}"
	}
	x.macros[macro] = m
	return i + len(body), true
}

// definedName reads the name a definition defines at t[i:], after spaces,
// in braces or not: "{\ra}", "{ra}", "\ra". It returns the name without
// its backslash, "" when there is none, and where it ends.
func definedName(t []byte, i int) (string, int) {
	i = skipSpaces(t, i)
	if g, ok := braced(t[i:]); ok {
		return strings.TrimPrefix(strings.TrimSpace(string(g[1:len(g)-1])), `\`), i + len(g)
	}
	if i < len(t) && t[i] == '\\' {
		name := controlWord(t[i+1:])
		return name, i + 1 + len(name)
	}
	return "", i
}

// use expands the macro that opens t, whose control word is name: it
// returns the length it takes with its arguments and its expansion.
func (x *macroExpander) use(t []byte, name string) (int, []byte, bool) {
	m, ok := x.macros[name]
	if !ok {
		return 0, nil, false
	}
	i := 1 + len(name)
	args := make([][]byte, m.args)
	for k := range args {
		i = skipSpaces(t, i)
		g, ok := braced(t[i:])
		if !ok {
			return 0, nil, false // "\vec x": an argument without braces is left to MathJax
		}
		args[k] = x.expand(g[1 : len(g)-1])
		i += len(g)
	}
	body := []byte(m.body)
	for k := len(args) - 1; k >= 0; k-- {
		body = bytes.ReplaceAll(body, []byte{'#', byte('1' + k)}, args[k])
	}
	return i, body, true
}

// expand returns t with the macros defined so far expanded, once.
func (x *macroExpander) expand(t []byte) []byte {
	if bytes.IndexByte(t, '\\') < 0 {
		return t
	}
	y := macroExpander{macros: x.macros}
	var out []byte
	for i := 0; i < len(t); {
		name := ""
		if t[i] == '\\' {
			name = controlWord(t[i+1:])
		}
		if name != "" {
			if n, body, ok := y.use(t[i:], name); ok {
				out = append(out, body...)
				i += n
				continue
			}
			out = append(out, t[i:i+1+len(name)]...)
			i += 1 + len(name)
			continue
		}
		out = append(out, t[i])
		i++
	}
	return out
}

// codeSpanLen returns the length of the code span that opens t, or of its
// backticks when they close nothing.
func codeSpanLen(t []byte) int {
	n := 1
	for n < len(t) && t[n] == '`' {
		n++
	}
	if j := bytes.Index(t[n:], t[:n]); j >= 0 {
		return n + j + n
	}
	return n
}

// controlWord returns the letters that open t, the name of a TeX control
// word after its backslash.
func controlWord(t []byte) string {
	n := 0
	for n < len(t) && isLetter(t[n]) {
		n++
	}
	return string(t[:n])
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// skipSpaces returns the index of the first byte of t from i on that is
// not a space.
func skipSpaces(t []byte, i int) int {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

// braced returns the group in balanced braces that opens t, braces
// included; an escaped brace, "\{", is no brace of the group.
func braced(t []byte) ([]byte, bool) {
	if len(t) == 0 || t[0] != '{' {
		return nil, false
	}
	depth := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return t[:i+1], true
			}
		case '\n':
			return nil, false
		}
	}
	return nil, false
}
