package vn.laocai.museum.app.curation.media;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import vn.laocai.museum.app.base.ui.MediaUrls;

/**
 * Uploads pictures and 3D models for one species, remedy or story: the credit fields, an
 * {@link Upload} that shows each file's progress, each file's result (stored, duplicate, or
 * rejected with the reason) and the target's media as they are now. Every file goes through the
 * ingest pipeline; nothing is stored before the whole file has arrived and been checked.
 *
 * <pre>{@code
 * add(new MediaUploadPanel(uploads, new UploadTarget("species", "panax-notoginseng"), settings.maxFileSize().toBytes(), "lan"));
 * }</pre>
 */
public class MediaUploadPanel extends VerticalLayout {

    /** What the ingest reads by content; extensions help the browser's file picker only. */
    static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/tiff", "image/webp", ".jpg", ".jpeg", ".png", ".tif",
        ".tiff", ".webp", ".glb", ".gltf"};

    private final transient MediaUploads uploads;
    private final UploadTarget target;
    private final String actor;
    private final TextField titleVi = field("mediaUpload.titleVi", "museum-media-upload-title-vi", true);
    private final TextField titleEn = field("mediaUpload.titleEn", "museum-media-upload-title-en", false);
    private final TextField creator = field("mediaUpload.creator", "museum-media-upload-creator", true);
    private final TextField licence = field("mediaUpload.licence", "museum-media-upload-licence", true);
    private final TextField date = field("mediaUpload.date", "museum-media-upload-date", false);
    private final TextField place = field("mediaUpload.place", "museum-media-upload-place", false);
    private final Div results = new Div();
    private final Div current = new Div();

    public MediaUploadPanel(MediaUploads uploads, UploadTarget target, long maxBytes, String actor) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.target = Objects.requireNonNull(target, "target");
        this.actor = Objects.requireNonNull(actor, "actor");
        addClassName("museum-media-upload");
        licence.setPlaceholder("CC-BY-4.0");
        date.setPlaceholder("2024-05-01");
        FlexLayout form = new FlexLayout(titleVi, titleEn, creator, licence, date, place);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        add(form, new Paragraph(getTranslation("mediaUpload.help", Math.round(maxBytes / 1048576.0))), upload(maxBytes));
        results.addClassName("museum-media-upload-results");
        current.addClassName("museum-media-current");
        add(results, new H2(getTranslation("mediaUpload.current")), current);
        showMedia();
    }

    private Upload upload(long maxBytes) {
        Upload upload = new Upload(new TempFileUpload(maxBytes, new TempFileUpload.Receiver() {
            @Override
            public void received(UploadEvent event, Path file) {
                AtomicReference<UploadDetails> details = new AtomicReference<>();
                event.getUI().accessSynchronously(() -> details.set(details()));
                show(event.getUI(), uploads.ingest(target, file, event.getFileName(), details.get(), actor, address(event)), event);
            }

            @Override
            public void refused(UploadEvent event, String reason) {
                show(event.getUI(), uploads.refuse(target, event.getFileName(), reason, actor, address(event)), event);
            }
        }));
        // The file is the request body, not a multipart form: no servlet multipart limit applies.
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.addClassName("museum-media-upload-files");
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("mediaUpload.choose")));
        upload.setDropLabel(new Span(getTranslation("mediaUpload.drop")));
        // Only these two texts differ from the component's own: the reason is in the results below.
        upload.setI18n(new UploadI18N().setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden(getTranslation("mediaUpload.rejectedBelow"))
                .setFileTooLarge(getTranslation("mediaUpload.tooLarge", Math.round(maxBytes / 1048576.0))))));
        // A round trip after the last file, so results shown from the upload's thread reach the page.
        upload.addAllFinishedListener(event -> showMedia());
        return upload;
    }

    private UploadDetails details() {
        return new UploadDetails(titleVi.getValue(), titleEn.getValue(), creator.getValue(), licence.getValue(), date.getValue(),
                place.getValue());
    }

    private void show(UI ui, UploadOutcome outcome, UploadEvent event) {
        if (outcome.status() == UploadOutcome.Status.REJECTED) {
            event.reject(outcome.reason());
        }
        ui.access(() -> {
            results.addComponentAsFirst(result(outcome));
            showMedia();
        });
    }

    /** One line per file: its name, what became of it, and why when it was refused. */
    Div result(UploadOutcome outcome) {
        String status = outcome.status().name().toLowerCase(java.util.Locale.ROOT);
        String text = getTranslation("mediaUpload.status." + status, outcome.fileName());
        if (outcome.reason() != null) {
            text += ": " + outcome.reason();
        }
        for (String warning : outcome.warnings()) {
            text += " (" + warning + ")";
        }
        Div line = new Div(new Span(text));
        line.addClassNames("museum-media-upload-result", "museum-media-upload-" + status);
        return line;
    }

    void showMedia() {
        current.removeAll();
        for (TargetMedia media : uploads.media(target)) {
            String picture = media.thumbnailKey() != null ? media.thumbnailKey() : media.model() ? null : media.key();
            Div item = new Div();
            item.addClassName("museum-media-current-item");
            if (picture != null) {
                Image image = new Image(MediaUrls.of(picture), media.title() == null ? "" : media.title());
                image.setWidth("160px");
                item.add(image);
            }
            String caption = (media.title() == null ? media.key() : media.title()) + " · " + media.format()
                    + (media.creator() == null ? "" : " · " + media.creator());
            item.add(new Div(new Span(caption)));
            if (media.placeholder()) {
                item.add(new Div(new Span(getTranslation("mediaUpload.placeholder"))));
            }
            current.add(item);
        }
        if (current.getComponentCount() == 0) {
            current.add(new Paragraph(getTranslation("mediaUpload.none")));
        }
    }

    private static String address(UploadEvent event) {
        // The request's own address: the session's browser details may only be read under its lock.
        String address = event.getRequest() == null ? null : event.getRequest().getRemoteAddr();
        return address == null ? "" : address;
    }

    private TextField field(String label, String className, boolean required) {
        TextField field = new TextField(getTranslation(label));
        field.addClassName(className);
        field.setRequiredIndicatorVisible(required);
        return field;
    }
}
