package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// isOperatorAlias reports whether s names one operator by its two
// spellings, as SQL and shell cheat sheets write them: "AND or &&",
// "NOT or !", "!= or <>". Each side is one token, and one of them is all
// operator signs, so "cats or dogs" is no alias and the signs make no
// code of it.
func isOperatorAlias(s string) bool {
	a, b, ok := strings.Cut(s, " or ")
	if !ok || a == "" || b == "" || strings.ContainsRune(a, ' ') || strings.ContainsRune(b, ' ') {
		return false
	}
	if !operatorSigns(a) && !operatorSigns(b) {
		return false
	}
	return operatorToken(a) && operatorToken(b)
}

// operatorSigns reports whether s is one to three of the signs operators
// are written with: "&&", "||", "!", "<>", "!=".
func operatorSigns(s string) bool {
	return len(s) <= 3 && strings.Trim(s, "&|!<>=~^%+-*/") == ""
}

// operatorToken reports whether s spells an operator: signs, or a keyword
// in capitals ("AND", "XOR").
func operatorToken(s string) bool {
	if operatorSigns(s) {
		return true
	}
	if len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// callsAmongWords reports whether s, the text before a separator that
// isCodeLike took for code for its "()", only names calls among words:
// "getSharedPreferences().edit()에서 잊지말아야 하는 것" (what not to forget
// after edit()), "map() vs forEach()". Each "()" closes a name, and no
// other sign of code (a brace, an operator, a semicolon) stands in s, and
// a word that is no call stands beside the calls. Code, "x = f()", "f(); g()",
// has its other signs.
func callsAmongWords(s string) bool {
	if strings.ContainsAny(s, "{};<>=|\\") || strings.HasPrefix(s, "$") || s[0] == '-' || s[0] == '*' || s[0] == '+' {
		return false
	}
	words := false
	for w := range strings.FieldsSeq(s) {
		rest := w
		for {
			k := strings.Index(rest, "()")
			if k < 0 {
				break
			}
			if k == 0 {
				return false // "()" names nothing
			}
			if r, _ := utf8.DecodeLastRuneInString(rest[:k]); r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r) {
				return false
			}
			rest = rest[k+2:]
		}
		if !strings.Contains(w, "()") && hasWordChar(w) {
			words = true
		}
	}
	return words
}

// codeLabelFirst splits a line that opens with a code span holding a term
// and its colon, "`3-manuplating db : ` quering … -- التعامل مع البيانات",
// at the code span, whatever separator the rest of the line holds: the
// colon in the code span comes first, and a dash further on is the
// definition's own. (findSep reads no code.)
func (p *parsed) codeLabelFirst(n ast.Node, v view, lo, hi int) (split, bool) {
	if len(v.text) == 0 || v.text[0] != 0 {
		return split{}, false // the quick test: the line opens with no inline but text
	}
	s, ok := p.codeLead(n, lo, hi)
	if !ok {
		return split{}, false
	}
	term := strings.TrimSpace(p.plain(n, s.termLo, s.termHi))
	return s, strings.HasSuffix(term, ":") || strings.HasSuffix(term, "：")
}

// controlKeywords are the control-flow keywords of C-like languages and
// Python, which a programming glossary defines as terms, in small letters
// as code spells them: "- if: do an action when something is true",
// "- while: loops as long as condition true". As words they open clauses,
// and a term opening with them was taken for one.
var controlKeywords = map[string]bool{"if": true, "elif": true, "else": true, "while": true, "for": true}

// keywordNouns name what a control-flow keyword opens: "if statement", "for
// loop".
var keywordNouns = map[string]bool{"statement": true, "statements": true, "loop": true, "loops": true}

// isKeywordTerm reports whether term, before sep, is a control-flow
// keyword in small letters, alone or with the noun of what it opens, that a
// colon, a dash or an arrow defines: "if: do an action when something is
// true", "if statement - conditional statement …", "while loop → while a
// condition holds". "If D is empty" opens a clause, and
// "if is creates an unfair trial" is a sentence with a slip, not "if"
// defined by "is".
func isKeywordTerm(term, sep string) bool {
	k, noun, _ := strings.Cut(strings.TrimSpace(term), " ")
	return controlKeywords[k] && (noun == "" || keywordNouns[noun]) && (strings.ContainsAny(sep, ":-–—") || isArrowSep(sep))
}

// commandPurpose splits a fact about a command that names it in a code
// span and says what it is for: "The `terraform graph` command is used to
// generate a visual representation …" asks `terraform graph` and answers
// "generate a visual representation …"; "`terraform fmt` lets you format
// files" answers "format files". A kind of code after the span ("command",
// "flag", "argument" …) may then say what it does with a verb of its own:
// "The `depends_on` argument in Terraform creates an explicit dependency"
// answers "creates an explicit dependency". A sentence that only mentions a
// command, "Using `terraform apply -replace=…` allows you to …", opens with
// no code span and is no such fact. The answer is the fact's own sentence
// and those that go on about the command ("It also …", "This can …"), not a
// sentence of another subject after them (see ownSentenceEnd).
func (p *parsed) commandPurpose(n ast.Node, lo, hi int) (split, bool) {
	t := p.src[lo:hi]
	at := 0
	if bytes.HasPrefix(t, []byte("The ")) || bytes.HasPrefix(t, []byte("the ")) {
		at = len("The ")
	}
	ticks := 0
	for at+ticks < len(t) && t[at+ticks] == '`' {
		ticks++
	}
	if ticks == 0 {
		return split{}, false
	}
	fence := t[at : at+ticks]
	end := bytes.Index(t[at+ticks:], fence)
	if end <= 0 || bytes.IndexByte(t[at+ticks:at+ticks+end], '`') >= 0 {
		return split{}, false
	}
	termLo, termHi := lo+at, lo+at+ticks+end+ticks
	rest := string(p.src[termHi:hi])
	kind := false
	if w, r, ok := strings.Cut(strings.TrimPrefix(rest, " "), " "); ok && codeKinds[w] && rest[0] == ' ' {
		rest, kind = " "+r, true
		if in, r, ok := strings.Cut(r, " "); ok && in == "in" {
			// "in Terraform": one word names where the code belongs.
			if _, r, ok := strings.Cut(r, " "); ok {
				rest = " " + r
			}
		}
	}
	verb := ""
	for _, v := range purposeVerbs {
		if strings.HasPrefix(rest, v) {
			verb = v
			break
		}
	}
	defLo := termHi + len(p.src[termHi:hi]) - len(rest) + len(verb)
	if verb == "" {
		w, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
		// A command opening the line may do without its kind, "`git
		// status` shows …", unless the line asks: "`docker ps` shows
		// nothing, but you ran … What do you run next?" sets a quiz's scene.
		if !(kind || at == 0 && commandSpan(t[ticks:ticks+end]) && !p.blockAsks(n)) || !strings.HasPrefix(rest, " ") || !presentVerb([]byte(w)) {
			return split{}, false
		}
		defLo++ // the verb opens the answer: "creates an explicit dependency"
	}
	hi = ownSentenceEnd(p.src, defLo, hi) // "… state. Plans are saved with -out." answers up to "state."
	term, def := p.plain(n, termLo, termHi), p.plain(n, defLo, hi)
	s := split{termLo: termLo, termHi: termHi, defLo: defLo, defHi: hi, sep: "`"}
	if countFields(def) < 2 || strings.HasSuffix(def, "?") || !isCodeTerm(term) || !validDef(s, term, def) {
		return split{}, false
	}
	return s, true
}

// blockAsks reports whether block n holds a question mark, its lines
// read from the note as typed.
func (p *parsed) blockAsks(n ast.Node) bool {
	ls := n.Lines()
	if ls == nil || ls.Len() == 0 {
		return false
	}
	return bytes.ContainsAny(p.src[ls.At(0).Start:ls.At(ls.Len()-1).Stop], "?？")
}

// commandSpan reports whether code, a code span's text, is a shell
// command with its subcommand or argument, "git status", "docker ps -a",
// "ls -la": a program named in small letters, then what it is given. A
// command so named opens a fact about it when a verb in the present tense
// follows ("`git status` shows the current working tree status"), where
// one word, "`print` statements were removed", may be a word used as a
// noun's.
func commandSpan(code []byte) bool {
	sp := bytes.IndexByte(code, ' ')
	return sp > 0 && programName(string(code[:sp])) && shellCommand(code)
}

// codeKinds name what a code span is after it: "The `terraform graph`
// command", "the `-upgrade` flag" (see commandPurpose).
var codeKinds = map[string]bool{"command": true, "subcommand": true, "flag": true, "option": true,
	"argument": true, "block": true, "function": true, "keyword": true, "directive": true, "meta-argument": true}

// purposeVerbs say what a command is for, the answer after them (see
// commandPurpose). "allows" takes whom it allows with it, "`setfacl`
// allows us to set the ACL" answers "set the ACL", not "us to set the ACL".
var purposeVerbs = []string{" is used to ", " is used for ", " can be used to ", " lets you ", " allows you to ",
	" allows users to ", " allows us to ", " allows one to ", " allows ", " enables you to ", " helps you ", " helps to "}
