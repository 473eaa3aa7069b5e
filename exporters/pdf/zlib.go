package pdf

import (
	"encoding/binary"
	"io"

	"github.com/klauspost/compress/flate"
)

// A zlibWriter writes a zlib stream as klauspost's zlib writer does at
// BestSpeed, byte for byte, with a faster Adler-32 checksum (see adlerUpdate).
type zlibWriter struct {
	w     io.Writer
	fw    *flate.Writer
	sum   uint32 // Adler-32 of the data written so far
	wrote bool   // the header is written
}

// zlibHeader is the header of a zlib stream compressed at BestSpeed.
var zlibHeader = []byte{0x78, 0x01}

// newZlibWriter returns a zlib writer at BestSpeed writing to w.
func newZlibWriter(w io.Writer) *zlibWriter {
	fw, _ := flate.NewWriter(w, flate.BestSpeed)
	return &zlibWriter{w: w, fw: fw, sum: 1}
}

// Reset starts a new stream written to w.
func (z *zlibWriter) Reset(w io.Writer) {
	z.w, z.sum, z.wrote = w, 1, false
	z.fw.Reset(w)
}

// Write compresses p.
func (z *zlibWriter) Write(p []byte) (int, error) {
	if err := z.header(); err != nil {
		return 0, err
	}
	z.sum = adlerUpdate(z.sum, p)
	return z.fw.Write(p)
}

// header writes the header if it is not written yet.
func (z *zlibWriter) header() error {
	if z.wrote {
		return nil
	}
	z.wrote = true
	_, err := z.w.Write(zlibHeader)
	return err
}

// Close finishes the stream with its checksum.
func (z *zlibWriter) Close() error {
	if err := z.header(); err != nil {
		return err
	}
	if err := z.fw.Close(); err != nil {
		return err
	}
	_, err := z.w.Write(binary.BigEndian.AppendUint32(nil, z.sum))
	return err
}

// adlerMod is the modulus of Adler-32, and adlerMax the most bytes after
// which the sums, kept in 32 bits, must be reduced (as in hash/adler32).
const (
	adlerMod = 65521
	adlerMax = 5552
)

// Weights of the bytes of an 8-byte block in the second sum, as 16-bit
// lanes for the even and odd bytes of a little-endian word (see adlerUpdate).
const (
	lanes     = 0x00ff00ff00ff00ff
	laneOnes  = 0x0001000100010001
	evenTimes = 2 | 4<<16 | 6<<32 | 8<<48
	oddTimes  = 1 | 3<<16 | 5<<32 | 7<<48
)

// adlerUpdate updates the Adler-32 checksum sum with p. It adds 16 bytes at
// a time, two words of 8: s2 gains 16·s1, 8 times the first word's sum and
// each word's bytes weighted 8, 7, …, 1, and s1 the sum of the 16, all found
// by multiplying 16-bit lanes, whose products never carry.
func adlerUpdate(sum uint32, p []byte) uint32 {
	s1, s2 := sum&0xffff, sum>>16
	for len(p) > 0 {
		n := min(len(p), adlerMax) &^ 15
		if n == 0 {
			n = len(p)
		}
		q := p[:n]
		for len(q) >= 16 {
			w0, w1 := binary.LittleEndian.Uint64(q), binary.LittleEndian.Uint64(q[8:])
			e0, o0 := w0&lanes, w0>>8&lanes
			e1, o1 := w1&lanes, w1>>8&lanes
			first := uint32(((e0 + o0) * laneOnes) >> 48)
			s2 += 16*s1 + 8*first + uint32(((e0+e1)*evenTimes+(o0+o1)*oddTimes)>>48)
			s1 += uint32(((e0 + o0 + e1 + o1) * laneOnes) >> 48)
			q = q[16:]
		}
		for _, c := range q {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= adlerMod
		s2 %= adlerMod
		p = p[n:]
	}
	return s2<<16 | s1
}
