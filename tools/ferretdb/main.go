// Command ferretdb runs FerretDB v1 embedded (SQLite storage) as a small
// MongoDB-wire server for local development and tests.
//
// Why a wrapper: `go install` of FerretDB's own cmd panics at start-up for want
// of build/version/version.txt, while the embeddable package works as is.
// Real MongoDB 7 (docker-compose, Atlas) is used whenever MONGODB_URI is set;
// this binary only exists so that the project runs on a machine with no mongod.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	_ "net/http/pprof" // served only with -pprof
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on (port 0 picks a free port)")
	dataDir := flag.String("data", ".data/ferretdb", "directory for the SQLite files")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	pprofAddr := flag.String("pprof", "", "if set, serve Go's profiler (net/http/pprof) on this address, to see where FerretDB spends its time")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail("bad -log-level: %v", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	if *pprofAddr != "" {
		go func() { logger.Error("pprof server stopped", "error", http.ListenAndServe(*pprofAddr, nil)) }()
	}

	abs, err := filepath.Abs(*dataDir)
	if err != nil {
		fail("bad -data: %v", err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		fail("cannot create data directory: %v", err)
	}

	// FerretDB's listener does not report the port it bound when asked for :0
	// before Run, so pick a free port ourselves and hand over a concrete address.
	addr := *listen
	if host, port, err := net.SplitHostPort(addr); err == nil && port == "0" {
		l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
		if err != nil {
			fail("cannot find a free port: %v", err)
		}
		addr = l.Addr().String()
		l.Close()
	}

	// Index the tables already there before the first client can look anything up; on a
	// large existing database this is the one slow step of a start (see id_index.go).
	indexer := newIDIndexer(abs, logger)
	if n, err := indexer.indexAll(context.Background()); err != nil {
		fail("cannot index _id look-ups in %s: %v", abs, err)
	} else if n > 0 {
		logger.Info("indexed _id look-ups of existing tables", "tables", n)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: addr},
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
		Logger:    logger,
	})
	if err != nil {
		fail("cannot start FerretDB: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	go indexer.run(ctx)

	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := f.Run(ctx); err != nil {
			logger.Error("FerretDB stopped", "error", err)
		}
	}()

	// Wait until the port accepts connections, then print one machine-readable
	// line that the Node scripts wait for.
	for {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			break
		}
		select {
		case <-done:
			fail("FerretDB exited before listening on %s", addr)
		case <-time.After(20 * time.Millisecond):
		}
	}
	fmt.Printf("READY mongodb://%s/\n", addr)

	<-done
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "ferretdb: "+format+"\n", args...)
	os.Exit(1)
}
