// Package config owns reportpipe's configuration: the typed Config every
// stage receives, its defaults, loading from file, environment and flags
// (viper is used here and in cmd/ only), and validation with messages that
// name the wrong key and what it allows.
package config
