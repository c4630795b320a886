package io.budgetwatch.notify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import io.budgetwatch.testsupport.LoopbackServers;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * DingTalk, WeCom and Feishu robots for the test: records each POST (path, query, body) and answers as the real
 * ones do; a body containing a string in {@link #rejectOnce} is rejected once with HTTP 200 and a non-zero code.
 */
public class ChatSinks implements QuarkusTestResourceLifecycleManager {
    static final String DINGTALK_SECRET = "SEC0123456789abcdef-dingtalk";
    static final String FEISHU_SECRET = "feishu-secret-0123456789";

    record Post(String path, String query, String body, Instant at) {
    }

    static final List<Post> posts = new CopyOnWriteArrayList<>();
    static final Set<String> rejectOnce = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = LoopbackServers.create();
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            boolean feishu = path.startsWith("/feishu");
            String marker = rejectOnce.stream().filter(body::contains).findFirst().orElse(null);
            String answer;
            if (marker != null && rejectOnce.remove(marker)) {
                answer = feishu ? "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour\"}"
                        : "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
            } else {
                posts.add(new Post(path, exchange.getRequestURI().getRawQuery(), body, Instant.now()));
                answer = feishu ? "{\"code\":0,\"msg\":\"success\",\"data\":{}}" : "{\"errcode\":0,\"errmsg\":\"ok\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("budgetwatch.notify.dingtalk.url", base + "/dingtalk/robot/send?access_token=dt-token",
                "budgetwatch.notify.dingtalk.secret", DINGTALK_SECRET,
                "budgetwatch.notify.wecom.url", base + "/wecom/cgi-bin/webhook/send?key=wc-key",
                "budgetwatch.notify.feishu.url", base + "/feishu/open-apis/bot/v2/hook/fs-hook",
                "budgetwatch.notify.feishu.secret", FEISHU_SECRET);
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
