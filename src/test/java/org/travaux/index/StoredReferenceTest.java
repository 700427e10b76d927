package org.travaux.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.travaux.model.CitationType;
import org.travaux.model.FollowUpRequest;
import org.travaux.model.Reference;

/** The stored forms of edges and requests read back as written, and edges of older indexes still read. */
class StoredReferenceTest {
    @Test
    void aReferenceReadsBackWithItsType() {
        Reference r = new Reference("A/RES/73/195", "1", "…submitted pursuant to General Assembly resolution 73/195, in"
                + " which…", CitationType.PURSUANT_TO);
        assertThat(StoredReference.decode(StoredReference.encode(r), "1")).isEqualTo(r);
    }

    @Test
    void aReferenceOfAnIndexWithoutTypesRefersToItsDocument() {
        assertThat(StoredReference.decode("A/RES/70/1\trecalled resolution 70/1 on the 2030 Agenda", "2"))
                .isEqualTo(new Reference("A/RES/70/1", "2", "recalled resolution 70/1 on the 2030 Agenda",
                        CitationType.REFERS_TO));
        assertThatThrownBy(() -> StoredReference.decode("A/RES/70/1", "2")).hasMessageContaining("A/RES/70/1");
    }

    @Test
    void aRequestReadsBackWithWhatItLeavesUnsaid() {
        FollowUpRequest due = new FollowUpRequest("report", "at its eightieth session", 80, null);
        FollowUpRequest open = new FollowUpRequest("meeting", null, null, null);
        assertThat(StoredRequest.decode(StoredRequest.encode(due))).isEqualTo(due);
        assertThat(StoredRequest.decode(StoredRequest.encode(open))).isEqualTo(open);
    }
}
