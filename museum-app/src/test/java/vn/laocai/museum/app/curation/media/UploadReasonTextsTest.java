package vn.laocai.museum.app.curation.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.laocai.museum.media.check.RejectionCode;
import vn.laocai.museum.media.check.WarningCode;

/** Every reason a file can be refused for, and every warning it can be stored with, has a text in Vietnamese and in English, with the same values. */
class UploadReasonTextsTest {

    private static final Pattern PLACE = Pattern.compile("\\{(\\d+)}");

    @Test
    void every_code_has_a_text_in_both_languages_naming_the_same_values() throws IOException {
        Map<String, String> english = new LinkedHashMap<>();
        Arrays.stream(RejectionCode.values()).forEach(code -> english.put(code.code(), code.english()));
        Arrays.stream(UploadRefusal.values()).forEach(refusal -> english.put(refusal.code(), refusal.english()));
        assertThat(english).hasSize(RejectionCode.values().length + UploadRefusal.values().length);
        for (String language : new String[] {"vi", "en"}) {
            Properties texts = bundle(language);
            english.forEach((code, sentence) -> {
                String key = "mediaUpload.reason." + code;
                assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank();
                assertThat(places(texts.getProperty(key))).as(language + " " + key).isEqualTo(places(sentence));
            });
        }
    }

    @Test
    void every_warning_has_a_text_in_both_languages_naming_the_same_values() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties texts = bundle(language);
            for (WarningCode code : WarningCode.values()) {
                String key = "mediaUpload.warning." + code.code();
                assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank();
                assertThat(places(texts.getProperty(key))).as(language + " " + key).isEqualTo(places(code.english()));
            }
        }
    }

    private static Set<String> places(String text) {
        Set<String> places = new TreeSet<>();
        Matcher matcher = PLACE.matcher(text);
        while (matcher.find()) {
            places.add(matcher.group(1));
        }
        return places;
    }

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = UploadReasonTextsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
