package web

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
)

// NewToken is a fresh secret for the app's address: 128 bits, as Jupyter's.
func NewToken() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func itoa(n int) string { return strconv.Itoa(n) }
