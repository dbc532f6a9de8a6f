package analysis

import (
	"fmt"
	"sort"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// attention gives one flag for each statement in which the publication
// check found possible personal data, so the run summary and the tracker
// say the statement needs attention before publication. The findings
// themselves stay in the analysis (and as comments on their text).
func attention(stmts []*model.Statement, findings []model.PersonalDataFinding) map[string][]model.Flag {
	out := map[string][]model.Flag{}
	kinds := map[string]map[string]bool{}
	counts := map[string]int{}
	for _, f := range findings {
		if kinds[f.Agency] == nil {
			kinds[f.Agency] = map[string]bool{}
		}
		kinds[f.Agency][string(f.Kind)] = true
		counts[f.Agency]++
	}
	for _, st := range stmts {
		n := counts[st.Agency]
		if n == 0 {
			continue
		}
		var ks []string
		for k := range kinds[st.Agency] {
			ks = append(ks, strings.ReplaceAll(k, "_", " "))
		}
		sort.Strings(ks)
		out[st.Agency] = append(out[st.Agency], model.Flag{Kind: model.FlagPersonalData, Message: fmt.Sprintf(
			"%d possible item(s) of personal data (%s): check them before publication (each is marked on its text).",
			n, strings.Join(ks, ", "))})
	}
	return out
}
