package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// minKeyColumnLines is the fewest key lines a block of code needs for
// keyColumns to read it as a cheat sheet.
const minKeyColumnLines = 3

// keyColumnLangs are the languages a fence of keys may be tagged with: a
// fence tagged with a programming language holds code.
var keyColumnLangs = map[string]bool{"": true, "text": true, "txt": true, "plain": true, "plaintext": true,
	"none": true, "vim": true, "tmux": true, "sh": true, "bash": true, "shell": true, "zsh": true}

// sessionLangs are the languages of a fence that shows a terminal session,
// where the lines after a prompt are the commands and the others their
// output: of such a fence keyColumns reads only the prompt lines, "$ git
// status  show the working tree status" in a fence tagged "console".
var sessionLangs = map[string]bool{"console": true, "shell-session": true, "shellsession": true, "terminal": true,
	"powershell": true, "pwsh": true}

// keyColumns makes a card of each line of block of code n when three in
// four of its lines or more, and three at least, give a key and what it
// does in two columns parted by two spaces or more, as cheat sheets of
// tmux, vim or regexes list them:
//
//	```
//	c   create window
//	n   next window
//	%   split vertically
//	```
//
// The key asks, in code, and its description answers: c → create window.
// A line alone that opens with "#" titles the keys under it and counts for
// neither side. Programs, shell sessions and their output fail the test:
// their lines have no such gap, indent their lines, end in a ";" or a
// bracket, or part more than two columns. It reports whether it made the
// cards.
func (b *builder) keyColumns(n ast.Node, sc scope) bool {
	p := b.p
	segs := n.Lines()
	if segs.Len() < minKeyColumnLines {
		return false
	}
	prompts := false // only prompt lines give keys (see sessionLangs)
	if f, ok := n.(*ast.FencedCodeBlock); ok {
		lang := strings.ToLower(string(f.Language(p.src)))
		if prompts = sessionLangs[lang]; !prompts && !keyColumnLangs[lang] {
			return false
		}
	}
	indent := -1 // the keys' indent: the least of the lines' but titles'
	for i := 0; i < segs.Len(); i++ {
		l := segValue(segs.At(i), p.src)
		if t := bytes.TrimLeft(l, " "); len(bytes.TrimSpace(t)) > 0 && !keyTitle(t) && (indent < 0 || len(l)-len(t) < indent) {
			indent = len(l) - len(t)
		}
	}
	if indent < 0 {
		return false
	}
	type keyLine struct {
		key, desc []byte
		line      int
		prompt    bool // typed "$ cmd : desc"
	}
	var keys []keyLine
	last := 0 // the line of the last key or of the line it goes on on
	others := 0
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		l := bytes.TrimRight(segValue(seg, p.src), " \t\r\n")
		if len(l) == 0 {
			continue
		}
		if t := bytes.TrimLeft(l, " "); keyTitle(t) {
			continue // "# Windows" titles the keys under it
		}
		l = l[indent:]
		if len(keys) > 0 && keys[len(keys)-1].prompt && keys[len(keys)-1].line == last && (l[0] == ' ' || l[0] == '\t') {
			// "$ ls -al : list all" over "    (hidden files too)": the
			// line goes on with what the command does
			k := &keys[len(keys)-1]
			k.desc = append(append(append([]byte(nil), k.desc...), '\n'), bytes.TrimSpace(l)...)
			last = p.line(seg.Start)
			continue
		}
		key, desc, prompt, ok := promptColumnLine(l)
		if !ok && !prompts {
			key, desc, ok = keyColumnLine(l)
		}
		if !ok {
			others++
			if 4*others > segs.Len() {
				return false // the quick way out of a program
			}
			continue
		}
		last = p.line(seg.Start)
		keys = append(keys, keyLine{key, desc, last, prompt})
	}
	if len(keys) < minKeyColumnLines || 4*others > len(keys)+others {
		return false
	}
	for _, k := range keys {
		back := strings.ReplaceAll(escapeText(string(k.desc)), "\n", "<br>")
		if b.add("<code>"+escapeText(string(k.key))+"</code>", back, b.defKind(), k.line, sc) {
			b.coverLines(k.line, k.line+strings.Count(string(k.desc), "\n"))
		}
	}
	return true
}

// maxPromptCommand is the longest command, in bytes, promptColumnLine
// takes.
const maxPromptCommand = 80

// promptColumnLine splits line l, a line of a block of code without its
// indent, into a command and what it does when the line types them after
// a shell's prompt, parted by a colon, as command cheat sheets list them:
// "$ git add . : stage every file" asks "git add ." and answers "stage
// every file". The colon is the first with a space after it, so that
// "$ cd ~: go home" splits too; the command must have a word, the
// description two letters.
func promptColumnLine(l []byte) (cmd, desc []byte, prompt, ok bool) {
	if len(l) < 2 || l[0] != '$' || l[1] != ' ' {
		return nil, nil, false, false
	}
	l = l[2:]
	i := bytes.Index(l, []byte(" : "))
	if i < 0 {
		i = bytes.Index(l, []byte(": "))
	}
	if cmd, desc, ok := promptGapLine(l, i); ok {
		return cmd, desc, true, true
	}
	if i <= 0 {
		return nil, nil, false, false
	}
	cmd, desc = bytes.TrimSpace(l[:i]), bytes.TrimSpace(bytes.TrimPrefix(l[i:], []byte(" "))[1:])
	if len(cmd) == 0 || len(cmd) > maxPromptCommand || letterCount(cmd) < 2 || letterCount(desc) < 2 {
		return nil, nil, false, false
	}
	return cmd, desc, true, true
}

// promptGapLine splits l, a line typed after a shell's prompt "$ ", into
// a command and what it does when two spaces or more or a tab part them
// before colon, the index of the colon promptColumnLine would split at
// (-1 for none), as command cheat sheets align them: "git config --list
// 显示当前Git配置" asks "git config --list" and answers "显示当前Git配置".
// The command reads as one (see shellCommand) with its quotes closed; the
// description opens with a letter and parts no third column: "ls  -la",
// "echo "a  b"" and "ps  PID  TTY" are no such line.
func promptGapLine(l []byte, colon int) (cmd, desc []byte, ok bool) {
	gap := bytes.Index(l, []byte("  "))
	if tab := bytes.IndexByte(l, '\t'); tab >= 0 && (gap < 0 || tab < gap) {
		gap = tab
	}
	if gap <= 0 || colon >= 0 && colon < gap {
		return nil, nil, false
	}
	cmd, desc = bytes.TrimSpace(l[:gap]), bytes.TrimSpace(l[gap:])
	if len(cmd) > maxPromptCommand || !shellCommand(cmd) || bytes.Count(cmd, []byte(`"`))%2 == 1 || bytes.Count(cmd, []byte("'"))%2 == 1 {
		return nil, nil, false
	}
	if r, _ := utf8.DecodeRune(desc); !unicode.IsLetter(r) || bytes.Contains(desc, []byte("  ")) || bytes.IndexByte(desc, '\t') >= 0 || letterCount(desc) < 2 {
		return nil, nil, false
	}
	return cmd, desc, true
}

// keyTitle reports whether t, a line of a block of code without its
// indent, is a comment alone that titles the keys under it, "# Windows".
func keyTitle(t []byte) bool {
	return len(t) > 0 && t[0] == '#' && (len(t) == 1 || t[1] == ' ' || t[1] == '#')
}

// maxKeyColumn is the longest key, in bytes, keyColumnLine takes.
const maxKeyColumn = 20

// keyColumnLine splits line l, a line of a block of code without its
// indent, into a key and what it does when it is a line of a cheat sheet
// (see keyColumns): a key of up to three parts and twenty bytes, "c",
// ":wq", "Ctrl+w h" or "\D \W \S", then two spaces or more or a tab, then
// a description of words, "create window", with no such gap in it that
// ends in no sign a line of code ends with.
func keyColumnLine(l []byte) (key, desc []byte, ok bool) {
	if l[0] == ' ' || l[0] == '\t' {
		return nil, nil, false // indented past the block's indent: code goes on
	}
	gap := bytes.Index(l, []byte("  "))
	if tab := bytes.IndexByte(l, '\t'); tab >= 0 && (gap < 0 || tab < gap) {
		gap = tab
	}
	if gap <= 0 || gap > maxKeyColumn {
		return nil, nil, false
	}
	key, desc = l[:gap], bytes.TrimLeft(l[gap:], " \t")
	if key = key[treeBranch(key):]; len(key) == 0 {
		return nil, nil, false // a tree's branch alone: "├── main.go  entry" asks "main.go"
	}
	if len(desc) == 0 || bytes.Contains(desc, []byte("  ")) || bytes.IndexByte(desc, '\t') >= 0 {
		return nil, nil, false // three columns or more: a table or a program's output
	}
	if len(bytes.Fields(key)) > 3 || len(key) > 1 && (key[len(key)-1] == '.' || key[len(key)-1] == ':' || key[len(key)-1] == ',') {
		return nil, nil, false // "It works.  Then …", "modified:   main.go"
	}
	if len(key) > 2 && len(bytes.Trim(key, "0123456789.:")) == 0 || sqlClauses[string(key)] {
		return nil, nil, false // "127.0.0.1   localhost", "1914  War begins", "SELECT  name, age"
	}
	r, _ := utf8.DecodeRune(desc)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' {
		return nil, nil, false // "x = 1  # start", "int  *p;"
	}
	switch desc[len(desc)-1] {
	case ';', '{', '}', ',', '\\', '(', '[', '=':
		return nil, nil, false
	}
	if bytes.Contains(desc, []byte(" = ")) || letterCount(desc) < 2 {
		return nil, nil, false
	}
	return key, desc, true
}

// sqlClauses are the words that open a clause of SQL: a query typed with
// its clauses aligned, "SELECT  name" over "FROM    users", names no keys.
var sqlClauses = map[string]bool{"SELECT": true, "FROM": true, "WHERE": true, "AND": true, "OR": true,
	"JOIN": true, "ON": true, "GROUP BY": true, "ORDER BY": true, "HAVING": true, "LIMIT": true, "SET": true,
	"UPDATE": true, "VALUES": true, "INSERT INTO": true, "DELETE FROM": true, "LEFT JOIN": true, "INNER JOIN": true}

// letterCount counts the letters of b, up to two.
func letterCount(b []byte) int {
	n := 0
	for _, r := range string(b) {
		if unicode.IsLetter(r) {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}
