// Package mapping places every block of a Document into one section of the
// template. It owns the Mapper interface; rules/ is the default, offline
// mapper and llm/ the optional language-model second opinion.
package mapping
