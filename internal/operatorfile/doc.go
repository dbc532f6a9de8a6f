// Package operatorfile reads the files an operator names (a configuration,
// a template, a reference document, an edited draft) with the same care as
// a submission: only a regular file, opened without blocking, never past a
// size limit. `--config /dev/zero` or `paths.template: /dev/urandom` is
// refused in one sentence instead of growing until the kernel kills us.
package operatorfile
