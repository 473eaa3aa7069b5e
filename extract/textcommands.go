package extract

import (
	"bytes"
	"strings"
)

// texTextMarks maps LaTeX's text commands to the Markdown they mean, the
// mark written on each side of their argument: "\textbf{x}" is **x**,
// "\hl{x}" (soul's highlight) ==x==. A command with no mark shows its text
// alone: "\textsc{Lemma}" is Lemma; hyperref's "\url{…}" is a link.
var texTextMarks = map[string]string{
	"textbf": "**", "textit": "*", "emph": "*", "textsl": "*", "hl": "==", "texttt": "`",
	"url": "", "underline": "", "uline": "", "textsc": "", "textrm": "", "textsf": "", "textup": "", "textnormal": "",
}

// texTextCommands rewrites the LaTeX text commands of texTextMarks that a
// note types in its text, outside formulas and code, as the Markdown they
// mean, line for line: "two kinds of \textit{computational complexity}"
// reads "two kinds of *computational complexity*", and "\hl{Faster air
// moves more.}" is a highlight. Notes pasted from LaTeX keep them, and
// neither Anki nor the sheet would show them but as their source. Inside
// $…$, $$…$$, \(…\), \[…\] and \begin{…}…\end{…} they are the formula's and
// stay as they are. src is returned when it holds no such command.
func texTextCommands(src []byte) []byte {
	if !containsText(src, `\text`) && !containsText(src, `\emph{`) && !containsText(src, `\hl{`) &&
		!containsText(src, `line{`) && !containsText(src, `\url{`) {
		return src
	}
	var out []byte // nil until a command is rewritten
	last := 0
	display, env := false, 0 // inside $$…$$ or \[…\] lines; the depth of \begin{…} lines
	textLines(src, func(off int, line []byte) {
		inMath := display || env > 0
		if n := bytes.Count(line, []byte("$$")); n > 0 {
			display = display != (n%2 == 1)
			inMath = true
		}
		if bytes.Contains(line, []byte(`\[`)) && !bytes.Contains(line, []byte(`\]`)) {
			display = true
		} else if bytes.Contains(line, []byte(`\]`)) && !bytes.Contains(line, []byte(`\[`)) {
			display, inMath = false, true
		}
		if b, e := bytes.Count(line, []byte(`\begin{`)), bytes.Count(line, []byte(`\end{`)); b != e {
			env = max(env+b-e, 0)
			inMath = true
		} else if b > 0 {
			inMath = true
		}
		if inMath || !bytes.Contains(line, []byte("{")) {
			return
		}
		if t, ok := textCommandsInLine(line, 0); ok {
			out = append(out, src[last:off]...)
			out = append(out, t...)
			last = off + len(line)
		}
	})
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// maxTextCommandArg bounds the argument of a text command, a paragraph at
// most: an unclosed brace is not sought to the end of a huge line.
const maxTextCommandArg = 4096

// maxTextCommandDepth bounds the commands rewritten inside a command's
// argument, "\textbf{\emph{x}}"; deeper ones stay as typed.
const maxTextCommandDepth = 3

// textCommandsInLine returns line with its text commands rewritten, and
// whether it rewrote one; depth counts the commands line is the argument
// of. Code spans, $…$, \(…\) and \[…\] are skipped; a command whose
// argument does not close on the line is left as typed.
func textCommandsInLine(line []byte, depth int) ([]byte, bool) {
	var out []byte
	last := 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '`':
			n := 1
			for i+n < len(line) && line[i+n] == '`' {
				n++
			}
			if j := bytes.Index(line[i+n:], line[i:i+n]); j >= 0 {
				i += n + j + n - 1
			} else {
				i += n - 1
			}
		case c == '$':
			j := bytes.IndexByte(line[i+1:], '$')
			if j < 0 {
				i = len(line)
				break
			}
			i += 1 + j
		case c != '\\' || i+1 == len(line):
		case line[i+1] == '(' || line[i+1] == '[':
			closer := []byte(`\)`)
			if line[i+1] == '[' {
				closer = []byte(`\]`)
			}
			j := bytes.Index(line[i+2:], closer)
			if j < 0 {
				i = len(line)
				break
			}
			i += 2 + j + 1
		default:
			md, end, ok := textCommandAt(line, i, depth)
			if !ok {
				i++ // "\$", "\\": an escape, then text
				break
			}
			out = append(out, line[last:i]...)
			out = append(out, md...)
			last = end
			i = end - 1
		}
	}
	if out == nil {
		return line, false
	}
	return append(out, line[last:]...), true
}

// textCommandAt reads the text command whose backslash is line[i],
// "\textit{word}", and returns its Markdown and the offset after its
// closing brace. The argument may hold braces in pairs and commands of its
// own, "\textbf{\emph{x}}"; spaces at its ends go outside the marks, which
// would not read as emphasis around them. An argument that types its own
// mark, "\emph{a*b}", shows as text.
func textCommandAt(line []byte, i, depth int) ([]byte, int, bool) {
	j := i + 1
	for j < len(line) && (line[j] >= 'a' && line[j] <= 'z' || line[j] >= 'A' && line[j] <= 'Z') {
		j++
	}
	mark, ok := texTextMarks[string(line[i+1:j])]
	if !ok || j == len(line) || line[j] != '{' {
		return nil, 0, false
	}
	braces, k, end := 0, j, min(len(line), j+maxTextCommandArg)
	for ; k < end; k++ {
		if line[k] == '\\' {
			k++
			continue
		}
		if line[k] == '{' {
			braces++
		} else if line[k] == '}' {
			if braces--; braces == 0 {
				break
			}
		}
	}
	if k >= end {
		return nil, 0, false
	}
	arg := line[j+1 : k]
	if string(line[i+1:j]) == "url" {
		return urlLink(arg), k + 1, true
	}
	if mark != "" && bytes.Contains(arg, []byte(mark[:1])) {
		mark = ""
	}
	if depth < maxTextCommandDepth {
		if inner, ok := textCommandsInLine(arg, depth+1); ok {
			arg = inner
		}
	}
	trimmed := bytes.TrimSpace(arg)
	if len(trimmed) == 0 {
		mark = ""
	}
	lead := arg[:bytes.Index(arg, trimmed)]
	md := make([]byte, 0, len(arg)+2*len(mark))
	md = append(md, lead...)
	md = append(md, mark...)
	md = append(md, trimmed...)
	md = append(md, mark...)
	md = append(md, arg[len(lead)+len(trimmed):]...)
	return md, k + 1, true
}

// urlLink returns the Markdown of hyperref's \url{arg}: an autolink,
// "<https://…>", when arg is an address with its scheme and no space, else
// arg as text.
func urlLink(arg []byte) []byte {
	a := bytes.TrimSpace(arg)
	if bytes.Index(a, []byte("://")) <= 0 || bytes.ContainsAny(a, " \t<>") {
		return a
	}
	return append(append([]byte{'<'}, a...), '>')
}

// keyCommands are LaTeX's commands whose argument names a label, a work
// cited or a file, no text to print: "\ref{fig:1}" stays as typed, not
// "fig:1" (see ownMacroArgs).
var keyCommands = map[string]bool{
	"ref": true, "eqref": true, "pageref": true, "autoref": true, "cref": true, "Cref": true,
	"cite": true, "citep": true, "citet": true, "includegraphics": true, "input": true, "include": true,
	"begin": true, "end": true,
}

// ownMacroArgs writes each command of the sheet's text t that a note
// defines for its own LaTeX preamble and types with one argument in
// braces, "\far{mannitolo}", as that argument, mannitolo: a pandoc note
// styles its drugs and diseases so, and the sheet printed "\farf{diuretici}"
// and "\todo{qualche minuto}". A command the sheet's formulas know,
// "\sqrt{x}", one of keyCommands, one that takes two arguments and one
// inside a word or a path, "so\toring", "C:\Users{…}", stay as typed, as
// does a command without an argument, "\ini", whose meaning only its
// preamble tells.
func ownMacroArgs(t []byte) []byte {
	var out []byte
	last := 0 // t[:last] is in out
	for i := 0; i < len(t); i++ {
		if t[i] != '\\' || i > 0 && strings.IndexByte(" \t\n(\"'", t[i-1]) < 0 {
			continue
		}
		name, end, ok := ownMacroAt(t, i)
		if !ok {
			continue
		}
		out = append(out, t[last:i]...)
		out = append(out, ownMacroArgs(t[i+2+len(name):end-1])...)
		last, i = end, end-1
	}
	if last == 0 {
		return t
	}
	return append(out, t[last:]...)
}

// ownMacroAt reads the command whose backslash is t[i] and returns its
// name and the offset after the closing brace of its one argument, when
// it is a note's own macro (see ownMacroArgs).
func ownMacroAt(t []byte, i int) (string, int, bool) {
	j := i + 1
	for j < len(t) && isASCIILetter(t[j]) {
		j++
	}
	name := string(t[i+1 : j])
	if name == "" || j == len(t) || t[j] != '{' || keyCommands[name] {
		return "", 0, false
	}
	depth, k := 0, j
	for ; k < len(t) && k < j+maxTextCommandArg; k++ {
		if t[k] == '{' {
			depth++
		} else if t[k] == '}' {
			if depth--; depth == 0 {
				break
			}
		}
	}
	if depth != 0 || k+1 < len(t) && t[k+1] == '{' {
		return "", 0, false
	}
	if _, ok := texSigns[name]; ok || !strings.Contains(texText(`\`+name+`{x}`), `\`+name) {
		return "", 0, false // a formula's command: "\sqrt{x}" is √x
	}
	return name, k + 1, true
}
