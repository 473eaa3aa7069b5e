package extract

import "bytes"

// objectMark is U+FFFC, the object replacement character that stands for
// an image pasted into an editor that cannot keep it (Apple Notes, Word, a
// web page's copy); it shows as a box on a card and means nothing.
var objectMark = []byte("\uFFFC")

// dropObjectMarks drops the object replacement characters of src, so that
// "![](Subnets.png)￼" and a line of "￼" alone read as the student sees
// them. Lines stay where they were.
func dropObjectMarks(src []byte) []byte {
	if !bytes.Contains(src, objectMark) {
		return src
	}
	return bytes.ReplaceAll(src, objectMark, nil)
}
