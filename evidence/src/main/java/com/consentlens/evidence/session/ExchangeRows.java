package com.consentlens.evidence.session;

import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Maps {@link Exchange} to and from the {@code exchanges} table; bodies are stored as the raw captured bytes. */
final class ExchangeRows {
    static final String COLUMNS = "flow_id, client, start_ms, end_ms, method, url, host, req_headers, req_body,"
            + " req_truncated, req_declared, status, resp_headers, resp_body, resp_truncated, resp_declared, tls,"
            + " error";
    // A repeated flow id (a replay of an already stored flow) keeps the first copy instead of failing the batch.
    static final String INSERT = "INSERT OR IGNORE INTO exchanges(" + COLUMNS
            + ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private ExchangeRows() {
    }

    static PreparedStatement prepareInsert(Connection c) throws SQLException {
        return c.prepareStatement(INSERT);
    }

    /** Binds and executes; returns false when the flow id was already stored. */
    static boolean insert(PreparedStatement ps, Exchange e) throws SQLException {
        ps.setString(1, e.flowId());
        ps.setString(2, e.client());
        ps.setLong(3, e.startMillis());
        ps.setLong(4, e.endMillis());
        ps.setString(5, e.method());
        ps.setString(6, e.url());
        ps.setString(7, e.host());
        ps.setString(8, RowJson.headers(e.requestHeaders()));
        bindBody(ps, 9, e.requestBody());
        ps.setInt(12, e.status());
        ps.setString(13, RowJson.headers(e.responseHeaders()));
        bindBody(ps, 14, e.responseBody());
        ps.setString(17, RowJson.tls(e.tls()));
        if (e.error() == null) {
            ps.setNull(18, Types.VARCHAR);
        } else {
            ps.setString(18, e.error());
        }
        return ps.executeUpdate() > 0;
    }

    private static void bindBody(PreparedStatement ps, int index, Body body) throws SQLException {
        ps.setBytes(index, body.toByteArray());
        ps.setInt(index + 1, body.truncated() ? 1 : 0);
        ps.setLong(index + 2, body.declaredLength());
    }

    static Exchange read(ResultSet rs) throws SQLException {
        return Exchange.builder()
                .flowId(rs.getString("flow_id")).client(rs.getString("client"))
                .startMillis(rs.getLong("start_ms")).endMillis(rs.getLong("end_ms"))
                .method(rs.getString("method")).url(rs.getString("url")).host(rs.getString("host"))
                .requestHeaders(RowJson.headers(rs.getString("req_headers")))
                .requestBody(body(rs.getBytes("req_body"), rs.getInt("req_truncated"), rs.getLong("req_declared")))
                .status(rs.getInt("status"))
                .responseHeaders(RowJson.headers(rs.getString("resp_headers")))
                .responseBody(body(rs.getBytes("resp_body"), rs.getInt("resp_truncated"),
                        rs.getLong("resp_declared")))
                .tls(RowJson.tls(rs.getString("tls"))).error(rs.getString("error"))
                .build();
    }

    private static Body body(byte[] bytes, int truncated, long declared) {
        byte[] b = bytes == null ? new byte[0] : bytes;
        return truncated != 0 ? Body.truncated(b, declared) : Body.of(b);
    }
}
