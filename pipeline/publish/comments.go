package publish

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/update"
)

// comment is one Word comment as publish needs it.
type comment struct {
	author, text string
	done         bool // marked resolved (Word's "Resolve", LibreOffice's "Resolved")
}

// open reports whether a comment still needs a decision: reportpipe's own
// comments are review furniture and go; a resolved one is settled.
func (c comment) open() bool { return c.author != update.Author && !c.done }

type comments struct {
	byID map[string]comment
	// parts are the comment parts (comments.xml and its Word 2012+
	// companions) to drop from the version to publish.
	parts []string
}

// readComments reads the comments of the document, with their resolved
// marks from commentsExtended.xml (keyed by the paraId of each comment's
// last paragraph).
func (v *view) readComments() comments {
	cm := comments{byID: map[string]comment{}}
	for _, kind := range []string{"comments", "commentsExtended", "commentsIds", "commentsExtensible", "people"} {
		if name := v.p.related(kind); name != "" {
			cm.parts = append(cm.parts, name)
		}
	}
	done := map[string]bool{}
	if name := v.p.related("commentsExtended"); name != "" {
		if top, err := parse(v.p.Parts[name]); err == nil {
			for _, n := range top {
				n.each(func(k *node) {
					if k.name == "w15:commentEx" && k.attr("w15:done") == "1" {
						done[k.attr("w15:paraId")] = true
					}
				})
			}
		}
	}
	top, err := parse(v.p.Parts[v.p.related("comments")])
	if err != nil {
		return cm
	}
	for _, n := range top {
		n.each(func(k *node) {
			if k.name != "w:comment" {
				return
			}
			c := comment{author: k.attr("w:author"), text: strings.TrimSpace(k.plain())}
			k.each(func(p *node) {
				if p.name == "w:p" && done[p.attr("w14:paraId")] {
					c.done = true
				}
			})
			cm.byID[k.attr("w:id")] = c
		})
	}
	return cm
}

// commentIDs lists the comments anchored in block n (by their reference,
// else their range start), each once.
func commentIDs(n *node) []string {
	var out []string
	seen := map[string]bool{}
	n.each(func(k *node) {
		if k.name != "w:commentReference" && k.name != "w:commentRangeStart" {
			return
		}
		if id := k.attr("w:id"); !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	})
	return out
}
