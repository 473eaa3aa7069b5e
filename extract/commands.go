package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// isCallName reports whether s is a function or method named with empty
// brackets, as language notes list them without code spans: "append()",
// "str.split()", "Vec::new()", ".clone()". Such a name is a term although
// its brackets read as code (see isCodeLike); a call with arguments or an
// expression ("f() = g()") is not one.
func isCallName(s string) bool {
	name, ok := strings.CutSuffix(s, "()")
	if !ok || name == "" || utf8.RuneCountInString(name) > 40 {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_' || r == '.' || unicode.IsLetter(r):
		case r == ':' || unicode.IsNumber(r):
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	return last != '.' && last != ':'
}

// isPlaceholderCommand reports whether s is a command written with its
// arguments as placeholders in angle brackets, as command notes list it
// before what it does: "git branch <name>", "git checkout -b <branch>",
// "docker exec <container-id> cat /etc/hosts". The brackets read as code
// (see isCodeLike); with each placeholder read as a word, the command is a
// term. It opens with a command word in lower case, not a tag: "<div> a
// block" is HTML.
func isPlaceholderCommand(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' || !strings.Contains(s, "<") {
		return false
	}
	var b strings.Builder
	for {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			b.WriteString(s)
			break
		}
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 || !isPlaceholderName(s[lt+1:lt+gt]) {
			return false
		}
		b.WriteString(s[:lt])
		b.WriteString("x")
		s = s[lt+gt+1:]
	}
	return isTerm(b.String())
}

// isPlaceholderName reports whether name, inside angle brackets, names an
// argument to fill in: a letter, then letters, digits, '-', '_' or '.'
// ("name", "container-id", "file_name"), and no tag a card shows.
func isPlaceholderName(name string) bool {
	if name == "" || len(name) > 30 || !(name[0] >= 'a' && name[0] <= 'z' || name[0] >= 'A' && name[0] <= 'Z') {
		return false
	}
	for _, c := range []byte(name) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	low := strings.ToLower(name)
	return !allowedTags[low] && !hasKey(wrapperTags, low)
}

// isStatementTerm reports whether s is a statement of SQL as a cheat sheet
// lists it before what it does, without a code span: a keyword in capitals
// first, a dozen words at most, one space apart, and the semicolon that
// ends a statement ("SHOW DATABASES;", "CREATE TABLE table_name (column
// definitions);"). Its semicolon reads as code (see isCodeLike), its
// capitals as no clause.
func isStatementTerm(s string) bool {
	t, ok := strings.CutSuffix(s, ";")
	if !ok {
		return false
	}
	words := strings.Split(t, " ")
	if len(words) > 12 || len(words[0]) < 2 || strings.ContainsFunc(words[0], func(r rune) bool { return r < 'A' || r > 'Z' }) {
		return false
	}
	for _, w := range words[1:] {
		if w == "" || strings.Contains(w, ";") {
			return false
		}
	}
	return true
}

// pathGoesOn reports whether after, the text right after a "::" written
// tight between two names, goes on as a path of code does: the name is
// called, given type arguments or followed by another "::" ("Vec::new()",
// "String::from(s)", "HashMap::<K, V>", "std::io::Result"). Such a "::" is
// Rust's or C++'s path, whatever the case of the name before it, and asks
// nothing as Anki's "Question::Answer" does.
func pathGoesOn(after string) bool {
	k := 0
	for k < len(after) && isIdent(after[k]) {
		k++
	}
	rest := after[k:]
	return k > 0 && (strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "<") || strings.HasPrefix(rest, "::"))
}

// A codeRole is the part a block plays in a cheat sheet written as code
// blocks and the lines that name them (see codeRoles).
type codeRole uint8

const (
	roleNone    codeRole = iota
	roleCaption          // a line naming the task of the code block under it
	roleCommand          // a short code block explained by the paragraph under it
)

// codeRoles reads nodes, sibling blocks, for the runs of a cheat sheet kept
// as code blocks, each beside the paragraph that says what it does. Notes
// write the pairs either way round:
//
//	List all pods in current namespace      ```
//	```                                     git log
//	kubectl get pods                        ```
//	```                                     Shows you a list of your most recent commits
//
// Alone, a paragraph and a block of code are prose and its example; a run
// of two pairs or more, paragraphs and short blocks in turn, is a list of
// commands. Which way round its pairs go is told by the run's ends: one
// that opens with a paragraph and ends with code names each block above
// it, one that opens with code and ends with a paragraph explains each
// block below it; an odd run's first block is left out, an introduction
// or a block of its own. A caption whose block is followed by more code
// names a step of a longer task, not the block: it is left out. The
// paragraphs that name a block are short lines that state nothing ("Get
// logs from pod", "To list pods:"). It returns nil when nodes hold no such
// run, the role of each node otherwise.
func (b *builder) codeRoles(nodes []ast.Node) []codeRole {
	var roles []codeRole
	for i := 0; i < len(nodes); {
		if !isFence(nodes[i]) && (i+1 == len(nodes) || !isFence(nodes[i+1])) {
			i++ // a run opens with code or the paragraph over it
			continue
		}
		j := i
		for j < len(nodes) && b.codePairPart(nodes[j]) && (j == i || isFence(nodes[j]) != isFence(nodes[j-1])) {
			j++
		}
		if j == i {
			i++
			continue
		}
		lo, hi := i, j // the run is nodes[lo:hi]
		i = j
		if (hi-lo)%2 == 1 {
			lo++
		}
		if hi-lo >= 4 && !isFence(nodes[lo]) && hi < len(nodes) && isCode(nodes[hi]) {
			hi -= 2 // more code after the last: a step of a longer task
		}
		if hi-lo < 4 {
			continue
		}
		role := roleCommand
		if !isFence(nodes[lo]) {
			role = roleCaption
			for k := lo; k < hi; k += 2 {
				if !b.captionLine(nodes[k]) {
					role = roleNone
				}
			}
		} else {
			for k := lo; k < hi; k += 2 {
				if n := nodes[k].Lines().Len(); n > 2 || b.leadsOn(nodes[k+1]) {
					role = roleNone
				}
			}
		}
		if role == roleNone {
			continue
		}
		if roles == nil {
			roles = make([]codeRole, len(nodes))
		}
		for k := lo; k < hi; k += 2 {
			roles[k] = role
		}
	}
	return roles
}

// isCode reports whether n is a block of code, fenced or indented.
func isCode(n ast.Node) bool {
	switch n.(type) {
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return true
	}
	return false
}

// isFence reports whether n is a fenced block of code.
func isFence(n ast.Node) bool {
	_, ok := n.(*ast.FencedCodeBlock)
	return ok
}

// codePairPart reports whether n can be one side of a pair of codeRoles: a
// fenced block of one to four short lines, or a paragraph of one to three
// lines and sixty words at most, with no link to follow.
func (b *builder) codePairPart(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.FencedCodeBlock:
		if n.Lines().Len() == 0 || n.Lines().Len() > 4 || b.p.ankiFence(n) || b.p.pluginFence(n) {
			return false
		}
		for i := 0; i < n.Lines().Len(); i++ {
			s := n.Lines().At(i)
			if isBlank(s.Value(b.p.src)) || s.Len() > 120 {
				return false
			}
		}
		return true
	case *ast.Paragraph:
		if l := len(b.p.lines(n)); l > 3 {
			return false
		}
		t := b.p.plain(n, 0, everything)
		return t != "" && countFields(t) <= 60 && !strings.Contains(t, "://")
	}
	return false
}

// leadsOn reports whether n, a paragraph after a block of code, ends with a
// colon: it leads on to the block below it, and explains none above it.
// "As data grows:" over "1 Server", "becomes:" and "10 Servers" is one
// sentence through its code; read as commands, it asked "1 Server" and
// answered "becomes:".
func (b *builder) leadsOn(n ast.Node) bool {
	t := strings.TrimSpace(b.p.plain(n, 0, everything))
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// continuesCode reports whether n, a paragraph of text t, goes on with the
// sentence of the block of code above it: it opens in lower case right
// under the code, "becomes:" between "1 Server" and "10 Servers". It
// names no task of the code below it.
func continuesCode(n ast.Node, t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r) && n.PreviousSibling() != nil && isCode(n.PreviousSibling())
}

// captionLine reports whether n, a paragraph over a block of code, names
// the task of the code as a title does: one line of twelve words at most
// that ends in no full stop ("List all contexts", "To list pods:").
func (b *builder) captionLine(n ast.Node) bool {
	if len(b.p.lines(n)) != 1 {
		return false
	}
	t := strings.TrimSpace(b.p.plain(n, 0, everything))
	return countFields(t) <= 12 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ",")
}

// captionCard makes the card of a line that names the code under it: the
// line asks, the code answers ("List all contexts" → kubectl config
// get-contexts; see codeCaption). A line among the captions that only bids
// the reader look at the code or pick from it (see pointsToExample), "Do
// one of the following:", asks nothing: its code stays on its heading's
// card.
func (b *builder) captionCard(n, code ast.Node, sc scope) {
	if pointsToExample(strings.TrimSpace(b.p.plain(n, 0, everything))) {
		return
	}
	front, opening := b.p.codeCaption(n, sc)
	if b.add(front, opening+b.p.blocksHTML([]ast.Node{code}), Basic, b.p.lineOf(n), sc) {
		b.cover(n, code)
	}
	b.keyColumns(code, sc) // "In tmux, hit the prefix and then:" over "c  create window"
}

// commandCard makes the card of a short block of code explained by the
// paragraph under it: the command asks, in code, and the paragraph
// answers ("git log" → Shows you a list of your most recent commits).
func (b *builder) commandCard(code, n ast.Node, sc scope) {
	var lines []string
	for i := 0; i < code.Lines().Len(); i++ {
		seg := code.Lines().At(i)
		l := strings.TrimSpace(string(seg.Value(b.p.src)))
		lines = append(lines, "<code>"+escapeText(l)+"</code>")
	}
	if b.add(strings.Join(lines, "<br>"), b.p.blocksHTML([]ast.Node{n}), Basic, b.p.lineOf(code), sc) {
		b.cover(code, n)
	}
}

// commentedLines makes a card of each line of code n that a comment at its
// end explains, when such lines are two in three of its lines of code or
// more, as cheat sheets keep their commands:
//
//	```
//	3yy # yank 3 lines
//	2dd # cut 2 lines
//	```
//
// The command asks, in code, and its comment answers: 3yy → yank 3 lines.
// Lines that are comments alone ("# Validate it") are no command; a
// program with a comment here and there ("x = 1  # start") is code to
// read whole, its lines no cards.
func (b *builder) commentedLines(n *ast.FencedCodeBlock, sc scope) {
	lines := n.Lines()
	if lines.Len() < 2 || b.p.ankiFence(n) || b.p.pluginFence(n) {
		return
	}
	type commented struct {
		code, comment string
		line          int
	}
	var found []commented
	code := 0
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		l := bytes.TrimSpace(seg.Value(b.p.src))
		if len(l) == 0 || l[0] == '#' || bytes.HasPrefix(l, []byte("//")) {
			continue
		}
		code++
		if at, w, ok := lineComment(l); ok && !showsResult(l[at+w:]) && !marksExample(l[at+w:]) {
			// "$   # only a comment": a prompt with no command counts
			// in the pattern but asks nothing.
			cmd := bytes.TrimSpace(l[min(shellPrompt(l), at):at])
			cmd = cmd[treeBranch(cmd):]
			found = append(found, commented{string(cmd), string(bytes.TrimSpace(l[at+w:])), b.p.line(seg.Start)})
		}
	}
	if len(found) < 2 || len(found)*3 < code*2 {
		b.captionedCommands(n, sc)
		return
	}
	for _, c := range found {
		if c.code == "" {
			continue
		}
		b.add("<code>"+escapeText(c.code)+"</code>", escapeText(c.comment), Basic, c.line, sc)
	}
}

// treeBranch measures the branch that opens cmd, a line of a directory
// tree as the tree command draws it, "├── ", "└── " or "│   ├── ": drawn,
// not typed, and no part of the file's name ("├── main.tf  # resources"
// asks "main.tf"); 0 when cmd opens with none.
func treeBranch(cmd []byte) int {
	i := 0
	for i < len(cmd) {
		r, n := utf8.DecodeRune(cmd[i:])
		if r != ' ' && (r < boxDrawingFirst || r > boxDrawingLast) {
			break
		}
		i += n
	}
	return i
}

// boxDrawingFirst and boxDrawingLast bound Unicode's block of box-drawing
// signs, which draw a directory tree's branches.
const (
	boxDrawingFirst = '\u2500'
	boxDrawingLast  = '\u257F'
)

// shellLangs are the languages a fence of shell commands is tagged with.
var shellLangs = map[string]bool{"": true, "sh": true, "bash": true, "shell": true, "zsh": true,
	"console": true, "shell-session": true, "shellsession": true, "terminal": true}

// A commandGroup is a comment alone on its line over the commands it names,
// in a fence of shell commands.
type commandGroup struct {
	caption string
	cmds    []string
	lines   []int // the file line of each command
	line    int
}

// captionedCommands makes a card of each group of fence n when n, a fence
// of shell commands, is made of two groups or more, parted by blank lines,
// each a comment alone on its line over one to three commands, as cheat
// sheets caption their commands:
//
//	```sh
//	# Remove untracked files
//	$ git clean -df
//
//	# List stashes
//	$ git stash list
//	```
//
// The comment asks and its commands answer, in code, their prompts left
// off: Remove untracked files → git clean -df. A script whose comments
// narrate its steps has a line of code outside such groups, or an indented
// one, and makes no card.
func (b *builder) captionedCommands(n *ast.FencedCodeBlock, sc scope) {
	lang := strings.ToLower(string(n.Language(b.p.src)))
	if !shellLangs[lang] {
		return
	}
	groups, ok := b.p.commandGroups(n)
	if !ok || len(groups) < 2 {
		return
	}
	if lang = langSafe().ReplaceAllString(string(n.Language(b.p.src)), ""); lang != "" {
		lang = ` class="language-` + lang + `"`
	}
	for _, g := range groups {
		back := "<pre><code" + lang + ">" + escapeText(strings.Join(g.cmds, "\n")) + "</code></pre>"
		b.add(captionFront(g.caption, sc), back, Basic, g.line, sc)
		b.commentedCommands(g, sc.with(g.caption))
	}
}

// commentedCommands makes a card of each command of group g that a
// comment at its end explains, as a guide mixes captions with such lines:
//
//	# Staging Area -> Commits
//	git log
//	git log --oneline  # 한줄로 보기 옵션
//
// The command asks, in code, and its comment answers, under the caption
// as its context (sc): git log --oneline → 한줄로 보기 옵션. A comment that
// shows what the line prints or marks it as an example answers nothing.
func (b *builder) commentedCommands(g commandGroup, sc scope) {
	for i, c := range g.cmds {
		at, w, ok := lineComment([]byte(c))
		if !ok || showsResult([]byte(c[at+w:])) || marksExample([]byte(c[at+w:])) {
			continue
		}
		cmd := strings.TrimSpace(c[:at])
		b.add("<code>"+escapeText(cmd)+"</code>", escapeText(strings.TrimSpace(c[at+w:])), Basic, g.lines[i], sc)
	}
}

// captionFront is the front a command group's caption asks: a caption of
// one word, "# List" or "# Drop" under "## Stash", names no command by
// itself ("# List" captions "git tag" under "## Tags" too) and is asked
// with its section, "Stash: List"; a caption of more words, "# Remove
// untracked files", asks alone.
func captionFront(caption string, sc scope) string {
	o := headingName(sc.ownerName())
	if strings.ContainsAny(caption, " \t") || o == "" {
		return escapeText(caption)
	}
	return escapeText(o) + ": " + escapeText(caption)
}

// shellCommand reports whether l reads as a shell command: a program's
// name, then its arguments. "print(xs)" calls and "xs = [1, 2]" assigns,
// in a program.
func shellCommand(l []byte) bool {
	f := bytes.Fields(l)
	if len(f) == 0 || len(f) > 1 && string(f[1]) == "=" {
		return false
	}
	for _, c := range f[0] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("_.-/~", c) >= 0) {
			return false
		}
	}
	return true
}

// commandGroups parts the lines of fence n into commandGroups; ok is false
// when a line fits no group: code with no comment over it, a comment with
// no command under it, a command indented, one of four or more, or a line
// that is no command.
func (p *parsed) commandGroups(n *ast.FencedCodeBlock) (groups []commandGroup, ok bool) {
	lines := n.Lines()
	open := false // the last group takes commands: a blank line closes it
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		raw := seg.Value(p.src)
		l := bytes.TrimSpace(raw)
		switch {
		case len(l) == 0:
			if open && len(groups[len(groups)-1].cmds) == 0 {
				return nil, false
			}
			open = false
		case l[0] == '#':
			caption := bytes.TrimSpace(bytes.TrimLeft(l, "#"))
			if open && len(groups[len(groups)-1].cmds) == 0 || !bytes.ContainsFunc(caption, unicode.IsLetter) {
				return nil, false
			}
			groups = append(groups, commandGroup{caption: string(caption), line: p.line(seg.Start)})
			open = true
		default:
			cmd := bytes.TrimSpace(l[shellPrompt(l):])
			if !open || raw[0] == ' ' || raw[0] == '\t' || len(groups[len(groups)-1].cmds) == 3 || !shellCommand(cmd) {
				return nil, false
			}
			g := &groups[len(groups)-1]
			g.cmds = append(g.cmds, string(cmd))
			g.lines = append(g.lines, p.line(seg.Start))
		}
	}
	if open && len(groups[len(groups)-1].cmds) == 0 {
		return nil, false
	}
	return groups, true
}

// showsResult reports whether comment, after a line of code, shows what
// the line prints or gives rather than what it does, "# output: myuser",
// "// => [1, 2]": an exercise's expected value, no answer to learn.
func showsResult(comment []byte) bool {
	t := bytes.TrimSpace(comment)
	for _, arrow := range []string{"=>", "->", "→", "=="} {
		if bytes.HasPrefix(t, []byte(arrow)) {
			return true
		}
	}
	w, _, ok := bytes.Cut(t, []byte(":"))
	if !ok {
		return false
	}
	switch strings.ToLower(string(bytes.TrimSpace(w))) {
	case "output", "outputs", "out", "result", "prints", "returns", "expected":
		return true
	}
	return false
}

// marksExample reports whether comment, after a line of code, only marks
// the line as an example of the commands above it ("docker run busybox
// echo hi  # example"): it says nothing the command does.
func marksExample(comment []byte) bool {
	switch strings.ToLower(string(bytes.Trim(comment, " \t.:!()"))) {
	case "example", "examples", "e.g", "eg", "ex", "for example", "sample":
		return true
	}
	return false
}

// shellPrompt measures the shell prompt that opens cmd, a command copied
// from a terminal with its prompt: "$ ", "~$ " or "me@box:~/src$ " is
// typed by the shell, not by the student, and no part of the command; 0
// when cmd opens with none.
func shellPrompt(cmd []byte) int {
	sp := bytes.IndexByte(cmd, ' ')
	if sp < 1 {
		return 0
	}
	p := cmd[:sp]
	if p[len(p)-1] != '$' {
		return 0
	}
	if len(p) > 1 && !bytes.HasPrefix(p, []byte("~")) && !bytes.ContainsAny(p, "@:") {
		return 0 // "a$ b" is no prompt
	}
	return sp + len(cmd[sp:]) - len(bytes.TrimLeft(cmd[sp:], " "))
}

// lineComment finds the comment that ends l, a line of code: a "#" or
// "//" after a space and before one, outside quotes ("docker ps  # running
// containers"), at index at and w bytes long. The comment must say
// something in words, and code come before it.
func lineComment(l []byte) (at, w int, ok bool) {
	quote := byte(0)
	for i := 1; i < len(l); i++ {
		c := l[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			continue
		case c == '"' || c == '\'' || c == '`':
			quote = c
			continue
		}
		w = 0
		switch {
		case c == '#':
			w = 1
		case c == '/' && i+1 < len(l) && l[i+1] == '/':
			w = 2
		}
		if w == 0 || (l[i-1] != ' ' && l[i-1] != '\t') || i+w >= len(l) || l[i+w] != ' ' {
			continue
		}
		return i, w, len(bytes.TrimSpace(l[:i])) > 0 && bytes.ContainsFunc(l[i+w:], unicode.IsLetter)
	}
	return 0, 0, false
}

// modifierKeys are the keys a keyboard shortcut holds down, written before
// a "+": "ctrl + X S -> save", "Alt + F4 → close the window". A sum of them
// is a key chord, no sum of species (see isSpeciesSum).
var modifierKeys = map[string]bool{"ctrl": true, "control": true, "alt": true, "shift": true,
	"cmd": true, "command": true, "option": true, "opt": true, "win": true, "super": true,
	"meta": true, "fn": true}

// argDashColon reports whether t, a line's text with a " - " ending at j,
// goes on with a colon and a space there: "cd - : go back", "git checkout -
// : previous branch". The dash is the command's own argument, which goes
// back to the last directory or branch, and the colon after it the
// separator.
func argDashColon(t []byte, j int) bool {
	return j < len(t) && t[j] == ':' && (j+1 == len(t) || t[j+1] == ' ' || t[j+1] == '\t')
}

// isDotCommand reports whether s is a shell command whose last argument
// is a path of dots, as command notes list it before what it does: "cd
// ..", "git add .", "docker build -t app .", "cd ../..". Its final dot
// ends no sentence: the command opens with a program's name in small
// letters, and its arguments, five at most, are signs and letters with
// no comma nor semicolon. "see more ..." trails off.
func isDotCommand(s string) bool {
	sp := strings.LastIndexByte(s, ' ')
	if sp < 2 || s[0] < 'a' || s[0] > 'z' || !isDotPath(s[sp+1:]) {
		return false
	}
	f := strings.Fields(s[:sp])
	if len(f) > 5 {
		return false
	}
	for _, c := range []byte(f[0]) {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	for _, w := range f[1:] {
		for _, c := range []byte(w) {
			if c <= ' ' || c >= 0x7f || c == ',' || c == ';' {
				return false
			}
		}
	}
	return true
}

// isDotPath reports whether w is the current directory, its parent or a
// path of them: ".", "..", "./", "../..".
func isDotPath(w string) bool {
	if w == "" || w[0] != '.' {
		return false
	}
	for part := range strings.SplitSeq(strings.TrimSuffix(w, "/"), "/") {
		if part != "." && part != ".." {
			return false
		}
	}
	return true
}

// quotedCommands makes a card of each command of a run of two pairs or
// more, starting at nodes[i], of a block of code holding one command or
// two and the quote right under it that says what they do, as command
// notes keep them:
//
//	    $ git init
//	> 저장소 초기화
//
//	    $ git clone <url>
//	> 원격 저장소 복제
//
// The command asks, in code, its prompt left off, and the quote answers,
// as a short block of code over the paragraph that explains it does (see
// codeRoles): git init → 저장소 초기화. A block of code that is no command
// ("x := 1"), a callout, a quote of more than a paragraph or one that leads
// on to what follows with a colon makes no pair; a pair alone is a command
// and a remark on it. It returns the index of the run's last block, or i
// when nodes[i] opens no run.
func (b *builder) quotedCommands(nodes []ast.Node, i int, sc scope) int {
	j := i
	for j+1 < len(nodes) && b.quotedCommand(nodes[j], nodes[j+1]) {
		j += 2
	}
	if j-i < 4 {
		return i
	}
	for k := i; k < j; k += 2 {
		code, par := nodes[k], nodes[k+1].FirstChild()
		var cmds []string
		for l := 0; l < code.Lines().Len(); l++ {
			t := bytes.TrimSpace(segValue(code.Lines().At(l), b.p.src))
			cmds = append(cmds, "<code>"+escapeText(string(bytes.TrimSpace(t[shellPrompt(t):])))+"</code>")
		}
		if b.add(strings.Join(cmds, "<br>"), b.p.html(par, 0, everything), Basic, b.p.lineOf(code), sc) {
			b.cover(code, nodes[k+1])
		}
	}
	return j - 1
}

// quotedCommand reports whether code and quote make a pair of
// quotedCommands: code is a block of one or two lines, each a shell
// command, with its prompt or without ("$ git init"), and quote a
// blockquote of one paragraph of up to three lines and thirty words that
// is no callout and ends in no colon ("> 저장소 초기화").
func (b *builder) quotedCommand(code, quote ast.Node) bool {
	p := b.p
	if !isCode(code) || p.ankiFence(code) || p.pluginFence(code) || code.Lines().Len() == 0 || code.Lines().Len() > 2 {
		return false
	}
	for l := 0; l < code.Lines().Len(); l++ {
		t := bytes.TrimSpace(segValue(code.Lines().At(l), p.src))
		cmd := bytes.TrimSpace(t[shellPrompt(t):])
		if f := bytes.Fields(cmd); len(f) == 0 || len(cmd) > maxPromptCommand || !programName(string(f[0])) || !shellCommand(cmd) {
			return false
		}
	}
	q, ok := quote.(*ast.Blockquote)
	if !ok || q.ChildCount() != 1 {
		return false
	}
	par, ok := q.FirstChild().(*ast.Paragraph)
	if !ok || len(p.lines(par)) > 3 || b.leadsOn(par) {
		return false
	}
	if _, ok := p.calloutTitle(par); ok {
		return false
	}
	t := p.plain(par, 0, everything)
	return letterCount([]byte(t)) == 2 && countFields(t) <= 30
}
