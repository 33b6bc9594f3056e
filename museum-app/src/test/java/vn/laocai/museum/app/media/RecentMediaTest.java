package vn.laocai.museum.app.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The app's memory of recently served media: a byte budget, least recently used out first, large objects never kept. */
class RecentMediaTest {

    private static RecentMedia.Kept object(int bytes) {
        return new RecentMedia.Kept(new byte[bytes], "\"etag\"", "image/jpeg");
    }

    @Test
    void keeps_objects_until_the_budget_and_drops_the_least_recently_used_first() {
        RecentMedia recent = new RecentMedia(1000, 600);
        recent.put("a", object(400));
        recent.put("b", object(400));
        assertThat(recent.get("a")).isPresent(); // a is now more recent than b
        recent.put("c", object(400));
        assertThat(recent.get("b")).isEmpty();
        assertThat(recent.get("a")).isPresent();
        assertThat(recent.get("c")).isPresent();
        assertThat(recent.usedBytes()).isEqualTo(800);
    }

    @Test
    void an_object_larger_than_the_limit_is_never_kept_and_a_zero_budget_keeps_nothing() {
        RecentMedia recent = new RecentMedia(1000, 600);
        assertThat(recent.keeps(601)).isFalse();
        recent.put("big", object(601));
        assertThat(recent.get("big")).isEmpty();
        assertThat(recent.usedBytes()).isZero();

        RecentMedia none = new RecentMedia(0, 600);
        assertThat(none.keeps(1)).isFalse();
        none.put("a", object(1));
        assertThat(none.size()).isZero();
    }

    @Test
    void putting_the_same_key_again_counts_its_bytes_once() {
        RecentMedia recent = new RecentMedia(1000, 600);
        recent.put("a", object(300));
        recent.put("a", object(300));
        assertThat(recent.usedBytes()).isEqualTo(300);
        assertThat(recent.size()).isEqualTo(1);
    }
}
