package vn.laocai.museum.app.export;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.laocai.museum.export.DarwinCoreArchive;

/**
 * The Darwin Core Archive at {@code /exports/dwca.zip}, for a GBIF IPT or any DwC-A reader. Built
 * per request in memory: it is small, and a failure then answers 500 instead of a cut zip.
 */
@RestController
class DwcaController {

    private final DarwinCoreArchive archive;
    private final Clock clock;

    DwcaController(DarwinCoreArchive archive, Clock clock) {
        this.archive = archive;
        this.clock = clock;
    }

    @GetMapping("/exports/dwca.zip")
    ResponseEntity<byte[]> dwca() {
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.write(out, baseUrl, LocalDate.now(clock));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("dwca.zip").build().toString())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(out.toByteArray());
    }
}
