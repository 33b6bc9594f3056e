package vn.laocai.museum.app.curation.media;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a curator says about the files of one upload, as the ingest manifest's columns do: caption
 * (title) in Vietnamese and English, creator, licence, date and place. Caption, creator and licence
 * are required here: a picture on a public page needs a credit and the right to show it.
 */
public record UploadDetails(String titleVi, String titleEn, String creator, String licence, String date, String place) {

    public UploadDetails {
        titleVi = clean(titleVi);
        titleEn = clean(titleEn);
        creator = clean(creator);
        licence = clean(licence);
        date = clean(date);
        place = clean(place);
    }

    /** The names of required fields left empty ({@code titleVi}, {@code creator}, {@code licence}); empty when complete. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (titleVi == null) {
            missing.add("titleVi");
        }
        if (creator == null) {
            missing.add("creator");
        }
        if (licence == null) {
            missing.add("licence");
        }
        return missing;
    }

    Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        if (titleVi != null) {
            titles.put("vi", titleVi);
        }
        if (titleEn != null) {
            titles.put("en", titleEn);
        }
        return titles;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
