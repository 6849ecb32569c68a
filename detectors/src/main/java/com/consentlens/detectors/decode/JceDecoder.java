package com.consentlens.detectors.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Schema-less JCE (Tars), Tencent's binary encoding (see {@link JceReader}). Tencent Bugly, in most Chinese
 * apps for crash reporting, posts its start-up and crash reports to {@code android.bugly.qq.com/rqd/async} as
 * gzip of a JCE {@code RequestPackage} whose byte-array field holds the JCE user-info package: Android ID,
 * IMEI, IMSI, MAC, serial. Tencent Beacon's {@code RequestPackage} (platformId, appkey, appVersion, sdkId,
 * sdkVersion, cmd, sBuffer, encryType, zipType, model, osVersion, reserved) and the "wup" RPC packets of other
 * Tencent SDKs are JCE too. Values become child views like Thrift fields: strings and byte arrays as they
 * are (a byte array is decoded again: gzip, or JCE inside JCE), integers as decimal text, floats as
 * {@code Float.toString}; a nested struct is one child read again, so each struct is one group of siblings.
 * Paths are tags: {@code jce.5}, {@code jce.5.3} (tag 3 inside the struct or byte array at tag 5),
 * {@code jce.4[0]} (a list element), {@code jce.8.A26} (the value under the string key {@code A26} of a map).
 */
public final class JceDecoder implements Decoder {
    /** The content type a nested struct is handed on with: its bytes are JCE without needing text to show it. */
    static final String STRUCT_TYPE = "application/x-tencent-jce";
    private static final Pattern NESTED = Pattern.compile("jce(\\.[A-Za-z0-9_$-]+|\\[\\d+])+$");

    @Override
    public String name() {
        return "jce";
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public boolean applies(View view) {
        if (view.length() < 2) {
            return false;
        }
        if (view.contentType().equals(STRUCT_TYPE)) {
            return JceReader.read(view.data(), true, "", null);
        }
        // Text is never JCE here: heads and lengths below 0x20 make JCE binary, and text values are many.
        return !view.isText() && !TextCheck.hasCompressionMagic(view.data()) && JceReader.read(view.data(), false, "", null);
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        // Inside JCE (a struct, or a byte array holding JCE) the tags continue the parent's path.
        boolean nested = view.lastStep().equals("jce") && NESTED.matcher(view.path()).find();
        String base = nested ? view.path() : (view.path().isEmpty() ? "jce" : view.path() + ">jce");
        String step = nested ? null : "jce";
        boolean declared = view.contentType().equals(STRUCT_TYPE);
        int max = context.limits().maxViews();
        List<View> out = new ArrayList<>();
        boolean whole = JceReader.read(view.data(), declared, base, field -> {
            if (out.size() < max) {
                out.add(view.childWithPath(field.bytes(), field.path(), step, field.name(),
                        field.struct() ? STRUCT_TYPE : ""));
            }
        });
        if (!whole) {
            return List.of();
        }
        if (out.size() == max) {
            context.hit("views");
        }
        return out;
    }
}
