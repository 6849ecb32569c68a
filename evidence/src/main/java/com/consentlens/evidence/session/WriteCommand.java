package com.consentlens.evidence.session;

import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.ProxyEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The work items of a store's writer thread, applied in submission order. */
sealed interface WriteCommand {
    /** Completes a waiting caller once the command's transaction committed (or failed). */
    default CompletableFuture<?> done() {
        return null;
    }

    record RecordExchange(Exchange exchange, List<Finding> detected) implements WriteCommand {
    }

    record RecordEvent(ProxyEvent event) implements WriteCommand {
    }

    record AddMarker(MarkerType type, long timeMillis, String text, CompletableFuture<Marker> done)
            implements WriteCommand {
    }

    record MoveMarker(long markerId, long newTimeMillis, String reason, String actor, CompletableFuture<Void> done)
            implements WriteCommand {
    }

    /** The tester edited the profile during a live session: store it, audit it, judge everything again. */
    record UpdateProfile(com.consentlens.model.Profile profile, String actor, CompletableFuture<Void> done)
            implements WriteCommand {
    }

    /** Nothing to write: completes when everything submitted before it has committed. */
    record Barrier(CompletableFuture<Void> done) implements WriteCommand {
    }

    /** Ends the writer after everything before it. */
    record Stop(CompletableFuture<Void> done) implements WriteCommand {
    }
}
