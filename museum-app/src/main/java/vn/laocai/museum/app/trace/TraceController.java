package vn.laocai.museum.app.trace;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.laocai.museum.app.cards.QrCode;

/**
 * A lot's trace events as GS1 EPCIS 2.0 JSON-LD ({@code /01/<gtin>/10/<lot>/epcis.jsonld}) and its
 * QR code ({@code /trace-qr/01/<gtin>/10/<lot>.svg} or {@code .png}), which holds the address of the
 * lot's public trace page on the host it is fetched from. Unknown codes are 404, withdrawn ones 410.
 */
@RestController
class TraceController {

    static final MediaType JSON_LD = MediaType.valueOf("application/ld+json");

    private final TraceService trace;
    private final Clock clock;

    TraceController(TraceService trace, Clock clock) {
        this.trace = trace;
        this.clock = clock;
    }

    @GetMapping("/01/{gtin}/10/{lot}/epcis.jsonld")
    ResponseEntity<String> epcis(@PathVariable String gtin, @PathVariable String lot) {
        var code = DigitalLink.of(gtin, lot);
        var chain = code.flatMap(c -> trace.trace(c, "en"));
        if (chain.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "No lot has this trace code: it may be counterfeit.");
        }
        if (chain.get().lot().revoked()) {
            return error(HttpStatus.GONE, "This trace code was withdrawn.");
        }
        return ResponseEntity.ok().contentType(JSON_LD).cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(EpcisDocument.of(chain.get(), clock.instant()).json());
    }

    @GetMapping("/trace-qr/01/{gtin}/10/{lot}.svg")
    ResponseEntity<String> svg(@PathVariable String gtin, @PathVariable String lot) {
        return DigitalLink.of(gtin, lot)
                .map(code -> ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                        .body(QrCode.of(url(code)).svg()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/trace-qr/01/{gtin}/10/{lot}.png")
    ResponseEntity<byte[]> png(@PathVariable String gtin, @PathVariable String lot) {
        return DigitalLink.of(gtin, lot)
                .map(code -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCode.of(url(code)).png(8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The trace page's address on this host: what a phone opens after scanning. */
    static String url(DigitalLink code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(code.path()).build().toUriString();
    }

    private static ResponseEntity<String> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new com.google.gson.Gson().toJson(Map.of("error", message)));
    }
}
