package lab.minimax.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.zip.GZIPInputStream;

/**
 * One lab page without a browser: it speaks Vaadin Flow's protocol (bootstrap {@code ?v-r=init},
 * UIDL requests over HTTP, server pushes over the Atmosphere websocket, heartbeats) as the
 * browser does, draws nothing, and acknowledges every frame at once with the same
 * {@code frame-drawn} event (detail.seq) the page's chart makes after painting. It reads the training
 * step from the pushed status line and counts a frame only when it carries a new step and every
 * layer the page draws at every frame ({@link #LAYERS}); it notes the size of every frame it gets.
 */
final class LabClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The plane's layers of every frame (mm-plane keys): D on the grid, samples, arrows, manifold. */
    static final List<String> LAYERS = List.of("heat", "fake", "arrows", "grid");

    private final HttpClient http;
    private final URI base;
    private final Executor acks;
    private final CookieJar cookies = new CookieJar();
    private String csrf;
    private String pushId;
    private String runToken;
    private int playNode = -1;
    private volatile int syncId;
    private int clientId;
    private WebSocket socket;
    /** The pushes' size under permessage-deflate (the harness's socket receives them uncompressed). */
    private final WireSize pushWire = new WireSize();
    /** Body bytes of the last UIDL response as received (gzip when the server compressed it). */
    private int lastReplyWire;
    /** Serialises this client's UIDL requests (the server expects client ids in order). */
    private final Object rpcLock = new Object();

    // measurement (window between start() and stop() of the harness)
    private volatile boolean measuring;
    private long frames;
    private long lastFrameStep = -1;
    private long frameBytes, frameBytesMax, framesSized;
    private long messageBytes, messageBytesMax;
    private long wireBytesSum, wireBytesMax;
    private long firstStep = -1, lastStep = -1;
    private long firstStepAt, lastStepAt;
    private long ackSentAt = -1;
    private final List<Double> frameGapsMs = new ArrayList<>();
    private final List<Double> ackRttMs = new ArrayList<>();
    private volatile String failure;

    LabClient(HttpClient http, URI base, Executor acks) {
        this.http = http;
        this.base = base;
        this.acks = acks;
    }

    /** Loads the page: bootstrap, navigation (the view attaches and its run is created), push socket. */
    void open() throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(get(base), HttpResponse.BodyHandlers.ofString());
        cookies.keep(page);
        HttpResponse<String> init = http.send(get(base.resolve("?v-r=init&location=&query=")),
                HttpResponse.BodyHandlers.ofString());
        cookies.keep(init);
        JsonNode uidl = JSON.readTree(init.body()).path("appConfig").path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asText(null);
        pushId = uidl.path("Vaadin-Push-ID").asText(null);
        if (csrf == null || pushId == null) {
            throw new IOException("no security key / push id in the bootstrap of " + base + " (is push enabled?)");
        }
        String nav = rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\","
                + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
        JsonNode msg = JSON.readTree(nav).get(0);
        for (JsonNode c : msg.path("changes")) {
            if ("aria-label".equals(c.path("key").asText()) && "Play".equals(c.path("value").asText())) {
                playNode = c.path("node").asInt();
            }
        }
        for (JsonNode e : msg.path("execute")) {
            String script = e.get(e.size() - 1).asText();
            if (script.contains("__mmRunToken")) {
                runToken = e.get(0).asText();
            }
        }
        if (playNode < 0) {
            throw new IOException("no Play button in the lab page of " + base);
        }
        String ws = base.resolve("VAADIN/push").toString().replaceFirst("^http", "ws")
                + "?v-r=push&v-uiId=0&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
        AtmosphereFrames frames = new AtmosphereFrames(m -> onUidl(m, pushWire.next(m)));
        socket = http.newWebSocketBuilder().header("Cookie", cookies.header()).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(ws), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        frames.accept(data);
                        w.request(1);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket w, Throwable error) {
                        failure = "push socket: " + error;
                    }
                }).join();
        onUidl(nav, lastReplyWire);
    }

    /** Clicks Play. */
    void play() throws IOException, InterruptedException {
        rpc("{\"type\":\"event\",\"node\":" + playNode + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":1,"
                + "\"event.clientY\":1,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":1,\"event.screenX\":1}}");
    }

    /** The page's heartbeat (a UI missing three is detached by the server). */
    void heartbeat() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=0")).header("Cookie", cookies.header())
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Frees the run at once (the page's pagehide beacon) and closes the push socket. */
    void close() {
        try {
            if (runToken != null) {
                http.send(HttpRequest.newBuilder(base.resolve("lab-release?token="
                                + URLEncoder.encode(runToken, StandardCharsets.UTF_8))).header("Cookie", cookies.header())
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException | InterruptedException e) {
            failure = "release: " + e;
        }
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        pushWire.end();
    }

    /**
     * One UIDL message from the server (push or response) of {@code wireBytes} on the wire: track
     * the sync id, acknowledge frames, read the step.
     */
    private void onUidl(String uidl, int wireBytes) {
        long now = System.nanoTime();
        long sync = UidlScan.maxSyncId(uidl);
        if (sync > syncId) {
            syncId = (int) sync;
        }
        long step = UidlScan.lastStep(uidl);
        synchronized (this) {
            if (step >= 0 && measuring) {
                if (firstStep < 0) {
                    firstStep = step;
                    firstStepAt = now;
                }
                lastStep = step;
                lastStepAt = now;
            }
        }
        for (UidlScan.FrameRef f : UidlScan.frames(uidl)) {
            synchronized (this) {
                if (measuring) {
                    framesSized++;
                    frameBytes += f.bytes();
                    frameBytesMax = Math.max(frameBytesMax, f.bytes());
                    messageBytes += uidl.length();
                    messageBytesMax = Math.max(messageBytesMax, uidl.length());
                    wireBytesSum += wireBytes;
                    wireBytesMax = Math.max(wireBytesMax, wireBytes);
                    // a whole frame of a new step (the status line rides in the frame's message)
                    if (step > lastFrameStep && UidlScan.carries(uidl, f, LAYERS)) {
                        lastFrameStep = step;
                        frames++;
                    }
                    if (ackSentAt >= 0) {
                        frameGapsMs.add((now - ackSentAt) / 1e6);
                    }
                }
            }
            try {
                acks.execute(() -> ack(f.node(), f.seq()));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return; // the harness is shutting down
            }
        }
    }

    /**
     * Acknowledges frame {@code seq} as the page does after painting it; the response may carry
     * the next frame (the server sends a waiting snapshot at once), which is read like a push.
     */
    private void ack(int node, long seq) {
        try {
            long t0, t1;
            String response;
            int wire;
            synchronized (rpcLock) {
                t0 = System.nanoTime();
                synchronized (this) {
                    ackSentAt = t0;
                }
                response = rpc("{\"type\":\"event\",\"node\":" + node + ",\"event\":\"frame-drawn\","
                        + "\"data\":{\"event.detail.seq\":" + seq + "}}");
                wire = lastReplyWire;
                t1 = System.nanoTime();
            }
            synchronized (this) {
                if (measuring) {
                    ackRttMs.add((t1 - t0) / 1e6);
                }
            }
            onUidl(response, wire);
        } catch (IOException | InterruptedException e) {
            failure = "ack: " + e;
        }
    }

    /** Sends one RPC in a UIDL request (one at a time: the server expects client ids in order). */
    private String rpc(String invocation) throws IOException, InterruptedException {
        synchronized (rpcLock) {
            return send(invocation);
        }
    }

    private String send(String invocation) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + invocation + "],\"syncId\":" + syncId
                + ",\"clientId\":" + (clientId++) + "}";
        // as a browser asks: gzip, which the server applies to responses over 2 KB (server.compression)
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=0"))
                .header("Cookie", cookies.header()).header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] raw = r.body();
        lastReplyWire = raw.length;
        boolean gzip = r.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        String text = gzip
                ? new String(new GZIPInputStream(new ByteArrayInputStream(raw)).readAllBytes(), StandardCharsets.UTF_8)
                : new String(raw, StandardCharsets.UTF_8);
        if (r.statusCode() != 200 || !text.startsWith("for(;;);")) {
            throw new IOException("UIDL request answered " + r.statusCode() + ": " + text.substring(0, Math.min(200, text.length())));
        }
        String json = text.substring(8);
        if (json.contains("\"meta\"") && json.contains("\"sessionExpired\"")) {
            throw new IOException("session expired");
        }
        return json;
    }

    private HttpRequest get(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        String cookie = cookies.header();
        if (!cookie.isEmpty()) {
            b.header("Cookie", cookie);
        }
        return b.GET().build();
    }

    synchronized void startMeasuring() {
        frames = 0;
        framesSized = frameBytes = frameBytesMax = messageBytes = messageBytesMax = wireBytesSum = wireBytesMax = 0;
        firstStep = lastStep = -1;
        frameGapsMs.clear();
        ackRttMs.clear();
        measuring = true;
    }

    /** Stops the window and returns its figures over {@code seconds} of wall time. */
    synchronized ClientStats stopMeasuring(double seconds) {
        measuring = false;
        double stepsPerS = lastStepAt > firstStepAt && firstStep >= 0
                ? (lastStep - firstStep) / ((lastStepAt - firstStepAt) / 1e9) : 0;
        return new ClientStats(stepsPerS, frames / seconds, framesSized / seconds,
                new ClientStats.Bytes(framesSized, frameBytes, frameBytesMax, messageBytes, messageBytesMax,
                        wireBytesSum, wireBytesMax),
                List.copyOf(frameGapsMs), List.copyOf(ackRttMs), failure);
    }
}
