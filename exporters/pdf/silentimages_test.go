package pdf

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestHeadingOverSilentImage: a heading over nothing but remote pictures
// whose alternative text is the editor's "image" stays, over "[image]" or
// "[2 images]": it vanished from the sheet with its pictures. Such a
// picture among text still prints nothing.
func TestHeadingOverSilentImage(t *testing.T) {
	file := filepath.Join(t.TempDir(), "img.md")
	src := "# Pictures\n\n## Architecture\n\n![image](https://user-images.githubusercontent.com/1/5678.png)\n\n" +
		"## Screens\n\n![image](https://user-images.githubusercontent.com/9/157274374-74984a42-acce-4089-8e2a-1b3bf76a7562.png)\n![image](https://user-images.githubusercontent.com/9/157275300-6f1c6aa0-0d10-4b49-9cb3-91cb2620ce6d.png)\n\n" +
		"## Data flow\n\nData flows from the client to the server.\n\n![image](https://user-images.githubusercontent.com/9/81561452-c7507280-93c5-11ea-8aa5-4f8e7c9b26bf.png)\n\nThen back.\n"
	all := sheetText(t, file, src, Exporter{Columns: 1})
	for _, want := range []string{"Architecture [image] Screens [2 images] Data flow", "server. Then back."} {
		if !strings.Contains(all, want) {
			t.Errorf("sheet reads %q, want %q in it", all, want)
		}
	}
}
