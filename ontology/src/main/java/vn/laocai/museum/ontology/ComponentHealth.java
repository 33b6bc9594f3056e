package vn.laocai.museum.ontology;

import java.util.Objects;

/** Whether one part of the museum (graph, index, media store) works, and why it says so. */
public record ComponentHealth(boolean up, String detail) {

    public ComponentHealth {
        Objects.requireNonNull(detail, "detail");
    }

    public static ComponentHealth up(String detail) {
        return new ComponentHealth(true, detail);
    }

    public static ComponentHealth down(String reason) {
        return new ComponentHealth(false, reason);
    }
}
