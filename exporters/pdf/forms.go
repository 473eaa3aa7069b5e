package pdf

import (
	"bytes"
	"fmt"
	"strconv"
)

// The footer of each page, "page X of N", needs the page count N, known only
// once every page is drawn and written. A page draws it as the Form XObject
// /FootX, which the shared resources, written after the pages, list; the
// forms are new objects, numbered after gofpdf's, that deflate adds after
// them. A form keeps the page's graphics state, draws in page coordinates
// and restores the state when done, so the page looks as if it drew the
// footer itself.

// footerData holds the content streams of the footers of the pages, one
// after the other: the footer of page i (from 0) ends at ends[i].
type footerData struct {
	data []byte
	ends []int
}

// split returns the footers' content streams.
func (f footerData) split() [][]byte {
	out := make([][]byte, len(f.ends))
	from := 0
	for i, end := range f.ends {
		out[i] = f.data[from:end]
		from = end
	}
	return out
}

// formObjects are the Form XObjects /Foot1… of pages w by h points.
type formObjects struct {
	forms [][]byte
	w, h  float64
}

// entries returns the resources' entries for the forms, numbered from first.
func (f formObjects) entries(first int) []byte {
	var b []byte
	for i := range f.forms {
		b = fmt.Appendf(b, "/Foot%d %d 0 R\n", i+1, first+i)
	}
	return b
}

// write writes the forms as objects numbered after offsets, their
// contents compressed, and returns offsets with theirs added.
func (f formObjects) write(out *countWriter, offsets []int) ([]int, error) {
	var zbuf bytes.Buffer
	zw := getZlib(&zbuf)
	defer putZlib(zw)
	var head []byte
	for _, data := range f.forms {
		zbuf.Reset()
		zw.Reset(&zbuf)
		zw.Write(data)
		if err := zw.Close(); err != nil {
			return nil, fmt.Errorf("compress footer: %w", err)
		}
		offsets = append(offsets, out.n)
		head = strconv.AppendInt(head[:0], int64(len(offsets)), 10)
		head = fmt.Appendf(head, " 0 obj\n<</Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources 2 0 R /Filter /FlateDecode /Length %d>>\nstream\n", f.w, f.h, zbuf.Len())
		out.Write(head)
		out.Write(zbuf.Bytes())
		out.WriteString("\nendstream\nendobj\n")
	}
	return offsets, nil
}
