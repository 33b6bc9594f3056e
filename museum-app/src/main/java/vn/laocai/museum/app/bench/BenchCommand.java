package vn.laocai.museum.app.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bench}: the museum's benchmarks. Each subcommand measures one thing against a peer in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {StartupBench.class, SparqlBench.class, ContentBench.class,
        MediaBench.class, SearchBench.class, SiteBench.class, TraceBench.class},
        description = "Benchmarks of the museum. Run one subcommand, e.g. 'bench startup'.")
public final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }
}
