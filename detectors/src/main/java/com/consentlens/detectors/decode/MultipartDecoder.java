package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code multipart/form-data} (uploads of logs and crash files): each part is {@code multipart.NAME}. */
public final class MultipartDecoder implements Decoder {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "multipart";
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public boolean applies(View view) {
        return view.contentType().regionMatches(true, 0, "multipart/", 0, 10);
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        Matcher m = BOUNDARY.matcher(view.contentType());
        if (!m.find()) {
            return List.of();
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = view.data();
        List<View> out = new ArrayList<>();
        int start = indexOf(data, delimiter, 0);
        int index = 0;
        while (start >= 0) {
            int partStart = start + delimiter.length;
            int next = indexOf(data, delimiter, partStart);
            if (next < 0) {
                break;
            }
            int headerEnd = indexOf(data, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
            if (headerEnd > 0 && headerEnd < next) {
                String headers = new String(data, partStart, headerEnd - partStart, StandardCharsets.UTF_8);
                Matcher nm = NAME.matcher(headers);
                String name = nm.find() ? nm.group(1) : String.valueOf(index);
                int bodyEnd = next >= 2 && data[next - 2] == '\r' ? next - 2 : next;
                byte[] body = Arrays.copyOfRange(data, headerEnd + 4, Math.max(headerEnd + 4, bodyEnd));
                String type = header(headers, "content-type");
                String encoding = header(headers, "content-encoding");
                out.add(view.child(body, "multipart." + name, "multipart", name, type, encoding));
            }
            index++;
            start = next;
        }
        return out;
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (data[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
