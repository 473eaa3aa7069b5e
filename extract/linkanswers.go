package extract

import (
	"html"
	"strings"
)

// linkWords name a link itself, not what it teaches: a heading over
// "[Course Info](…)", "[Solution](…)" or "[Playlist](…)" alone asks for a
// place to click.
var linkWords = map[string]bool{
	"source": true, "sources": true, "solution": true, "link": true, "here": true, "click here": true,
	"playlist": true, "video": true, "web link": true, "lectures": true, "course info": true, "slides": true, "website": true,
}

// bareLink reports whether back, a card's answer as HTML, is one link alone
// whose text names nothing to learn: a word of linkWords, a web address
// ("https://stripe.com/blog/"), the host it goes to ("youtube.com") or
// the label of a remote image that has no alternative text (see
// remoteImageLabel).
// "Textbook" over "[Compilers Principles Techniques And Tools](…)" is
// answered by the book's title and stays.
func bareLink(back string) bool {
	text, tag, ok := loneLink(back)
	if !ok {
		return false
	}
	lower := strings.ToLower(text)
	if linkWords[lower] || strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.") {
		return true
	}
	_, href, ok := strings.Cut(tag, `href="`)
	if !ok {
		return false
	}
	href, _, _ = strings.Cut(href, `"`)
	if text == remoteImageLabel(html.UnescapeString(href)) {
		return true // a remote image with no alternative text: "image (qb.medilink-study.com)"
	}
	if strings.ContainsAny(lower, " /") {
		return false
	}
	_, host, ok := strings.Cut(href, "://")
	if !ok {
		return false
	}
	host, _, _ = strings.Cut(host, "/")
	return strings.TrimPrefix(strings.ToLower(host), "www.") == strings.TrimPrefix(lower, "www.")
}

// titleSource reports whether back, the answer of the heading h, is one
// link alone under the note's title: the lecture's recording ("[🔒
// Recording](…)"), its learning path, the article the note sums up. The
// link says where the note comes from, not what its title means; the
// note's cards are below it.
func (b *builder) titleSource(h heading, back string) bool {
	if h.level != 1 || h.text != b.titleAs {
		return false
	}
	_, _, ok := loneLink(back)
	return ok
}

// loneLink returns the text and the opening tag of the one link that is
// the whole of back, a card's answer as HTML (a rule above it aside), or
// false when back holds more than a link or its text is markup.
func loneLink(back string) (text, tag string, ok bool) {
	if len(back) > 600 {
		return "", "", false
	}
	s := strings.TrimSpace(back)
	for strings.HasPrefix(s, "<hr>") {
		s = strings.TrimSpace(s[len("<hr>"):]) // a rule between the heading and its link
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<p>"), "</p>")
	if !strings.HasPrefix(s, "<a ") || !strings.HasSuffix(s, "</a>") || strings.Count(s, "<a ") != 1 {
		return "", "", false
	}
	open := strings.IndexByte(s, '>')
	if open < 0 || open > len(s)-len("</a>") {
		return "", "", false
	}
	text = strings.TrimSpace(s[open+1 : len(s)-len("</a>")])
	if strings.Contains(text, "<") {
		return "", "", false // an image or markup: what shows is no address
	}
	return text, s[:open], true
}

// linkToTopic reports whether back, a card's answer as HTML, is one link
// alone whose text only names front again, with a word or two for what
// the link opens: "Persistence" over "[Persistence Project](…)", "Core
// Animation" over "[Core Animation Project](…)". The link points to the
// topic's page and teaches nothing of it; a link that names something else
// ("Textbook" over the book's title) answers.
func linkToTopic(front, back string) bool {
	text, _, ok := loneLink(back)
	if !ok {
		return false // most answers: no front to lower
	}
	f := strings.ToLower(strings.TrimSpace(front))
	return f != "" && countFields(text) <= countFields(f)+2 && hasToken(strings.ToLower(text), f)
}

// labelledAddresses reports whether back, a card's answer as HTML, holds
// nothing but web addresses shown as themselves, each line an address
// alone or a short label with a colon before it: "Source: https://…"
// under a note's title, "LM: https://…" (the learning module) under a
// heading. They say where to read, not what to learn. A link named by its
// words ("[Pro Git](…)") or a line that says more ("hello https://…",
// "end the session https://…") answers.
func labelledAddresses(back string) bool {
	lines, ok := addressLines(back)
	if !ok {
		return false
	}
	for _, l := range lines {
		if l != "" && !shortLabel(l) && !abbreviationLabel(l) {
			return false
		}
	}
	return true
}

// labelledAddressFront reports whether front, a card's question as HTML,
// is exactly a short label with a colon over one web address shown as
// itself: "###### Video Tutorial: https://…" asks for a place to click. A
// heading that cites its source in parentheses ("Singleton (https://…)")
// asks what it names and stays.
func labelledAddressFront(front string) bool {
	lines, ok := addressLines(front)
	return ok && len(lines) == 1 && strings.Count(front, "<a ") == 1 && shortLabel(lines[0])
}

// shortLabel reports whether t, a line's text without its addresses, is a
// label of at most three words ending in a colon: "LM:", "Video Tutorial:".
func shortLabel(t string) bool {
	label, ok := strings.CutSuffix(t, ":")
	return ok && countFields(label) >= 1 && countFields(label) <= 3
}

// abbreviationLabel reports whether t, a line's text without its
// addresses, is one upper-case abbreviation of two to five letters, a
// label a note types without its colon: "LM" (the learning module) before
// its address. A word in lower case ("hello https://…") says something.
func abbreviationLabel(t string) bool {
	if len(t) < 2 || len(t) > 5 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// addressLines cuts s, HTML, into the text of its lines with its links
// taken out, each trimmed of spaces and separators; ok is false unless s
// holds a link and every link in it shows its own web address.
func addressLines(s string) (lines []string, ok bool) {
	if len(s) > 1200 || !strings.Contains(s, "://") {
		return nil, false // the quick test
	}
	links := 0
	rest := s
	var b strings.Builder
	for {
		i := strings.Index(rest, "<a ")
		if i < 0 {
			b.WriteString(rest)
			break
		}
		j := strings.Index(rest[i:], "</a>")
		if j < 0 {
			return nil, false
		}
		inner := rest[i : i+j]
		gt := strings.IndexByte(inner, '>')
		if gt < 0 {
			return nil, false
		}
		text := strings.ToLower(strings.TrimSpace(stripTags(inner[gt+1:])))
		if !strings.HasPrefix(text, "http://") && !strings.HasPrefix(text, "https://") && !strings.HasPrefix(text, "www.") {
			return nil, false
		}
		links++
		b.WriteString(rest[:i])
		b.WriteString(" ")
		rest = rest[i+j+len("</a>"):]
	}
	if links == 0 {
		return nil, false
	}
	split := blockBreaks.Replace(b.String())
	for _, l := range strings.Split(split, "\n") {
		lines = append(lines, strings.Trim(stripTags(l), " \t,;|·•-–"))
	}
	return lines, true
}

// blockBreaks ends a line at each break, paragraph, item and rule of a
// back's HTML.
var blockBreaks = strings.NewReplacer("<br>", "\n", "</p>", "\n", "</li>", "\n", "<hr>", "\n")

// videoHosts are the sites a note links its lecture's recording on.
var videoHosts = map[string]bool{"youtube.com": true, "m.youtube.com": true, "youtu.be": true,
	"vimeo.com": true, "bilibili.com": true}

// videoLinkOnly reports whether back, a card's answer as HTML, is nothing
// but links to a video site, a thumbnail's link inside one aside: a
// course's notes close each lesson with "## 📺 Watch Episode on YouTube"
// over `<a href="https://www.youtube.com/watch?v=…"><img src="…/0.jpg"
// alt="Closures Youtube Link"/></a>`, or "## Video" over
// "[![Closures](…/0.jpg)](https://youtu.be/…)". The link says where to
// watch, not what to learn.
func videoLinkOnly(back string) bool {
	if len(back) > 1000 || !strings.Contains(back, "<a ") {
		return false // the quick test
	}
	depth, links := 0, 0
	for s := back; s != ""; {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			lt = len(s)
		}
		if depth == 0 && strings.TrimSpace(s[:lt]) != "" {
			return false // text outside the links
		}
		if lt == len(s) {
			break
		}
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			return false
		}
		tag := s[lt : lt+gt+1]
		s = s[lt+gt+1:]
		switch {
		case strings.HasPrefix(tag, "<a "):
			if depth == 0 && !videoHref(tag) {
				return false
			}
			depth++
			links++
		case tag == "</a>":
			depth--
		case depth == 0 && tag != "<p>" && tag != "</p>" && tag != "<hr>" && tag != "<br>":
			return false // a picture, a list, code: more than a link
		}
	}
	return links > 0 && depth == 0
}

// videoHref reports whether tag, an opening <a> tag, links to a site of
// videoHosts.
func videoHref(tag string) bool {
	_, href, ok := strings.Cut(tag, `href="`)
	if !ok {
		return false
	}
	href, _, _ = strings.Cut(href, `"`)
	_, host, ok := strings.Cut(href, "://")
	if !ok {
		return false
	}
	host, _, _ = strings.Cut(host, "/")
	return videoHosts[strings.TrimPrefix(strings.ToLower(host), "www.")]
}
