package pdf

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"
)

// gofpdf compresses each stream with a new zlib writer, whose set-up costs
// more than the compression itself on a sheet of hundreds of pages. The sheet
// is written uncompressed instead, and deflate puts in the page contents the
// sheet compressed itself (see pageZip), compresses the other streams with
// one reused writer per CPU, then moves the cross-reference table's offsets.

// pageDict starts the dictionary of a compressed stream, before its length.
const pageDict = "<</Filter /FlateDecode /Length "

var (
	plainStream = []byte(" 0 obj\n<</Length ")
	streamStart = []byte(">>\nstream\n")
	streamEnd   = []byte("\nendstream")
)

// deflate writes to out a PDF written by gofpdf with compression off, with
// its first len(pages) unfiltered streams, the page contents, replaced by
// pages, the others compressed, and its cross-reference table rewritten. The
// first sent pages, of lengths lens, are in out already (see pageZip): it
// checks that gofpdf wrote around them what appendPageGap says.
func deflate(out *countWriter, pdf []byte, pages [][]byte, lens []int, sent int, forms formObjects) error {
	xref, err := xrefOffset(pdf)
	if err != nil {
		return err
	}
	offsets, trailer, err := readXref(pdf[xref:])
	if err != nil {
		return err
	}
	// The forms are listed before the images in the resources, object 2.
	ins, entries := xref, forms.entries(len(offsets)+1)
	if len(entries) > 0 {
		if ins, err = xobjectEntries(pdf, offsets, xref); err != nil {
			return err
		}
	}
	// Find the streams, compress them in parallel, then splice them in.
	type stream struct {
		dict, data, end int // "<<" of the dictionary, the data, its end
		z               []byte
	}
	var streams []stream
	for from := 0; ; {
		i := bytes.Index(pdf[from:xref], plainStream)
		if i < 0 {
			break
		}
		dict := from + i + len(plainStream) - len("<</Length ")
		num := dict + len("<</Length ")
		j := num
		for j < xref && pdf[j] >= '0' && pdf[j] <= '9' {
			j++
		}
		n, err := strconv.Atoi(string(pdf[num:j]))
		data := j + len(streamStart)
		if err != nil || !bytes.HasPrefix(pdf[j:], streamStart) || data+n > xref || !bytes.HasPrefix(pdf[data+n:], streamEnd) {
			from = num
			continue
		}
		st := stream{dict: dict, data: data, end: data + n}
		if n := len(streams); n >= sent && n < len(pages) {
			st.z = pages[n]
		}
		streams = append(streams, st)
		from = data + n
	}
	if len(streams) < len(pages) {
		return errors.New("page contents not found")
	}
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(streams)-len(pages))
	errs := make([]error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var zbuf bytes.Buffer
			zw := getZlib(&zbuf)
			defer putZlib(zw)
			for i := len(pages) + w; i < len(streams); i += workers {
				st := &streams[i]
				zbuf.Reset()
				zw.Reset(&zbuf)
				zw.Write(pdf[st.data:st.end])
				if err := zw.Close(); err != nil {
					errs[w] = fmt.Errorf("compress stream: %w", err)
					return
				}
				st.z = bytes.Clone(zbuf.Bytes())
			}
		}(w)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	type shift struct{ at, delta int } // from byte at on, offsets move by delta
	shifts := make([]shift, 0, len(streams))
	delta, pos := 0, 0
	var gap []byte
	for i, st := range streams {
		if i < sent {
			if gap = appendPageGap(gap[:0], i); !bytes.Equal(pdf[pos:st.dict], gap) {
				return fmt.Errorf("gofpdf wrote page %d's object otherwise than the page written", i+1)
			}
			delta += len(pageDict) + len(strconv.Itoa(lens[i])) + len(streamStart) + lens[i] - (st.end - st.dict)
			shifts = append(shifts, shift{st.end, delta})
			pos = st.end
			continue
		}
		out.Write(pdf[pos:st.dict])
		before := out.n
		out.WriteString(pageDict)
		out.WriteString(strconv.Itoa(len(st.z)))
		out.Write(streamStart)
		out.Write(st.z)
		delta += out.n - before - (st.end - st.dict)
		shifts = append(shifts, shift{st.end, delta})
		pos = st.end
	}
	if ins < pos {
		return errors.New("resources written before a stream")
	}
	out.Write(pdf[pos:ins])
	out.Write(entries)
	shifts = append(shifts, shift{ins, delta + len(entries)})
	out.Write(pdf[ins:xref])
	// An object moves by the size change of the streams rewritten before it.
	for i, off := range offsets {
		if k := sort.Search(len(shifts), func(k int) bool { return shifts[k].at > off }); k > 0 {
			offsets[i] = off + shifts[k-1].delta
		}
	}
	size := len(offsets) + 1
	offsets, err = forms.write(out, offsets)
	if err != nil {
		return err
	}
	if trailer, err = resize(trailer, size, len(offsets)+1); err != nil {
		return err
	}
	newXref := out.n
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, off := range offsets {
		fmt.Fprintf(out, "%010d 00000 n \n", off)
	}
	out.Write(trailer)
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", newXref)
	return out.w.Flush()
}

// xobjectEntries returns where the entries of the XObject dictionary of
// gofpdf's resources, object 2, start.
func xobjectEntries(pdf []byte, offsets []int, xref int) (int, error) {
	const dict = "\n/XObject <<\n"
	if len(offsets) < 2 || offsets[1] >= xref {
		return 0, errors.New("resources not found")
	}
	obj := pdf[offsets[1]:xref]
	end := bytes.Index(obj, []byte("\nendobj\n"))
	i := bytes.Index(obj, []byte(dict))
	if i < 0 || i > end {
		return 0, errors.New("XObject resources not found")
	}
	return offsets[1] + i + len(dict), nil
}

// resize changes the trailer's /Size from size to n.
func resize(trailer []byte, size, n int) ([]byte, error) {
	from := fmt.Appendf(nil, "/Size %d\n", size)
	if !bytes.Contains(trailer, from) {
		return nil, errXref
	}
	return bytes.Replace(trailer, from, fmt.Appendf(nil, "/Size %d\n", n), 1), nil
}

// A countWriter counts the bytes written through it; the bufio.Writer keeps
// the first error for Flush.
type countWriter struct {
	w *bufio.Writer
	n int
}

// Write writes p.
func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

// WriteString writes s.
func (c *countWriter) WriteString(s string) (int, error) {
	n, err := c.w.WriteString(s)
	c.n += n
	return n, err
}

var errXref = errors.New("cross-reference table not found")

// xrefOffset reads the offset after the last "startxref".
func xrefOffset(pdf []byte) (int, error) {
	i := bytes.LastIndex(pdf, []byte("startxref\n"))
	if i < 0 {
		return 0, errXref
	}
	rest := pdf[i+len("startxref\n"):]
	j := bytes.IndexByte(rest, '\n')
	if j < 0 {
		return 0, errXref
	}
	off, err := strconv.Atoi(string(rest[:j]))
	if err != nil || off < 0 || off >= i {
		return 0, errXref
	}
	return off, nil
}

// readXref parses gofpdf's one-section xref table; it returns the offsets of
// objects 1… and the trailer up to "startxref".
func readXref(b []byte) ([]int, []byte, error) {
	var n int
	if _, err := fmt.Sscanf(string(b[:min(len(b), 32)]), "xref\n0 %d\n", &n); err != nil || n < 1 {
		return nil, nil, errXref
	}
	head := bytes.Index(b, []byte("0000000000 65535 f \n"))
	if head < 0 {
		return nil, nil, errXref
	}
	at := head + 20
	offsets := make([]int, n-1)
	for i := range offsets {
		if at+20 > len(b) {
			return nil, nil, errXref
		}
		off, err := strconv.Atoi(string(b[at : at+10]))
		if err != nil {
			return nil, nil, errXref
		}
		offsets[i] = off
		at += 20
	}
	end := bytes.LastIndex(b, []byte("startxref\n"))
	if end < at {
		return nil, nil, errXref
	}
	return offsets, b[at:end], nil
}
