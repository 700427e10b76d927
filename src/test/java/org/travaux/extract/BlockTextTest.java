package org.travaux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BlockTextTest {

    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("  Decides   to  remain\tseized of the matter.  ", "Decides to remain seized of the matter."),
                Arguments.of("Recalling its resolution\u00A0 65/170", "Recalling its resolution 65/170"),
                Arguments.of("The General Assembly,\n   Recalling  ", "The General Assembly,\nRecalling"),
                Arguments.of("line one\r\nline two\rline three", "line one\nline two\nline three"),
                Arguments.of("\uFEFFA/RES/73/195\u0000", "A/RES/73/195"),
                Arguments.of("first\u2028second", "first\nsecond"));
    }

    @ParameterizedTest
    @MethodSource("blocks")
    void cleansOneBlock(String raw, String expected) {
        assertThat(BlockText.segments(raw)).containsExactly(expected);
    }

    @Test
    void blankLinesSplitIntoSegments() {
        String raw = "Conclusions\n\n1. Decides to convene a dialogue;\n   and requests a report.\n \t\n\n2. Invites";

        assertThat(BlockText.segments(raw)).containsExactly("Conclusions",
                "1. Decides to convene a dialogue;\nand requests a report.", "2. Invites");
    }

    @Test
    void wholeKeepsOneBlockWithoutBlankLines() {
        assertThat(BlockText.whole("Peru\n\n \n(on behalf of the Group)\n")).containsExactly(
                "Peru\n(on behalf of the Group)");
        assertThat(BlockText.whole("  ")).isEmpty();
    }

    @Test
    void whitespaceOnlyHasNoSegments() {
        assertThat(BlockText.segments(" \n\t\u00A0\n ")).isEqualTo(List.of());
        assertThat(BlockText.segments("")).isEmpty();
    }
}
