package main

// Why this file: the wrapper's FerretDB pushes filters on other fields down to SQLite as
// `_ferretdb_sjson->>'$.<field>'` conditions, each OR'd with `json_type(_ferretdb_sjson,
// '$.<field>') = 'array'` (tools/ferretdb/_sqlite/pushdown.go). Those conditions search an
// index only if one exists on the very same expressions. FerretDB's own index for a declared
// field is on `_ferretdb_sjson->"<field>"`, which no query writes, so the wrapper adds ours
// for the first field of every index the application declares (createIndex), and for `_id`
// compared as a string (the ranges: `{_id: {$gt: ...}}`).
//
// Both expressions are indexed so that SQLite can answer the OR by searching both indexes
// (its "MULTI-INDEX OR"); the array index is nearly one value and costs little.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"regexp"
)

const (
	// The expressions, character for character as pushdown.go writes them.
	valuePathFormat = `_ferretdb_sjson->>'$.%s'`
	arrayPathFormat = `json_type(_ferretdb_sjson, '$.%s')`
	// Our index names; FerretDB names its own `<table>_<index name>`.
	idTextIndexPrefix = "lunas_id_text_"
	fieldIndexPrefix  = "lunas_field_"
	arrayIndexPrefix  = "lunas_array_"
)

// pushableField is the rule pushdown.go applies before it writes a field name into SQL
// (its pushableName); a declared index on any other name is not pushed, so not indexed.
var pushableField = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

type lookupIndex struct {
	name, table, expression string
}

// collectionSettings is the part of FerretDB's _ferretdb_collections.settings read here.
type collectionSettings struct {
	Indexes []struct {
		Key []struct {
			Field string `json:"field"`
		} `json:"key"`
	} `json:"indexes"`
}

// lookupIndexes lists the indexes a table should have: `_id` both ways, and each declared
// index's first field. Unreadable settings give only the `_id` ones.
func lookupIndexes(table, settings string) []lookupIndex {
	indexes := []lookupIndex{
		{name: idIndexPrefix + table, table: table, expression: idExpression},
		{name: idTextIndexPrefix + table, table: table, expression: fmt.Sprintf(valuePathFormat, "_id")},
	}
	var parsed collectionSettings
	if json.Unmarshal([]byte(settings), &parsed) != nil {
		return indexes
	}
	seen := map[string]bool{"_id": true}
	for _, declared := range parsed.Indexes {
		if len(declared.Key) == 0 {
			continue
		}
		field := declared.Key[0].Field
		if seen[field] || !pushableField.MatchString(field) {
			continue
		}
		seen[field] = true
		indexes = append(indexes,
			lookupIndex{name: fieldIndexPrefix + table + "_" + field, table: table, expression: fmt.Sprintf(valuePathFormat, field)},
			lookupIndex{name: arrayIndexPrefix + table + "_" + field, table: table, expression: fmt.Sprintf(arrayPathFormat, field)},
		)
	}
	return indexes
}

// indexNames is every index name in the file.
func indexNames(ctx context.Context, db *sql.DB) (map[string]bool, error) {
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'index'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	names := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		names[name] = true
	}
	return names, rows.Err()
}
