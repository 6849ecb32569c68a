package com.consentlens.detectors.decode;

import java.util.List;

/**
 * Percent-encoded text inside a value: a query string or URL that an SDK put into a JSON or form field,
 * and so sent encoded twice ({@code data=imei%253D8675…}, {@code "q":"imei%3D8675…%26mac%3DAC%253A37…"}).
 * Without this step the identifier sits between {@code %3D} and {@code %26}, glued to letters and digits,
 * where no token match may start. The form and query decoders already undo one level; this undoes the
 * next, and the child is walked again (it is often a form, a URL or JSON). {@code '+'} stays a plus here:
 * a form decoder below reads it as a space where that is the convention.
 */
public final class PercentDecoder implements Decoder {
    @Override
    public String name() {
        return "percent";
    }

    /** Text with at least one {@code %XX} escape; never the URL itself (the query decoder's) or a number. */
    @Override
    public boolean applies(View view) {
        if (view.kind() == View.Kind.URL || view.kind() == View.Kind.NUMBER || !ByteShape.hasPercent(view.shape())) {
            return false;
        }
        byte[] b = view.array();
        for (int i = view.offset(), end = i + view.length(); i + 2 < end; i++) {
            if (b[i] == '%' && Percent.hex(b[i + 1]) >= 0 && Percent.hex(b[i + 2]) >= 0) {
                return view.isText();
            }
        }
        return false;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        byte[] out = Percent.decode(view.text(), false);
        if (!TextCheck.isText(out) || !context.charge(out.length)) {
            return List.of();
        }
        return List.of(view.child(out, null, "percent", null));
    }
}
