package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// readingFields are the fields with which a reading app records where a
// highlighted reading came from, as Readwise writes them under "##
// Metadata": "Author", "Full Title", "Category", "URL", lower case.
var readingFields = map[string]bool{
	"author": true, "authors": true, "full title": true, "title": true, "category": true, "url": true,
	"source": true, "summary": true, "document tags": true, "tags": true, "date": true, "published": true,
	"published date": true, "date highlighted": true, "date saved": true, "highlighted": true,
}

// metadataSection reports whether the section titled t over body only
// records where a reading came from, as Readwise exports its highlights:
// "## Metadata" over "- Author: [[readwise.io]]", "- Full Title: …", "-
// Category: #articles", "- URL: https://…". Its fields are no subject to
// learn ("Full Title" → the title, and "Metadata" → them all, were cards).
func (b *builder) metadataSection(t string, body []ast.Node) bool {
	if !strings.EqualFold(strings.TrimSpace(t), "metadata") {
		return false
	}
	items := b.loneListItems(body)
	for _, it := range items {
		head := itemHead(it)
		if head == nil || it.ChildCount() != 1 {
			return false
		}
		key, _, ok := strings.Cut(b.p.plain(head, 0, everything), ":")
		if !ok || !readingFields[strings.ToLower(strings.TrimSpace(key))] {
			return false
		}
	}
	return len(items) >= 2
}

// revisionTitles title the section where a note records its own edits,
// lower case: "## Revision History" over "- **2024-04-14:** Entry created.".
var revisionTitles = map[string]bool{"revision history": true, "version history": true, "edit history": true,
	"changelog": true, "change log": true, "note history": true}

// revisionSeps part an edit's date from what was done: "2024-04-14: Entry
// created.", "2024-05-02 – examples added".
var revisionSeps = []string{":", " – ", " — ", " - "}

// revisionSection reports whether the section titled t over body is the
// note's record of its own edits: a title of revisionTitles over one list
// whose every item opens with a date and a colon or a dash, "- **2024-04-14:**
// Entry created.", "- 2023-11-02 – added the examples". The dates are the
// note's, no subject to learn ("Revision History" → "2024-04-14: Entry
// created." was a card); a "## History" of dated events is.
func (b *builder) revisionSection(t string, body []ast.Node) bool {
	if !lookupLower(revisionTitles, strings.TrimSpace(trimMarks(t))) {
		return false
	}
	items := b.loneListItems(body)
	for _, it := range items {
		head := itemHead(it)
		if head == nil {
			return false
		}
		line := strings.TrimSpace(b.p.plain(head, 0, everything))
		cut := len(line) // the date ends at the first colon or spaced dash
		for _, sep := range revisionSeps {
			if k := strings.Index(line, sep); k > 0 && k < cut {
				cut = k
			}
		}
		if cut == len(line) || !isDate(strings.TrimSpace(line[:cut])) {
			return false
		}
	}
	return len(items) > 0
}

// loneListItems returns the items of body's one block when it is a list,
// as a section of fields or of dated edits is; nil otherwise.
func (b *builder) loneListItems(body []ast.Node) []ast.Node {
	if len(body) != 1 {
		return nil
	}
	l, ok := body[0].(*ast.List)
	if !ok {
		return nil
	}
	return b.p.children(l)
}
