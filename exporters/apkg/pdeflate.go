package apkg

import (
	"bytes"
	"io"
	"runtime"
	"sync"

	"github.com/klauspost/compress/flate"
)

// deflateBlock is how many input bytes a parallelDeflate compresses as one
// piece. Pieces are cut by count, not by timing, so the output is the same
// on every run and every machine.
const deflateBlock = 1 << 20

// A parallelDeflate is a DEFLATE writer that compresses its input in pieces
// of deflateBlock bytes on every core and writes them in order: each piece
// but the last ends with a sync flush (an empty stored block, which leaves
// the stream byte-aligned), the last with the final block, so together they
// are one stream, as pigz makes. Each piece starts without the window of the
// one before, which costs a few hundred bytes per MiB. The collection is the
// last step of the build, when the cheat sheet is often done: a second core
// halves the time it takes.
type parallelDeflate struct {
	out     io.Writer
	buf     []byte           // the piece being filled
	pending chan chan []byte // pieces in compression, in order
	free    chan []byte      // input buffers to reuse
	outs    chan []byte      // output buffers to reuse
	done    chan error       // the result of the goroutine that writes pieces
	writers sync.Pool        // *flate.Writer
	level   int
}

// newParallelDeflate returns a writer that compresses at level to out.
func newParallelDeflate(out io.Writer, level int) *parallelDeflate {
	workers := max(1, runtime.GOMAXPROCS(0))
	z := &parallelDeflate{
		out:     out,
		pending: make(chan chan []byte, workers),
		free:    make(chan []byte, workers+1),
		outs:    make(chan []byte, workers+2),
		done:    make(chan error, 1),
		level:   level,
	}
	go z.drain()
	return z
}

// drain writes the compressed pieces to out in order. After an error it
// keeps receiving, so that Write and Close never block, and reports the
// first error.
func (z *parallelDeflate) drain() {
	var err error
	for piece := range z.pending {
		data := <-piece
		if err == nil {
			_, err = z.out.Write(data)
		}
		select {
		case z.outs <- data:
		default: // enough buffers kept
		}
	}
	z.done <- err
}

// Write buffers p and sends every full piece to be compressed.
func (z *parallelDeflate) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if z.buf == nil {
			z.buf = z.buffer(len(p))
		}
		k := min(len(p), deflateBlock-len(z.buf))
		z.buf = append(z.buf, p[:k]...)
		p = p[k:]
		if len(z.buf) == deflateBlock {
			z.send(false)
		}
	}
	return n, nil
}

// Close compresses the last piece, waits for every piece to be written and
// returns the first error.
func (z *parallelDeflate) Close() error {
	z.send(true)
	close(z.pending)
	return <-z.done
}

// buffer returns an empty input buffer for a piece that starts with n
// bytes: one of deflateBlock bytes, unless the piece may stay small (the
// media map, small images), where append grows it as needed.
func (z *parallelDeflate) buffer(n int) []byte {
	select {
	case b := <-z.free:
		return b[:0]
	default:
	}
	if n < deflateBlock/8 {
		return make([]byte, 0, n)
	}
	return make([]byte, 0, deflateBlock)
}

// send compresses the filled piece on a goroutine; last ends the stream.
func (z *parallelDeflate) send(last bool) {
	in := z.buf
	z.buf = nil
	piece := make(chan []byte, 1)
	z.pending <- piece // blocks while every core has a piece
	go func() {
		var out *bytes.Buffer
		select {
		case b := <-z.outs:
			out = bytes.NewBuffer(b[:0])
		default:
			out = bytes.NewBuffer(make([]byte, 0, len(in)/2+64))
		}
		w := z.writer(out)
		w.Write(in) // a bytes.Buffer never fails
		if last {
			w.Close()
		} else {
			w.Flush()
		}
		z.writers.Put(w)
		select {
		case z.free <- in:
		default: // enough buffers kept
		}
		piece <- out.Bytes()
	}()
}

// writer returns a flate.Writer at z.level that writes to out.
func (z *parallelDeflate) writer(out io.Writer) *flate.Writer {
	if w, ok := z.writers.Get().(*flate.Writer); ok {
		w.Reset(out)
		return w
	}
	w, _ := flate.NewWriter(out, z.level) // the level is valid
	return w
}
