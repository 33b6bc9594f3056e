package vn.laocai.museum.app.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The upload component's own words — its button, drop label, per-file states and errors — from
 * the message bundles in the page's language, so a Vietnamese page shows no English in an upload.
 *
 * <pre>{@code
 * upload.setI18n(UploadTexts.of(this));
 * }</pre>
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Every text of the component, read through {@code page}'s translations. */
    public static UploadI18N of(Component page) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(page.getTranslation("upload.addFile")).setMany(page.getTranslation("upload.addFiles")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(page.getTranslation("upload.dropFile")).setMany(page.getTranslation("upload.dropFiles")))
                .setFile(new UploadI18N.File().setRetry(page.getTranslation("upload.retry")).setStart(page.getTranslation("upload.start"))
                        .setRemove(page.getTranslation("upload.remove")))
                .setError(new UploadI18N.Error().setTooManyFiles(page.getTranslation("upload.tooManyFiles"))
                        .setFileIsTooBig(page.getTranslation("upload.fileTooBig")).setIncorrectFileType(page.getTranslation("upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(page.getTranslation("upload.connecting"))
                                .setStalled(page.getTranslation("upload.stalled")).setProcessing(page.getTranslation("upload.processing"))
                                .setHeld(page.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(page.getTranslation("upload.remaining"))
                                .setUnknown(page.getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(page.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(page.getTranslation("upload.serverError"))
                                .setForbidden(page.getTranslation("upload.forbidden"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }
}
