package pdf

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"net/url"
	"path"
	"strings"
	"unicode"
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

// jpegOrientation returns the EXIF orientation of JPEG data, 1 to 8: how
// the stored pixels are turned and flipped for display (see orient). A
// JPEG without it, or with a damaged one, is 1: shown as stored.
func jpegOrientation(data []byte) int {
	// The segments before the image data: 0xFF, marker, length (which
	// counts itself); Exif is in APP1 (0xE1).
	for i := 2; i+4 <= len(data) && data[i] == 0xFF; {
		marker := data[i+1]
		switch {
		case marker == 0xFF: // fill byte
			i++
			continue
		case marker == 0xDA || marker == 0xD9: // start of scan, end of image
			return 1
		case marker == 0x01 || marker >= 0xD0 && marker <= 0xD7: // no length
			i += 2
			continue
		}
		n := int(data[i+2])<<8 | int(data[i+3])
		if n < 2 || i+2+n > len(data) {
			return 1
		}
		if seg := data[i+4 : i+2+n]; marker == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return exifOrientation(seg[6:])
		}
		i += 2 + n
	}
	return 1
}

// exifOrientation reads the Orientation tag (0x0112) of the first image
// file directory of tiff, an Exif block; 1 when it has none or is damaged.
func exifOrientation(tiff []byte) int {
	if len(tiff) < 8 {
		return 1
	}
	var order binary.ByteOrder
	switch string(tiff[:4]) {
	case "II*\x00":
		order = binary.LittleEndian
	case "MM\x00*":
		order = binary.BigEndian
	default:
		return 1
	}
	ifd := int64(order.Uint32(tiff[4:]))
	if ifd+2 > int64(len(tiff)) {
		return 1
	}
	entries := int64(order.Uint16(tiff[ifd:]))
	for e := ifd + 2; e < ifd+2+12*entries && e+12 <= int64(len(tiff)); e += 12 {
		if order.Uint16(tiff[e:]) != 0x0112 {
			continue
		}
		if order.Uint16(tiff[e+2:]) != 3 { // SHORT
			return 1
		}
		if o := int(order.Uint16(tiff[e+8:])); o >= 1 && o <= 8 {
			return o
		}
		return 1
	}
	return 1
}

// uprightJPEG decodes JPEG data, turns and flips it as its EXIF orientation
// o (2 to 8) says, and encodes it again; it reports false when Go cannot
// decode the JPEG.
func uprightJPEG(data []byte, o int) ([]byte, bool) {
	img, err := jpeg.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, false
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, orient(img, o), &jpeg.Options{Quality: 92}); err != nil {
		return nil, false
	}
	return buf.Bytes(), true
}

// orient returns img turned and flipped for display as EXIF orientation o
// says: 2 mirrored, 3 turned 180°, 4 flipped upside down, 5 mirrored along
// the main diagonal, 6 turned 90° clockwise, 7 mirrored along the other
// diagonal, 8 turned 90° anticlockwise.
func orient(img image.Image, o int) image.Image {
	b := img.Bounds()
	var src *image.RGBA
	gray, isGray := img.(*image.Gray)
	if !isGray {
		src = image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(src, src.Rect, img, b.Min, draw.Src)
	}
	w, h := b.Dx(), b.Dy()
	dw, dh := w, h
	if o >= 5 {
		dw, dh = h, w
	}
	// at returns the stored pixel shown at (x, y).
	at := func(x, y int) (int, int) {
		switch o {
		case 2:
			return w - 1 - x, y
		case 3:
			return w - 1 - x, h - 1 - y
		case 4:
			return x, h - 1 - y
		case 5:
			return y, x
		case 6:
			return y, h - 1 - x
		case 7:
			return w - 1 - y, h - 1 - x
		case 8:
			return w - 1 - y, x
		}
		return x, y
	}
	if isGray {
		out := image.NewGray(image.Rect(0, 0, dw, dh))
		for y := range dh {
			for x := range dw {
				sx, sy := at(x, y)
				out.Pix[out.PixOffset(x, y)] = gray.Pix[gray.PixOffset(b.Min.X+sx, b.Min.Y+sy)]
			}
		}
		return out
	}
	out := image.NewRGBA(image.Rect(0, 0, dw, dh))
	for y := range dh {
		for x := range dw {
			sx, sy := at(x, y)
			i := src.PixOffset(sx, sy)
			copy(out.Pix[out.PixOffset(x, y):], src.Pix[i:i+4])
		}
	}
	return out
}

// imageName returns the file name an image's destination ends with, which
// the sheet prints in place of an image it cannot draw (missing, remote)
// and that has no alternative text: "../assets/image%20(384).png" is
// "image (384).png", "https://example.com/fig/pancreas.jpg?w=300" is
// "pancreas.jpg". A data: URI names no file: "".
func imageName(src string) string {
	if len(src) >= 5 && strings.EqualFold(src[:5], "data:") {
		return ""
	}
	src, _, _ = strings.Cut(src, "#")
	src, _, _ = strings.Cut(src, "?")
	src = strings.TrimRight(src, `/\`)
	if i := strings.LastIndexAny(src, `/\`); i >= 0 {
		src = src[i+1:]
	}
	if name, err := url.PathUnescape(src); err == nil {
		src = name
	}
	return strings.TrimSpace(src)
}

// defaultImageWords are the words editors name a pasted picture with, as
// its alternative text or its file name: GitHub's alt="image", Obsidian's
// "Pasted image 20231120095054.png", a phone's "IMG_2804.jpg", macOS's
// "Screenshot 2024-01-12 at 10.22.33".
var defaultImageWords = strings.NewReplacer("image", "", "img", "", "pasted", "", "screenshot", "", "screen shot", "")

// altSaysNothing reports whether alt, an image's alternative text, is
// empty or only the word an editor puts there: a CCNA note's nineteen
// remote screenshots, each alt="image", printed "[image: image]" lines.
// What a student typed stays, "if" or "6.5" too.
func altSaysNothing(alt string) bool {
	return !strings.ContainsFunc(defaultImageWords.Replace(strings.ToLower(alt)), func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	})
}

// nameSaysNothing reports whether name, the file an image that has no
// alternative text is in, tells nothing of what it shows, so that the
// sheet prints nothing in place of an image it cannot draw: once its
// extension and the default words are left off, it has no letter
// ("IMG_2804.jpg", "Pasted image 20231120095054.png", "_.png"), or it is
// a hash or a UUID ("3ac5f05c70a76473139a0abb96318146af528f48.png").
func nameSaysNothing(name string) bool {
	stem := strings.ToLower(name)
	if ext := path.Ext(stem); len(ext) <= 5 && !strings.Contains(ext, " ") {
		stem = stem[:len(stem)-len(ext)]
	}
	if len(stem) >= 16 && strings.Trim(stem, "0123456789abcdef-_") == "" {
		return true
	}
	return !strings.ContainsFunc(defaultImageWords.Replace(stem), unicode.IsLetter)
}
