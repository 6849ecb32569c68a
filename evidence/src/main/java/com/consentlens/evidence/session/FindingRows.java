package com.consentlens.evidence.session;

import com.consentlens.model.Finding;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import com.consentlens.model.Where;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps {@link Finding} to and from the {@code findings} table. The verdict (phase, violations) is stored so
 * readers need no rule engine, and rewritten in place when a marker moves.
 */
final class FindingRows {
    static final String INSERT = "INSERT INTO findings(time_ms, flow_id, client, method, url, host, party,"
            + " sdk_id, sdk_name, sdk_name_zh, sdk_vendor, sdk_ambiguous, pii, match, value, where_, path,"
            + " encoding, matched_text, phase, violations) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String UPDATE_VERDICT = "UPDATE findings SET phase = ?, violations = ? WHERE id = ?";

    private FindingRows() {
    }

    static PreparedStatement prepareInsert(Connection c) throws SQLException {
        return c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
    }

    /** Inserts a judged finding and returns it with its new id. */
    static Finding insert(PreparedStatement ps, Finding f) throws SQLException {
        ps.setLong(1, f.timeMillis());
        ps.setString(2, f.flowId());
        ps.setString(3, f.client());
        ps.setString(4, f.method());
        ps.setString(5, f.url());
        ps.setString(6, f.host());
        ps.setString(7, f.party().name());
        SdkAttribution sdk = f.sdk();
        ps.setString(8, sdk == null ? null : sdk.id());
        ps.setString(9, sdk == null ? null : sdk.name());
        ps.setString(10, sdk == null ? null : sdk.nameZh());
        ps.setString(11, sdk == null ? null : sdk.vendor());
        ps.setInt(12, sdk != null && sdk.ambiguous() ? 1 : 0);
        ps.setString(13, f.pii().name());
        ps.setString(14, f.match().name());
        ps.setString(15, f.value());
        ps.setString(16, f.where().name());
        ps.setString(17, f.path());
        ps.setString(18, RowJson.strings(f.encoding()));
        ps.setString(19, f.matchedText());
        ps.setString(20, f.phase() == null ? null : f.phase().name());
        ps.setString(21, violations(f.violations()));
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return f.withId(keys.getLong(1));
        }
    }

    static void bindVerdict(PreparedStatement ps, Finding f) throws SQLException {
        ps.setString(1, f.phase() == null ? null : f.phase().name());
        ps.setString(2, violations(f.violations()));
        ps.setLong(3, f.id());
    }

    static Finding read(ResultSet rs) throws SQLException {
        String sdkId = rs.getString("sdk_id");
        SdkAttribution sdk = sdkId == null ? null : new SdkAttribution(sdkId, rs.getString("sdk_name"),
                rs.getString("sdk_name_zh"), rs.getString("sdk_vendor"), rs.getInt("sdk_ambiguous") != 0);
        String phase = rs.getString("phase");
        return new Finding(rs.getLong("id"), rs.getLong("time_ms"), rs.getString("flow_id"),
                rs.getString("client"), rs.getString("method"), rs.getString("url"), rs.getString("host"),
                Party.valueOf(rs.getString("party")), sdk, PiiType.valueOf(rs.getString("pii")),
                MatchKind.valueOf(rs.getString("match")), rs.getString("value"),
                Where.valueOf(rs.getString("where_")), rs.getString("path"),
                RowJson.strings(rs.getString("encoding")), rs.getString("matched_text"),
                phase == null ? null : Phase.valueOf(phase), violations(rs.getString("violations")));
    }

    /** Violations as a comma-separated list of enum names, in enum order. */
    static String violations(List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        for (Violation v : violations) {
            out.append(out.length() == 0 ? "" : ",").append(v.name());
        }
        return out.toString();
    }

    static List<Violation> violations(String column) {
        List<Violation> list = new ArrayList<>();
        if (column != null && !column.isEmpty()) {
            for (String name : column.split(",")) {
                list.add(Violation.valueOf(name));
            }
        }
        return list;
    }
}
