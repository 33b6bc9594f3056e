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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.laocai.museum.app.base.ui.MediaUrls;
import vn.laocai.museum.app.base.ui.UploadTexts;
import vn.laocai.museum.media.check.MediaWarning;
import vn.laocai.museum.media.check.Rejection;

/**
 * Uploads pictures and 3D models for one species, remedy or story: the credit fields, an
 * {@link Upload} that shows each file's progress, each file's stage (received, being checked,
 * then stored, duplicate, or rejected with the reason in the page's language) and the target's
 * media as they are now. Files go to the ingest pipeline in the background once the upload's
 * last file is in ({@link UploadJobs}), a {@code .gltf} together with the files it names; the
 * page polls while any is on its way. Nothing is stored before a file has been checked.
 *
 * <pre>{@code
 * add(new MediaUploadPanel(uploads, jobs, new UploadTarget("species", "panax-notoginseng"), settings.maxFileSize().toBytes(), "lan"));
 * }</pre>
 */
public class MediaUploadPanel extends VerticalLayout {

    /** What the ingest reads by content; extensions help the browser's file picker only. */
    static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/tiff", "image/webp", ".jpg", ".jpeg", ".png", ".tif",
        ".tiff", ".webp", ".glb", ".gltf"};

    /** How often the page asks for news while its files are being checked: no push channel is needed. */
    static final int POLL_MILLIS = 1000;

    private final transient MediaUploads uploads;
    private final transient UploadJobs jobs;
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
    /** Lines of files received but not yet handed to the pool, by name; then of each job, by its id. */
    private final Map<String, Div> waiting = new HashMap<>();
    private final Map<Long, Div> lines = new HashMap<>();
    private final Set<Long> running = new HashSet<>();
    /** Guards the batch: files arrive in request threads, the batch is handed over in the UI's. */
    private final java.util.concurrent.locks.ReentrantLock receiving = new java.util.concurrent.locks.ReentrantLock();
    private transient UploadBatch batch;
    private volatile String address = "";
    private UI ui;

    public MediaUploadPanel(MediaUploads uploads, UploadJobs jobs, UploadTarget target, long maxBytes, String actor) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.target = Objects.requireNonNull(target, "target");
        this.actor = Objects.requireNonNull(actor, "actor");
        addClassName("museum-media-upload");
        licence.setPlaceholder("CC-BY-4.0");
        date.setPlaceholder("2024-05-01");
        FlexLayout form = new FlexLayout(titleVi, titleEn, creator, licence, date, place);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        add(form, new Paragraph(getTranslation("mediaUpload.help", Math.round(maxBytes / 1048576.0))),
                new Paragraph(getTranslation("mediaUpload.gltfHelp")), upload(maxBytes));
        results.addClassName("museum-media-upload-results");
        current.addClassName("museum-media-current");
        add(results, new H2(getTranslation("mediaUpload.current")), current);
        addAttachListener(event -> ui = event.getUI());
        // A curator who leaves before the last file has arrived still has the others ingested (and audited).
        addDetachListener(event -> submitReceived());
        showMedia();
    }

    private Upload upload(long maxBytes) {
        Upload upload = new Upload(new TempFileUpload(maxBytes, new TempFileUpload.Receiver() {
            @Override
            public void received(UploadEvent event, Path file) {
                receive(event.getFileName(), file, address(event)).ifPresent(reason -> event.reject(reason.text()));
            }

            @Override
            public void refused(UploadEvent event, Rejection reason) {
                event.reject(reason.text());
                refuse(event.getFileName(), reason, address(event));
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
        UploadI18N texts = UploadTexts.of(this);
        texts.getUploading().getError().setForbidden(getTranslation("mediaUpload.rejectedBelow"))
                .setFileTooLarge(getTranslation("mediaUpload.tooLarge", Math.round(maxBytes / 1048576.0)));
        upload.setI18n(texts);
        // Once every chosen file has arrived, a .gltf can be matched with the files beside it.
        upload.addAllFinishedListener(event -> submitReceived());
        return upload;
    }

    /**
     * Keeps one arrived file (in the request's thread) until the upload's last file is in; the
     * reason when its name is unsafe or taken. The file is moved, or deleted by the caller.
     */
    Optional<Rejection> receive(String fileName, Path file, String from) {
        Optional<Rejection> refused;
        receiving.lock();
        try {
            if (batch == null) {
                batch = UploadBatch.create();
            }
            refused = batch.add(fileName, file);
        } catch (java.io.IOException e) {
            refused = Optional.of(vn.laocai.museum.media.check.RejectionCode.CANNOT_READ.with(e.getMessage()));
        } finally {
            receiving.unlock();
        }
        address = from;
        if (refused.isPresent()) {
            refuse(fileName, refused.get(), from);
        } else {
            access(() -> {
                Div line = waiting.computeIfAbsent(fileName, name -> new Div());
                results.addComponentAsFirst(line);
                stage(line, "received", getTranslation("mediaUpload.state.received", fileName));
            });
        }
        return refused;
    }

    private void refuse(String fileName, Rejection reason, String from) {
        UploadOutcome outcome = uploads.refuse(target, fileName, reason, actor, from);
        access(() -> {
            Div line = new Div();
            results.addComponentAsFirst(line);
            done(line, outcome, List.of());
        });
    }

    /** Hands the files received so far to the pool, with the credit fields as they are now. */
    void submitReceived() {
        UploadBatch full;
        receiving.lock();
        try {
            full = batch;
            batch = null;
        } finally {
            receiving.unlock();
        }
        if (full == null) {
            return;
        }
        UI page = ui;
        jobs.submit(target, full, details(), actor, address, progress -> {
            if (page != null) {
                page.access(() -> show(progress));
            }
        });
    }

    /** One job's news, in the UI's thread. */
    private void show(UploadJobs.Progress progress) {
        Div line = lines.get(progress.id());
        if (line == null) {
            line = waiting.remove(progress.fileName());
            for (String sibling : progress.siblings()) {
                Div merged = waiting.remove(sibling);
                if (merged != null) {
                    results.remove(merged);
                }
            }
            if (line == null) {
                line = new Div();
                results.addComponentAsFirst(line);
            }
            lines.put(progress.id(), line);
        }
        String label = label(progress.fileName(), progress.siblings());
        switch (progress.stage()) {
            case RECEIVED -> {
                running.add(progress.id());
                stage(line, "received", getTranslation("mediaUpload.state.received", label));
            }
            case CHECKING -> stage(line, "checking", getTranslation("mediaUpload.state.checking", label));
            case DONE -> {
                running.remove(progress.id());
                done(line, progress.outcome(), progress.siblings());
                showMedia();
            }
        }
        UI page = line.getUI().orElse(ui);
        if (page != null) {
            page.setPollInterval(running.isEmpty() ? -1 : POLL_MILLIS);
        }
    }

    private String label(String fileName, List<String> siblings) {
        return siblings.isEmpty() ? fileName : getTranslation("mediaUpload.withFiles", fileName, String.join(", ", siblings));
    }

    private static void stage(Div line, String stage, String text) {
        line.removeAll();
        line.add(new Span(text));
        line.setClassName("museum-media-upload-result museum-media-upload-" + stage);
    }

    private void done(Div line, UploadOutcome outcome, List<String> siblings) {
        String status = outcome.status().name().toLowerCase(java.util.Locale.ROOT);
        stage(line, status, text(outcome, siblings));
    }

    private UploadDetails details() {
        return new UploadDetails(titleVi.getValue(), titleEn.getValue(), creator.getValue(), licence.getValue(), date.getValue(),
                place.getValue());
    }

    /** One line per file: its name, what became of it, and why in the page's language when it was refused. */
    String text(UploadOutcome outcome, List<String> siblings) {
        String status = outcome.status().name().toLowerCase(java.util.Locale.ROOT);
        String text = getTranslation("mediaUpload.status." + status, label(outcome.fileName(), siblings));
        if (outcome.rejection() != null) {
            text += ": " + reason(outcome.rejection());
        }
        for (MediaWarning warning : outcome.warnings()) {
            text += " (" + warning(warning) + ")";
        }
        return text;
    }

    /** The reason from the message bundles by its code; the English sentence should a code lack a text. */
    String reason(Rejection rejection) {
        Object[] params = rejection.code().equals("details-missing")
                ? new Object[] {rejection.params().stream().map(field -> getTranslation("mediaUpload." + field))
                        .collect(java.util.stream.Collectors.joining(", "))}
                : rejection.params().toArray();
        String key = "mediaUpload.reason." + rejection.code();
        String text = getTranslation(key, params);
        return text.startsWith("!{") ? rejection.text() : text;
    }

    /** The warning from the message bundles by its code; the English sentence should a code lack a text. */
    String warning(MediaWarning warning) {
        String text = getTranslation("mediaUpload.warning." + warning.code(), warning.params().toArray());
        return text.startsWith("!{") ? warning.text() : text;
    }

    /** Runs the change in this page's UI, from any thread; nothing when the page has gone. */
    private void access(com.vaadin.flow.server.Command change) {
        UI page = ui;
        if (page != null) {
            try {
                page.access(change);
            } catch (com.vaadin.flow.component.UIDetachedException e) {
                // The curator left; the outcome is in the audit log.
            }
        }
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
