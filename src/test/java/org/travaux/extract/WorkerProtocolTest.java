package org.travaux.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.travaux.model.BlockKind;
import org.travaux.model.ExtractedText;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;
import org.travaux.model.TextBlock;

class WorkerProtocolTest {

    private static Extraction roundTrip(Extraction extraction) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkerProtocol.writeExtraction(new DataOutputStream(bytes), extraction);
        return WorkerProtocol.readExtraction(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                1_000_000);
    }

    @Test
    void successSurvivesTheWire() throws IOException {
        ExtractedText text = new ExtractedText("application/pdf", List.of(
                new TextBlock(BlockKind.HEADING, "International migration and development", 1, 1),
                new TextBlock(BlockKind.PARAGRAPH, "5. Welcomes … Asunción, “Declaración de Santiago”\nZoë", 2, 0),
                new TextBlock(BlockKind.LIST_ITEM, "(a) To strengthen", 2, 1)),
                Map.of("dc:title", "A/RES/73/195", "xmpTPg:NPages", "2"), 2, true);
        Extraction success = new Extraction.Success(text, "truncated at 20,000,000 characters");

        assertThat(roundTrip(success)).isEqualTo(success);
    }

    @Test
    void failuresSurviveTheWireWithAndWithoutType() throws IOException {
        Extraction typed = new Extraction.Failure(Outcome.UNSUPPORTED, "type image/png is not a supported document "
                + "format", "image/png");
        Extraction untyped = new Extraction.Failure(Outcome.TIMEOUT, "no answer within 60 s", null);

        assertThat(roundTrip(typed)).isEqualTo(typed);
        assertThat(roundTrip(untyped)).isEqualTo(untyped);
    }

    @Test
    void requestsAndHelloRoundTripAndEndOfStreamMeansNoMoreRequests() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        WorkerProtocol.writeHello(out);
        WorkerProtocol.writeRequest(out, "/corpus/A_RES_73_195 (copie).pdf");
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

        WorkerProtocol.readHello(in);
        assertThat(WorkerProtocol.readRequest(in)).isEqualTo("/corpus/A_RES_73_195 (copie).pdf");
        assertThat(WorkerProtocol.readRequest(in)).isNull();
    }

    @Test
    void strayBytesAreAProtocolError() {
        byte[] chatter = "Terminating due to java.lang.OutOfMemoryError".getBytes();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(chatter));

        assertThatThrownBy(() -> WorkerProtocol.readExtraction(in, 1000)).isInstanceOf(IOException.class)
                .hasMessageContaining("unexpected answer marker");
    }

    @Test
    void implausibleLengthsAreRefusedBeforeAllocating() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(WorkerProtocol.RESPONSE);
        out.writeByte(1);
        out.writeInt(Integer.MAX_VALUE);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

        assertThatThrownBy(() -> WorkerProtocol.readExtraction(in, 1000)).isInstanceOf(IOException.class)
                .hasMessageContaining("implausible");
    }
}
