package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import org.travaux.model.BlockKind;
import org.travaux.model.ClauseKind;
import org.travaux.model.DocumentIds;
import org.travaux.model.DocumentMetadata;
import org.travaux.model.ExtractedText;
import org.travaux.model.OfficialDocument;
import org.travaux.model.Paragraph;
import org.travaux.model.SourceFile;
import org.travaux.model.TextBlock;

/** Builds an {@link OfficialDocument} from a file's extracted text: paragraphs, sections, ids and a title. */
public final class DocumentAssembler {

    /**
     * @param rootName the ingested folder's name (part of the stable id)
     * @param source   the file
     * @param text     what the extractor found
     * @param note     what the reader should know about extraction, or empty
     */
    public OfficialDocument assemble(String rootName, SourceFile source, ExtractedText text, String note) {
        return assemble(rootName, source, text, note, java.util.Map.of());
    }

    /** As {@link #assemble(String, SourceFile, ExtractedText, String)}, with fields from a metadata sidecar. */
    public OfficialDocument assemble(String rootName, SourceFile source, ExtractedText text, String note,
                                     java.util.Map<String, String> sidecar) {
        List<Paragraph> paragraphs = paragraphs(text.blocks());
        String title = TitleGuesser.guess(text, paragraphs, source.fileName());
        String titleSource = TitleGuesser.sourceOf(text, title);
        return new OfficialDocument(DocumentIds.of(rootName, source.path()), source, text.mediaType(), text.pageCount(),
                note, DocumentMetadata.titled(title, titleSource), paragraphs);
    }

    static List<Paragraph> paragraphs(List<TextBlock> blocks) {
        List<Paragraph> out = new ArrayList<>(blocks.size());
        List<String> section = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (TextBlock b : blocks) {
            String text = TextCleaner.clean(b.text());
            if (text.isEmpty()) {
                continue;
            }
            int ordinal = out.size();
            out.add(new Paragraph("p" + (ordinal + 1), ordinal, null, section, b.kind(), text, b.page(),
                    ClauseKind.NARRATIVE, null, false, false, null, List.of(), List.of()));
            if (b.kind() == BlockKind.HEADING) {
                enterSection(section, levels, text, Math.max(1, b.level()));
            }
        }
        return out;
    }

    /** A heading of level n closes every open heading of level ≥ n, then opens itself. */
    private static void enterSection(List<String> section, List<Integer> levels, String heading, int level) {
        while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
            levels.remove(levels.size() - 1);
            section.remove(section.size() - 1);
        }
        levels.add(level);
        section.add(heading.length() > 200 ? heading.substring(0, 200) + "…" : heading);
    }
}
