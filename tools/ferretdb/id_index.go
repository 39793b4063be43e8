package main

// Why this file: FerretDB v1.24's SQLite backend pushes a filter on `_id` alone (find,
// update, delete) down to SQLite as `WHERE _ferretdb_sjson->'$._id' = ?`, but the unique
// index it creates for `_id` is on `_ferretdb_sjson->"_id"`. SQLite matches an index on an
// expression only when the query writes the very same expression, so it never uses that
// index: every look-up by `_id` scans the table (EXPLAIN QUERY PLAN: `SCAN`), a miss reads
// all of it, and an update or delete scans while holding SQLite's only writer.
//
// The fix here, without patching FerretDB: the wrapper opens the same SQLite files with the
// driver FerretDB already uses (modernc.org/sqlite) and gives every collection table a
// second, plain index on the exact expression the queries use. FerretDB's own unique index
// still enforces uniqueness (E11000); this one only serves the look-ups. FerretDB never
// lists indexes from SQLite's schema (it keeps its own list in _ferretdb_collections), so
// the extra index is invisible to listIndexes and is dropped with its table.
//
// Measured with `npm run bench:ids -w @lunas/dev-services` (p50 / p99 over 40 of the
// newest documents, the last a scan reaches; ~400-byte documents; 2 shared cores):
//
//	                       20,000 documents           200,000 documents
//	find, hit     before   55 / 58 ms                 641 / 703 ms
//	              after    0.8 / 3.3 ms               0.8 / 3.0 ms
//	find, miss    before   59 / 111 ms                631 / 782 ms
//	              after    0.6 / 1.3 ms               0.6 / 3.7 ms
//	update        before   119 / 198 ms               2,227 / 4,590 ms
//	              after    1.0 / 2.3 ms               1.0 / 4.4 ms
//
// Building the index on an existing table is the one cost: the first start of this build
// on 200,000 unindexed documents took 1.2 s to READY, the next ones 12 ms.
//
// FerretDB itself pushes down only a filter on `_id` alone (a string or ObjectID). The
// wrapper's build adds the rest (`_id` with other fields, `$in`, ranges, other fields, `$or`):
// _sqlite/pushdown.go, and field_index.go for the indexes those conditions search.

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver FerretDB itself uses
)

const (
	// idExpression must stay character for character what FerretDB writes in its WHERE
	// clauses (metadata.IDColumn in FerretDB v1.24.2): `_ferretdb_sjson` and `'$._id'`.
	idExpression = `_ferretdb_sjson->'$._id'`
	// idIndexPrefix names our indexes; FerretDB names its own `<table>_<index name>`.
	idIndexPrefix = "lunas_id_path_"
	// collectionsTable is FerretDB's list of collections and their tables, one per database file.
	collectionsTable = "_ferretdb_collections"
	// idIndexInterval is how soon a new collection's table gets its index. Until then it
	// holds few documents, so its scans cost little.
	idIndexInterval = 250 * time.Millisecond
)

// idIndexer opens each database file only for the moment of a pass: FerretDB deletes a
// file on dropDatabase and may create it again, and a connection kept open would keep
// reading the deleted one.
//
// A pass opens only files that changed since the last one (their size and time, and
// their write-ahead log's): a new table is a write, and an idle database costs a stat.
type idIndexer struct {
	dir    string
	logger *slog.Logger
	// seen is each file's fingerprint when it was last found fully indexed (run's goroutine only).
	seen map[string]string
}

func newIDIndexer(dir string, logger *slog.Logger) *idIndexer {
	return &idIndexer{dir: dir, logger: logger, seen: map[string]string{}}
}

// fingerprint changes whenever the file or its write-ahead log is written.
func fingerprint(file string) string {
	print := ""
	for _, name := range []string{file, file + "-wal"} {
		if info, err := os.Stat(name); err == nil {
			print += fmt.Sprintf("%d@%d;", info.Size(), info.ModTime().UnixNano())
		}
	}
	return print
}

// run indexes every table now, then again every idIndexInterval until ctx ends.
func (x *idIndexer) run(ctx context.Context) {
	ticker := time.NewTicker(idIndexInterval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			if _, err := x.indexAll(ctx); err != nil && ctx.Err() == nil {
				x.logger.Warn("indexing _id look-ups failed; will retry", "error", err)
			}
		}
	}
}

// indexAll gives every collection table of every database file that lacks it the index on
// idExpression, and returns how many it created.
func (x *idIndexer) indexAll(ctx context.Context) (int, error) {
	files, err := filepath.Glob(filepath.Join(x.dir, "*.sqlite"))
	if err != nil {
		return 0, err
	}
	present := make(map[string]bool, len(files))
	for _, file := range files {
		present[file] = true
	}
	for file := range x.seen {
		if !present[file] {
			delete(x.seen, file) // a dropped database
		}
	}
	created := 0
	for _, file := range files {
		before := fingerprint(file)
		if x.seen[file] == before {
			continue
		}
		n, err := x.indexFile(ctx, file)
		created += n
		if err != nil {
			return created, fmt.Errorf("%s: %w", filepath.Base(file), err)
		}
		// The fingerprint from before the check: a table made during it shows next pass.
		x.seen[file] = before
	}
	return created, nil
}

func (x *idIndexer) indexFile(ctx context.Context, file string) (int, error) {
	// busy_timeout: FerretDB may hold the writer; wait for it as FerretDB's own
	// connections do, rather than fail. mode=rw: never create a file FerretDB did not.
	db, err := sql.Open("sqlite", "file:"+file+"?mode=rw&_pragma=busy_timeout(10000)")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	// Tables FerretDB lists as collections, with their settings (the indexes declared on
	// them). A file FerretDB is still creating has no collections table yet: nothing to do.
	rows, err := db.QueryContext(ctx, `
		SELECT c.table_name, c.settings
		FROM `+collectionsTable+` c
		WHERE EXISTS (SELECT 1 FROM sqlite_master t WHERE t.type = 'table' AND t.name = c.table_name)`)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return 0, nil
		}
		return 0, err
	}
	var wanted []lookupIndex
	for rows.Next() {
		var table, settings string
		if err := rows.Scan(&table, &settings); err != nil {
			rows.Close()
			return 0, err
		}
		wanted = append(wanted, lookupIndexes(table, settings)...)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	existing, err := indexNames(ctx, db)
	if err != nil {
		return 0, err
	}
	var missing []lookupIndex
	for _, index := range wanted {
		if !existing[index.name] {
			missing = append(missing, index)
		}
	}
	created := 0
	for _, index := range missing {
		started := time.Now()
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (%s)`, index.name, index.table, index.expression)
		if _, err := db.ExecContext(ctx, q); err != nil {
			// The table may have been dropped since it was listed; the next pass sees.
			if strings.Contains(err.Error(), "no such table") {
				continue
			}
			return created, err
		}
		created++
		x.logger.Info("indexed look-ups", "file", filepath.Base(file), "table", index.table, "expression", index.expression, "took", time.Since(started))
	}
	return created, nil
}
