package pdf

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
)

// plainPNG decodes a PNG that gofpdf cannot read, interlaced (Adam7) or of
// 16 bits a channel, and encodes it again as the 8-bit, non-interlaced PNG
// gofpdf reads, keeping its alpha channel. It reports false when Go cannot
// decode the PNG either.
func plainPNG(data []byte) ([]byte, bool) {
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, false
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, eightBit(img)); err != nil {
		return nil, false
	}
	return buf.Bytes(), true
}

// eightBit returns img with 8 bits a channel: the high byte of each 16-bit
// sample, or, for the types image/png does not decode to, the pixels drawn
// on an NRGBA image. Images of 8 bits or fewer are returned as they are.
func eightBit(img image.Image) image.Image {
	switch m := img.(type) {
	case *image.Gray, *image.Paletted, *image.RGBA, *image.NRGBA:
		return m
	case *image.Gray16:
		return &image.Gray{Pix: highBytes(m.Pix), Stride: m.Stride / 2, Rect: m.Rect}
	case *image.RGBA64:
		return &image.RGBA{Pix: highBytes(m.Pix), Stride: m.Stride / 2, Rect: m.Rect}
	case *image.NRGBA64:
		return &image.NRGBA{Pix: highBytes(m.Pix), Stride: m.Stride / 2, Rect: m.Rect}
	}
	out := image.NewNRGBA(img.Bounds())
	draw.Draw(out, out.Rect, img, img.Bounds().Min, draw.Src)
	return out
}

// highBytes returns the high byte of each big-endian 16-bit sample of pix.
func highBytes(pix []byte) []byte {
	out := make([]byte, len(pix)/2)
	for i := range out {
		out[i] = pix[2*i]
	}
	return out
}
