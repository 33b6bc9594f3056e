package vn.laocai.museum.app;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine;
import vn.laocai.museum.app.bench.BenchCommand;
import vn.laocai.museum.app.curation.account.AdminCommand;
import vn.laocai.museum.media.ingest.IngestCommand;
import vn.laocai.museum.ontology.IriBase;

/**
 * Entry point of the museum's jar. With no arguments it runs the museum; {@code bench} runs the
 * benchmarks, {@code ingest} loads media files and {@code admin} manages accounts instead (see the README).
 *
 * <pre>{@code
 * java -jar museum-app.jar                   # the museum on http://localhost:8080
 * java -jar museum-app.jar bench --help      # benchmarks
 * java -jar museum-app.jar ingest media.csv  # photographs and 3D scans into ./data
 * java -jar museum-app.jar admin create-user --username lan --role ADMIN   # the first admin
 * }</pre>
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench")) {
            // Before any logger exists: without Spring, logback would log DEBUG to stdout, over the report.
            System.setProperty("logback.configurationFile", "vn/laocai/museum/app/bench/logback-bench.xml");
            System.exit(new CommandLine(new BenchCommand()).execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        // The IRI base is read once, before Spring binds its settings: take it from the command line here.
        for (String arg : args) {
            if (arg.startsWith("--" + IriBase.PROPERTY + "=")) {
                System.setProperty(IriBase.PROPERTY, arg.substring(IriBase.PROPERTY.length() + 3));
            }
        }
        if (args.length > 0 && args[0].equals("ingest")) {
            System.setProperty("logback.configurationFile", "vn/laocai/museum/app/logback-ingest.xml");
            System.exit(IngestCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("admin")) {
            System.setProperty("logback.configurationFile", "vn/laocai/museum/app/logback-ingest.xml");
            System.exit(AdminCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(MuseumApplication.class, args);
    }
}
