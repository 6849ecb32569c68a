package com.consentlens.evidence.session;

import com.consentlens.model.ConsentTimeline;
import com.consentlens.evidence.rules.FrequencyHistory;
import com.consentlens.evidence.rules.RuleEngine;
import com.consentlens.model.Finding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges every finding of a session again, in time order with a fresh frequency history, after a marker
 * moved or the profile changed. Walks the findings in pages of {@value #PAGE} (keyset on time and id) so
 * memory stays bounded for any session size, and rewrites only the verdicts that changed. Runs inside the
 * caller's transaction: either every verdict changes or none does.
 */
final class VerdictRecompute {
    static final int PAGE = 1000;
    private static final String SELECT_PAGE = "SELECT * FROM findings WHERE (time_ms, id) > (?, ?)"
            + " ORDER BY time_ms, id LIMIT " + PAGE;

    private VerdictRecompute() {
    }

    /** Returns the frequency history as it stands after the last finding, for live judging to continue. */
    static FrequencyHistory run(Connection c, RuleEngine engine, ConsentTimeline timeline) throws SQLException {
        FrequencyHistory history = engine.newHistory();
        long afterTime = Long.MIN_VALUE;
        long afterId = Long.MIN_VALUE;
        try (PreparedStatement select = c.prepareStatement(SELECT_PAGE);
             PreparedStatement update = c.prepareStatement(FindingRows.UPDATE_VERDICT)) {
            while (true) {
                List<Finding> page = page(select, afterTime, afterId);
                if (page.isEmpty()) {
                    return history;
                }
                for (Finding old : page) {
                    Finding judged = engine.judge(old, timeline, history);
                    if (old.phase() != judged.phase() || !Objects.equals(old.violations(), judged.violations())) {
                        FindingRows.bindVerdict(update, judged);
                        update.addBatch();
                    }
                }
                update.executeBatch();
                Finding last = page.get(page.size() - 1);
                afterTime = last.timeMillis();
                afterId = last.id();
            }
        }
    }

    /** Feeds the findings of the last window into a new history, so a reopened session counts on. */
    static FrequencyHistory warmHistory(Connection c, RuleEngine engine) throws SQLException {
        FrequencyHistory history = engine.newHistory();
        String sql = "SELECT * FROM findings WHERE time_ms > (SELECT MAX(time_ms) FROM findings) - ?"
                + " ORDER BY time_ms, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, engine.settings().overFrequencyWindowMillis());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    history.record(FindingRows.read(rs));
                }
            }
        }
        return history;
    }

    private static List<Finding> page(PreparedStatement select, long afterTime, long afterId) throws SQLException {
        select.setLong(1, afterTime);
        select.setLong(2, afterId);
        List<Finding> page = new ArrayList<>(PAGE);
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                page.add(FindingRows.read(rs));
            }
        }
        return page;
    }
}
