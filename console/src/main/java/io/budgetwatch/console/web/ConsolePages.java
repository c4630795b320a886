package io.budgetwatch.console.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.budgetwatch.console.api.Notify;
import io.budgetwatch.console.view.AlertsPage;
import io.budgetwatch.console.view.DepartmentYears;
import io.budgetwatch.console.view.DocumentPage;
import io.budgetwatch.console.view.Labels;
import io.budgetwatch.console.view.Overview;
import io.budgetwatch.console.view.OverviewFilter;
import io.budgetwatch.events.ReconciliationReport;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The console's pages. Each reads what it shows from the services (blocking, on a worker thread), builds its
 * plain-Java view and renders it with its Qute template; writes (silences) need a signed-in operator.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ConsolePages {
    static final String SESSION_COOKIE = "bw_console";
    /** The silence a form proposes, when the operator does not choose: long enough to fix and re-publish. */
    static final int DEFAULT_SILENCE_DAYS = 30;

    @Inject
    Services services;

    @Inject
    Template overview;

    @Inject
    Template document;

    @Inject
    Template department;

    @Inject
    Template alerts;

    @Inject
    Template login;

    @Inject
    Template error;

    @GET
    public String overview(@QueryParam("region") String region, @QueryParam("kind") String kind,
            @QueryParam("severity") String severity, @QueryParam("q") String q,
            @CookieParam(SESSION_COOKIE) String session) {
        List<ReconciliationReport> current = services.reconcile().reports();
        Set<String> reported = services.reconcile().reportedDocuments();
        Overview view = Overview.of(current, reported, services.ingest().documents(),
                new OverviewFilter(region, kind, severity, q));
        return page(overview, session).data("view", view).render();
    }

    @GET
    @Path("documents/{id}")
    public String document(@PathParam("id") String id, @CookieParam(SESSION_COOKIE) String session) {
        ReconciliationReport report = services.reconcile().report(id)
                .orElseThrow(() -> new NotFoundException("没有文件 " + id + " 的检查报告"));
        DocumentPage view = DocumentPage.of(report, services.reconcile().disclosure(id),
                services.ingest().document(id), services.pages().sizes(id));
        return page(document, session).data("view", view)
                .data("silenceUntil", LocalDate.now(Labels.ZONE).plusDays(DEFAULT_SILENCE_DAYS).toString())
                .render();
    }

    @GET
    @Path("documents/{id}/pages/{page}.png")
    @Produces("image/png")
    public Response pageImage(@PathParam("id") String id, @PathParam("page") int page) {
        byte[] png = services.pages().png(id, page).orElseThrow(() -> new NotFoundException("no page " + page));
        return Response.ok(png).cacheControl(immutable()).build();
    }

    @GET
    @Path("documents/{id}/original.pdf")
    @Produces("application/pdf")
    public Response original(@PathParam("id") String id) {
        byte[] pdf = services.pages().pdf(id).orElseThrow(() -> new NotFoundException("no document " + id));
        return Response.ok(pdf).cacheControl(immutable()).build();
    }

    /** Where notifications link to: the finding's document, scrolled to the finding. */
    @GET
    @Path("findings/{fingerprint}")
    public Response finding(@PathParam("fingerprint") String fingerprint) {
        Notify.Alert alert = services.alerting().alert(fingerprint)
                .orElseThrow(() -> new NotFoundException("没有告警 " + fingerprint));
        return Response.seeOther(URI.create("/documents/" + alert.alert().documentId() + "#f-" + fingerprint))
                .build();
    }

    @GET
    @Path("departments")
    public String department(@QueryParam("key") String key, @CookieParam(SESSION_COOKIE) String session) {
        List<ReconciliationReport> reports = services.reconcile().reports(key).stream()
                .filter(r -> r.departmentKey().equals(key)).toList();
        if (reports.isEmpty()) {
            throw new NotFoundException("没有部门 " + key + " 的检查报告");
        }
        DepartmentYears view = DepartmentYears.of(key, reports, services.reconcile()::disclosure);
        return page(department, session).data("view", view).render();
    }

    @GET
    @Path("alerts")
    public String alerts(@CookieParam(SESSION_COOKIE) String session) {
        AlertsPage view = AlertsPage.of(services.alerting().firing(), services.alerting().history(null),
                services.alerting().silences());
        return page(alerts, session).data("view", view).render();
    }

    /** "Silence this rule for this department until …", from a finding. */
    @POST
    @Path("silences")
    public Response silence(@RestForm String ruleId, @RestForm String departmentKey, @RestForm String department,
            @RestForm String until, @RestForm String comment, @CookieParam(SESSION_COOKIE) String session) {
        Optional<String> operator = services.operators().identity(session);
        if (operator.isEmpty()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        if (blank(ruleId) || blank(departmentKey)) {
            return problem("屏蔽需要规则和部门");
        }
        LocalDate last;
        try {
            last = LocalDate.parse(until.trim());
        } catch (RuntimeException e) {
            return problem("屏蔽截止日期应为 yyyy-MM-dd，而不是“" + until + "”");
        }
        String why = (blank(comment) ? "" : comment.trim() + " ") + "（控制台 " + operator.get() + "，"
                + (blank(department) ? departmentKey : department.trim()) + "）";
        services.alerting().create(new Notify.NewSilence(List.of(Notify.Matcher.equal("ruleId", ruleId.trim()),
                Notify.Matcher.equal("departmentKey", departmentKey.trim())),
                last.plusDays(1).atStartOfDay(Labels.ZONE).toInstant(), why));
        return Response.seeOther(URI.create("/alerts#silences")).build();
    }

    @POST
    @Path("silences/{id}/expire")
    public Response expire(@PathParam("id") String id, @CookieParam(SESSION_COOKIE) String session) {
        if (services.operators().identity(session).isEmpty()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        services.alerting().expire(id);
        return Response.seeOther(URI.create("/alerts#silences")).build();
    }

    @GET
    @Path("login")
    public String loginForm(@QueryParam("then") String then, @CookieParam(SESSION_COOKIE) String session) {
        return page(login, session).data("then", local(then)).data("failed", false).render();
    }

    @POST
    @Path("login")
    public Response signIn(@RestForm String key, @RestForm String then) {
        Optional<String> token = services.operators().signIn(key);
        if (token.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                    .entity(page(login, null).data("then", local(then)).data("failed", true).render()).build();
        }
        return Response.seeOther(URI.create(local(then))).cookie(session(token.get(), NewCookie.DEFAULT_MAX_AGE))
                .build();
    }

    @POST
    @Path("logout")
    public Response signOut() {
        return Response.seeOther(URI.create("/")).cookie(session("", 0)).build();
    }

    /** Every page gets who is signed in (for the navigation and the write forms) and whether writes are possible. */
    private TemplateInstance page(Template template, String session) {
        return template.instance().data("operator", services.operators().identity(session).orElse(""))
                .data("writable", services.operators().any() && services.alerting().canWrite());
    }

    /** HttpOnly (no script reads it), SameSite=Strict (no other site's form posts with it). */
    private static NewCookie session(String value, int maxAge) {
        return new NewCookie.Builder(SESSION_COOKIE).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }

    private Response problem(String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(error.data("message", message).data("operator", "").render()).build();
    }

    /** Only a path of this console: an absolute or protocol-relative URL would make the sign-in an open redirect. */
    private static String local(String then) {
        return then != null && then.startsWith("/") && !then.startsWith("//") ? then : "/";
    }

    private static CacheControl immutable() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400); // a document id is the SHA-256 of its bytes: its pages never change
        return cache;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
