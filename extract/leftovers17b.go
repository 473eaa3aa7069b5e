package extract

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// subjectAsks are the openings of a question that asks what a thing is,
// "What is a JOIN?", "What are microservices?", "What is meant by
// cohesion?": the words after them name the thing.
var subjectAsks = []string{"what is meant by ", "what are ", "what is ", "what's ", "what was ", "what were "}

// maxSubjectWords bounds the subject of a question read as an owner: a
// longer one is a sentence, "What is the reason we normalise tables?".
const maxSubjectWords = 5

// questionSubject returns the thing a question heading asks about, as a
// part it owns is asked with it: "## What is a JOIN?" over "- Types:"
// asks "JOIN: Types", not "What is a JOIN?: Types". Any other heading, or a
// question whose words after "What is" do not end in a name ("What is
// GROUP BY used for?", "What is it?"), is returned as it is.
func questionSubject(h string) string {
	t := strings.TrimSpace(stripNumbering(h))
	if !strings.HasSuffix(t, "?") || strings.Count(t, "?") != 1 {
		return h
	}
	low := strings.ToLower(t)
	var s string
	for _, a := range subjectAsks {
		if strings.HasPrefix(low, a) {
			s = t[len(a) : len(t)-1]
			break
		}
	}
	for _, a := range []string{"a ", "an ", "the "} {
		if len(s) > len(a) && strings.EqualFold(s[:len(a)], a) {
			s = s[len(a):]
			break
		}
	}
	s = strings.TrimSpace(s)
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > maxSubjectWords || !hasWordChar(s) {
		return h
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "for", "of", "to", "in", "on", "with", "by", "about", "like", "from", "it", "they", "this", "that", "used", "called", "meant", "made", "done":
		return h // "What is GROUP BY used for?", "What is it?"
	}
	return s
}

// videoPosition matches the inside of a parenthesis that gives a lecture
// recording's position, "29:50", "1:02:33", "48:40 @ Virus Classifications
// slide": where in the video the question was asked.
var videoPosition = regexp.MustCompile(`^\d{1,2}(?::\d{2}){1,2}(?: @ [^()<>]*)?$`)

// dropVideoPositions takes a recording's position off the question fronts
// that end with it, as notes taken from a lecture video mark where each
// question was asked: "Which method is best for detecting a new attack
// (29:50)?" asks "Which method is best for detecting a new attack?". A
// clock time, "@ 11:30 am", is no parenthesis before a question mark and
// stays.
func dropVideoPositions(cards []Card) {
	for i := range cards {
		f := cards[i].Front
		end := strings.LastIndex(f, ")?")
		if end < 0 {
			continue
		}
		open := strings.LastIndexByte(f[:end], '(')
		if open < 1 || f[open-1] != ' ' || !videoPosition.MatchString(f[open+1:end]) {
			continue
		}
		if cards[i].Key == "" {
			cards[i].Key = f
		}
		cards[i].Front = f[:open-1] + f[end+1:]
	}
}

// pairOwner returns the owner of card i among the cards is of one front
// when no single level of its context tells it from the others (see
// ownerOf): its innermost level after the nearest level above it with
// which no other card shares both, "Stack › Defined actions" for
// "is_empty()" beside "Queue › Defined actions" and "Stack › Linked list
// time complexity". Both levels must name an owner. pairs counts the pairs
// of levels of the cards, made on first use.
func pairOwner(cards []Card, is []int, i int, columns map[string]bool, pairs *map[string]int) (string, bool) {
	c := cards[i].Context
	if len(c) < 2 {
		return "", false
	}
	if *pairs == nil {
		*pairs = map[string]int{}
		for _, k := range is {
			seen := map[string]bool{}
			ck := cards[k].Context
			for a := len(ck) - 1; a > 0; a-- {
				for b := a - 1; b >= 0; b-- {
					if key := ck[b] + "\x00" + ck[a]; !seen[key] {
						seen[key] = true
						(*pairs)[key]++
					}
				}
			}
		}
	}
	in := c[len(c)-1]
	if !ownsPart(in, columns) {
		return "", false
	}
	for b := len(c) - 2; b >= 0; b-- {
		if (*pairs)[c[b]+"\x00"+in] == 1 && ownsPart(c[b], columns) {
			return strings.TrimSpace(c[b]) + " › " + strings.TrimSpace(in), true
		}
	}
	return "", false
}

// ownsPart reports whether a level of a context may name the owner of a
// part, as ownerOf asks of one: short, no table's column, no generic
// section title.
func ownsPart(level string, columns map[string]bool) bool {
	o := strings.TrimSpace(level)
	return o != "" && !columns[level] && namesOwner(o) && countFields(o) <= maxOwnedWords && utf8.RuneCountInString(o) <= 60
}

// allPaired reports whether every card of is has its owner by two levels
// (see pairOwner): each sits in a list whose label recurs under other
// owners ("Defined actions" under "Stack" and under "Queue"), parallel
// lists of the same parts, so the front is a part of each.
func allPaired(is []int, paired map[int]bool) bool {
	for _, i := range is {
		if !paired[i] {
			return false
		}
	}
	return len(is) > 1
}

// ifAnswer makes the card of an exam tip written as a condition over its
// answer, each a paragraph of one line: "If many devices share one public
// IP:" over "Answer = PAT (NAT Overload)" asks "If many devices share one
// public IP" → "PAT (NAT Overload)", one card per tip, where the tips
// were only their heading's answer. The condition opens with "If" or
// "When" and ends with its colon; the answer opens with "Answer" and "="
// or ":".
func (b *builder) ifAnswer(q, a ast.Node, sc scope) bool {
	p := b.p
	ql, al := p.lines(q), p.lines(a)
	if len(ql) != 1 || len(al) != 1 {
		return false
	}
	if _, ok := a.(*ast.Paragraph); !ok {
		return false
	}
	qt := bytes.TrimSpace(p.src[ql[0][0]:ql[0][1]])
	if len(qt) < 6 || qt[len(qt)-1] != ':' || !bytes.HasPrefix(qt, []byte("If ")) && !bytes.HasPrefix(qt, []byte("When ")) {
		return false
	}
	line := p.src[al[0][0]:al[0][1]]
	at := bytes.TrimLeft(line, " ")
	if len(at) < 8 || !bytes.EqualFold(at[:6], []byte("answer")) {
		return false
	}
	rest := bytes.TrimLeft(at[6:], " ")
	if len(rest) < 2 || rest[0] != '=' && rest[0] != ':' || !hasWordCharBytes(rest[1:]) {
		return false
	}
	from := al[0][1] - len(rest) + 1
	front := stripColon(p.html(q, ql[0][0], everything))
	if b.add(front, strings.TrimSpace(p.html(a, from, everything)), Basic, p.line(ql[0][0]), sc) {
		b.cover(q, a)
	}
	return true
}
