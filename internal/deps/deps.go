//go:build tools

// Package deps pins the modules the packages are being built on while they land; removed once every one is imported for real.
package deps

import (
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/ledongthuc/pdf"
	_ "github.com/pdfcpu/pdfcpu/pkg/api"
	_ "github.com/sashabaranov/go-openai"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/viper"
	_ "go.yaml.in/yaml/v3"
)
