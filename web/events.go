package web

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// hub fans each event out to every open page.
type hub struct {
	mu   sync.Mutex
	subs map[chan event]bool
}

type event struct{ name, data string }

func newHub() *hub { return &hub{subs: map[chan event]bool{}} }

// send never blocks: a page too slow to take an event misses it and picks
// up the next (every event means "look again").
func (h *hub) send(name, data string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.subs {
		select {
		case c <- event{name, data}:
		default:
		}
	}
}

func (h *hub) add() chan event {
	c := make(chan event, 4)
	h.mu.Lock()
	h.subs[c] = true
	h.mu.Unlock()
	return c
}

func (h *hub) remove(c chan event) {
	h.mu.Lock()
	delete(h.subs, c)
	h.mu.Unlock()
}

// events is the server-sent event stream: "building" when a compile starts,
// "season" with the new generation when it is done.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	c := s.hub.add()
	defer s.hub.remove(c)
	fmt.Fprintf(w, "event: hello\ndata: %d\n\n", s.current().gen)
	fl.Flush()
	tick := time.NewTicker(20 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case e := <-c:
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data)
		case <-tick.C:
			fmt.Fprint(w, ": still here\n\n")
		}
		fl.Flush()
	}
}
