// Command miniredis serves the Redis protocol from memory (github.com/alicebob/miniredis)
// so that `npm test` runs on a machine without redis-server.
//
// Why: the server's multi-instance subscription tests publish through Redis pub/sub.
// A real redis-server is always preferred when it is installed (CI installs it); this
// binary is the fallback the project builds itself with Go, like tools/ferretdb.
// miniredis implements PUBLISH/SUBSCRIBE/PSUBSCRIBE, which is all RedisPubSub uses.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/alicebob/miniredis/v2"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:6379", "TCP address to listen on (port 0 picks a free port)")
	flag.Parse()

	server := miniredis.NewMiniRedis()
	if err := server.StartAddr(*listen); err != nil {
		fmt.Fprintf(os.Stderr, "miniredis: cannot listen on %s: %v\n", *listen, err)
		os.Exit(1)
	}
	// One machine-readable line the Node launcher waits for (same contract as tools/ferretdb).
	fmt.Printf("READY redis://%s\n", server.Addr())

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	server.Close()
}
