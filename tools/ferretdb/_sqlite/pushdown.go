package sqlite

// Why this file: FerretDB v1.24's SQLite backend hands SQLite a WHERE clause only for a filter
// that is `_id` alone; every other find, update, delete and count reads the whole table into
// Go and filters there. On a table of a million orders that is seconds for one look-up.
//
// This file is ours, not FerretDB's. The wrapper's build (tools/src/ferretdb-overlay.mjs) puts
// it into FerretDB's sqlite package with `go build -overlay`, and makes Query and Explain call
// pushdownWhere when FerretDB found no WHERE clause of its own.
//
// The contract that keeps it correct: the clause only has to keep every document the filter
// matches. FerretDB's handler filters, sorts and limits every answer again in Go (it passes
// a limit down only for an empty filter), so a clause that keeps a few extra rows costs a
// little decoding and is never wrong. Whatever this file does not understand it leaves out,
// which only widens the clause. It never narrows below MongoDB's meaning:
//
//   - a plain field equal to a string also matches an array holding that string, so every
//     condition on a field other than `_id` also keeps rows where the field is an array;
//   - strings are compared as SQLite TEXT under BINARY collation, byte by byte as MongoDB
//     compares strings; values are read with `->>` (the unescaped string), never as JSON text,
//     where quoting would change the order;
//   - dates are stored as milliseconds since the epoch, so ranges on dates compare numbers;
//     other numbers are left out (int, long and double compare across types in MongoDB);
//   - only top-level names of letters, digits and `_` are pushed: the name goes into the SQL
//     text (it must, for SQLite to match an index on the same expression).
//
// The wrapper (tools/ferretdb/field_index.go) indexes these same expressions for the fields
// the application declared indexes on, so a pushed condition becomes an index search.

import (
	"regexp"
	"strings"
	"time"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
)

// pushableName is a field name safe to write into a JSON path inside the SQL text.
var pushableName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

// maxInValues keeps an `$in` clause's parameter list short; a longer list is left to Go.
const maxInValues = 500

// pushdownValueExpression is the expression a field's value is compared with (and indexed on).
func pushdownValueExpression(field string) string {
	return metadata.DefaultColumn + `->>'$.` + field + `'`
}

// pushdownArrayExpression says whether a field holds an array (and is indexed too).
func pushdownArrayExpression(field string) string {
	return `json_type(` + metadata.DefaultColumn + `, '$.` + field + `')`
}

// pushdownWhere returns a WHERE clause (with its leading space) that keeps at least every
// document filter matches, or "" when nothing in filter can be pushed.
func pushdownWhere(filter *types.Document) (string, []any) {
	clause, args := conjunction(filter)
	if clause == "" {
		return "", nil
	}
	return " WHERE " + clause, args
}

// conjunction pushes each top-level condition of a filter document it understands.
func conjunction(filter *types.Document) (string, []any) {
	if filter == nil {
		return "", nil
	}
	var parts []string
	var args []any
	for _, key := range filter.Keys() {
		value, _ := filter.Get(key)
		var part string
		var partArgs []any
		switch key {
		case "$and":
			part, partArgs = allOf(value)
		case "$or":
			part, partArgs = anyOf(value)
		default:
			if pushableName.MatchString(key) {
				part, partArgs = fieldCondition(key, value)
			}
		}
		if part != "" {
			parts = append(parts, part)
			args = append(args, partArgs...)
		}
	}
	if len(parts) == 0 {
		return "", nil
	}
	return strings.Join(parts, " AND "), args
}

// allOf pushes the branches of an `$and` it understands; leaving one out only widens.
func allOf(value any) (string, []any) {
	branches, ok := value.(*types.Array)
	if !ok {
		return "", nil
	}
	var parts []string
	var args []any
	for i := 0; i < branches.Len(); i++ {
		branch, _ := branches.Get(i)
		doc, ok := branch.(*types.Document)
		if !ok {
			return "", nil
		}
		if part, partArgs := conjunction(doc); part != "" {
			parts = append(parts, "("+part+")")
			args = append(args, partArgs...)
		}
	}
	return strings.Join(parts, " AND "), args
}

// anyOf pushes an `$or` only when every branch can be pushed: one branch left out would
// drop the documents only it matches.
func anyOf(value any) (string, []any) {
	branches, ok := value.(*types.Array)
	if !ok || branches.Len() == 0 {
		return "", nil
	}
	parts := make([]string, 0, branches.Len())
	var args []any
	for i := 0; i < branches.Len(); i++ {
		branch, _ := branches.Get(i)
		doc, ok := branch.(*types.Document)
		if !ok {
			return "", nil
		}
		part, partArgs := conjunction(doc)
		if part == "" {
			return "", nil
		}
		parts = append(parts, "("+part+")")
		args = append(args, partArgs...)
	}
	return "(" + strings.Join(parts, " OR ") + ")", args
}

// fieldCondition pushes `field: value`, `field: {$eq|$in|$gt|$gte|$lt|$lte: ...}` and
// `field: {$exists: bool}`.
func fieldCondition(field string, value any) (string, []any) {
	if field == "_id" {
		return idCondition(value)
	}
	if clause, ok := existsCondition(field, value); ok {
		return clause, nil
	}
	expr := pushdownValueExpression(field)
	var parts []string
	var args []any
	if ops, ok := value.(*types.Document); ok && isOperatorDocument(ops) {
		for _, op := range ops.Keys() {
			operand, _ := ops.Get(op)
			part, partArgs := operatorCondition(expr, op, operand)
			if part != "" {
				parts = append(parts, part)
				args = append(args, partArgs...)
			}
		}
	} else if arg, ok := sqlValue(value); ok {
		parts, args = []string{expr + " = ?"}, []any{arg}
	}
	if len(parts) == 0 {
		return "", nil
	}
	// An array may hold a matching element: keep such rows for Go to decide.
	return "(" + strings.Join(parts, " AND ") + " OR " + pushdownArrayExpression(field) + " = 'array')", args
}

func operatorCondition(expr, op string, operand any) (string, []any) {
	switch op {
	case "$eq":
		if arg, ok := sqlValue(operand); ok {
			return expr + " = ?", []any{arg}
		}
	case "$in":
		values, ok := operand.(*types.Array)
		if !ok || values.Len() == 0 || values.Len() > maxInValues {
			return "", nil
		}
		args := make([]any, 0, values.Len())
		for i := 0; i < values.Len(); i++ {
			v, _ := values.Get(i)
			arg, ok := sqlValue(v)
			if !ok {
				return "", nil // a null or number among them: Go decides
			}
			args = append(args, arg)
		}
		return expr + " IN (" + placeholders(len(args)) + ")", args
	case "$gt", "$gte", "$lt", "$lte":
		if arg, ok := sqlValue(operand); ok {
			return expr + " " + sqlComparison[op] + " ?", []any{arg}
		}
	}
	return "", nil
}

// existsCondition pushes `{field: {$exists: bool}}` alone: json_type is NULL exactly when
// the path is missing (a JSON null is 'null'), so it says it exactly, arrays included.
func existsCondition(field string, value any) (string, bool) {
	ops, ok := value.(*types.Document)
	if !ok || ops.Len() != 1 {
		return "", false
	}
	want, err := ops.Get("$exists")
	if err != nil {
		return "", false
	}
	exists, ok := want.(bool)
	if !ok {
		return "", false
	}
	if exists {
		return pushdownArrayExpression(field) + " IS NOT NULL", true
	}
	return pushdownArrayExpression(field) + " IS NULL", true
}

var sqlComparison = map[string]string{"$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<="}

// sqlValue turns a filter value into the SQL value `->>` yields for it: a string stays a
// string, a date becomes its milliseconds. Anything else is not pushed.
func sqlValue(value any) (any, bool) {
	switch v := value.(type) {
	case string:
		return v, true
	case time.Time:
		return v.UnixMilli(), true
	}
	return nil, false
}

// idCondition: `_id` is never an array. Equality and `$in` compare the stored JSON text with
// FerretDB's own encoding of the value, the very expression FerretDB writes and the wrapper
// indexes (id_index.go); ranges compare unescaped strings.
func idCondition(value any) (string, []any) {
	if ops, ok := value.(*types.Document); ok && isOperatorDocument(ops) {
		var parts []string
		var args []any
		for _, op := range ops.Keys() {
			operand, _ := ops.Get(op)
			switch op {
			case "$eq":
				if arg, ok := encodedID(operand); ok {
					parts, args = append(parts, metadata.IDColumn+" = ?"), append(args, arg)
				}
			case "$in":
				values, ok := operand.(*types.Array)
				if !ok || values.Len() == 0 || values.Len() > maxInValues {
					continue
				}
				inArgs := make([]any, 0, values.Len())
				for i := 0; i < values.Len(); i++ {
					v, _ := values.Get(i)
					arg, ok := encodedID(v)
					if !ok {
						inArgs = nil
						break
					}
					inArgs = append(inArgs, arg)
				}
				if inArgs != nil {
					parts = append(parts, metadata.IDColumn+" IN ("+placeholders(len(inArgs))+")")
					args = append(args, inArgs...)
				}
			case "$gt", "$gte", "$lt", "$lte":
				if s, ok := operand.(string); ok {
					parts = append(parts, pushdownValueExpression("_id")+" "+sqlComparison[op]+" ?")
					args = append(args, s)
				}
			}
		}
		return strings.Join(parts, " AND "), args
	}
	if arg, ok := encodedID(value); ok {
		return metadata.IDColumn + " = ?", []any{arg}
	}
	return "", nil
}

// encodedID is FerretDB's own JSON text of a string or ObjectID `_id`.
func encodedID(value any) (string, bool) {
	switch value.(type) {
	case string, types.ObjectID:
		b, err := sjson.MarshalSingleValue(value)
		if err != nil {
			return "", false
		}
		return string(b), true
	}
	return "", false
}

// isOperatorDocument: `{$gt: ...}` is a condition; `{a: 1}` is a value to compare whole.
func isOperatorDocument(doc *types.Document) bool {
	keys := doc.Keys()
	if len(keys) == 0 {
		return false
	}
	for _, k := range keys {
		if !strings.HasPrefix(k, "$") {
			return false
		}
	}
	return true
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
