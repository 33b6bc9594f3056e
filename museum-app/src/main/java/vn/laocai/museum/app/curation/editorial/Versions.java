package vn.laocai.museum.app.curation.editorial;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The version an editor loaded a document at, for optimistic saves. */
final class Versions {

    private Versions() {}

    /** A hash of the document's triples and the revision's state: any saved change, by anyone, gives a new one. */
    static String of(Model content, Optional<EditorialRevision> revision) {
        StringWriter ntriples = new StringWriter();
        RDFDataMgr.write(ntriples, content, Lang.NTRIPLES);
        List<String> lines = new ArrayList<>(ntriples.toString().lines().toList());
        lines.sort(null);
        lines.add(revision.map(r -> r.state().code() + " " + r.changedBy() + " " + r.changed()).orElse("public"));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True while a revision is being written or reviewed: its draft, not the published text, is what an editor opens. */
    static boolean open(Optional<EditorialRevision> revision) {
        return revision.map(r -> r.state() == EditorialState.DRAFT || r.state() == EditorialState.IN_REVIEW).orElse(false);
    }
}
