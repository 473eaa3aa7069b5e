package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"sync"

	"github.com/jung-kurt/gofpdf"
)

// The sheet writes the pages' content streams itself, operator for operator
// as gofpdf would, and compresses each finished page on another core while it
// draws the next one. gofpdf only gets the pages (empty ones, whose streams
// output replaces), the fonts with the characters drawn in them, and the
// images. The resource names of fonts and images ("/F…", "/I…") are gofpdf's
// own, read from a template before the first page (see resourceNames).

// A pageState is gofpdf's graphics state, which it writes again at the top
// of each new page: font, line width and stroke color.
type pageState struct {
	font      fontID // 255: none yet
	size      float64
	lineWidth float64
	drawColor string // the operator that set it
}

// newPageState is gofpdf's state before the first page: no font, a line
// 0.567 pt wide, black strokes.
func newPageState() pageState {
	return pageState{font: 255, lineWidth: 0.567, drawColor: "0.000 G"}
}

// resourceNames reads gofpdf's names for the sheet's fonts and images from
// a template that selects each font and draws each image.
func (s *sheet) resourceNames() error {
	var fonts []fontID
	var images []string
	for id, f := range s.faces {
		if f != nil {
			fonts = append(fonts, fontID(id))
		}
	}
	for name := range s.images {
		images = append(images, s.images[name].name)
	}
	slices.Sort(images) // the template's resources follow this order: same input, same bytes
	tpl := s.pdf.CreateTemplate(func(t *gofpdf.Tpl) {
		for _, id := range fonts {
			t.SetFont(family[id], "", 10)
		}
		for _, name := range images {
			t.ImageOptions(name, 0, 0, 1, 1, false, gofpdf.ImageOptions{}, 0, "")
		}
	})
	lines := bytes.Split(tpl.Bytes(), []byte("\n"))
	i := 0
	// next returns the name between marker and suffix in the next line
	// that has them.
	next := func(marker, suffix string) (string, error) {
		for ; i < len(lines); i++ {
			l := lines[i]
			if j := bytes.LastIndex(l, []byte(marker)); j >= 0 && bytes.HasSuffix(l, []byte(suffix)) {
				i++
				return string(l[j+len(marker) : len(l)-len(suffix)]), nil
			}
		}
		return "", errors.New("gofpdf wrote no name for a font or image")
	}
	s.imageIDs = map[string]string{}
	for _, id := range fonts {
		name, err := next("BT /F", " 10.00 Tf ET")
		if err != nil {
			return err
		}
		s.fontIDs[id] = name
	}
	for _, name := range images {
		id, err := next(" cm /I", " Do Q")
		if err != nil {
			return err
		}
		s.imageIDs[name] = id
	}
	return nil
}

// addPage finishes the current page and starts the next one with the
// operators gofpdf writes at the top of a page (its fill color stays black:
// the sheet sets the colors of text and fills itself, see setInk).
func (s *sheet) addPage() {
	s.finishPage()
	s.pdf.AddPage()
	s.pageOpen = true
	st := &s.gstate
	b := append(s.page, "0 J\n0 j\n"...)
	b = appendFixed2(b, st.lineWidth)
	b = append(b, " w\n"...)
	if st.font != 255 {
		b = s.appendFontOp(b, st.font, st.size)
	}
	b = append(b, st.drawColor...)
	b = append(b, "\n0.000 g\n"...)
	if st.font != 255 {
		b = s.appendFontOp(b, st.font, st.size)
	}
	s.page = b
}

// appendFontOp appends the operator gofpdf's SetFont writes.
func (s *sheet) appendFontOp(b []byte, f fontID, size float64) []byte {
	b = append(b, "BT /F"...)
	b = append(b, s.fontIDs[f]...)
	b = append(b, ' ')
	b = appendFixed2(b, size)
	return append(b, " Tf ET\n"...)
}

// setFont selects font f at size for the text that follows.
func (s *sheet) setFont(f fontID, size float64) {
	s.page = s.appendFontOp(s.page, f, size)
	s.gstate.font, s.gstate.size = f, size
}

// setLineWidth sets the width of the lines that follow.
func (s *sheet) setLineWidth(w float64) {
	s.page = appendFixed2(s.page, w)
	s.page = append(s.page, " w\n"...)
	s.gstate.lineWidth = w
}

// setDrawColor makes c the color of the lines that follow.
func (s *sheet) setDrawColor(c color) {
	s.page = append(s.page, drawOps[c]...)
	s.page = append(s.page, '\n')
	s.gstate.drawColor = drawOps[c]
}

// drawOps are the operators gofpdf's SetDrawColor writes for each palette
// color: a gray level when red, green and blue are equal.
var drawOps = func() (ops [len(palette)]string) {
	for i, rgb := range palette {
		if rgb[0] == rgb[1] && rgb[0] == rgb[2] {
			ops[i] = fmt.Sprintf("%.3f G", float64(rgb[0])/255)
		} else {
			ops[i] = fmt.Sprintf("%.3f %.3f %.3f RG", float64(rgb[0])/255, float64(rgb[1])/255, float64(rgb[2])/255)
		}
	}
	return ops
}()

// setDash sets a dash pattern for lines, as gofpdf's SetDashPattern; no
// dashes means solid lines.
func (s *sheet) setDash(dashes ...float64) {
	s.page = append(s.page, '[')
	for i, d := range dashes {
		if i > 0 {
			s.page = append(s.page, ' ')
		}
		s.page = appendFixed2(s.page, d)
	}
	s.page = append(s.page, "] 0.00 d\n"...)
}

// appendRectOp appends the operator gofpdf's Rect writes for a filled
// rectangle at (x, y) from the top left of a page pageH high.
func appendRectOp(b []byte, x, y, w, h, pageH float64) []byte {
	b = appendFixed2(b, x)
	b = append(b, ' ')
	b = appendFixed2(b, pageH-y)
	b = append(b, ' ')
	b = appendFixed2(b, w)
	b = append(b, ' ')
	b = appendFixed2(b, -h)
	return append(b, " re f\n"...)
}

// appendLineOp appends the operator gofpdf's Line writes.
func appendLineOp(b []byte, x1, y1, x2, y2, pageH float64) []byte {
	b = appendFixed2(b, x1)
	b = append(b, ' ')
	b = appendFixed2(b, pageH-y1)
	b = append(b, " m "...)
	b = appendFixed2(b, x2)
	b = append(b, ' ')
	b = appendFixed2(b, pageH-y2)
	return append(b, " l S\n"...)
}

// drawImage draws the image gofpdf knows as name, w by h points, at (x, y).
func (s *sheet) drawImage(name string, x, y, w, h float64) {
	b := append(s.page, "q "...)
	b = strconv.AppendFloat(b, w, 'f', 5, 64)
	b = append(b, " 0 0 "...)
	b = strconv.AppendFloat(b, h, 'f', 5, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, x, 'f', 5, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, s.cfg.pageH-(y+h), 'f', 5, 64)
	b = append(b, " cm /I"...)
	b = append(b, s.imageIDs[name]...)
	s.page = append(b, " Do Q\n"...)
}

// finishPage hands the page drawn so far, if any, to the compressor.
func (s *sheet) finishPage() {
	if !s.pageOpen {
		return
	}
	s.pageOpen = false
	if s.zip == nil {
		s.zip = newPageZip(s.out)
	}
	s.page = s.zip.add(s.page)
}

// registerChars tells gofpdf every character drawn in each font, so that it
// keeps them in the font subsets.
func (s *sheet) registerChars() {
	s.pdf.CreateTemplate(func(t *gofpdf.Tpl) {
		var text []rune
		for f, drawn := range s.drawn {
			if drawn == nil {
				continue
			}
			text = text[:0]
			for r, ok := range drawn {
				if ok {
					text = append(text, rune(r))
				}
			}
			t.SetFont(family[f], "", 10)
			t.Text(0, 0, string(text))
		}
	})
}

// A pageZip compresses page contents on every core, in the order given.
// With a writer, it writes each page as deflate would, page object and all,
// as soon as the pages before it are written, and keeps only its length.
type pageZip struct {
	jobs   chan zipJob
	free   chan []byte // page buffers to reuse
	wg     sync.WaitGroup
	mu     sync.Mutex
	w      *countWriter // nil: keep the compressed pages for deflate
	out    [][]byte     // the compressed pages not written yet
	lens   []int        // the length of each compressed page
	sent   int          // pages written to w
	errs   []error
	queued int // pages added
}

// A zipJob is one page content to compress.
type zipJob struct {
	n    int
	data []byte
}

// zlibWriters keeps zlib writers, whose set-up costs more than compressing a
// page, from one export to the next: one per core.
var zlibWriters = make(chan *zlibWriter, runtime.GOMAXPROCS(0))

// getZlib returns a zlib writer at BestSpeed writing to w: klauspost's
// deflate, which at that level is about twice as fast as the standard library's.
func getZlib(w io.Writer) *zlibWriter {
	select {
	case zw := <-zlibWriters:
		zw.Reset(w)
		return zw
	default:
		return newZlibWriter(w)
	}
}

// putZlib keeps zw for reuse.
func putZlib(zw *zlibWriter) {
	select {
	case zlibWriters <- zw:
	default:
	}
}

// newPageZip starts the compressing goroutines; w, if not nil, is where the
// pages go (see pageZip).
func newPageZip(w *countWriter) *pageZip {
	workers := runtime.GOMAXPROCS(0)
	z := &pageZip{jobs: make(chan zipJob, workers), free: make(chan []byte, 2*workers), w: w}
	for w := 0; w < workers; w++ {
		z.wg.Add(1)
		go z.work()
	}
	return z
}

// work compresses pages until the jobs are closed.
func (z *pageZip) work() {
	defer z.wg.Done()
	var buf bytes.Buffer
	zw := getZlib(&buf)
	defer putZlib(zw)
	for j := range z.jobs {
		buf.Reset()
		zw.Reset(&buf)
		zw.Write(j.data)
		err := zw.Close()
		select {
		case z.free <- j.data[:0]:
		default:
		}
		z.mu.Lock()
		if err != nil {
			z.errs = append(z.errs, fmt.Errorf("compress page: %w", err))
		}
		for len(z.out) <= j.n {
			z.out = append(z.out, nil)
			z.lens = append(z.lens, 0)
		}
		z.lens[j.n] = buf.Len()
		if z.w != nil && j.n == z.sent {
			z.write(buf.Bytes())
			for z.sent < len(z.out) && z.out[z.sent] != nil {
				data := z.out[z.sent]
				z.out[z.sent] = nil
				z.write(data)
			}
		} else {
			z.out[j.n] = bytes.Clone(buf.Bytes())
		}
		z.mu.Unlock()
	}
}

// write writes the next page, compressed as data, to w.
func (z *pageZip) write(data []byte) {
	z.w.Write(appendPageHead(nil, z.sent, len(data)))
	z.w.Write(data)
	z.sent++
}

// appendPageHead appends what deflate writes before the compressed content
// of page n (from 0) of length size: what gofpdf writes after the previous
// page's content, if any, the page object, then the content's dictionary.
func appendPageHead(b []byte, n, size int) []byte {
	b = appendPageGap(b, n)
	b = append(b, pageDict...)
	b = strconv.AppendInt(b, int64(size), 10)
	return append(b, streamStart...)
}

// appendPageGap appends what gofpdf writes between the content of page n-1
// and the dictionary of page n's content (from the start when n is 0) for
// a sheet without images: pages of the document's size, without links.
func appendPageGap(b []byte, n int) []byte {
	if n == 0 {
		b = append(b, "%PDF-1.3\n"...)
	} else {
		b = append(b, "\nendstream\nendobj\n"...)
	}
	b = strconv.AppendInt(b, int64(2*n+3), 10)
	b = append(b, " 0 obj\n<</Type /Page\n/Parent 1 0 R\n/Resources 2 0 R\n/Contents "...)
	b = strconv.AppendInt(b, int64(2*n+4), 10)
	b = append(b, " 0 R>>\nendobj\n"...)
	b = strconv.AppendInt(b, int64(2*n+4), 10)
	return append(b, " 0 obj\n"...)
}

// add queues a page's content and returns an empty buffer for the next one.
func (z *pageZip) add(data []byte) []byte {
	z.jobs <- zipJob{n: z.queued, data: data}
	z.queued++
	select {
	case b := <-z.free:
		return b
	default:
		return make([]byte, 0, cap(data))
	}
}

// wait waits for all pages to be compressed and written; it returns the
// pages not written and the lengths of all.
func (z *pageZip) wait() (pages [][]byte, lens []int, err error) {
	close(z.jobs)
	z.wg.Wait()
	return z.out, z.lens, errors.Join(z.errs...)
}

// appendFixed2 appends v with two decimals, as strconv.AppendFloat(b, v,
// 'f', 2, 64) does, but faster for the sizes of a page: it leaves values
// that are huge, or whose rounding hangs on more than float precision, to
// strconv.
func appendFixed2(b []byte, v float64) []byte {
	a := math.Abs(v)
	if !(a < 1e6) {
		return strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	t := a * 100
	fl := math.Floor(t)
	d := t - fl
	if d > 0.5-1e-6 && d < 0.5+1e-6 {
		return strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	n := uint64(fl)
	if d > 0.5 {
		n++
	}
	if math.Signbit(v) {
		b = append(b, '-')
	}
	b = appendSmallUint(b, n/100)
	return append(b, '.', byte('0'+n/10%10), byte('0'+n%10))
}

// appendSmallUint appends n in decimal, digit by digit below 1000 (the
// coordinates of a page).
func appendSmallUint(b []byte, n uint64) []byte {
	switch {
	case n < 10:
		return append(b, byte('0'+n))
	case n < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case n < 1000:
		return append(b, byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10))
	}
	return strconv.AppendUint(b, n, 10)
}
