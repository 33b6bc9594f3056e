package vn.laocai.museum.app.bench;

/** A started server and how to query it; closing it stops the server. */
record RunningPeer(SparqlPeer peer, ServerProcess process) implements AutoCloseable {

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
