package com.consentlens.detectors.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Schema-less Apache Thrift (compact and binary protocols, see {@link ThriftReader}). Umeng, the most common
 * analytics SDK in Chinese apps, posts every log as a compact-protocol envelope (version, appkey, signature,
 * serial number, timestamp, length, entity, guid, checksum, codex) whose entity is the zlib-deflated JSON
 * log, or that deflated log AES-encrypted when the app turned encryption on ({@code codex} 1: opened with the
 * key the envelope carries, see {@link UmengEnvelope}, as step {@code aes-umeng}); older Umeng versions
 * deflate a Thrift log inside the same envelope. Values become child views like protobuf fields: strings and
 * binaries as they are, integers as decimal text, doubles as {@code Double.toString}; a nested struct is one
 * child that this decoder reads again, so each struct is one group of siblings. Paths are field ids:
 * {@code thrift.7}, {@code thrift.3.1} (field 1 of the struct in field 3), {@code thrift.4[0]} (a list
 * element), {@code thrift.5.imei} (the value under the string key {@code imei} of a map).
 */
public final class ThriftDecoder implements Decoder {
    private static final Pattern NESTED = Pattern.compile("thrift(\\.[A-Za-z0-9_$-]+|\\[\\d+])+$");

    @Override
    public String name() {
        return "thrift";
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public boolean applies(View view) {
        int n = view.length();
        // Every struct ends with its STOP byte (0), which also makes the bytes binary, never text.
        return n >= 1 && view.array()[view.offset() + n - 1] == 0 && protocol(view) != null;
    }

    /**
     * The protocol the view is in: the one its content type declares (a nested struct carries its parent's),
     * else the one its bytes are recognised in.
     */
    private static ThriftReader.Protocol protocol(View view) {
        ThriftReader.Protocol declared = ThriftReader.Protocol.declaredBy(view.contentType());
        if (declared != null) {
            return ThriftReader.read(view.data(), declared, "", null) ? declared : null;
        }
        return ThriftReader.recognise(view.data());
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        boolean nested = view.lastStep().equals("thrift") && NESTED.matcher(view.path()).find();
        String base = nested ? view.path() : (view.path().isEmpty() ? "thrift" : view.path() + ">thrift");
        String step = nested ? null : "thrift";
        ThriftReader.Protocol protocol = protocol(view);
        int max = context.limits().maxViews();
        String inherited = nested && !view.key().isEmpty() && !view.key().startsWith("thrift.") ? view.key() : null;
        List<View> out = new ArrayList<>();
        UmengEnvelope envelope = new UmengEnvelope();
        boolean whole = protocol != null && ThriftReader.read(view.data(), protocol, base, item -> {
            envelope.field(item);
            if (out.size() < max) {
                // A nested struct is read again in its parent's protocol, with no need to show text of its own.
                out.add(view.childWithPath(item.bytes(), item.path(), step, name(item, inherited),
                        item.struct() ? protocol.mediaType : ""));
            }
        });
        if (!whole) {
            return List.of();
        }
        if (out.size() == max) {
            context.hit("views");
        }
        byte[] entity = nested ? null : envelope.open();
        if (entity != null) {
            out.replaceAll(child -> child.key().equals(UmengEnvelope.ENTITY)
                    ? child.child(entity, null, UmengEnvelope.STEP, null) : child);
        }
        return out;
    }

    /**
     * The name a value is read under. A field has only a number, so a string field of a struct that is a
     * map's value under a name takes that name: Umeng's {@code IdTracking} keeps each identifier as
     * {@code snapshots["imei"] = IdSnapshot{1: identity, 2: ts, 3: version}}, and the identity is the IMEI.
     * Numbers keep their field numbers, which the location detector pairs.
     */
    private static String name(StructField item, String inherited) {
        return inherited != null && !item.number() && !item.struct() && item.name().startsWith("thrift.")
                ? inherited : item.name();
    }
}
