package assemble

// unionFind joins items 0..n-1 into groups (versions of one statement).
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{parent: p}
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(i, j int) { u.parent[u.find(i)] = u.find(j) }

// groups maps the items back to ids and lists each group in the order of
// its first member, so the result does not depend on map order.
func (u *unionFind) groups(ids []int) [][]int {
	at := map[int]int{}
	var out [][]int
	for i, id := range ids {
		r := u.find(i)
		g, ok := at[r]
		if !ok {
			g = len(out)
			at[r] = g
			out = append(out, nil)
		}
		out[g] = append(out[g], id)
	}
	return out
}
