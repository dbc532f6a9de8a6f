package model

// Agency is one expected partner, as the business manager configured it.
// The mapstructure tags let the configuration decode straight into it
// (config.Agency is this type); model itself imports nothing of viper.
type Agency struct {
	Name    string   `mapstructure:"name" json:"name"`
	Aliases []string `mapstructure:"aliases" json:"aliases,omitempty"`
	Contact string   `mapstructure:"contact" json:"contact,omitempty"`
	// Optional agencies are not chased or listed missing.
	Optional bool `mapstructure:"optional" json:"optional,omitempty"`
	// Use names the submission (its path under the submissions folder, or
	// its file name; for an e-mail attachment "mail.eml/attachment.docx" or
	// the attachment's name) that is this agency's statement whatever the
	// other versions say: how the business manager settles a version the
	// evidence got wrong or could not decide.
	Use string `mapstructure:"use" json:"use,omitempty"`
	// Number is the agency's fixed number in the statements part (5 for
	// 7.5); 0 means one more than the agency before it in the list, so
	// numbers follow the configured order and never shift as files arrive.
	Number int `mapstructure:"number" json:"number,omitempty"`
}
