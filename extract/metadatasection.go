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
	if len(body) != 1 || !strings.EqualFold(strings.TrimSpace(t), "metadata") {
		return false
	}
	l, ok := body[0].(*ast.List)
	if !ok {
		return false
	}
	items := b.p.children(l)
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
