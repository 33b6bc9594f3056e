package vn.laocai.museum.app.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts standalone Apache Jena Fuseki over the museum's TDB2 directory, read-only (no
 * {@code --update}), with Jetty's response buffer raised to 32 KiB through {@code --jetty}.
 */
final class FusekiLauncher {

    static final String ARTIFACT = "org.apache.jena:jena-fuseki-server:6.2.0";
    private static final Logger log = LoggerFactory.getLogger(FusekiLauncher.class);

    private final Path jar;

    FusekiLauncher(Path jar) {
        this.jar = jar;
    }

    /**
     * The Fuseki jar: {@code given} if set, else the copy in {@code cacheDir}, fetched from Maven
     * Central with the Maven client the build already needs.
     */
    static Path resolveJar(Path given, Path cacheDir) throws IOException, InterruptedException {
        if (given != null) {
            return given;
        }
        Path jar = cacheDir.resolve("jena-fuseki-server-6.2.0.jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Files.createDirectories(cacheDir);
        log.info("Fetching {} into {}", ARTIFACT, cacheDir);
        Process mvn = new ProcessBuilder("mvn", "-q", "-B", "-ntp", "dependency:copy", "-Dartifact=" + ARTIFACT,
                "-DoutputDirectory=" + cacheDir.toAbsolutePath())
                .directory(cacheDir.toFile()).redirectErrorStream(true)
                .redirectOutput(cacheDir.resolve("mvn-fetch.log").toFile()).start();
        if (mvn.waitFor() != 0 || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("Could not fetch " + ARTIFACT + "; see " + cacheDir.resolve("mvn-fetch.log")
                    + " or pass --fuseki-jar");
        }
        return jar;
    }

    RunningPeer start(Path graphDir, Path workDir) throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        Path jetty = workDir.resolve("fuseki-jetty.xml");
        Files.writeString(jetty, jettyXml(port));
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/ds/sparql");
        // With --jetty Fuseki takes its connector (and port) from the XML, not from --port.
        List<String> arguments = List.of("-jar", jar.toAbsolutePath().toString(), "--tdb2",
                "--loc=" + graphDir.toAbsolutePath(), "--jetty=" + jetty.toAbsolutePath(), "/ds");
        // Fuseki makes its run/ directory in the working directory: keep it in the bench's own.
        ServerProcess process = ServerProcess.start("Fuseki", arguments, workDir, workDir.resolve("fuseki.log"),
                MuseumLauncher.ready(endpoint));
        return new RunningPeer(new SparqlPeer("Fuseki", endpoint, QueryMix.GraphClause.GRAPH), process);
    }

    /**
     * Fuseki 6.2 configures a bare {@code org.eclipse.jetty.server.Server} (Jetty 12) with this file,
     * so it must add the HTTP connector itself; the buffer is set on that connector's HttpConfiguration.
     */
    static String jettyXml(int port) {
        return """
                <?xml version="1.0"?>
                <!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "https://jetty.org/configure_10_0.dtd">
                <Configure id="Server" class="org.eclipse.jetty.server.Server">
                  <New id="httpConfig" class="org.eclipse.jetty.server.HttpConfiguration">
                    <Set name="outputBufferSize">32768</Set>
                  </New>
                  <Call name="addConnector">
                    <Arg>
                      <New class="org.eclipse.jetty.server.ServerConnector">
                        <Arg name="server"><Ref refid="Server"/></Arg>
                        <Arg name="factories">
                          <Array type="org.eclipse.jetty.server.ConnectionFactory">
                            <Item>
                              <New class="org.eclipse.jetty.server.HttpConnectionFactory">
                                <Arg name="config"><Ref refid="httpConfig"/></Arg>
                              </New>
                            </Item>
                          </Array>
                        </Arg>
                        <Set name="host">127.0.0.1</Set>
                        <Set name="port">PORT</Set>
                      </New>
                    </Arg>
                  </Call>
                </Configure>
                """.replace("PORT", Integer.toString(port));
    }
}
