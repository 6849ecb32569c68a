package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import com.consentlens.app.control.ControlClient;
import com.consentlens.model.MarkerType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code consentlens mark consent|withdraw|background|foreground|note [TEXT]}: marks the running session now. */
@Command(name = "mark", mixinStandardHelpOptions = true,
        description = {"Mark the running session's timeline now: consent, withdraw, background, foreground or note.",
                "在正在运行的会话时间线上标记：同意、撤回、后台、前台或备注。"})
public final class MarkCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin DataDirOption dataDir;
    @Parameters(index = "0", paramLabel = "TYPE", description = "consent, withdraw, background, foreground or note")
    String type;
    @Parameters(index = "1..*", paramLabel = "TEXT", arity = "0..*", description = "Optional text (required for note).")
    List<String> text = List.of();

    @Override
    public void run() {
        MarkerType markerType;
        try {
            markerType = MarkerType.fromWireName(type);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String joined = String.join(" ", text);
        if (markerType == MarkerType.NOTE && joined.isBlank()) {
            throw new UsageException("a note needs text: consentlens mark note \"what happened\"");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", markerType.wireName());
        body.put("text", joined);
        try {
            String answer = ControlClient.forDataDirectory(dataDir.resolve()).post("/api/markers", JSON.writeValueAsString(body));
            System.out.println(answer);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
