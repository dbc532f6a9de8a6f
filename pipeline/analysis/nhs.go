package analysis

// validNHS reports whether ten digits form a valid NHS number: the check
// digit (the tenth) is 11 minus the remainder of the first nine digits
// weighted 10 down to 2, divided by 11; 11 becomes 0 and 10 is never
// issued. digits must hold exactly ten ASCII digits.
func validNHS(digits string) bool {
	if len(digits) != 10 {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(digits[i]-'0') * (10 - i)
	}
	check := 11 - sum%11
	if check == 11 {
		check = 0
	}
	return check != 10 && check == int(digits[9]-'0')
}

// onlyDigits keeps the ASCII digits of s.
func onlyDigits(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}
