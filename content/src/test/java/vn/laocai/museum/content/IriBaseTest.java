package vn.laocai.museum.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laocai.museum.ontology.IriBase;

/**
 * An installation may mint its IRIs under its own base: the corpus loads and validates under it,
 * and a restart under another base replaces every IRI. Each load runs in a JVM of its own, since
 * the base is read once per JVM.
 */
class IriBaseTest {

    @TempDir
    Path directory;

    @Test
    void the_corpus_loads_under_a_configured_base_and_moves_when_it_changes() throws Exception {
        List<String> own = loadUnder("https://herbs.example.org/id/");
        assertThat(own).hasSizeGreaterThanOrEqualTo(40)
                .allMatch(iri -> iri.startsWith("https://herbs.example.org/id/species/"))
                .contains("https://herbs.example.org/id/species/panax-notoginseng");

        List<String> back = loadUnder(IriBase.DEFAULT);
        assertThat(back).hasSameSizeAs(own).allMatch(iri -> iri.startsWith(IriBase.DEFAULT + "species/"));
    }

    @Test
    void a_base_that_cannot_carry_iris_is_refused_with_the_rule() {
        for (String bad : new String[] {"herbs.example.org/id/", "https://herbs.example.org/id", "ftp://x.org/id/",
                "https://herbs.example.org/id/?a=1"}) {
            assertThatThrownBy(() -> IriBase.checked(bad, IriBase.PROPERTY)).as(bad)
                    .hasMessageContaining("museum.iri-base must be an absolute http(s) IRI ending in '/'")
                    .hasMessageContaining(bad);
        }
        assertThat(IriBase.checked("http://localhost:8080/id/", IriBase.PROPERTY)).isEqualTo("http://localhost:8080/id/");
    }

    private List<String> loadUnder(String base) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-D" + IriBase.PROPERTY + "=" + base, "-cp",
                System.getProperty("java.class.path"), LoadUnderIriBase.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.startsWith("IRI ")).map(line -> line.substring(4)).toList();
    }
}
