package extract

import (
	"strings"
)

// markerLine is a line of an HTML answer that holds only the tags that mark
// cards, "#flashcards", "#flashcards/ml #card", with what opens and closes
// the line: the Spaced Repetition plugin's deck tag typed on a line of its
// own under a heading or an answer.
var markerLine = lazyRegexp(`(?i)(^|<br>|<p>)[ \t]*(?:#(?:flashcards?|cards?)(?:/[^\s<#]*)?[ \t]*)+(<br>|</p>|$)`)

// dropMarkerLines returns the HTML answer back without its lines of card
// markers alone (see markerLine): "Mirrors data." over "#flashcards"
// answers "Mirrors data.", the tag marking the card and teaching nothing.
// The tags that end a line of text are cutLineTags'.
func dropMarkerLines(back string) string {
	if !strings.Contains(back, "#") {
		return back
	}
	return markerLine().ReplaceAllStringFunc(back, func(m string) string {
		open, close := markerLine().FindStringSubmatch(m)[1], markerLine().FindStringSubmatch(m)[2]
		switch {
		case open == "<p>" && close == "</p>":
			return ""
		case open == "<p>":
			return "<p>"
		case open == "<br>" && close == "<br>":
			return "<br>"
		case open == "<br>":
			return close
		}
		return "" // the first line, or the only one
	})
}
