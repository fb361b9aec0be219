package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A note: where data is missing (say so, never hide it), a warning, or information.
 *
 * @param kind what kind of note
 * @param text what it says
 */
@API(status = STABLE, since = "1.0")
public record Note(Kind kind, String text) implements Block {
    public Note {
        Checks.present("Note.kind", kind);
        Checks.text("Note.text", text);
    }

    /** Kinds of note. */
    public enum Kind {
        /** The data is missing. Rendered as "No data: ...". */
        NO_DATA,
        /** Something breaks a rule or needs attention. */
        WARNING,
        /** Background or explanation. */
        INFO
    }

    /** {@return a no-data note} */
    public static Note noData(String text) {
        return new Note(Kind.NO_DATA, text);
    }

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.note(this);
    }
}
