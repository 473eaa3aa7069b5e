package extract

import (
	"slices"
	"testing"
)

// TestCutLineTags: the tags that end a block of an answer go; those of its
// first line tag the card, the card markers excepted.
func TestCutLineTags(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		tags     []string
	}{
		{"water crossing a membrane #bio", "water crossing a membrane", []string{"bio"}},
		{"unique #card<br><ul><li>Easier</li></ul>", "unique<br><ul><li>Easier</li></ul>", nil},
		{"<ul><li>What is seq2seq? #ques1 #card<ul><li>a map</li></ul></li></ul>", "<ul><li>What is seq2seq?<ul><li>a map</li></ul></li></ul>", nil},
		{"a map<ul><li>Recall #exam</li></ul>", "a map<ul><li>Recall</li></ul>", nil},
		{"#Evaluation_Metric, #Dialogue_Systems, #academic_papers", "#Evaluation_Metric, #Dialogue_Systems, #academic_papers", nil},
		{"made of stone! #MONUMENTAL<br>ARCHITECTURE", "made of stone! #MONUMENTAL<br>ARCHITECTURE", nil},
		{"chapter #1", "chapter #1", nil},
		{"<li>$$<br>x = 1<br>$$ #card<ul>", "<li>$$<br>x = 1<br>$$<ul>", nil},
		{"<code>x = 1 #comment</code>", "<code>x = 1 #comment</code>", nil},
	} {
		got, tags := cutLineTags(tt.in)
		if got != tt.want || !slices.Equal(tags, tt.tags) {
			t.Errorf("cutLineTags(%q) = %q, %q; want %q, %q", tt.in, got, tags, tt.want, tt.tags)
		}
	}
}
