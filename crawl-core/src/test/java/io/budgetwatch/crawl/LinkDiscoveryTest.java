package io.budgetwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Link classification on the saved real portal pages, as the crawler meets them. */
class LinkDiscoveryTest {
    private static final LinkRules RULES = LinkRules.of(Set.of("portal.example"), Optional.empty(), Optional.empty(),
            Optional.empty());
    private final PageLinkExtractor extractor = new PageLinkExtractor(RULES);

    @Test
    void zhengzhouAttachmentsWithTokensAreAttachmentsNamedByTheirPath() throws IOException {
        List<PageLink> attachments = attachments("page-011.html", "http://portal.example/zwgk/t1.html");
        assertEquals(6, attachments.size());
        PageLink first = attachments.get(0);
        assertTrue(first.url().getRawQuery().startsWith("GiNrz"), first.url().toString());
        assertEquals("2026年郑州市行政复议应诉事务中心（郑州市公共法律服务中心）单位预算公开.pdf", FileNames.fromUrl(first.url()));
        assertEquals("2026年郑州市行政复议应诉事务中心（郑州市公共法律服务中心）单位预算公开.pdf", first.text());
    }

    @Test
    void jinanDownloadEndpointIsAnAttachmentNamedByItsFileNameParameter() throws IOException {
        List<PageLink> attachments = attachments("page-029.html", "http://portal.example/art/2026/1/1/art_1.html");
        assertEquals(1, attachments.size());
        assertTrue(attachments.get(0).url().getRawPath().endsWith("/front/document/download"));
        assertEquals("济南市国资委信息公开申请表.doc", FileNames.fromUrl(attachments.get(0).url()));
        assertTrue(FileNames.isSkippedType(FileNames.fromUrl(attachments.get(0).url())));
    }

    @Test
    void trsPagerScriptAndNextLinksArePagination() throws IOException {
        List<URI> pagination = links("page-061.html", "http://portal.example/cssfj/index.html").stream()
                .filter(l -> l.kind() == LinkKind.PAGINATION).map(PageLink::url).toList();
        assertEquals(List.of(URI.create("http://portal.example/cssfj/index_1.html"),
                URI.create("http://portal.example/cssfj/index_2.html")), pagination);
        List<PageLink> next = extractor.extract("<a href='list?page=2'>下一页</a><a href='/a/b.html'>详情</a>",
                URI.create("http://portal.example/list"));
        assertEquals(List.of(LinkKind.PAGINATION, LinkKind.PAGE), next.stream().map(PageLink::kind).toList());
    }

    @Test
    void imagesScriptsFragmentsAndOtherHostsPagesAreNotFollowed() {
        List<PageLink> links = extractor.extract("""
                <a href="/attachment/7/7978/10705231.jpg">图</a><a href="javascript:void(0)">x</a><a href="#top">顶部</a>
                <a href="http://other.example/a.html">外站</a><a href="http://other.example/a.pdf">外站文件</a>
                <a href="/x.html#part">详情</a><a href="/x.html">详情</a>""", URI.create("http://portal.example/"));
        assertEquals(List.of("http://other.example/a.pdf ATTACHMENT", "http://portal.example/x.html PAGE"),
                links.stream().map(l -> l.url() + " " + l.kind()).toList());
    }

    @Test
    void contentDispositionNamesFollowRfc6266() {
        assertEquals(Optional.of("预算公开.pdf"), FileNames.fromContentDisposition(
                "attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%E9%A2%84%E7%AE%97%E5%85%AC%E5%BC%80.pdf"));
        assertEquals(Optional.of("a \"b\".pdf"), FileNames.fromContentDisposition("attachment; filename=\"a \\\"b\\\".pdf\""));
        assertEquals(Optional.of("预算.pdf"), FileNames.fromContentDisposition(
                "attachment;filename=\"%E9%A2%84%E7%AE%97.pdf\""));
        String rawUtf8 = new String("预算.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of("预算.pdf"), FileNames.fromContentDisposition("attachment; filename=" + rawUtf8));
        assertEquals(Optional.of("x.pdf"), FileNames.fromContentDisposition("inline; filename=..\\..\\x.pdf"));
        assertEquals(Optional.empty(), FileNames.fromContentDisposition("inline"));
    }

    private List<PageLink> attachments(String page, String url) throws IOException {
        return links(page, url).stream().filter(l -> l.kind() == LinkKind.ATTACHMENT).toList();
    }

    private List<PageLink> links(String page, String url) throws IOException {
        try (InputStream in = LinkDiscoveryTest.class.getResourceAsStream("/portal/pages/" + page)) {
            return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8), URI.create(url));
        }
    }
}
