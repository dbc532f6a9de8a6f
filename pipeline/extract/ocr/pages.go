package ocr

import (
	"context"
	"runtime"
	"sync"

	"github.com/reportpipe/reportpipe/internal/progress"
)

// maxWorkers bounds the pages of one file read at once. A page is two
// single-threaded programs (pdftoppm, then tesseract) for several seconds,
// so a scan of a dozen pages read one by one left all cores but one idle;
// four at most keeps a run that reads several scans at once (each file in
// its own reader process) within memory, at some 100-200 MB a tesseract.
const maxWorkers = 4

// pageResult is what OCR made of one page: its text, or why there is none.
type pageResult struct {
	text      string
	err       error
	outOfTime bool // the file's time ran out before the page was started
}

// readEach reads pages by OCR, several at once, and returns their results in
// the order of pages. It reports each page as it is started ("page 3 of 12"
// counts the pages begun), one report at a time.
func readEach(ctx context.Context, s *session, pages []int) []pageResult {
	out := make([]pageResult, len(pages))
	next := make(chan int)
	var mu sync.Mutex
	started := 0
	var wg sync.WaitGroup
	for range workers(len(pages)) {
		wg.Go(func() {
			for i := range next {
				if ctx.Err() != nil {
					out[i] = pageResult{outOfTime: true}
					continue
				}
				mu.Lock()
				started++
				progress.Step(ctx, "reading by OCR", started, len(pages)) // a page takes seconds: say which
				mu.Unlock()
				text, err := s.pageText(ctx, pages[i])
				out[i] = pageResult{text: text, err: err}
			}
		})
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// workers is how many pages of n are read at once: one per core, at most
// maxWorkers and never more than the pages.
func workers(n int) int {
	return max(1, min(n, runtime.NumCPU(), maxWorkers))
}
