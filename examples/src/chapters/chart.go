//go:build ignore

// chart.go draws chart.png, the fictional bar chart of referrals by month
// that the example chapter holds: go run chart.go (from this folder).
package main

import (
	"image"
	"image/color"
	"image/png"
	"os"
)

func main() {
	img := image.NewRGBA(image.Rect(0, 0, 480, 240))
	white, axis := color.RGBA{255, 255, 255, 255}, color.RGBA{60, 60, 60, 255}
	bar := color.RGBA{31, 119, 180, 255}
	for x := 0; x < 480; x++ {
		for y := 0; y < 240; y++ {
			img.Set(x, y, white)
		}
	}
	for x := 20; x < 470; x++ {
		img.Set(x, 220, axis)
	}
	heights := []int{90, 120, 110, 150, 170, 140, 130, 160, 180, 120, 100, 140}
	for i, h := range heights {
		for x := 30 + i*36; x < 30+i*36+26; x++ {
			for y := 220 - h; y < 220; y++ {
				img.Set(x, y, bar)
			}
		}
	}
	f, err := os.Create("chart.png")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		panic(err)
	}
}
