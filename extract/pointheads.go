package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// pointUnderTerm returns the heading right above heading n, over nothing,
// when n is the first point a note sets under that term in a heading's
// type, as course notes copied from slides write them: "# Start of
// Authority (SOA)" over "### Describes the DNS zone details", "# Mail
// exchanger record (MX)" over "### Determines the host name for the mail
// server" and its bullets. The point says what the term is, and the card
// asks the term: the point alone asks nothing ("Determines the host name
// for the mail server" → "This isn't an IP address"), and over nothing it
// made no card.
// The point is a clause in sentence case (pointText), under a short term,
// with a list or nothing below it; a heading over headings of its own
// ("## Utilities to identify processes" over "### ps") titles them.
func (b *builder) pointUnderTerm(h heading, n *ast.Heading, body []ast.Node) (heading, bool) {
	if len(b.heads) == 0 || b.onlyUnused || n.Lines().Len() != 1 || !b.p.atxHeading(n) {
		return heading{}, false
	}
	parent := b.heads[len(b.heads)-1]
	prev, ok := n.PreviousSibling().(*ast.Heading)
	if !ok || prev.Level != parent.level || prev.Level >= n.Level || b.p.lineOf(prev) != parent.line {
		return heading{}, false
	}
	if countFields(parent.text) > maxTermWords || strings.HasSuffix(parent.text, "?") || bareCoursePart(parent.text) || datedHeading(parent.text) {
		return heading{}, false
	}
	for _, c := range body {
		if _, ok := c.(*ast.List); !ok {
			return heading{}, false
		}
	}
	var after ast.Node = n
	if len(body) > 0 {
		after = body[len(body)-1]
	}
	if next, ok := after.NextSibling().(*ast.Heading); ok && next.Level > n.Level {
		return heading{}, false
	}
	seg := n.Lines().At(0)
	raw := bytes.TrimRight(b.p.src[seg.Start:seg.Stop], " \t\r\n#")
	if bytes.HasSuffix(raw, []byte(":")) || bytes.HasSuffix(raw, []byte("：")) || !pointText(h.text) {
		return heading{}, false
	}
	return parent, true
}

// maxTermWords is the most words of a term's heading a point under it
// answers (see pointUnderTerm): "Plaintext / unencrypted passwords".
const maxTermWords = 6

// pointText reports whether t, a heading's text, is a point written as a
// clause in sentence case, as a verb makes it one: it opens with a verb
// of its subject, the term above ("Describes the DNS zone details"), with
// an order's verb and its object ("Find a specific server", "Try every
// possible password"), or its subject's verb follows within three words
// ("Data is stored and transferred as intended"). Its words after the
// first are in small letters but for acronyms ("IP", "AAAA") and numbers.
// A title capitalizes its words ("Resource Records (RR)"), a topic names
// what follows with no verb ("Tests for anions", "Works to identify"), a
// label parts at a sign ("Brute force - Online"), a lead-in ends with the
// word that leads on ("Call a doctor if"), a question or a section's name
// ("How it works", "Introduction to VLANs") asks or names what follows,
// and a sentence closed with a full stop defines its own subject (see
// sentenceHeading).
func pointText(t string) bool {
	words := strings.Fields(t)
	if len(words) < 3 || len(words) > 20 || strings.ContainsAny(t, ":?=→.!") || strings.Contains(t, " - ") || strings.Contains(t, " – ") || strings.Contains(t, " — ") {
		return false
	}
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(strings.Trim(w, "*_,;\"'“”()"))
	}
	if whWords[lower[0]] || lower[0] == "how" || sectionWords[lower[0]] || leadOnWords[lower[len(lower)-1]] {
		return false
	}
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && strings.IndexFunc(w, unicode.IsLower) >= 0 {
			return false // "Records", "Online": a title's word
		}
	}
	switch {
	case pointVerbs[lower[0]] && !nounFollowers[lower[1]]:
		return true // "Describes the DNS zone details"
	case orderVerbs[lower[0]] && orderObjects[lower[1]]:
		return true // "Find a specific server"
	}
	for i := 1; i < len(lower) && i <= 3; i++ {
		if relativeWords[lower[i]] || lower[i] == "when" {
			return false // "Things that can go wrong" names them: a copula after "that" is its clause's
		}
		if copulas[lower[i]] {
			return true // "Certain information should only be known …"
		}
	}
	return false
}

// sectionWords open a heading that names a part of a note, not a point of
// its topic: "Introduction to VLANs", "Summary of the chapter", "Notes on
// IAM".
var sectionWords = map[string]bool{"introduction": true, "intro": true, "overview": true, "summary": true,
	"recap": true, "review": true, "notes": true, "note": true, "examples": true, "example": true,
	"exercises": true, "practice": true, "lab": true, "demo": true, "questions": true, "references": true,
	"resources": true, "chapter": true, "lecture": true, "section": true, "part": true, "module": true}

// pointVerbs open a point whose subject is the term above it (see
// pointText), in the third person: "Defines the IP address of a host".
// Verbs that are nouns as often ("works", "records", "uses") are not
// among them.
var pointVerbs = map[string]bool{"describes": true, "defines": true, "determines": true, "lists": true,
	"provides": true, "allows": true, "prevents": true, "requires": true, "contains": true, "creates": true,
	"stores": true, "sends": true, "translates": true, "identifies": true, "ensures": true, "enables": true,
	"converts": true, "resolves": true, "encrypts": true, "protects": true, "manages": true, "connects": true,
	"monitors": true, "detects": true, "verifies": true, "assigns": true, "keeps": true, "gives": true,
	"lets": true, "makes": true, "displays": true, "represents": true, "removes": true, "replaces": true,
	"reduces": true, "increases": true, "combines": true, "separates": true, "replicates": true,
	"forwards": true, "generates": true, "specifies": true, "indicates": true, "receives": true,
	"transmits": true, "allocates": true, "authenticates": true, "authorizes": true, "consists": true,
	"depends": true, "includes": true, "offers": true, "supports": true, "hides": true, "exposes": true}

// orderVerbs open a point written as an order, "Replicate a DNS
// database", when an object follows them (orderObjects): "Use cases" and
// "List of ports" name things.
var orderVerbs = map[string]bool{"find": true, "list": true, "use": true, "try": true, "replicate": true,
	"synchronize": true, "synchronise": true, "store": true, "keep": true, "avoid": true, "check": true,
	"create": true, "run": true, "set": true, "enable": true, "disable": true, "encrypt": true, "protect": true,
	"prevent": true, "block": true, "limit": true, "apply": true, "configure": true, "assign": true,
	"send": true, "identify": true, "define": true, "describe": true, "determine": true, "give": true,
	"add": true, "remove": true, "install": true, "update": true, "verify": true, "monitor": true}

// orderObjects open the object of an order's verb (see orderVerbs).
var orderObjects = map[string]bool{"a": true, "an": true, "the": true, "every": true, "all": true,
	"each": true, "any": true, "your": true, "to": true, "it": true, "them": true, "this": true, "these": true}

// copulas are the verbs a point's subject has within its first words (see
// pointText): "Data is stored …", "A name is an alias …".
var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "can": true,
	"cannot": true, "should": true, "must": true, "will": true, "may": true, "might": true, "does": true,
	"isn't": true, "aren't": true, "can't": true, "won't": true, "doesn't": true}

// leadOnWords end a heading that leads on to the lines under it, "Call a
// doctor if", "Steps to": it is no point of its own.
var leadOnWords = map[string]bool{"if": true, "when": true, "unless": true, "because": true, "that": true,
	"to": true, "for": true, "of": true, "and": true, "or": true, "with": true, "by": true, "as": true}

// pointCard makes the card of point h, heading hn over body, that says
// what term, the heading right above it, is (see pointUnderTerm): "Start of
// Authority (SOA)" → "Describes the DNS zone details". The point heads the
// answer, over its bullets. A point over bullets had a card of its own,
// asked with the point: the card keeps that identity.
func (b *builder) pointCard(term, h heading, hn ast.Node, body []ast.Node, at int) {
	back := h.html
	if len(body) > 0 {
		back = "<p>" + h.html + "</p>" + b.p.blocksHTML(body)
	}
	if !b.add(term.html, back, Basic, h.line, b.scope()) {
		return
	}
	b.cover(hn)
	b.cover(body...)
	if len(body) > 0 {
		b.cards[len(b.cards)-1].Key = h.html
	}
	if at < len(b.cards)-1 {
		last := b.cards[len(b.cards)-1]
		copy(b.cards[at+1:], b.cards[at:len(b.cards)-1])
		b.cards[at] = last
	}
}
