package web

import (
	"crypto/subtle"
	"net"
	"net/http"
	"strings"
)

// cookieName holds the token once the address with it has been opened, so
// the pages' own links need not carry it.
const cookieName = "reportpipe_token"

// headerName carries the token on requests made by the app's script.
const headerName = "X-Reportpipe-Token"

// guard checks every request before any handler sees it:
//   - the Host is a loopback name, so a web page that rebinds its own
//     domain to 127.0.0.1 still cannot talk to the app;
//   - the token is there (the cookie set when the printed address was
//     opened, or the address itself);
//   - a request that changes something comes from the app's own pages
//     (Origin, Sec-Fetch-Site) and carries the token itself, which another
//     site cannot know, not only the cookie a browser adds by itself.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		securityHeaders(w)
		if !loopbackHost(r.Host) {
			refuse(w, http.StatusForbidden, "This is not reportpipe's address. Open the address reportpipe serve printed.")
			return
		}
		query := r.URL.Query().Get("token")
		if r.Method == http.MethodGet && query != "" && s.tokenOK(query) {
			s.keepToken(w, r)
			return
		}
		cookie := ""
		if c, err := r.Cookie(cookieName); err == nil {
			cookie = c.Value
		}
		own := query
		if h := r.Header.Get(headerName); h != "" {
			own = h
		}
		if !s.tokenOK(cookie) && !s.tokenOK(own) {
			refuse(w, http.StatusForbidden, "This page needs the key in the address reportpipe serve printed when it started (it changes at every start). Open that address again.")
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if !sameOrigin(r) || !s.tokenOK(own) {
				refuse(w, http.StatusForbidden, "Refused: changes are only accepted from reportpipe's own pages.")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// keepToken stores the token in a cookie and sends the browser to the same
// page without it, so the address bar and the history do not keep it.
func (s *Server) keepToken(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: s.opt.Token, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteStrictMode})
	u := *r.URL
	q := u.Query()
	q.Del("token")
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
}

func (s *Server) tokenOK(t string) bool {
	return t != "" && subtle.ConstantTimeCompare([]byte(t), []byte(s.opt.Token)) == 1
}

// sameOrigin is false when the browser says the request comes from another
// site: a form or script on any other page, even one on this machine.
func sameOrigin(r *http.Request) bool {
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host {
		return false
	}
	if f := r.Header.Get("Sec-Fetch-Site"); f != "" && f != "same-origin" {
		return false
	}
	return true
}

func loopbackHost(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// securityHeaders: nothing from elsewhere, no framing, no referrer (the
// address holds the token), nothing cached.
func securityHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin") // "no-referrer" would make the browser send Origin: null on the app's own forms
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cache-Control", "no-store")
}

// refuse answers with a short plain-text reason.
func refuse(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write([]byte(msg + "\n"))
}
