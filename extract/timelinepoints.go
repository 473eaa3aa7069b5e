package extract

import "strings"

// maxTimelinePoints is the most events a year over its points may hold
// and ask for it: more are a year's chronicle, no one question.
const maxTimelinePoints = 4

// yearOverPoints returns the front and back of a card that asks a year
// alone, yearHTML (see askedYear), for the points under it, when they are
// events: a timeline's "- 1620" over "  - Pilgrims land at Plymouth" and
// "  - Mayflower Compact signed" asks the events for their year, and "-
// 1776 – Declaration of Independence" over "  - Written by Jefferson"
// asks the event for its year and its points. "What happened in 1620?"
// has no answer a student could give. Each point is one line of words or
// one sentence without the year (see isEventLine, isEventSentence), up to
// maxTimelinePoints of them. A day written year first, "2024-03-04" over
// what was done that day, is a log's entry and stays.
func yearOverPoints(yearHTML, points, year string) (front, back string, ok bool) {
	list := strings.Index(points, "<ul><li>")
	if list < 0 || !strings.HasSuffix(points, "</li></ul>") || strings.Count(points, "<ul>") != 1 ||
		strings.Contains(points, year) || isISODate(year) {
		return "", "", false
	}
	if list > 0 {
		lead, ok := strings.CutSuffix(points[:list], "<br>")
		if !ok || strings.Contains(lead, "<") || !isEventLine(lead) || countFields(lead) > 8 {
			return "", "", false
		}
		return lead, yearHTML + "<br>" + points[list:], true
	}
	items := points[len("<ul><li>") : len(points)-len("</li></ul>")]
	if strings.Count(items, "</li><li>") >= maxTimelinePoints {
		return "", "", false
	}
	for item := range strings.SplitSeq(items, "</li><li>") {
		if !isEventLine(item) && !isEventSentence(item) {
			return "", "", false
		}
	}
	if !strings.Contains(items, "</li><li>") {
		return items, yearHTML, true // one event asks alone, as "1607 -> Establishment of Jamestown" does
	}
	return points, yearHTML, true
}

// headingOwned returns the front of c without the heading that owns it,
// "Colonial Era: 1620" asked as "1620", as a label "- 1620:" over its
// points is asked with its heading, and whether there was one.
func headingOwned(c *Card) (string, bool) {
	if len(c.Context) == 0 {
		return c.Front, false
	}
	rest, ok := strings.CutPrefix(c.Front, c.Context[len(c.Context)-1])
	if !ok || !strings.HasPrefix(rest, ": ") {
		return c.Front, false
	}
	return rest[2:], true
}
