package pipeline

import (
	"fmt"
	"sort"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// flagPersonalData adds one flag to each statement in which the publication
// check found possible personal data, so the run summary and the tracker
// say the statement needs attention before publication. The findings
// themselves stay in the analysis (and as comments on their text).
func flagPersonalData(rep *model.Report) {
	if rep.Analysis == nil {
		return
	}
	kinds := map[string]map[string]bool{}
	counts := map[string]int{}
	for _, f := range rep.Analysis.Publication {
		if kinds[f.Agency] == nil {
			kinds[f.Agency] = map[string]bool{}
		}
		kinds[f.Agency][string(f.Kind)] = true
		counts[f.Agency]++
	}
	for _, st := range rep.Statements {
		n := counts[st.Agency]
		if n == 0 {
			continue
		}
		var ks []string
		for k := range kinds[st.Agency] {
			ks = append(ks, strings.ReplaceAll(k, "_", " "))
		}
		sort.Strings(ks)
		st.Flags = append(st.Flags, model.Flag{Kind: model.FlagPersonalData, Message: fmt.Sprintf(
			"%d possible item(s) of personal data (%s): check them before publication (each is marked on its text).",
			n, strings.Join(ks, ", "))})
	}
}
