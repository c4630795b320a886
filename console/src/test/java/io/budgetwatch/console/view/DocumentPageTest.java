package io.budgetwatch.console.view;

import static io.budgetwatch.console.view.Reports.SCIENCE;
import static io.budgetwatch.console.view.Reports.cell;
import static io.budgetwatch.console.view.Reports.finding;
import static io.budgetwatch.console.view.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.budgetwatch.console.pdf.PageImages.PageSize;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Severity;

class DocumentPageTest {
    private static final List<PageSize> A4 = List.of(new PageSize(595.2f, 841.8f), new PageSize(595.2f, 841.8f));

    @Test
    void findingsAreGroupedWorstFirstAndEachCellIsHighlightedAtItsShareOfThePage() {
        DocumentPage page = DocumentPage.of(report("doc", SCIENCE, 2023, DisclosureKind.BUDGET,
                finding("CMP-004", Severity.WARNING, new Evidence(null, null, null, null, "三、机关运行经费")),
                finding("BAL-003", Severity.CRITICAL, cell(2, 344.63f, 354.38f, 543.38f, 372.38f),
                        cell(2, 344.63f, 372.38f, 543.38f, 389.63f))),
                Optional.empty(), Optional.empty(), Optional.of(A4));

        assertEquals(List.of("critical", "warning"), page.groups().stream().map(DocumentPage.SeverityGroup::severity)
                .toList());
        DocumentPage.FindingView critical = page.groups().get(0).findings().get(0);
        assertEquals(1, critical.pages().size(), "two cells of one page: one page image");
        PageView pageTwo = critical.pages().get(0);
        assertEquals("/documents/doc/pages/2.png", pageTwo.imageUrl());
        PageView.Highlight first = pageTwo.highlights().get(0);
        assertEquals("57.902%", first.left(), "344.63 of 595.2 points");
        assertEquals("42.098%", first.top(), "354.38 of 841.8 points");
        assertEquals("33.392%", first.width(), "198.75 points wide");
        assertEquals("2.138%", first.height());
        assertEquals("344.63,354.38,543.38,372.38", first.points());
        DocumentPage.FindingView warning = page.groups().get(1).findings().get(0);
        assertEquals(List.of(), warning.pages(), "a sentence of the text is no cell on a page");
        assertEquals(List.of("“三、机关运行经费”"), warning.evidence());
    }

    @Test
    void withoutThePdfTheFindingsStillShowButNoPage() {
        DocumentPage page = DocumentPage.of(report("doc", SCIENCE, 2023, DisclosureKind.BUDGET,
                finding("BAL-003", Severity.CRITICAL, cell(2, 1, 2, 3, 4))), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertEquals(List.of(), page.groups().get(0).findings().get(0).pages());
    }

    /** A disclosure published as two files: the other file's cell is not drawn on this file's page of that number. */
    @Test
    void evidenceInTheOtherFileOfADisclosureIsNamedNotDrawnOnThisFile() {
        String tablesFile = "5328541c01f87e828c11f474ea4fd2c6c49a0a91136f2c4483f24e22cce0e3b1";
        DocumentPage page = DocumentPage.of(report("doc", SCIENCE, 2023, DisclosureKind.BUDGET,
                finding("TXT-001", Severity.CRITICAL, new Evidence(null, 2, null, null, "支出总计 30.00 万元。"),
                        cell(2, 344.63f, 354.38f, 543.38f, 372.38f).in(tablesFile))),
                Optional.empty(), Optional.empty(), Optional.of(A4));

        DocumentPage.FindingView finding = page.groups().get(0).findings().get(0);
        assertEquals(List.of(), finding.pages().stream().filter(p -> !p.highlights().isEmpty()).toList(),
                "nothing highlighted on this file's page 2");
        assertEquals(true, finding.evidence().stream().anyMatch(e -> e.contains("另一文件第2页") && e.contains("（文件 5328541c01f8…）")),
                finding.evidence().toString());
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertEquals("http://portal.example/a.pdf", DocumentPage.webAddress(" http://portal.example/a.pdf"));
        assertEquals(null, DocumentPage.webAddress("javascript:alert(1)"), "an upload's sourceUrl is anything");
        assertEquals(null, DocumentPage.webAddress(null));
    }
}
